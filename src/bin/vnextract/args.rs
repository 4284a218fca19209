//! Command-line arguments: the subcommands, their flags and `--help` texts, and the exit codes.

use anyhow::Result;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use vnextract::normalize::ToneStyle;

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
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// JSON Lines, one record per line
    Jsonl,
    /// Apache Parquet with a nested schema mirroring the JSON contract
    Parquet,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub(crate) enum Tone {
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
pub(crate) enum Command {
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

/// The exit codes, shown by `--help`.
pub(crate) const EXIT_STATUS: &str = "Exit status: 0 every document was read and processed; 1 the run could not go on (an output \
                           that cannot be written, a report that cannot be built); 2 some documents or paths \
                           failed (each has an error record in the output, and the first few are named on \
                           stderr); 64 a usage error (an unknown flag, a bad value, no input).";

/// Exit code for a usage error (BSD sysexits' EX_USAGE), apart from 2, which means failed documents.
pub(crate) const EXIT_USAGE: u8 = 64;

pub(crate) fn parse_shard(s: &str) -> Result<(u64, u64), String> {
    let (i, n) = s.split_once('/').ok_or("expected I/N, e.g. 0/4")?;
    let i: u64 = i.trim().parse().map_err(|_| "I is not a number")?;
    let n: u64 = n.trim().parse().map_err(|_| "N is not a number")?;
    if n == 0 || i >= n {
        return Err(format!("need 0 <= I < N, got {i}/{n}"));
    }
    Ok((i, n))
}
