//! The JSON output contract: one [`Record`] per input document.
//!
//! These serde types *are* the contract described in `DESIGN.md`. Every key is always present (an absent
//! value is `null`, an empty list is `[]`), so engines that infer a schema from a sample (Spark, DuckDB,
//! pandas) see the same columns on every line. Error records carry the same keys, with `error` set and
//! empty entity lists.
//!
//! Spans are `[start, end)` in Unicode scalar values (Python string indices) into `text`.

use serde::{Deserialize, Serialize};

use crate::decimal::Decimal;

/// Where a record came from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The input path as given (`-` for standard input).
    pub path: String,
    /// 1-based line number for JSON Lines input, `null` for a `.txt` file.
    pub line: Option<u64>,
}

/// One output line.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// The input's `id`, else the file stem (plus `:LINE` for JSON Lines without an id).
    pub id: String,
    pub source: Source,
    /// `null` on success; otherwise why this document could not be processed.
    pub error: Option<String>,
    pub title: Option<String>,
    /// Outlet dateline prefix such as `LSO` (from "LSO-…") or the JSON `source` field.
    pub outlet: Option<String>,
    /// Author byline (a short final line in capitals).
    pub author: Option<String>,
    /// Publication date `YYYY-MM-DD`, when the input gives one.
    pub published: Option<String>,
    /// The legacy encoding the input was converted from (`tcvn3`, `vni`, `cp1258`), `null` for UTF-8.
    pub encoding: Option<String>,
    /// The normalised article, title as its first line. Every span indexes it.
    pub text: String,
    /// Photo captions (lines ending in " |"), as they appear in `text` (without the bar).
    pub captions: Vec<String>,
    pub numbers: Vec<NumberItem>,
    pub durations: Vec<DurationItem>,
    pub dates: Vec<DateItem>,
    pub organisations: Vec<OrganisationItem>,
    pub directives: Vec<DirectiveItem>,
    pub contacts: Vec<crate::extract::contact::ContactItem>,
    pub warnings: Vec<String>,
    /// Input fields that are not part of the contract, carried through unchanged.
    pub meta: serde_json::Map<String, serde_json::Value>,
}

impl Record {
    /// A record for a document that could not be processed.
    pub fn failed(id: String, source: Source, error: String) -> Record {
        Record { id, source, error: Some(error), ..Record::default() }
    }

    /// Appends the record as compact JSON to `out`: the bytes of `serde_json::to_writer`, with the article's
    /// text (most of a record) escaped eight bytes at a time ([`write_json_str`]) rather than one.
    pub fn write_json(&self, out: &mut Vec<u8>) -> serde_json::Result<()> {
        // Every field, so that one added to the struct cannot be forgotten here.
        let Record {
            id,
            source,
            error,
            title,
            outlet,
            author,
            published,
            encoding,
            text,
            captions,
            numbers,
            durations,
            dates,
            organisations,
            directives,
            contacts,
            warnings,
            meta,
        } = self;
        let field = |out: &mut Vec<u8>, key: &str, first: bool| {
            out.extend_from_slice(if first { b"{\"" } else { b",\"" });
            out.extend_from_slice(key.as_bytes());
            out.extend_from_slice(b"\":");
        };
        field(out, "id", true);
        serde_json::to_writer(&mut *out, id)?;
        field(out, "source", false);
        serde_json::to_writer(&mut *out, source)?;
        field(out, "error", false);
        serde_json::to_writer(&mut *out, error)?;
        field(out, "title", false);
        serde_json::to_writer(&mut *out, title)?;
        field(out, "outlet", false);
        serde_json::to_writer(&mut *out, outlet)?;
        field(out, "author", false);
        serde_json::to_writer(&mut *out, author)?;
        field(out, "published", false);
        serde_json::to_writer(&mut *out, published)?;
        field(out, "encoding", false);
        serde_json::to_writer(&mut *out, encoding)?;
        field(out, "text", false);
        write_json_str(text, out);
        field(out, "captions", false);
        serde_json::to_writer(&mut *out, captions)?;
        field(out, "numbers", false);
        serde_json::to_writer(&mut *out, numbers)?;
        field(out, "durations", false);
        serde_json::to_writer(&mut *out, durations)?;
        field(out, "dates", false);
        serde_json::to_writer(&mut *out, dates)?;
        field(out, "organisations", false);
        serde_json::to_writer(&mut *out, organisations)?;
        field(out, "directives", false);
        serde_json::to_writer(&mut *out, directives)?;
        field(out, "contacts", false);
        serde_json::to_writer(&mut *out, contacts)?;
        field(out, "warnings", false);
        serde_json::to_writer(&mut *out, warnings)?;
        field(out, "meta", false);
        serde_json::to_writer(&mut *out, meta)?;
        out.push(b'}');
        Ok(())
    }
}

