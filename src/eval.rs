//! `vnextract eval`: scores extraction against hand-made gold (`X.gold.json` beside `X.txt`).
//!
//! Scoring follows DESIGN.md: per category, a predicted item matches a gold item when their spans
//! overlap and the key value agrees (numbers: `value`; durations: `value` and `unit`; dates: `value`, or
//! `start`/`end` against `from`/`to`; directives: `id`; organisations: overlap alone), one to one.
//! Gold items marked `optional` are neither rewarded nor punished: they absorb a prediction that matches
//! them, and are not counted as missed.
//!
//! Gold `text` is located in the normalised input in order of appearance (normalised the same way, so an
//! old-style or NFD gold text still matches; the parenthesised acronym right after an item with
//! `acronym` is skipped, so the next gold item with that text is its next bare use) and mapped through
//! the structure step. Gold items that fall
//! in text the structure step removes on purpose (the repeated lead) are reported as `removed` and not
//! scored; gold items whose text cannot be found are reported as `unlocated` and counted as missed.
//! Other fields (unit, kind, qualifier, type, issuer…) are reported as attribute accuracy over matches, and
//! `exact_span` counts the matches whose boundaries agree exactly.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::Value as Json;

use crate::calendar::Ymd;
use crate::decimal::Decimal;
use crate::error::{Error, Result};
use crate::normalize::normalize_str;
use crate::output::{Record, Source};
use crate::pipeline::{self, InputDoc, Options};

/// The categories, in report order.
pub const CATEGORIES: [&str; 5] = ["numbers", "durations", "dates", "organisations", "directives"];

/// Fields compared on matched pairs, per category.
fn attributes(cat: &str) -> &'static [&'static str] {
    match cat {
        "numbers" => &["unit", "kind", "qualifier", "value_to"],
        "dates" => &["year_inferred"],
        "organisations" => &["acronym", "expanded", "country"],
        "directives" => &["type", "date", "issuer", "title"],
        _ => &[],
    }
}

/// Counts for one category.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Score {
    pub gold: usize,
    pub predicted: usize,
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
    /// Gold items whose text was not found in the article (counted in `fn`).
    pub unlocated: usize,
    /// Gold items in text that the structure step removed (not scored).
    pub removed: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Attribute → [right, total] over matched items whose gold has that attribute; `exact_span`: matches
    /// whose span equals the gold span.
    pub attributes: BTreeMap<String, [usize; 2]>,
}

impl Score {
    fn add(&mut self, o: &Score) {
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
        self.unlocated += o.unlocated;
        self.removed += o.removed;
        for (k, v) in &o.attributes {
            let e = self.attributes.entry(k.clone()).or_default();
            e[0] += v[0];
            e[1] += v[1];
        }
    }

    fn finish(&mut self) {
        let p = if self.tp + self.fp == 0 { 1.0 } else { self.tp as f64 / (self.tp + self.fp) as f64 };
        let r = if self.tp + self.fn_ == 0 { 1.0 } else { self.tp as f64 / (self.tp + self.fn_) as f64 };
        self.precision = p;
        self.recall = r;
        self.f1 = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    }
}

/// One scoring mistake, for `--show`.
#[derive(Clone, Debug, Serialize)]
pub struct Mistake {
    pub category: String,
    /// "missed" (gold not matched), "false" (prediction not matched), "attribute" (matched, a field differs).
    pub what: String,
    pub text: String,
    pub detail: String,
}

/// Results for one article.
#[derive(Clone, Debug, Serialize)]
pub struct DocReport {
    pub id: String,
    pub scores: BTreeMap<String, Score>,
    pub mistakes: Vec<Mistake>,
}

/// The whole evaluation.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub documents: usize,
    pub categories: BTreeMap<String, Score>,
    pub micro: Score,
    pub docs: Vec<DocReport>,
}

