//! The `numbers` extractor: quantities (counts, money, percentages, measures) and durations.
//!
//! A quantity is found from a *trigger* (a digit, a number word such as "hai"/"mươi"/"triệu", "hàng",
//! "nửa", or a currency sign/code written before the amount) and read as:
//!
//! ```text
//! [từ|giữa] [qualifier] [currency] NUMBER [range: "-"|đến|tới|và NUMBER] [unit | counted noun] [trở lên|trở xuống]
//! gần        2.800                                                     lượt người          → 2800, nearly
//! từ         3              đến 5 tỷ                                   đồng                → 3e9..5e9 VND
//! ```
//!
//! NUMBER is digits with Vietnamese separators ("2.800", "224,5", "1.234.567,89"; international
//! "1,234,567" only with two or more groups), an optional glued `K`/`M` suffix, scale words (nghìn/ngàn,
//! triệu, tỷ/tỉ, compounds "1 triệu 200 nghìn"), or number words ("hai mươi lăm", "một trăm linh năm").
//! Values are exact [`Decimal`]s: "224,5 triệu" is 224500000.
//!
//! Invariants:
//! - Digits that belong to dates, times, document numbers, ordinals, article numbers, codes, phone numbers,
//!   licence plates and years are never emitted (the number is rejected from its own context, not left
//!   to overlap resolution).
//! - A quantity written in words alone needs a unit or a counted noun ("hai nước"), and "một" alone is
//!   never a quantity ("một người" is an article, not a count).
//! - A quantity with a duration unit (năm, tháng, tuần, ngày, giờ, phút, giây, quý) is a
//!   [`Value::Duration`], unless the phrase is a date or a time of day ("6 tháng đầu năm", "9 giờ sáng").
//! - A text that is nothing but one quantity phrase ("một tỷ", "-1,2M", "dưới bảy ngàn đồng") is read
//!   leniently, so bare number words and signs count there; in running text they do not.

use std::borrow::Cow;
use std::sync::LazyLock;

use aho_corasick::MatchKind;

use serde_json::Value as Json;

use super::trigger::{self, Hay, Hit, Trigger, TriggerDfa};
use super::{Doc, Entity, Extractor};
use crate::chars::{capitalise, is_alphabetic as is_alpha, is_alphanumeric as is_word_char};
use crate::decimal::Decimal;
use crate::item::{Item, Kind, KindOf, json_decimal, record_list};
use crate::lexicon::{self, Map};
use crate::output::{DurationItem, DurationUnit, NumberItem, NumberKind, Qualifier};
use crate::schema::{self, Field, Ty};
use crate::text::{char_at, char_before, next_word, prev_word, word_end};

/// Finds numbers and durations.
pub struct Numbers;

impl Extractor for Numbers {
    fn name(&self) -> &'static str {
        "numbers"
    }

    fn kinds(&self) -> &'static [&'static dyn Kind] {
        &[&KindOf::<NumberItem>::KIND, &KindOf::<DurationItem>::KIND]
    }

    /// Number words after a space, "(" or a quote, and currency signs and codes; digits are found apart.
    fn trigger(&self) -> Option<Trigger> {
        Some(Trigger { dfa: &TRIGGERS.0, hay: Hay::Text })
    }

    fn extract(&self, doc: &Doc<'_>, out: &mut Vec<Entity>) {
        let text = doc.text;
        // A lone phrase ("hai mươi", "$10", "- 1.200.000") is read leniently when it is one quantity.
        if text.len() <= 80 && !text.contains('\n') {
            let phrase = text.trim_end_matches(['.', ' ']);
            let mut found = Vec::new();
            scan(phrase, true, None, &mut found);
            if let [one] = found.as_slice() {
                if one.start == 0 && one.end == phrase.len() {
                    out.append(&mut found);
                    return;
                }
            }
        }
        let before = out.len();
        scan(text, false, Some(&doc.hits(&self.trigger().expect("a lane"), text)), out);
        super::subject::annotate(text, &doc.lower(), &mut out[before..]);
    }
}

impl Item for NumberItem {
    const KEY: &'static str = "numbers";
    const SINGULAR: &'static str = "number";
    const DOC: &'static str = "quantities";
    const COLOUR: &'static str = "#ffe08a";
    const ATTRIBUTES: &'static [&'static str] = &["unit", "kind", "qualifier", "value_to"];
    const DESCRIBE: &'static [&'static str] = &["value", "value_to", "unit", "kind", "qualifier"];

    fn fields() -> Vec<Field> {
        vec![
            Field::req("value", Ty::Num, "exact value"),
            Field::opt("value_to", Ty::Num, "upper end of a range"),
            Field::opt("qualifier_to", Ty::Enum(schema::QUALIFIERS), "approximator of a range's upper end"),
            Field::opt("unit", Ty::Str, "ISO currency, %, unit or counted noun"),
            Field::req("kind", Ty::Enum(&["money", "percent", "count", "measure", "number"]), "kind of quantity"),
            Field::req("qualifier", Ty::Enum(schema::QUALIFIERS), "approximator"),
            Field::opt("subject", Ty::Str, "what it measures, as written: indicator or counted noun"),
            Field::opt("trend", Ty::Enum(&["up", "down"]), "rose or fell by or to it"),
            Field::opt("per", Ty::Str, "base of a rate: '800.000 đồng/kg' → kg"),
        ]
    }

    record_list!(numbers);

    fn restyle(&mut self, fix: &dyn Fn(&mut String)) {
        fix(&mut self.text);
        for s in [&mut self.unit, &mut self.subject, &mut self.per].into_iter().flatten() {
            fix(s);
        }
    }

    fn hover(&self) -> String {
        let range = self.value_to.map(|t| format!("–{t}")).unwrap_or_default();
        let unit = self.unit.as_deref().unwrap_or("-");
        format!("{} → {}{range} {unit} ({:?}, {:?})", self.text, self.value, self.kind, self.qualifier)
    }

    /// The value decides.
    fn key_agrees(gold: &Json, pred: &Json) -> bool {
        json_decimal(gold.get("value")) == json_decimal(pred.get("value"))
    }
}

impl Item for DurationItem {
    const KEY: &'static str = "durations";
    const SINGULAR: &'static str = "duration";
    const DOC: &'static str = "lengths of time";
    const COLOUR: &'static str = "#ffc6a8";
    const ATTRIBUTES: &'static [&'static str] = &[];
    const DESCRIBE: &'static [&'static str] = &["value", "unit"];

    fn fields() -> Vec<Field> {
        vec![
            Field::req("value", Ty::Num, "exact value"),
            Field::opt("value_to", Ty::Num, "upper end of a range"),
            Field::opt("qualifier_to", Ty::Enum(schema::QUALIFIERS), "approximator of a range's upper end"),
            Field::req(
                "unit",
                Ty::Enum(&["year", "quarter", "month", "week", "day", "hour", "minute", "second"]),
                "unit",
            ),
            Field::req("qualifier", Ty::Enum(schema::QUALIFIERS), "approximator"),
        ]
    }

    record_list!(durations);

    fn restyle(&mut self, fix: &dyn Fn(&mut String)) {
        fix(&mut self.text);
    }

    fn hover(&self) -> String {
        format!("{} → {} {:?} ({:?})", self.text, self.value, self.unit, self.qualifier)
    }

    /// The value and the unit decide.
    fn key_agrees(gold: &Json, pred: &Json) -> bool {
        json_decimal(gold.get("value")) == json_decimal(pred.get("value")) && gold.get("unit") == pred.get("unit")
    }
}

// ---------------------------------------------------------------------------------------------------
// Lexicons

/// What a unit after a number makes of the quantity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum UnitKind {
    /// Money in a currency (ISO code).
    Money(&'static str),
    /// Hundredths of a currency ("xu", "cent").
    Cent,
    Percent,
    Measure,
    Duration(DurationUnit),
}

/// Units by lower-case surface (`units.tsv`).
static UNITS: LazyLock<Map<UnitKind>> = LazyLock::new(|| {
    lexicon::rows(lexicon::UNITS)
        .filter_map(|r| {
            let canon = r.get(2).copied().unwrap_or("");
            let kind = match *r.get(1)? {
                "money" => UnitKind::Money(canon),
                "cent" => UnitKind::Cent,
                "percent" => UnitKind::Percent,
                "measure" => UnitKind::Measure,
                "duration" => UnitKind::Duration(duration_unit(canon)?),
                _ => return None,
            };
            Some((r[0], kind))
        })
        .collect()
});

/// Duration units of `units.tsv` that are many years: "2 thập niên" is 20 years, "hai thế kỷ" 200.
static YEARS_PER: LazyLock<Map<u32>> = LazyLock::new(|| {
    lexicon::rows(lexicon::UNITS)
        .filter_map(|r| match r.get(2).copied()? {
            "decade" => Some((r[0], 10)),
            "century" => Some((r[0], 100)),
            _ => None,
        })
        .collect()
});

fn duration_unit(s: &str) -> Option<DurationUnit> {
    Some(match s {
        "year" | "decade" | "century" => DurationUnit::Year,
        "quarter" => DurationUnit::Quarter,
        "month" => DurationUnit::Month,
        "week" => DurationUnit::Week,
        "day" => DurationUnit::Day,
        "hour" => DurationUnit::Hour,
        "minute" => DurationUnit::Minute,
        "second" => DurationUnit::Second,
        _ => return None,
    })
}

/// Role of a word after a number (`counted.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Noun,
    Single,
    Classifier,
    Stop,
}

static COUNTED: LazyLock<Map<Role>> = LazyLock::new(|| {
    lexicon::rows(lexicon::COUNTED)
        .filter_map(|r| {
            let role = match *r.get(1)? {
                "noun" => Role::Noun,
                "single" => Role::Single,
                "classifier" => Role::Classifier,
                "stop" => Role::Stop,
                _ => return None,
            };
            Some((r[0], role))
        })
        .collect()
});

/// A number word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Word {
    /// A digit; `free` is false for forms valid only in some positions (năm, lăm, mốt, tư, không).
    Digit(u8, Form),
    /// mười (ten as the tens digit).
    Ten,
    /// mươi / chục: multiplies the digit before by ten.
    Tens,
    /// trăm
    Hundred,
    /// linh / lẻ: zero tens ("một trăm linh năm").
    Zero,
    /// nghìn/ngàn (3), vạn (4), triệu (6), tỷ/tỉ (9).
    Scale(u32),
    /// rưỡi: and a half of the last scale.
    Half,
    /// phẩy / chấm: decimal point in words.
    Point,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Form {
    Plain,
    /// một: not a quantity alone.
    One,
    /// năm: also "year"; a digit only after linh/lẻ, or before a multiplier.
    Nam,
    /// lăm, mốt, tư: only after mươi/mười.
    AfterTens,
    /// không: only before trăm ("không trăm"), or alone in a lone phrase.
    Zero,
}

fn number_word(w: &str) -> Option<Word> {
    Some(match w {
        "không" => Word::Digit(0, Form::Zero),
        "một" => Word::Digit(1, Form::One),
        "mốt" => Word::Digit(1, Form::AfterTens),
        "hai" => Word::Digit(2, Form::Plain),
        "ba" => Word::Digit(3, Form::Plain),
        "bốn" => Word::Digit(4, Form::Plain),
        "tư" => Word::Digit(4, Form::AfterTens),
        "năm" => Word::Digit(5, Form::Nam),
        "lăm" => Word::Digit(5, Form::AfterTens),
        "sáu" => Word::Digit(6, Form::Plain),
        "bảy" => Word::Digit(7, Form::Plain),
        "tám" => Word::Digit(8, Form::Plain),
        "chín" => Word::Digit(9, Form::Plain),
        "mười" => Word::Ten,
        "mươi" | "chục" => Word::Tens,
        "trăm" => Word::Hundred,
        "linh" | "lẻ" => Word::Zero,
        "nghìn" | "ngàn" => Word::Scale(3),
        "vạn" => Word::Scale(4),
        "triệu" => Word::Scale(6),
        "tỷ" | "tỉ" => Word::Scale(9),
        "rưỡi" => Word::Half,
        "phẩy" | "chấm" => Word::Point,
        _ => return None,
    })
}

/// Words that can start a quantity.
const TRIGGER_WORDS: [&str; 21] = [
    "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "trăm", "nghìn", "ngàn", "vạn", "triệu",
    "tỷ", "tỉ", "chục", "hàng", "nửa", "không",
];

/// What may stand right before a trigger word; searching for the pair skips the many words that merely
/// contain a trigger ("khai", "bao").
const TRIGGER_LEFT: [&str; 4] = [" ", "\n", "(", "\""];

/// Trigger words (lower case and capitalised, each after one of [`TRIGGER_LEFT`]), plus signs and currency
/// codes written before an amount. Digits are found separately. The value is the length of the left
/// context in each pattern.
static TRIGGERS: LazyLock<(TriggerDfa, Vec<usize>)> = LazyLock::new(|| {
    let mut pats: Vec<String> = Vec::new();
    let mut left: Vec<usize> = Vec::new();
    for w in TRIGGER_WORDS {
        for l in TRIGGER_LEFT {
            for form in [w.to_string(), capitalise(w)] {
                pats.push(format!("{l}{form}"));
                left.push(l.len());
            }
        }
    }
    for p in ["$", "€", "£", "VN$", "USD", "EUR", "GBP", "INR", "Rs", "VND", "VNĐ"] {
        pats.push(p.to_string());
        left.push(0);
    }
    (trigger::dfa(MatchKind::LeftmostLongest, &pats), left)
});

/// Currency written before the amount ("$10", "USD1,23", "EUR 20", "VN$1000").
const PREFIX_CURRENCIES: &[(&str, &str)] = &[
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("VN$", "VND"),
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("INR", "INR"),
    ("Rs.", "INR"),
    ("Rs", "INR"),
    ("VND", "VND"),
    ("VNĐ", "VND"),
];

/// Digits with separators at the start of `b`, by the first of these readings that applies:
///
/// 1. Vietnamese grouping and decimal comma, `\d{1,3}(\.\d{3})+(,\d+)?`: "1.234.567,89";
/// 2. international grouping, unambiguous only with two groups or more, `\d{1,3}(,\d{3}){2,}`: "1,234,567";
/// 3. decimal point, `\d+\.\d{1,2}` (three digits would be grouping): "1.5";
/// 4. plain digits and a decimal comma, `\d*(,\d+)?`: "100000", "224,5", ",77".
///
/// Returns the integer digits (separators removed), the fraction digits, the length read and whether the
/// reading is the fourth one without a fraction.
fn digits_at(b: &[u8]) -> (String, String, usize, bool) {
    let run = |i: usize| b.get(i..).map_or(0, |r| r.iter().take_while(|x| x.is_ascii_digit()).count());
    let text = |r: &[u8]| String::from_utf8_lossy(r).into_owned();
    let n = run(0);
    let group = |e: usize, sep: u8| b.get(e) == Some(&sep) && run(e + 1) >= 3;
    if (1..=3).contains(&n) && group(n, b'.') {
        let (mut e, mut int) = (n, b[..n].to_vec());
        while group(e, b'.') {
            int.extend_from_slice(&b[e + 1..e + 4]);
            e += 4;
        }
        let f = if b.get(e) == Some(&b',') { run(e + 1) } else { 0 };
        if f > 0 {
            return (text(&int), text(&b[e + 1..e + 1 + f]), e + 1 + f, false);
        }
        return (text(&int), String::new(), e, false);
    }
    if (1..=3).contains(&n) {
        let (mut e, mut groups) = (n, 0);
        while group(e, b',') {
            e += 4;
            groups += 1;
        }
        if groups >= 2 {
            let int: Vec<u8> = b[..e].iter().copied().filter(|&x| x != b',').collect();
            return (text(&int), String::new(), e, false);
        }
    }
    if n >= 1 && b.get(n) == Some(&b'.') && run(n + 1) >= 1 {
        let f = run(n + 1).min(2);
        return (text(&b[..n]), text(&b[n + 1..n + 1 + f]), n + 1 + f, false);
    }
    let f = if b.get(n) == Some(&b',') { run(n + 1) } else { 0 };
    if f > 0 {
        return (text(&b[..n]), text(&b[n + 1..n + 1 + f]), n + 1 + f, false);
    }
    (text(&b[..n]), String::new(), n, true)
}

fn lower(w: &str) -> Cow<'_, str> {
    crate::chars::lowercase(w)
}

// ---------------------------------------------------------------------------------------------------
// Words and positions (byte offsets; the text has single spaces)

/// The lower-cased word before `i` and its start.
fn prev_lower(t: &str, i: usize) -> Option<(usize, Cow<'_, str>)> {
    prev_word(t, i).map(|(s, e)| (s, lower(&t[s..e])))
}

fn is_letter(c: Option<char>) -> bool {
    c.is_some_and(is_alpha)
}

fn is_alnum(c: Option<char>) -> bool {
    c.is_some_and(is_word_char)
}

/// The end of the phrase of `n` words starting at `s` (words separated by single spaces; a comma inside
/// is allowed for lexicon entries such as "tỉnh, thành phố").
fn phrase_ends(t: &str, s: usize, n: usize) -> Ends {
    let mut ends = Ends { at: [0; 5], len: 0 };
    let n = n.min(ends.at.len());
    let mut e = word_end(t, s);
    if e == s {
        return ends;
    }
    ends.push(e);
    while ends.len < n {
        let rest = &t.as_bytes()[e..];
        let skip = if rest.starts_with(b", ") {
            2
        } else if rest.starts_with(b" ") {
            1
        } else {
            break;
        };
        let ns = e + skip;
        let ne = word_end(t, ns);
        if ne == ns {
            break;
        }
        e = ne;
        ends.push(e);
    }
    ends
}

/// `t[from..e]` lower-cased for the ends `e` of one phrase: when the longest is lower case already (most
/// words after a number), every shorter one is too and none is lower-cased again.
struct Lowered<'a> {
    t: &'a str,
    from: usize,
    /// `t[from..plain]` is lower case.
    plain: usize,
}

impl<'a> Lowered<'a> {
    fn new(t: &'a str, from: usize, ends: &Ends) -> Lowered<'a> {
        let last = ends.as_slice().last().copied().unwrap_or(from);
        let plain = if crate::chars::has_no_capitals(&t[from..last]) { last } else { from };
        Lowered { t, from, plain }
    }

    fn get(&self, e: usize) -> Cow<'a, str> {
        if e <= self.plain { Cow::Borrowed(&self.t[self.from..e]) } else { lower(&self.t[self.from..e]) }
    }
}

/// Up to five word ends, without allocating.
struct Ends {
    at: [usize; 5],
    len: usize,
}

