//! Opening an input: compression by its magic bytes, then the format by the first bytes of content,
//! never by the file's name.
//!
//! - gzip (`1f 8b`, several members allowed) and zstd (`28 b5 2f fd`, several frames allowed, or a
//!   skippable frame first as `pzstd` writes) are decompressed; xz, bzip2 and zip are recognised and reported as unsupported instead of being read
//!   as text.
//! - After an optional UTF-8 byte-order mark and whitespace, `{` followed by `"` or `}` is JSON Lines,
//!   but `{` alone on its line opens one pretty-printed record; `[` followed by `{`, `[`, `"` or `]` is
//!   a JSON array of records; anything else is one text article ("[Video] Tiêu đề" stays an
//!   article). Nothing but whitespace is [`Format::Empty`].
//!
//! ```
//! use vnextract::input::open::{sniff, Format};
//! assert_eq!(sniff(b"\xef\xbb\xbf {\"text\": \"...\"}"), Format::JsonLines);
//! assert_eq!(sniff(b"[\n  {\"text\": \"...\"}\n]"), Format::JsonArray);
//! assert_eq!(sniff(b"{\n  \"text\": \"...\"\n}"), Format::JsonRecord);
//! assert_eq!(sniff("[Video] Tiêu đề\nThân bài".as_bytes()), Format::Text);
//! assert_eq!(sniff(b" \n"), Format::Empty);
//! ```

use std::fs::File;
use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::path::Path;

use flate2::read::MultiGzDecoder;

/// What an input holds once decompressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One JSON object per line.
    JsonLines,
    /// One JSON array whose elements are records.
    JsonArray,
    /// One record over several lines (pretty-printed).
    JsonRecord,
    /// One article.
    Text,
    /// Nothing but whitespace.
    Empty,
}

/// An opened input: decompressed, positioned after any byte-order mark, its format known.
pub struct Opened {
    pub reader: Box<dyn BufRead + Send>,
    pub format: Format,
}

const BOM: &[u8] = b"\xef\xbb\xbf";

/// How many bytes are read to find the format before giving up and calling it text.
const SNIFF_LIMIT: usize = 1 << 20;

/// The format of content that starts with `head` (see the module docs).
pub fn sniff(head: &[u8]) -> Format {
    let head = head.strip_prefix(BOM).unwrap_or(head);
    let mut significant = head.iter().copied().filter(|b| !b.is_ascii_whitespace());
    let first = head.iter().position(|b| !b.is_ascii_whitespace());
    // Nothing else on the line of the opening brace: pretty-printed, not JSON Lines.
    let alone = first.is_some_and(|i| {
        head[i] == b'{' && head[i + 1..].iter().find(|b| !matches!(b, b' ' | b'\t' | b'\r')) == Some(&b'\n')
    });
    match (significant.next(), significant.next()) {
        (None, _) => Format::Empty,
        (Some(b'{'), _) if alone => Format::JsonRecord,
        (Some(b'{'), Some(b'"' | b'}') | None) => Format::JsonLines,
        (Some(b'['), Some(b'{' | b'[' | b'"' | b']')) => Format::JsonArray,
        _ => Format::Text,
    }
}

/// Opens a file, or standard input for None, decompressed (see the module docs).
pub fn open(path: Option<&Path>) -> io::Result<Opened> {
    let mut r = decompress(raw(path)?)?;
    let mut head = read_head(&mut r, SNIFF_LIMIT, |h| {
        let body = h.strip_prefix(BOM).unwrap_or(h);
        h.len() >= BOM.len() && body.iter().filter(|b| !b.is_ascii_whitespace()).nth(1).is_some()
    })?;
    let format = sniff(&head);
    if head.starts_with(BOM) {
        head.drain(..BOM.len());
    }
    let reader = Box::new(BufReader::with_capacity(1 << 16, Cursor::new(head).chain(r)));
    Ok(Opened { reader, format })
}

/// Opens a file (`-`: standard input), decompressed; for readers that know the format (output files).
pub fn open_decompressed(path: &Path) -> io::Result<Box<dyn BufRead + Send>> {
    let stdin = path.as_os_str() == "-";
    let r = decompress(raw((!stdin).then_some(path))?)?;
    Ok(Box::new(BufReader::with_capacity(1 << 16, r)))
}

