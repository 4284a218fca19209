//! Legacy Vietnamese encodings (TCVN3, VNI, CP1258): detection and conversion to Unicode.
//!
//! Not yet implemented: every non-UTF-8 input is reported as an error by the reader.

/// Decodes bytes that are not UTF-8 from a legacy Vietnamese encoding, returning the text and the
/// encoding's name, or None when no encoding is recognised with confidence.
pub fn decode_legacy(_bytes: &[u8]) -> Option<(String, &'static str)> {
    None
}