/// Finds `(article, gold)` pairs under the given directories or gold files.
pub fn find_pairs(paths: &[PathBuf]) -> Vec<(PathBuf, PathBuf)> {
    let mut golds = Vec::new();
    for p in paths {
        if p.is_dir() {
            for e in walkdir::WalkDir::new(p).sort_by_file_name().into_iter().filter_map(Result::ok) {
                golds.push(e.into_path());
            }
        } else {
            golds.push(p.clone());
        }
    }
    golds
        .into_iter()
        .filter_map(|g| {
            let name = g.file_name()?.to_str()?.strip_suffix(".gold.json")?.to_string();
            let txt = g.with_file_name(format!("{name}.txt"));
            txt.is_file().then_some((txt, g))
        })
        .collect()
}

/// Scores every pair found under `paths`.
pub fn evaluate(paths: &[PathBuf], opts: &Options) -> Result<Report> {
    let pairs = find_pairs(paths);
    if pairs.is_empty() {
        return Err(Error::Input(format!("no X.gold.json beside an X.txt under {paths:?}")));
    }
    let mut docs = Vec::new();
    for (txt, gold) in &pairs {
        docs.push(evaluate_one(txt, gold, opts)?);
    }
    let mut categories: BTreeMap<String, Score> = BTreeMap::new();
    let mut micro = Score::default();
    for d in &docs {
        for (c, s) in &d.scores {
            categories.entry(c.clone()).or_default().add(s);
            micro.add(s);
        }
    }
    for s in categories.values_mut() {
        s.finish();
    }
    micro.attributes.clear();
    micro.finish();
    Ok(Report { documents: docs.len(), categories, micro, docs })
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })
}

struct Located<'a> {
    span: [usize; 2],
    item: &'a Json,
    optional: bool,
}