impl Ends {
    fn push(&mut self, e: usize) {
        if let Some(slot) = self.at.get_mut(self.len) {
            *slot = e;
            self.len += 1;
        }
    }

    fn as_slice(&self) -> &[usize] {
        &self.at[..self.len]
    }
}

// ---------------------------------------------------------------------------------------------------
// Reading a number

/// A number read from the text.
#[derive(Clone, Copy, Debug)]
struct Quant {
    start: usize,
    end: usize,
    value: Decimal,
    /// Largest scale word (exponent) written, e.g. 9 for "tỷ".
    scale: Option<u32>,
    /// Written in words only.
    words: bool,
    /// Words only and a single "một"/"nửa": not a quantity in running text without a unit.
    weak: bool,
    /// Digits that look like a year (1900-2100, no separators, no scale).
    year_like: bool,
    /// The number as written begins with a multiplier word ("chục", "trăm", "nghìn" …), valid after "hàng".
    bare_multiplier: bool,
}

/// Digits at `p`: value, end, whether plain (no separators), and the integer digits.
fn read_digits(t: &str, p: usize, lenient: bool) -> Option<(Decimal, usize, bool)> {
    // Fast path: a plain run of digits not followed by a separator and a digit.
    let run = t.as_bytes()[p..].iter().take_while(|b| b.is_ascii_digit()).count();
    let sep_digit = matches!(t.as_bytes().get(p + run), Some(b'.' | b','))
        && t.as_bytes().get(p + run + 1).is_some_and(u8::is_ascii_digit);
    if run > 0 && !sep_digit {
        let int = &t[p..p + run];
        if !lenient && run > 1 && int.starts_with('0') && !(run == 2 && zero_padded_count(t, p + run)) {
            return None;
        }
        return Some((Decimal::from_parts(int, "")?, p + run, true));
    }
    let (int, frac, len, plain) = digits_at(&t.as_bytes()[p..]);
    if len == 0 {
        return None;
    }
    // A leading zero is a code or a phone number ("0912…", "05"), except "0,5".
    if !lenient && int.len() > 1 && int.starts_with('0') {
        return None;
    }
    if !lenient && int.is_empty() {
        return None;
    }
    let value = Decimal::from_parts(if int.is_empty() { "0" } else { &int }, &frac)?;
    Some((value, p + len, plain))
}

/// Reads a number (digits and/or words) starting at `p`.
fn read_quant(t: &str, p: usize, lenient: bool) -> Option<Quant> {
    read_quant_until(t, p, lenient, t.len())
}

/// Reads a number starting at `p` from tokens that start before `limit`.
fn read_quant_until(t: &str, p: usize, lenient: bool, limit: usize) -> Option<Quant> {
    let mut total = Decimal::ZERO;
    let mut section = Decimal::ZERO;
    let mut pending: Option<Decimal> = None;
    let mut last_scale: Option<u32> = None;
    let mut max_scale: Option<u32> = None;
    let mut prev: Option<Word> = None;
    let mut any_digits = false;
    let mut words_seen = 0usize;
    let mut only_word: Option<Word> = None;
    let mut year_like = false;
    let mut bare_multiplier = false;
    let mut fraction_next = false;
    // Accepted state: (end, value) after the last token that makes a complete number.
    let mut best: Option<(usize, Decimal)> = None;
    let mut pos = p;
    let mut first = true;

    loop {
        let tok_start = if first {
            p
        } else {
            match t[pos..].strip_prefix(' ') {
                Some(_) => pos + 1,
                None => break,
            }
        };
        if tok_start >= limit {
            break;
        }
        let c = char_at(t, tok_start);
        if c.is_some_and(|c| c.is_ascii_digit() || (lenient && first && c == ',')) {
            // A digit literal: first, after a scale word ("1 triệu 200 nghìn"), or as a fraction.
            let Some((mut v, end, plain)) = read_digits(t, tok_start, lenient) else { break };
            if fraction_next {
                let digits = &t[tok_start..end];
                if !digits.bytes().all(|b| b.is_ascii_digit()) {
                    break;
                }
                let int = pending.unwrap_or(Decimal::ZERO).to_string();
                pending = Some(Decimal::from_parts(&int, digits)?);
                fraction_next = false;
                pos = end;
                best = Some((pos, total.checked_add(section)?.checked_add(pending.unwrap_or(Decimal::ZERO))?));
                continue;
            }
            if !(first || matches!(prev, Some(Word::Scale(_)))) || pending.is_some() {
                break;
            }
            let mut end = end;
            // Glued multiplier suffix: 100K, 1,2M, ,0012G.
            if let Some(s) = char_at(t, end) {
                let after = char_at(t, end + 1);
                let exp = match s {
                    'K' | 'k' => Some(3),
                    'M' => Some(6),
                    'G' if lenient || !v.is_integer() => Some(9),
                    _ => None,
                };
                if let Some(exp) = exp {
                    if !is_letter(after) {
                        v = v.checked_scale(exp)?;
                        end += 1;
                        max_scale = max_scale.max(Some(exp));
                    }
                }
            }
            if first && plain && v.is_integer() {
                let n = v.to_i64().unwrap_or(0);
                year_like = (1900..=2100).contains(&n) && end - tok_start == 4;
            }
            pending = Some(v);
            any_digits = true;
            pos = end;
            first = false;
            prev = None;
            best = Some((pos, total.checked_add(section)?.checked_add(v)?));
            continue;
        }
        let we = word_end(t, tok_start);
        if we == tok_start {
            break;
        }
        let lw = lower(&t[tok_start..we]);
        let Some(w) = number_word(&lw) else { break };
        // Each rule either accepts the word (updating the state) or ends the number before it.
        match w {
            Word::Digit(d, form) => {
                if fraction_next {
                    let int = pending.unwrap_or(Decimal::ZERO).to_string();
                    pending = Some(Decimal::from_parts(&int, &d.to_string())?);
                    fraction_next = false;
                } else {
                    if pending.is_some() {
                        break;
                    }
                    let after_tens = matches!(prev, Some(Word::Tens | Word::Ten));
                    let ok = match form {
                        Form::Plain => !after_tens || d != 5,
                        Form::One => prev != Some(Word::Tens),
                        Form::AfterTens => after_tens,
                        Form::Nam => {
                            matches!(prev, Some(Word::Zero))
                                || (!after_tens && next_is_multiplier(t, we))
                                || (lenient && first && next_word(t, we).is_none())
                        }
                        Form::Zero => next_is_word(t, we, "trăm") || (lenient && first && next_word(t, we).is_none()),
                    };
                    if !ok {
                        break;
                    }
                    if after_tens {
                        section = section.checked_add(Decimal::from_int(i64::from(d)))?;
                    } else {
                        pending = Some(Decimal::from_int(i64::from(d)));
                    }
                }
            }
            Word::Ten => {
                if pending.is_some() || matches!(prev, Some(Word::Tens | Word::Ten)) {
                    break;
                }
                section = section.checked_add(Decimal::from_int(10))?;
            }
            Word::Tens => {
                // "hai mươi", "hai chục", "hàng chục" (a bare chục means ten).
                let Some(d) = pending.take().or_else(|| (lw == "chục").then_some(Decimal::from_int(1))) else {
                    break;
                };
                if first {
                    bare_multiplier = true;
                }
                section = section.checked_add(d.checked_mul(Decimal::from_int(10))?)?;
            }
            Word::Hundred => {
                if !section.is_zero() {
                    break;
                }
                if pending.is_none() && first {
                    bare_multiplier = true;
                }
                let d = pending.take().unwrap_or(Decimal::from_int(1));
                section = d.checked_mul(Decimal::from_int(100))?;
            }
            Word::Zero => {
                if prev != Some(Word::Hundred) {
                    break;
                }
            }
            Word::Scale(exp) => {
                let chunk = section.checked_add(pending.take().unwrap_or(Decimal::ZERO))?;
                section = Decimal::ZERO;
                if chunk.is_zero() {
                    match prev {
                        // "nghìn tỷ": the whole amount so far is scaled.
                        Some(Word::Scale(pe)) if pe < exp => total = total.checked_scale(exp)?,
                        // "hàng nghìn", "nghìn" alone: one of them.
                        None if first => {
                            bare_multiplier = true;
                            total = Decimal::from_int(1).checked_scale(exp)?;
                        }
                        _ => break,
                    }
                } else {
                    if last_scale.is_some_and(|l| l <= exp) {
                        break;
                    }
                    total = total.checked_add(chunk.checked_scale(exp)?)?;
                }
                last_scale = Some(exp);
                max_scale = max_scale.max(Some(exp));
            }
            Word::Half => {
                let Some(Word::Scale(exp)) = prev else { break };
                let half = Decimal::new(5, 1)?.checked_scale(exp)?;
                total = total.checked_add(half)?;
            }
            Word::Point => {
                if pending.is_none() || !section.is_zero() || !total.is_zero() {
                    break;
                }
                // Only when a digit follows.
                let Some((ns, ne)) = next_word(t, we) else { break };
                let nw = lower(&t[ns..ne]);
                if !(t[ns..ne].bytes().all(|b| b.is_ascii_digit()) || matches!(number_word(&nw), Some(Word::Digit(..))))
                {
                    break;
                }
                fraction_next = true;
            }
        }
        words_seen += 1;
        only_word = if words_seen == 1 && !any_digits { Some(w) } else { None };
        first = false;
        prev = Some(w);
        pos = we;
        if !fraction_next {
            let v = total.checked_add(section)?.checked_add(pending.unwrap_or(Decimal::ZERO))?;
            best = Some((pos, v));
        }
    }
    let (end, value) = best?;
    // A digit literal after a scale word must itself be followed by a smaller scale word: "1 triệu 200
    // nghìn"; otherwise the number ends at the scale word ("10 triệu 5 người" is two things).
    let (end, value) = trim_dangling(t, p, end, value, lenient)?;
    let weak = !any_digits && matches!(only_word, Some(Word::Digit(1, _)));
    Some(Quant {
        start: p,
        end,
        value,
        scale: max_scale,
        words: !any_digits,
        weak,
        year_like: year_like && max_scale.is_none() && end - p == 4,
        bare_multiplier,
    })
}

/// Drops a trailing digit literal that follows a scale word without a scale of its own.
fn trim_dangling(t: &str, p: usize, end: usize, value: Decimal, lenient: bool) -> Option<(usize, Decimal)> {
    let s = &t[p..end];
    let Some(sp) = s.rfind(' ') else { return Some((end, value)) };
    let last = &s[sp + 1..];
    if lenient || !last.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
        return Some((end, value));
    }
    // Re-read up to the space.
    let cut = p + sp;
    let q = read_quant_until(t, p, lenient, cut).filter(|q| q.end <= cut);
    match q {
        Some(q) => Some((q.end, q.value)),
        None => {
            let (v, e, _) = read_digits(t, p, lenient)?;
            Some((e, v))
        }
    }
}

fn next_is_word(t: &str, i: usize, w: &str) -> bool {
    next_word(t, i).is_some_and(|(s, e)| lower(&t[s..e]) == w)
}

fn next_is_multiplier(t: &str, i: usize) -> bool {
    next_word(t, i).is_some_and(|(s, e)| {
        matches!(number_word(&lower(&t[s..e])), Some(Word::Tens | Word::Hundred | Word::Scale(_)))
    })
}

trait IsZero {
    fn is_zero(&self) -> bool;
}

impl IsZero for Decimal {
    fn is_zero(&self) -> bool {
        *self == Decimal::ZERO
    }
}

// ---------------------------------------------------------------------------------------------------
// Context: what is not a quantity

/// What a word right before a number makes of it (`number_words.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Before {
    /// A date part, time, rank, code or reference: "năm 2017", "Điều 5", "quý 3"; "số" only after a
    /// document type.
    NotQuantity,
    /// A place or thing named by its number ("phòng 305", "đường 5"), unless a unit follows.
    Label,
}

/// `number_words.tsv`: words with a [`Before`] role, and the two-word references.
struct NumberWords {
    before: Map<Before>,
    references: Vec<(&'static str, &'static str)>,
    /// Two words whose last is a label that make a verb: "cung cấp", "hối lộ".
    verbs: Vec<(&'static str, &'static str)>,
}

static NUMBER_WORDS: LazyLock<NumberWords> = LazyLock::new(|| {
    let mut words = NumberWords { before: Map::default(), references: Vec::new(), verbs: Vec::new() };
    for r in lexicon::rows(lexicon::NUMBER_WORDS) {
        match r.get(1).copied() {
            Some("not_quantity") => drop(words.before.insert(r[0], Before::NotQuantity)),
            Some("label") => drop(words.before.insert(r[0], Before::Label)),
            Some("reference") => words.references.extend(r[0].split_once(' ')),
            Some("verb") => words.verbs.extend(r[0].split_once(' ')),
            other => panic!("number_words.tsv: {:?} has the unknown role {other:?}", r[0]),
        }
    }
    words
});

/// Words before a number that make it no quantity: date parts, times, ranks, codes, references.
fn rejects_before(w: &str) -> bool {
    NUMBER_WORDS.before.get(w) == Some(&Before::NotQuantity)
}

/// Labels before a number ("phòng 305", "đường 5", "vòng 2", "lớp 12"): a name, unless a unit or a known
/// counted noun follows ("đường 10 làn xe", "trong vòng 2 giờ").
fn label_before(w: &str) -> bool {
    NUMBER_WORDS.before.get(w) == Some(&Before::Label)
}

/// Document types and ordinals: a number right after one is a reference ("Nghị định 81", "Thông tư số 01",
/// "lần thứ 2"), from the references of `number_words.tsv`.
fn is_doc_type(a: &str, b: &str) -> bool {
    NUMBER_WORDS.references.iter().any(|&(x, y)| x == a && y == b)
}

/// The number at `q` is part of a date, code, reference or label (strict mode).
/// Whether "một ngày" (or "một năm"…) at `start..end` names a day rather than a length of time: after
/// "là" ("Đó là một ngày đen tối") or before "nọ", "nào đó", "kia", or an adjective of mood or weather.
fn a_day_not_a_length(t: &str, start: usize, end: usize) -> bool {
    const AFTER: &[&str] =
        &["nọ", "nào", "kia", "đẹp", "đen", "buồn", "vui", "đáng", "đặc", "bình", "tồi", "tuyệt", "khó", "lịch"];
    prev_lower(t, start).is_some_and(|(_, w)| w == "là")
        || next_word(t, end).is_some_and(|(s, e)| AFTER.contains(&lower(&t[s..e]).as_ref()))
}

fn rejected(t: &str, q: &Quant) -> bool {
    if glued_before(t, q.start) {
        return true;
    }
    // What follows the digits: a date or document number ("17/3/2008", "26-CT/TU", "31-12-2016"), a time
    // ("14h30", "9:30"), or more digits that were not read ("0912.345.678").
    let after = char_at(t, q.end);
    let after2 = char_at(t, q.end + 1);
    match after {
        // "200 triệu/ha/năm", "10 triệu/tháng": an amount per unit, not a code.
        Some('/') if !q.words && millions_per_unit(t, q, q.end) => {}
        Some('/' | ':') if after2.is_some_and(crate::chars::is_alphanumeric) => return true,
        Some('.' | ',') if after2.is_some_and(|c| c.is_ascii_digit()) => return true,
        // "26-CT/TU", "5-sao" — but "6-inch" is a measure.
        Some('-') if after2.is_some_and(crate::chars::is_alphabetic) && unit_at(t, q.end).is_none() => return true,
        Some('-') if after2.is_some_and(|c| c.is_ascii_digit()) => {
            // "31-12-2016", "1-6": a second dash or a slash after the next digits is a date.
            let rest = &t[q.end + 1..];
            let n = rest.bytes().take_while(u8::is_ascii_digit).count();
            if matches!(rest.as_bytes().get(n), Some(b'-' | b'/')) {
                return true;
            }
            // "sáng nay 1-4", "hôm qua 7-4": the date of a relative day.
            if n <= 2 && super::date::after_relative_day(t, q.start) {
                return true;
            }
        }
        // "14h", "14h30", "9g": times.
        Some('h' | 'g' | 'H') if !q.words && !is_letter(after2) && q.end - q.start <= 2 => return true,
        _ => {}
    }
    // "lớp 1, 2, 3 uống sữa", "phòng 201, 202": the later numbers of a label's list are labels too.
    let mut first = q.start;
    for _ in 0..8 {
        let Some(before) = t[..first].strip_suffix(", ") else { break };
        let n = before.bytes().rev().take_while(u8::is_ascii_digit).count();
        if n == 0 || n > 3 {
            break;
        }
        first = before.len() - n;
    }
    // (Not before a known counted noun or unit: "3 trận ở giai đoạn 1, 5 trận thuộc giai đoạn 2".)
    if first < q.start
        && prev_lower(t, first).is_some_and(|(_, w)| label_before(&w))
        && !strong_unit_after(t, q.end, true)
        && !unit_at(t, q.end).is_some_and(|u| u.known)
    {
        return true;
    }
    // Words before.
    if let Some((s, w)) = prev_lower(t, q.start) {
        // "Năm 14 tuổi", "lúc 4-6 tuổi": at an age, not a year or a time.
        let age = matches!(w.as_ref(), "năm" | "lúc") && !q.words && q.end - q.start <= 3 && age_after(t, q.end);
        // "trong số 6 tàu ngầm", "tổng số 50 người": among, in all; "số" is no label there.
        let among = w == "số" && prev_lower(t, s).is_some_and(|(_, w0)| matches!(w0.as_ref(), "trong" | "tổng"));
        // "1 năm 11 tháng 3 ngày", "2 năm 6 tháng tù", "2 phút 24 giây": the next part of a compound length,
        // not a year, a month or a time.
        // A time of day is no length: "14 giờ 30 phút 15 giây".
        let compound = matches!(w.as_ref(), "năm" | "tháng" | "phút")
            && prev_word(t, s).is_some_and(|(a, b)| {
                t[a..b].bytes().all(|c| c.is_ascii_digit())
                    && !(w == "phút" && prev_lower(t, a).is_some_and(|(_, x)| matches!(x.as_ref(), "giờ" | "lúc")))
            })
            && unit_at(t, q.end).is_some_and(|u| matches!(u.kind, UnitKind::Duration(_)))
            && !q.words;
        if compound {
            return false;
        }
        // "top 5%", "top 1.3 %": a share, not a rank ("top 10" stays a name).
        let share = w == "top" && unit_at(t, q.end).is_some_and(|u| matches!(u.kind, UnitKind::Percent));
        if rejects_before(&w) && (w != "số" || after_doc_type(t, s)) && !age && !share {
            return true;
        }
        // "cung cấp 60 container": a verb that ends with a label word.
        let verb =
            || prev_lower(t, s).is_some_and(|(_, w0)| NUMBER_WORDS.verbs.iter().any(|&(a, b)| a == w0 && b == w));
        // A label's number may open a range whose unit follows its other end ("trong vòng 2-3 năm"); a
        // number after "số" stays a name ("(Số 4 - 8,5 điểm)": shirt 4, rated 8.5).
        if (label_before(&w) && !verb() || w == "số" && !among) && !strong_unit_after(t, q.end, w != "số") {
            return true;
        }
        if let Some((_, w0)) = prev_lower(t, s) {
            if is_doc_type(&w0, &w) {
                return true;
            }
        }
        // A capitalised Latin name before digits: "iPhone 12", "Euro 2020", "SEA Games 31".
        // An acronym before a count is no name: "giáo viên THCS 1.674 người".
        let acronym = t[s..q.start - 1].bytes().all(|b| b.is_ascii_uppercase());
        let count_after = acronym && q.value.is_integer() && unit_at(t, q.end).is_some_and(|u| u.counted && u.known);
        if !q.words && is_product_name(&t[s..q.start - 1]) && !measure_after(t, q.end) && !count_after {
            return true;
        }
    }
    false
}

