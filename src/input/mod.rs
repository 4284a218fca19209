//! Reading documents: text articles, JSON Lines, JSON arrays of records and single pretty-printed
//! records, each optionally gzip- or zstd-compressed, from files, directories and stdin.
//!
//! Inputs are read by content, not by name ([`open`]): compression by its magic bytes, then JSON Lines,
//! a JSON array, one pretty-printed record or one text article by the first bytes. [`Reader`] streams [`Pending`] documents from a
//! list of paths, in order: a directory contributes its files recursively in sorted path order; `-`
//! reads standard input. Every document yields exactly one item, the document or an error [`Record`]
//! saying why it could not be read, and so does every path that cannot be read: a missing path, a
//! folder that cannot be listed, a file that cannot be opened, a file in a directory whose name is not
//! of a supported kind (`.txt`, `.json`, `.jsonl`, `.ndjson`, each optionally `.gz` or `.zst`), a special file.
//! Only `X.gold.json` (gold annotations beside an article) is passed over. Within a file: a JSON
//! value that is not an object with a string `text`, binary data, a damaged gzip stream (the documents
//! before the damage are kept), an unclosed array. Blank lines in JSON Lines are not documents.

pub mod array;
pub mod decode;
pub mod open;
pub mod zstd;

use std::collections::VecDeque;
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::output::{Record, Source};
use crate::pipeline::InputDoc;

/// Largest document accepted, in bytes (a text article, one JSON line or array element). Larger ones
/// are reported as errors, never silently truncated.
pub const MAX_DOCUMENT_BYTES: usize = 64 << 20;

/// One input to read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputPath {
    /// A file, read by content.
    File(PathBuf),
    /// Standard input, read by content.
    Stdin,
    /// A path that cannot be read, and why; it yields one error record.
    Unreadable { path: PathBuf, why: String },
}

/// What a file in a directory is, by its name.
#[derive(Debug, PartialEq, Eq)]
enum Kind {
    Supported,
    /// Gold annotations beside an article: not input.
    Gold,
    Unsupported,
}

/// Names read in a directory: `.txt`, `.json`, `.jsonl`, `.ndjson`, each optionally compressed.
fn kind_of(path: &Path) -> Kind {
    let name = path.file_name().map(|n| n.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    if name.ends_with(".gold.json") {
        return Kind::Gold;
    }
    let base = name.strip_suffix(".gz").or_else(|| name.strip_suffix(".zst")).unwrap_or(&name);
    if [".txt", ".json", ".jsonl", ".ndjson"].iter().any(|ext| base.ends_with(ext)) {
        Kind::Supported
    } else {
        Kind::Unsupported
    }
}

/// Expands paths into inputs: `-` as stdin; a directory recursively in sorted order, its supported
/// files to read and every other entry that is not a folder, and every folder that cannot be listed, as
/// [`InputPath::Unreadable`]; any other path as a file to read, whatever its name (missing: unreadable).
pub fn discover(paths: &[PathBuf]) -> Vec<InputPath> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(InputPath::Stdin);
            continue;
        }
        match std::fs::metadata(p) {
            Err(e) => out.push(InputPath::Unreadable { path: p.clone(), why: format!("cannot read: {e}") }),
            Ok(m) if m.is_dir() => walk(p, &mut out),
            Ok(_) => out.push(InputPath::File(p.clone())),
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<InputPath>) {
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name().follow_links(true) {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e.path().unwrap_or(dir).to_path_buf();
                let why = match (e.loop_ancestor(), e.io_error()) {
                    (Some(a), _) => format!("file system loop: a link back to {}", a.display()),
                    (None, Some(io)) => format!("cannot read: {io}"),
                    (None, None) => format!("cannot read: {e}"),
                };
                out.push(InputPath::Unreadable { path, why });
                continue;
            }
        };
        let ty = entry.file_type();
        if ty.is_dir() {
            continue;
        }
        let path = entry.into_path();
        if !ty.is_file() {
            let why = "not a regular file (a FIFO, socket or device); name it explicitly to read it".to_string();
            out.push(InputPath::Unreadable { path, why });
            continue;
        }
        match kind_of(&path) {
            Kind::Supported => out.push(InputPath::File(path)),
            Kind::Gold => {}
            Kind::Unsupported => {
                let why = "unsupported file type: a directory is read for .txt, .json, .jsonl and .ndjson files \
                           (optionally .gz or .zst); name the file explicitly to read it by its content"
                    .to_string();
                out.push(InputPath::Unreadable { path, why });
            }
        }
    }
}

