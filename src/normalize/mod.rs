//! Normalisation: one canonical form of Vietnamese text, with a map back to the input.
//!
//! What it does, in one pass over the input:
//! - NFC composition, including marks that a careless editor left after spaces ("thi ̣trường" →
//!   "thị trường");
//! - one tone-placement style ([`ToneStyle::New`] by default: "hoá" → "hóa", "thuỷ" → "thủy"; see
//!   [`tone`]);
//! - "Ð"/"ð" (eth) → "Đ"/"đ"; en and em dashes, minus and hyphen variants → "-"; curly quotes and
//!   guillemets → `"` and `'`;
//! - a space put back where the source glued a number to a Vietnamese word, or two words before "đ"
//!   ("464công" → "464 công", "hơn40năm" → "hơn 40 năm", "tỷđồng" → "tỷ đồng"; see `glued_at`);
//! - non-breaking and other odd spaces → " "; zero-width characters and soft hyphens dropped; runs of
//!   horizontal space → one space; line breaks (with the spaces around them) → one "\n"; no space at the
//!   start or end of the text.
//!
//! Invariants: the output is NFC; `normalize(normalize(x)) == normalize(x)`; every edit is recorded in
//! the [`OffsetMap`].
//!
//! ```
//! use vnextract::normalize::{normalize, Options, ToneStyle};
//! let n = normalize("Chỉ thị số 26\u{2013}CT/TU  về “đối ngoại”", &Options::default());
//! assert_eq!(n.text, "Chỉ thị số 26-CT/TU về \"đối ngoại\"");
//! let old = normalize("văn hóa", &Options { tone: ToneStyle::Old });
//! assert_eq!(old.text, "văn hoá");
//! ```

pub mod legacy;
mod offsets;
mod punct;
pub mod tone;

use std::borrow::Cow;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

pub use offsets::{Edit, OffsetMap};
pub use tone::ToneStyle;

use punct::Class;

/// Normalisation settings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    pub tone: ToneStyle,
}

/// Normalised text and the map back to the input's byte offsets.
#[derive(Clone, Debug, Default)]
pub struct Normalized {
    pub text: String,
    pub offsets: OffsetMap,
}

#[inline]
fn is_word_char(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        c.is_ascii_alphanumeric()
    } else if (0xC0..0x250).contains(&u) {
        // Latin-1 letters and Latin Extended-A/B (Vietnamese "ă", "đ", "ơ", "ư"), less × and ÷.
        u != 0xD7 && u != 0xF7
    } else if (0x1EA0..0x1F00).contains(&u) || (0x300..0x370).contains(&u) {
        // Vietnamese precomposed letters; combining diacritics.
        true
    } else {
        crate::chars::is_alphanumeric(c) || is_combining_mark(c)
    }
}

/// A combining mark, with fast answers for ASCII and Vietnamese letters.
#[inline]
fn is_mark(c: char) -> bool {
    let u = c as u32;
    if u < 0x300 || (0x1EA0..0x1F00).contains(&u) {
        false
    } else if u < 0x370 {
        true
    } else {
        is_combining_mark(c)
    }
}

fn char_at(s: &str, i: usize) -> char {
    s[i..].chars().next().unwrap_or('\0')
}

/// Normalises `input`; see the module docs for what changes.
pub fn normalize(input: &str, opts: &Options) -> Normalized {
    normalize_with(input, opts, true)
}

/// [`normalize`] without its fast path for text that is already normal: the reference that the fast
/// path is tested against (same text, same offsets, always).
pub fn normalize_reference(input: &str, opts: &Options) -> Normalized {
    normalize_with(input, opts, false)
}

