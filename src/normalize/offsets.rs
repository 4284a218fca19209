//! Map from offsets in normalised text back to offsets in the original text.
//!
//! Normalisation records every edit as a pair of ranges (original → normalised). Outside an edit, offsets
//! move by the cumulative length difference of the edits before them; inside an edit, an offset maps to
//! the start of the original range (never interpolated, so it can never land mid-character).
//!
//! ```
//! use vnextract::normalize::{normalize, Options};
//! let n = normalize("Hoá\u{a0}chất", &Options::default());
//! assert_eq!(n.text, "Hóa chất");
//! // "chất" starts at byte 5 of the output and byte 6 of the input (NBSP is two bytes).
//! assert_eq!(n.offsets.to_original(5), 6);
//! ```

/// One edit: `orig` bytes of the input became `norm` bytes of the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edit {
    pub orig: (usize, usize),
    pub norm: (usize, usize),
}

/// Sorted, non-overlapping edits.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OffsetMap {
    edits: Vec<Edit>,
}

impl OffsetMap {
    /// Records an edit; edits must arrive in order. Adjacent edits are merged.
    pub(crate) fn push(&mut self, orig: (usize, usize), norm: (usize, usize)) {
        if let Some(last) = self.edits.last_mut() {
            if last.orig.1 == orig.0 && last.norm.1 == norm.0 {
                last.orig.1 = orig.1;
                last.norm.1 = norm.1;
                return;
            }
        }
        self.edits.push(Edit { orig, norm });
    }

    /// The recorded edits, in order.
    pub fn edits(&self) -> &[Edit] {
        &self.edits
    }

    /// True when normalisation changed nothing.
    pub fn is_identity(&self) -> bool {
        self.edits.is_empty()
    }

    /// Byte offset in the original text for byte offset `pos` of the normalised text.
    pub fn to_original(&self, pos: usize) -> usize {
        // Last edit starting at or before pos.
        let i = self.edits.partition_point(|e| e.norm.0 <= pos);
        if i == 0 {
            return pos;
        }
        let e = self.edits[i - 1];
        if pos < e.norm.1 { e.orig.0 } else { pos - e.norm.1 + e.orig.1 }
    }
}
