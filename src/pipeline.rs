//! normalise → structure → extract → resolve → [`Record`].
//!
//! [`process`] turns one [`InputDoc`] into one [`Record`]; it cannot fail (bad *input* is reported by the
//! reader as an error record before it gets here). [`analyse`] exposes the intermediate steps for the
//! evaluator, which needs to map gold spans through normalisation and structure.

use crate::article::{self, Article};
use crate::calendar::Ymd;
use crate::extract::{self, Entity, REGISTRY};
use crate::normalize::{self, Normalized, ToneStyle, tone};
use crate::output::{DateItem, DirectiveItem, Record, Source};

/// Pipeline settings.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    pub normalize: normalize::Options,
}

/// One input document, as read from a file or a JSON line.
#[derive(Clone, Debug, Default)]
pub struct InputDoc {
    pub id: String,
    pub source: Source,
    /// Title given apart from the text (JSON `title`); else the first line of `text` is the title.
    pub title: Option<String>,
    pub text: String,
    /// Publication date as given (`YYYY-MM-DD` or `YYYYMMDD`).
    pub published: Option<String>,
    pub outlet: Option<String>,
    /// Legacy encoding the text was converted from.
    pub encoding: Option<String>,
    pub warnings: Vec<String>,
    pub meta: serde_json::Map<String, serde_json::Value>,
}

/// The intermediate results of one document.
#[derive(Clone, Debug)]
pub struct Analysis {
    /// The whole input (title line + text) after normalisation.
    pub normalized: Normalized,
    /// Structure of the normalised text; `article.text` is the output text.
    pub article: Article,
    /// Resolved entities, byte spans into `article.text`, sorted by start.
    pub entities: Vec<Entity>,
}

/// The full text to analyse: the title as the first line, then the body.
pub fn full_text(title: Option<&str>, text: &str) -> String {
    match title.map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => {
            let mut s = String::with_capacity(t.len() + 1 + text.len());
            s.push_str(t);
            s.push('\n');
            s.push_str(text);
            s
        }
        None => text.to_string(),
    }
}

/// Normalises, structures and extracts from `full` (title on the first line).
pub fn analyse(full: &str, published: Option<Ymd>, opts: &Options) -> Analysis {
    let normalized = normalize::normalize(full, &opts.normalize);
    let article = article::structure(&normalized.text);
    let triggers = extract::find_triggers(&article.text);
    let mut ranked: Vec<(usize, Entity)> = Vec::new();
    for rank in 0..REGISTRY.len() {
        extract_with(rank, &article.text, &triggers, published, &mut ranked);
    }
    let entities = resolve(ranked);
    Analysis { normalized, article, entities }
}

/// Runs `REGISTRY[rank]` over `text`, adding its entities (with sound spans) to `ranked`.
fn extract_with(
    rank: usize,
    text: &str,
    triggers: &extract::Triggers,
    published: Option<Ymd>,
    ranked: &mut Vec<(usize, Entity)>,
) {
    let mut found = Vec::new();
    REGISTRY[rank].extract(&triggers.doc(rank, text, published), &mut found);
    ranked.extend(found.into_iter().filter(|e| e.start < e.end && e.end <= text.len()).map(|e| (rank, e)));
}

/// Overlaps: leftmost-longest wins, ties by registry order; but a year written in a document's name is a
/// date too ("Bộ luật Hình sự năm 2015", "Chiến lược … đến năm 2020"), kept inside the directive.
fn resolve(mut ranked: Vec<(usize, Entity)>) -> Vec<Entity> {
    ranked.sort_by(|(ra, a), (rb, b)| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(ra.cmp(rb)));
    let mut at = 0;
    // The last directive kept: a year inside it is kept too.
    let mut named: Option<(usize, usize)> = None;
    ranked.retain(|(_, e)| {
        if e.start >= at {
            at = e.end;
            named = e.get::<DirectiveItem>().map(|_| (e.start, e.end));
            return true;
        }
        named.is_some_and(|(s, end)| s <= e.start && e.end <= end) && e.get::<DateItem>().is_some_and(year_of_a_name)
    });
    ranked.into_iter().map(|(_, e)| e).collect()
}