/// A document, or the error record for one that could not be read.
pub type Item = Result<InputDoc, Box<Record>>;

/// What the reader yields: a document not yet parsed. [`Pending::load`] does the parsing (decoding,
/// JSON), so that a batch driver can run it in parallel while the reader only splits the input.
#[derive(Debug)]
pub enum Pending {
    /// An error found while reading.
    Failed(Box<Record>),
    /// One JSON line or array element: its 1-based line number, and its 0-based index in an array.
    Line { bytes: Vec<u8>, name: Arc<str>, stem: Arc<str>, line: u64, index: Option<u64> },
    /// One text article.
    Text { bytes: Vec<u8>, name: String, id: String },
    /// One JSON record that is a whole file (pretty-printed); `id` when it has none.
    Record { bytes: Vec<u8>, name: String, id: String },
}

impl Pending {
    /// Parses or decodes the document.
    pub fn load(self) -> Item {
        match self {
            Pending::Failed(rec) => Err(rec),
            Pending::Line { bytes, name, stem, line, index: None } => parse_json_line(bytes, &name, &stem, line),
            Pending::Line { bytes, name, stem, line, index: Some(i) } => {
                parse_json(bytes, &name, format!("{stem}[{i}]"), line)
            }
            Pending::Text { bytes, name, id } => text_doc(bytes, name, id),
            Pending::Record { bytes, name, id } => parse_json(bytes, &name, id, 1),
        }
    }

    /// A stable hash of where this document comes from (path, line, array index), for `--shard`: the same
    /// on every machine and run, whatever the other inputs.
    pub fn shard_key(&self) -> u64 {
        match self {
            Pending::Failed(rec) => fnv1a(&[rec.source.path.as_bytes(), &rec.source.line.unwrap_or(0).to_le_bytes()]),
            Pending::Line { name, line, index: None, .. } => fnv1a(&[name.as_bytes(), &line.to_le_bytes()]),
            Pending::Line { name, line, index: Some(i), .. } => {
                fnv1a(&[name.as_bytes(), &line.to_le_bytes(), &i.to_le_bytes()])
            }
            Pending::Text { name, .. } | Pending::Record { name, .. } => fnv1a(&[name.as_bytes(), &0u64.to_le_bytes()]),
        }
    }

    /// Bytes this item holds (for sizing batches).
    pub fn size_hint(&self) -> usize {
        match self {
            Pending::Failed(_) => 0,
            Pending::Line { bytes, .. } | Pending::Text { bytes, .. } | Pending::Record { bytes, .. } => bytes.len(),
        }
    }
}

/// An open file or stream of records.
struct Stream {
    name: Arc<str>,
    stem: Arc<str>,
    body: Body,
}

enum Body {
    Lines { reader: Box<dyn BufRead + Send>, line: u64 },
    Array(array::Splitter<Box<dyn BufRead + Send>>),
}

/// Streams documents from inputs, in order.
pub struct Reader {
    pending: VecDeque<InputPath>,
    current: Option<Stream>,
}

impl Reader {
    pub fn new(inputs: Vec<InputPath>) -> Reader {
        Reader { pending: inputs.into(), current: None }
    }

    /// The documents, parsed one after another (for callers that do not parallelise).
    pub fn documents(self) -> impl Iterator<Item = Item> {
        self.map(Pending::load)
    }

