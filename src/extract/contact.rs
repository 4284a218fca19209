//! The `contacts` extractor: e-mail addresses, web addresses and telephone numbers printed in articles
//! ("Hotline: 0914 926 900", "ĐT: (08) 628.94.528", "toasoan@baomoi.com", "www.chinhphu.vn",
//! "thuvienphapluat.vn/van-ban/…").
//!
//! - **E-mail**: a local part and a dotted domain around "@" ("ban.doc@vnexpress.net"); `value` is the
//!   address in lower case.
//! - **Web address**: "http://…", "https://…" or "www.…" up to the next space, and bare domains whose
//!   last label is a common top-level domain ("baomoi.com", "VnExpress.net/the-thao"); trailing
//!   punctuation is not part of it. A capitalised bare domain without a path ("theo Zing.vn",
//!   "Amazon.com") is the name of an outlet or a company, left to the organisations. `value` is the
//!   address as written.
//! - **Telephone**: Vietnamese numbers of 10 or 11 digits starting with 0, in groups separated by single
//!   spaces, dots or hyphens, with the area code in parentheses or not ("0988 868 465", "0966.100.300",
//!   "(024) 3825 1234"), or "+84" and 9–10 digits; "1800"/"1900" service numbers only after a telephone
//!   cue word ("hotline", "tổng đài", "điện thoại", "ĐT"). `value` is the digits alone ("+84…" kept).
//!
//! Not contacts: tax and account numbers ("MST: 0100109106", "số tài khoản 0011…"), decimals and scores
//! ("0,5", "0-1"), years ("năm 1900"), a domain glued to a Vietnamese word ("Nội.vn"), and addresses inside
//! longer words.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

use super::trigger::Trigger;
use super::{Doc, Entity, Extractor};
use crate::chars::is_alphanumeric as is_word_char;
use crate::item::{Item, Kind, KindOf, json_str, record_list};
use crate::schema::{Field, Ty};
use crate::text::char_before;

/// What sort of contact an item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    Email,
    Url,
    Phone,
}

/// An e-mail address, web address or telephone number.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ContactItem {
    pub text: String,
    pub span: [usize; 2],
    pub kind: ContactKind,
    /// The address in lower case (e-mail), as written (web), or the digits alone, "+" kept (telephone).
    pub value: String,
}

/// Finds contacts.
pub struct Contacts;

impl Extractor for Contacts {
    fn name(&self) -> &'static str {
        "contacts"
    }

    fn kinds(&self) -> &'static [&'static dyn Kind] {
        &[&KindOf::<ContactItem>::KIND]
    }

    /// None: its triggers are rare, so a search of its own with a prefilter costs less than a lane of the
    /// one pass, which steps every byte.
    fn trigger(&self) -> Option<Trigger> {
        None
    }

    fn extract(&self, doc: &Doc<'_>, out: &mut Vec<Entity>) {
        let t = doc.text;
        // "@" by memchr; the other triggers (two bytes or more, so the prefilter stays selective) by search.
        let ats = memchr::memchr_iter(b'@', t.as_bytes()).map(|p| (p, Pat::At));
        let others = SEARCH.find_iter(t).map(|m| (m.start(), PATTERNS[m.pattern().as_usize()]));
        let mut hits: Vec<(usize, Pat)> = ats.chain(others).collect();
        hits.sort_by_key(|&(p, _)| p);
        let mut reach = 0;
        for (start, pat) in hits {
            if start < reach {
                continue;
            }
            let found = match pat {
                Pat::At => email(t, start),
                Pat::Scheme => url(t, start),
                Pat::Tld => domain(t, start),
                Pat::Phone(left) => phone(t, start + left),
            };
            if let Some((s, e, kind, value)) = found.filter(|&(s, _, _, _)| s >= reach) {
                reach = e;
                out.push(Entity::new(s, e, ContactItem { text: String::new(), span: [0, 0], kind, value }));
            }
        }
    }
}