/// A date that a document's name may hold: a year, or years ("2016-2020"), as written, not relative.
fn year_of_a_name(d: &DateItem) -> bool {
    let year = |v: &Option<String>| v.as_deref().is_some_and(|v| v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit()));
    !d.relative && (year(&d.value) || year(&d.from) && year(&d.to))
}

/// Processes one document into its output record.
pub fn process(input: &InputDoc, opts: &Options) -> Record {
    let (warnings, published, full, encoding) = prepare(input);
    let a = analyse(&full, published, &NEW_STYLE);
    record(input, warnings, published, encoding, a.article, a.entities, opts)
}

/// Extractors and their lexicons read the new tone style; the old style, when asked for, is applied to
/// the output afterwards (a tone move keeps every length, so spans stay valid).
const NEW_STYLE: Options = Options { normalize: normalize::Options { tone: ToneStyle::New } };

/// [`process`] for several documents, stage by stage: each stage (normalising and structuring, the
/// trigger pass, each extractor) runs over every document before the next stage starts, so that its
/// automata and tables stay in the cache from one document to the next instead of being evicted by the
/// other stages'. Each document's record is the one [`process`] makes, or the panic that stopped its
/// processing (the later stages skip it; the other documents go on).
pub fn process_each(inputs: &[&InputDoc], opts: &Options) -> Vec<std::thread::Result<Record>> {
    use std::panic::{AssertUnwindSafe, catch_unwind};
    /// A document between stages.
    struct Staged<'a> {
        input: &'a InputDoc,
        warnings: Vec<String>,
        published: Option<Ymd>,
        encoding: Option<String>,
        article: Article,
        scan: Option<extract::TriggerScan>,
        triggers: Option<extract::Triggers>,
        ranked: Vec<(usize, Entity)>,
    }
    let mut docs: Vec<std::thread::Result<Staged<'_>>> = inputs
        .iter()
        .map(|input| {
            catch_unwind(AssertUnwindSafe(|| {
                let (warnings, published, full, encoding) = prepare(input);
                let article = article::structure(&normalize::normalize(&full, &NEW_STYLE.normalize).text);
                Staged { input, warnings, published, encoding, article, scan: None, triggers: None, ranked: Vec::new() }
            }))
        })
        .collect();
    let each = |docs: &mut Vec<std::thread::Result<Staged<'_>>>, stage: &dyn Fn(&mut Staged<'_>)| {
        for slot in docs.iter_mut() {
            if let Ok(d) = slot {
                if let Err(panic) = catch_unwind(AssertUnwindSafe(|| stage(d))) {
                    *slot = Err(panic);
                }
            }
        }
    };
    // The trigger pass, one automaton after the other over every document.
    each(&mut docs, &|d| d.scan = Some(extract::TriggerScan::new(&d.article.text)));
    for k in 0..extract::TriggerScan::automata() {
        each(&mut docs, &|d| {
            if let Some(scan) = &mut d.scan {
                scan.step(k, &d.article.text);
            }
        });
    }
    each(&mut docs, &|d| d.triggers = d.scan.take().map(extract::TriggerScan::finish));
    for rank in 0..REGISTRY.len() {
        each(&mut docs, &|d| {
            if let Some(triggers) = &d.triggers {
                extract_with(rank, &d.article.text, triggers, d.published, &mut d.ranked);
            }
        });
    }
    docs.into_iter()
        .map(|slot| {
            let mut d = slot?;
            // The lower-cased text and the hits are done with: freed before the record is made.
            d.triggers = None;
            catch_unwind(AssertUnwindSafe(|| {
                let entities = resolve(d.ranked);
                record(d.input, d.warnings, d.published, d.encoding, d.article, entities, opts)
            }))
        })
        .collect()
}

