//! Lexicons: plain UTF-8 TSV tables embedded in the binary.
//!
//! Format: one entry per line, fields separated by tabs, `#` starts a comment line, blank lines ignored.
//! Every file is NFC, sorted by its first field and free of duplicate keys (checked by a test).

/// Parses a TSV lexicon into rows of fields, skipping comments and blank lines.
pub fn rows(src: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    src.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| l.split('\t').collect())
}

/// Organisation triggers: head words and known names (`organisations`).
pub const ORG_HEADS: &str = include_str!("org_heads.tsv");
/// Domains of ministries and departments ("Bộ X", "Sở X").
pub const ORG_DOMAINS: &str = include_str!("org_domains.tsv");
/// Words that shape an organisation name: level markers, stop words, titles, surnames, plurals.
pub const ORG_WORDS: &str = include_str!("org_words.tsv");
/// State acronyms and their expansions.
pub const ACRONYMS: &str = include_str!("acronyms.tsv");
/// Provinces, cities and countries.
pub const PLACES: &str = include_str!("places.tsv");

/// Every lexicon file, by name, for the checks below and for extractors.
pub const FILES: &[(&str, &str)] = &[
    ("acronyms.tsv", ACRONYMS),
    ("org_domains.tsv", ORG_DOMAINS),
    ("org_heads.tsv", ORG_HEADS),
    ("org_words.tsv", ORG_WORDS),
    ("places.tsv", PLACES),
];

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