fn raw(path: Option<&Path>) -> io::Result<Box<dyn Read + Send>> {
    Ok(match path {
        None => Box::new(io::stdin()),
        Some(p) => Box::new(File::open(p)?),
    })
}

/// Undoes gzip or zstd compression recognised by its magic bytes; other compressions are an error.
fn decompress(mut r: Box<dyn Read + Send>) -> io::Result<Box<dyn Read + Send>> {
    let head = read_head(&mut r, 16, |h| h.len() >= 16)?;
    let unsupported = |what: &str, tool: &str| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!(
                "{what}-compressed input is not supported; decompress it first (`{tool} FILE | vnextract extract -`)"
            ),
        )
    };
    let r: Box<dyn Read + Send> = Box::new(Cursor::new(head.clone()).chain(r));
    if head.starts_with(b"\x1f\x8b") {
        Ok(Box::new(MultiGzDecoder::new(BufReader::with_capacity(1 << 16, r))))
    } else if head.starts_with(b"\x28\xb5\x2f\xfd")
        || (head.len() >= 4 && head[0] >> 4 == 5 && head[1..4] == *b"\x2a\x4d\x18")
    {
        // A zstd frame, or a skippable frame (magic 0x184D2A5?) such as pzstd writes first.
        Ok(Box::new(super::zstd::Decoder::new(BufReader::with_capacity(1 << 16, r))))
    } else if head.starts_with(b"\xfd7zXZ\x00") {
        Err(unsupported("xz", "xz -dc"))
    } else if head.len() >= 10 && head.starts_with(b"BZh") && &head[4..10] == b"\x31\x41\x59\x26\x53\x59" {
        Err(unsupported("bzip2", "bzip2 -dc"))
    } else if head.starts_with(b"PK\x03\x04") {
        Err(io::Error::new(io::ErrorKind::InvalidData, "a zip archive is not supported; unpack it first"))
    } else {
        Ok(r)
    }
}

/// Reads from `r` until `enough` holds for what was read, `limit` bytes, or the end.
fn read_head(r: &mut impl Read, limit: usize, enough: impl Fn(&[u8]) -> bool) -> io::Result<Vec<u8>> {
    let mut head = Vec::new();
    let mut buf = [0u8; 8192];
    while head.len() < limit && !enough(&head) {
        let want = buf.len().min(limit - head.len());
        match r.read(&mut buf[..want]) {
            Ok(0) => break,
            Ok(n) => head.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(head)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        let rows: &[(&[u8], Format)] = &[
            (b"{\"id\": 1}\n", Format::JsonLines),
            (b"  \n{}", Format::JsonLines),
            (b"{ \r\n  \"id\": 1,\n  \"text\": \"x\"\n}\n", Format::JsonRecord),
            (b"[]", Format::JsonArray),
            (b"[ [", Format::JsonArray),
            (b"[\"a\"]", Format::JsonArray),
            (b"[1] Theo b\xc3\xa1o", Format::Text),
            (b"{Ti\xc3\xaau \xc4\x91\xe1\xbb\x81}", Format::Text),
            (b"Ti\xc3\xaau \xc4\x91\xe1\xbb\x81\n", Format::Text),
            (b"", Format::Empty),
            (b"\xef\xbb\xbf", Format::Empty),
        ];
        for (head, want) in rows {
            assert_eq!(sniff(head), *want, "{:?}", String::from_utf8_lossy(head));
        }
    }

    #[test]
    fn gzip_is_undone_whatever_the_name_and_others_are_refused() {
        use std::io::Write;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(b"{\"text\": \"x\"}\n").unwrap();
        let bytes = gz.finish().unwrap();
        let mut out = String::new();
        decompress(Box::new(Cursor::new(bytes))).unwrap().read_to_string(&mut out).unwrap();
        assert_eq!(out, "{\"text\": \"x\"}\n");
        for (magic, what) in [(&b"BZh91AY&SY"[..], "bzip2"), (b"\xfd7zXZ\x00\x00", "xz"), (b"PK\x03\x04", "zip")] {
            let e = decompress(Box::new(Cursor::new(magic.to_vec()))).err().expect(what);
            assert!(e.to_string().contains(what), "{e}");
        }
        // Short input passes through untouched.
        let mut out = String::new();
        decompress(Box::new(Cursor::new(b"ab".to_vec()))).unwrap().read_to_string(&mut out).unwrap();
        assert_eq!(out, "ab");
    }
}
