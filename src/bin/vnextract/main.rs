//! The `vnextract` command line: argument parsing, input discovery and the batch driver.
//!
//! The binary is glue (ripgrep style): `args` parses, `batch` drives `extract`, `sink` writes, `commands`
//! reads records back; everything else is the library.

mod args;
mod batch;
mod commands;
mod sink;

use crate::args::{Cli, Command, EXIT_USAGE};
use crate::batch::extract;
use crate::commands::{report, stats};
use anyhow::{Context, Result, bail};
use clap::Parser;
use std::io::{self, Read, Write};
use std::process::ExitCode;
use vnextract::eval;
use vnextract::normalize;
use vnextract::pipeline::Options;

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // Panics are caught per document and reported in its record; keep stderr to one line for them.
    std::panic::set_hook(Box::new(|info| eprintln!("vnextract: internal error: {info}")));
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version go to stdout with success; usage errors have their own code, apart from 2.
            let _ = e.print();
            return if e.use_stderr() { ExitCode::from(EXIT_USAGE) } else { ExitCode::SUCCESS };
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("vnextract: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.downcast_ref::<io::Error>().is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe))
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Extract { paths, output, format, jobs, tone, quiet, shard } => {
            extract(paths, output, format, jobs, tone, quiet, shard)
        }
        Command::Normalize { path, tone } => {
            let mut raw = Vec::new();
            if path.as_os_str() == "-" {
                io::stdin().read_to_end(&mut raw)?;
            } else {
                raw = std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
            }
            let text = String::from_utf8(raw).context("input is not UTF-8")?;
            let out = normalize::normalize_str(&text, &normalize::Options { tone: tone.into() });
            let mut stdout = io::stdout().lock();
            stdout.write_all(out.as_bytes())?;
            stdout.write_all(b"\n")?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Stats { paths, json } => stats(paths, json),
        Command::Report { paths, output, max_articles, jobs } => report(paths, output, max_articles, jobs),
        Command::Schema { spark_ddl, duckdb, explain } => {
            let mut stdout = io::stdout().lock();
            if explain {
                stdout.write_all(vnextract::schema::explain().as_bytes())?;
            } else if duckdb {
                writeln!(stdout, "{}", vnextract::duckdb::columns())?;
            } else if spark_ddl {
                writeln!(stdout, "{}", vnextract::schema::spark_ddl())?;
            } else {
                serde_json::to_writer_pretty(&mut stdout, &vnextract::schema::json_schema())?;
                writeln!(stdout)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval { paths, json, show } => {
            if paths.is_empty() {
                bail!("give at least one directory with X.gold.json beside X.txt");
            }
            let report = eval::evaluate(&paths, &Options::default())?;
            let mut stdout = io::stdout().lock();
            if json {
                serde_json::to_writer_pretty(&mut stdout, &report)?;
                stdout.write_all(b"\n")?;
            } else {
                stdout.write_all(eval::render(&report, show).as_bytes())?;
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
