//! The batch driver of `vnextract extract`: inputs read in groups, each processed by the first free worker,
//! written in input order while the next groups are processed; totals, progress and the closing summary
//! line.

use crate::args::{Cli, EXIT_USAGE, Format, Tone};
use crate::sink::Sink;
use anyhow::Result;
use std::io::{self, IsTerminal};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;
use vnextract::Record;
use vnextract::input::{self, Reader};
use vnextract::normalize::{self};
use vnextract::pipeline::{self, Options};

/// The text size that closes a group of documents early (a group is at most [`STAGED_DOCS`] documents):
/// a group is the unit of work handed to a worker, and memory is bounded by [`GROUPS_IN_FLIGHT`] groups
/// per worker.
pub(crate) const GROUP_BYTES: usize = 4 << 20;

/// Groups read ahead of the writer for each worker: enough that no worker waits for its next group, few
/// enough to bound memory.
pub(crate) const GROUPS_IN_FLIGHT: usize = 4;

pub(crate) fn thread_count(jobs: Option<usize>) -> usize {
    jobs.or_else(|| std::env::var("RAYON_NUM_THREADS").ok().and_then(|v| v.parse().ok()))
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// Counts of one batch run, and the first failures for the summary.
#[derive(Default)]
pub(crate) struct Totals {
    pub(crate) docs: u64,
    pub(crate) errors: u64,
    pub(crate) bytes: u64,
    pub(crate) first_errors: Vec<String>,
}

/// Failed documents named on stderr.
pub(crate) const NAMED_ERRORS: usize = 5;

/// Paths to read: the given ones (a missing one gets an error record, like any unreadable path), or
/// stdin when none are given and stdin is not a terminal (None: print help instead of waiting on a
/// terminal).
pub(crate) fn resolve_paths(paths: Vec<PathBuf>) -> Option<Vec<PathBuf>> {
    if paths.is_empty() {
        return (!io::stdin().is_terminal()).then(|| vec![PathBuf::from("-")]);
    }
    Some(paths)
}

/// Reads documents in groups of [`STAGED_DOCS`], hands each group to the first free worker, and hands
/// each document's JSON line to `each` in input order, with its record when `keep` asks for it. The
/// workers never wait for one another at the end of a chunk: a worker takes the next group as soon as it
/// is free, while this thread reads the groups ahead and writes the finished ones in order. Memory is
/// bounded by [`GROUPS_IN_FLIGHT`] groups per worker, not the input size.
pub(crate) fn run_batch(
    paths: &[PathBuf],
    opts: &Options,
    jobs: Option<usize>,
    shard: Option<(u64, u64)>,
    progress: Option<&indicatif::ProgressBar>,
    keep: Keep,
    mut each: impl FnMut(Option<Record>, &[u8]) -> Result<()>,
) -> Result<Totals> {
    use std::panic::{AssertUnwindSafe, catch_unwind};
    use std::sync::mpsc;
    let threads = thread_count(jobs);
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build()?;
    let buffers = Buffers::default();
    let mut reader = Reader::new(input::discover(paths));
    let mut t = Totals::default();
    pool.in_place_scope(|scope| {
        // The groups at work, oldest first, each with the receiver its one result comes to.
        let mut at_work: std::collections::VecDeque<mpsc::Receiver<std::thread::Result<Group>>> =
            std::collections::VecDeque::new();
        loop {
            let group = read_group(&mut reader, shard, &mut t.bytes);
            let done = group.is_empty();
            if !done {
                let (tx, rx) = mpsc::sync_channel(1);
                let buffers = &buffers;
                scope.spawn(move |_| {
                    let _ = tx.send(catch_unwind(AssertUnwindSafe(|| process_group(group, opts, keep, buffers))));
                });
                at_work.push_back(rx);
            }
            // The finished groups in order: the oldest once the workers have enough ahead of them, and
            // every one at the end.
            while at_work.len() >= GROUPS_IN_FLIGHT * threads || done && !at_work.is_empty() {
                let Some(rx) = at_work.pop_front() else { break };
                let group =
                    rx.recv().ok().and_then(|r| r.ok()).ok_or_else(|| anyhow::anyhow!("a worker thread failed"))?;
                emit(group, &mut t, progress, &buffers, &mut each)?;
            }
            if done {
                return Ok::<(), anyhow::Error>(());
            }
        }
    })?;
    Ok(t)
}

/// Whether [`run_batch`] hands over the records (`report`) or only their JSON lines (`extract`, which
/// then frees each record on the worker that made it, right after writing its line).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Keep {
    Lines,
    Records,
}

/// The JSON lines of a group of documents, one after another, and what the driver needs of each.
pub(crate) struct Group {
    lines: Vec<u8>,
    docs: Vec<Done>,
}

/// One processed document of a [`Group`].
struct Done {
    /// Where its line (newline included) ends in [`Group::lines`].
    end: usize,
    /// For a failed document: its name and why, for the summary.
    failure: Option<String>,
    /// The record, when the caller keeps records.
    record: Option<Record>,
}

/// Line buffers handed back by the writer for the next groups: reused, their memory is not given back to
/// the allocator and faulted in afresh for every group, nor freed on another thread than the one that
/// made it.
#[derive(Default)]
pub(crate) struct Buffers(std::sync::Mutex<Vec<Vec<u8>>>);

impl Buffers {
    fn take(&self) -> Vec<u8> {
        self.0.lock().ok().and_then(|mut v| v.pop()).unwrap_or_default()
    }

