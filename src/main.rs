//! The `vnextract` command line: argument parsing, input discovery and the batch driver.

use std::fs::File;
use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand, ValueEnum};
use rayon::prelude::*;

use vnextract::input::{self, Reader};
use vnextract::normalize::{self, ToneStyle};
use vnextract::pipeline::{self, Options};
use vnextract::{Record, eval};

#[derive(Parser)]
#[command(
    name = "vnextract",
    version,
    about = "Extract numbers, durations, dates, organisations and legal/Party document references from Vietnamese news.",
    long_about = "Extract numbers, durations, dates, organisations and legal/Party document references \
                  (directives) from Vietnamese news articles, as JSON Lines with exact values and character spans.\n\n\
                  Examples:\n  vnextract extract corpus/                      # every .txt/.jsonl/.jsonl.gz under corpus/\n  \
                  vnextract extract archive.jsonl.gz -o out.jsonl.gz\n  \
                  cat articles.jsonl | vnextract extract - > out.jsonl\n  \
                  vnextract eval ../shared/corpus/dev/            # precision/recall/F1 against gold\n  \
                  vnextract normalize article.txt\n  \
                  vnextract schema --explain                     # every output field and what it means",
    after_help = EXIT_STATUS
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// JSON Lines, one record per line
    Jsonl,
    /// Apache Parquet with a nested schema mirroring the JSON contract
    Parquet,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Tone {
    /// "hòa", "thủy" (default)
    New,
    /// "hoà", "thuỷ"
    Old,
}