/// A number starting at `start` glued to a word, a code or another number: "E5", "U23", "51C-219.51",
/// "Covid-19", "+84", "#3", the "2" and "2017" of "6/2/2017". Its first test in [`rejected`], which
/// [`scan`] makes before reading a number in digits: a third of the digits in news text are such.
fn glued_before(t: &str, start: usize) -> bool {
    let before = char_before(t, start);
    if is_alnum(before) || matches!(before, Some('/' | '+' | '#' | '.' | '&' | '_' | '@' | ':')) {
        return true;
    }
    if before == Some('-') && is_alnum(char_before(t, start - 1)) {
        return true;
    }
    before == Some(',') && char_before(t, start - 1).is_some_and(|c| c.is_ascii_digit())
}

/// The qualifier of an approximator between "tuổi" and an age ("ở tuổi ngoài 50", "tuổi gần 70").
fn age_approximator(w: &str) -> Option<Qualifier> {
    match w {
        "ngoài" | "hơn" | "trên" => Some(Qualifier::Over),
        "gần" | "ngót" => Some(Qualifier::Nearly),
        "khoảng" | "chừng" => Some(Qualifier::About),
        "dưới" => Some(Qualifier::Under),
        _ => None,
    }
}

/// " tuổi" after a number ending at `i`, or the high end of a range and " tuổi" ("-6 tuổi", " - 6 tuổi").
fn age_after(t: &str, i: usize) -> bool {
    let rest = &t[i..];
    let rest = match rest.strip_prefix(" - ").or_else(|| rest.strip_prefix('-')) {
        Some(r) => {
            let n = r.bytes().take_while(u8::is_ascii_digit).count();
            if n == 0 || n > 3 {
                return false;
            }
            &r[n..]
        }
        None => rest,
    };
    rest.starts_with(" tuổi") && !rest[" tuổi".len()..].starts_with(is_word_char)
}

/// "10,000", "2,500": one to three digits, a comma and three digits, read as a whole number.
fn english_thousands(w: &str) -> Option<Decimal> {
    let (a, b) = w.split_once(',')?;
    let digits = |s: &str| s.bytes().all(|c| c.is_ascii_digit());
    (matches!(a.len(), 1..=3) && b.len() == 3 && digits(a) && digits(b) && !a.starts_with('0'))
        .then(|| Decimal::from_parts(&format!("{a}{b}"), ""))
        .flatten()
}

/// The counted noun of a whole of more than `part` after the part ending at `i`: " trên 11 đề cử", " trong số
/// 10 đề cử", " trong tổng số 650 ghế", " trong 5 tiền đạo" (not "Tablet 2 trong 1 chạy Android").
fn whole_after(t: &str, i: usize, part: Decimal) -> Option<Unit> {
    const LINKS: &[&str] = &[" trên ", " trong số ", " trong tổng số ", " trong "];
    let j = i + LINKS.iter().find(|w| t[i..].starts_with(**w))?.len();
    // "253 trong số gần 300 thí sinh": an approximator may stand before the whole.
    let q = ["gần ", "hơn ", "khoảng ", "chưa đầy ", "xấp xỉ "].iter().find(|w| t[j..].starts_with(**w));
    let (whole, end, _) = read_digits(t, j + q.map_or(0, |w| w.len()), true)?;
    (whole > part).then(|| unit_at(t, end)).flatten().filter(|u| u.counted)
}

/// The number in digits that one of `links` at `i` leads to (read leniently or not, see [`read_digits`]):
/// its value and end.
fn number_after_link(t: &str, i: usize, links: &[&str], lenient: bool) -> Option<(Decimal, usize)> {
    let skip = links.iter().find(|w| t[i..].starts_with(**w))?.len();
    let (value, end, _) = read_digits(t, i + skip, lenient)?;
    Some((value, end))
}

/// The unit of the number after "và"/"hoặc" at `i`, when it is written in digits and a measure, money or
/// a percent follows it directly: "30.000 và 45.000 kg" (see [`Phrase::unit`]).
fn shared_unit_after(t: &str, i: usize) -> Option<Unit> {
    number_after_link(t, i, &[" và ", " hoặc "], false)
        .and_then(|(_, end)| unit_at(t, end))
        .filter(|u| !u.counted && !matches!(u.kind, UnitKind::Duration(_)))
}

/// "01 trường hợp", "02 giải", "03 tháng": a count or a quantity padded with a zero, as official writing
/// does, when a known counted noun or a unit follows the two digits ending at `i`.
fn zero_padded_count(t: &str, i: usize) -> bool {
    t[i..].starts_with(' ') && unit_at(t, i).is_some_and(|u| !u.counted || u.known)
}

/// A unit of measure, money or percent (not a counted noun) right after the number: "RAM 4 GB".
fn measure_after(t: &str, i: usize) -> bool {
    unit_at(t, i).is_some_and(|u| !u.counted && !matches!(u.kind, UnitKind::Duration(_)))
}

/// A unit or a lexicon compound noun right after the number: it is a quantity even after a label.
fn strong_unit_after(t: &str, i: usize, range: bool) -> bool {
    // "tập 150-300 phút": with `range`, the unit after the range's other end.
    let i = match t[i..].strip_prefix('-').or_else(|| t[i..].strip_prefix(" - ")) {
        Some(r) if range && r.starts_with(|c: char| c.is_ascii_digit()) => {
            let j = t.len() - r.len();
            j + r.bytes().take_while(|b| b.is_ascii_digit() || matches!(b, b'.' | b',')).count()
        }
        _ => i,
    };
    unit_at(t, i).is_some_and(|u| {
        let w = &t[u.start..u.end];
        // An acronym counts ("nhóm 3 DN"), unless a name goes on after it ("vòng 11 LS V-League").
        let name_on = next_word(t, u.end).is_some_and(|(s, _)| char_at(t, s).is_some_and(crate::chars::is_uppercase));
        let acronym = w.chars().all(crate::chars::is_uppercase) && !name_on;
        !u.counted || acronym || u.known && (w.contains(' ') || w == "người")
    })
}

/// "số" right after a document type: "Nghị định số 81".
fn after_doc_type(t: &str, so: usize) -> bool {
    let Some((s1, w1)) = prev_lower(t, so) else { return false };
    let Some((_, w0)) = prev_lower(t, s1) else { return false };
    is_doc_type(&w0, &w1)
}

/// A name written in Latin letters that is not Vietnamese, before digits: product, event and model
/// names ("iPhone 12", "SEA Games 31", "Windows 10", "Cup 2"). Sentence-initial Vietnamese words ("Trong",
/// "Theo") are not: Vietnamese has no f, j, w or z, and writes no capital inside a word.
fn is_product_name(w: &str) -> bool {
    let ascii = w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    if !ascii || w.len() < 2 {
        return false;
    }
    let upper_start = w.starts_with(|c: char| c.is_ascii_uppercase());
    let inner_upper = w.chars().skip(1).any(|c| c.is_ascii_uppercase());
    let all_upper = w.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    let foreign = w.bytes().any(|b| matches!(b.to_ascii_lowercase(), b'f' | b'j' | b'w' | b'z'));
    (inner_upper && !all_upper)
        || (all_upper && !is_currency_code(w))
        || (upper_start && foreign)
        || matches!(w, "Cup" | "Games" | "Galaxy" | "Euro" | "League" | "Series" | "Pro" | "Plus" | "Max" | "Mini")
}

fn is_currency_code(w: &str) -> bool {
    PREFIX_CURRENCIES.iter().any(|(c, _)| *c == w)
}

// ---------------------------------------------------------------------------------------------------
// Qualifiers

/// Capitalised Vietnamese words without diacritics that often start a sentence before a number.
const VIETNAMESE_ASCII_STARTS: &[&str] = &[
    "Mua", "Theo", "Cho", "Con", "Anh", "Em", "Khi", "Chi", "Xin", "Tin", "Ban", "Bao", "Gia", "Thu", "Sau", "Ngay",
    "Tai", "Vay", "Nhan", "Ra", "Va", "Nam", "Hai", "Ba", "Tam", "Sinh", "Chia", "Giao", "Xem", "Trong", "Tong",
];

/// The last word of every qualifier: a number whose previous word is none of these has no qualifier.
static QUALIFIER_LAST_WORDS: LazyLock<lexicon::Set> =
    LazyLock::new(|| QUALIFIERS.iter().filter_map(|(p, _)| p.rsplit(' ').next()).collect());

/// Qualifier phrases before a number, longest first.
const QUALIFIERS: &[(&str, Qualifier)] = &[
    ("không ít hơn", Qualifier::Over),
    ("không cao hơn", Qualifier::Under),
    ("khoảng chừng", Qualifier::About),
    ("tầm khoảng", Qualifier::About),
    ("ước tính đạt", Qualifier::About),
    ("ước khoảng", Qualifier::About),
    ("ước đạt", Qualifier::About),
    ("ước tính", Qualifier::About),
    ("xấp xỉ", Qualifier::About),
    ("trên dưới", Qualifier::About),
    ("gần như", Qualifier::Nearly),
    ("hơn hẳn", Qualifier::Over),
    ("ít nhất", Qualifier::Over),
    ("tối thiểu", Qualifier::Over),
    ("nhiều hơn", Qualifier::Over),
    ("cao hơn", Qualifier::Over),
    ("vượt quá", Qualifier::Over),
    ("không dưới", Qualifier::Over),
    ("chưa đến", Qualifier::Under),
    ("chưa tới", Qualifier::Under),
    ("chưa đầy", Qualifier::Under),
    ("không quá", Qualifier::Under),
    ("không tới", Qualifier::Under),
    ("không đến", Qualifier::Under),
    ("không hơn", Qualifier::Under),
    ("tối đa", Qualifier::Under),
    ("ít hơn", Qualifier::Under),
    ("kém hơn", Qualifier::Under),
    ("thấp hơn", Qualifier::Under),
    ("lên tới", Qualifier::UpTo),
    ("lên đến", Qualifier::UpTo),
    ("gần", Qualifier::Nearly),
    ("suýt", Qualifier::Nearly),
    ("ngót", Qualifier::Nearly),
    ("trên", Qualifier::Over),
    ("hơn", Qualifier::Over),
    ("vượt", Qualifier::Over),
    ("khoảng", Qualifier::About),
    ("chừng", Qualifier::About),
    ("ước", Qualifier::About),
    ("tầm", Qualifier::About),
    ("cỡ", Qualifier::About),
    ("dưới", Qualifier::Under),
    ("tới", Qualifier::UpTo),
];

/// The qualifier phrase ending right before `i`: its start and meaning.
fn qualifier_before(t: &str, i: usize) -> Option<(usize, Qualifier)> {
    // "<50μm", "> 30%", "≤ 5": a sign glued or spaced.
    let head = t[..i].strip_suffix(' ').unwrap_or(&t[..i]);
    match head.chars().next_back() {
        Some(c @ ('<' | '≤')) => return Some((head.len() - c.len_utf8(), Qualifier::Under)),
        Some(c @ ('>' | '≥')) => return Some((head.len() - c.len_utf8(), Qualifier::Over)),
        _ => {}
    }
    let (s1, e1) = prev_word(t, i)?;
    // Most numbers have no qualifier: look further only when the last word ends one.
    let last = lower(&t[s1..e1]);
    if !QUALIFIER_LAST_WORDS.contains(last.as_ref()) {
        return None;
    }
    // "5 trên 11 đề cử": five out of eleven, not over eleven.
    if last == "trên" {
        let head = t[..s1].trim_end();
        let digits = head.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
        if digits.len() < head.len() && (digits.is_empty() || digits.ends_with(char::is_whitespace)) {
            return None;
        }
    }
    let w2 = prev_word(t, s1);
    // "kích cỡ 19-inch", "vành bánh cỡ 17 inch": a size, not about.
    if last == "cỡ"
        && w2.is_some_and(|(s, e)| {
            matches!(lower(&t[s..e]).as_ref(), "kích" | "bánh" | "vành" | "mâm" | "lốp" | "hình" | "khổ")
        })
    {
        return None;
    }
    let s2 = w2.map(|(s, _)| s);
    let s3 = s2.and_then(|s| prev_word(t, s)).map(|(s, _)| s);
    // The last one, two and three words, lower-cased once.
    let spans = [Some(s1), s2, s3];
    let phrases: Vec<(usize, String)> = spans.iter().flatten().map(|&s| (s, t[s..i - 1].to_lowercase())).collect();
    QUALIFIERS.iter().find_map(|&(phrase, q)| {
        let n = phrase.bytes().filter(|&b| b == b' ').count();
        phrases.get(n).filter(|(_, p)| p == phrase).map(|(s, _)| (*s, q))
    })
}

// ---------------------------------------------------------------------------------------------------
// Units and counted nouns

#[derive(Clone, Debug)]
struct Unit {
    end: usize,
    kind: UnitKind,
    /// Where the unit starts (the unit as written is `t[start..end]`).
    start: usize,
    /// A counted noun rather than a unit.
    counted: bool,
    /// A counted noun found in the lexicon (not guessed from the words after the number).
    known: bool,
}

/// The first word of every unit of an amount (not a measure) that starts with a letter, as in the lexicon.
static AMOUNT_FIRST_WORDS: LazyLock<lexicon::Set> = LazyLock::new(|| {
    UNITS
        .iter()
        .filter(|&(k, &kind)| kind != UnitKind::Measure && k.starts_with(crate::chars::is_alphabetic))
        .map(|(k, _)| &k[..k.find(|c: char| !is_word_char(c)).unwrap_or(k.len())])
        .collect()
});

/// False when [`unit_at`] `i` is surely no unit of an amount (None, a counted noun or a measure): what
/// starts there is a word that starts none ("một người", "một số"); a cheap look before the full one.
fn amount_unit_may_start(t: &str, i: usize) -> bool {
    let glued = is_letter(char_at(t, i));
    let Some(s) = (if glued { Some(i) } else { t.get(i..).and_then(|r| r.strip_prefix(' ')).map(|_| i + 1) }) else {
        return true;
    };
    if !is_letter(char_at(t, s)) {
        return true;
    }
    let w = &t[s..word_end(t, s)];
    AMOUNT_FIRST_WORDS.contains(w) || AMOUNT_FIRST_WORDS.contains(lower(w).as_ref())
}

/// A unit at `i` (glued or after one space): the longest lexicon entry of up to four words.
fn unit_at(t: &str, i: usize) -> Option<Unit> {
    // "màn hình 6-inch", "15,6-inch": a measure joined by a hyphen.
    if t[i..].starts_with('-') && char_at(t, i + 1).is_some_and(crate::chars::is_alphabetic) {
        // Not one letter ("2-m") nor a word that goes on ("5-inch-wide").
        return unit_at(t, i + 1).filter(|u| {
            u.kind == UnitKind::Measure
                && !u.counted
                && t[u.start..u.end].chars().nth(1).is_some()
                && word_end(t, u.start) == u.end
                && !matches!(char_at(t, u.end), Some('-'))
        });
    }
    let glued = is_letter(char_at(t, i)) || matches!(char_at(t, i), Some('%' | '$' | '€' | '£' | '°'));
    let s = if glued { i } else { i + t.get(i..)?.strip_prefix(' ').map(|_| 1)? };
    // Symbols.
    let first = char_at(t, s)?;
    if matches!(first, '%' | '$' | '€' | '£') {
        let end = s + first.len_utf8();
        let key = &t[s..end];
        let kind = *UNITS.get(key)?;
        return Some(Unit { start: s, end, kind, counted: false, known: true });
    }
    if first == '°' {
        let end = word_end(t, s + first.len_utf8());
        let key = lower(&t[s..end]).into_owned();
        let kind = *UNITS.get(key.as_str())?;
        return Some(Unit { start: s, end, kind, counted: false, known: true });
    }
    if !crate::chars::is_alphabetic(first) {
        return None;
    }
    // Words may carry "/" ("km/h") and digits ("m2").
    let ends = phrase_ends(t, s, 4);
    let low = Lowered::new(t, s, &ends);
    let mut best: Option<Unit> = None;
    for &e in ends.as_slice() {
        let mut e2 = e;
        // "km/h", "m/s": a slash and a unit after it.
        if t[e..].starts_with('/') {
            let we = word_end(t, e + 1);
            if we > e + 1 {
                let key = lower(&t[s..we]);
                if UNITS.contains_key(key.as_ref()) {
                    e2 = we;
                }
            }
        }
        // One letter is case-sensitive: "5 g" is grams, "5G" a network.
        let key = if e2 - s == 1 { Cow::Borrowed(&t[s..e2]) } else { low.get(e2) };
        if COUNTED.get(key.as_ref()) == Some(&Role::Stop) {
            // "đồng thời", "bị hại": not a unit; a compound noun may still start here. A longer unit that
            // starts with the stop word is one ("5 chỉ vàng", where "chỉ" alone is "only").
            if !ends.as_slice().iter().any(|&e3| e3 > e2 && UNITS.contains_key(low.get(e3).as_ref())) {
                return counted_at(t, s).filter(|n| n.known && !glued);
            }
            continue;
        }
        // A letter that starts a name: "vòng 13 V-League", "11 V.League".
        let name = e2 - s == 1
            && matches!(char_at(t, e2), Some('-' | '.'))
            && char_at(t, e2 + 1).is_some_and(crate::chars::is_alphabetic);
        if let Some(&kind) = UNITS.get(key.as_ref()).filter(|_| !name) {
            best = Some(Unit { start: s, end: e2, kind, counted: false, known: true });
        }
    }
    // A longer counted noun wins over a unit word ("điểm thi", "đồng hồ"), but not over a currency after a
    // scale word: "18.000 tỷ đồng bằng vốn vay", "50.000 tỉ đồng phục vụ" are money.
    // A glued unit is never a counted noun: no look for one. Each test is made only when the ones before
    // it leave the answer open (most numbers have no currency after them).
    if glued {
        return best;
    }
    let scaled = || {
        ["tỷ", "tỉ", "triệu", "nghìn", "ngàn"].iter().any(|w| {
            t[..s].trim_end().strip_suffix(w).is_some_and(|r| !r.ends_with(|c: char| crate::chars::is_alphanumeric(c)))
        })
    };
    // "bảng" after a small count is a table when a word follows ("một bảng thành tích", "9 bảng sẽ khởi
    // tranh", "2 bảng còn lại"): pounds come by the thousand ("50.000 bảng vì …"). The compound nouns of the
    // lexicon ("bảng đấu", "bảng lương") are tables whatever the count, below.
    if best.as_ref().is_some_and(|b| lower(&t[b.start..b.end]) == "bảng") && !scaled() {
        let small = prev_word(t, s).is_some_and(|(ps, pe)| {
            let w = lower(&t[ps..pe]);
            (w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()))
                || matches!(w.as_ref(), "một" | "hai" | "ba" | "bốn" | "năm" | "sáu" | "bảy" | "tám" | "chín" | "mười")
        });
        let word_after = best
            .as_ref()
            .and_then(|b| next_word(t, b.end))
            .is_some_and(|(ns, ne)| t[..ns].ends_with(' ') && t[ns..ne].starts_with(crate::chars::is_lowercase));
        if small && word_after {
            best = None;
        }
    }
    if let Some(noun) = counted_at(t, s) {
        // People are counted in thousands and millions too: "10 triệu đồng bào", "hàng nghìn đồng chí".
        let people = || {
            let noun_lower = lower(&t[noun.start..noun.end]);
            ["đồng bào", "đồng chí", "đồng nghiệp", "đồng hương", "đồng minh"].iter().any(|p| noun_lower.starts_with(p))
        };
        let money = || best.as_ref().is_some_and(|b| matches!(b.kind, UnitKind::Money(_))) && !people();
        if best.as_ref().is_none_or(|b| noun.known && noun.end > b.end) && !(money() && scaled()) {
            return Some(noun);
        }
    }
    best
}