impl Item for ContactItem {
    const KEY: &'static str = "contacts";
    const SINGULAR: &'static str = "contact";
    const DOC: &'static str = "e-mail addresses, web addresses and telephone numbers";
    const COLOUR: &'static str = "#c8ece9";
    const ATTRIBUTES: &'static [&'static str] = &["kind"];
    const DESCRIBE: &'static [&'static str] = &["kind", "value"];

    fn fields() -> Vec<Field> {
        vec![
            Field::req("kind", Ty::Enum(&["email", "url", "phone"]), "kind of contact"),
            Field::req("value", Ty::Str, "e-mail in lower case, web address as written, telephone digits"),
        ]
    }

    record_list!(contacts);

    /// Addresses and numbers hold no tone marks; only `text` could.
    fn restyle(&mut self, fix: &dyn Fn(&mut String)) {
        fix(&mut self.text);
    }

    fn hover(&self) -> String {
        format!("{} → {:?} {}", self.text, self.kind, self.value)
    }

    /// The value decides.
    fn key_agrees(gold: &Json, pred: &Json) -> bool {
        json_str(gold.get("value")) == json_str(pred.get("value"))
    }
}

/// Top-level domains that end a bare web address.
const TLDS: &[&str] = &["com", "vn", "net", "org", "info", "gov", "edu", "biz", "io", "tv", "uk", "jp", "cn", "kr"];

/// Characters that may stand before a telephone number (part of the trigger, not of the number).
const PHONE_LEFT: &[&str] = &[" ", "(", ":", "\n", "\""];

/// Words that make the number after them a tax, account or other code, not a telephone.
const NOT_PHONE_CUES: &[&str] = &["mst", "thuế", "khoản", "stk", "số tk", "cmnd", "cccd", "hộ chiếu", "mã số"];

/// Words that make "1800"/"1900" service numbers after them telephones.
const PHONE_CUES: &[&str] = &["hotline", "tổng đài", "điện thoại", "đt", "tel", "số máy", "đường dây nóng", "liên hệ"];

#[derive(Clone, Copy, Debug)]
enum Pat {
    At,
    Scheme,
    Tld,
    /// A telephone trigger whose first `n` bytes are left context.
    Phone(usize),
}

static PATTERNS: LazyLock<Vec<Pat>> = LazyLock::new(|| patterns().into_iter().map(|(_, p)| p).collect());

fn patterns() -> Vec<(String, Pat)> {
    let mut v = Vec::new();
    for s in ["http://", "https://", "HTTP://", "HTTPS://", "www.", "WWW."] {
        v.push((s.to_string(), Pat::Scheme));
    }
    for tld in TLDS {
        v.push((format!(".{tld}"), Pat::Tld));
    }
    v.push(("+84".to_string(), Pat::Phone(0)));
    for l in PHONE_LEFT {
        for d in ["0", "1800", "1900"] {
            v.push((format!("{l}{d}"), Pat::Phone(l.len())));
        }
    }
    v
}

/// "http", "www.", the top-level domains of [`TLDS`], "+84", and "0", "1800", "1900" after a space, "(",
/// ":", a line break or a quote ("@" is found by memchr).
static SEARCH: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(patterns().into_iter().map(|(s, _)| s))
        .expect("contact triggers build")
});

type Found = Option<(usize, usize, ContactKind, String)>;

fn is_label_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-'
}

/// The end of a dotted domain starting at `i` ("mail.vnexpress.net"), needing two labels or more and a
/// last label of letters; a final dot is not part of it.
fn domain_end(t: &str, i: usize) -> Option<usize> {
    let b = t.as_bytes();
    let (mut e, mut labels, mut last) = (i, 0, i);
    loop {
        let s = e;
        while e < b.len() && is_label_byte(b[e]) {
            e += 1;
        }
        if e == s {
            e = s.saturating_sub(1).max(i);
            break;
        }
        labels += 1;
        last = s;
        if e + 1 < b.len() && b[e] == b'.' && is_label_byte(b[e + 1]) {
            e += 1;
        } else {
            break;
        }
    }
    let tld = &t[last..e];
    let ok = labels >= 2 && tld.len() >= 2 && tld.bytes().all(|c| c.is_ascii_alphabetic());
    // Glued to a letter that is no part of a domain ("…vnđ"), or the local part of an e-mail address.
    (ok && !t[e..].chars().next().is_some_and(|c| is_word_char(c) || c == '@')).then_some(e)
}

/// Past the path of a web address at `e` ("/van-ban/…"): up to a space, trailing punctuation dropped.
fn path_end(t: &str, e: usize) -> usize {
    if !t[e..].starts_with('/') {
        return e;
    }
    let rest = &t[e..];
    let n = rest.find(|c: char| c.is_whitespace() || matches!(c, '"' | '<' | '>')).unwrap_or(rest.len());
    e + rest[..n].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '\'']).len()
}

