//! Character-level clean-up: dashes, quotes, the Icelandic eth used for "Đ", odd spaces, zero-width
//! characters and line separators.

/// What to do with one character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// Keep as is.
    Keep,
    /// Replace by this character.
    Map(char),
    /// Horizontal space (collapsed with its neighbours).
    Space,
    /// Line break (collapsed with its neighbours).
    Newline,
    /// Dropped (zero-width, soft hyphen, byte-order mark).
    Drop,
}

/// Classifies one character. ASCII letters and digits take the first branch.
#[inline]
pub fn classify(c: char) -> Class {
    match c {
        ' ' | '\t' | '\u{0B}' | '\u{0C}' => Class::Space,
        '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' => Class::Newline,
        c if c.is_ascii() => {
            if c.is_ascii_control() {
                Class::Space
            } else {
                Class::Keep
            }
        }
        '\u{D0}' | '\u{189}' => Class::Map('Đ'),
        '\u{F0}' => Class::Map('đ'),
        '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Class::Space,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}' => Class::Drop,
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => Class::Map('-'),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{AB}' | '\u{BB}' | '\u{2033}' => Class::Map('"'),
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => Class::Map('\''),
        '\u{80}'..='\u{9F}' => Class::Space,
        _ => Class::Keep,
    }
}