fn normalize_with(input: &str, opts: &Options, fast: bool) -> Normalized {
    let mut out = String::with_capacity(input.len() + input.len() / 16);
    let mut map = OffsetMap::default();
    let len = input.len();
    let fast = fast && opts.tone == ToneStyle::New;
    let mut i = 0;
    while i < len {
        let b = input.as_bytes()[i];
        if fast && b != b' ' {
            let j = normal_run(input, i);
            if j > i {
                out.push_str(&input[i..j]);
                i = j;
                continue;
            }
        }
        // ASCII fast path: printable characters other than spaces go straight through.
        // One space between two printable ASCII characters, the commonest gap, stays as it is.
        if b == b' ' && !out.is_empty() && input.as_bytes().get(i + 1).is_some_and(u8::is_ascii_graphic) {
            out.push(' ');
            i += 1;
            continue;
        }
        if b.is_ascii_graphic() {
            if b.is_ascii_alphanumeric() {
                i = word(input, i, opts, &mut out, &mut map);
            } else {
                out.push(b as char);
                i += 1;
            }
            continue;
        }
        let c = char_at(input, i);
        let cl = punct::classify(c);
        match cl {
            Class::Space | Class::Newline | Class::Drop => {
                i = space_run(input, i, &mut out, &mut map);
            }
            // "Ð" (eth) starts a word as "Đ" does: the word is fixed whole.
            Class::Map(_) if is_word_char(c) => {
                i = word(input, i, opts, &mut out, &mut map);
            }
            Class::Map(m) => {
                let start = out.len();
                out.push(m);
                map.push((i, i + c.len_utf8()), (start, out.len()));
                i += c.len_utf8();
            }
            Class::Keep if is_word_char(c) => {
                i = word(input, i, opts, &mut out, &mut map);
            }
            Class::Keep => {
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    Normalized { text: out, offsets: map }
}

/// Normalised text only.
pub fn normalize_str(input: &str, opts: &Options) -> String {
    normalize(input, opts).text
}

/// The end of the text from `start` (a boundary: not inside a word) that normalisation leaves as it is,
/// in the new tone style: printable ASCII, single spaces inside such text, "°", and letters that are NFC
/// whatever follows them (Latin-1 letters but the eth, U+0100..U+01BF but "Ɖ", Latin Extended
/// Additional). A word whose tone could move (a plain "o"/"u" before a non-ASCII letter: "hoá", "thuỷ")
/// or that runs into anything else is left out whole, for the full path to judge.
///
/// The text is screened sixteen bytes at a time for the first place where a character or a pair of
/// bytes needs a closer look ([`first_stop`]); the end of the run is then read back from there.
fn normal_run(s: &str, start: usize) -> usize {
    let b = s.as_bytes();
    if b.get(start) == Some(&b' ') {
        return start;
    }
    let Some(stop) = first_stop(s, start) else { return b.len() };
    match b[stop] {
        // A word ends at a line break as it is.
        b'\n' | b'\r' => stop,
        // Marks after one space belong to the word before it ("thi ̣trường"): only ASCII after the space
        // rules them out.
        b' ' | b'\t' if b.get(stop + 1).is_some_and(u8::is_ascii) => stop,
        _ => word_start(b, start, stop),
    }
}

/// Classes of a byte as the first of a pair, one bit each, for [`first_stop`]: a pair stops the run when
/// the second byte is in [`SECOND`] for the first's class.
mod pair {
    /// "o", "O", "u", "U": a tone may move when a letter from U+00C0 or U+1E00 on follows (a closer look).
    pub const VOWEL: u16 = 1;
    /// " ": another space, a control character or the text's end after it.
    pub const SPACE: u16 = 2;
    /// Lead byte 0xC3: "×", "÷", "Ð", "ð" are not copied.
    pub const C3: u16 = 4;
    /// Lead byte 0xC6: "Ɖ" is not copied.
    pub const C6: u16 = 8;
    /// Lead byte 0xE1: only U+1E00..U+1EFF is copied.
    pub const E1: u16 = 16;
    /// Lead byte 0xC2: only "°" is copied.
    pub const C2: u16 = 32;
    /// Control characters and the lead bytes of every other block: never copied.
    pub const ALWAYS: u16 = 64;
    /// A digit: a number may be glued to the word after it when a letter follows (a closer look).
    pub const DIGIT: u16 = 128;
    /// The last byte of a letter: a word may be glued to the number after it when a digit follows (a
    /// closer look).
    pub const LETTER: u16 = 256;
    /// The last byte of a letter before the lead byte of "đ": two words may be glued together when "đ" is
    /// that character (a closer look).
    pub const BEFORE_D: u16 = 512;
    /// The classes that ask for a closer look rather than stop the run.
    pub const LOOK: u16 = VOWEL | DIGIT | LETTER | BEFORE_D;
}

/// The class of each byte as the first of a pair ([`pair`]); 0 for bytes that never stop a run (printable
/// ASCII but the four vowels and the space, continuation bytes, lead bytes 0xC4 and 0xC5).
static FIRST: [u16; 256] = {
    let mut t = [0u16; 256];
    let mut x = 0;
    while x < 256 {
        t[x] = match x as u8 {
            b'o' | b'O' | b'u' | b'U' => pair::VOWEL | pair::LETTER | pair::BEFORE_D,
            b'a'..=b'z' | b'A'..=b'Z' | 0x80..=0xBF => pair::LETTER | pair::BEFORE_D,
            b'0'..=b'9' => pair::DIGIT,
            b' ' => pair::SPACE,
            0x21..=0x7E | 0xC4 | 0xC5 => 0,
            0xC2 => pair::C2,
            0xC3 => pair::C3,
            0xC6 => pair::C6,
            0xE1 => pair::E1,
            _ => pair::ALWAYS,
        };
        x += 1;
    }
    t
};

/// The classes ([`pair`]) whose first byte stops the run (or asks for a closer look) when followed by
/// each byte; 0 stands for the text's end.
static SECOND: [u16; 256] = {
    let mut t = [0u16; 256];
    let mut x = 0;
    while x < 256 {
        let y = x as u8;
        let mut m = pair::ALWAYS;
        if y == 0xC3 || y == 0xE1 {
            m |= pair::VOWEL;
        }
        // Another space, or what the space's next character would stop at for certain.
        if y <= 0x20 || y == 0x7F || FIRST[x] == pair::ALWAYS {
            m |= pair::SPACE;
        }
        if matches!(y, 0x97 | 0xB7 | 0x90 | 0xB0) {
            m |= pair::C3;
        }
        if y == 0x89 {
            m |= pair::C6;
        }
        if !(0xB8 <= y && y <= 0xBB) {
            m |= pair::E1;
        }
        if y != 0xB0 {
            m |= pair::C2;
        }
        if y.is_ascii_alphabetic() || y >= 0xC3 {
            m |= pair::DIGIT;
        }
        if y.is_ascii_digit() {
            m |= pair::LETTER;
        }
        if y == 0xC4 {
            m |= pair::BEFORE_D;
        }
        t[x] = m;
        x += 1;
    }
    t
};

/// The first character at or after `from` where the byte-by-byte reading of a normal run stops: a
/// character that is not copied as it is, a space before one (or before another space, or at the end), a
/// plain "o"/"u" whose word's tone may move. None when the text runs to its end.
fn first_stop(s: &str, from: usize) -> Option<usize> {
    const BLOCK: usize = 16;
    let b = s.as_bytes();
    let mut p = from;
    loop {
        // Whole blocks, each with the byte after it, without a branch per byte.
        while p + BLOCK < b.len() {
            let w = &b[p..=p + BLOCK];
            let mut any = 0u16;
            for k in 0..BLOCK {
                any |= FIRST[usize::from(w[k])] & SECOND[usize::from(w[k + 1])];
            }
            if any != 0 {
                break;
            }
            p += BLOCK;
        }
        // The block that holds a stop (or the text's last bytes), byte by byte.
        let end = (p + BLOCK).min(b.len());
        while p < end {
            let class = FIRST[usize::from(b[p])] & SECOND[usize::from(b.get(p + 1).copied().unwrap_or(0))];
            if class & !pair::LOOK != 0 {
                // A space before a character that is not copied stops the run at the space.
                return Some(if p > from && b[p - 1] == b' ' { p - 1 } else { p });
            } else if class != 0 {
                if class & pair::VOWEL != 0 && tone_may_move(s, p) {
                    return Some(p);
                }
                if class & (pair::DIGIT | pair::LETTER | pair::BEFORE_D) != 0 && glued_at(s, p + 1) {
                    return Some(p + 1);
                }
            }
            p += 1;
        }
        if p >= b.len() {
            return None;
        }
    }
}

/// The start of the word that ends at `stop` (`stop` itself when none does), not before `start`: the
/// characters before `stop` are all copied as they are, and words are ASCII letters and digits and every
/// non-ASCII letter copied ("°" is none).
fn word_start(b: &[u8], start: usize, stop: usize) -> usize {
    let mut j = stop;
    while j > start {
        let mut k = j - 1;
        while k > start && (0x80..0xC0).contains(&b[k]) {
            k -= 1;
        }
        let word =
            if b[k].is_ascii() { b[k].is_ascii_alphanumeric() } else { !(b[k] == 0xC2 && b.get(k + 1) == Some(&0xB0)) };
        if !word {
            break;
        }
        j = k;
    }
    j
}

/// Whether the tone of the word at the plain "o"/"u" at `i` could move (see [`tone::may_move_to_new`]).
fn tone_may_move(s: &str, i: usize) -> bool {
    let next = s.get(i + 1..).and_then(|r| r.chars().next());
    next.is_some_and(|n| tone::may_move_to_new(char::from(s.as_bytes()[i]), n))
}

/// A run of spaces, line breaks and zero-width characters starting at `i` (and stray combining marks
/// inside it, which are dropped).
fn space_run(input: &str, mut i: usize, out: &mut String, map: &mut OffsetMap) -> usize {
    let start = i;
    let (mut space, mut newline) = (false, false);
    while i < input.len() {
        let c = char_at(input, i);
        match punct::classify(c) {
            Class::Space => space = true,
            Class::Newline => newline = true,
            Class::Drop => {}
            // Combining marks after more than one space (or after a line break) have no letter to go on.
            Class::Keep if is_combining_mark(c) => {}
            _ => break,
        }
        i += c.len_utf8();
    }
    let at_edge = out.is_empty() || i >= input.len();
    let repl = if at_edge {
        ""
    } else if newline {
        "\n"
    } else if space {
        " "
    } else {
        ""
    };
    emit(input, (start, i), repl, out, map);
    i
}

/// A word starting at `i`: letters, digits, combining marks, and zero-width characters inside it.
/// Combining marks stranded after one space ("thi ̣trường") are pulled back onto the word.
fn word(input: &str, mut i: usize, opts: &Options, out: &mut String, map: &mut OffsetMap) -> usize {
    let start = i;
    let bytes = input.as_bytes();
    while i < input.len() {
        let b = bytes[i];
        if b.is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        if !b.is_ascii() {
            let c = char_at(input, i);
            if is_word_char(c) || (punct::classify(c) == Class::Drop && next_is_word(input, i + c.len_utf8())) {
                i += c.len_utf8();
                continue;
            }
        }
        break;
    }
    if let Some((k, j)) = stranded_marks(input, i) {
        // "thi ̣trường": combining marks after spaces belong to the word before them.
        let mut fixed = input[start..i].to_string();
        fixed.push_str(&input[k..j]);
        let mut repl = unglue(fix_word(&fixed, opts), opts).into_owned();
        // The space stays after the word, unless the text ends here or more space follows (the space
        // run after it writes that one), or the "word" was only stray marks after a space.
        let after_space = repl.is_empty() && out.chars().next_back().is_none_or(char::is_whitespace);
        // Zero-width characters after the marks are dropped (with stray marks among them) and write no
        // space.
        let mut k2 = j;
        if k2 < input.len() && punct::classify(char_at(input, k2)) == Class::Drop {
            while k2 < input.len()
                && (punct::classify(char_at(input, k2)) == Class::Drop || is_combining_mark(char_at(input, k2)))
            {
                k2 += char_at(input, k2).len_utf8();
            }
        }
        if k2 < input.len()
            && !after_space
            && !matches!(punct::classify(char_at(input, k2)), Class::Space | Class::Newline)
        {
            repl.push(' ');
        }
        emit(input, (start, j), &repl, out, map);
        return j;
    }
    let w = &input[start..i];
    match unglue(fix_word(w, opts), opts) {
        Cow::Borrowed(same) => out.push_str(same),
        Cow::Owned(fixed) => emit(input, (start, i), &fixed, out, map),
    }
    i
}

/// One space followed by combining marks at `i` ("thi ̣trường"): returns (start of marks, end of marks).
/// Marks after more space than that are stray and dropped by [`fix_word`].
fn stranded_marks(input: &str, i: usize) -> Option<(usize, usize)> {
    let k = match input.as_bytes().get(i) {
        Some(b' ' | b'\t') => i + 1,
        Some(b) if !b.is_ascii() => {
            let c = char_at(input, i);
            if punct::classify(c) != Class::Space {
                return None;
            }
            i + c.len_utf8()
        }
        _ => return None,
    };
    if k >= input.len() || !is_mark(char_at(input, k)) {
        return None;
    }
    let mut j = k;
    while j < input.len() && is_mark(char_at(input, j)) {
        j += char_at(input, j).len_utf8();
    }
    Some((k, j))
}

fn next_is_word(input: &str, mut i: usize) -> bool {
    while i < input.len() {
        let c = char_at(input, i);
        if punct::classify(c) != Class::Drop {
            return is_word_char(c);
        }
        i += c.len_utf8();
    }
    false
}

/// Character mapping, NFC and tone placement of one word.
fn fix_word<'a>(w: &'a str, opts: &Options) -> Cow<'a, str> {
    if w.is_ascii() {
        return Cow::Borrowed(w);
    }
    // One scan decides what work is needed.
    let (mut remap, mut maybe_not_nfc) = (false, false);
    for c in w.chars() {
        let u = c as u32;
        if u < 0x80 {
            remap |= !c.is_ascii_alphanumeric();
        } else if u == 0xD0 || u == 0xF0 || u == 0x189 {
            remap = true;
        } else if u < 0xC0 {
            // C1 controls, odd spaces, the soft hyphen, guillemets: a word can hold them when a mark
            // follows ("A\u{ad}\u{300}").
            remap |= !matches!(punct::classify(c), Class::Keep);
        } else if (0x300..0x1E00).contains(&u) || u >= 0x1F00 {
            // Below U+0300 and in U+1E00..U+1EFF every character is NFC-stable; elsewhere check.
            remap |= !matches!(punct::classify(c), Class::Keep);
            maybe_not_nfc = true;
        }
    }
    let mut s = Cow::Borrowed(w);
    if remap {
        s = Cow::Owned(
            w.chars()
                .filter_map(|c| match punct::classify(c) {
                    Class::Keep => Some(c),
                    Class::Map(m) => Some(m),
                    _ => None,
                })
                .collect(),
        );
    }
    if maybe_not_nfc && is_nfc_quick(s.chars()) != IsNormalized::Yes {
        s = Cow::Owned(s.nfc().collect());
        if s.chars().any(is_combining_mark) {
            s = Cow::Owned(stray_marks(&s));
        }
    }
    if let Some(r) = tone::retone(&s, opts.tone) {
        s = Cow::Owned(r);
    }
    s
}

/// Tone marks: grave, acute, tilde, hook above, dot below.
fn is_tone_mark(c: char) -> bool {
    matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}')
}