    /// Opens a file (None: stdin) and finds what it holds: a text article comes back at once; records
    /// become the current stream; an empty input holds no document (but an empty `.txt` is an empty
    /// article).
    fn start(&mut self, path: Option<&Path>) -> Option<Pending> {
        let (name, stem) = match path {
            None => ("-".to_string(), "stdin".to_string()),
            Some(p) => (p.display().to_string(), stem_of(p)),
        };
        let opened = match open::open(path) {
            Ok(o) => o,
            Err(e) => return Some(Pending::Failed(failed(stem, &name, None, format!("cannot read: {e}")))),
        };
        let body = match opened.format {
            open::Format::Empty if !path.is_some_and(is_txt) => return None,
            open::Format::Text | open::Format::Empty => return Some(read_whole(opened.reader, name, stem, false)),
            open::Format::JsonRecord => return Some(read_whole(opened.reader, name, stem, true)),
            open::Format::JsonLines => Body::Lines { reader: opened.reader, line: 0 },
            open::Format::JsonArray => Body::Array(array::Splitter::new(opened.reader)),
        };
        self.current = Some(Stream { name: name.into(), stem: stem.into(), body });
        None
    }
}

fn file_name(p: &Path) -> String {
    p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

fn is_txt(p: &Path) -> bool {
    let name = file_name(p).to_ascii_lowercase();
    name.ends_with(".txt") || name.ends_with(".txt.gz")
}

/// Reads a whole text article (or, with `record`, one JSON record), up to the size limit.
fn read_whole(reader: Box<dyn BufRead + Send>, name: String, id: String, record: bool) -> Pending {
    let mut bytes = Vec::new();
    let limit = MAX_DOCUMENT_BYTES as u64 + 1;
    match reader.take(limit).read_to_end(&mut bytes) {
        Ok(_) if bytes.len() > MAX_DOCUMENT_BYTES => Pending::Failed(failed(
            id,
            &name,
            None,
            format!("document of more than {MAX_DOCUMENT_BYTES} bytes exceeds the limit of {MAX_DOCUMENT_BYTES} bytes"),
        )),
        Ok(_) if record => Pending::Record { bytes, name, id },
        Ok(_) => Pending::Text { bytes, name, id },
        Err(e) => Pending::Failed(failed(id, &name, None, format!("input damaged ({e}); the article is not read"))),
    }
}

/// 64-bit FNV-1a over the parts.
fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &b in *part {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        h ^= 0xff;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// A file's name without its input extensions: the id of a text article, and the prefix of the
/// fallback ids of records without one.
fn stem_of(path: &Path) -> String {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("input");
    let lower = name.to_ascii_lowercase();
    let mut end = name.len();
    for ext in [".gz", ".zst"] {
        if lower[..end].ends_with(ext) && end > ext.len() {
            end -= ext.len();
            break;
        }
    }
    for ext in [".jsonl", ".ndjson", ".json", ".txt"] {
        if lower[..end].ends_with(ext) && end > ext.len() {
            end -= ext.len();
            break;
        }
    }
    name[..end].to_string()
}

fn failed(id: String, path: &str, line: Option<u64>, why: String) -> Box<Record> {
    Box::new(Record::failed(id, Source { path: path.to_string(), line }, why))
}

/// A text article's bytes → its document (or error record).
fn text_doc(bytes: Vec<u8>, name: String, id: String) -> Item {
    match decode::decode(bytes) {
        Ok(d) => Ok(InputDoc {
            id,
            source: Source { path: name, line: None },
            text: d.text,
            encoding: d.encoding.map(str::to_string),
            warnings: d.warnings,
            ..InputDoc::default()
        }),
        Err(why) => Err(failed(id, &name, None, why)),
    }
}

/// Parses one JSON line into a document; a record without an `id` gets `STEM:LINE`.
pub fn parse_json_line(bytes: Vec<u8>, name: &str, stem: &str, line: u64) -> Item {
    parse_json(bytes, name, format!("{stem}:{line}"), line)
}

/// Parses one JSON record (a line or an array element) into a document.
fn parse_json(bytes: Vec<u8>, name: &str, fallback_id: String, line: u64) -> Item {
    let fail = |why: String| Err(failed(fallback_id.clone(), name, Some(line), why));
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return fail(format!("line of {} bytes exceeds the limit of {MAX_DOCUMENT_BYTES} bytes", bytes.len()));
    }
    // UTF-8 is checked once, with SIMD, and the JSON parser then reads a `str` without checking again.
    // Anything else is decoded first (a legacy encoding, or stray bytes replaced) and then parsed.
    let (value, encoding, mut warnings) = match simdutf8::basic::from_utf8(&bytes) {
        Ok(s) => match serde_json::from_str::<serde_json::Value>(s) {
            Ok(v) => (v, None, Vec::new()),
            Err(e) => return fail(format!("not valid JSON: {e}")),
        },
        Err(_) => {
            let d = match decode::decode(bytes) {
                Ok(d) => d,
                Err(why) => return fail(why),
            };
            match serde_json::from_str(&d.text) {
                Ok(v) => (v, d.encoding.map(str::to_string), d.warnings),
                Err(e) => return fail(format!("not valid JSON: {e}")),
            }
        }
    };
    let serde_json::Value::Object(mut obj) = value else {
        return fail("JSON line is not an object".to_string());
    };
    let id = match obj.remove("id") {
        Some(serde_json::Value::String(s)) if !s.is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => fallback_id.clone(),
    };
    let fail = |why: String| Err(failed(id.clone(), name, Some(line), why));
    let text = match obj.remove("text") {
        Some(serde_json::Value::String(s)) => s,
        Some(_) => return fail("field \"text\" is not a string".to_string()),
        None => return fail("missing field \"text\"".to_string()),
    };
    let mut take_str = |key: &str| match obj.remove(key) {
        Some(serde_json::Value::String(s)) => Some(s),
        Some(serde_json::Value::Null) | None => None,
        Some(other) => {
            warnings.push(format!("field {key:?} is not a string; ignored"));
            let _ = other;
            None
        }
    };
    let title = take_str("title");
    let published = take_str("published").or_else(|| take_str("date"));
    Ok(InputDoc {
        id,
        source: Source { path: name.to_string(), line: Some(line) },
        title,
        text,
        published,
        outlet: None,
        encoding,
        warnings,
        meta: obj,
    })
}

impl Iterator for Reader {
    type Item = Pending;

    fn next(&mut self) -> Option<Pending> {
        loop {
            if let Some(cur) = self.current.as_mut() {
                match cur.next_item() {
                    Some(item) => return Some(item),
                    None => {
                        self.current = None;
                        continue;
                    }
                }
            }
            let started = match self.pending.pop_front()? {
                InputPath::Unreadable { path, why } => {
                    Some(Pending::Failed(failed(stem_of(&path), &path.display().to_string(), None, why)))
                }
                InputPath::Stdin => self.start(None),
                InputPath::File(p) => self.start(Some(&p)),
            };
            if started.is_some() {
                return started;
            }
        }
    }
}

impl Stream {
    /// The next record of this stream; None at its end.
    fn next_item(&mut self) -> Option<Pending> {
        let (name, stem) = (self.name.clone(), self.stem.clone());
        match &mut self.body {
            Body::Lines { reader, line } => loop {
                let mut buf = Vec::new();
                match reader.read_until(b'\n', &mut buf) {
                    Ok(0) => return None,
                    Ok(_) => {
                        *line += 1;
                        if buf.iter().all(u8::is_ascii_whitespace) {
                            continue;
                        }
                        return Some(Pending::Line { bytes: buf, name, stem, line: *line, index: None });
                    }
                    Err(e) => {
                        let at = *line + 1;
                        let why = format!("input damaged at line {at} ({e}); the lines before it were read");
                        // Nothing after the damage can be trusted: the stream ends here.
                        self.body = Body::Lines { reader: Box::new(std::io::empty()), line: at };
                        return Some(Pending::Failed(failed(format!("{stem}:{at}"), &name, Some(at), why)));
                    }
                }
            },
            Body::Array(split) => Some(match split.next()? {
                array::Part::Element { bytes, line, index } => {
                    Pending::Line { bytes, name, stem, line, index: Some(index) }
                }
                array::Part::Error { line, index, why } => {
                    Pending::Failed(failed(format!("{stem}[{index}]"), &name, Some(line), why))
                }
            }),
        }
    }
}