/// The first word of every counted noun of the lexicon of more than one word.
static NOUN_FIRST_WORDS: LazyLock<lexicon::Set> = LazyLock::new(|| {
    COUNTED
        .iter()
        .filter(|&(_, &role)| role == Role::Noun)
        .filter_map(|(k, _)| k.find(|c: char| !is_word_char(c)).map(|e| &k[..e]))
        .collect()
});

/// A counted noun at `s`: a lexicon compound, a classifier with its noun, a known one-word noun, or
/// (guessed) the next two words, which is how most Vietnamese nouns are written ("ứng viên").
/// The end of a counted noun of the lexicon starting at `s` ("hợp tác xã", "cổ phiếu"), if one does.
pub(super) fn known_noun_end(t: &str, s: usize) -> Option<usize> {
    counted_at(t, s).filter(|u| u.known && u.end > s).map(|u| u.end)
}

fn counted_at(t: &str, s: usize) -> Option<Unit> {
    let first_end = word_end(t, s);
    if first_end == s {
        return None;
    }
    let w = &t[s..first_end];
    let c = w.chars().next()?;
    let upper = w.chars().all(|c| crate::chars::is_uppercase(c) || c.is_ascii_digit());
    let roman = w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'));
    // Era markers make the number a year: "202 TCN" (BC), "220 SCN" (AD).
    if matches!(w, "TCN" | "SCN") {
        return None;
    }
    let acronym = w.chars().count() >= 2 && upper && crate::chars::is_uppercase(c) && !roman;
    let unit = |end: usize, known: bool| Unit { end, kind: UnitKind::Measure, start: s, counted: true, known };
    if acronym {
        return Some(unit(first_end, false));
    }
    let role = |a: usize, b: usize| COUNTED.get(lower(&t[a..b]).as_ref()).copied();
    // The compound noun of the lexicon starting at `from`, whose first word is `first` lower-cased.
    let compound_of = |from: usize, first: &str| -> Option<usize> {
        if !NOUN_FIRST_WORDS.contains(first) {
            return None;
        }
        let ends = phrase_ends(t, from, 5);
        let low = Lowered::new(t, from, &ends);
        ends.as_slice().iter().skip(1).rev().find(|&&e| COUNTED.get(low.get(e).as_ref()) == Some(&Role::Noun)).copied()
    };
    let compound = |from: usize| compound_of(from, &lower(&t[from..word_end(t, from)]));
    // The first word lower-cased once, for its role, the compound it starts and the tests below.
    let lw = lower(w);
    // A compound noun of the lexicon counts capitalised too ("10 Chương trình", "2 Phó Chánh thanh tra"),
    // unless a name goes on after it ("lần 4 Nhà máy Lọc dầu Dung Quất", "… Ngân hàng TMCP").
    let first_role = COUNTED.get(lw.as_ref()).copied();
    if let Some(e) = compound_of(s, &lw) {
        // "chiếc xe tăng": after a classifier, the longer noun of the lexicon wins over the pair "chiếc xe".
        let e = match first_role {
            Some(Role::Classifier) => {
                next_word(t, first_end).and_then(|(ns, _)| compound(ns)).filter(|&e2| e2 > e).unwrap_or(e)
            }
            _ => e,
        };
        let name_goes_on = !crate::chars::is_lowercase(c)
            && next_word(t, e).is_some_and(|(ns, _)| char_at(t, ns).is_some_and(crate::chars::is_uppercase));
        return (!name_goes_on).then(|| unit(e, true));
    }
    if !crate::chars::is_lowercase(c) {
        return None;
    }
    let next = next_word(t, first_end);
    if first_role == Some(Role::Stop)
        || number_word(&lw).is_some()
        || next.is_some_and(|(_, ne)| role(s, ne) == Some(Role::Stop))
    {
        return None;
    }
    // The next word can belong to the noun when it is a plain lower-case word.
    let plain_next = next.filter(|&(ns, ne)| {
        t[ns..ne].chars().all(|c| crate::chars::is_alphabetic(c) && crate::chars::is_lowercase(c))
            && role(ns, ne).is_none_or(|r| r != Role::Stop)
            && number_word(&lower(&t[ns..ne])).is_none()
    });
    match first_role {
        Some(Role::Classifier) => {
            let end = match next.and_then(|(ns, _)| compound(ns)) {
                Some(e) => e,
                None => plain_next.map_or(first_end, |(_, ne)| ne),
            };
            Some(unit(end, true))
        }
        Some(Role::Single) => Some(unit(first_end, true)),
        _ => Some(unit(plain_next.map_or(first_end, |(_, ne)| ne), false)),
    }
}

// ---------------------------------------------------------------------------------------------------
// The scan

/// A currency sign or code written before the amount at `i`: (currency, where the digits start).
fn prefix_currency(t: &str, i: usize) -> Option<(&'static str, usize)> {
    // The first bytes of the prefixes: most candidates start with none of them.
    static FIRST: LazyLock<[bool; 256]> = LazyLock::new(|| {
        let mut first = [false; 256];
        PREFIX_CURRENCIES.iter().for_each(|(p, _)| first[usize::from(p.as_bytes()[0])] = true);
        first
    });
    if !FIRST[usize::from(*t.as_bytes().get(i)?)] {
        return None;
    }
    for &(p, code) in PREFIX_CURRENCIES {
        if let Some(rest) = t.get(i..).and_then(|r| r.strip_prefix(p)) {
            let skip = usize::from(rest.starts_with(' ') && p.len() > 1);
            let d = i + p.len() + skip;
            if char_at(t, d).is_some_and(|c| c.is_ascii_digit()) {
                return Some((code, d));
            }
        }
    }
    None
}

/// The first ASCII digit at or after `from`, eight bytes at a time.
fn find_digit(b: &[u8], from: usize) -> Option<usize> {
    let tail = b.get(from..)?;
    let mut chunks = tail.chunks_exact(8);
    for (c, chunk) in chunks.by_ref().enumerate() {
        let digits = crate::chars::digit_bytes(u64::from_le_bytes(chunk.try_into().expect("eight bytes")));
        if digits != 0 {
            return Some(from + c * 8 + digits.trailing_zeros() as usize / 8);
        }
    }
    let done = tail.len() - chunks.remainder().len();
    chunks.remainder().iter().position(u8::is_ascii_digit).map(|d| from + done + d)
}

/// Finds every quantity in `t`, given the matches of [`TRIGGERS`] in it or finding them.
fn scan(t: &str, lenient: bool, hits: Option<&[Hit]>, out: &mut Vec<Entity>) {
    let bytes = t.as_bytes();
    let (dfa, left) = &*TRIGGERS;
    let hits = trigger::given_or_found(hits, dfa, bytes);
    // A trigger word at the very start has no left context to match.
    let first = t
        .split(|c: char| !crate::chars::is_alphanumeric(c))
        .next()
        .filter(|w| !w.is_empty() && TRIGGER_WORDS.contains(&lower(w).as_ref()));
    let mut word_hits = first
        .map(|w| (0, w.len()))
        .into_iter()
        .chain(hits.iter().map(|h| (h.start + left[h.pattern], h.end)))
        .peekable();
    let mut next_free = 0usize;
    let mut next_digit: Option<usize> = None;
    let mut i = 0usize;
    while i < bytes.len() {
        // The next trigger: a digit or a trigger word, whichever comes first.
        if next_digit.is_none_or(|d| d < i) {
            next_digit = find_digit(bytes, i);
        }
        while word_hits.peek().is_some_and(|&(s, _)| s < i) {
            word_hits.next();
        }
        let word = word_hits.peek().copied();
        let (cand, is_word) = match (next_digit, word) {
            (Some(d), Some((ws, _))) if ws < d => (ws, true),
            (Some(d), _) => (d, false),
            (None, Some((ws, _))) => (ws, true),
            (None, None) => break,
        };
        let trigger = cand;
        let cand = if !is_word && lenient && cand > 0 && bytes[cand - 1] == b',' { cand - 1 } else { cand };
        if let (true, Some((ws, we))) = (is_word, word) {
            word_hits.next();
            // Whole words only (currency signs may be glued to digits).
            let sym = !t[ws..we].chars().next().is_some_and(crate::chars::is_alphabetic);
            if !sym && (is_alnum(char_before(t, ws)) || is_alnum(char_at(t, we)) && prefix_currency(t, ws).is_none()) {
                i = we;
                continue;
            }
            if !lenient && !word_may_start(t, cand) {
                i = we;
                continue;
            }
        }
        if cand < next_free {
            i = trigger + 1;
            while i < bytes.len() && !t.is_char_boundary(i) {
                i += 1;
            }
            continue;
        }
        // Digits glued to what is before them ("U23", "6/2/2017") are no quantity in strict reading, as
        // `rejected` would find after reading them (no currency is written before a digit run there): the
        // rest of the run is skipped as after a failed reading.
        // So are digits after a word that makes them a date, a rank or a code ("ngày 5", "tháng 12", "thứ
        // 3"), as `rejected` finds after reading them; but "năm" and "lúc" may stand before an age ("năm 14
        // tuổi"), "số" before a count and "tháng", "phút" in a compound length ("11 tháng 3 ngày", "2 phút 24
        // giây"), so those digits are read; and "top" before a share ("top 5%").
        if !is_word
            && !lenient
            && (glued_before(t, cand)
                || prev_lower(t, cand).is_some_and(|(_, w)| {
                    rejects_before(&w) && !matches!(w.as_ref(), "số" | "năm" | "lúc" | "tháng" | "phút" | "top")
                }))
        {
            i = trigger + bytes[trigger..].iter().take_while(|b| b.is_ascii_digit()).count().max(1);
            continue;
        }
        match parse_at(t, cand, lenient).map(|e| compound_length(t, e, lenient)) {
            Some(e) if e.start >= next_free => {
                next_free = e.end;
                i = e.end.max(cand + 1);
                out.push(e);
            }
            _ => {
                // Skip the rest of this digit run or word.
                i = if is_word {
                    word_end(t, cand).max(cand + 1)
                } else {
                    // From the digit itself, not the comma before it (",5" read leniently): always moves on.
                    trigger + bytes[trigger..].iter().take_while(|b| b.is_ascii_digit()).count().max(1)
                };
                while i < bytes.len() && !t.is_char_boundary(i) {
                    i += 1;
                }
            }
        }
    }
}

/// A length in two units is one length in the smaller: "1 năm 3 tháng" (15 months), "2 năm, 5 tháng", "3 giờ
/// 20 phút", "1 tuần 2 ngày". Not months and days (a month has no fixed number of days), nor a second part
/// as long as the first's unit ("2 giờ 75 phút" is no one length).
fn compound_length(t: &str, e: Entity, lenient: bool) -> Entity {
    let Some(a) = e.get::<DurationItem>().filter(|a| a.value_to.is_none()) else { return e };
    let Some(p) = [" ", ", "].iter().find(|s| t[e.end..].starts_with(**s)).map(|s| e.end + s.len()) else {
        return e;
    };
    if !t[p..].starts_with(|c: char| c.is_ascii_digit()) {
        return e;
    }
    let Some(b) = parse_at(t, p, lenient) else { return e };
    let Some(bd) = b.get::<DurationItem>().filter(|b| b.value_to.is_none() && b.qualifier == Qualifier::Exact) else {
        return e;
    };
    use DurationUnit::{Day, Hour, Minute, Month, Second, Week, Year};
    let factor = match (a.unit, bd.unit) {
        (Year, Month) => 12,
        (Week, Day) => 7,
        (Day, Hour) => 24,
        (Hour, Minute) | (Minute, Second) => 60,
        _ => return e,
    };
    let factor = Decimal::from_int(factor);
    let Some(value) = a.value.checked_mul(factor).and_then(|v| v.checked_add(bd.value)) else { return e };
    if bd.value >= factor {
        return e;
    }
    let item = DurationItem { value, unit: bd.unit, ..a.clone() };
    Entity::new(e.start, b.end, item)
}

/// A cheap look at the word after a trigger word: most "không", "một", "năm", "hàng" in running text
/// are "not", "a", "year" and "row"; and a bare multiplier ("triệu" after a comma) starts nothing.
fn word_may_start(t: &str, cand: usize) -> bool {
    let we = word_end(t, cand);
    let next = || next_word(t, we).map(|(s, e)| lower(&t[s..e]));
    let next_number = || next().and_then(|w| number_word(&w));
    let multiplier = || matches!(next_number(), Some(Word::Tens | Word::Hundred | Word::Scale(_)));
    match lower(&t[cand..we]).as_ref() {
        "không" => matches!(next_number(), Some(Word::Hundred)),
        // "một số", "một cô giáo": an article, as `Phrase::quantity` finds, when the number ends at "một"
        // (no number word after it) and neither "nửa" nor a unit of an amount follows.
        "một" => {
            let alone = next().is_none_or(|w| number_word(&w).is_none());
            !(alone && !next_is_word(t, we, "nửa") && !amount_unit_may_start(t, we))
        }
        "năm" | "hàng" => multiplier(),
        // "hơn chục năm": ten, after an approximator.
        "chục" => qualifier_before(t, cand).is_some(),
        "trăm" | "nghìn" | "ngàn" | "triệu" | "tỷ" | "tỉ" => false,
        // "ba lô": a backpack, not three lots ("ba lô đất", "ba lô hàng" are).
        "ba" => match next_word(t, we) {
            Some((s, e)) if lower(&t[s..e]) == "lô" => {
                next_word(t, e).is_some_and(|(s, e)| matches!(lower(&t[s..e]).as_ref(), "đất" | "hàng"))
            }
            _ => true,
        },
        _ => true,
    }
}

/// Reads the quantity phrase around the trigger at `cand`, phase by phase ([`Phrase`]).
fn parse_at(t: &str, cand: usize, lenient: bool) -> Option<Entity> {
    let mut p = Phrase::quantity(t, cand, lenient)?;
    p.sign();
    p.unit()?;
    p.range()?;
    p.needs_unit()?;
    p.qualifier();
    p.cents()?;
    p.entity()
}

/// A quantity phrase being read: what the phases of [`parse_at`] share. Each phase reads a little more
/// around the quantity and moves `start`/`end`; one that finds no quantity there returns `None`.
struct Phrase<'t> {
    t: &'t str,
    lenient: bool,
    /// The trigger: the quantity, or a currency written before it.
    cand: usize,
    /// Currency written before the amount ("$10", "USD 20").
    currency: Option<&'static str>,
    /// The first word at the quantity, lower-cased ("hàng", "nửa", "một").
    first: Cow<'t, str>,
    /// After "hàng": "hàng chục nghìn" is about that many.
    hang: bool,
    q: Quant,
    /// The phrase's byte span so far.
    start: usize,
    end: usize,
    /// A lone phrase with a minus sign or "âm" before it.
    negative: bool,
    /// The unit is written after another number ("5 trên 11 đề cử", "30 và 45 kg"): the phrase does not
    /// reach it.
    borrowed_unit: bool,
    unit: Option<Unit>,
    value_to: Option<Decimal>,
    qualifier_to: Option<Qualifier>,
    /// "từ" or "giữa" right before the trigger, which opens a range.
    from_word: Option<(usize, Cow<'t, str>)>,
    qualifier: Qualifier,
}