/// Vowel letters that take tone marks (any case, with or without circumflex, breve, horn or a tone).
fn is_vowel(c: char) -> bool {
    let mut base = c;
    unicode_normalization::char::decompose_canonical(c, |d| {
        if !is_combining_mark(d) {
            base = d;
        }
    });
    matches!(base.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// The letter without its tone mark, and its tone mark if any.
fn split_tone(c: char) -> (String, Option<char>) {
    let mut tone = None;
    let mut rest = String::new();
    unicode_normalization::char::decompose_canonical(
        c,
        |d| {
            if is_tone_mark(d) { tone = Some(d) } else { rest.push(d) }
        },
    );
    (rest, tone)
}

/// Combining marks NFC could not attach (an NFC word that still has marks), as careless typing leaves
/// them: a tone mark after a vowel that already has one replaces it, as a Vietnamese keyboard does
/// ("miể\u{303}n" → "miễn"; the same mark twice counts once); a tone mark after a consonant goes to the
/// word's vowel when the word has no tone ("nghiêp\u{323}" → "nghiệp") and is dropped when it has one;
/// a circumflex, breve or horn the letter already has, and marks at the start of a word, are dropped.
/// Other marks stay.
fn stray_marks(w: &str) -> String {
    let mut out: Vec<char> = Vec::with_capacity(w.len());
    for c in w.chars() {
        if !is_combining_mark(c) {
            out.push(c);
            continue;
        }
        let Some(&prev) = out.last() else { continue };
        if is_tone_mark(c) {
            if is_vowel(prev) {
                let (base, _) = split_tone(prev);
                let composed: String = format!("{base}{c}").nfc().collect();
                let mut it = composed.chars();
                if let (Some(n), None) = (it.next(), it.next()) {
                    if let Some(last) = out.last_mut() {
                        *last = n;
                    }
                }
            } else if out.iter().all(|&x| split_tone(x).1.is_none()) {
                if let Some(i) = tone_vowel(&out) {
                    let composed: String = format!("{}{c}", out[i]).nfc().collect();
                    let mut it = composed.chars();
                    if let (Some(n), None) = (it.next(), it.next()) {
                        out[i] = n;
                    }
                }
            }
        } else if !matches!(c, '\u{302}' | '\u{306}' | '\u{31b}') {
            out.push(c);
        }
    }
    out.into_iter().collect::<String>().nfc().collect()
}

/// Where a tone mark goes in a word without one: the last vowel with a circumflex, breve or horn;
/// else, in a word ending in a vowel, the second-to-last of two or more vowels ("hoa" → "hòa"); else
/// the last vowel.
fn tone_vowel(w: &[char]) -> Option<usize> {
    let vowels: Vec<usize> = (0..w.len()).filter(|&i| is_vowel(w[i])).collect();
    if let Some(&i) = vowels.iter().rev().find(|&&i| split_tone(w[i]).0.chars().count() > 1) {
        return Some(i);
    }
    let ends_in_vowel = w.last().is_some_and(|&c| is_vowel(c));
    if ends_in_vowel && vowels.len() >= 2 { Some(vowels[vowels.len() - 2]) } else { vowels.last().copied() }
}

/// The word with a space put back wherever the source glued a number to a Vietnamese word
/// ([`glued_at`]: "464công" → "464 công", "hơn40năm" → "hơn 40 năm"); each piece is then fixed on its own,
/// so that a second pass finds nothing to change ("hoá40" → "hóa 40").
fn unglue<'a>(w: Cow<'a, str>, opts: &Options) -> Cow<'a, str> {
    if w.is_ascii() {
        return w;
    }
    let mut out = String::with_capacity(w.len() + 2);
    let mut piece = 0;
    for (k, _) in w.char_indices().skip(1) {
        if glued_at(&w, k) {
            out.push_str(&fix_word(&w[piece..k], opts));
            out.push(' ');
            piece = k;
        }
    }
    if piece == 0 {
        return w;
    }
    out.push_str(&fix_word(&w[piece..], opts));
    Cow::Owned(out)
}