/// Appends `s` as a JSON string, escaped as serde_json escapes it: a backslash before `"` and `\\`, the
/// control characters below U+0020 as `\b`, `\t`, `\n`, `\f`, `\r` or `\u00xx`, everything else as it is.
/// Eight bytes at a time: the runs between escapes are copied whole.
pub fn write_json_str(s: &str, out: &mut Vec<u8>) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Whether any byte of `w` is zero (no false answer, unlike the positions it reports).
    let any_zero = |w: u64| w.wrapping_sub(ONES) & !w & HIGH != 0;
    let needs_escape = |b: u8| b < 0x20 || b == b'"' || b == b'\\';
    let b = s.as_bytes();
    out.reserve(b.len() + 2);
    out.push(b'"');
    // `b[..copied]` is written.
    let mut copied = 0;
    let mut i = 0;
    while i < b.len() {
        if let Some(chunk) = b.get(i..i + 8) {
            let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            // A byte below 0x20: subtracting 0x20 borrows out of it (bytes of 0x80 and above are left out).
            let control = w.wrapping_sub(0x20 * ONES) & !w & HIGH != 0;
            if !control && !any_zero(w ^ (u64::from(b'"') * ONES)) && !any_zero(w ^ (u64::from(b'\\') * ONES)) {
                i += 8;
                continue;
            }
        }
        let end = (i + 8).min(b.len());
        for k in i..end {
            let x = b[k];
            if !needs_escape(x) {
                continue;
            }
            out.extend_from_slice(&b[copied..k]);
            copied = k + 1;
            match x {
                b'"' => out.extend_from_slice(b"\\\""),
                b'\\' => out.extend_from_slice(b"\\\\"),
                0x08 => out.extend_from_slice(b"\\b"),
                0x09 => out.extend_from_slice(b"\\t"),
                0x0A => out.extend_from_slice(b"\\n"),
                0x0C => out.extend_from_slice(b"\\f"),
                0x0D => out.extend_from_slice(b"\\r"),
                _ => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    out.extend_from_slice(b"\\u00");
                    out.push(HEX[usize::from(x >> 4)]);
                    out.push(HEX[usize::from(x & 0xF)]);
                }
            }
        }
        i = end;
    }
    out.extend_from_slice(&b[copied..]);
    out.push(b'"');
}

/// What kind of quantity a number is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NumberKind {
    Money,
    Percent,
    Count,
    Measure,
    Number,
}

/// The approximator in front of a quantity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    #[default]
    Exact,
    /// gần, gần như, suýt
    Nearly,
    /// trên, hơn, vượt
    Over,
    /// khoảng, chừng, xấp xỉ, hàng, ước, tầm
    About,
    /// dưới, chưa đến, không quá, tối đa
    Under,
    /// lên tới, lên đến, tới
    UpTo,
}