    fn give(&self, mut buf: Vec<u8>) {
        buf.clear();
        if let Ok(mut v) = self.0.lock() {
            v.push(buf);
        }
    }
}

/// Hands a processed group's lines (and records) to `each`, in input order, counts them, and gives the
/// line buffer back.
pub(crate) fn emit(
    group: Group,
    t: &mut Totals,
    progress: Option<&indicatif::ProgressBar>,
    buffers: &Buffers,
    each: &mut impl FnMut(Option<Record>, &[u8]) -> Result<()>,
) -> Result<()> {
    let mut start = 0;
    for d in group.docs {
        t.docs += 1;
        if let Some(why) = d.failure {
            t.errors += 1;
            if t.first_errors.len() < NAMED_ERRORS {
                t.first_errors.push(why);
            }
        }
        each(d.record, &group.lines[start..d.end])?;
        start = d.end;
    }
    buffers.give(group.lines);
    if let Some(pb) = progress {
        pb.set_position(t.bytes);
        pb.set_message(format!("{} documents, {} errors", t.docs, t.errors));
    }
    Ok(())
}

/// The next group of documents (this shard's only), adding the bytes read to `bytes`.
pub(crate) fn read_group(reader: &mut Reader, shard: Option<(u64, u64)>, bytes: &mut u64) -> Vec<input::Pending> {
    let mut chunk = Vec::with_capacity(STAGED_DOCS);
    let mut size = 0;
    for item in reader.by_ref() {
        if let Some((i, n)) = shard {
            if item.shard_key() % n != i {
                continue;
            }
        }
        size += item.size_hint();
        chunk.push(item);
        if chunk.len() >= STAGED_DOCS || size >= GROUP_BYTES {
            break;
        }
    }
    *bytes += size as u64;
    chunk
}

/// Documents that go through the pipeline's stages together ([`pipeline::process_each`]): enough for its
/// automata to stay in the cache from one to the next, few enough to keep the parallel work fine-grained.
pub(crate) const STAGED_DOCS: usize = 128;

/// Loads, processes and serialises a group of documents ([`pipeline::process_each`]), keeping input order.
pub(crate) fn process_group(group: Vec<input::Pending>, opts: &Options, keep: Keep, buffers: &Buffers) -> Group {
    let loaded: Vec<Result<vnextract::InputDoc, Box<Record>>> = group.into_iter().map(input::Pending::load).collect();
    let docs: Vec<&vnextract::InputDoc> = loaded.iter().filter_map(|d| d.as_ref().ok()).collect();
    let done: Vec<Record> = pipeline::process_each(&docs, opts)
        .into_iter()
        .zip(docs)
        .map(|(rec, doc)| rec.unwrap_or_else(|panic| failed(doc, panic)))
        .collect();
    let mut done = done.into_iter();
    let mut lines = buffers.take();
    let docs = loaded
        .into_iter()
        .map(|d| {
            let rec = match d {
                Ok(_) => done.next().expect("a record per document"),
                Err(rec) => *rec,
            };
            write_line(&rec, &mut lines);
            let failure = rec.error.as_ref().map(|why| {
                let at = match rec.source.line {
                    Some(l) => format!("{}:{l}", rec.source.path),
                    None => rec.source.path.clone(),
                };
                format!("{} ({at}): {why}", rec.id)
            });
            Done { end: lines.len(), failure, record: (keep == Keep::Records).then_some(rec) }
        })
        .collect();
    Group { lines, docs }
}

/// Appends `rec`'s JSON line (newline included) to `lines`.
fn write_line(rec: &Record, lines: &mut Vec<u8>) {
    // Records run to about 1.7 times their text: room made once, the buffer is not copied as the line
    // grows. A long text dense with entities gets room for 512 bytes an entity more (186 on average): the
    // copy of a long line would double its memory for a moment, and room left unwritten costs none.
    let mut room = rec.text.len() * 2 + 1024;
    if rec.text.len() >= 1 << 20 {
        room += 512 * vnextract::extract::kinds().iter().map(|k| k.count(rec)).sum::<usize>();
    }
    lines.reserve(room);
    let start = lines.len();
    if let Err(e) = rec.write_json(lines) {
        lines.truncate(start);
        lines.extend_from_slice(format!("{{\"id\":{:?},\"error\":\"cannot serialise: {e}\"}}", rec.id).as_bytes());
    }
    lines.push(b'\n');
}

/// A progress bar on stderr when it is a terminal and not `--quiet`: documents, MB, MB/s, ETA.
pub(crate) fn progress_bar(quiet: bool, paths: &[PathBuf]) -> Option<indicatif::ProgressBar> {
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
pub(crate) fn summary_line(t: &Totals, started: Instant) -> String {
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

pub(crate) fn extract(
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
    let t = run_batch(&paths, &opts, jobs, shard, pb.as_ref(), Keep::Lines, |_, line| sink.write(line))?;
    sink.finish()?;
    if let Some(pb) = pb {
        pb.finish_and_clear();
    }
    if !quiet {
        eprintln!("{}", summary_line(&t, started));
    }
    Ok(if t.errors > 0 { ExitCode::from(2) } else { ExitCode::SUCCESS })
}

/// The error record of a document whose processing panicked: a bug loses that document, not the batch.
pub(crate) fn failed(doc: &vnextract::InputDoc, panic: Box<dyn std::any::Any + Send>) -> Record {
    let why = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown".to_string());
    Record::failed(doc.id.clone(), doc.source.clone(), format!("internal error while processing: {why}"))
}
