//! Tone-mark placement: "hoá" (old style) ↔ "hóa" (new style).
//!
//! Only open syllables whose nucleus is `oa`, `oe` or `uy` are affected, and only when nothing but
//! consonants precede the nucleus and the onset is not `q` ("quý" is `qu` + `ý` in both styles). A
//! syllable with a final consonant keeps its mark on the second vowel in both styles ("hoàng", "hoàn"),
//! and "quyết", "khuya" never change.

/// Vowel rows: base vowel followed by its five toned forms (sắc, huyền, hỏi, ngã, nặng).
const ROWS: [&str; 24] = [
    "aáàảãạ",
    "ăắằẳẵặ",
    "âấầẩẫậ",
    "eéèẻẽẹ",
    "êếềểễệ",
    "iíìỉĩị",
    "oóòỏõọ",
    "ôốồổỗộ",
    "ơớờởỡợ",
    "uúùủũụ",
    "ưứừửữự",
    "yýỳỷỹỵ",
    "AÁÀẢÃẠ",
    "ĂẮẰẲẴẶ",
    "ÂẤẦẨẪẬ",
    "EÉÈẺẼẸ",
    "ÊẾỀỂỄỆ",
    "IÍÌỈĨỊ",
    "OÓÒỎÕỌ",
    "ÔỐỒỔỖỘ",
    "ƠỚỜỞỠỢ",
    "UÚÙỦŨỤ",
    "ƯỨỪỬỮỰ",
    "YÝỲỶỸỴ",
];

use std::sync::LazyLock;

/// Which tone style to produce.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ToneStyle {
    /// "hòa", "thủy", "khỏe" (the default).
    #[default]
    New,
    /// "hoà", "thuỷ", "khoẻ".
    Old,
}

/// (row × 8 + tone + 1) of every vowel below U+0250 and in U+1EA0..U+1F00 (0 = not a vowel), indexed
/// by code point (the second range shifted down to follow the first).
static VOWELS: LazyLock<Vec<u8>> = LazyLock::new(|| {
    let mut t = vec![0u8; 0x250 + 0x60];
    for (r, row) in ROWS.iter().enumerate() {
        for (tone, c) in row.chars().enumerate() {
            if let Some(i) = slot(c) {
                t[i] = (r * 8 + tone + 1) as u8;
            }
        }
    }
    t
});

fn slot(c: char) -> Option<usize> {
    let u = c as usize;
    match u {
        0..0x250 => Some(u),
        0x1EA0..0x1F00 => Some(0x250 + u - 0x1EA0),
        _ => None,
    }
}

/// (row, tone) of a vowel, or None for a non-vowel.
#[inline]
fn decompose(c: char) -> Option<(usize, usize)> {
    let v = *VOWELS.get(slot(c)?)?;
    (v != 0).then(|| (usize::from(v - 1) / 8, usize::from(v - 1) % 8))
}

fn compose(row: usize, tone: usize) -> char {
    ROWS[row].chars().nth(tone).unwrap_or('?')
}

fn base_lower(row: usize) -> char {
    ROWS[row % 12].chars().next().unwrap_or('?')
}

fn is_consonant(c: char) -> bool {
    matches!(
        crate::chars::lower_first(c),
        'b' | 'c' | 'd' | 'đ' | 'g' | 'h' | 'k' | 'l' | 'm' | 'n' | 'p' | 'q' | 'r' | 's' | 't' | 'v' | 'x'
    )
}

/// The nuclei whose tone moves between the styles: `oa`, `oe`, `uy` (vowel rows, any case and tone).
fn movable_nucleus(r1: usize, r2: usize) -> bool {
    matches!((base_lower(r1), base_lower(r2)), ('o', 'a') | ('o', 'e') | ('u', 'y'))
}

