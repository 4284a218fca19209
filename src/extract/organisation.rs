//! The `organisations` extractor.

use super::{Doc, Entity, Extractor};

/// Finds organisations.
pub struct Organisations;

impl Extractor for Organisations {
    fn name(&self) -> &'static str {
        "organisations"
    }

    fn extract(&self, _doc: &Doc<'_>, _out: &mut Vec<Entity>) {}
}
