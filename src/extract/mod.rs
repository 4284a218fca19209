//! Extractors: one per kind of entity, each in its own file behind [`Extractor`], registered in
//! [`REGISTRY`].
//!
//! An extractor reads the normalised text of a [`Doc`] and pushes [`Entity`]s with **byte** spans into
//! it. It never decides overlaps with other extractors: the resolve step in [`crate::pipeline`] keeps
//! the leftmost-longest entity, ties going to the extractor listed first here.
//!
//! Extractors look only where a trigger word of theirs occurs: each names its trigger automaton and the
//! haystack it reads ([`Extractor::trigger`]). In the pipeline, [`find_triggers`] runs every extractor's
//! automaton in one pass ([`trigger::Pass`]) and hands each its hits in [`Doc::hits`]; without them (a
//! [`Doc::new`]), an extractor runs its own automaton, with the same result.
//!
//! Each extractor also lists the output kinds it emits ([`Extractor::kinds`]: an [`Item`] type each, with
//! its contract, its place in the record, and how eval, the report and tone restyling treat it), so the
//! rest of the program loops over [`kinds`] instead of naming them.
//!
//! Adding an extractor: one file (the extractor, its item type and the item's [`Item`] impl), one `mod`
//! line and one [`REGISTRY`] entry here, and the item's list in [`crate::output::Record`]. A test below
//! says what is missing when one of them is forgotten.

pub mod contact;
pub mod date;
pub mod directive;
pub mod number;
pub mod organisation;
mod subject;
pub mod trigger;

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::calendar::Ymd;
use crate::item::{AnyItem, Item, Kind};
use trigger::{Hit, Trigger};

/// What extractors see of a document.
#[derive(Clone, Copy, Debug)]
pub struct Doc<'a> {
    /// Normalised text (NFC, one tone style, "-" for dashes, `"` for quotes), title as the first line.
    pub text: &'a str,
    /// Publication date, when known: relative dates and years are resolved against it.
    pub published: Option<Ymd>,
    /// This extractor's trigger hits, found in the one pass; the extractor finds its own when absent.
    pub hits: Option<&'a [Hit]>,
    /// `text` lower-cased character for character ([`crate::chars::lower_same_len`]), when the pass made it.
    pub lower: Option<&'a str>,
}

impl<'a> Doc<'a> {
    /// A document whose extractors each find their own triggers.
    pub fn new(text: &'a str, published: Option<Ymd>) -> Doc<'a> {
        Doc { text, published, hits: None, lower: None }
    }

    /// The lower-cased copy of the text: the one handed over, else made now.
    pub fn lower(&self) -> Cow<'a, str> {
        self.lower.map_or_else(|| Cow::Owned(crate::chars::lower_same_len(self.text)), Cow::Borrowed)
    }

    /// The hits of `trigger` in its haystack: the ones handed over, else found now.
    pub fn hits(&self, trigger: &Trigger, lower: &str) -> Cow<'a, [Hit]> {
        let hay = match trigger.hay {
            trigger::Hay::Text => self.text,
            trigger::Hay::Lower => lower,
        };
        trigger::given_or_found(self.hits, trigger.dfa, hay.as_bytes())
    }
}

/// One extracted entity. `start..end` are byte offsets into [`Doc::text`]; the item's own `text` and
/// `span` fields are filled in by the pipeline and may be left empty by extractors.
#[derive(Debug)]
pub struct Entity {
    pub start: usize,
    pub end: usize,
    pub item: Box<dyn AnyItem>,
}

impl Entity {
    pub fn new<T: Item>(start: usize, end: usize, item: T) -> Entity {
        Entity { start, end, item: Box::new(item) }
    }

    /// The item, if it is a `T`.
    pub fn get<T: Item>(&self) -> Option<&T> {
        self.item.as_any().downcast_ref::<T>()
    }
}

impl Clone for Entity {
    fn clone(&self) -> Entity {
        Entity { start: self.start, end: self.end, item: self.item.clone_box() }
    }
}

impl PartialEq for Entity {
    fn eq(&self, o: &Entity) -> bool {
        self.start == o.start && self.end == o.end && self.item.eq_dyn(&*o.item)
    }
}

/// An extractor: finds one kind of entity (or a few related ones).
pub trait Extractor: Sync {
    /// A short unique name ("numbers").
    fn name(&self) -> &'static str;
    /// The output kinds it emits, each an [`Item`] type: `&[&KindOf::<NumberItem>::KIND, …]`.
    fn kinds(&self) -> &'static [&'static dyn Kind];
    /// Where it looks: its trigger automaton and the haystack that automaton reads, stepped in the one
    /// pass over the text. `None` for an extractor whose triggers are rare enough that a search of its own
    /// (with a prefilter) costs less than a lane of the pass, which steps every byte.
    fn trigger(&self) -> Option<Trigger>;
    /// Pushes every entity found in `doc` onto `out`.
    fn extract(&self, doc: &Doc<'_>, out: &mut Vec<Entity>);
}