impl<'t> Phrase<'t> {
    /// The currency before, "hàng" and "nửa", and the quantity itself.
    fn quantity(t: &'t str, cand: usize, lenient: bool) -> Option<Phrase<'t>> {
        let (currency, qstart) = match prefix_currency(t, cand) {
            Some((code, d)) => (Some(code), d),
            None => (None, cand),
        };
        // "hàng chục nghìn", "hàng trăm tỷ": about that many.
        let first = lower(&t[qstart..word_end(t, qstart)]);
        let hang = first == "hàng";
        let qstart = if hang { next_word(t, word_end(t, qstart))?.0 } else { qstart };
        let q = if first == "nửa" {
            // "nửa": half, with a unit.
            let end = word_end(t, qstart);
            let half = Decimal::new(5, 1)?;
            Quant {
                start: qstart,
                end,
                value: half,
                scale: None,
                words: true,
                weak: false,
                year_like: false,
                bare_multiplier: false,
            }
        } else {
            let q = read_quant(t, qstart, lenient)?;
            // "hơn chục năm", "gần chục người": "chục" alone after an approximator is ten.
            let about_ten = first == "chục" && qualifier_before(t, qstart).is_some();
            if q.bare_multiplier && !hang && !lenient && !about_ten {
                return None;
            }
            // "một" alone ("một người", "một số") is an article unless a unit or "nửa" follows.
            // Measures are ambiguous there too ("một điểm nổi bật", "một lượng lớn").
            if q.weak
                && !lenient
                && !next_is_word(t, q.end, "nửa")
                && (!amount_unit_may_start(t, q.end)
                    || unit_at(t, q.end).is_none_or(|u| u.counted || u.kind == UnitKind::Measure))
            {
                return None;
            }
            if hang && !q.bare_multiplier {
                return None;
            }
            q
        };
        if !lenient && currency.is_none() && rejected(t, &q) {
            return None;
        }
        Some(Phrase {
            t,
            lenient,
            cand,
            currency,
            first,
            hang,
            q,
            start: cand,
            end: q.end,
            negative: false,
            unit: None,
            borrowed_unit: false,
            value_to: None,
            qualifier_to: None,
            from_word: None,
            qualifier: Qualifier::Exact,
        })
    }

    /// Negative amounts in a lone phrase: "-1200000", "- 1.200.000", "âm 1.200.000".
    fn sign(&mut self) {
        let (t, cand) = (self.t, self.cand);
        if !self.lenient || self.currency.is_some() {
            return;
        }
        let minus = t[..cand].ends_with("- ") && cand == 2 || t[..cand].ends_with('-') && cand == 1;
        if minus || prev_lower(t, cand).is_some_and(|(s, w)| w == "âm" && s == 0) {
            self.negative = true;
            self.start = 0;
        }
    }

    /// The unit or counted noun after the quantity; "một nửa" as a half.
    fn unit(&mut self) -> Option<()> {
        let t = self.t;
        self.end = self.q.end;
        self.unit = unit_at(t, self.end).filter(|u| !u.counted || !glued_at(t, self.end));
        if self.first == "một" && next_is_word(t, self.q.end, "nửa") {
            if let Some((_, ne)) = next_word(t, self.q.end) {
                self.q.end = ne;
                self.q.value = Decimal::new(5, 1)?;
                self.q.weak = false;
                self.end = ne;
                self.unit = unit_at(t, self.end);
            }
        }
        // A height in metres and centimetres: "1m70", "1 m 70" is 1.70 m.
        if let Some((m, e, cm)) = height_after(t, &self.q) {
            self.q.value = self.q.value.checked_add(Decimal::new(cm, 2)?)?;
            self.unit = Some(Unit { start: m, end: m + 1, kind: UnitKind::Measure, counted: false, known: true });
            self.end = e;
            return Some(());
        }
        // "Hơn 10,000 học sinh": people and things come whole, so a comma before three digits groups
        // thousands, as in English.
        if self.unit.as_ref().is_some_and(|u| u.counted && u.known) && !self.q.words {
            if let Some(v) = english_thousands(&t[self.q.start..self.q.end]) {
                self.q.value = v;
            }
        }
        // "5 trên 11 đề cử", "8 trong số 10 đề cử": the part counts what the whole counts.
        if self.unit.is_none() && !self.q.words {
            if let Some(u) = whole_after(t, self.q.end, self.q.value) {
                self.unit = Some(u);
                self.borrowed_unit = true;
            }
        }
        // "30.000 và 45.000 kg", "10 hoặc 15%": the first of two takes the unit written once after the
        // second (a measure, money or a percent; not after a scale word, "3 và 5 tỷ đồng").
        // Not after a label ("lớp 11 và 12", "ở tuổi 43 và 54%"), inside a longer list ("11 và 12 và …") or
        // a range ("giữa 1000 và 2000 đồng").
        let before = prev_lower(t, self.q.start).map(|(_, w)| w);
        let labelled = before.is_some_and(|w| {
            label_before(&w) || rejects_before(&w) || ["tuổi", "và", "hoặc", "giữa"].contains(&w.as_ref())
        });
        if self.unit.is_none() && !self.q.words && !labelled {
            if let Some(u) = shared_unit_after(t, self.q.end) {
                self.unit = Some(u);
                self.borrowed_unit = true;
            }
        }
        // "-30 độ C", "âm 5 độ": a temperature below zero.
        if self.unit.as_ref().is_some_and(|u| matches!(lower(&t[u.start..u.end]).as_ref(), "độ" | "độ c" | "°c" | "oc"))
        {
            let head = &t[..self.q.start];
            let sign = ["-", "âm "].iter().find_map(|s| head.strip_suffix(s));
            if let Some(h) = sign.filter(|h| h.is_empty() || h.ends_with([' ', '(', '\n'])) {
                self.negative = true;
                self.start = h.len();
            }
        }
        // "L" is litres in an engine or a tank written with decimals ("3.5L", "2,5L") or per distance
        // ("9L/100km"); otherwise a plate, a door or a model ("57L-0070", "cửa thoát hiểm 3L", "Fiat 500L").
        if let Some(u_end) = self.unit.as_ref().filter(|u| &t[u.start..u.end] == "L").map(|u| u.end) {
            let decimals = t[self.q.start..self.q.end].contains(['.', ',']);
            if !decimals && !t[u_end..].starts_with('/') {
                self.unit = None;
            }
        }
        // "qua đời ở tuổi 69", "sang tuổi 30": an age written after the word "tuổi" (not "35 tuổi 125 người"),
        // or with an approximator between them ("ở tuổi ngoài 50", "tuổi gần 70").
        if self.unit.as_ref().is_none_or(|u| u.counted && !u.known) && !self.q.words && self.currency.is_none() {
            let before = prev_lower(t, self.q.start);
            let approx = before.as_ref().and_then(|(s, w)| age_approximator(w).map(|q| (*s, q)));
            let before = match approx {
                Some((s, _)) => prev_lower(t, s),
                None => before,
            };
            if let Some((s, w)) = before.filter(|(_, w)| w == "tuổi") {
                let after_number = prev_word(t, s).is_some_and(|(a, b)| {
                    t[a..b].starts_with(|c: char| c.is_ascii_digit()) || number_word(&lower(&t[a..b])).is_some()
                });
                let age = self.q.value.is_integer() && self.q.value <= Decimal::from_int(130);
                // Not the low end of a range whose "tuổi" comes after it ("độ tuổi khoảng 25- 30 tuổi").
                let range = crate::text::window_after(t, self.q.end, 16).contains(" tuổi");
                if !after_number && age && self.value_to.is_none() && !range {
                    self.unit =
                        Some(Unit { start: s, end: s + w.len(), kind: UnitKind::Measure, counted: false, known: true });
                    self.start = s;
                    if let Some((_, q)) = approx {
                        self.qualifier = q;
                    }
                }
            }
        }
        // A currency after the amount that contradicts the one before it is no unit.
        if let Some(Unit { kind: UnitKind::Money(c), .. }) = self.unit {
            if self.currency.is_some_and(|p| p != c) {
                self.unit = None;
            }
        }
        Some(())
    }

    /// Ranges: "5-7%", "từ 3 đến 5 tỷ đồng", "giữa 1000 và 2000 đồng", "VND1000-VND2000".
    fn range(&mut self) -> Option<()> {
        let t = self.t;
        self.from_word = prev_lower(t, self.cand).filter(|(_, w)| w == "từ" || w == "giữa");
        let range_after = self.unit.as_ref().map_or(self.q.end, |u| u.end);
        let opener = self.from_word.as_ref().map(|(_, w)| w.as_ref());
        let Some((q2, u2, qualifier_to)) = range_second(t, self.q.end, range_after, &self.q, opener, self.lenient)
        else {
            return Some(());
        };
        let mut low = self.q.value;
        // "từ 3 đến 5 tỷ": the scale written on the high end applies to the low end.
        if self.q.scale.is_none() && self.unit.is_none() {
            if let Some(exp) = q2.scale {
                if shift_down(q2.value, exp).is_some_and(|h| low <= h) {
                    low = low.checked_scale(exp)?;
                }
            }
        }
        if q2.value > low {
            self.q.value = low;
            self.value_to = Some(q2.value);
            self.qualifier_to = qualifier_to;
            self.end = q2.end;
            if u2.is_some() {
                self.unit = u2;
            }
        }
        Some(())
    }

    /// The unit a quantity needs in running text: words, "một" and bare years are no quantity alone.
    fn needs_unit(&mut self) -> Option<()> {
        let q = &self.q;
        // After "triệu"/"tỷ" an unknown word is the next clause ("hơn 700 tỷ xây 2 cầu"): a bare amount.
        let big = q.scale.is_some_and(|e| e >= 6) && !q.words;
        if big && self.unit.as_ref().is_some_and(|u| u.counted && !u.known) {
            self.unit = None;
        }
        if let Some(u) = self.unit.as_ref().filter(|_| !self.borrowed_unit) {
            self.end = self.end.max(u.end);
        }
        if self.lenient {
            return Some(());
        }
        let unit = self.unit.as_ref();
        // A weak or word-only quantity needs a unit or a counted noun; after "hàng" ("hàng nghìn thủ
        // tục") any noun is counted.
        if unit.is_none() && (q.words || q.weak)
            || q.weak && unit.is_some_and(|u| u.counted)
            || q.words && !self.hang && unit.is_some_and(|u| u.counted && !u.known)
        {
            return None;
        }
        // A number after a name and before an unknown noun is part of the name: a model or a ship
        // ("Xiaomi Band 6 giá 1 triệu", "KRI Nanggala 402 khởi hành").
        if !q.words && self.currency.is_none() && unit.is_some_and(|u| u.counted && !u.known) {
            let name_before = prev_word(self.t, self.start).is_some_and(|(s, e)| {
                let w = &self.t[s..e];
                let sentence_start = self.t[..s].trim_end().is_empty()
                    || self.t[..s].trim_end().ends_with(['.', '!', '?', '\n', ':', '"', '“']);
                // A foreign word ("Band", "Note", "Ligue"): a capitalised Vietnamese word here mostly
                // starts a sentence whose full stop the source lost ("… Venezuela Hơn 30 nghị sỹ").
                w.starts_with(|c: char| c.is_ascii_uppercase())
                    && w.is_ascii()
                    && w.len() >= 2
                    && !sentence_start
                    && !VIETNAMESE_ASCII_STARTS.contains(&w)
            });
            if name_before {
                return None;
            }
        }
        // "1 cách tàn nhẫn": "một cách" makes an adverb ("in a cruel way"), not one way.
        if unit.is_some_and(|u| u.counted && lower(&self.t[u.start..u.end]).starts_with("cách "))
            && &self.t[q.start..q.end] == "1"
        {
            return None;
        }
        // Years: "2017" alone or with a counted noun is a year, not a count.
        let measured = unit.is_some_and(|u| {
            matches!(u.kind, UnitKind::Money(_) | UnitKind::Percent | UnitKind::Measure) && !u.counted
        });
        if q.year_like && self.value_to.is_none() && !measured {
            return None;
        }
        if unit.is_none() && self.currency.is_none() && !big && !self.reported_figure() {
            return None;
        }
        Some(())
    }

    /// A bare number that ends its clause after a predicate and an indicator reports that figure, with no
    /// unit: "số người tử vong sắp chạm mốc 200.000.", "lượng người dùng lên tới 2.000, …". Not a code or a
    /// telephone number (a leading zero, seven digits or more unseparated), nor a range ("Tỷ số là 2-1").
    /// The figure's unit is the indicator's, which the sentence does not write.
    fn reported_figure(&self) -> bool {
        let (t, q) = (self.t, &self.q);
        let digits = &t[q.start..q.end];
        let code = digits.starts_with('0') || digits.bytes().all(|b| b.is_ascii_digit()) && digits.len() >= 7;
        let rest = t[self.end..].trim_start_matches(' ');
        // Not a list whose unit comes later ("lần lượt là 900, 940 và 970 USD"), nor a number the source
        // broke ("là 12. 633,596 triệu đồng").
        let clause_ends = rest.is_empty()
            || (rest.starts_with(['.', ',', ';', ')', '\n']) || rest.starts_with("- "))
                && !rest[1..].trim_start_matches(' ').starts_with(|c: char| c.is_ascii_digit());
        !q.words
            && !q.weak
            && !code
            && self.value_to.is_none()
            && clause_ends
            && super::subject::reports_figure(t, self.start)
    }

    /// The qualifier before (after "từ"/"giữa" when it opens a range), and "trở lên"/"trở xuống" after.
    fn qualifier(&mut self) {
        let t = self.t;
        if self.hang {
            self.qualifier = Qualifier::About;
        }
        if let Some((s, _)) = &self.from_word {
            if self.value_to.is_some() || post_bound(t, self.end).is_some() {
                self.start = *s;
            }
        }
        // "tới" after "từ X" is the range word, never a qualifier of its own.
        if let Some((s, ql)) = qualifier_before(t, self.start) {
            self.qualifier = ql;
            self.start = s;
        }
        if let Some((e, ql)) = post_bound(t, self.end) {
            self.qualifier = ql;
            self.end = e;
        }
        // "đã ngoài 70 tuổi": "ngoài" (outside, besides) is "over" before an age.
        let aged = self.unit.as_ref().is_some_and(|u| u.end > self.q.end && lower(&t[u.start..u.end]) == "tuổi");
        if aged && self.qualifier == Qualifier::Exact {
            if let Some((s, _)) = prev_lower(t, self.start).filter(|(_, w)| w == "ngoài") {
                self.qualifier = Qualifier::Over;
                self.start = s;
            }
        }
    }

    /// Cents: "2 đô la và 23 xen", "hai đô 23", "20 Rupees 43".
    fn cents(&mut self) -> Option<()> {
        if let Some(u) = &self.unit {
            if matches!(u.kind, UnitKind::Money(_)) && self.value_to.is_none() {
                if let Some((ce, cents)) = cents_after(self.t, u.end, self.lenient) {
                    self.q.value = self.q.value.checked_add(cents)?;
                    self.end = ce;
                }
            }
        }
        Some(())
    }

    /// The entity: a duration when the unit is one of time, else a number.
    fn entity(self) -> Option<Entity> {
        let t = self.t;
        let (mut value_to, qualifier, qualifier_to) = (self.value_to, self.qualifier, self.qualifier_to);
        let mut value = self.q.value;
        let mut end = self.end;
        if self.negative {
            value = Decimal::ZERO.checked_add(value.checked_mul(Decimal::from_int(-1))?)?;
        }
        if let Some(u) = &self.unit {
            if let UnitKind::Duration(du) = u.kind {
                if self.currency.is_some() || !self.lenient && is_date_or_time(t, &self.q, u) {
                    return None;
                }
                // "Đó là một ngày đen tối", "1 ngày nọ": a day, not a length of time.
                let one = self.q.weak || !self.q.words && &t[self.q.start..self.q.end] == "1";
                if one && !self.lenient && a_day_not_a_length(t, self.q.start, u.end) {
                    return None;
                }
                // "hô to hai tiếng Việt Nam": "tiếng" before a name is a word or a language, not hours.
                let tieng = lower(&t[u.start..u.end]) == "tiếng";
                if tieng
                    && next_word(t, u.end).is_some_and(|(s, _)| char_at(t, s).is_some_and(crate::chars::is_uppercase))
                {
                    return None;
                }
                if let Some(&n) = YEARS_PER.get(lower(&t[u.start..u.end]).as_ref()) {
                    // "nửa thế kỷ XX", "thế kỷ 20" name a century; "thập niên 70, 80 thế kỷ trước" lists decades.
                    let named = next_word(t, u.end).is_some_and(|(s, e)| {
                        t[s..e].bytes().all(|b| b.is_ascii_digit() || matches!(b, b'I' | b'V' | b'X' | b'L'))
                    });
                    if named || value > Decimal::from_int(20) {
                        return None;
                    }
                    let n = Decimal::from_int(i64::from(n));
                    value = value.checked_mul(n)?;
                    if let Some(v) = value_to {
                        value_to = Some(v.checked_mul(n)?);
                    }
                }
                // "1 năm rưỡi", "2 tiếng rưỡi".
                if next_is_word(t, u.end, "rưỡi") && value_to.is_none() {
                    value = value.checked_add(Decimal::new(5, 1)?)?;
                    end = next_word(t, u.end).map_or(end, |(_, e)| e);
                }
                let item = DurationItem {
                    text: String::new(),
                    span: [0, 0],
                    value,
                    value_to,
                    qualifier_to,
                    unit: du,
                    qualifier,
                };
                return Some(Entity::new(self.start, end, item));
            }
        }
        let (kind, unit) = match (&self.unit, self.currency) {
            (_, Some(c)) => (NumberKind::Money, Some(c.to_string())),
            (Some(u), None) => match u.kind {
                UnitKind::Money(c) => (NumberKind::Money, Some(c.to_string())),
                UnitKind::Cent => (NumberKind::Money, Some("cent".to_string())),
                UnitKind::Percent => (NumberKind::Percent, Some("%".to_string())),
                UnitKind::Measure if u.counted => (NumberKind::Count, Some(t[u.start..u.end].to_string())),
                UnitKind::Measure => (NumberKind::Measure, Some(t[u.start..u.end].to_string())),
                UnitKind::Duration(_) => return None,
            },
            // "4 triệu/kg", "15 triệu/tháng": millions per a unit are a price or a wage, in đồng.
            (None, None) if millions_per_unit(t, &self.q, end) => (NumberKind::Money, Some("VND".to_string())),
            (None, None) => (NumberKind::Number, None),
        };
        let item = NumberItem {
            text: String::new(),
            span: [0, 0],
            value,
            value_to,
            qualifier_to,
            unit,
            kind,
            qualifier,
            subject: None,
            trend: None,
            per: None,
        };
        Some(Entity::new(self.start, end, item))
    }
}

/// Millions (or more) followed at `end` by "/" and a unit: "200 triệu/ha/năm", "15 triệu/tháng".
fn millions_per_unit(t: &str, q: &Quant, end: usize) -> bool {
    q.scale.is_some_and(|e| e >= 6) && t[end..].starts_with('/') && is_letter(char_at(t, end + 1))
}

/// "m70" or " m 70" after a quantity of one or two whole metres: where "m" is, the end, the centimetres.
fn height_after(t: &str, q: &Quant) -> Option<(usize, usize, i128)> {
    let metres = &t[q.start..q.end];
    if q.words || !matches!(metres, "1" | "2") {
        return None;
    }
    let (m, after_m) = match t[q.end..].strip_prefix("m") {
        Some(r) => (q.end, r),
        None => (q.end + 1, t[q.end..].strip_prefix(" m ")?),
    };
    let b = after_m.as_bytes();
    let two = b.len() >= 2 && b[0].is_ascii_digit() && b[1].is_ascii_digit();
    let more = |c: u8| c.is_ascii_alphanumeric() || c == b'/';
    let decimal = |c: u8| matches!(c, b'.' | b',') && b.get(3).is_some_and(u8::is_ascii_digit);
    if !two || b.get(2).is_some_and(|&c| more(c) || decimal(c)) {
        return None;
    }
    let cm = i128::from(b[0] - b'0') * 10 + i128::from(b[1] - b'0');
    Some((m, t.len() - after_m.len() + 2, cm))
}

fn glued_at(t: &str, i: usize) -> bool {
    is_letter(char_at(t, i))
}

/// `v / 10^exp` when exact.
fn shift_down(v: Decimal, exp: u32) -> Option<Decimal> {
    let s = v.to_string();
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let exp = exp as usize;
    if int.len() <= exp {
        return Decimal::from_parts("0", &format!("{}{}{}", "0".repeat(exp - int.len()), int, frac));
    }
    let (hi, lo) = int.split_at(int.len() - exp);
    Decimal::from_parts(hi, &format!("{lo}{frac}"))
}

/// The high end of a range after the first number (ending at `q_end`, or at `u_end` after its unit).
/// "2, 3 vé", "4, 5 người": two digits one apart joined by a comma are "two or three" (not a list:
/// "lớp 1, 2, 3", "ngày 4, 5"; not a decimal, which has no space).
fn two_or_three(t: &str, q: &Quant) -> bool {
    let first = &t[q.start..q.end];
    let Some(rest) = t[q.end..].strip_prefix(", ") else { return false };
    let b = rest.as_bytes();
    let listed = t[..q.start].ends_with(", ") || prev_lower(t, q.start).is_some_and(|(_, w)| label_before(&w));
    first.len() == 1
        && b.len() > 2
        && b[0].is_ascii_digit()
        && b[0] == first.as_bytes()[0] + 1
        && b[1] == b' '
        && rest[2..].starts_with(crate::chars::is_lowercase)
        && !listed
}

fn range_second(
    t: &str,
    q_end: usize,
    u_end: usize,
    q: &Quant,
    opener: Option<&str>,
    lenient: bool,
) -> Option<(Quant, Option<Unit>, Option<Qualifier>)> {
    for &from in &[q_end, u_end] {
        let rest = &t[from..];
        let (skip, needs_opener) = if rest.starts_with(" - ") && !q.words {
            (3, false)
        } else if (rest.starts_with(" -") || rest.starts_with("- ")) && !q.words {
            // Unevenly spaced dash: "15.000 -20.000 tấn", "94,8- 95,9 điểm".
            (2, false)
        } else if (rest.starts_with('-') || rest.starts_with('~')) && !q.words {
            // "5-7%", "1~2mm".
            (1, false)
        } else if let Some(w) = [" đến ", " tới "].iter().find(|w| rest.starts_with(**w)) {
            (w.len(), false)
        } else if rest.starts_with(" và ") {
            (" và ".len(), true)
        } else if from == q_end && two_or_three(t, q) {
            (", ".len(), false)
        } else {
            continue;
        };
        if needs_opener && opener != Some("giữa") {
            continue;
        }
        let mut s = from + skip;
        // "từ 20 đến hơn 70%", "từ 14 tuổi đến dưới 16 tuổi": the upper end's own approximator.
        let mut qualifier_to = None;
        let written =
            RANGE_END_QUALIFIERS.iter().find(|w| t[s..].strip_prefix(**w).is_some_and(|r| r.starts_with(' ')));
        if let Some(w) = written.filter(|_| !q.words) {
            s += w.len() + 1;
            qualifier_to = QUALIFIERS.iter().find(|(p, _)| p == w).map(|(_, ql)| *ql);
        }
        if let Some((_, d)) = prefix_currency(t, s) {
            s = d;
        }
        if !char_at(t, s).is_some_and(|c| c.is_ascii_digit() || crate::chars::is_alphabetic(c)) {
            continue;
        }
        let q2 = read_quant(t, s, lenient)?;
        if !lenient && (q2.year_like || q.year_like) {
            return None;
        }
        if !lenient && rejected_after(t, q2.end) {
            return None;
        }
        // Without "từ", a word connector needs the same kind on both sides and a rising range.
        let u2 = unit_at(t, q2.end);
        if opener.is_none() && !rest.starts_with('-') && !rest.starts_with(" -") && u2.is_none() {
            continue;
        }
        return Some((q2, u2, qualifier_to));
    }
    None
}

/// Approximators written on a range's upper end, after "đến" or a dash (their meaning from `QUALIFIERS`).
const RANGE_END_QUALIFIERS: &[&str] = &["hơn", "trên", "dưới", "gần", "khoảng"];

/// Digits continuing into a date or code after the high end of a range.
fn rejected_after(t: &str, i: usize) -> bool {
    let a = char_at(t, i);
    let b = char_at(t, i + 1);
    matches!(a, Some('/' | ':' | '-')) && b.is_some_and(crate::chars::is_alphanumeric)
        || matches!(a, Some('.' | ',')) && b.is_some_and(|c| c.is_ascii_digit())
}

/// "trở lên" (over) or "trở xuống" (under) after a quantity.
fn post_bound(t: &str, i: usize) -> Option<(usize, Qualifier)> {
    let (s, e) = next_word(t, i)?;
    if lower(&t[s..e]) != "trở" {
        return None;
    }
    let (s2, e2) = next_word(t, e)?;
    match lower(&t[s2..e2]).as_ref() {
        "lên" => Some((e2, Qualifier::Over)),
        "xuống" => Some((e2, Qualifier::Under)),
        _ => None,
    }
}

/// Cents after a money unit: "và 23 xen", "23 xu", or (lone phrase) a bare "23".
fn cents_after(t: &str, i: usize, lenient: bool) -> Option<(usize, Decimal)> {
    let mut s = i;
    if let Some((ws, we)) = next_word(t, s) {
        if lower(&t[ws..we]) == "và" {
            s = we;
        }
    }
    let (ns, _) = next_word(t, s)?;
    let q = read_quant(t, ns, lenient)?;
    if q.value >= Decimal::from_int(100) || !q.value.is_integer() {
        return None;
    }
    let cents = q.value.checked_mul(Decimal::new(1, 2)?)?;
    match unit_at(t, q.end) {
        Some(u) if u.kind == UnitKind::Cent => Some((u.end, cents)),
        None if lenient && s == i => Some((q.end, cents)),
        _ => None,
    }
}

/// "lên tới 18 giờ", "cần tới 100 giờ", "kéo dài đến 3 giờ": "tới"/"đến" after a verb of amount, before a
/// number at `i`, reaches a length of time, not a time of day.
fn up_to_a_length(t: &str, i: usize) -> bool {
    let Some((s, _)) = prev_word(t, i) else { return false };
    prev_lower(t, s).is_some_and(|(_, w)| matches!(w.as_ref(), "lên" | "cần" | "mất" | "dài" | "kéo"))
}

/// A number + duration unit that is a date or a time of day: "6 tháng đầu năm", "9 giờ sáng", "3 tháng 4",
/// "9 giờ 30", "lúc 2 giờ".
/// Digits and then `unit` after `e`: the next part of a compound length ("1 năm 11 tháng", "11 tháng 3 ngày").
fn next_part_of_length(t: &str, e: usize, unit: &str) -> bool {
    let Some(r) = t[e..].strip_prefix(' ') else { return false };
    let n = r.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&n) && r[n..].strip_prefix(' ').is_some_and(|x| x.starts_with(unit))
}