/// A quantity: count, money, percentage or measure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NumberItem {
    pub text: String,
    pub span: [usize; 2],
    /// Exact value: an integer when integral ("224,5 triệu" is 224500000).
    pub value: Decimal,
    /// Upper end of a range ("5-7%"), else `null`.
    pub value_to: Option<Decimal>,
    /// The approximator of a range's upper end ("từ 20 đến hơn 70%": `over`), else `null`.
    pub qualifier_to: Option<Qualifier>,
    /// ISO currency code for money, `%` for percentages, else the unit or counted noun as written.
    pub unit: Option<String>,
    pub kind: NumberKind,
    pub qualifier: Qualifier,
    /// What the number measures, as written in its sentence: the indicator it reports ("GDP quý I") or the
    /// thing it counts ("dự án"), else `null`.
    pub subject: Option<String>,
    /// Whether the sentence says the quantity rose (`up`) or fell (`down`) by or to this number, else `null`.
    pub trend: Option<Trend>,
    /// The base of a rate, as written after the slash: "800.000 đồng/kg" → "kg" (`unit` stays "VND").
    pub per: Option<String>,
}

/// The direction a number moved in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Trend {
    /// tăng, tăng lên, lên, tăng trưởng
    Up,
    /// giảm, giảm xuống, xuống, sụt, hạ
    Down,
}

/// Unit of a duration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DurationUnit {
    Year,
    Quarter,
    Month,
    Week,
    Day,
    Hour,
    Minute,
    Second,
}

/// A length of time ("5 năm", "trong 3 tháng").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DurationItem {
    pub text: String,
    pub span: [usize; 2],
    pub value: Decimal,
    pub value_to: Option<Decimal>,
    /// The approximator of a range's upper end ("từ 3 đến dưới 5 năm": `under`), else `null`.
    pub qualifier_to: Option<Qualifier>,
    pub unit: DurationUnit,
    pub qualifier: Qualifier,
}

/// Precision of a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Grain {
    Century,
    Decade,
    Year,
    Half,
    Quarter,
    Month,
    Week,
    Day,
}

/// A calendar point or period.
///
/// Points carry `value`; ranges carry `from`/`to` (`to` is `null` for an open end such as "đến nay").
/// Values are ISO 8601 at the precision written: `2008`, `2011-10`, `2008-03-17`, `2017-Q1`, `2017-H1`, a
/// decade `198` ("những năm 1980"), a century `16` ("thế kỷ XVII"), or `--03-17` for a day and month with
/// no year and no publication date.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DateItem {
    pub text: String,
    pub span: [usize; 2],
    pub value: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub grain: Option<Grain>,
    /// True for dates relative to the publication date ("hôm qua", "năm ngoái").
    pub relative: bool,
    /// True when the year was taken from the publication date.
    pub year_inferred: bool,
    /// Time of day `HH:MM` when one is attached ("14h30 ngày 26/4").
    pub time: Option<String>,
}

/// What sort of body an organisation is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrgKind {
    Government,
    Party,
    Company,
    Bank,
    Education,
    Health,
    Media,
    International,
    Military,
    Police,
    Court,
    Association,
    /// Clubs, teams, leagues and sports federations.
    Sport,
    Other,
}

/// A named organisation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrganisationItem {
    pub text: String,
    pub span: [usize; 2],
    /// The name as written (same as `text`, whitespace-normalised).
    pub name: String,
    /// Acronym given in parentheses after the name, or the acronym this mention is.
    pub acronym: Option<String>,
    /// Expansion of a known state acronym ("UBND tỉnh" → "Ủy ban nhân dân tỉnh").
    pub expanded: Option<String>,
    /// Country in parentheses after the name ("Tổ chức VECO (Bỉ)").
    pub country: Option<String>,
    pub kind: OrgKind,
    /// The body's name in full, the same string whatever form was written: acronyms written out, "TP.HCM"
    /// as "thành phố Hồ Chí Minh", the level before a province or city ("UBND TP.HCM", "Ủy ban nhân dân
    /// TP Hồ Chí Minh" → "Ủy ban nhân dân thành phố Hồ Chí Minh"); an acronym defined in parentheses takes
    /// the canonical name of the body it abbreviates.
    pub canonical: String,
    /// The same number (from 1, in order of first mention) for every mention of one body in the article.
    pub entity: u32,
}

