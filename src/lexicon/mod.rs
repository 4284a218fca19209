//! Lexicons: plain UTF-8 TSV tables embedded in the binary.
//!
//! Format: one entry per line, fields separated by tabs, `#` starts a comment line, blank lines ignored.
//! Every file is NFC, sorted by its first field and free of duplicate keys (checked by a test).

/// Parses a TSV lexicon into rows of fields, skipping comments and blank lines.
pub fn rows(src: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    src.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| l.split('\t').collect())
}

/// Legacy encoding tables (see `normalize::legacy`): Unicode text first, then bytes in hex.
pub const TCVN3: &str = include_str!("tcvn3.tsv");
pub const VNI: &str = include_str!("vni.tsv");
pub const CP1258: &str = include_str!("cp1258.tsv");
pub const VISCII: &str = include_str!("viscii.tsv");

/// Every lexicon file, by name, for the checks below and for extractors.
pub const FILES: &[(&str, &str)] =
    &[("cp1258.tsv", CP1258), ("tcvn3.tsv", TCVN3), ("viscii.tsv", VISCII), ("vni.tsv", VNI)];

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