fn email(t: &str, at: usize) -> Found {
    let b = t.as_bytes();
    let local = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-');
    let mut s = at;
    while s > 0 && local(b[s - 1]) {
        s -= 1;
    }
    while s < at && b[s] == b'.' {
        s += 1;
    }
    if s == at || char_before(t, s).is_some_and(is_word_char) {
        return None;
    }
    let e = domain_end(t, at + 1)?;
    Some((s, e, ContactKind::Email, t[s..e].to_ascii_lowercase()))
}

fn url(t: &str, s: usize) -> Found {
    if char_before(t, s).is_some_and(|c| is_word_char(c) || c == '/' || c == '.') {
        return None;
    }
    let rest = &t[s..];
    let host = if rest.as_bytes()[..4].eq_ignore_ascii_case(b"www.") { s } else { s + rest.find("://")? + 3 };
    let e = path_end(t, domain_end(t, host)?);
    Some((s, e, ContactKind::Url, t[s..e].to_string()))
}

/// A bare domain whose top-level domain is at `dot` ("Dantri.com.vn", "baomoi.com").
fn domain(t: &str, dot: usize) -> Found {
    let b = t.as_bytes();
    // Back to the start of the domain: labels and dots.
    let mut s = dot;
    while s > 0 && (is_label_byte(b[s - 1]) || b[s - 1] == b'.' && s >= 2 && is_label_byte(b[s - 2])) {
        s -= 1;
    }
    let before = char_before(t, s);
    if s == dot || before.is_some_and(|c| is_word_char(c) || matches!(c, '@' | '/' | '.' | '-')) {
        return None;
    }
    // A first label of digits alone is a number ("1.com" is no address). A capitalised domain without
    // a path names an outlet or a company ("theo Zing.vn", "Amazon.com"): an organisation, not a contact.
    if !t[s..dot].bytes().any(|c| c.is_ascii_alphabetic()) || !b[s].is_ascii_alphanumeric() {
        return None;
    }
    let e = path_end(t, domain_end(t, s)?);
    if b[s].is_ascii_uppercase() && !t[s..e].contains('/') {
        return None;
    }
    Some((s, e, ContactKind::Url, t[s..e].to_string()))
}

