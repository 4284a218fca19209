//! Looking around a byte offset in normalised text: the character at or before it, the word around it,
//! the word before or after it. Every extractor reads its context through these.
//!
//! Offsets are bytes into the text; a word is a run of letters and digits ([`is_alphanumeric`]); the
//! normalised text separates words by single spaces. An offset that is not a character boundary (or is
//! past the end) has no character at or before it.

use crate::chars::is_alphanumeric;

/// The character starting at `i`.
pub fn char_at(t: &str, i: usize) -> Option<char> {
    t.get(i..)?.chars().next()
}

/// The character ending at `i`.
pub fn char_before(t: &str, i: usize) -> Option<char> {
    t.get(..i)?.chars().next_back()
}

/// Whether `i` starts a word: no letter or digit right before it.
pub fn at_word_start(t: &str, i: usize) -> bool {
    !char_before(t, i).is_some_and(is_alphanumeric)
}

/// End of the word starting at `i` (`i` itself when no word starts there).
///
/// ASCII bytes are judged by a table, without decoding: most of a word's letters, and nearly every byte
/// that ends one (a space, punctuation). Only a non-ASCII character is decoded.
#[inline]
pub fn word_end(t: &str, i: usize) -> usize {
    let b = t.as_bytes();
    let mut j = i;
    while let Some(&x) = b.get(j) {
        if x < 0x80 {
            if !x.is_ascii_alphanumeric() {
                return j;
            }
            j += 1;
        } else {
            match t[j..].chars().next() {
                Some(c) if is_alphanumeric(c) => j += c.len_utf8(),
                _ => return j,
            }
        }
    }
    j
}

/// Start of the word ending at `i` (`i` itself when no word ends there); ASCII by a table, as
/// [`word_end`].
#[inline]
pub fn word_start(t: &str, i: usize) -> usize {
    let b = t.as_bytes();
    let head = &t[..i];
    let mut j = i;
    while j > 0 {
        let x = b[j - 1];
        if x < 0x80 {
            if !x.is_ascii_alphanumeric() {
                return j;
            }
            j -= 1;
        } else {
            match head[..j].chars().next_back() {
                Some(c) if is_alphanumeric(c) => j -= c.len_utf8(),
                _ => return j,
            }
        }
    }
    0
}

/// The word starting at `i` ("" when none does).
pub fn word_at(t: &str, i: usize) -> &str {
    &t[i..word_end(t, i)]
}

/// Whether a sentence starts at `i`: only spaces before it since the text's start, a line break, or the
/// punctuation that ends a sentence or opens a quotation (". ", "! ", "? ", ": ", `"`).
pub fn sentence_starts_at(t: &str, i: usize) -> bool {
    let before = t[..i].trim_end_matches(' ');
    before.is_empty() || before.ends_with(['.', '\n', ':', '"', '“', '!', '?'])
}

/// The word after `i`, across exactly one space.
pub fn next_word(t: &str, i: usize) -> Option<(usize, usize)> {
    let s = i + t.get(i..)?.strip_prefix(' ').map(|_| 1)?;
    let e = word_end(t, s);
    (e > s).then_some((s, e))
}

/// The word before `i`, across exactly one space.
pub fn prev_word(t: &str, i: usize) -> Option<(usize, usize)> {
    if i == 0 || !t.get(..i)?.ends_with(' ') {
        return None;
    }
    let e = i - 1;
    let s = word_start(t, e);
    (s < e).then_some((s, e))
}

/// At most `n` bytes of `t` ending at `i`, starting on a character boundary: a bounded look back, so that
/// a check at every trigger stays linear in the text.
pub fn window_before(t: &str, i: usize, n: usize) -> &str {
    let mut from = i.saturating_sub(n);
    while !t.is_char_boundary(from) {
        from += 1;
    }
    &t[from..i]
}

/// At most `n` bytes of `t` starting at `i`, ending on a character boundary.
pub fn window_after(t: &str, i: usize, n: usize) -> &str {
    let mut to = i.saturating_add(n).min(t.len());
    while !t.is_char_boundary(to) {
        to -= 1;
    }
    &t[i..to]
}

/// The text of [`prev_word`] ("" when there is none).
pub fn prev_word_str(t: &str, i: usize) -> &str {
    prev_word(t, i).map_or("", |(s, e)| &t[s..e])
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The byte-level word bounds are those of a walk over the characters.
        #[test]
        fn word_bounds_walk_characters(t in "[a-zA-Z0-9 ,.\\-đĐôỘữΣσ²½\u{300}\u{2003}]{0,24}") {
            for i in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                let end = t[i..].char_indices().find(|&(_, c)| !is_alphanumeric(c)).map_or(t.len(), |(j, _)| i + j);
                let start = t[..i].char_indices().rev().find(|&(_, c)| !is_alphanumeric(c)).map_or(0, |(j, c)| j + c.len_utf8());
                proptest::prop_assert_eq!(word_end(&t, i), end, "{:?} at {}", t, i);
                proptest::prop_assert_eq!(word_start(&t, i), start, "{:?} at {}", t, i);
            }
        }
    }

    #[test]
    fn looking_around() {
        let t = "Hôm qua, Bộ Tài chính có 2 văn bản";
        let bo = t.find("Bộ").unwrap();
        assert_eq!(char_at(t, bo), Some('B'));
        assert_eq!(char_at(t, bo + 1), Some('ộ'));
        assert_eq!(char_at(t, bo + 2), None, "inside 'ộ'");
        assert_eq!(char_before(t, bo), Some(' '));
        assert!(at_word_start(t, bo) && !at_word_start(t, bo + 1));
        assert_eq!(word_at(t, bo), "Bộ");
        assert_eq!(word_end(t, 0), "Hôm".len());
        assert_eq!(word_start(t, "Hôm qua".len()), "Hôm ".len());
        assert_eq!(next_word(t, bo + "Bộ".len()).map(|(s, e)| &t[s..e]), Some("Tài"));
        assert_eq!(prev_word_str(t, bo), "", "a comma, not a single space, before 'Bộ'");
        let hai = t.find('2').unwrap();
        assert_eq!(prev_word_str(t, hai), "có");
        assert_eq!(prev_word(t, 0), None);
        assert_eq!(next_word(t, t.len()), None);
        assert_eq!(word_at(t, t.len()), "");
        assert_eq!(window_before(t, bo, 3), "a, ");
        assert_eq!(window_before(t, "Hôm".len(), 2), "m", "'ô' is two bytes: the window starts after it");
        assert_eq!(window_before(t, bo, 100), &t[..bo]);
        assert_eq!(window_after(t, bo, 3), "B", "'Bộ' is four bytes: the window stops before 'ộ'");
        assert_eq!(window_after(t, bo, 1000), &t[bo..]);
    }
}
