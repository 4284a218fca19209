//! Reading documents: `.txt` files, directories, JSON Lines (optionally gzip-compressed) and stdin.
//!
//! [`Reader`] streams [`InputDoc`]s from a list of paths, in order: a directory contributes its supported
//! files recursively in sorted path order; `-` reads JSON Lines from standard input. Every document yields
//! exactly one item: the document, or an error [`Record`] saying why it could not be read (unreadable
//! file, binary data, a JSON line that is not an object with a string `text`, a damaged gzip stream —
//! the lines before the damage are still read). Blank lines in JSON Lines input are not documents and
//! are skipped.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use flate2::read::MultiGzDecoder;

use crate::output::{Record, Source};
use crate::pipeline::InputDoc;

/// Largest document accepted, in bytes (a `.txt` file or one JSON line). Larger ones are reported as
/// errors, never silently truncated.
pub const MAX_DOCUMENT_BYTES: usize = 64 << 20;

/// One input to read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputPath {
    /// One article: first line title, then the body.
    Text(PathBuf),
    /// JSON Lines; `gz` when gzip-compressed.
    Jsonl { path: PathBuf, gz: bool },
    /// JSON Lines on standard input.
    Stdin,
}

fn kind_of(path: &Path) -> Option<InputPath> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    if name.ends_with(".gold.json") {
        return None;
    }
    if name.ends_with(".jsonl.gz") || name.ends_with(".json.gz") || name.ends_with(".ndjson.gz") {
        Some(InputPath::Jsonl { path: path.to_path_buf(), gz: true })
    } else if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
        Some(InputPath::Jsonl { path: path.to_path_buf(), gz: false })
    } else if name.ends_with(".txt") {
        Some(InputPath::Text(path.to_path_buf()))
    } else {
        None
    }
}

/// Expands paths into inputs: directories recursively in sorted order (only supported files), `-` as
/// stdin, and a file named explicitly as JSON Lines or text by its extension (text when unknown).
pub fn discover(paths: &[PathBuf]) -> Vec<InputPath> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(InputPath::Stdin);
        } else if p.is_dir() {
            let walk = walkdir::WalkDir::new(p).sort_by_file_name().follow_links(true);
            for entry in walk.into_iter().filter_map(Result::ok) {
                if entry.file_type().is_file() {
                    out.extend(kind_of(entry.path()));
                }
            }
        } else {
            out.push(kind_of(p).unwrap_or_else(|| InputPath::Text(p.clone())));
        }
    }
    out
}

/// A document, or the error record for one that could not be read.
pub type Item = Result<InputDoc, Box<Record>>;

/// What the reader yields: a document not yet parsed. [`Pending::load`] does the parsing (decode, JSON,
/// file read), so that a batch driver can run it in parallel while the reader only splits lines.
#[derive(Debug)]
pub enum Pending {
    /// An error found while reading.
    Failed(Box<Record>),
    /// One JSON line with its 1-based line number.
    Line { bytes: Vec<u8>, name: Arc<str>, stem: Arc<str>, line: u64 },
    /// A text file to read.
    Text(PathBuf),
}

impl Pending {
    /// Parses or reads the document.
    pub fn load(self) -> Item {
        match self {
            Pending::Failed(rec) => Err(rec),
            Pending::Line { bytes, name, stem, line } => parse_json_line(bytes, &name, &stem, line),
            Pending::Text(path) => read_text_file(&path),
        }
    }

    /// A stable hash of where this document comes from (path and line), for `--shard`: the same on every
    /// machine and run, whatever the other inputs.
    pub fn shard_key(&self) -> u64 {
        match self {
            Pending::Failed(rec) => fnv1a(&[rec.source.path.as_bytes(), &rec.source.line.unwrap_or(0).to_le_bytes()]),
            Pending::Line { name, line, .. } => fnv1a(&[name.as_bytes(), &line.to_le_bytes()]),
            Pending::Text(p) => fnv1a(&[p.to_string_lossy().as_bytes(), &0u64.to_le_bytes()]),
        }
    }

    /// Bytes this item holds or will read (for sizing batches).
    pub fn size_hint(&self) -> usize {
        match self {
            Pending::Failed(_) => 0,
            Pending::Line { bytes, .. } => bytes.len(),
            Pending::Text(p) => std::fs::metadata(p).map_or(0, |m| m.len() as usize),
        }
    }
}

struct OpenJsonl {
    name: Arc<str>,
    stem: Arc<str>,
    reader: Box<dyn BufRead + Send>,
    line: u64,
}

/// Streams documents from inputs, in order.
pub struct Reader {
    pending: VecDeque<InputPath>,
    current: Option<OpenJsonl>,
}

impl Reader {
    pub fn new(inputs: Vec<InputPath>) -> Reader {
        Reader { pending: inputs.into(), current: None }
    }

