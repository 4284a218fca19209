//! Character classes with a fast path for the letters Vietnamese is written in.
//!
//! The standard library answers `is_alphanumeric`, `is_uppercase` and `to_lowercase` with table look-ups
//! that dominate a profile of text where every other letter is outside ASCII. Vietnamese letters come from
//! four blocks whose case is regular (ASCII, Latin-1, a handful of Latin Extended-A/B pairs and Latin
//! Extended Additional, where capitals sit on even code points); those are answered here by arithmetic,
//! everything else by the standard library, so every function gives exactly the standard answer.

use std::borrow::Cow;

/// Latin Extended Additional: every code point is a letter, capitals on even ones.
const EXT_ADDITIONAL: std::ops::RangeInclusive<u32> = 0x1E00..=0x1EFF;

/// Whether `u` is a letter, for the Latin blocks Vietnamese is written in (Latin-1 letters, Latin
/// Extended-A and -B, Latin Extended Additional); None outside them.
#[inline]
fn latin_letter(u: u32) -> Option<bool> {
    if (0xC0..=0x24F).contains(&u) {
        // All letters but the two signs.
        Some(u != 0xD7 && u != 0xF7)
    } else if EXT_ADDITIONAL.contains(&u) {
        Some(true)
    } else {
        None
    }
}

/// `c.is_alphanumeric()`.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    latin_letter(c as u32).unwrap_or_else(|| c.is_alphanumeric())
}

/// `c.is_alphabetic()`.
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    latin_letter(c as u32).unwrap_or_else(|| c.is_alphabetic())
}

/// `c.is_uppercase()`.
#[inline]
pub fn is_uppercase(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        c.is_ascii_uppercase()
    } else if (0xC0..=0xFF).contains(&u) {
        u <= 0xDE && u != 0xD7
    } else if EXT_ADDITIONAL.contains(&u) {
        // U+1E96..U+1E9D are lowercase only; the rest alternate.
        !(0x1E96..=0x1E9D).contains(&u) && u % 2 == 0
    } else {
        c.is_uppercase()
    }
}

/// `c.is_lowercase()`.
#[inline]
pub fn is_lowercase(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        c.is_ascii_lowercase()
    } else if (0xC0..=0xFF).contains(&u) {
        u >= 0xDF && u != 0xF7
    } else {
        c.is_lowercase()
    }
}

/// The lowercase of `c` when it is one character (as it is for every Vietnamese letter), else None.
///
/// ASCII and Latin-1 inline, at every call (a million calls on 2,000 articles); the rest out of line.
#[inline(always)]
pub fn lower_char(c: char) -> Option<char> {
    let u = c as u32;
    if u < 0x80 {
        return Some(c.to_ascii_lowercase());
    }
    if (0xC0..=0xDE).contains(&u) && u != 0xD7 {
        return char::from_u32(u + 0x20);
    }
    if (0xDF..=0xFF).contains(&u) {
        return Some(c);
    }
    lower_char_beyond_latin1(c)
}

/// [`lower_char`] of the characters from U+0080 on that are not Latin-1 letters.
fn lower_char_beyond_latin1(c: char) -> Option<char> {
    let u = c as u32;
    if (0x1EA0..=0x1EFF).contains(&u) {
        return char::from_u32(u | 1);
    }
    match u {
        0x102 | 0x110 | 0x128 | 0x168 | 0x1A0 => return char::from_u32(u + 1),
        0x103 | 0x111 | 0x129 | 0x169 | 0x1A1 | 0x1B0 => return Some(c),
        0x1AF => return Some('\u{1B0}'),
        _ => {}
    }
    let mut l = c.to_lowercase();
    match (l.next(), l.next()) {
        (Some(x), None) => Some(x),
        _ => None,
    }
}

/// The first character of `c.to_lowercase()` (the whole of it for every letter but a few, such as "İ").
#[inline]
pub fn lower_first(c: char) -> char {
    lower_char(c).unwrap_or_else(|| c.to_lowercase().next().unwrap_or(c))
}