/// The warnings, publication date, text to analyse (title on the first line, mojibake repaired) and
/// legacy encoding of `input`.
fn prepare(input: &InputDoc) -> (Vec<String>, Option<Ymd>, String, Option<String>) {
    let mut warnings = input.warnings.clone();
    let published = match input.published.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        Some(p) => {
            let d = Ymd::parse(p);
            if d.is_none() {
                warnings.push(format!("publication date {p:?} is not YYYY-MM-DD or YYYYMMDD; ignored"));
            }
            d
        }
        None => None,
    };
    let mut full = full_text(input.title.as_deref(), &input.text);
    let mut encoding = input.encoding.clone();
    if let Some((fixed, enc)) = normalize::legacy::repair_mojibake(&full) {
        warnings.push(format!("text held {enc} characters read as Windows-1252; repaired"));
        encoding = encoding.or_else(|| Some(enc.to_string()));
        full = fixed;
    }
    (warnings, published, full, encoding)
}

/// The record of `input`, from its article and entities.
fn record(
    input: &InputDoc,
    warnings: Vec<String>,
    published: Option<Ymd>,
    encoding: Option<String>,
    article: Article,
    entities: Vec<Entity>,
    opts: &Options,
) -> Record {
    let mut rec = Record {
        id: input.id.clone(),
        source: input.source.clone(),
        error: None,
        title: article.title,
        outlet: article.outlet.or_else(|| input.outlet.clone()),
        author: article.author,
        published: published.map(|d| d.to_string()),
        encoding,
        captions: article.captions,
        warnings,
        meta: input.meta.clone(),
        ..Record::default()
    };
    fill(&mut rec, &article.text, entities);
    rec.text = article.text;
    if opts.normalize.tone != ToneStyle::New {
        restyle_record(&mut rec, opts.normalize.tone);
    }
    rec
}

/// Applies a tone style to every text field of a record that comes from the article.
fn restyle_record(rec: &mut Record, style: ToneStyle) {
    let fix = |s: &mut String| *s = tone::restyle(s, style);
    fix(&mut rec.text);
    for s in [&mut rec.title, &mut rec.author].into_iter().flatten() {
        fix(s);
    }
    rec.captions.iter_mut().for_each(fix);
    for kind in extract::kinds() {
        kind.restyle(rec, &fix);
    }
}

/// Converts byte spans to char spans in one pass and distributes entities into the record's lists.
fn fill(rec: &mut Record, text: &str, entities: Vec<Entity>) {
    let mut offsets: Vec<usize> = entities.iter().flat_map(|e| [e.start, e.end]).collect();
    offsets.sort_unstable();
    offsets.dedup();
    let mut chars = Vec::with_capacity(offsets.len());
    let (mut byte, mut count) = (0usize, 0usize);
    let bytes = text.as_bytes();
    for &o in &offsets {
        let o = o.min(bytes.len());
        count += char_count(&bytes[byte..o]);
        byte = o;
        chars.push(count);
    }
    let char_of = |b: usize| chars[offsets.partition_point(|&o| o < b)];
    for e in entities {
        let span = [char_of(e.start), char_of(e.end)];
        e.item.place(text[e.start..e.end].to_string(), span, rec);
    }
    for kind in extract::kinds() {
        kind.finish(rec);
    }
}