/// A telephone number starting at `s` (a digit or "+").
fn phone(t: &str, s: usize) -> Found {
    let b = t.as_bytes();
    // "(08) 628.94.528": the area code in parentheses, the parenthesis part of the number.
    let paren = s > 0 && b[s - 1] == b'(';
    let start = if paren { s - 1 } else { s };
    if char_before(t, start).is_some_and(is_word_char) {
        return None;
    }
    let mut digits = String::new();
    let mut i = s;
    if b[i] == b'+' {
        digits.push('+');
        i += 1;
    }
    let mut closed = !paren;
    loop {
        let g = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i - g < 2 {
            return None;
        }
        digits.push_str(&t[g..i]);
        let next = |k: usize| b.get(i + k).copied();
        if !closed && next(0) == Some(b')') {
            closed = true;
            if next(1) == Some(b' ') && next(2).is_some_and(|c| c.is_ascii_digit()) {
                i += 2;
                continue;
            }
            i += 1;
            break;
        }
        match (next(0), next(1)) {
            (Some(b' ' | b'.' | b'-'), Some(d)) if d.is_ascii_digit() => i += 1,
            _ => break,
        }
    }
    if !closed {
        return None;
    }
    let end = i;
    // Not part of a longer number or word: "0,5", "0912.5", "09/2017".
    let after = &t[end..];
    if after.starts_with(|c: char| is_word_char(c) || matches!(c, '/' | '%'))
        || (after.starts_with([',', '.']) && after[1..].starts_with(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    let national: String = match digits.strip_prefix("+84") {
        Some(rest) => format!("0{rest}"),
        None => digits.clone(),
    };
    let n = national.len();
    let service = national.starts_with("1800") || national.starts_with("1900");
    let ok = if service {
        (8..=10).contains(&n) && cue_before(t, start, PHONE_CUES)
    } else {
        national.starts_with('0') && !national.starts_with("00") && (n == 10 || n == 11)
    };
    if !ok || cue_before(t, start, NOT_PHONE_CUES) {
        return None;
    }
    Some((start, end, ContactKind::Phone, digits))
}

/// Whether one of `cues` ends within the 24 bytes before `s` (a colon, "số" and spaces may follow it).
fn cue_before(t: &str, s: usize, cues: &[&str]) -> bool {
    let window = crate::chars::lowercase(crate::text::window_before(t, s, 24));
    cues.iter().any(|c| {
        window.match_indices(c).any(|(p, _)| {
            let before_ok = window[..p].chars().next_back().is_none_or(|ch| !is_word_char(ch));
            let tail = window[p + c.len()..].trim_start_matches([':', ' ', '.']);
            let tail = tail.strip_prefix("số").unwrap_or(tail).trim_start_matches([':', ' ', '.']);
            before_ok && tail.is_empty()
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<(String, ContactKind, String)> {
        let mut out = Vec::new();
        Contacts.extract(&Doc::new(text, None), &mut out);
        out.into_iter()
            .map(|e| {
                let c = e.get::<ContactItem>().expect("contacts only");
                (text[e.start..e.end].to_string(), c.kind, c.value.clone())
            })
            .collect()
    }

    /// (span text, kind, value)
    type Want = (&'static str, ContactKind, &'static str);

    #[test]
    fn contacts_table() {
        use ContactKind::{Email, Phone, Url};
        let rows: &[(&str, &[Want])] = &[
            ("Hotline: 0914926900 (24/7).", &[("0914926900", Phone, "0914926900")]),
            (
                "Liên hệ 0988 868 465 hoặc 0966.100.300.",
                &[("0988 868 465", Phone, "0988868465"), ("0966.100.300", Phone, "0966100300")],
            ),
            ("ĐT: (08) 628.94.528 - Fax", &[("(08) 628.94.528", Phone, "0862894528")]),
            ("gọi (024) 3825 1234 ngay", &[("(024) 3825 1234", Phone, "02438251234")]),
            ("ĐT: 0163 941 9756) 2.", &[("0163 941 9756", Phone, "01639419756")]),
            ("số +84 912 345 678.", &[("+84 912 345 678", Phone, "+84912345678")]),
            ("Hotline: 1800 1168 miễn phí", &[("1800 1168", Phone, "18001168")]),
            ("gọi tổng đài 1900.545.436.", &[("1900.545.436", Phone, "1900545436")]),
            ("Gửi thư về toasoan@Baomoi.com.", &[("toasoan@Baomoi.com", Email, "toasoan@baomoi.com")]),
            ("email: ban.doc@vnexpress.net)", &[("ban.doc@vnexpress.net", Email, "ban.doc@vnexpress.net")]),
            ("Xem tại www.chinhphu.vn.", &[("www.chinhphu.vn", Url, "www.chinhphu.vn")]),
            (
                "(https://thuvienphapluat.vn/van-ban/abc-123.aspx).",
                &[(
                    "https://thuvienphapluat.vn/van-ban/abc-123.aspx",
                    Url,
                    "https://thuvienphapluat.vn/van-ban/abc-123.aspx",
                )],
            ),
            ("theo dantri.com.vn, đội bóng", &[("dantri.com.vn", Url, "dantri.com.vn")]),
            ("Theo Zing.vn, đội bóng", &[]),
            ("xem VnExpress.net/the-thao.", &[("VnExpress.net/the-thao", Url, "VnExpress.net/the-thao")]),
            // Negatives.
            ("Mã số thuế: 0100109106 cấp ngày", &[]),
            ("MST 0101234567.", &[]),
            ("tăng 0,5% so với 0.25", &[]),
            ("tỷ số 0-1 nghiêng về", &[]),
            ("từ năm 1900 đến 2000", &[]),
            ("số 1900 người", &[]),
            ("gọi 0912 345", &[]),
            ("ngày 01/2017, 012345678901234", &[]),
            ("Hà Nội.vn là", &[]),
            ("abc.vn@gmail.com", &[("abc.vn@gmail.com", Email, "abc.vn@gmail.com")]),
            ("a@b", &[]),
            ("chữ x.vnđ", &[]),
        ];
        for (input, want) in rows {
            let got = run(input);
            let want: Vec<(String, ContactKind, String)> =
                want.iter().map(|(t, k, v)| (t.to_string(), *k, v.to_string())).collect();
            assert_eq!(got, want, "{input:?}");
        }
    }
}