/// `s.to_lowercase()`, borrowing `s` when it has no capitals.
pub fn lowercase(s: &str) -> Cow<'_, str> {
    if surely_lowercase(s.as_bytes()) {
        return Cow::Borrowed(s);
    }
    let first_upper = s.char_indices().find(|&(_, c)| !is_fast(c) || lower_char(c) != Some(c));
    let Some((at, _)) = first_upper else { return Cow::Borrowed(s) };
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..at]);
    for c in s[at..].chars() {
        match lower_char(c) {
            Some(l) if is_fast(c) => out.push(l),
            // Context-dependent or multi-character lowercase (final sigma, "İ"): the standard answer.
            _ => return Cow::Owned(s.to_lowercase()),
        }
    }
    if out == s { Cow::Borrowed(s) } else { Cow::Owned(out) }
}

/// Whether [`lowercase`] borrows `s` (it holds no capital), without lower-casing it.
pub fn has_no_capitals(s: &str) -> bool {
    surely_lowercase(s.as_bytes()) || s.chars().all(|c| is_fast(c) && lower_char(c) == Some(c))
}

/// True when the bytes hold no capital for certain, judged without decoding; false means "look closer".
#[inline]
fn surely_lowercase(b: &[u8]) -> bool {
    // Continuation bytes and U+0080..U+00BF (lead byte 0xC2) hold no capitals.
    (0..b.len()).all(|i| !b[i].is_ascii_uppercase() && (b[i] < 0xC3 || surely_not_capital(b, i)))
}

/// True when the bytes at `at`, the lead byte of a character, show a letter that is not a capital:
/// lowercase Latin-1, "ā".."į" (odd code points), "ơ", "ư", and U+1EA0..U+1EFF at odd code points, most of
/// a Vietnamese text. False says nothing. Without branches: the lead byte changes at random from one letter
/// to the next.
#[inline]
pub fn surely_not_capital(b: &[u8], at: usize) -> bool {
    let (x, y, z) = (b[at], b.get(at + 1).copied().unwrap_or(0), b.get(at + 2).copied().unwrap_or(0));
    (x == 0xC3) & (y >= 0x9F)
        | (x == 0xC4) & (y <= 0xAF) & (y & 1 == 1)
        | (x == 0xC6) & ((y == 0xA1) | (y == 0xB0))
        | (x == 0xE1) & ((y == 0xBB) | (y == 0xBA) & (z >= 0xA0)) & (z & 1 == 1)
}

const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Of eight bytes read little-endian, the high bit of each ASCII digit: at least '0' and not past '9'.
#[inline]
pub fn digit_bytes(w: u64) -> u64 {
    let l = w & LOW7;
    (l + 0x5050_5050_5050_5050) & !(l + 0x4646_4646_4646_4646) & !w & HIGH
}

/// Characters whose lowercase [`lower_char`] computes without the standard tables.
#[inline]
fn is_fast(c: char) -> bool {
    let u = c as u32;
    u < 0x250 || (0x1EA0..=0x1EFF).contains(&u)
}

/// `w` with its first letter in upper case ("tỷ" → "Tỷ"), for the capitalised form of a trigger word.
pub fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    c.next().map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

/// `w` with its first letter in lower case ("Nghị định" → "nghị định").
pub fn decapitalise(w: &str) -> String {
    let mut c = w.chars();
    c.next().map_or_else(String::new, |f| f.to_lowercase().chain(c).collect())
}

