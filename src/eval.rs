//! `vnextract eval`: scores extraction against hand-made gold (`X.gold.json` beside `X.txt`).
//!
//! Scoring follows DESIGN.md: per category, a predicted item matches a gold item when their spans
//! overlap and the key value agrees (numbers: `value`; durations: `value` and `unit`; dates: `value`, or
//! `start`/`end` against `from`/`to`; directives: `id`; organisations: overlap alone), one to one.
//! A category whose key the gold file leaves out is not scored for that article (an empty list means
//! "annotated, and there are none"). Gold items marked `optional` are neither rewarded nor punished: they absorb a prediction that matches
//! them, and are not counted as missed.
//!
//! Gold `text` is located in the normalised input in order of appearance (normalised the same way, so an
//! old-style or NFD gold text still matches; the parenthesised acronym right after an item with
//! `acronym` is skipped, so the next gold item with that text is its next bare use) and mapped through
//! the structure step. Gold items that fall
//! in text the structure step removes on purpose (the repeated lead) are reported as `removed` and not
//! scored; gold items whose text cannot be found are reported as `unlocated` and counted as missed.
//! Other fields (unit, kind, qualifier, type, issuer…) are reported as attribute accuracy over matches (a
//! value in the gold item's `<field>_alternates` list is right too), and
//! `exact_span` counts the matches whose boundaries agree exactly.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::Value as Json;

use crate::calendar::Ymd;
use crate::error::{Error, Result};
use crate::extract::kinds;
use crate::item::{Kind, json_decimal, span_of};
use crate::normalize::normalize_str;
use crate::output::{Record, Source};
use crate::pipeline::{self, InputDoc, Options};

/// The categories, in report order: every output kind ([`crate::extract::kinds`]).
pub fn categories() -> impl Iterator<Item = &'static str> {
    kinds().iter().map(|k| k.key())
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
    /// "missed" (gold not matched), "false" (prediction not matched), "attribute" (matched, a field differs),
    /// "boundary" (matched by overlap, the span differs).
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

/// Where a gold file's article is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Article {
    /// `X.txt` beside `X.gold.json`: the title on the first line.
    File(PathBuf),
    /// A record of a news archive (`archive` names `ARCHIVE.jsonl.gz`, `id` the record): for gold on
    /// third-party articles kept by id, whose text is read from the archive (title + "\n" + text).
    Archive { archive: String, id: String },
}

/// Finds `(article, gold)` pairs under the given directories or gold files: `X.gold.json` beside an
/// `X.txt`, or a gold file naming its `archive` (and `id`, else `X`).
pub fn find_pairs(paths: &[PathBuf]) -> Vec<(Article, PathBuf)> {
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
            if txt.is_file() {
                return Some((Article::File(txt), g));
            }
            let gold: Json = serde_json::from_str(&std::fs::read_to_string(&g).ok()?).ok()?;
            let archive = gold.get("archive")?.as_str()?.to_string();
            let id = gold.get("id").and_then(Json::as_str).unwrap_or(&name).to_string();
            Some((Article::Archive { archive, id }, g))
        })
        .collect()
}

/// The folder holding the news archives: `$VNEXTRACT_ARCHIVES`, else the first `shared/data/news` found
/// beside the working directory or one of the gold files' folders or their parents.
fn archive_dir(golds: &[&Path]) -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("VNEXTRACT_ARCHIVES") {
        return Some(PathBuf::from(d));
    }
    let cwd = std::env::current_dir().ok();
    let starts = cwd.iter().map(PathBuf::as_path).chain(golds.iter().filter_map(|g| g.parent()));
    starts.flat_map(Path::ancestors).map(|a| a.join("shared/data/news")).find(|d| d.is_dir())
}

/// The articles of `wanted` (archive → ids) as `(title + "\n" + text)`, read from the archives.
fn archive_texts(pairs: &[(Article, PathBuf)]) -> Result<HashMap<(String, String), String>> {
    let mut wanted: HashMap<&str, HashSet<&str>> = HashMap::new();
    for (a, _) in pairs {
        if let Article::Archive { archive, id } = a {
            wanted.entry(archive).or_default().insert(id);
        }
    }
    let mut texts = HashMap::new();
    if wanted.is_empty() {
        return Ok(texts);
    }
    let golds: Vec<&Path> = pairs.iter().map(|(_, g)| g.as_path()).collect();
    let dir = archive_dir(&golds).ok_or_else(|| {
        Error::Input(
            "gold files name news archives, but no shared/data/news folder was found; set VNEXTRACT_ARCHIVES".into(),
        )
    })?;
    for (archive, ids) in wanted {
        let path = dir.join(format!("{archive}.jsonl.gz"));
        let file = std::fs::File::open(&path).map_err(|source| Error::Io { path: path.clone(), source })?;
        let reader = std::io::BufReader::new(flate2::read::MultiGzDecoder::new(file));
        for line in std::io::BufRead::lines(reader) {
            let line = line.map_err(|source| Error::Io { path: path.clone(), source })?;
            let Ok(v) = serde_json::from_str::<Json>(&line) else { continue };
            let Some(id) = v.get("id").and_then(Json::as_str).filter(|id| ids.contains(id)) else { continue };
            let title = v.get("title").and_then(Json::as_str).unwrap_or("").trim();
            let text = v.get("text").and_then(Json::as_str).unwrap_or("");
            texts.insert((archive.to_string(), id.to_string()), format!("{title}\n{text}"));
        }
        if let Some(missing) = ids.iter().find(|id| !texts.contains_key(&(archive.to_string(), id.to_string()))) {
            return Err(Error::Input(format!("{}: no article with id {missing:?}", path.display())));
        }
    }
    Ok(texts)
}