/// Scores one article against its gold.
pub fn evaluate_one(txt: &Path, gold_path: &Path, opts: &Options) -> Result<DocReport> {
    let raw = read(txt)?;
    let gold: Json = serde_json::from_str(&read(gold_path)?)
        .map_err(|e| Error::Input(format!("{}: not valid JSON: {e}", gold_path.display())))?;
    let published = gold.get("date").and_then(Json::as_str).map(str::to_string);
    let id = txt.file_stem().and_then(|s| s.to_str()).unwrap_or("doc").to_string();
    let input = InputDoc {
        id: id.clone(),
        source: Source { path: txt.display().to_string(), line: None },
        text: raw.clone(),
        published: published.clone(),
        ..InputDoc::default()
    };
    let rec = pipeline::process(&input, opts);
    let a = pipeline::analyse(&raw, published.as_deref().and_then(Ymd::parse), opts);
    let out_text = &a.article.text;
    let byte_to_char = |b: usize| out_text[..b].chars().count();

    let mut report = DocReport { id, scores: BTreeMap::new(), mistakes: Vec::new() };
    for cat in CATEGORIES {
        let mut score = Score::default();
        let empty = Vec::new();
        let items = gold.get(cat).and_then(Json::as_array).unwrap_or(&empty);
        // Locate gold items in order of appearance.
        let mut located = Vec::new();
        let mut cursor = 0;
        for item in items {
            let optional = item.get("optional").and_then(Json::as_bool).unwrap_or(false);
            let Some(t) = item.get("text").and_then(Json::as_str) else { continue };
            let needle = normalize_str(t, &opts.normalize);
            let hay = &a.normalized.text;
            let found = hay[cursor..].find(&needle).map(|p| p + cursor).or_else(|| hay.find(&needle));
            let Some(start) = found.filter(|_| !needle.is_empty()) else {
                if !optional {
                    score.gold += 1;
                    score.unlocated += 1;
                    score.fn_ += 1;
                    report.mistakes.push(Mistake {
                        category: cat.into(),
                        what: "missed".into(),
                        text: t.into(),
                        detail: "gold text not found in the article".into(),
                    });
                }
                continue;
            };
            cursor = start + needle.len();
            // "Ngân hàng Châu Á (ADB)": the parenthesised acronym belongs to this item, so a later gold
            // item "ADB" is the next bare use, not the one in the parenthesis.
            if let Some(acr) = item.get("acronym").and_then(Json::as_str) {
                let paren = format!("({})", normalize_str(acr, &opts.normalize));
                let rest = &hay[cursor..];
                let skip = rest.len() - rest.trim_start().len();
                if rest[skip..].starts_with(&paren) {
                    cursor += skip + paren.len();
                }
            }
            match (a.article.map_offset(start), a.article.map_offset(start + needle.len())) {
                (Some(s), Some(e)) if s <= e => {
                    located.push(Located { span: [byte_to_char(s), byte_to_char(e)], item, optional })
                }
                _ => {
                    if !optional {
                        score.removed += 1;
                    }
                }
            }
        }
        let preds: Vec<Json> = record_items(&rec, cat);
        score.predicted = preds.len();
        let mut used = vec![false; preds.len()];
        for pass_optional in [false, true] {
            for g in located.iter().filter(|g| g.optional == pass_optional) {
                if !pass_optional {
                    score.gold += 1;
                }
                let hit = preds
                    .iter()
                    .enumerate()
                    .position(|(i, p)| !used[i] && overlaps(g.span, span_of(p)) && key_agrees(cat, g.item, p));
                match hit {
                    Some(i) => {
                        used[i] = true;
                        if !pass_optional {
                            score.tp += 1;
                            // Boundaries: matching needs only overlap; this counts the exact ones.
                            let exact = score.attributes.entry("exact_span".to_string()).or_default();
                            exact[1] += 1;
                            exact[0] += usize::from(span_of(&preds[i]) == g.span);
                            compare_attributes(cat, g.item, &preds[i], &mut score, &mut report.mistakes, opts);
                        }
                    }
                    None if !pass_optional => {
                        score.fn_ += 1;
                        report.mistakes.push(Mistake {
                            category: cat.into(),
                            what: "missed".into(),
                            text: g.item.get("text").and_then(Json::as_str).unwrap_or("").into(),
                            detail: describe(cat, g.item),
                        });
                    }
                    None => {}
                }
            }
        }
        for (i, p) in preds.iter().enumerate() {
            if !used[i] {
                score.fp += 1;
                report.mistakes.push(Mistake {
                    category: cat.into(),
                    what: "false".into(),
                    text: p.get("text").and_then(Json::as_str).unwrap_or("").into(),
                    detail: describe(cat, p),
                });
            }
        }
        score.finish();
        report.scores.insert(cat.to_string(), score);
    }
    Ok(report)
}

fn record_items(rec: &Record, cat: &str) -> Vec<Json> {
    let v = serde_json::to_value(rec).unwrap_or(Json::Null);
    v.get(cat).and_then(Json::as_array).cloned().unwrap_or_default()
}

fn span_of(p: &Json) -> [usize; 2] {
    let s = p.get("span").and_then(Json::as_array);
    let at = |i: usize| s.and_then(|s| s.get(i)).and_then(Json::as_u64).unwrap_or(0) as usize;
    [at(0), at(1)]
}

fn overlaps(a: [usize; 2], b: [usize; 2]) -> bool {
    a[0] < b[1] && b[0] < a[1]
}

fn decimal(v: Option<&Json>) -> Option<Decimal> {
    match v? {
        Json::Number(n) => Decimal::parse(&n.to_string()),
        Json::String(s) => Decimal::parse(s),
        _ => None,
    }
}

fn str_or_null(v: Option<&Json>) -> Option<String> {
    v.and_then(Json::as_str).map(str::to_string)
}

fn key_agrees(cat: &str, gold: &Json, pred: &Json) -> bool {
    match cat {
        "numbers" => decimal(gold.get("value")) == decimal(pred.get("value")),
        "durations" => decimal(gold.get("value")) == decimal(pred.get("value")) && gold.get("unit") == pred.get("unit"),
        "dates" => {
            if gold.get("start").is_some() || gold.get("end").is_some() {
                str_or_null(gold.get("start")) == str_or_null(pred.get("from"))
                    && str_or_null(gold.get("end")) == str_or_null(pred.get("to"))
            } else {
                str_or_null(gold.get("value")) == str_or_null(pred.get("value"))
            }
        }
        "directives" => str_or_null(gold.get("id")) == str_or_null(pred.get("id")),
        _ => true,
    }
}

