//! Bytes → text: UTF-8, a legacy Vietnamese encoding, or UTF-8 with its bad bytes replaced.
//!
//! Valid UTF-8 is taken as it is. Otherwise two readings compete: the best legacy decoding (TCVN3, VNI,
//! CP1258, VISCII; see [`crate::normalize::legacy::decode_legacy`]) and UTF-8 with every invalid
//! sequence replaced by U+FFFD. The legacy reading wins only when it reads as more Vietnamese than the
//! UTF-8 one ([`vietnamese_score`]): a UTF-8 article with a stray byte stays UTF-8 (one warning on its
//! record), while a TCVN3 file, whose UTF-8 reading is mostly replacement characters, is converted.
//! Bytes that are neither (NUL bytes, or mostly invalid UTF-8 that no legacy encoding makes
//! Vietnamese) are an error.
//!
//! ```
//! use vnextract::input::decode::decode;
//! // One bad byte in a UTF-8 article: replaced, with a warning.
//! let d = decode(b"Gi\xc3\xa1 v\xc3\xa0ng t\xc4\x83ng \xff m\xe1\xba\xa1nh".to_vec()).unwrap();
//! assert_eq!(d.text, "Giá vàng tăng \u{fffd} mạnh");
//! assert_eq!(d.encoding, None);
//! assert!(d.warnings[0].contains("1 invalid byte sequence"));
//! // TCVN3 bytes: converted.
//! let d = decode(b"Vi\xd6t Nam v\xb5 th\xd5 gi\xedi".to_vec()).unwrap();
//! assert_eq!((d.text.as_str(), d.encoding), ("Việt Nam và thế giới", Some("tcvn3")));
//! ```

use crate::normalize::legacy::{decode_legacy, vietnamese_score};

/// Text decoded from bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// The legacy encoding converted from; None for UTF-8.
    pub encoding: Option<&'static str>,
    /// What the reader should know (a legacy conversion, replaced bytes).
    pub warnings: Vec<String>,
}

/// Whether bytes are binary: a NUL byte in the first 8 KiB.
pub fn looks_binary(bytes: &[u8]) -> bool {
    memchr::memchr(0, &bytes[..bytes.len().min(8192)]).is_some()
}

/// Decodes bytes as described in the module docs; the error says why they are not text.
pub fn decode(bytes: Vec<u8>) -> Result<Decoded, String> {
    if looks_binary(&bytes) {
        return Err("binary data (NUL bytes), not text".to_string());
    }
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => return Ok(Decoded { text, encoding: None, warnings: Vec::new() }),
        Err(e) => e.into_bytes(),
    };
    let (invalid, first_bad) = invalid_sequences(&bytes);
    let lossy = String::from_utf8_lossy(&bytes).into_owned();
    // A replaced byte is unknown, not evidence against UTF-8: the words holding one are left out of the
    // UTF-8 reading's score, so a stray byte does not outweigh the good syllables around it.
    let known: Vec<&str> = lossy.split_whitespace().filter(|w| !w.contains('\u{fffd}')).collect();
    let utf8_score = vietnamese_score(&known.join(" "));
    if let Some((text, enc)) = decode_legacy(&bytes) {
        if vietnamese_score(&text) > utf8_score {
            let warnings = vec![format!("input was not UTF-8; decoded as {enc}")];
            return Ok(Decoded { text, encoding: Some(enc), warnings });
        }
    }
    // A few stray bytes, or a reading that is Vietnamese anyway: replace them and say so.
    if invalid <= 3 || invalid * 100 <= bytes.len() || utf8_score > 0 {
        let s = if invalid == 1 { "" } else { "s" };
        let warn = format!(
            "input was not valid UTF-8: {invalid} invalid byte sequence{s} replaced with U+FFFD (the first at byte {first_bad})"
        );
        return Ok(Decoded { text: lossy, encoding: None, warnings: vec![warn] });
    }
    Err(format!(
        "not valid UTF-8 ({invalid} invalid byte sequences, the first at byte {first_bad}) and no legacy Vietnamese \
         encoding recognised"
    ))
}

/// The number of invalid UTF-8 sequences (each becomes one U+FFFD) and the offset of the first.
fn invalid_sequences(bytes: &[u8]) -> (usize, usize) {
    let (mut n, mut first, mut at) = (0, None, 0);
    for chunk in bytes.utf8_chunks() {
        at += chunk.valid().len();
        if !chunk.invalid().is_empty() {
            n += 1;
            first.get_or_insert(at);
        }
        at += chunk.invalid().len();
    }
    (n, first.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bytes, the text expected (or a fragment of the error), the encoding expected.
    type Row = (&'static [u8], Result<&'static str, &'static str>, Option<&'static str>);

    #[test]
    fn readings() {
        let rows: &[Row] = &[
            ("Hà Nội".as_bytes(), Ok("Hà Nội"), None),
            (b"a\x00b", Err("binary"), None),
            // A short UTF-8 line with two bad bytes is UTF-8, not VNI mojibake.
            (
                b"Gi\xc3\xa1 v\xc3\xa0ng \xc4\x91\xc3\xa3 t\xc4\x83ng \xe9\xff",
                Ok("Giá vàng đã tăng \u{fffd}\u{fffd}"),
                None,
            ),
            // A stray byte inside a word: VNI read it as "HÃ ng ng‡Ã n ngỈ°á\"…", which scored higher.
            (
                b"H\xc3\xa0ng ng\x87\xc3\xa0n ng\xc6\xb0\xe1\xbb\x9di mua v\xc3\xa0ng ng\xc3\xa0y \xf6",
                Ok("Hàng ng\u{fffd}àn người mua vàng ngày \u{fffd}"),
                None,
            ),
            (b"Vi\xd6t Nam v\xb5 th\xd5 gi\xedi", Ok("Việt Nam và thế giới"), Some("tcvn3")),
            // Random high bytes: no reading makes sense.
            (b"\xff\xfe\xfd\xfc \x80\x81\x82 \xf0\xf1\xf2 \xe0\xe1 \x99\x98", Err("no legacy"), None),
        ];
        for (bytes, want, enc) in rows {
            match (decode(bytes.to_vec()), want) {
                (Ok(d), Ok(text)) => {
                    assert_eq!(d.text, *text, "{bytes:?}");
                    assert_eq!(d.encoding, *enc, "{bytes:?}");
                }
                (Err(e), Err(frag)) => assert!(e.contains(frag), "{bytes:?}: {e}"),
                (got, _) => panic!("{bytes:?}: {got:?}, expected {want:?}"),
            }
        }
    }

    #[test]
    fn invalid_sequences_counted_and_located() {
        assert_eq!(invalid_sequences(b"ab\xffc\xfe\xfd"), (3, 2));
        assert_eq!(invalid_sequences("ạ".as_bytes()), (0, 0));
    }
}