/// The characters in `b` (whole UTF-8 sequences): the bytes that do not continue a sequence, eight at a
/// time.
fn char_count(b: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = b.chunks_exact(8);
    // A continuation byte is 0b10xx_xxxx: its high bit set and the next one clear.
    let continuing = chunks
        .by_ref()
        .map(|c| {
            let w = u64::from_le_bytes(c.try_into().expect("eight bytes"));
            (w & !(w << 1) & HIGH).count_ones() as usize
        })
        .sum::<usize>();
    b.len() - continuing - chunks.remainder().iter().filter(|&&x| (x as i8) < -0x40).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::NumberItem;

    fn num(start: usize, end: usize) -> Entity {
        let item = NumberItem {
            text: String::new(),
            span: [0, 0],
            value: crate::decimal::Decimal::from_int(1),
            value_to: None,
            qualifier_to: None,
            unit: None,
            kind: crate::output::NumberKind::Number,
            qualifier: Default::default(),
            subject: None,
            trend: None,
            per: None,
        };
        Entity::new(start, end, item)
    }

    fn date(start: usize, end: usize) -> Entity {
        Entity::new(start, end, DateItem::default())
    }

    /// A year inside a directive's span is kept as a date; a number or a day inside it is not.
    #[test]
    fn resolve_keeps_a_year_in_a_documents_name() {
        let year = |s, e, v: &str| Entity::new(s, e, DateItem { value: Some(v.into()), ..DateItem::default() });
        let law = Entity::new(0, 20, DirectiveItem::default());
        let kept = resolve(vec![(4, law), (1, year(12, 20, "2015")), (1, year(5, 9, "--03-17")), (2, num(3, 4))]);
        let spans: Vec<_> = kept.iter().map(|e| (e.start, e.end)).collect();
        assert_eq!(spans, vec![(0, 20), (12, 20)]);
        // Outside a directive, overlaps resolve as before.
        let kept = resolve(vec![(2, num(0, 20)), (1, year(12, 20, "2015"))]);
        assert_eq!(kept.len(), 1);
    }

    #[test]
    fn resolve_leftmost_longest_then_registry_order() {
        let kept =
            resolve(vec![(2, num(0, 4)), (1, date(0, 9)), (2, num(10, 12)), (1, date(10, 12)), (2, num(11, 20))]);
        let spans: Vec<_> = kept.iter().map(|e| (e.start, e.end, e.get::<DateItem>().is_some())).collect();
        assert_eq!(spans, vec![(0, 9, true), (10, 12, true)]);
    }

    /// Stage by stage, every document of the corpus gets the record it gets alone, in both tone styles and
    /// with publication dates good and bad.
    #[test]
    fn stage_by_stage_is_one_by_one() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut docs: Vec<InputDoc> = Vec::new();
        for e in std::fs::read_dir(dir).unwrap() {
            let path = e.unwrap().path();
            if path.extension().is_some_and(|x| x == "txt") {
                let published = ["2017-02-06", "6/2/2017"][docs.len() % 2].to_string();
                let text = std::fs::read_to_string(&path).unwrap();
                docs.push(InputDoc {
                    id: docs.len().to_string(),
                    text,
                    published: Some(published),
                    ..Default::default()
                });
            }
        }
        assert!(docs.len() >= 10, "the corpus holds our articles");
        let refs: Vec<&InputDoc> = docs.iter().collect();
        for tone in [ToneStyle::New, ToneStyle::Old] {
            let opts = Options { normalize: normalize::Options { tone } };
            for (doc, rec) in docs.iter().zip(process_each(&refs, &opts)) {
                let rec = rec.unwrap_or_else(|_| panic!("document {} panicked", doc.id));
                assert_eq!(rec, process(doc, &opts), "document {} ({tone:?})", doc.id);
                let mut line = Vec::new();
                rec.write_json(&mut line).unwrap();
                assert_eq!(line, serde_json::to_vec(&rec).unwrap(), "document {}: write_json is serde's", doc.id);
            }
        }
    }

    #[test]
    fn char_count_counts_characters() {
        let s = "Đà Nẵng có 5 dự án, 𝄞 and \u{7ff}\u{800}\u{ffff}";
        for i in (0..=s.len()).filter(|&i| s.is_char_boundary(i)) {
            assert_eq!(char_count(&s.as_bytes()[i..]), s[i..].chars().count(), "from {i}");
            assert_eq!(char_count(&s.as_bytes()[..i]), s[..i].chars().count(), "to {i}");
        }
    }

    #[test]
    fn char_spans() {
        let mut rec = Record::default();
        let text = "Đà Nẵng có 5 dự án";
        let s = text.find('5').unwrap();
        fill(&mut rec, text, vec![num(s, s + 1)]);
        assert_eq!(rec.numbers[0].span, [11, 12]);
        assert_eq!(rec.numbers[0].text, "5");
    }
}
