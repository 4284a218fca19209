//! Extractors: one per kind of entity, each in its own file behind [`Extractor`], registered in
//! [`REGISTRY`].
//!
//! An extractor reads the normalised text of a [`Doc`] and pushes [`Entity`]s with **byte** spans into
//! it. It never decides overlaps with other extractors: the resolve step in [`crate::pipeline`] keeps
//! the leftmost-longest entity, ties going to the extractor listed first here.
//!
//! Extractors look only where a trigger word of theirs occurs. In the pipeline, [`trigger::Triggers`]
//! finds every extractor's triggers in one pass and hands them over in [`Doc::triggers`]; without it (a
//! [`Doc::new`]), each extractor runs its own automaton, with the same result.
//!
//! Adding an extractor: one file, one `mod` line, one entry in [`REGISTRY`], one [`Value`] variant (and
//! its output list in [`crate::output::Record`]).

pub mod date;
pub mod directive;
pub mod number;
pub mod organisation;
pub mod trigger;

use crate::calendar::Ymd;
use crate::output::{DateItem, DirectiveItem, DurationItem, NumberItem, OrganisationItem};
use trigger::Triggers;

/// What extractors see of a document.
#[derive(Clone, Copy, Debug)]
pub struct Doc<'a> {
    /// Normalised text (NFC, one tone style, "-" for dashes, `"` for quotes), title as the first line.
    pub text: &'a str,
    /// Publication date, when known: relative dates and years are resolved against it.
    pub published: Option<Ymd>,
    /// Every extractor's triggers in `text`, found in one pass; an extractor finds its own when absent.
    pub triggers: Option<&'a Triggers>,
}

impl<'a> Doc<'a> {
    /// A document whose extractors each find their own triggers.
    pub fn new(text: &'a str, published: Option<Ymd>) -> Doc<'a> {
        Doc { text, published, triggers: None }
    }
}

/// One extracted entity. `start..end` are byte offsets into [`Doc::text`]; the item's own `text` and
/// `span` fields are filled in by the pipeline and may be left empty by extractors.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    pub start: usize,
    pub end: usize,
    pub value: Value,
}

/// The structured value of an entity, one variant per output list.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Number(NumberItem),
    Duration(DurationItem),
    Date(DateItem),
    Organisation(OrganisationItem),
    Directive(DirectiveItem),
}

/// An extractor: finds one kind of entity.
pub trait Extractor: Sync {
    /// A short unique name ("numbers").
    fn name(&self) -> &'static str;
    /// Pushes every entity found in `doc` onto `out`.
    fn extract(&self, doc: &Doc<'_>, out: &mut Vec<Entity>);
}

/// Every extractor, in priority order for overlap ties.
pub static REGISTRY: &[&dyn Extractor] =
    &[&directive::Directives, &date::Dates, &number::Numbers, &organisation::Organisations];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique() {
        let mut names: Vec<_> = REGISTRY.iter().map(|e| e.name()).collect();
        names.sort_unstable();
        let n = names.len();
        names.dedup();
        assert_eq!(names.len(), n);
    }
}
