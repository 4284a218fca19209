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

/// Which tone style to produce.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ToneStyle {
    /// "hòa", "thủy", "khỏe" (the default).
    #[default]
    New,
    /// "hoà", "thuỷ", "khoẻ".
    Old,
}

/// (row, tone) of a vowel, or None for a non-vowel.
fn decompose(c: char) -> Option<(usize, usize)> {
    if c.is_ascii() && !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'A' | 'E' | 'I' | 'O' | 'U' | 'Y') {
        return None;
    }
    for (r, row) in ROWS.iter().enumerate() {
        if let Some(t) = row.chars().position(|x| x == c) {
            return Some((r, t));
        }
    }
    None
}

fn compose(row: usize, tone: usize) -> char {
    ROWS[row].chars().nth(tone).unwrap_or('?')
}

fn base_lower(row: usize) -> char {
    ROWS[row % 12].chars().next().unwrap_or('?')
}

fn is_consonant(c: char) -> bool {
    matches!(
        c.to_lowercase().next().unwrap_or(c),
        'b' | 'c' | 'd' | 'đ' | 'g' | 'h' | 'k' | 'l' | 'm' | 'n' | 'p' | 'q' | 'r' | 's' | 't' | 'v' | 'x'
    )
}

/// Cheap test: can this word need a tone move at all? (Ends in a toned or untoned a/e/y.)
fn candidate(word: &str) -> bool {
    let last = word.chars().next_back();
    matches!(last.and_then(decompose), Some((r, _)) if matches!(r % 12, 0 | 3 | 11))
}

/// Returns the word with its tone moved to `style`, or None when it is already right.
pub fn retone(word: &str, style: ToneStyle) -> Option<String> {
    if word.len() < 2 || !candidate(word) {
        return None;
    }
    let chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    if n < 2 {
        return None;
    }
    let (r2, t2) = decompose(chars[n - 1])?;
    let (r1, t1) = decompose(chars[n - 2])?;
    let pair = (base_lower(r1), base_lower(r2));
    if !matches!(pair, ('o', 'a') | ('o', 'e') | ('u', 'y')) {
        return None;
    }
    let onset = &chars[..n - 2];
    if !onset.iter().all(|&c| is_consonant(c)) {
        return None;
    }
    if onset.last().is_some_and(|&c| c == 'q' || c == 'Q') {
        return None;
    }
    let (new1, new2) = match style {
        ToneStyle::New if t1 == 0 && t2 != 0 => (compose(r1, t2), compose(r2, 0)),
        ToneStyle::Old if t1 != 0 && t2 == 0 => (compose(r1, 0), compose(r2, t1)),
        _ => return None,
    };
    let mut out: String = onset.iter().collect();
    out.push(new1);
    out.push(new2);
    Some(out)
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