/// Every extractor, in priority order for overlap ties.
pub const REGISTRY: &[&dyn Extractor] =
    &[&contact::Contacts, &directive::Directives, &date::Dates, &number::Numbers, &organisation::Organisations];

/// How many extractors there are.
pub const LANES: usize = REGISTRY.len();

/// Every extractor's triggers in one document, found in one pass.
#[derive(Clone, Debug)]
pub struct Triggers {
    /// The hits of `REGISTRY[k]`'s trigger, for each `k` that has one.
    pub lanes: [Option<Vec<Hit>>; LANES],
    /// The text lower-cased character for character ([`crate::chars::lower_same_len`]).
    pub lower: String,
}

impl Triggers {
    /// What `REGISTRY[k]` sees of `text`.
    pub fn doc<'a>(&'a self, k: usize, text: &'a str, published: Option<Ymd>) -> Doc<'a> {
        Doc { text, published, hits: self.lanes[k].as_deref(), lower: Some(&self.lower) }
    }
}

/// The extractors that have a trigger, in registry order, and the one pass over all of their automata.
static PASS: LazyLock<(Vec<usize>, trigger::Pass)> = LazyLock::new(|| {
    let (stepped, triggers): (Vec<usize>, Vec<Trigger>) =
        REGISTRY.iter().enumerate().filter_map(|(k, ex)| Some((k, ex.trigger()?))).unzip();
    (stepped, trigger::Pass::new(&triggers))
});

/// Runs every extractor's trigger automaton over `text` in one pass.
pub fn find_triggers(text: &str) -> Triggers {
    let lower = crate::chars::lower_same_len(text);
    let (stepped, pass) = &*PASS;
    let mut lanes: [Option<Vec<Hit>>; LANES] = Default::default();
    for (k, hits) in stepped.iter().zip(pass.run(text.as_bytes(), lower.as_bytes())) {
        lanes[*k] = Some(hits);
    }
    Triggers { lanes, lower }
}

/// [`find_triggers`] in steps, for many documents at once: [`TriggerScan::new`] for each document, then
/// each automaton ([`TriggerScan::step`], `0..TriggerScan::automata()`) over every document before the
/// next automaton, then [`TriggerScan::finish`]. One automaton over many texts stays in the cache, where
/// two stepped side by side evict each other; the triggers are those of [`find_triggers`].
#[derive(Debug)]
pub struct TriggerScan {
    lower: String,
    scan: trigger::PassScan,
}

impl TriggerScan {
    /// Lower-cases `text` for the automata.
    pub fn new(text: &str) -> TriggerScan {
        TriggerScan { lower: crate::chars::lower_same_len(text), scan: PASS.1.start() }
    }

    /// The number of automata.
    pub fn automata() -> usize {
        PASS.1.automata()
    }

    /// Steps automaton `k` over `text`, the text this scan was made for.
    pub fn step(&mut self, k: usize, text: &str) {
        PASS.1.step_one(k, text.as_bytes(), self.lower.as_bytes(), &mut self.scan);
    }

    /// The triggers, once every automaton has stepped.
    pub fn finish(self) -> Triggers {
        let (stepped, pass) = &*PASS;
        let mut lanes: [Option<Vec<Hit>>; LANES] = Default::default();
        for (k, hits) in stepped.iter().zip(pass.finish(self.scan)) {
            lanes[*k] = Some(hits);
        }
        Triggers { lanes, lower: self.lower }
    }
}

/// Keeps, of items sorted by start (the preferred first among those with one start), each whose span
/// (`span(item)`: start, end) starts at or after the end of the last one kept: leftmost first, no overlaps.
pub fn keep_first_of_overlaps<T>(items: &mut Vec<T>, span: impl Fn(&T) -> (usize, usize)) {
    let mut at = 0;
    items.retain(|x| {
        let (start, end) = span(x);
        let take = start >= at;
        if take {
            at = end;
        }
        take
    });
}

/// Every output kind, in the order of the record's keys.
pub fn kinds() -> &'static [&'static dyn Kind] {
    static KINDS: LazyLock<Vec<&'static dyn Kind>> = LazyLock::new(|| {
        let order = serde_json::to_value(crate::output::Record::default()).unwrap_or_default();
        let position =
            |k: &str| order.as_object().and_then(|o| o.keys().position(|key| key == k)).unwrap_or(usize::MAX);
        let mut v: Vec<&'static dyn Kind> = REGISTRY.iter().flat_map(|e| e.kinds().iter().copied()).collect();
        v.sort_by_key(|k| position(k.key()));
        v
    });
    &KINDS
}