fn canon(v: &Json, opts: &Options) -> String {
    match v {
        Json::String(s) => normalize_str(s, &opts.normalize),
        Json::Number(n) => decimal(Some(v)).map_or_else(|| n.to_string(), |d| d.to_string()),
        other => other.to_string(),
    }
}

fn compare_attributes(cat: &str, gold: &Json, pred: &Json, score: &mut Score, out: &mut Vec<Mistake>, opts: &Options) {
    for &attr in attributes(cat) {
        let Some(g) = gold.get(attr) else { continue };
        let p = pred.get(attr).unwrap_or(&Json::Null);
        let right = canon(g, opts) == canon(p, opts);
        let e = score.attributes.entry(attr.to_string()).or_default();
        e[1] += 1;
        if right {
            e[0] += 1;
        } else {
            out.push(Mistake {
                category: cat.into(),
                what: "attribute".into(),
                text: gold.get("text").and_then(Json::as_str).unwrap_or("").into(),
                detail: format!("{attr}: gold {g}, predicted {p}"),
            });
        }
    }
}

fn describe(cat: &str, item: &Json) -> String {
    let keys: &[&str] = match cat {
        "numbers" => &["value", "value_to", "unit", "kind", "qualifier"],
        "durations" => &["value", "unit"],
        "dates" => &["value", "start", "end", "from", "to"],
        "directives" => &["id", "type"],
        _ => &["kind", "acronym"],
    };
    keys.iter()
        .filter_map(|k| item.get(*k).filter(|v| !v.is_null()).map(|v| format!("{k}={v}")))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The report as a text table.
pub fn render(report: &Report, show: bool) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    if show {
        for d in &report.docs {
            if d.mistakes.is_empty() {
                continue;
            }
            let _ = writeln!(s, "== {}", d.id);
            for m in &d.mistakes {
                let _ = writeln!(s, "  {:<13} {:<9} {:?}  {}", m.category, m.what, m.text, m.detail);
            }
        }
        s.push('\n');
    }
    let _ = writeln!(s, "{} documents", report.documents);
    let _ = writeln!(
        s,
        "{:<14} {:>5} {:>5} {:>5} {:>5} {:>5} {:>7} {:>7} {:>7}",
        "category", "gold", "pred", "tp", "fp", "fn", "P", "R", "F1"
    );
    let row = |s: &mut String, name: &str, c: &Score| {
        let _ = writeln!(
            s,
            "{:<14} {:>5} {:>5} {:>5} {:>5} {:>5} {:>7.3} {:>7.3} {:>7.3}",
            name, c.gold, c.predicted, c.tp, c.fp, c.fn_, c.precision, c.recall, c.f1
        );
    };
    for cat in CATEGORIES {
        if let Some(c) = report.categories.get(cat) {
            row(&mut s, cat, c);
        }
    }
    row(&mut s, "micro", &report.micro);
    let (unlocated, removed): (usize, usize) =
        report.categories.values().fold((0, 0), |acc, c| (acc.0 + c.unlocated, acc.1 + c.removed));
    if unlocated + removed > 0 {
        let _ = writeln!(
            s,
            "gold items not found in the text: {unlocated}; in text removed by structure (not scored): {removed}"
        );
    }
    let mut first = true;
    for cat in CATEGORIES {
        let Some(c) = report.categories.get(cat) else { continue };
        for (attr, [right, total]) in &c.attributes {
            if first {
                let _ = writeln!(s, "attribute accuracy over matches:");
                first = false;
            }
            let _ =
                writeln!(s, "  {cat}.{attr}: {right}/{total} ({:.1}%)", 100.0 * *right as f64 / (*total).max(1) as f64);
        }
    }
    s
}
