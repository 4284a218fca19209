//! The commands that read output records back: `stats` and `report`.

use crate::args::EXIT_USAGE;
use crate::batch::{Keep, resolve_paths, run_batch};
use anyhow::{Context, Result, bail};
use std::io::{self, BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use vnextract::Record;
use vnextract::input::{self};
use vnextract::pipeline::Options;

/// A buffered reader over a file (`-`: stdin), decompressed when it is gzip.
pub(crate) fn open_lines(path: &std::path::Path) -> Result<Box<dyn BufRead + Send>> {
    input::open::open_decompressed(path).with_context(|| format!("cannot open {}", path.display()))
}

/// Reads output records from JSON Lines files (gzip when named .gz), strictly.
pub(crate) fn read_records(path: &std::path::Path, mut each: impl FnMut(Record) -> Result<()>) -> Result<()> {
    let r = open_lines(path)?;
    for (i, line) in r.lines().enumerate() {
        let line = line.with_context(|| format!("{}: cannot read line {}", path.display(), i + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let rec: Record = serde_json::from_str(&line)
            .with_context(|| format!("{}:{}: not a vnextract output record", path.display(), i + 1))?;
        each(rec)?;
    }
    Ok(())
}

/// True when a JSON Lines file holds vnextract output (its first record has the entity lists).
pub(crate) fn is_output_file(path: &std::path::Path) -> bool {
    if path.as_os_str() == "-" {
        return false;
    }
    let Ok(r) = open_lines(path) else { return false };
    let first = r.lines().map_while(Result::ok).find(|l| !l.trim().is_empty());
    first
        .and_then(|l| serde_json::from_str::<serde_json::Value>(&l).ok())
        .is_some_and(|v| ["text", "numbers", "dates", "directives"].iter().all(|k| v.get(k).is_some()))
}

pub(crate) fn stats(paths: Vec<PathBuf>, json: bool) -> Result<ExitCode> {
    let Some(paths) = resolve_paths(paths) else {
        eprintln!("vnextract: give one or more output files of `vnextract extract`, or `-` for stdin");
        return Ok(ExitCode::from(EXIT_USAGE));
    };
    let mut b = vnextract::summary::Builder::default();
    for p in &paths {
        read_records(p, |r| {
            b.add(&r);
            Ok(())
        })?;
    }
    let s = b.finish();
    let mut stdout = io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut stdout, &s)?;
        writeln!(stdout)?;
    } else {
        stdout.write_all(vnextract::summary::render(&s).as_bytes())?;
    }
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn report(
    paths: Vec<PathBuf>,
    output: PathBuf,
    max_articles: usize,
    jobs: Option<usize>,
) -> Result<ExitCode> {
    let Some(paths) = resolve_paths(paths) else { bail!("give articles or output files to report on") };
    let mut b = vnextract::summary::Builder::default();
    let mut shown: Vec<Record> = Vec::new();
    let mut keep = |r: Record| {
        b.add(&r);
        if shown.len() < max_articles {
            shown.push(r);
        }
    };
    let (records, articles): (Vec<PathBuf>, Vec<PathBuf>) =
        paths.into_iter().partition(|p| p.is_file() && is_output_file(p));
    for p in &records {
        read_records(p, |r| {
            keep(r);
            Ok(())
        })?;
    }
    if !articles.is_empty() {
        run_batch(&articles, &Options::default(), jobs, None, None, Keep::Records, |r, _| {
            r.into_iter().for_each(&mut keep);
            Ok(())
        })?;
    }
    let s = b.finish();
    let title = format!("vnextract report: {} documents", s.documents);
    let html = vnextract::report::render(&s, &shown, &title);
    std::fs::write(&output, html).with_context(|| format!("cannot write {}", output.display()))?;
    eprintln!("vnextract: wrote {} ({} documents, {} shown)", output.display(), s.documents, shown.len());
    Ok(ExitCode::SUCCESS)
}