/// Every entity of a record, of every kind: (record key, span, text).
pub fn entities(rec: &crate::output::Record) -> Vec<(&'static str, [usize; 2], &str)> {
    kinds().iter().flat_map(|k| k.spans(rec).into_iter().map(move |(span, text)| (k.key(), span, text))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::Record;

    #[test]
    fn names_are_unique() {
        let mut names: Vec<_> = REGISTRY.iter().map(|e| e.name()).collect();
        names.sort_unstable();
        let n = names.len();
        names.dedup();
        assert_eq!(names.len(), n);
    }

    /// The record's entity lists and the registry's kinds are the same set, each list reached through its
    /// own kind: what fails when a new extractor misses one of its steps.
    #[test]
    fn every_record_list_has_a_kind_and_every_kind_a_list() {
        let rec = serde_json::to_value(Record::default()).unwrap();
        let keys: Vec<&str> = kinds().iter().map(|k| k.key()).collect();
        let mut unique = keys.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), keys.len(), "two kinds share a record key: {keys:?}");
        for k in &keys {
            assert!(
                rec.get(k).is_some_and(|v| v.is_array()),
                "kind {k:?} has no list in output::Record: add `pub {k}: Vec<Item>` there"
            );
        }
        const NOT_ENTITIES: &[&str] = &["captions", "warnings"];
        for (key, v) in rec.as_object().unwrap() {
            if v.is_array() && !NOT_ENTITIES.contains(&key.as_str()) {
                assert!(
                    keys.contains(&key.as_str()),
                    "Record list {key:?} belongs to no extractor's kinds(): probably missing from extract::REGISTRY"
                );
            }
        }
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut seen = vec![0usize; keys.len()];
        for e in std::fs::read_dir(dir).unwrap() {
            let path = e.unwrap().path();
            if path.extension().is_none_or(|x| x != "txt") {
                continue;
            }
            let doc = crate::InputDoc { text: std::fs::read_to_string(&path).unwrap(), ..Default::default() };
            let rec = crate::process(&doc, &Default::default());
            let json = serde_json::to_value(&rec).unwrap();
            for (i, k) in kinds().iter().enumerate() {
                let n = json[k.key()].as_array().unwrap().len();
                assert_eq!(k.count(&rec), n, "{path:?}: kind {:?} reads another list of the record", k.key());
                for (span, text) in k.spans(&rec) {
                    let chars: String = rec.text.chars().skip(span[0]).take(span[1] - span[0]).collect();
                    assert_eq!(chars, text, "{path:?}: a {} span does not slice the text", k.key());
                }
                seen[i] += n;
            }
        }
        for (k, n) in keys.iter().zip(&seen) {
            assert!(*n > 0, "no {k} in the corpus: write an article with some, so this test covers the kind");
        }
    }

    #[test]
    fn one_pass_finds_what_each_extractor_finds_alone_in_the_corpus() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut n = 0;
        for e in std::fs::read_dir(dir).unwrap() {
            let path = e.unwrap().path();
            if path.extension().is_none_or(|x| x != "txt") {
                continue;
            }
            let text = crate::normalize::normalize(&std::fs::read_to_string(&path).unwrap(), &Default::default()).text;
            let tr = find_triggers(&text);
            assert_eq!(tr.lower, crate::chars::lower_same_len(&text));
            let mut steps = TriggerScan::new(&text);
            for k in 0..TriggerScan::automata() {
                steps.step(k, &text);
            }
            let stepped = steps.finish();
            assert_eq!(
                (&stepped.lanes, &stepped.lower),
                (&tr.lanes, &tr.lower),
                "{path:?}: automata one after the other"
            );
            for (k, ex) in REGISTRY.iter().enumerate() {
                if let Some(t) = ex.trigger() {
                    let alone = Doc::new(&text, None).hits(&t, &crate::chars::lower_same_len(&text)).into_owned();
                    assert_eq!(tr.lanes[k].as_deref(), Some(alone.as_slice()), "{path:?}: {}", ex.name());
                } else {
                    assert!(tr.lanes[k].is_none(), "{}: no trigger, no lane", ex.name());
                }
                let mut a = Vec::new();
                let mut b = Vec::new();
                ex.extract(&tr.doc(k, &text, None), &mut a);
                ex.extract(&Doc::new(&text, None), &mut b);
                assert_eq!(a, b, "{path:?}: {} finds other entities with the pass's hits", ex.name());
            }
            n += 1;
        }
        assert!(n >= 10, "the corpus holds our articles");
    }
}