impl From<Tone> for ToneStyle {
    fn from(t: Tone) -> ToneStyle {
        match t {
            Tone::New => ToneStyle::New,
            Tone::Old => ToneStyle::Old,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Extract entities; one JSON record per input document, in input order.
    #[command(long_about = "Extract entities from articles and write one JSON record per input document, in input \
                  order.\n\nEvery input is read by its content, not its name: gzip and zstd are undone (by \
                  their magic bytes); then JSON Lines (one record per line), a JSON array of records, one pretty-printed \
                  record (`{` alone on its first line), or else one text \
                  article (first line = title). A record has `text` (required), `id`, `title`, \
                  `date`/`published` (optional); other fields go to `meta`. Directories are read recursively in \
                  sorted order: .txt, .json, .jsonl and .ndjson files, each optionally .gz or .zst (X.gold.json is passed \
                  over); any other file, and any folder or file that cannot be read, gets an error record. `-` \
                  reads stdin; with no PATH, stdin is read when it is not a terminal.\n\nA document that cannot \
                  be read yields a record with `error` set. Documents above 64 MiB are errors, never silently \
                  truncated; invalid UTF-8 bytes in an otherwise UTF-8 article are replaced (U+FFFD) with a \
                  warning. A summary goes to stderr, naming the first failed documents.\n\n\
                  Example:\n  vnextract extract corpus/ -o out.jsonl && duckdb -c \"select id, len(numbers) from 'out.jsonl'\"",
              after_help = EXIT_STATUS)]
    Extract {
        /// Files, directories, or `-` for stdin.
        paths: Vec<PathBuf>,
        /// Write to FILE instead of stdout (`-`: stdout; gzip-compressed when FILE ends in .gz).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Output format; parquet needs a build with `--features parquet` and an output file.
        #[arg(long, value_enum, default_value = "jsonl")]
        format: Format,
        /// Worker threads (default: RAYON_NUM_THREADS, else all cores).
        #[arg(short, long, value_name = "N")]
        jobs: Option<usize>,
        /// Tone-mark placement of the output text.
        #[arg(long, value_enum, default_value = "new")]
        tone: Tone,
        /// No summary line or progress bar on stderr.
        #[arg(short, long)]
        quiet: bool,
        /// Process only shard I of N (0 ≤ I < N): documents are picked by a stable hash of their path and
        /// line, so N runs with I = 0..N-1 cover every document exactly once (Slurm arrays, GNU parallel).
        #[arg(long, value_name = "I/N", value_parser = parse_shard)]
        shard: Option<(u64, u64)>,
    },
    /// Print the normalised text of a file (or stdin with `-`).
    #[command(long_about = "Print the normalised text of a file: NFC, one tone style, Đ for Ð, ASCII dashes and \
                  quotes, single spaces, no zero-width characters.\n\nExample:\n  vnextract normalize article.txt")]
    Normalize {
        /// The file, or `-` for stdin.
        path: PathBuf,
        #[arg(long, value_enum, default_value = "new")]
        tone: Tone,
    },
    /// Summary tables of an output file: entities, top organisations, cited directives, dates, money.
    #[command(long_about = "Summary tables of one or more output files (JSON Lines written by `vnextract extract`): \
                  documents, errors, entities per kind, top organisations, most-cited directives, dates by year, \
                  money totals by currency.\n\nExample:\n  vnextract extract corpus/ -o out.jsonl && vnextract stats out.jsonl")]
    Stats {
        /// Output files (JSON Lines, gzip or not), or `-` for stdin.
        paths: Vec<PathBuf>,
        /// Machine-readable JSON instead of tables.
        #[arg(long)]
        json: bool,
    },
    /// Write a self-contained HTML report with every entity highlighted.
    #[command(long_about = "Write one self-contained HTML file (no network, scripts or fonts from outside): a \
                  summary of all documents and a per-article view with every entity highlighted in its own colour; \
                  hover shows its value, click shows its JSON. Inputs are articles (as for extract) or output \
                  files of `vnextract extract`. Large inputs are summarised in full but only the first \
                  --max-articles are shown.\n\nExample:\n  vnextract report corpus/ -o report.html")]
    Report {
        /// Articles, directories, or output files.
        paths: Vec<PathBuf>,
        /// The HTML file to write.
        #[arg(short, long, value_name = "FILE", default_value = "report.html")]
        output: PathBuf,
        /// Articles shown in the per-article view.
        #[arg(long, value_name = "N", default_value_t = 200)]
        max_articles: usize,
        /// Worker threads for extraction.
        #[arg(short, long, value_name = "N")]
        jobs: Option<usize>,
    },
    /// Print the output contract: JSON Schema, Spark DDL, or readable text (--explain).
    #[command(long_about = "Print the JSON Schema (draft 2020-12) of one output record; with --spark-ddl the same \
                  schema as a Spark DDL string for spark.read.schema(...); with --duckdb the column types for DuckDB's \
                  read_json(..., columns = ...), values as exact DECIMAL(38,6); with --explain every field, its \
                  type and its meaning as readable text.\n\nExamples:\n  vnextract schema --explain\n  \
                  vnextract schema --spark-ddl\n  \
                  duckdb -c \"SELECT count(*) FROM read_json('out.jsonl', columns = $(vnextract schema --duckdb))\"")]
    Schema {
        /// Spark DDL instead of JSON Schema.
        #[arg(long, conflicts_with_all = ["explain", "duckdb"])]
        spark_ddl: bool,
        /// DuckDB column types for `read_json(..., columns = ...)`: exact DECIMAL values, not DOUBLE.
        #[arg(long, conflicts_with = "explain")]
        duckdb: bool,
        /// The contract as readable text: every field, its type and meaning.
        #[arg(long)]
        explain: bool,
    },
    /// Score extraction against gold annotations (X.gold.json beside X.txt).
    #[command(long_about = "Score extraction against hand-made gold: for every X.gold.json beside an X.txt under \
                  the given directories, extract and print precision, recall and F1 per category plus the \
                  micro-average, and attribute accuracy over matched items.\n\nExample:\n  vnextract eval \
                  ../shared/corpus/dev/ corpus/ --show")]
    Eval {
        /// Directories (searched recursively) or gold files.
        paths: Vec<PathBuf>,
        /// Machine-readable JSON instead of a table.
        #[arg(long)]
        json: bool,
        /// List every miss, false positive and wrong attribute.
        #[arg(long)]
        show: bool,
    },
}

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

/// The exit codes, shown by `--help`.
const EXIT_STATUS: &str = "Exit status: 0 every document was read and processed; 1 the run could not go on (an output \
                           that cannot be written, a report that cannot be built); 2 some documents or paths \
                           failed (each has an error record in the output, and the first few are named on \
                           stderr); 64 a usage error (an unknown flag, a bad value, no input).";

/// Exit code for a usage error (BSD sysexits' EX_USAGE), apart from 2, which means failed documents.
const EXIT_USAGE: u8 = 64;

/// Documents per parallel chunk, and the text size that closes a chunk early; memory is bounded by these.
const CHUNK_DOCS: usize = 1024;
const CHUNK_BYTES: usize = 32 << 20;

