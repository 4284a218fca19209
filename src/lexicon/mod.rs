//! Lexicons: plain UTF-8 TSV tables embedded in the binary.
//!
//! Format: one entry per line, fields separated by tabs, `#` starts a comment line, blank lines ignored.
//! Every file is NFC, sorted by its first field and free of duplicate keys (checked by a test).

/// Parses a TSV lexicon into rows of fields, skipping comments and blank lines.
pub fn rows(src: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    src.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| l.split('\t').collect())
}

/// Document type codes ("NĐ" → "Nghị định"), for the directives extractor.
pub const DOC_TYPES: &str = include_str!("doc_types.tsv");
/// Issuer codes ("TU" → "Tỉnh ủy"), for the directives extractor.
pub const ISSUERS: &str = include_str!("issuers.tsv");

/// Every lexicon file, by name, for the checks below and for extractors.
pub const FILES: &[(&str, &str)] = &[("doc_types.tsv", DOC_TYPES), ("issuers.tsv", ISSUERS)];

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn lexicons_are_clean() {
        for (name, src) in FILES {
            let keys: Vec<&str> = rows(src).map(|r| r[0]).collect();
            for k in &keys {
                assert_eq!(k.nfc().collect::<String>(), *k, "{name}: {k:?} is not NFC");
                assert!(!k.is_empty(), "{name}: empty key");
            }
            let mut sorted = keys.clone();
            sorted.sort_unstable();
            assert_eq!(keys, sorted, "{name}: not sorted");
            sorted.dedup();
            assert_eq!(sorted.len(), keys.len(), "{name}: duplicate keys");
        }
    }
}