/// A reference to a legal or Party document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DirectiveItem {
    pub text: String,
    pub span: [usize; 2],
    /// Document number as written, spaces removed ("26-CT/TU", "67/2014/NĐ-CP", "36-NQ/TƯ"); `null` for a
    /// law cited by name.
    pub id: Option<String>,
    /// The number normalised for grouping the citations of one document however written: "TƯ" as "TW",
    /// "đ" as "Đ", a Party number joined by "-", slips mended ("29-NQ-TƯ" → "29-NQ/TW"). `null` for a law
    /// by name and for a short mention ("Nghị định 67") that no full reference in the article resolves.
    pub key: Option<String>,
    /// Document type in full ("Chỉ thị", "Nghị định", "Luật").
    #[serde(rename = "type")]
    pub doc_type: Option<String>,
    pub number: Option<String>,
    pub year: Option<String>,
    /// The code after the number ("CT/TU", "NĐ-CP").
    pub code: Option<String>,
    /// Issuer named after the reference ("của BTV Tỉnh ủy"), as written.
    pub issuer: Option<String>,
    /// Issuer decoded from the code ("TU" → "Tỉnh ủy").
    pub issuer_from_code: Option<String>,
    /// Signing date written after the reference, ISO.
    pub date: Option<String>,
    /// Subject after "về"/"quy định"/"hướng dẫn", without quotes.
    pub title: Option<String>,
    /// A law, code, ordinance or constitution cited by name: its official title, the same string however
    /// it was written ("luật đất đai", "Luật Đất Đai năm 2013" → "Luật Đất đai"), for grouping citations.
    pub law: Option<String>,
    /// The law that an amending law amends ("Luật sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia
    /// tăng" → "Luật Thuế giá trị gia tăng"): its `law` key when known, else its name as written.
    pub amends: Option<String>,
    /// A draft ("dự thảo Luật …").
    pub draft: bool,
    /// The article cited right before the reference ("Điều 8 Nghị định …" → "8"), as written.
    pub article: Option<String>,
    /// The clause ("khoản 2 Điều 321 …" → "2").
    pub clause: Option<String>,
    /// The point ("điểm a khoản 2 Điều 321 …" → "a").
    pub point: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`write_json_str`] writes what serde_json writes: every ASCII byte and some non-ASCII at every offset
    /// of the eight-byte blocks, and a record whose fields all hold something.
    #[test]
    fn json_as_serde_writes_it() {
        let ascii: String = (0u8..0x80).map(char::from).collect();
        for pad in 0..9 {
            for s in [format!("{}{ascii}", "x".repeat(pad)), format!("{}Hà Nội \"q\"\n\\ {}", "ư".repeat(pad), "\u{7}")]
            {
                let mut out = Vec::new();
                write_json_str(&s, &mut out);
                assert_eq!(String::from_utf8(out).unwrap(), serde_json::to_string(&s).unwrap(), "{s:?}");
            }
        }
        let mut meta = serde_json::Map::new();
        meta.insert("k".into(), serde_json::json!([1, "\"x\""]));
        let rec = Record {
            id: "a\"b".into(),
            error: Some("e".into()),
            title: Some("T".into()),
            text: "Hà Nội\n\"x\"\t\u{1}".into(),
            captions: vec!["c".into()],
            warnings: vec!["w".into()],
            meta,
            ..Record::default()
        };
        let mut line = Vec::new();
        rec.write_json(&mut line).unwrap();
        assert_eq!(line, serde_json::to_vec(&rec).unwrap());
    }
}