/// Whether the vowel pair `v1 v2` inside a word could have its tone moved to the new style by
/// [`retone`]: a movable nucleus with the tone on the second vowel ("oá", "uỷ"). [`retone`] looks at the
/// rest of the word too; this is the cheap necessary condition.
pub fn may_move_to_new(v1: char, v2: char) -> bool {
    match (decompose(v1), decompose(v2)) {
        (Some((r1, t1)), Some((r2, t2))) => t1 == 0 && t2 != 0 && movable_nucleus(r1, r2),
        _ => false,
    }
}

/// Returns the word with its tone moved to `style`, or None when it is already right.
pub fn retone(word: &str, style: ToneStyle) -> Option<String> {
    let mut rev = word.char_indices().rev();
    let (i2, c2) = rev.next()?;
    let (r2, t2) = decompose(c2)?;
    if !matches!(r2 % 12, 0 | 3 | 11) {
        return None;
    }
    let (i1, c1) = rev.next()?;
    let (r1, t1) = decompose(c1)?;
    if !movable_nucleus(r1, r2) {
        return None;
    }
    let onset = &word[..i1];
    if !onset.chars().all(is_consonant) || onset.ends_with(['q', 'Q']) {
        return None;
    }
    let _ = i2;
    let (new1, new2) = match style {
        ToneStyle::New if t1 == 0 && t2 != 0 => (compose(r1, t2), compose(r2, 0)),
        ToneStyle::Old if t1 != 0 && t2 == 0 => (compose(r1, 0), compose(r2, t1)),
        _ => return None,
    };
    let mut out = String::with_capacity(word.len() + 2);
    out.push_str(onset);
    out.push(new1);
    out.push(new2);
    Some(out)
}

/// Moves tone marks of every word in already-normalised text to `style`. Moving a tone mark keeps the
/// length in bytes and characters, so spans into the text stay valid.
pub fn restyle(text: &str, style: ToneStyle) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let word_len = rest.find(|c: char| !crate::chars::is_alphanumeric(c)).unwrap_or(rest.len());
        let (word, tail) = rest.split_at(word_len);
        match retone(word, style) {
            Some(w) => out.push_str(&w),
            None => out.push_str(word),
        }
        let gap = tail.find(crate::chars::is_alphanumeric).unwrap_or(tail.len());
        out.push_str(&tail[..gap]);
        rest = &tail[gap..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_style() {
        for (old, new) in [
            ("hoá", "hóa"),
            ("thuỷ", "thủy"),
            ("khoẻ", "khỏe"),
            ("toà", "tòa"),
            ("Uỷ", "Ủy"),
            ("HOÁ", "HÓA"),
            ("hoạ", "họa"),
            ("loã", "lõa"),
        ] {
            assert_eq!(retone(old, ToneStyle::New).as_deref(), Some(new), "{old}");
            assert_eq!(retone(new, ToneStyle::Old).as_deref(), Some(old), "{new}");
        }
    }

    #[test]
    fn restyle_keeps_lengths() {
        let new = "Hàng hóa, thủy sản và Ủy ban tỉnh Thanh Hóa; hoàng quyết khuya.";
        let old = restyle(new, ToneStyle::Old);
        assert_eq!(old, "Hàng hoá, thuỷ sản và Uỷ ban tỉnh Thanh Hoá; hoàng quyết khuya.");
        assert_eq!(old.len(), new.len());
        assert_eq!(old.chars().count(), new.chars().count());
        assert_eq!(restyle(&old, ToneStyle::New), new);
    }

    #[test]
    fn unchanged() {
        for w in ["hoàng", "quyết", "khuya", "quý", "hóa", "thủy", "hoa", "của", "túi", "Hà", "lúa", "quá", "hoàn"]
        {
            assert_eq!(retone(w, ToneStyle::New), None, "{w}");
        }
        for w in ["quý", "hoá", "của", "lúa", "múa"] {
            assert_eq!(retone(w, ToneStyle::Old), None, "{w}");
        }
    }
}