/// Whether the source glued a number and a Vietnamese word together at byte `k` of `s` (a character
/// boundary), so that a space belongs there: digits then a lowercase word of two letters or more that
/// starts as a Vietnamese syllable does ("464công", "40năm", "5.800đồng"), or a word of two letters or
/// more, lowercase after its first, then digits ("hơn40", "Tháng12"). The word must hold a letter only
/// Vietnamese writes (a vowel with a mark, "đ"), so that units and codes in plain Latin letters ("5kg",
/// "18h30", "U23", "H5N1"), capitals ("ĐT741") and the hour's "h" ("14hchiều") stay as written.
/// Two words glued together are split only before a lowercase "đ", which starts every Vietnamese
/// syllable it is in ("tỷđồng" → "tỷ đồng"), after letters that hold a vowel ("vnđ" stays).
pub(crate) fn glued_at(s: &str, k: usize) -> bool {
    let (Some(a), Some(b)) = (s[..k].chars().next_back(), s[k..].chars().next()) else { return false };
    // Lower case but for the first letter.
    let lower_after_first = |w: &str| w.chars().skip(1).all(|c| !c.is_uppercase());
    if b == 'đ' && a.is_alphabetic() {
        let (before, after) = (letters_before(s, k), letters_after(s, k));
        lower_after_first(before)
            && before.chars().any(is_vowel)
            && after.chars().count() >= 2
            && after.chars().all(|c| !c.is_uppercase())
    } else if a.is_ascii_digit() && b.is_alphabetic() {
        let after = letters_after(s, k);
        let mut run = after.chars();
        let (Some(c1), Some(c2)) = (run.next(), run.next()) else { return false };
        let starts = is_vowel(c1)
            || is_vowel(c2)
            || matches!(
                (c1, c2),
                ('c' | 'k' | 'n' | 'p' | 't' | 'g', 'h') | ('g', 'i') | ('n', 'g') | ('q', 'u') | ('t', 'r')
            );
        starts && after.chars().all(|c| !c.is_uppercase()) && after.chars().any(vietnamese_only)
    } else if a.is_alphabetic() && b.is_ascii_digit() {
        let before = letters_before(s, k);
        before.chars().count() >= 2 && lower_after_first(before) && before.chars().any(vietnamese_only)
    } else {
        false
    }
}

