//! The `numbers` extractor.

use super::{Doc, Entity, Extractor};

/// Finds numbers.
pub struct Numbers;

impl Extractor for Numbers {
    fn name(&self) -> &'static str {
        "numbers"
    }

    fn extract(&self, _doc: &Doc<'_>, _out: &mut Vec<Entity>) {}
}