/// Lower-cases `s` character by character, keeping any character whose lower case has another length.
pub fn lower_same_len(s: &str) -> String {
    // The non-ASCII capitals ("Đ", "Ủ") whose lowercase has the same length are replaced as the text is
    // copied, ASCII in place afterwards. Lead bytes from 0xC3 on start every non-ASCII letter (U+0080..U+00BF
    // hold no capitals); of those, the ones [`surely_not_capital`] clears (most of a Vietnamese text) are
    // cleared a block at a time ([`capital_leads`]), and only the rest, a few capitals, are looked at one by one.
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    // `s[..copied]` is in `out`.
    let mut copied = 0;
    let mut c = 0;
    // Each block reads two bytes past its end: the third byte of its last character.
    while c + BLOCK + 2 <= b.len() {
        let mut leads = capital_leads(b[c..c + BLOCK + 2].try_into().expect("a block and two bytes"));
        while leads != 0 {
            lower_capital(s, c + leads.trailing_zeros() as usize, &mut copied, &mut out);
            leads &= leads - 1;
        }
        c += BLOCK;
    }
    for at in c..b.len() {
        if b[at] >= 0xC3 && !surely_not_capital(b, at) {
            lower_capital(s, at, &mut copied, &mut out);
        }
    }
    out.push_str(&s[copied..]);
    out.make_ascii_lowercase();
    out
}

/// The bytes [`capital_leads`] judges at once: 32, which the compiler's vector code (16 bytes a step on
/// any x86-64) takes in two steps.
const BLOCK: usize = 32;

/// Of a block of [`BLOCK`] bytes and the two after it, a bit for each lead byte from 0xC3 on (the lead bytes
/// of every non-ASCII letter) that [`surely_not_capital`] does not clear: the same test on every byte, with
/// no branch and no dependence between bytes, which the compiler turns into vector compares.
#[inline]
fn capital_leads(b: &[u8; BLOCK + 2]) -> u32 {
    // One byte each, 1 for a lead byte that may be a capital's.
    let mut lead = [0u8; BLOCK];
    for (i, l) in lead.iter_mut().enumerate() {
        let (x, y, z) = (b[i], b[i + 1], b[i + 2]);
        let surely = (x == 0xC3) & (y >= 0x9F)
            | (x == 0xC4) & (y <= 0xAF) & (y & 1 == 1)
            | (x == 0xC6) & ((y == 0xA1) | (y == 0xB0))
            | (x == 0xE1) & ((y == 0xBB) | (y == 0xBA) & (z >= 0xA0)) & (z & 1 == 1);
        *l = u8::from((x >= 0xC3) & !surely);
    }
    // Eight bytes of 0 or 1 to eight bits: the multiplier moves byte `i`'s bit to bit 56 + i, and no two
    // of the products land on one bit.
    lead.chunks_exact(8).enumerate().fold(0, |m, (k, w)| {
        let w = u64::from_le_bytes(w.try_into().expect("eight bytes"));
        m | ((w.wrapping_mul(0x0102_0408_1020_4080) >> 56) as u32) << (8 * k)
    })
}