/// The letters of `s` that end at byte `k`.
fn letters_before(s: &str, k: usize) -> &str {
    let start = s[..k].char_indices().rev().take_while(|&(_, c)| c.is_alphabetic()).last().map_or(k, |(i, _)| i);
    &s[start..k]
}

/// The letters of `s` that start at byte `k`.
fn letters_after(s: &str, k: usize) -> &str {
    let end = s[k..].find(|c: char| !c.is_alphabetic()).map_or(s.len(), |n| k + n);
    &s[k..end]
}

/// A letter that Vietnamese writes and English does not: a vowel with a diacritic, "đ".
fn vietnamese_only(c: char) -> bool {
    let u = c as u32;
    ((0xC0..=0x1B0).contains(&u) || (0x1EA0..=0x1EF9).contains(&u)) && c.is_alphabetic()
}

fn emit(input: &str, orig: (usize, usize), repl: &str, out: &mut String, map: &mut OffsetMap) {
    let start = out.len();
    out.push_str(repl);
    if &input[orig.0..orig.1] != repl {
        map.push(orig, (start, out.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Length of the character at `i` and whether it is a word character, for the characters
    /// [`normal_run`] copies as they are; None for the rest (spaces included).
    #[inline(always)]
    fn copyable(b: &[u8], i: usize) -> Option<(usize, bool)> {
        let cont = |k: usize| b.get(i + k).copied().filter(|x| (0x80..0xC0).contains(x));
        match *b.get(i)? {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => Some((1, true)),
            0x21..=0x7E => Some((1, false)),
            // U+00C0..U+00FF less × (D7), ÷ (F7), Ð (D0), ð (F0).
            0xC3 => cont(1).filter(|x| !matches!(x, 0x97 | 0xB7 | 0x90 | 0xB0)).map(|_| (2, true)),
            0xC4 | 0xC5 => cont(1).map(|_| (2, true)),
            // U+0180..U+01BF less Ɖ (U+0189).
            0xC6 => cont(1).filter(|&x| x != 0x89).map(|_| (2, true)),
            // U+1E00..U+1EFF.
            0xE1 => cont(1).filter(|x| (0xB8..=0xBB).contains(x)).and(cont(2)).map(|_| (3, true)),
            // "°".
            0xC2 => cont(1).filter(|&x| x == 0xB0).map(|_| (2, false)),
            _ => None,
        }
    }

    /// [`normal_run`] byte by byte, as it was first written: the reference for its screen.
    /// The end of the text from `start` (a boundary: not inside a word) that normalisation leaves as it is,
    /// in the new tone style: printable ASCII, single spaces inside such text, "°", and letters that are NFC
    /// whatever follows them (Latin-1 letters but the eth, U+0100..U+01BF but "Ɖ", Latin Extended
    /// Additional). A word whose tone could move (a plain "o"/"u" before a non-ASCII letter: "hoá", "thuỷ")
    /// or that runs into anything else is left out whole, for the full path to judge.
    fn normal_run_bytewise(s: &str, start: usize) -> usize {
        let b = s.as_bytes();
        let mut i = start;
        // Where the run may end: after a separator, or before the word being read.
        let mut boundary = start;
        let mut in_word = false;
        while i < b.len() {
            let c = b[i];
            if in_word && glued_at(s, i) {
                break;
            }
            // ASCII letters and digits, the bulk of the text, first.
            if c.is_ascii_alphanumeric() {
                if matches!(c, b'o' | b'O' | b'u' | b'U')
                    && b.get(i + 1).is_some_and(|&x| x >= 0x80)
                    && tone_may_move(s, i)
                {
                    break;
                }
                if !in_word {
                    boundary = i;
                    in_word = true;
                }
                i += 1;
                continue;
            }
            if c == b' ' {
                if i == start || copyable(b, i + 1).is_none() {
                    break;
                }
                in_word = false;
                i += 1;
                boundary = i;
                continue;
            }
            let Some((n, word)) = copyable(b, i) else { break };
            if !word {
                boundary = i + n;
            } else if !in_word {
                boundary = i;
            }
            in_word = word;
            i += n;
        }
        if i >= b.len() {
            return b.len();
        }
        match b[i] {
            // A word ends at a line break as it is.
            b'\n' | b'\r' => i,
            // Marks after one space belong to the word before it ("thi ̣trường"): only ASCII after the space
            // rules them out.
            b' ' | b'\t' if b.get(i + 1).is_some_and(u8::is_ascii) => i,
            _ if in_word => boundary,
            _ => i,
        }
    }

    fn n(s: &str) -> String {
        normalize_str(s, &Options::default())
    }

    #[test]
    fn table() {
        for (input, want) in [
            ("Hàng hoá xuất khẩu", "Hàng hóa xuất khẩu"),
            ("thuỷ lợi, Uỷ ban", "thủy lợi, Ủy ban"),
            ("hoàng quyết khuya quý", "hoàng quyết khuya quý"),
            ("ÐẢNG ðoàn", "ĐẢNG đoàn"),
            ("A\u{ad}\u{300}.", "À."),
            ("26\u{2013}CT/TU", "26-CT/TU"),
            // A number glued to a Vietnamese word gets its space back; units, codes and the hour do not.
            ("hơn 5.800tỷ, 464công trình; hơn40năm, Tháng12", "hơn 5.800 tỷ, 464 công trình; hơn 40 năm, Tháng 12"),
            ("hoá40 50.000đồng 3đến5", "hóa 40 50.000 đồng 3 đến 5"),
            ("hơn 5.800tỷđồng, 200.000vnđ, vàđã", "hơn 5.800 tỷ đồng, 200.000vnđ, và đã"),
            (
                "5kg 18h30 U23 H5N1 ĐT741 14hchiều 50.000đ 2Đông COVID-19",
                "5kg 18h30 U23 H5N1 ĐT741 14hchiều 50.000đ 2Đông COVID-19",
            ),
            ("“Tăng cường”", "\"Tăng cường\""),
            ("a\u{a0}\u{a0} b", "a b"),
            ("zero\u{200b}width", "zerowidth"),
            ("  lead\r\n\r\n  next  \n", "lead\nnext"),
            ("thi \u{323}trường", "thị trường"),
            ("Vie\u{302}\u{323}t Nam", "Việt Nam"),
            // Marks NFC cannot attach.
            ("đượ\u{323}c giá\u{301} Sơ\u{31b}n", "được giá Sơn"),
            ("miể\u{303}n phí, diể\u{303}n", "miễn phí, diễn"),
            ("nông nghiêp\u{323}, Quốc\u{323} lộ", "nông nghiệp, Quốc lộ"),
            ("công tác,\u{300} sinh", "công tác, sinh"),
            ("hoa\u{300} bình", "hòa bình"),
            ("A  \u{323}\n", "A"),
            ("một  \u{301}hai", "một hai"),
            ("\u{323} \u{323}a", "a"),
            ("x \u{323} \u{323}a", "x a"),
            ("Nguyê\u{303}n Va\u{306}n A\u{301}nh", "Nguyễn Văn Ánh"),
            ("kinh tế – xã hội", "kinh tế - xã hội"),
        ] {
            assert_eq!(n(input), want, "input {input:?}");
        }
    }

    fn same_both_ways(s: &str) {
        let fast = normalize(s, &Options::default());
        let full = normalize_reference(s, &Options::default());
        assert_eq!(fast.text, full.text, "{s:?}");
        assert_eq!(fast.offsets, full.offsets, "{s:?}");
    }

    #[test]
    fn fast_path_is_the_full_path() {
        for s in [
            "Hàng hoá xuất khẩu",
            "thi \u{323}trường và hoa\u{301} quả",
            "Ủy ban thuỷ lợi, HOÁ chất; Uỷ ban",
            "ÐẢNG ðoàn Ɖ × 3 ÷ 2, 30°C",
            "đến  hai   khoảng\ttrắng\n\n dòng \r\n",
            " đầu và cuối ",
            "a\u{200b}b c\u{ad}d e\u{a0}\u{301}f",
            "x \u{1dc0}y quý quyết khuya hoàng",
            "“Tăng cường” – 26–CT/TU …",
            "ǅ ǈ Ǆ ẞ ß ﬁ Å Å",
            "o\u{301}a ô ơ ư ư\u{303}",
            "A\u{ad}\u{300}. B\u{200b}\u{301}",
        ] {
            same_both_ways(s);
        }
    }

    proptest::proptest! {
        #[test]
        fn fast_path_is_the_full_path_on_random_text(
            s in proptest::collection::vec(proptest::sample::select(vec![
                "a", "o", "u", "U", "h", "y", " ", "  ", "\n", "\t", ",", "\"", "á", "à", "ả", "ỷ", "ẻ", "ơ", "ư",
                "Đ", "Ð", "ð", "\u{301}", "\u{323}", "\u{200b}", "\u{a0}", "“", "–", "°", "×", "ǅ", "ẞ", "1", "/",
                "q", "Q", "\u{1dc0}", "\r",
            ]), 0..24)
        ) {
            same_both_ways(&s.concat());
        }
    }

    /// The screen stops where the byte-by-byte reading stops, from every character of text with every
    /// kind of stop in it.
    fn same_run(s: &str) {
        for start in (0..s.len()).filter(|&i| s.is_char_boundary(i)) {
            assert_eq!(normal_run(s, start), normal_run_bytewise(s, start), "{s:?} from {start}");
        }
    }

    #[test]
    fn normal_run_reads_as_byte_by_byte() {
        for s in [
            "Hàng hoá xuất khẩu của một người muốn thuộc về toàn bộ khoảng 30°C và 3 × 4 ÷ 2",
            "thi \u{323}trường và hoa\u{301} quả, hai  khoảng\ttrắng\n\n dòng \r\n cuối ",
            "ÐẢNG ðoàn Ɖ ǅ ẞ “Tăng cường” – 26–CT/TU … Uỷ ban THUỶ lợi; Hoà Bình; quý khuya",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa o\u{301}",
        ] {
            same_run(s);
        }
    }

    proptest::proptest! {
        #[test]
        fn normal_run_reads_as_byte_by_byte_on_random_text(
            s in proptest::collection::vec(proptest::sample::select(vec![
                "a", "o", "u", "U", "O", "h", "y", " ", "  ", "\n", "\t", ",", "\"", "á", "à", "ả", "ỷ", "ẻ", "ơ",
                "ư", "ố", "Đ", "Ð", "ð", "\u{301}", "\u{323}", "\u{200b}", "\u{a0}", "“", "–", "°", "×", "÷",
                "ǅ", "Ɖ", "ẞ", "1", "/", "q", "\u{1dc0}", "\r", "xin chào các bạn", "hoà", "thuỷ", "é", "Ý",
                "40", "năm", "công", "kh", "Đ",
            ]), 0..40)
        ) {
            same_run(&s.concat());
        }
    }

    #[test]
    fn idempotent() {
        for s in ["Hàng hoá  xuất\u{a0}khẩu", "thi \u{323}trường", "a\n\n b \u{200b}", "A\u{ad}\u{300}."] {
            let once = n(s);
            assert_eq!(n(&once), once);
        }
    }

    #[test]
    fn offsets_map_back() {
        let input = "Hoá\u{a0}\u{a0}chất “26–CT/TU”";
        let r = normalize(input, &Options::default());
        assert_eq!(r.text, "Hóa chất \"26-CT/TU\"");
        for word in ["chất", "26", "CT/TU"] {
            let p = r.text.find(word).unwrap();
            let o = r.offsets.to_original(p);
            assert!(input[o..].starts_with(word), "{word}: {o}");
        }
        // Inside an edit, offsets map to the edit's start.
        assert_eq!(r.offsets.to_original(1), 0);
    }
}