/// Scores every pair found under `paths`.
pub fn evaluate(paths: &[PathBuf], opts: &Options) -> Result<Report> {
    let pairs = find_pairs(paths);
    if pairs.is_empty() {
        return Err(Error::Input(format!("no X.gold.json beside an X.txt (or naming its archive) under {paths:?}")));
    }
    let archived = archive_texts(&pairs)?;
    let mut docs = Vec::new();
    for (article, gold) in &pairs {
        let (raw, id, source) = match article {
            Article::File(txt) => (
                read(txt)?,
                txt.file_stem().and_then(|s| s.to_str()).unwrap_or("doc").to_string(),
                txt.display().to_string(),
            ),
            Article::Archive { archive, id } => {
                let key = (archive.clone(), id.clone());
                (archived[&key].clone(), id.clone(), format!("{archive}.jsonl.gz#{id}"))
            }
        };
        docs.push(evaluate_one(raw, id, source, gold, opts)?);
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

/// Scores one article (`raw`: the title on the first line) against its gold.
pub fn evaluate_one(raw: String, id: String, source: String, gold_path: &Path, opts: &Options) -> Result<DocReport> {
    let gold: Json = serde_json::from_str(&read(gold_path)?)
        .map_err(|e| Error::Input(format!("{}: not valid JSON: {e}", gold_path.display())))?;
    let published = gold.get("date").and_then(Json::as_str).map(str::to_string);
    let input = InputDoc {
        id: id.clone(),
        source: Source { path: source, line: None },
        text: raw.clone(),
        published: published.clone(),
        ..InputDoc::default()
    };
    let rec = pipeline::process(&input, opts);
    let a = pipeline::analyse(&raw, published.as_deref().and_then(Ymd::parse), opts);
    let out_text = &a.article.text;
    let byte_to_char = |b: usize| out_text[..b].chars().count();

    let mut report = DocReport { id, scores: BTreeMap::new(), mistakes: Vec::new() };
    for kind in kinds() {
        let cat = kind.key();
        let mut score = Score::default();
        // A gold file without a category's key did not annotate it: that category is not scored.
        let Some(items) = gold.get(cat).and_then(Json::as_array) else { continue };
        // Locate gold items in order of appearance.
        let mut located = Vec::new();
        let mut cursor = 0;
        let mut outer = None;
        for item in items {
            let optional = item.get("optional").and_then(Json::as_bool).unwrap_or(false);
            let Some(t) = item.get("text").and_then(Json::as_str) else { continue };
            let needle = normalize_str(t, &opts.normalize);
            let hay = &a.normalized.text;
            // A `nested` item lies inside the item before it ("năm 2018" inside "từ năm 1993 đến năm 2018"):
            // it is looked for there first, and the cursor stays at the end of the outer item.
            let nested = item.get("nested").and_then(Json::as_bool).unwrap_or(false);
            let inside = outer
                .filter(|_| nested)
                .and_then(|(s, e): (usize, usize)| hay.get(s..e).and_then(|h| h.find(&needle)).map(|p| p + s));
            let found = inside
                .or_else(|| find_token(hay, cursor, &needle))
                .or_else(|| hay[cursor..].find(&needle).map(|p| p + cursor))
                .or_else(|| hay.find(&needle));
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
            if inside.is_none() {
                cursor = start + needle.len();
                outer = Some((start, cursor));
            }
            // "Ngân hàng Châu Á (ADB)", "… (VNPT, đơn vị …)": the parenthesised acronym belongs to this item,
            // so a later gold item "ADB" is the next bare use, not the one in the parenthesis.
            if let Some(acr) = item.get("acronym").and_then(Json::as_str) {
                let paren = format!("({}", normalize_str(acr, &opts.normalize));
                let rest = &hay[cursor..];
                let skip = rest.len() - rest.trim_start().len();
                let after = rest[skip..].strip_prefix(paren.as_str());
                if let Some(after) = after.filter(|r| r.starts_with([')', ','])) {
                    cursor += skip + paren.len() + usize::from(after.starts_with(')'));
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
                    .position(|(i, p)| !used[i] && overlaps(g.span, span_of(p)) && kind.key_agrees(g.item, p));
                match hit {
                    Some(i) => {
                        used[i] = true;
                        if !pass_optional {
                            score.tp += 1;
                            // Boundaries: matching needs only overlap; this counts the exact ones.
                            let exact = score.attributes.entry("exact_span".to_string()).or_default();
                            exact[1] += 1;
                            // An alternate span the annotator accepted is exact too (ANNOTATING.md).
                            let pred_text = preds[i].get("text").and_then(Json::as_str).unwrap_or("");
                            let alternate = g
                                .item
                                .get("alternates")
                                .and_then(Json::as_array)
                                .is_some_and(|alts| alts.iter().any(|a| a.as_str() == Some(pred_text)));
                            let is_exact = span_of(&preds[i]) == g.span || alternate;
                            exact[0] += usize::from(is_exact);
                            if !is_exact {
                                report.mistakes.push(Mistake {
                                    category: cat.into(),
                                    what: "boundary".into(),
                                    text: g.item.get("text").and_then(Json::as_str).unwrap_or("").into(),
                                    detail: format!("predicted {pred_text:?}"),
                                });
                            }
                            compare_attributes(*kind, g.item, &preds[i], &mut score, &mut report.mistakes, opts);
                        }
                    }
                    None if !pass_optional => {
                        score.fn_ += 1;
                        report.mistakes.push(Mistake {
                            category: cat.into(),
                            what: "missed".into(),
                            text: g.item.get("text").and_then(Json::as_str).unwrap_or("").into(),
                            detail: describe(*kind, g.item),
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
                    detail: describe(*kind, p),
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

fn overlaps(a: [usize; 2], b: [usize; 2]) -> bool {
    a[0] < b[1] && b[0] < a[1]
}

fn canon(v: &Json, opts: &Options) -> String {
    match v {
        Json::String(s) => normalize_str(s, &opts.normalize),
        Json::Number(n) => json_decimal(Some(v)).map_or_else(|| n.to_string(), |d| d.to_string()),
        other => other.to_string(),
    }
}

fn compare_attributes(
    kind: &dyn Kind,
    gold: &Json,
    pred: &Json,
    score: &mut Score,
    out: &mut Vec<Mistake>,
    opts: &Options,
) {
    for &attr in kind.attributes() {
        let Some(g) = gold.get(attr) else { continue };
        let p = pred.get(attr).unwrap_or(&Json::Null);
        // Other values the annotator accepted: `title_alternates`, `issuer_alternates`…
        let alternates = gold.get(format!("{attr}_alternates").as_str()).and_then(Json::as_array);
        let right = canon(g, opts) == canon(p, opts)
            || alternates.is_some_and(|alts| alts.iter().any(|a| canon(a, opts) == canon(p, opts)));
        let e = score.attributes.entry(attr.to_string()).or_default();
        e[1] += 1;
        if right {
            e[0] += 1;
        } else {
            out.push(Mistake {
                category: kind.key().into(),
                what: "attribute".into(),
                text: gold.get("text").and_then(Json::as_str).unwrap_or("").into(),
                detail: format!("{attr}: gold {g}, predicted {p}"),
            });
        }
    }
}

fn describe(kind: &dyn Kind, item: &Json) -> String {
    kind.describe()
        .iter()
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
    for cat in categories() {
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
    for cat in categories() {
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
    // Scored as if a match needed its exact boundaries (or an alternate the gold accepts).
    let mut first = true;
    for cat in categories() {
        let Some(c) = report.categories.get(cat) else { continue };
        let Some([exact, _]) = c.attributes.get("exact_span") else { continue };
        if first {
            let _ = writeln!(s, "with exact boundaries:");
            first = false;
        }
        // Predictions matched to optional gold are neither right nor wrong, as in the overlap scores.
        let p = *exact as f64 / (c.tp + c.fp).max(1) as f64;
        let r = *exact as f64 / c.gold.max(1) as f64;
        let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        let _ = writeln!(s, "  {cat}: P {p:.3} R {r:.3} F1 {f1:.3}");
    }
    s
}

/// For a gold text that starts with a digit, its first occurrence in `hay` from `from` that is not inside a
/// longer number (a gold "1" is the "1" of "1 trong 5", not the one of "135 giây").
fn find_token(hay: &str, from: usize, needle: &str) -> Option<usize> {
    if !needle.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    hay[from..]
        .match_indices(needle)
        .map(|(p, _)| p + from)
        .find(|&p| !alnum(hay[..p].chars().next_back()) && !alnum(hay[p + needle.len()..].chars().next()))
}

#[cfg(test)]
mod tests {
    use super::find_token;

    /// A gold number is found as a whole number, not inside a longer one; other texts are left to the plain
    /// search.
    #[test]
    fn gold_numbers_are_found_whole() {
        let hay = "sau 135 giây, anh là 1 trong 5 tiền đạo; 1";
        assert_eq!(find_token(hay, 0, "1"), hay.find("1 trong"));
        assert_eq!(find_token(hay, hay.find("5 tiền").unwrap(), "1"), Some(hay.len() - 1));
        assert_eq!(find_token(hay, 0, "tiền"), None);
    }
}
