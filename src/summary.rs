//! Summary statistics over output records, shared by `vnextract stats` and the HTML report.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::Record;
use crate::decimal::Decimal;

/// How many to list in "top" tables.
pub const TOP: usize = 20;

/// A directive and how often it is cited.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct Cited {
    /// The document's normalised number (`key`), else a law's official title.
    pub id: String,
    #[serde(rename = "type")]
    pub doc_type: Option<String>,
    pub issuer: Option<String>,
    pub mentions: u64,
    pub documents: u64,
}

/// Counts over a set of records.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Summary {
    pub documents: u64,
    pub errors: u64,
    pub warnings: u64,
    /// Error messages (first words) → count.
    pub error_kinds: BTreeMap<String, u64>,
    pub encodings: BTreeMap<String, u64>,
    /// Entities per list.
    pub entities: BTreeMap<String, u64>,
    /// Organisation (canonical name: every form of one body together) → mentions, most frequent first.
    pub top_organisations: Vec<(String, u64)>,
    pub top_directives: Vec<Cited>,
    /// `YYYY` or `YYYY-MM` of date values → count.
    pub dates_by_year: BTreeMap<String, u64>,
    pub dates_by_month: BTreeMap<String, u64>,
    /// Currency → exact total of money values (ranges count their low end).
    pub money_totals: BTreeMap<String, String>,
    pub money_mentions: BTreeMap<String, u64>,
}

/// Accumulates records into a [`Summary`].
#[derive(Default)]
pub struct Builder {
    s: Summary,
    orgs: HashMap<String, u64>,
    directives: HashMap<String, (Cited, String)>,
    money: BTreeMap<String, Decimal>,
}

impl Builder {
    pub fn add(&mut self, r: &Record) {
        let s = &mut self.s;
        s.documents += 1;
        s.warnings += r.warnings.len() as u64;
        if let Some(e) = &r.error {
            s.errors += 1;
            let kind: String = e.split([':', '(']).next().unwrap_or(e).trim().chars().take(60).collect();
            *s.error_kinds.entry(kind).or_default() += 1;
            return;
        }
        if let Some(enc) = &r.encoding {
            *s.encodings.entry(enc.clone()).or_default() += 1;
        }
        for k in crate::extract::kinds() {
            *s.entities.entry(k.key().to_string()).or_default() += k.count(r) as u64;
        }
        for o in &r.organisations {
            *self.orgs.entry(o.canonical.clone()).or_default() += 1;
        }
        for d in &r.directives {
            // One document however its number is written; a law cited by name by its official title; a short
            // mention that names no one document ("Nghị định 67", no key) is not counted.
            let Some(id) = d.key.clone().or_else(|| d.law.clone()) else { continue };
            let e = self.directives.entry(id.clone()).or_insert_with(|| {
                (
                    Cited { id, doc_type: d.doc_type.clone(), issuer: d.issuer_from_code.clone(), ..Cited::default() },
                    String::new(),
                )
            });
            e.0.mentions += 1;
            if e.1 != r.id {
                e.0.documents += 1;
                e.1 = r.id.clone();
            }
        }
        for d in &r.dates {
            let v = d.value.as_deref().or(d.from.as_deref()).unwrap_or("");
            if v.len() >= 4 && v[..4].bytes().all(|b| b.is_ascii_digit()) {
                *s.dates_by_year.entry(v[..4].to_string()).or_default() += 1;
                if v.len() >= 7 && v.as_bytes()[4] == b'-' && v[5..7].bytes().all(|b| b.is_ascii_digit()) {
                    *s.dates_by_month.entry(v[..7].to_string()).or_default() += 1;
                }
            }
        }
        for m in r.numbers.iter().filter(|n| {
            n.kind == crate::output::NumberKind::Money
                && n.unit.as_deref().is_some_and(|u| u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase()))
        }) {
            let unit = m.unit.clone().unwrap_or_else(|| "?".into());
            *s.money_mentions.entry(unit.clone()).or_default() += 1;
            let t = self.money.entry(unit).or_insert(Decimal::ZERO);
            *t = t.checked_add(m.value).unwrap_or(*t);
        }
    }

    pub fn finish(mut self) -> Summary {
        let mut orgs: Vec<(String, u64)> = self.orgs.into_iter().collect();
        orgs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        orgs.truncate(TOP);
        self.s.top_organisations = orgs;
        let mut dirs: Vec<Cited> = self.directives.into_values().map(|(c, _)| c).collect();
        dirs.sort_by(|a, b| b.mentions.cmp(&a.mentions).then(a.id.cmp(&b.id)));
        dirs.truncate(TOP);
        self.s.top_directives = dirs;
        self.s.money_totals = self.money.into_iter().map(|(k, v)| (k, v.to_string())).collect();
        self.s
    }
}

/// The summary as plain-text tables.
pub fn render(s: &Summary) -> String {
    use std::fmt::Write;
    let mut o = String::new();
    let _ = writeln!(o, "documents  {}\nerrors     {}\nwarnings   {}", s.documents, s.errors, s.warnings);
    for (k, v) in &s.error_kinds {
        let _ = writeln!(o, "  error: {k}  ×{v}");
    }
    for (k, v) in &s.encodings {
        let _ = writeln!(o, "  encoding {k}: {v}");
    }
    let _ = writeln!(o, "\nentities");
    for (k, v) in &s.entities {
        let _ = writeln!(o, "  {k:<14} {v:>9}");
    }
    let _ = writeln!(o, "\ntop organisations");
    for (name, n) in &s.top_organisations {
        let _ = writeln!(o, "  {n:>7}  {name}");
    }
    let _ = writeln!(o, "\nmost-cited directives (mentions, documents, id, type, issuer)");
    for c in &s.top_directives {
        let _ = writeln!(
            o,
            "  {:>7} {:>5}  {}  {}  {}",
            c.mentions,
            c.documents,
            c.id,
            c.doc_type.as_deref().unwrap_or("-"),
            c.issuer.as_deref().unwrap_or("-")
        );
    }
    let _ = writeln!(o, "\ndates by year");
    let max = s.dates_by_year.values().copied().max().unwrap_or(1).max(1);
    for (y, n) in &s.dates_by_year {
        let bar = "#".repeat(((n * 40) / max) as usize);
        let _ = writeln!(o, "  {y} {n:>7} {bar}");
    }
    let _ = writeln!(o, "\nmoney totals by currency (mentions, exact sum)");
    for (cur, total) in &s.money_totals {
        let _ = writeln!(o, "  {cur:<4} {:>7}  {total}", s.money_mentions.get(cur).copied().unwrap_or(0));
    }
    o
}
