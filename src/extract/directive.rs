//! The `directives` extractor.

use super::{Doc, Entity, Extractor};

/// Finds directives.
pub struct Directives;

impl Extractor for Directives {
    fn name(&self) -> &'static str {
        "directives"
    }

    fn extract(&self, _doc: &Doc<'_>, _out: &mut Vec<Entity>) {}
}