fn thread_count(jobs: Option<usize>) -> usize {
    jobs.or_else(|| std::env::var("RAYON_NUM_THREADS").ok().and_then(|v| v.parse().ok()))
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

fn parse_shard(s: &str) -> Result<(u64, u64), String> {
    let (i, n) = s.split_once('/').ok_or("expected I/N, e.g. 0/4")?;
    let i: u64 = i.trim().parse().map_err(|_| "I is not a number")?;
    let n: u64 = n.trim().parse().map_err(|_| "N is not a number")?;
    if n == 0 || i >= n {
        return Err(format!("need 0 <= I < N, got {i}/{n}"));
    }
    Ok((i, n))
}

/// zlib's compression level of `.gz` output. Compression runs on its own thread; level 3 costs about
/// a third of extraction's CPU time (level 6: two thirds), for output 7% larger than level 6's (level 1
/// with zlib-rs: 54% larger). Measured on baomoi-2017, `--jobs 2`.
const GZIP_LEVEL: u32 = 3;

/// Where JSON Lines go: stdout, a file, or a gzip file (finished explicitly so its trailer is written).
enum Sink {
    Stdout(BufWriter<io::StdoutLock<'static>>),
    File(BufWriter<File>),
    Gz(vnextract::gzip_out::GzipWriter<BufWriter<File>>),
    #[cfg(feature = "parquet")]
    Parquet(Box<vnextract::parquet_out::ParquetSink>),
}

impl Sink {
    fn open(output: Option<&PathBuf>) -> Result<Sink> {
        Ok(match output {
            None => Sink::Stdout(BufWriter::with_capacity(1 << 20, io::stdout().lock())),
            Some(p) if p.as_os_str() == "-" => Sink::Stdout(BufWriter::with_capacity(1 << 20, io::stdout().lock())),
            Some(p) => {
                let f = File::create(p).with_context(|| format!("cannot create {}", p.display()))?;
                if p.extension().is_some_and(|e| e == "gz") {
                    Sink::Gz(vnextract::gzip_out::GzipWriter::new(BufWriter::with_capacity(1 << 20, f), GZIP_LEVEL))
                } else {
                    Sink::File(BufWriter::with_capacity(1 << 20, f))
                }
            }
        })
    }

    #[cfg(feature = "parquet")]
    fn parquet(output: Option<&PathBuf>) -> Result<Sink> {
        let Some(p) = output.filter(|p| p.as_os_str() != "-") else {
            bail!("--format parquet needs an output file (-o FILE.parquet), not stdout")
        };
        Ok(Sink::Parquet(Box::new(vnextract::parquet_out::ParquetSink::create(p)?)))
    }

    #[cfg(not(feature = "parquet"))]
    fn parquet(_: Option<&PathBuf>) -> Result<Sink> {
        bail!("this build has no Parquet support: rebuild with `cargo build --release --features parquet`")
    }

    fn write(&mut self, line: &[u8]) -> Result<()> {
        match self {
            Sink::Stdout(w) => w.write_all(line)?,
            Sink::File(w) => w.write_all(line)?,
            Sink::Gz(w) => w.write_all(line)?,
            #[cfg(feature = "parquet")]
            Sink::Parquet(p) => p.write_line(line)?,
        }
        Ok(())
    }

    fn finish(self) -> Result<()> {
        match self {
            Sink::Stdout(mut w) => w.flush()?,
            Sink::File(mut w) => w.flush()?,
            Sink::Gz(w) => {
                w.finish()?.flush()?;
            }
            #[cfg(feature = "parquet")]
            Sink::Parquet(p) => p.finish()?,
        }
        Ok(())
    }
}

/// Counts of one batch run, and the first failures for the summary.
#[derive(Default)]
struct Totals {
    docs: u64,
    errors: u64,
    bytes: u64,
    first_errors: Vec<String>,
}

/// Failed documents named on stderr.
const NAMED_ERRORS: usize = 5;

/// Paths to read: the given ones (a missing one gets an error record, like any unreadable path), or
/// stdin when none are given and stdin is not a terminal (None: print help instead of waiting on a
/// terminal).
fn resolve_paths(paths: Vec<PathBuf>) -> Option<Vec<PathBuf>> {
    if paths.is_empty() {
        return (!io::stdin().is_terminal()).then(|| vec![PathBuf::from("-")]);
    }
    Some(paths)
}

/// Reads documents in chunks, processes each chunk in parallel (while the next one is read), and hands
/// records to `each` in input order with their JSON line. Memory is bounded by two chunks, not the
/// input size.
fn run_batch(
    paths: &[PathBuf],
    opts: &Options,
    jobs: Option<usize>,
    shard: Option<(u64, u64)>,
    progress: Option<&indicatif::ProgressBar>,
    mut each: impl FnMut(Record, &[u8]) -> Result<()>,
) -> Result<Totals> {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(thread_count(jobs)).build()?;
    let mut reader = Reader::new(input::discover(paths));
    let mut t = Totals::default();
    let mut chunk = read_chunk(&mut reader, shard, &mut t.bytes);
    let mut done: Vec<(Record, Vec<u8>)> = Vec::new();
    while !chunk.is_empty() {
        // The workers process this chunk while this thread writes the previous one's records and reads
        // (and decompresses) the next chunk.
        let (work, wrote, next) = std::thread::scope(|sc| {
            let work = sc.spawn(|| pool.install(|| process_chunk(chunk, opts)));
            let wrote = emit(std::mem::take(&mut done), &mut t, progress, &mut each);
            let next = read_chunk(&mut reader, shard, &mut t.bytes);
            (work.join(), wrote, next)
        });
        done = work.map_err(|_| anyhow::anyhow!("a worker thread failed"))?;
        wrote?;
        chunk = next;
    }
    emit(done, &mut t, progress, &mut each)?;
    Ok(t)
}

/// Hands a processed chunk's records to `each`, in input order, and counts them.
fn emit(
    done: Vec<(Record, Vec<u8>)>,
    t: &mut Totals,
    progress: Option<&indicatif::ProgressBar>,
    each: &mut impl FnMut(Record, &[u8]) -> Result<()>,
) -> Result<()> {
    for (rec, line) in done {
        t.docs += 1;
        if let Some(why) = &rec.error {
            t.errors += 1;
            if t.first_errors.len() < NAMED_ERRORS {
                let at = match rec.source.line {
                    Some(l) => format!("{}:{l}", rec.source.path),
                    None => rec.source.path.clone(),
                };
                t.first_errors.push(format!("{} ({at}): {why}", rec.id));
            }
        }
        each(rec, &line)?;
    }
    if let Some(pb) = progress {
        pb.set_position(t.bytes);
        pb.set_message(format!("{} documents, {} errors", t.docs, t.errors));
    }
    Ok(())
}

/// The next chunk of documents (this shard's only), adding the bytes read to `bytes`.
fn read_chunk(reader: &mut Reader, shard: Option<(u64, u64)>, bytes: &mut u64) -> Vec<input::Pending> {
    let mut chunk = Vec::with_capacity(CHUNK_DOCS);
    let mut size = 0;
    for item in reader.by_ref() {
        if let Some((i, n)) = shard {
            if item.shard_key() % n != i {
                continue;
            }
        }
        size += item.size_hint();
        chunk.push(item);
        if chunk.len() >= CHUNK_DOCS || size >= CHUNK_BYTES {
            break;
        }
    }
    *bytes += size as u64;
    chunk
}

/// Loads, processes and serialises a chunk in parallel, keeping input order.
fn process_chunk(chunk: Vec<input::Pending>, opts: &Options) -> Vec<(Record, Vec<u8>)> {
    chunk
        .into_par_iter()
        .map(|pending| {
            let rec: Record = match pending.load() {
                Ok(doc) => process_guarded(&doc, opts),
                Err(rec) => *rec,
            };
            // Records run to about 1.7 times their text: sized once, the line is not copied as it grows.
            let mut line = Vec::with_capacity(rec.text.len() * 2 + 1024);
            if let Err(e) = serde_json::to_writer(&mut line, &rec) {
                line = format!("{{\"id\":{:?},\"error\":\"cannot serialise: {e}\"}}", rec.id).into_bytes();
            }
            line.push(b'\n');
            (rec, line)
        })
        .collect()
}

/// A progress bar on stderr when it is a terminal and not `--quiet`: documents, MB, MB/s, ETA.
fn progress_bar(quiet: bool, paths: &[PathBuf]) -> Option<indicatif::ProgressBar> {
    if quiet || !io::stderr().is_terminal() {
        return None;
    }
    // A total is known only for uncompressed files; compressed input gets a spinner without ETA.
    let inputs = input::discover(paths);
    let total: Option<u64> = inputs
        .iter()
        .map(|i| match i {
            input::InputPath::File(p) if !p.extension().is_some_and(|e| e == "gz" || e == "zst") => {
                std::fs::metadata(p).ok().map(|m| m.len())
            }
            input::InputPath::Unreadable { .. } => Some(0),
            _ => None,
        })
        .sum();
    let pb = match total {
        Some(n) => indicatif::ProgressBar::new(n).with_style(
            indicatif::ProgressStyle::with_template("{bar:30} {bytes}/{total_bytes} {bytes_per_sec} ETA {eta} {msg}")
                .ok()?,
        ),
        None => indicatif::ProgressBar::new_spinner().with_style(
            indicatif::ProgressStyle::with_template("{spinner} {bytes} {bytes_per_sec} {elapsed} {msg}").ok()?,
        ),
    };
    pb.set_draw_target(indicatif::ProgressDrawTarget::stderr_with_hz(4));
    Some(pb)
}

/// The summary for stderr: counts, speed, and the first failed documents with why.
fn summary_line(t: &Totals, started: Instant) -> String {
    let secs = started.elapsed().as_secs_f64();
    let mut s = format!(
        "vnextract: {} documents, {} errors, {:.1} MB in {secs:.2} s ({:.1} MB/s)",
        t.docs,
        t.errors,
        t.bytes as f64 / 1e6,
        t.bytes as f64 / 1e6 / secs.max(1e-9)
    );
    for e in &t.first_errors {
        s.push_str("\nvnextract: failed: ");
        s.push_str(e);
    }
    if t.errors > t.first_errors.len() as u64 {
        let more = t.errors - t.first_errors.len() as u64;
        s.push_str(&format!("\nvnextract: … and {more} more (the output records with `error` set)"));
    }
    s
}

fn extract(
    paths: Vec<PathBuf>,
    output: Option<PathBuf>,
    format: Format,
    jobs: Option<usize>,
    tone: Tone,
    quiet: bool,
    shard: Option<(u64, u64)>,
) -> Result<ExitCode> {
    let Some(paths) = resolve_paths(paths) else {
        use clap::CommandFactory;
        let mut cmd = Cli::command();
        let sub = cmd.find_subcommand_mut("extract").expect("extract subcommand");
        sub.print_long_help()?;
        return Ok(ExitCode::from(EXIT_USAGE));
    };
    let opts = Options { normalize: normalize::Options { tone: tone.into() } };
    let mut sink = match format {
        Format::Jsonl => Sink::open(output.as_ref())?,
        Format::Parquet => Sink::parquet(output.as_ref())?,
    };
    let started = Instant::now();
    let pb = progress_bar(quiet, &paths);
    let t = run_batch(&paths, &opts, jobs, shard, pb.as_ref(), |_, line| sink.write(line))?;
    sink.finish()?;
    if let Some(pb) = pb {
        pb.finish_and_clear();
    }
    if !quiet {
        eprintln!("{}", summary_line(&t, started));
    }
    Ok(if t.errors > 0 { ExitCode::from(2) } else { ExitCode::SUCCESS })
}

/// A buffered reader over a file (`-`: stdin), decompressed when it is gzip.
fn open_lines(path: &std::path::Path) -> Result<Box<dyn BufRead + Send>> {
    input::open::open_decompressed(path).with_context(|| format!("cannot open {}", path.display()))
}

/// Reads output records from JSON Lines files (gzip when named .gz), strictly.
fn read_records(path: &std::path::Path, mut each: impl FnMut(Record) -> Result<()>) -> Result<()> {
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
fn is_output_file(path: &std::path::Path) -> bool {
    if path.as_os_str() == "-" {
        return false;
    }
    let Ok(r) = open_lines(path) else { return false };
    let first = r.lines().map_while(Result::ok).find(|l| !l.trim().is_empty());
    first
        .and_then(|l| serde_json::from_str::<serde_json::Value>(&l).ok())
        .is_some_and(|v| ["text", "numbers", "dates", "directives"].iter().all(|k| v.get(k).is_some()))
}

fn stats(paths: Vec<PathBuf>, json: bool) -> Result<ExitCode> {
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

fn report(paths: Vec<PathBuf>, output: PathBuf, max_articles: usize, jobs: Option<usize>) -> Result<ExitCode> {
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
        run_batch(&articles, &Options::default(), jobs, None, None, |r, _| {
            keep(r);
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

/// Processes one document; a bug that panics becomes that document's error record, not a lost batch.
fn process_guarded(doc: &vnextract::InputDoc, opts: &Options) -> Record {
    std::panic::catch_unwind(|| pipeline::process(doc, opts)).unwrap_or_else(|panic| {
        let why = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown".to_string());
        Record::failed(doc.id.clone(), doc.source.clone(), format!("internal error while processing: {why}"))
    })
}