/// [`lower_same_len`] at the lead byte `at`: a capital whose lowercase has its length is written lower-cased
/// to `out`, after `s[copied..at]`.
#[cold]
#[inline(never)]
fn lower_capital(s: &str, at: usize, copied: &mut usize, out: &mut String) {
    let Some(ch) = s[at..].chars().next() else { return };
    if is_uppercase(ch) {
        if let Some(x) = lower_char(ch).filter(|x| x.len_utf8() == ch.len_utf8()) {
            out.push_str(&s[*copied..at]);
            out.push(x);
            *copied = at + ch.len_utf8();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`lower_same_len`] by its definition, one character at a time.
    fn lower_same_len_reference(s: &str) -> String {
        s.chars()
            .map(|c| match lower_char(c) {
                Some(x) if is_uppercase(c) && x.len_utf8() == c.len_utf8() => x,
                _ => c,
            })
            .collect()
    }

    #[test]
    fn lower_same_len_is_its_definition() {
        let ranges = [0u32..0x800, 0x1D00..0x2200, 0x2C00..0x2D00, 0xA640..0xA800, 0xFF00..0xFF60, 0x10400..0x10500];
        let chars: Vec<char> = ranges.into_iter().flatten().filter_map(char::from_u32).collect();
        for &c in &chars {
            let one = format!("x{c}Y");
            assert_eq!(lower_same_len(&one), lower_same_len_reference(&one), "{c:?} U+{:04X}", c as u32);
        }
        // Characters straddling the blocks, at every alignment.
        let all: String = chars.iter().collect();
        for pad in 0..BLOCK {
            let s = format!("{}{all}", "A".repeat(pad));
            assert_eq!(lower_same_len(&s), lower_same_len_reference(&s));
        }
        assert_eq!(
            lower_same_len("ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK, Ơ Ư Ă Ĩ Ũ ẞ İ"),
            "ủy ban nhân dân tỉnh đắk lắk, ơ ư ă ĩ ũ ẞ İ"
        );
    }

    /// [`capital_leads`] against [`surely_not_capital`] at every place of a block, for every character
    /// around the Vietnamese blocks.
    #[test]
    fn capital_leads_is_surely_not_capital_a_block_at_a_time() {
        let chars = (0x80u32..0x800).chain(0x1D00..0x2200).chain(0xFF00..0xFF60).filter_map(char::from_u32);
        for c in chars {
            for pad in 0..BLOCK {
                let s = format!("{}{c}{}", "a".repeat(pad), "ư".repeat(BLOCK));
                let b = s.as_bytes();
                let got = capital_leads(b[..BLOCK + 2].try_into().unwrap());
                let want = (0..BLOCK)
                    .filter(|&at| b[at] >= 0xC3 && !surely_not_capital(b, at))
                    .fold(0u32, |m, at| m | 1 << at);
                assert_eq!(got, want, "{c:?} U+{:04X} at {pad}", c as u32);
            }
        }
    }

    #[test]
    fn agrees_with_std_on_every_char_of_interest() {
        let ranges = [0u32..0x600, 0x1D00..0x2100, 0x2C00..0x2D00, 0xA700..0xA800, 0x10400..0x10450];
        for u in ranges.into_iter().flatten() {
            let Some(c) = char::from_u32(u) else { continue };
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "alnum {u:X}");
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "alpha {u:X}");
            assert_eq!(is_uppercase(c), c.is_uppercase(), "upper {u:X}");
            assert_eq!(is_lowercase(c), c.is_lowercase(), "lower {u:X}");
            let std: Vec<char> = c.to_lowercase().collect();
            match lower_char(c) {
                Some(l) => assert_eq!(vec![l], std, "to_lower {u:X}"),
                None => assert!(std.len() > 1, "to_lower {u:X}"),
            }
        }
    }

    #[test]
    fn lowercase_strings_as_std() {
        for s in ["", "hà nội", "Hà Nội", "ỦY BAN NHÂN DÂN", "ĐẢNG ỦY", "ƯƠNG Ơ Ă Ĩ Ũ", "ΟΔΟΣ", "İstanbul", "x\u{300}Y"]
        {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s}");
            assert_eq!(matches!(lowercase(s), Cow::Borrowed(_)), s == s.to_lowercase(), "{s}");
            assert_eq!(has_no_capitals(s), matches!(lowercase(s), Cow::Borrowed(_)), "{s}");
        }
        // Every character alone and after a lowercase word: the byte-level shortcut agrees with std.
        for u in (0u32..0x600).chain(0x1D00..0x2100) {
            let Some(c) = char::from_u32(u) else { continue };
            for s in [c.to_string(), format!("ư{c}ộ")] {
                assert_eq!(lowercase(&s), s.to_lowercase(), "{u:X}");
                assert_eq!(has_no_capitals(&s), matches!(lowercase(&s), Cow::Borrowed(_)), "{u:X}");
                if surely_lowercase(s.as_bytes()) {
                    assert_eq!(s, s.to_lowercase(), "{u:X}");
                }
            }
        }
    }
}