    /// The documents, parsed one after another (for callers that do not parallelise).
    pub fn documents(self) -> impl Iterator<Item = Item> {
        self.map(Pending::load)
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

fn stem_of(path: &Path) -> String {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("input");
    for ext in [".jsonl.gz", ".json.gz", ".ndjson.gz", ".jsonl", ".ndjson", ".txt", ".gz"] {
        if name.len() > ext.len() && name.to_ascii_lowercase().ends_with(ext) {
            return name[..name.len() - ext.len()].to_string();
        }
    }
    name.to_string()
}

fn failed(id: String, path: &str, line: Option<u64>, why: String) -> Box<Record> {
    Box::new(Record::failed(id, Source { path: path.to_string(), line }, why))
}

/// Checks that bytes are text: no NUL bytes in the first 8 KiB.
fn looks_binary(bytes: &[u8]) -> bool {
    memchr::memchr(0, &bytes[..bytes.len().min(8192)]).is_some()
}

/// Bytes → text. Invalid UTF-8 is reported with the offset of the first bad byte.
fn decode(bytes: Vec<u8>) -> Result<(String, Option<String>, Vec<String>), String> {
    if looks_binary(&bytes) {
        return Err("binary data (NUL bytes), not text".to_string());
    }
    match String::from_utf8(bytes) {
        Ok(s) => Ok((s, None, Vec::new())),
        Err(e) => {
            let bytes = e.into_bytes();
            match crate::normalize::legacy::decode_legacy(&bytes) {
                Some((text, enc)) => {
                    let warn = format!("input was not UTF-8; decoded as {enc}");
                    Ok((text, Some(enc.to_string()), vec![warn]))
                }
                None => {
                    let at = std::str::from_utf8(&bytes).err().map_or(0, |e| e.valid_up_to());
                    Err(format!(
                        "not valid UTF-8 (first bad byte at offset {at}) and no legacy Vietnamese encoding recognised"
                    ))
                }
            }
        }
    }
}

fn read_text_file(path: &Path) -> Item {
    let name = path.display().to_string();
    let id = stem_of(path);
    let bytes = match std::fs::metadata(path) {
        Ok(m) if m.len() as usize > MAX_DOCUMENT_BYTES => {
            return Err(failed(
                id,
                &name,
                None,
                format!("document of {} bytes exceeds the limit of {MAX_DOCUMENT_BYTES} bytes", m.len()),
            ));
        }
        _ => match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => return Err(failed(id, &name, None, format!("cannot read file: {e}"))),
        },
    };
    match decode(bytes) {
        Ok((text, encoding, warnings)) => Ok(InputDoc {
            id,
            source: Source { path: name, line: None },
            text,
            encoding,
            warnings,
            ..InputDoc::default()
        }),
        Err(why) => Err(failed(id, &name, None, why)),
    }
}

fn open_jsonl(path: Option<&Path>, gz: bool) -> io::Result<OpenJsonl> {
    let (name, stem, raw): (String, String, Box<dyn Read + Send>) = match path {
        None => ("-".into(), "stdin".into(), Box::new(io::stdin())),
        Some(p) => (p.display().to_string(), stem_of(p), Box::new(File::open(p)?)),
    };
    let reader: Box<dyn BufRead + Send> = if gz {
        Box::new(BufReader::with_capacity(1 << 16, MultiGzDecoder::new(BufReader::with_capacity(1 << 16, raw))))
    } else {
        Box::new(BufReader::with_capacity(1 << 16, raw))
    };
    Ok(OpenJsonl { name: name.into(), stem: stem.into(), reader, line: 0 })
}

/// Parses one JSON line into a document.
pub fn parse_json_line(bytes: Vec<u8>, name: &str, stem: &str, line: u64) -> Item {
    let fallback_id = format!("{stem}:{line}");
    let fail = |why: String| Err(failed(fallback_id.clone(), name, Some(line), why));
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return fail(format!("line of {} bytes exceeds the limit of {MAX_DOCUMENT_BYTES} bytes", bytes.len()));
    }
    // Clean UTF-8 JSON parses in one pass; anything else goes through decoding first.
    // UTF-8 is checked once, with SIMD, and the JSON parser then reads a `str` without checking again.
    let parsed = match simdutf8::basic::from_utf8(&bytes) {
        Ok(s) => serde_json::from_str::<serde_json::Value>(s),
        Err(_) => serde_json::from_slice::<serde_json::Value>(&bytes),
    };
    let (value, encoding, mut warnings) = match parsed {
        Ok(v) => (v, None, Vec::new()),
        Err(first) => {
            let (text, encoding, warnings) = match decode(bytes) {
                Ok(t) => t,
                Err(why) => return fail(why),
            };
            if encoding.is_none() {
                return fail(format!("not valid JSON: {first}"));
            }
            match serde_json::from_str(&text) {
                Ok(v) => (v, encoding, warnings),
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
                let mut buf = Vec::new();
                match cur.reader.read_until(b'\n', &mut buf) {
                    Ok(0) => {
                        self.current = None;
                        continue;
                    }
                    Ok(_) => {
                        cur.line += 1;
                        if buf.iter().all(u8::is_ascii_whitespace) {
                            continue;
                        }
                        let (name, stem) = (cur.name.clone(), cur.stem.clone());
                        return Some(Pending::Line { bytes: buf, name, stem, line: cur.line });
                    }
                    Err(e) => {
                        let line = cur.line + 1;
                        let rec = failed(
                            format!("{}:{line}", cur.stem),
                            &cur.name,
                            Some(line),
                            format!("input damaged at line {line} ({e}); the lines before it were read"),
                        );
                        self.current = None;
                        return Some(Pending::Failed(rec));
                    }
                }
            }
            let next = self.pending.pop_front()?;
            match next {
                InputPath::Text(p) => return Some(Pending::Text(p)),
                InputPath::Stdin => match open_jsonl(None, false) {
                    Ok(o) => self.current = Some(o),
                    Err(e) => {
                        let rec = failed("stdin".into(), "-", None, format!("cannot read stdin: {e}"));
                        return Some(Pending::Failed(rec));
                    }
                },
                InputPath::Jsonl { path, gz } => match open_jsonl(Some(&path), gz) {
                    Ok(o) => self.current = Some(o),
                    Err(e) => {
                        let name = path.display().to_string();
                        let rec = failed(stem_of(&path), &name, None, format!("cannot open: {e}"));
                        return Some(Pending::Failed(rec));
                    }
                },
            }
        }
    }
}