fn is_date_or_time(t: &str, q: &Quant, u: &Unit) -> bool {
    let next = next_word(t, u.end).map(|(s, e)| lower(&t[s..e]).into_owned());
    let next2 = next_word(t, u.end).and_then(|(_, e)| next_word(t, e)).map(|(s, e)| lower(&t[s..e]).into_owned());
    let after_digit =
        t[u.end..].strip_prefix(' ').is_some_and(|r| r.bytes().next().is_some_and(|b| b.is_ascii_digit()));
    let prev = prev_lower(t, q.start).map(|(_, w)| w.into_owned());
    match lower(&t[u.start..u.end]).as_ref() {
        // "cần tới 100 giờ", "đến 4,5 giờ": no clock reads past 24 or in fractions.
        "giờ" | "tiếng" if !q.value.is_integer() || q.value > Decimal::from_int(24) => false,
        "giờ" | "tiếng" => {
            after_digit
                || next.as_deref() == Some("cùng") && next2.as_deref() == Some("ngày")
                || matches!(
                    next.as_deref(),
                    Some(
                        "sáng" | "chiều" | "tối" | "trưa" | "đêm" | "khuya" | "ngày" | "hôm" | "rưỡi" | "kém" | "đúng"
                    )
                )
                || matches!(prev.as_deref(), Some("lúc" | "vào" | "từ"))
                || matches!(prev.as_deref(), Some("đến" | "tới")) && !up_to_a_length(t, q.start)
        }
        "tháng" => {
            after_digit && !next_part_of_length(t, u.end, "ngày")
                // "10 tháng Giêng", "23 tháng Chạp": a lunar day.
                || matches!(next.as_deref(), Some("giêng" | "chạp"))
                || matches!(next.as_deref(), Some("đầu" | "cuối" | "giữa")) && matches!(next2.as_deref(), Some("năm"))
                || matches!(next.as_deref(), Some("năm")) && {
                    // "9 tháng năm 2020": the first nine months of 2020.
                    let r = next_word(t, u.end).and_then(|(_, e)| next_word(t, e));
                    r.is_some_and(|(s, _)| t[s..].bytes().next().is_some_and(|b| b.is_ascii_digit()))
                }
        }
        // "9 giờ 30 phút", "lúc 30 phút", "14h 30 phút"; not "trung bình 4 phút".
        "phút" => {
            matches!(prev.as_deref(), Some("giờ" | "lúc"))
                || t[..q.start]
                    .trim_end()
                    .strip_suffix(['h', 'H'])
                    .is_some_and(|r| r.ends_with(|c: char| c.is_ascii_digit()))
        }
        "ngày" => after_digit,
        // "1 năm 11 tháng": a length in years and months, not a day of a year.
        // "5 năm 2021-2025", "trong 2 năm 2019 và 2020": a length, then the years it measures.
        "năm" => {
            after_digit && !next_part_of_length(t, u.end, "tháng") && !super::date::length_before_years(t, u.start)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`digits_at`] as a regex (ASCII digits).
    static DIGITS_REFERENCE: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"(?x)
        ^(?-u:(?:
            (?P<vn>\d{1,3}(?:\.\d{3})+)(?:,(?P<vnf>\d+))?   # Vietnamese grouping and decimal comma: 1.234.567,89
          | (?P<intl>\d{1,3}(?:,\d{3}){2,})                 # international grouping, unambiguous only with 2+ groups
          | (?P<dot>\d+)\.(?P<dotf>\d{1,2})                 # decimal point: 1.5 (three digits would be grouping)
          | (?P<int>\d*)(?:,(?P<frac>\d+))?                 # plain digits, decimal comma: 100000, 224,5, ,77
        ))",
        )
        .expect("valid digits pattern")
    });

    /// [`digits_at`] as the regex it implements reads it.
    fn digits_reference(s: &str) -> (String, String, usize, bool) {
        let caps = DIGITS_REFERENCE.captures(s).unwrap();
        let get = |n: &str| caps.name(n).map_or("", |m| m.as_str());
        let len = caps.get(0).unwrap().end();
        if let Some(v) = caps.name("vn") {
            (v.as_str().replace('.', ""), get("vnf").to_string(), len, false)
        } else if let Some(v) = caps.name("intl") {
            (v.as_str().replace(',', ""), String::new(), len, false)
        } else if caps.name("dot").is_some() {
            (get("dot").to_string(), get("dotf").to_string(), len, false)
        } else {
            (get("int").to_string(), get("frac").to_string(), len, get("frac").is_empty())
        }
    }

    #[test]
    fn digits_at_reads_as_the_regex() {
        for s in [
            "1.234.567,89",
            "1,234,567",
            "1,234",
            "1.5",
            "1.50",
            "1.505",
            "1234.567",
            "1.2345",
            ",77",
            "",
            "a1",
            "12.345,",
            "0,5",
            "1.234.56",
            "1,234,567,8",
            "224,5 triệu",
            "9.000.000 đồng",
            "3.14159",
        ] {
            assert_eq!(digits_at(s.as_bytes()), digits_reference(s), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn digits_at_reads_as_the_regex_on_random_text(
            s in proptest::collection::vec(proptest::sample::select(vec!["0", "1", "5", "12", "345", ".", ",", " ", "a", "đ"]), 0..12)
        ) {
            let s = s.concat();
            proptest::prop_assert_eq!(digits_at(s.as_bytes()), digits_reference(&s), "{:?}", s);
        }
    }

    #[test]
    fn find_digit_is_a_plain_search() {
        let text = "Năm 2017, giá 1.234 đồng; x9 (0) ٣ ０ 5";
        let b = text.as_bytes();
        for from in 0..=b.len() + 1 {
            let plain = b.get(from..).and_then(|t| t.iter().position(u8::is_ascii_digit)).map(|d| from + d);
            assert_eq!(find_digit(b, from), plain, "{from}");
        }
        for x in 0..=255u8 {
            let b = [b'a', b'b', x, b'c', b'd', b'e', b'f', b'g', b'h', b'1'];
            assert_eq!(find_digit(&b, 0), Some(if x.is_ascii_digit() { 2 } else { 9 }), "{x}");
        }
    }

    /// Every short string over digits, separators and signs terminates, read leniently or not (a comma
    /// before a digit once sent the lenient scan round in a loop).
    #[test]
    fn short_strings_terminate() {
        let alphabet = ["1", "0", ",", ".", "%", " ", "a", "$", "-"];
        let mut stack = vec![String::new()];
        while let Some(s) = stack.pop() {
            for lenient in [true, false] {
                let mut out = Vec::new();
                scan(&s, lenient, None, &mut out);
                for e in &out {
                    assert!(e.start < e.end && e.end <= s.len(), "{s:?}");
                }
            }
            if s.len() < 5 {
                stack.extend(alphabet.iter().map(|a| format!("{s}{a}")));
            }
        }
        // Found by the fuzzer: a lone line where a comma precedes a digit run that cannot start a number.
        let found = "555555555555LLL5555555T55555555555552757 5,555555555555555555550\u{137b}";
        let mut out = Vec::new();
        Numbers.extract(&Doc::new(found, None), &mut out);
        assert!(out.iter().all(|e| e.end <= found.len()));
    }

    /// The record of one document whose text is `text`, through the whole pipeline.
    fn record(text: &str) -> crate::Record {
        crate::process(&crate::InputDoc { text: text.into(), ..Default::default() }, &Default::default())
    }

    fn run(text: &str) -> Vec<(String, Entity)> {
        let mut out = Vec::new();
        Numbers.extract(&Doc::new(text, None), &mut out);
        out.into_iter().map(|e| (text[e.start..e.end].to_string(), e)).collect()
    }

    fn dec(s: &str) -> Decimal {
        Decimal::parse(s).expect("test decimal")
    }

    /// (sentence, expected: [(text, value, value_to, unit, kind, qualifier)]).
    #[allow(clippy::type_complexity)]
    const NUMBERS: &[(&str, &[(&str, &str, Option<&str>, Option<&str>, NumberKind, Qualifier)])] = &[
        ("Tỉnh có 28 dự án mới.", &[("28 dự án", "28", None, Some("dự án"), NumberKind::Count, Qualifier::Exact)]),
        // A measure joined by a hyphen; a size after "kích cỡ" is no approximation; "Wp" is a unit.
        (
            "Màn hình kích cỡ 6,1-inch, lốp 5-sao, F-35, 2-m; từ 378MWp lên 20 kWp.",
            &[
                ("6,1-inch", "6.1", None, Some("inch"), NumberKind::Measure, Qualifier::Exact),
                ("378MWp", "378", None, Some("MWp"), NumberKind::Measure, Qualifier::Exact),
                ("20 kWp", "20", None, Some("kWp"), NumberKind::Measure, Qualifier::Exact),
            ],
        ),
        // "xu hướng" (a trend), "xu thế": no cent.
        ("Đây là một xu hướng mới, một xu thế khác.", &[]),
        // Two numbers and one unit after the second: both are measures; not after a label, nor a scale word.
        (
            "Cần 30.000 và 45.000 kg ôxy; học phí lớp 11 và 12 kg; có 3 và 5 tỷ đồng.",
            &[
                ("30.000", "30000", None, Some("kg"), NumberKind::Measure, Qualifier::Exact),
                ("45.000 kg", "45000", None, Some("kg"), NumberKind::Measure, Qualifier::Exact),
                ("12 kg", "12", None, Some("kg"), NumberKind::Measure, Qualifier::Exact),
                ("5 tỷ đồng", "5000000000", None, Some("VND"), NumberKind::Money, Qualifier::Exact),
            ],
        ),
        ("Giá tăng 50 xu.", &[("50 xu", "50", None, Some("cent"), NumberKind::Money, Qualifier::Exact)]),
        // "bảng" is a table after a small count before a word, or in a compound noun of the lexicon; pounds by
        // the thousand or after a scale word.
        (
            "Có hai bảng lương, 4 bảng đấu, một bảng thành tích; phạt 13.750 bảng vì gây rối, 30 triệu bảng.",
            &[
                ("hai bảng lương", "2", None, Some("bảng lương"), NumberKind::Count, Qualifier::Exact),
                ("4 bảng đấu", "4", None, Some("bảng đấu"), NumberKind::Count, Qualifier::Exact),
                ("13.750 bảng", "13750", None, Some("GBP"), NumberKind::Money, Qualifier::Exact),
                ("30 triệu bảng", "30000000", None, Some("GBP"), NumberKind::Money, Qualifier::Exact),
            ],
        ),
        // A bare figure after an indicator and its predicate, at the end of its clause; not a telephone
        // number, a score, a list whose unit comes later, or a number with no indicator before it.
        (
            "Số người tử vong sắp chạm mốc 200.000. Lượng người dùng lên tới 2.000, trải dài cả nước.",
            &[
                ("200.000", "200000", None, None, NumberKind::Number, Qualifier::Exact),
                ("lên tới 2.000", "2000", None, None, NumberKind::Number, Qualifier::UpTo),
            ],
        ),
        // A label that is all indicator, at the start of its item; not one that names a thing by its number.
        (
            "Thời gian: 60 phút - Số phần thi: 2 - Tổng số bài thi: 1 - Số nhà: 15, (số máy lẻ: 602). Theo tỷ lệ 1: 2.",
            &[
                ("2", "2", None, None, NumberKind::Number, Qualifier::Exact),
                ("1", "1", None, None, NumberKind::Number, Qualifier::Exact),
            ],
        ),
        // A part of an approximate whole.
        (
            "Có 253 trong số gần 300 thí sinh đỗ.",
            &[
                ("253", "253", None, Some("thí sinh"), NumberKind::Count, Qualifier::Exact),
                ("gần 300 thí sinh", "300", None, Some("thí sinh"), NumberKind::Count, Qualifier::Nearly),
            ],
        ),
        (
            "Số điện thoại là 0912345678. Tỷ số là 2-1. Giá lần lượt là 900, 940 và 970 USD. Anh: 210, Pháp: 35.",
            &[
                ("940", "940", None, Some("USD"), NumberKind::Money, Qualifier::Exact),
                ("970 USD", "970", None, Some("USD"), NumberKind::Money, Qualifier::Exact),
            ],
        ),
        // "đồng" after a scale word is the currency, whatever noun "đồng" could start ("đồng bằng", "đồng phục").
        (
            "Hơn 18.000 tỷ đồng bằng vốn vay ODA.",
            &[("Hơn 18.000 tỷ đồng", "18000000000000", None, Some("VND"), NumberKind::Money, Qualifier::Over)],
        ),
        (
            "Có 50.000 tỉ đồng phục vụ dự án.",
            &[("50.000 tỉ đồng", "50000000000000", None, Some("VND"), NumberKind::Money, Qualifier::Exact)],
        ),
        (
            "Đón gần 2.800 lượt người đến thăm.",
            &[("gần 2.800 lượt người", "2800", None, Some("lượt người"), NumberKind::Count, Qualifier::Nearly)],
        ),
        (
            "Vốn đạt 224,5 triệu USD trong năm.",
            &[("224,5 triệu USD", "224500000", None, Some("USD"), NumberKind::Money, Qualifier::Exact)],
        ),
        (
            "Số tiền 1.468.275.932,48 đồng đã nộp.",
            &[("1.468.275.932,48 đồng", "1468275932.48", None, Some("VND"), NumberKind::Money, Qualifier::Exact)],
        ),
        ("Lãi suất 3,5 % mỗi năm.", &[("3,5 %", "3.5", None, Some("%"), NumberKind::Percent, Qualifier::Exact)]),
        ("Tăng 5-7% so với cùng kỳ.", &[("5-7%", "5", Some("7"), Some("%"), NumberKind::Percent, Qualifier::Exact)]),
        // A share after "top"; a rank after it stays a name.
        (
            "Thuộc top 25%; lọt top 10 thế giới.",
            &[("25%", "25", None, Some("%"), NumberKind::Percent, Qualifier::Exact)],
        ),
        (
            "Phạt từ 3 đến 5 tỷ đồng.",
            &[(
                "từ 3 đến 5 tỷ đồng",
                "3000000000",
                Some("5000000000"),
                Some("VND"),
                NumberKind::Money,
                Qualifier::Exact,
            )],
        ),
        (
            "Xe chạy khoảng 80-100 km/h.",
            &[("khoảng 80-100 km/h", "80", Some("100"), Some("km/h"), NumberKind::Measure, Qualifier::About)],
        ),
        (
            "Giá 1 triệu 200 nghìn đồng một bộ.",
            &[("1 triệu 200 nghìn đồng", "1200000", None, Some("VND"), NumberKind::Money, Qualifier::Exact)],
        ),
        (
            "Có hàng chục nghìn hộ dân bị ảnh hưởng.",
            &[("hàng chục nghìn hộ dân", "10000", None, Some("hộ dân"), NumberKind::Count, Qualifier::About)],
        ),
        (
            "Thất thoát hàng trăm tỷ đồng.",
            &[("hàng trăm tỷ đồng", "100000000000", None, Some("VND"), NumberKind::Money, Qualifier::About)],
        ),
        ("Bé nặng trên dưới 5kg.", &[("trên dưới 5kg", "5", None, Some("kg"), NumberKind::Measure, Qualifier::About)]),
        (
            "Mua khoảng 4-5 lạng thịt.",
            &[("khoảng 4-5 lạng", "4", Some("5"), Some("lạng"), NumberKind::Measure, Qualifier::About)],
        ),
        ("Tàu KRI Nanggala 402 khởi hành; Xiaomi Band 6 giá rẻ.", &[]),
        (
            "Venezuela Hơn 30 nghị sỹ ký thư.",
            &[("Hơn 30 nghị sỹ", "30", None, Some("nghị sỹ"), NumberKind::Count, Qualifier::Over)],
        ),
        (
            "Bãi bỏ hàng nghìn điều kiện kinh doanh.",
            &[("hàng nghìn điều kiện", "1000", None, Some("điều kiện"), NumberKind::Count, Qualifier::About)],
        ),
        (
            "Đoàn gồm hai mươi lăm chuyên gia.",
            &[("hai mươi lăm chuyên gia", "25", None, Some("chuyên gia"), NumberKind::Count, Qualifier::Exact)],
        ),
        (
            "Trường có một trăm linh năm học sinh.",
            &[("một trăm linh năm học sinh", "105", None, Some("học sinh"), NumberKind::Count, Qualifier::Exact)],
        ),
        (
            "Huyện có ba mươi mốt dự án và hai mươi tư trạm y tế.",
            &[
                ("ba mươi mốt dự án", "31", None, Some("dự án"), NumberKind::Count, Qualifier::Exact),
                ("hai mươi tư trạm y tế", "24", None, Some("trạm y tế"), NumberKind::Count, Qualifier::Exact),
            ],
        ),
        (
            "Cứu 3 thuyền viên.",
            &[("3 thuyền viên", "3", None, Some("thuyền viên"), NumberKind::Count, Qualifier::Exact)],
        ),
        ("Chở 10 tấn hàng.", &[("10 tấn", "10", None, Some("tấn"), NumberKind::Measure, Qualifier::Exact)]),
        ("Nhà rộng hơn 2.000 m2.", &[("hơn 2.000 m2", "2000", None, Some("m2"), NumberKind::Measure, Qualifier::Over)]),
        ("Ông A, 47 tuổi, ở xã B.", &[("47 tuổi", "47", None, Some("tuổi"), NumberKind::Measure, Qualifier::Exact)]),
        ("Giá chỉ $10 một chiếc.", &[("$10", "10", None, Some("USD"), NumberKind::Money, Qualifier::Exact)]),
        ("Mua với giá 10$ thôi.", &[("10$", "10", None, Some("USD"), NumberKind::Money, Qualifier::Exact)]),
        ("Gói thầu 100k đồng.", &[("100k đồng", "100000", None, Some("VND"), NumberKind::Money, Qualifier::Exact)]),
        (
            "Vay khoảng 1,5 tỷ nhân dân tệ.",
            &[("khoảng 1,5 tỷ nhân dân tệ", "1500000000", None, Some("CNY"), NumberKind::Money, Qualifier::About)],
        ),
        ("Có tới 379 xã.", &[("tới 379 xã", "379", None, Some("xã"), NumberKind::Count, Qualifier::UpTo)]),
        (
            "Phạt lên tới 500 triệu đồng.",
            &[("lên tới 500 triệu đồng", "500000000", None, Some("VND"), NumberKind::Money, Qualifier::UpTo)],
        ),
        ("Tỷ lệ không quá 10%.", &[("không quá 10%", "10", None, Some("%"), NumberKind::Percent, Qualifier::Under)]),
        ("Khoảng 92% đồng ý.", &[("Khoảng 92%", "92", None, Some("%"), NumberKind::Percent, Qualifier::About)]),
        (
            "Hơn 1,2 tỷ USD đổ vào.",
            &[("Hơn 1,2 tỷ USD", "1200000000", None, Some("USD"), NumberKind::Money, Qualifier::Over)],
        ),
        (
            "Tổng 1,234,567 USD.",
            &[("1,234,567 USD", "1234567", None, Some("USD"), NumberKind::Money, Qualifier::Exact)],
        ),
        (
            "Có 7 tỉnh, thành phố tham gia.",
            &[("7 tỉnh, thành phố", "7", None, Some("tỉnh, thành phố"), NumberKind::Count, Qualifier::Exact)],
        ),
        ("Hai nước ký kết.", &[("Hai nước", "2", None, Some("nước"), NumberKind::Count, Qualifier::Exact)]),
        (
            "Xảy ra 41 vụ tai nạn giao thông.",
            &[("41 vụ tai nạn", "41", None, Some("vụ tai nạn"), NumberKind::Count, Qualifier::Exact)],
        ),
        // Negatives: dates, times, references, ordinals, codes, phones, plates, names, years.
        ("Ngày 17/3/2008 và ngày 26/4 tỉnh họp.", &[]),
        ("Trong năm 2012, tháng 10/2011 và quý I/2017.", &[]),
        ("Lúc 14h30 hoặc 9 giờ sáng.", &[]),
        ("Theo Chỉ thị số 26-CT/TU và Nghị định 67/2014/NĐ-CP, Nghị định số 81.", &[]),
        ("Lần thứ 2, kỳ họp thứ ba, khóa XIV.", &[]),
        ("Theo Điều 5, khoản 2 của luật.", &[]),
        ("Gọi 0912.345.678 hoặc 0987654321.", &[]),
        ("Xe biển số 51C-219.51 bị giữ.", &[]),
        ("Dịch Covid-19 và xăng E5 tăng giá.", &[]),
        ("Đến ngày 31-12-2016 mới xong.", &[]),
        ("Một người đàn ông và một nửa.", &[]),
        ("Anh ấy không đi.", &[]),
        // Learned on real news: labels, names, glued letters, words that only look like units.
        ("Từ mùng 9 tết, giai đoạn 2 triển khai, phòng 305 mở cửa.", &[]),
        ("Điện thoại có 5G, màn hình 3D và chip A14.", &[]),
        ("Chad là một đồng minh; họ đồng thời ký.", &[]),
        ("Bán iPhone 12 và Galaxy S21 từ thứ 2.", &[]),
        ("Tỷ số 3-1 sau hiệp 1.", &[]),
        ("Thắng 2-1, sinh năm 1981, đến năm 2002 mới về.", &[]),
        ("Ban Quản lý dự án Điện 2 làm đại diện.", &[]),
        ("Còn 2 ứng viên khác.", &[("2 ứng viên", "2", None, Some("ứng viên"), NumberKind::Count, Qualifier::Exact)]),
        ("Tầng 18 tòa nhà, Nghị quyết Trung ương 4 khóa XII, metro số 1 tắc vốn.", &[]),
        ("Trong tổng số 620 DNNN.", &[("620 DNNN", "620", None, Some("DNNN"), NumberKind::Count, Qualifier::Exact)]),
        ("Một điểm nổi bật là một lượng lớn; phần 2 từng tạo cơn sốt.", &[]),
        (
            "Cách khoảng 55 triệu năm ánh sáng.",
            &[(
                "khoảng 55 triệu năm ánh sáng",
                "55000000",
                None,
                Some("năm ánh sáng"),
                NumberKind::Measure,
                Qualifier::About,
            )],
        ),
        ("Vàng nặng 189.820g.", &[("189.820g", "189820", None, Some("g"), NumberKind::Measure, Qualifier::Exact)]),
        ("Một nhóm 6 người kéo đến.", &[("6 người", "6", None, Some("người"), NumberKind::Count, Qualifier::Exact)]),
        (
            "Xuất khoảng 15.000 -20.000 tấn.",
            &[(
                "khoảng 15.000 -20.000 tấn",
                "15000",
                Some("20000"),
                Some("tấn"),
                NumberKind::Measure,
                Qualifier::About,
            )],
        ),
        ("Dừng xe 2 lần.", &[("2 lần", "2", None, Some("lần"), NumberKind::Count, Qualifier::Exact)]),
        (
            "Đường 10 làn xe nối QL18.",
            &[("10 làn xe", "10", None, Some("làn xe"), NumberKind::Count, Qualifier::Exact)],
        ),
        ("Tốc độ 80 km/h.", &[("80 km/h", "80", None, Some("km/h"), NumberKind::Measure, Qualifier::Exact)]),
        ("Bồi thường cho 3 bị hại.", &[("3 bị hại", "3", None, Some("bị hại"), NumberKind::Count, Qualifier::Exact)]),
        (
            "Đầu tư hơn 700 tỷ xây cầu.",
            &[("hơn 700 tỷ", "700000000000", None, None, NumberKind::Number, Qualifier::Over)],
        ),
        ("Bán 10.000 yen.", &[("10.000 yen", "10000", None, Some("JPY"), NumberKind::Money, Qualifier::Exact)]),
        (
            "Xe từ 18 tấn trở lên phải nộp phí.",
            &[("từ 18 tấn trở lên", "18", None, Some("tấn"), NumberKind::Measure, Qualifier::Over)],
        ),
        (
            "Giá 55,48 - 55,83 triệu đồng/lượng.",
            &[(
                "55,48 - 55,83 triệu đồng",
                "55480000",
                Some("55830000"),
                Some("VND"),
                NumberKind::Money,
                Qualifier::Exact,
            )],
        ),
        (
            "Thả 54 vạn tôm giống.",
            &[("54 vạn tôm giống", "540000", None, Some("tôm giống"), NumberKind::Count, Qualifier::Exact)],
        ),
        ("Nhà Hán (202 TCN - 220 SCN).", &[]),
        (
            "Trị giá hàng chục tỷ đồng.",
            &[("hàng chục tỷ đồng", "10000000000", None, Some("VND"), NumberKind::Money, Qualifier::About)],
        ),
        ("Chi 2,5 triệu tệ.", &[("2,5 triệu tệ", "2500000", None, Some("CNY"), NumberKind::Money, Qualifier::Exact)]),
        // A part of a whole counts what the whole counts; "trên" there is "out of", not "over".
        (
            "Phim giành 5 trên 11 đề cử.",
            &[
                ("5", "5", None, Some("đề cử"), NumberKind::Count, Qualifier::Exact),
                ("11 đề cử", "11", None, Some("đề cử"), NumberKind::Count, Qualifier::Exact),
            ],
        ),
        ("Covid-19 trên 300 ca.", &[("trên 300 ca", "300", None, Some("ca"), NumberKind::Count, Qualifier::Over)]),
        (
            "Có 01 trường hợp dương tính; trong số 6 tàu ngầm.",
            &[
                ("01 trường hợp", "1", None, Some("trường hợp"), NumberKind::Count, Qualifier::Exact),
                ("6 tàu ngầm", "6", None, Some("tàu ngầm"), NumberKind::Count, Qualifier::Exact),
            ],
        ),
        (
            "Hơn 10,000 học sinh; giáo viên THCS 1.674 người.",
            &[
                ("Hơn 10,000 học sinh", "10000", None, Some("học sinh"), NumberKind::Count, Qualifier::Over),
                ("1.674 người", "1674", None, Some("người"), NumberKind::Count, Qualifier::Exact),
            ],
        ),
        (
            "dao động 94,8- 95,9 điểm",
            &[("94,8- 95,9 điểm", "94.8", Some("95.9"), Some("điểm"), NumberKind::Measure, Qualifier::Exact)],
        ),
        ("ở vòng 11 LS V-League 2021; bảo hành 1 đổi 1.", &[]),
        (
            "Vụ 2 mẹ con bị sát hại; hai bé gái.",
            &[
                ("2 mẹ con", "2", None, Some("mẹ con"), NumberKind::Count, Qualifier::Exact),
                ("hai bé gái", "2", None, Some("bé gái"), NumberKind::Count, Qualifier::Exact),
            ],
        ),
        // Below zero; compound counted nouns taken whole.
        (
            "Xuống -30 độ C, âm 10 độ.",
            &[
                ("-30 độ C", "-30", None, Some("độ C"), NumberKind::Measure, Qualifier::Exact),
                ("âm 10 độ", "-10", None, Some("độ"), NumberKind::Measure, Qualifier::Exact),
            ],
        ),
        (
            "Hai chiếc xe tăng, hai vợ chồng và 2 người bạn.",
            &[
                ("Hai chiếc xe tăng", "2", None, Some("chiếc xe tăng"), NumberKind::Count, Qualifier::Exact),
                ("hai vợ chồng", "2", None, Some("vợ chồng"), NumberKind::Count, Qualifier::Exact),
                ("2 người bạn", "2", None, Some("người bạn"), NumberKind::Count, Qualifier::Exact),
            ],
        ),
    ];

    #[test]
    fn numbers_table() {
        for (input, want) in NUMBERS {
            let got: Vec<_> =
                run(input).into_iter().filter_map(|(t, e)| Some((t, e.get::<NumberItem>()?.clone()))).collect();
            assert_eq!(got.len(), want.len(), "{input:?}: got {got:?}");
            for ((t, n), w) in got.iter().zip(want.iter()) {
                assert_eq!(t, w.0, "{input:?}");
                assert_eq!(n.value, dec(w.1), "{input:?}");
                assert_eq!(n.value_to, w.2.map(dec), "{input:?}");
                assert_eq!(n.unit.as_deref(), w.3, "{input:?}");
                assert_eq!(n.kind, w.4, "{input:?}");
                assert_eq!(n.qualifier, w.5, "{input:?}");
            }
        }
    }

    type DurationRow = (&'static str, &'static [(&'static str, &'static str, DurationUnit)]);

    const DURATIONS: &[DurationRow] = &[
        ("Dự án kéo dài 5 năm.", &[("5 năm", "5", DurationUnit::Year)]),
        ("Trong 3 tháng và 10 ngày.", &[("3 tháng", "3", DurationUnit::Month), ("10 ngày", "10", DurationUnit::Day)]),
        ("Xử lý trong 2 giờ.", &[("2 giờ", "2", DurationUnit::Hour)]),
        ("Bị tuyên 7 năm tù.", &[("7 năm", "7", DurationUnit::Year)]),
        ("Mất hàng chục năm.", &[("hàng chục năm", "10", DurationUnit::Year)]),
        ("Sau 1 năm rưỡi.", &[("1 năm rưỡi", "1.5", DurationUnit::Year)]),
        ("Trong 6 tháng đầu năm 2017 và lúc 9 giờ sáng.", &[]),
        ("Ngày 3 tháng 4 năm 2021.", &[]),
        // A length, then the years it measures; a lone year after a label's number is a date.
        (
            "Kinh tế - xã hội 5 năm 2021-2025; trong hai năm 2015 và 2016; đợt 2 năm 2017; quý 4 năm 2020.",
            &[("5 năm", "5", DurationUnit::Year), ("hai năm", "2", DurationUnit::Year)],
        ),
        ("Khoảng 9 giờ 30 phút, lúc 2 giờ và 9 tháng năm 2020.", &[]),
        (
            "Hai mươi năm, mười năm và một trăm năm.",
            &[
                ("Hai mươi năm", "20", DurationUnit::Year),
                ("mười năm", "10", DurationUnit::Year),
                ("một trăm năm", "100", DurationUnit::Year),
            ],
        ),
        ("Sau khoảng 35 triệu năm.", &[("khoảng 35 triệu năm", "35000000", DurationUnit::Year)]),
        ("Nghỉ từ 6-8 tuần.", &[("từ 6-8 tuần", "6", DurationUnit::Week)]),
        // No clock reads past 24 or in fractions; "lên tới" reaches a length.
        (
            "Cần tới 100 giờ; pin lên tới 18 giờ; đến 4,5 giờ; trung bình 4 phút.",
            &[
                ("tới 100 giờ", "100", DurationUnit::Hour),
                ("lên tới 18 giờ", "18", DurationUnit::Hour),
                ("4,5 giờ", "4.5", DurationUnit::Hour),
                ("4 phút", "4", DurationUnit::Minute),
            ],
        ),
        ("Đến khoảng 23 giờ cùng ngày, lúc 14h 30 phút.", &[]),
    ];

    #[test]
    fn durations_table() {
        for (input, want) in DURATIONS {
            let got: Vec<_> =
                run(input).into_iter().filter_map(|(t, e)| Some((t, e.get::<DurationItem>()?.clone()))).collect();
            assert_eq!(got.len(), want.len(), "{input:?}: got {got:?}");
            for ((t, d), w) in got.iter().zip(want.iter()) {
                assert_eq!(t, w.0, "{input:?}");
                assert_eq!(d.value, dec(w.1), "{input:?}");
                assert_eq!(d.unit, w.2, "{input:?}");
            }
        }
    }

    /// Duckling's Vietnamese numeral, money and ordinal test vectors (`../shared/data/duckling-vi/`),
    /// when present: each phrase alone must yield one number with that value (ordinals: none).
    #[test]
    fn duckling_vectors() {
        const MIN_PASS_RATE: f64 = 1.0;
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/duckling-vi");
        if !dir.exists() {
            println!("duckling vectors not found at {}; skipped", dir.display());
            return;
        }
        let (mut pass, mut total) = (0usize, 0usize);
        let mut failures = Vec::new();
        for file in ["numeral.jsonl", "money.jsonl", "ordinal.jsonl"] {
            let src = std::fs::read_to_string(dir.join(file)).unwrap_or_default();
            for line in src.lines().filter(|l| !l.trim().is_empty()) {
                let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else { continue };
                let Some(text) = v.get("text").and_then(|t| t.as_str()) else { continue };
                total += 1;
                let got: Vec<NumberItem> =
                    run(text).into_iter().filter_map(|(_, e)| e.get::<NumberItem>().cloned()).collect();
                let num = |k: &str| v.get(k).and_then(|x| serde_json::from_value::<Decimal>(x.clone()).ok());
                let ok = if file == "ordinal.jsonl" {
                    got.is_empty()
                } else if let [n] = got.as_slice() {
                    let value_ok = match (num("min"), num("max")) {
                        (Some(lo), Some(hi)) => n.value == lo && n.value_to == Some(hi),
                        _ => Some(n.value) == num("value"),
                    };
                    let cur_ok =
                        v.get("currency").and_then(|c| c.as_str()).is_none_or(|c| n.unit.as_deref() == Some(c));
                    value_ok && cur_ok
                } else {
                    false
                };
                if ok {
                    pass += 1;
                } else {
                    failures.push(format!("{file}: {text:?} → {got:?}"));
                }
            }
        }
        let rate = pass as f64 / total.max(1) as f64;
        println!("duckling vectors: {pass}/{total} pass ({:.1}%)", rate * 100.0);
        assert!(rate >= MIN_PASS_RATE, "duckling pass rate {rate:.3} below {MIN_PASS_RATE}:\n{}", failures.join("\n"));
    }

    /// SI units and symbols: "2,8V", "<50μm" (under), "1~2mm" (a range), "trên 1Gbps", "≥ 24 điểm" (over);
    /// capitalised and multi-word counted nouns; a letter that starts a name is no unit ("vòng 13 V-League").
    #[test]
    fn units_and_signs() {
        /// Text, value, unit, qualifier, upper end.
        type Row = (&'static str, &'static str, Option<&'static str>, Qualifier, Option<&'static str>);
        let rows: &[Row] = &[
            ("Pin 2,8V.", "2.8", Some("V"), Qualifier::Exact, None),
            ("hạt <50μm.", "50", Some("μm"), Qualifier::Under, None),
            ("dày 1~2mm.", "1", Some("mm"), Qualifier::Exact, Some("2")),
            ("tốc độ trên 1Gbps.", "1", Some("Gbps"), Qualifier::Over, None),
            ("học bạ ≥ 24 điểm.", "24", Some("điểm"), Qualifier::Over, None),
            ("chip 5nm, sạc 65W.", "5", Some("nm"), Qualifier::Exact, None),
        ];
        for (text, value, unit, q, to) in rows {
            let rec = record(text);
            let n = rec.numbers.first().unwrap_or_else(|| panic!("{text}: no number"));
            assert_eq!(
                (n.value, n.unit.as_deref(), n.qualifier, n.value_to),
                (dec(value), *unit, *q, to.map(dec)),
                "{text}"
            );
        }
        let rec = record("Có 2 Phó Chánh thanh tra; 10 Chương trình; 20 nhà biệt thự; khoảng hai thìa cà phê đường.");
        let got: Vec<(&str, Option<&str>)> = rec.numbers.iter().map(|n| (n.text.as_str(), n.unit.as_deref())).collect();
        let want = [
            ("2 Phó Chánh thanh tra", Some("Phó Chánh thanh tra")),
            ("10 Chương trình", Some("Chương trình")),
            ("20 nhà biệt thự", Some("nhà biệt thự")),
            ("khoảng hai thìa cà phê", Some("thìa cà phê")),
        ];
        assert_eq!(got, want);
        // A classifier's noun of the lexicon is read whole ("khẩu súng", "viên đạn", "viên chức"); two digits
        // one apart after a comma are "two or three", not in a list of labels.
        let rec = record(
            "Thu 3 khẩu súng, 15 viên đạn; 81 viên chức; mua 2, 3 vé; học sinh lớp 1, 2 học; 5.900.000 ngày khách.",
        );
        let got: Vec<(&str, Option<&str>, Option<String>)> = rec
            .numbers
            .iter()
            .map(|n| (n.text.as_str(), n.unit.as_deref(), n.value_to.map(|v| v.to_string())))
            .collect();
        let want = [
            ("3 khẩu súng", Some("khẩu súng"), None),
            ("15 viên đạn", Some("viên đạn"), None),
            ("81 viên chức", Some("viên chức"), None),
            ("2, 3 vé", Some("vé"), Some("3".to_string())),
            ("5.900.000 ngày khách", Some("ngày khách"), None),
        ];
        assert_eq!(got, want);
        assert!(rec.durations.is_empty(), "guest-days are counted, no length of time");
        let rec = record("Đó là một ngày đen tối. Một ngày nọ anh đi. Chỉ sau một ngày, giá tăng.");
        let got: Vec<&str> = rec.durations.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(got, ["một ngày"], "only 'sau một ngày' is a length of time");
        // Spaces lost in the source: the normaliser puts them back, and the items are those of the spaced text.
        let rec = record("hơn 5.800tỷđồng; 464công trình; hơn40năm");
        let got: Vec<(&str, Option<&str>)> = rec.numbers.iter().map(|n| (n.text.as_str(), n.unit.as_deref())).collect();
        assert_eq!(got, [("hơn 5.800 tỷ đồng", Some("VND")), ("464 công trình", Some("công trình"))]);
        assert_eq!(rec.numbers[0].value, dec("5800000000000"));
        let got: Vec<&str> = rec.durations.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(got, ["hơn 40 năm"]);
        let rec = record("ở vòng 13 V-League và vòng 11 V.League");
        assert!(rec.numbers.iter().all(|n| n.unit.as_deref() != Some("V")), "{:?}", rec.numbers);
    }

    /// Units written the way real news writes them: "oC" for degrees, "chỉ vàng" (a unit of gold's
    /// weight), an age after "Năm" ("Năm 14 tuổi", at fourteen, not a year).
    #[test]
    fn units_as_news_writes_them() {
        let rows: &[(&str, &str, &str)] = &[
            ("Duy trì nhiệt độ phòng từ 24 - 25oC và độ ẩm vừa phải.", "từ 24 - 25oC", "oC"),
            ("Khách mua xe được tặng 5 chỉ vàng.", "5 chỉ vàng", "chỉ vàng"),
            ("Năm 14 tuổi, cô đã đi làm.", "14 tuổi", "tuổi"),
            ("Cô cao 1m70 và nặng vừa phải.", "1m70", "m"),
            ("Chanh cho thu nhập hơn 200 triệu/ha/năm.", "hơn 200 triệu", "VND"),
            ("Hai đại diện của Venezuela đứng sau.", "Hai đại diện", "đại diện"),
            ("Anh bị đánh 1 cách tàn nhẫn, mất 5 triệu đồng.", "5 triệu đồng", "VND"),
            ("Anh cao 1 m 70.", "1 m 70", "m"),
            // An age after "tuổi"; a verb ending in a label word ("cấp 3" is a level, "cung cấp" supplies);
            // nouns the lexicon learnt from real misses.
            ("Bà qua đời ở tuổi 69 vì bệnh ung thư.", "tuổi 69", "tuổi"),
            ("Công ty Linde cung cấp 60 container.", "60 container", "container"),
            ("Chỉ ít người trong số 1,4 tỷ dân Ấn Độ.", "1,4 tỷ dân", "dân"),
            ("Có 14 cựu cán bộ bị kỷ luật.", "14 cựu cán bộ", "cựu cán bộ"),
            ("Xe dùng động cơ 3.5L V6.", "3.5L", "L"),
            ("Một đơn vị là 5 ounces rượu vang.", "5 ounces", "ounces"),
            ("Công suất cực đại đạt tại 6.500 vòng/phút.", "6.500 vòng/phút", "vòng/phút"),
            ("Mô-men xoắn cực đại tại 1.400-4.000rpm.", "1.400-4.000rpm", "rpm"),
        ];
        for (text, want, unit) in rows {
            let rec = record(text);
            let got: Vec<(&str, Option<&str>)> =
                rec.numbers.iter().map(|n| (n.text.as_str(), n.unit.as_deref())).collect();
            assert_eq!(got, [(*want, Some(*unit))], "{text}");
        }
        // Not quantities: an intersection ("ngã ba"), "tuổi" after another number, an ordinal "thứ 3 tới từ".
        for text in [
            "Xe dừng ở ngã ba ông Liềng.",
            "dưới 35 tuổi 125 người",
            "Cô là hoa hậu thứ 3 tới từ Mỹ.",
            "xe tải BKS 57L-0070 và Fiat 500L",
        ] {
            let rec = record(text);
            let got: Vec<&str> = rec.numbers.iter().map(|n| n.text.as_str()).collect();
            let bad = |n: &&str| n.starts_with("ba ") || n.starts_with("tuổi ") || n.ends_with('L');
            assert!(!got.iter().any(bad), "{text}: {got:?}");
            assert!(rec.dates.is_empty(), "{text}: {:?}", rec.dates);
        }
        // An age with its approximator after "tuổi", and "ngoài" (outside) as "over" before an age; not the low
        // end of a range whose "tuổi" follows, nor "ngoài" (besides) before a count.
        let rec = record(
            "Ở tuổi ngoài 50, ông vẫn chạy. Bà đã ngoài 70 tuổi. Độ tuổi khoảng 25- 30 tuổi. Ngoài 3 người bị thương.",
        );
        let got: Vec<(&str, Qualifier)> = rec.numbers.iter().map(|n| (n.text.as_str(), n.qualifier)).collect();
        assert_eq!(
            got,
            [
                ("tuổi ngoài 50", Qualifier::Over),
                ("ngoài 70 tuổi", Qualifier::Over),
                ("khoảng 25- 30 tuổi", Qualifier::About),
                ("3 người", Qualifier::Exact)
            ]
        );
        // A backpack ("ba lô"), and the later numbers of a label's list ("lớp 1, 2, 3"), are no counts; a
        // counted noun after such a number still is.
        for (text, want) in [
            ("Anh đeo ba lô đi học, mua ba lô đất.", vec!["ba lô đất"]),
            ("Các khối lớp 1, 2, 3 uống sữa học đường.", vec![]),
            ("Còn 8 trận (3 trận ở giai đoạn 1, 5 trận thuộc giai đoạn 2).", vec!["8 trận", "3 trận", "5 trận"]),
        ] {
            let rec = record(text);
            let got: Vec<&str> = rec.numbers.iter().map(|n| n.text.as_str()).collect();
            assert_eq!(got, want, "{text}");
        }
        // Decades and centuries are lengths in years, unless they name one ("thế kỷ XX").
        let rec = record("Trong 2 thập niên qua và hơn nửa thế kỷ, nửa thế kỷ XX, ảnh thập niên 70, 80 thế kỷ trước.");
        let got: Vec<(&str, String)> = rec.durations.iter().map(|d| (d.text.as_str(), d.value.to_string())).collect();
        assert_eq!(got, [("2 thập niên", "20".to_string()), ("hơn nửa thế kỷ", "50".to_string())]);
        // A label's number opens a range whose unit follows its other end ("trong vòng 2-3 năm", "tập 150-300
        // phút" is exercising, "tập 5" an episode); after "số" it stays a name; "triệu tập" summons a count.
        let rec = record(
            "trong vòng 2-3 năm; nên tập 150-300 phút; xem tập 5; Dũng (Số 4 - 8,5 điểm); đã triệu tập 23 cầu thủ.",
        );
        let got: Vec<&str> = rec.durations.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(got, ["2-3 năm", "150-300 phút"]);
        let got: Vec<&str> = rec.numbers.iter().map(|n| n.text.as_str()).collect();
        assert_eq!(got, ["8,5 điểm", "23 cầu thủ"]);
        // A compound length is one length in its smaller unit (not months and days, which have no fixed
        // ratio), not a day of a month or a month of a year; a time of day is no length.
        let rec = record(
            "kéo dài thêm 1 năm 11 tháng 3 ngày; án 2 năm, 6 tháng tù; ngày 5 tháng 12 năm 2016; clip dài 2 phút \
                   24 giây; lúc 14 giờ 30 phút 15 giây; sau 1 tuần 2 ngày.",
        );
        let got: Vec<(&str, String, DurationUnit)> =
            rec.durations.iter().map(|d| (d.text.as_str(), d.value.to_string(), d.unit)).collect();
        let want = [
            ("1 năm 11 tháng", "23", DurationUnit::Month),
            ("3 ngày", "3", DurationUnit::Day),
            ("2 năm, 6 tháng", "30", DurationUnit::Month),
            ("2 phút 24 giây", "144", DurationUnit::Second),
            ("1 tuần 2 ngày", "9", DurationUnit::Day),
        ];
        assert_eq!(got, want.map(|(t, v, u)| (t, v.to_string(), u)));
        let got: Vec<&str> = rec.dates.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(got, ["5 tháng 12 năm 2016"]);
        // A part of a larger whole takes the whole's counted noun; "2 trong 1" is a model's name.
        let rec = record("Rashford là 1 trong 5 tiền đạo; Tablet 2 trong 1 chạy Android.");
        let got: Vec<(&str, Option<&str>)> = rec.numbers.iter().map(|n| (n.text.as_str(), n.unit.as_deref())).collect();
        assert_eq!(got, [("1", Some("tiền đạo")), ("5 tiền đạo", Some("tiền đạo"))]);
    }

    /// A range's upper end keeps its own approximator in `qualifier_to`.
    #[test]
    fn range_upper_end_qualifier() {
        let rows: &[(&str, &str, &str, Option<Qualifier>)] = &[
            ("Tăng từ 20 đến hơn 70%.", "20", "70", Some(Qualifier::Over)),
            ("Trẻ từ 14 tuổi đến dưới 16 tuổi.", "14", "16", Some(Qualifier::Under)),
            ("Giá từ 3 đến 5 tỷ đồng.", "3000000000", "5000000000", None),
        ];
        for (text, lo, hi, q) in rows {
            let rec = record(text);
            let n = rec.numbers.first().unwrap_or_else(|| panic!("{text}: no number"));
            assert_eq!((n.value, n.value_to, n.qualifier_to), (dec(lo), Some(dec(hi)), *q), "{text}");
        }
        let rec = record("Phạt tù từ 3 đến dưới 5 năm.");
        assert_eq!(rec.durations[0].qualifier_to, Some(Qualifier::Under));
    }
}

#[cfg(test)]
mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Any text: no panic, spans are ordered char boundaries inside the text.
        #[test]
        fn any_text_is_safe(text in "\\PC{0,60}") {
            let mut out = Vec::new();
            Numbers.extract(&Doc::new(&text, None), &mut out);
            for e in &out {
                prop_assert!(text.get(e.start..e.end).is_some_and(|s| !s.is_empty()));
            }
        }

        #[test]
        fn spans_are_sound(text in "[0-9 .,/%$:hKk-]{0,12}(triệu|tỷ|nghìn|năm|tháng|hai mươi|một|đồng|USD|người|gần|từ|đến|\\pL| ){0,8}[0-9 .,/%-]{0,8}") {
            let mut out = Vec::new();
            Numbers.extract(&Doc::new(&text, None), &mut out);
            for e in &out {
                prop_assert!(e.start < e.end && e.end <= text.len());
                prop_assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
            }
        }
    }
}

#[cfg(test)]
mod speed {
    use super::*;

    /// Throughput of this extractor alone on a JSONL file named by `VNEXTRACT_SPEED_FILE` (ignored test:
    /// `cargo test --release speed -- --ignored --nocapture`).
    #[test]
    #[ignore]
    fn throughput() {
        let Ok(path) = std::env::var("VNEXTRACT_SPEED_FILE") else { return };
        let src = std::fs::read_to_string(path).unwrap_or_default();
        let texts: Vec<String> = src
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
            .collect();
        let bytes: usize = texts.iter().map(String::len).sum();
        let start = std::time::Instant::now();
        let mut out = Vec::new();
        for t in &texts {
            Numbers.extract(&Doc::new(t, None), &mut out);
        }
        let secs = start.elapsed().as_secs_f64();
        println!(
            "{} entities, {:.1} MB in {secs:.3} s: {:.1} MB/s",
            out.len(),
            bytes as f64 / 1e6,
            bytes as f64 / 1e6 / secs
        );
    }
}
