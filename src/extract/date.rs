//! The `dates` extractor.

use super::{Doc, Entity, Extractor};

/// Finds dates.
pub struct Dates;

impl Extractor for Dates {
    fn name(&self) -> &'static str {
        "dates"
    }

    fn extract(&self, _doc: &Doc<'_>, _out: &mut Vec<Entity>) {}
}
