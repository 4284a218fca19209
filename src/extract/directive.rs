//! The `directives` extractor: references to legal and Party documents.
//!
//! What it finds, in order of strength:
//! 1. **Numbered references.** State numbering `number[/year]/TYPE-ISSUER` ("67/2014/NĐ-CP",
//!    "3344/QĐ-TTCP", "17/2008/QH12", "TTLT-BTC-BNV"), official letters with no type code ("123/UBND-KT"),
//!    and Party numbering `number-TYPE/ISSUER` ("26-CT/TU", "08-QĐi/TW"), with the real-world variants
//!    "26- CT/TU", "23 - NQ/TW", "3748 QĐ/TƯ", lowercase "đ", "TƯ" for "TW". The `id` is the number with
//!    the spaces removed, "TƯ" read as "TW", and a Party number always joined by "-" ("3748-QĐ/TW").
//!    A number is taken when its code starts with a known type code (`doc_types.tsv`) or issuer code
//!    (`issuers.tsv`), or when a type word or "số" stands right before it.
//! 2. **Short references**: a type word and a bare number ("Nghị định số 81", "Thông báo 64",
//!    "Nghị quyết 19/2017"). The id is the full id of the one numbered reference of the same type and
//!    number in the article (before or after), else the number as written.
//! 3. **Documents by name**: laws ("Luật Đất đai năm 2013", "Bộ luật Hình sự", "Hiến pháp 2013", "Luật
//!    sửa đổi, bổ sung một số điều của Luật …"), a capitalised type word mid-sentence with a name
//!    ("Quyết định xử phạt vi phạm hành chính", "Nghị quyết Đại hội XII") or a quoted title
//!    (`Đề án "…"`). Their `id` is null.
//!
//! After a reference, the signing date ("ngày 17/3/2008", "ngày 15 tháng 1 năm 2014"), the issuer
//! ("của BTV Tỉnh ủy", "được Thủ tướng Chính phủ phê duyệt") and the title ("về …", "quy định về …",
//! "hướng dẫn …" stripped; "ban hành …", "thông qua …", "phê duyệt …" kept; quotes removed) are read
//! into the item, but the entity span covers only the reference itself: "Chỉ thị số 26-CT/TU ngày
//! 17/3/2008 của BTV Tỉnh ủy về …" yields the span "Chỉ thị số 26-CT/TU", so the date stays a date.
//! The signing date is read by the dates extractor's parser ([`super::date::parse_date_at`]).
//!
//! # Code patterns seen in the archives
//! Over the 110 laws and the four news archives (43k documents, 9.2k items), the numbered ids take these
//! shapes (N number, Y year, T type code, I issuer or department code):
//! `N/Y/T-I` ("07/2021/QĐ-TTg"), `N/T-I` ("88/TB-VPCP"), `N/I-D` for letters ("123/UBND-KT"), `N/Y/I`
//! for laws and Assembly resolutions ("17/2008/QH12"), `N-T/I` for the Party ("27-KL/TW", "21-LCT/HĐNN8",
//! "5360-CĐ/BCT-PCTT"), `N/T-I-D` ("120/QĐ-CSĐT-HS"), joint `N/Y/TTLT-I-I…` (up to five issuers), and the
//! rarer slips `N/Y/T/I` ("32/2013/TT/BTC"), `N/Y-T-I` ("134/2016-NĐ-CP"), `N-T-TƯ` ("29-NQ-TƯ"),
//! spaced parts ("13/QĐ - TTg"), `N/T` alone after a type word ("1177/QĐ"), and codes glued to the next
//! word ("TT-BGDĐTvề").
//!
//! # Documented non-references
//! Strings shaped like document numbers that are deliberately not taken:
//! - court judgments and case numbers: "bản án số 14/2009/HS-ST", "49/2012/DS-PT", "QĐST-HNGĐ";
//! - licences, certificates, contracts and forms, whatever their code: "Giấy phép số 237/GP-NTBD",
//!   "giấy phép khai thác khoáng sản số 563/QĐ-UBND", "Giấy giới thiệu số 45/TCMT-GGT", "Phiếu chuyển số
//!   480/PC-BTT", "giấy chứng nhận … số 067/QLCT-GCN", "Hợp đồng số 32/HĐ-EPC", "biên bản";
//! - "số" before a code naming no known type or issuer: advertising permits ("GPQC số: 02252/2019/ATTP-XNQC"),
//!   company disclosures ("bản công bố thông tin số 2577/TKV-TS");
//! - product and model names: "9G-Tronic", "2GD-FTV", "F-16C/D", "F/A-18", "Cortex-A53", "USB-C";
//! - police case codes with spaces ("số 72/C 46 - P 13") are taken only up to "72/C";
//! - units and rates: "1200 Usd/Oz", "2 VND/USD", "RAM 4 GB/ROM 32 GB", "1000UI/L", "140/70-17M/C";
//! - names with a hyphen or slash: "V-League", "Rolls-Royce", "45P/Honda", "Sao/Vietnamnet";
//! - a bare "Hiến pháp" without a year ("tuân thủ Hiến pháp và pháp luật"), "Luật sư", "Công ty Luật …";
//! - demonstrative mentions: "Nghị quyết này", "Quyết định trên", "Chỉ thị và …".

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
use regex::Regex;

use serde_json::Value as Json;

use super::trigger::{self, Hay, Hit, Trigger, TriggerDfa};
use super::{Doc, Entity, Extractor};
use crate::calendar::Ymd;
use crate::item::{Item, Kind, KindOf, json_str, record_list};
use crate::lexicon;
use crate::output::DirectiveItem;
use crate::schema::{Field, Ty};
use crate::text::{char_at, char_before};

/// Finds references to legal and Party documents.
pub struct Directives;

impl Extractor for Directives {
    fn name(&self) -> &'static str {
        "directives"
    }

    fn kinds(&self) -> &'static [&'static dyn Kind] {
        &[&KindOf::<DirectiveItem>::KIND]
    }

    /// The type words ([`type_patterns`]) in running text.
    fn trigger(&self) -> Option<Trigger> {
        Some(Trigger { dfa: &TYPE_DFA, hay: Hay::Text })
    }

    fn extract(&self, doc: &Doc<'_>, out: &mut Vec<Entity>) {
        let text = doc.text;
        let words = type_words(text, &doc.hits(&self.trigger().expect("a lane"), text));
        let mut cands: Vec<Cand> = Vec::new();
        numbered(text, &words, &mut cands);
        by_type_word(text, &words, &mut cands);
        if cands.is_empty() {
            return;
        }
        for c in &mut cands {
            tail(text, doc.published, c);
        }
        resolve_short_ids(&mut cands);
        let mut kept = select(cands);
        cut_titles(text, &mut kept);
        // The end of the last draft: a bill listed right after it is a draft too ("các dự án: Luật A; Luật B
        // và Luật C").
        let mut draft_end = None;
        for mut c in kept {
            // A number with its year and no code ("Nghị quyết 19/2017") is its own key; a short mention that
            // no full reference in the article resolves ("Nghị định 67") names no one document: no key.
            if c.item.key.is_none() && !c.short {
                c.item.key = c.item.id.clone();
            }
            let listed = draft_end.is_some_and(|e: usize| {
                let gap = text[e..c.start].trim_matches(' ');
                matches!(gap, "," | ";" | "và" | ", và" | "; và") && c.item.law.is_some()
            });
            c.item.draft = listed || is_draft(&text[..c.start]);
            draft_end = c.item.draft.then_some(c.end);
            out.push(Entity::new(c.start, c.end, c.item));
        }
    }
}

impl Item for DirectiveItem {
    const KEY: &'static str = "directives";
    const SINGULAR: &'static str = "directive";
    const DOC: &'static str = "references to legal and Party documents";
    const COLOUR: &'static str = "#e3c4ff";
    const ATTRIBUTES: &'static [&'static str] = &["type", "date", "issuer", "title"];
    const DESCRIBE: &'static [&'static str] = &["id", "type"];

    fn fields() -> Vec<Field> {
        vec![
            Field::opt("id", Ty::Str, "document number as written, without spaces"),
            Field::opt(
                "key",
                Ty::Str,
                "the number normalised for grouping (\"TƯ\" as \"TW\", \"đ\" as \"Đ\", slips mended)",
            ),
            Field::opt("type", Ty::Str, "document type in full"),
            Field::opt("number", Ty::Str, "number part"),
            Field::opt("year", Ty::Str, "year part"),
            Field::opt("code", Ty::Str, "code after the number"),
            Field::opt("issuer", Ty::Str, "issuer named after the reference"),
            Field::opt("issuer_from_code", Ty::Str, "issuer decoded from the code"),
            Field::opt("date", Ty::Str, "signing date, ISO"),
            Field::opt("title", Ty::Str, "subject (\"về …\"), or a law's name as written"),
            Field::opt("law", Ty::Str, "official title of a law, code or ordinance cited by name"),
            Field::opt("amends", Ty::Str, "the law an amending law amends (its `law` key when known)"),
            Field::req("draft", Ty::Bool, "a draft (\"dự thảo\")"),
            Field::opt("article", Ty::Str, "the article cited (\"Điều 8\" → \"8\"), as written"),
            Field::opt("clause", Ty::Str, "the clause cited (\"khoản 2\"), as written"),
            Field::opt("point", Ty::Str, "the point cited (\"điểm a\"), as written"),
        ]
    }

    record_list!(directives);

    fn restyle(&mut self, fix: &dyn Fn(&mut String)) {
        fix(&mut self.text);
        for s in [&mut self.issuer, &mut self.title].into_iter().flatten() {
            fix(s);
        }
    }

    fn hover(&self) -> String {
        let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
        format!("{} → {} {} {}", self.text, opt(&self.id), opt(&self.doc_type), opt(&self.date))
    }

    /// The document number decides.
    /// The ids agree, or the prediction's id is one of the gold item's `id_alternates`, or the gold item is
    /// a later short mention written with its number alone ("Thông tư 30") and the prediction gives the full
    /// id that the article's first mention defines ("30/2014/TT-BGDĐT"): repeated mentions of one document
    /// share its id.
    fn key_agrees(gold: &Json, pred: &Json) -> bool {
        let (g, p) = (json_str(gold.get("id")), json_str(pred.get("id")));
        let alternate = || {
            gold.get("id_alternates")
                .and_then(Json::as_array)
                .is_some_and(|alts| alts.iter().any(|a| a.as_str().is_some() && a.as_str() == p))
        };
        let short = || match (g, p) {
            (Some(g), Some(p)) => {
                g.bytes().all(|b| b.is_ascii_digit()) && p.strip_prefix(g).is_some_and(|r| r.starts_with(['/', '-']))
            }
            _ => false,
        };
        g == p || alternate() || short()
    }
}

// ---------------------------------------------------------------------------------------------------
// Lexicons and type words
// ---------------------------------------------------------------------------------------------------

/// Type code → type in full ("NĐ" → "Nghị định").
static DOC_TYPES: LazyLock<lexicon::Map<&'static str>> =
    LazyLock::new(|| lexicon::rows(lexicon::DOC_TYPES).filter_map(|r| Some((r[0], *r.get(1)?))).collect());

/// Issuer code → body ("TU" → "Tỉnh ủy").
static ISSUERS: LazyLock<lexicon::Map<&'static str>> =
    LazyLock::new(|| lexicon::rows(lexicon::ISSUERS).filter_map(|r| Some((r[0], *r.get(1)?))).collect());

/// How a type word may introduce a reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    /// Laws, cited by name ("Luật Đất đai") or number.
    Law,
    /// Treaties, cited by a capitalised name ("Hiệp định Paris", "Công ước Liên hợp quốc về Luật Biển").
    Treaty,
    /// Documents cited by number, or by a name when capitalised mid-sentence.
    Named,
    /// Only before a number ("văn bản số …", "Tờ trình số …").
    Plain,
    /// Documents that are not directives ("bản án số …"): numbers after them are not taken.
    Negative,
}

/// Type words: surface (capitalised), type in full (`None`: decided by the code), class.
const TYPE_WORDS: &[(&str, Option<&str>, Class)] = &[
    ("Biên bản", None, Class::Negative),
    ("Bản án", None, Class::Negative),
    ("Báo cáo", Some("Báo cáo"), Class::Plain),
    ("Bộ luật", Some("Bộ luật"), Class::Law),
    ("Bộ Luật", Some("Bộ luật"), Class::Law),
    ("Chương trình", Some("Chương trình"), Class::Named),
    ("Chỉ thị", Some("Chỉ thị"), Class::Named),
    ("Công văn", Some("Công văn"), Class::Named),
    ("Công điện", Some("Công điện"), Class::Named),
    ("Giấy chứng nhận", None, Class::Negative),
    ("Giấy giới thiệu", None, Class::Negative),
    ("Giấy phép", None, Class::Negative),
    ("Hiến pháp", Some("Hiến pháp"), Class::Law),
    ("Hiệp định", Some("Hiệp định"), Class::Treaty),
    ("Công ước", Some("Công ước"), Class::Treaty),
    ("Hướng dẫn", Some("Hướng dẫn"), Class::Named),
    ("Hợp đồng", None, Class::Negative),
    ("Kế hoạch", Some("Kế hoạch"), Class::Named),
    ("Kết luận", Some("Kết luận"), Class::Named),
    ("Luật", Some("Luật"), Class::Law),
    ("Lệnh", Some("Lệnh"), Class::Plain),
    ("Nghị quyết liên tịch", Some("Nghị quyết liên tịch"), Class::Named),
    ("Nghị quyết", Some("Nghị quyết"), Class::Named),
    ("Nghị định thư", None, Class::Negative),
    ("Nghị định", Some("Nghị định"), Class::Named),
    ("Pháp lệnh", Some("Pháp lệnh"), Class::Law),
    ("Phiếu chuyển", None, Class::Negative),
    ("Quy chế", Some("Quy chế"), Class::Named),
    ("Quy định", Some("Quy định"), Class::Named),
    ("Quyết định", Some("Quyết định"), Class::Named),
    ("Sắc lệnh", Some("Sắc lệnh"), Class::Plain),
    ("Thông báo", Some("Thông báo"), Class::Named),
    ("Thông tri", Some("Thông tri"), Class::Plain),
    ("Thông tư liên tịch", Some("Thông tư liên tịch"), Class::Named),
    ("Thông tư", Some("Thông tư"), Class::Named),
    ("Tờ trình", Some("Tờ trình"), Class::Plain),
    ("Văn bản", None, Class::Plain),
    ("Điều lệ", Some("Điều lệ"), Class::Named),
    ("Đề án", Some("Đề án"), Class::Named),
    // Codes by their abbreviation ("BLHS năm 2015"): see [`CODE_ABBREVIATIONS`].
    ("BLHS", Some("Bộ luật"), Class::Law),
    ("BLTTHS", Some("Bộ luật"), Class::Law),
    ("BLDS", Some("Bộ luật"), Class::Law),
    ("BLTTDS", Some("Bộ luật"), Class::Law),
    ("BLLĐ", Some("Bộ luật"), Class::Law),
    ("BLHH", Some("Bộ luật"), Class::Law),
];

/// The codes written by their usual abbreviation, and their official titles.
const CODE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("BLHS", "Bộ luật Hình sự"),
    ("BLTTHS", "Bộ luật Tố tụng hình sự"),
    ("BLDS", "Bộ luật Dân sự"),
    ("BLTTDS", "Bộ luật Tố tụng dân sự"),
    ("BLLĐ", "Bộ luật Lao động"),
    ("BLHH", "Bộ luật Hàng hải"),
];

/// A code by its abbreviation, with the year after it: "BLHS năm 2015", "BLTTHS 2003".
fn abbreviated_code(text: &str, w: &TypeWord) -> Option<Cand> {
    let written = &text[w.start..w.end];
    let law = CODE_ABBREVIATIONS.iter().find(|(a, _)| *a == written)?.1;
    let (year, end) = year_after(text, w.end);
    let item = DirectiveItem {
        doc_type: Some("Bộ luật".to_string()),
        year,
        law: Some(law.to_string()),
        ..DirectiveItem::default()
    };
    Some(Cand::new(w.start, end, Strength::Medium, item))
}

/// Both the capitalised and the lowercase form of every type word; pattern `2i` is capitalised.
fn type_patterns() -> impl Iterator<Item = String> {
    TYPE_WORDS.iter().flat_map(|(w, _, _)| [w.to_string(), crate::chars::decapitalise(w)])
}

/// [`type_patterns`] in running text.
static TYPE_DFA: LazyLock<TriggerDfa> = LazyLock::new(|| trigger::dfa(MatchKind::LeftmostLongest, type_patterns()));

/// [`type_patterns`] at the start of a string.
static TYPE_AC: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Anchored)
        .build(type_patterns())
        .expect("type words build")
});

/// The type word `r` starts with, longest first.
fn type_word_at(r: &str) -> Option<aho_corasick::Match> {
    TYPE_AC.find(Input::new(r).anchored(Anchored::Yes))
}

/// A type word found in the text.
#[derive(Clone, Copy, Debug)]
struct TypeWord {
    start: usize,
    end: usize,
    canon: Option<&'static str>,
    class: Class,
    capital: bool,
}

fn type_words(text: &str, hits: &[Hit]) -> Vec<TypeWord> {
    let mut v = Vec::new();
    for m in hits.iter() {
        let (s, e, pattern) = (m.start, m.end, m.pattern);
        if char_before(text, s).is_some_and(is_word_char) || char_at(text, e).is_some_and(is_word_char) {
            continue;
        }
        let (_, canon, class) = TYPE_WORDS[pattern / 2];
        if canon == Some("Luật") && part_of_a_word(text, s, e) {
            continue;
        }
        v.push(TypeWord { start: s, end: e, canon, class, capital: pattern % 2 == 0 });
    }
    v
}

/// "Luật" inside a compound that is no law: "kỷ luật" (discipline), "pháp luật" (the law in general),
/// "luật sư" (lawyer), "luật gia" (jurist), "luật lệ" (rules), "luật pháp".
fn part_of_a_word(text: &str, s: usize, e: usize) -> bool {
    let eq = |w: &str, x: &str| crate::chars::lowercase(w) == x;
    let before = text[..s].strip_suffix(' ').and_then(|b| b.rsplit(|c: char| !is_word_char(c)).next());
    let after = text[e..].strip_prefix(' ').and_then(|a| a.split(|c: char| !is_word_char(c)).next());
    before.is_some_and(|w| eq(w, "kỷ") || eq(w, "pháp"))
        || after.is_some_and(|w| ["sư", "gia", "lệ", "pháp"].iter().any(|x| eq(w, x)))
}

// ---------------------------------------------------------------------------------------------------
// Candidates
// ---------------------------------------------------------------------------------------------------

/// How sure a candidate is; stronger ones win overlaps of equal extent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Strength {
    /// A capitalised type word with a name ("Quyết định xử phạt …").
    Weak,
    /// A law by name or a short reference.
    Medium,
    /// A full document number.
    Strong,
}

#[derive(Clone, Debug)]
struct Cand {
    start: usize,
    end: usize,
    strength: Strength,
    /// A short reference waiting for its full id (number, year as written).
    short: bool,
    item: DirectiveItem,
    /// Byte range of the title read after the reference, if any.
    title_span: Option<(usize, usize)>,
}

impl Cand {
    fn new(start: usize, end: usize, strength: Strength, item: DirectiveItem) -> Cand {
        Cand { start, end, strength, short: false, item, title_span: None }
    }
}

// ---------------------------------------------------------------------------------------------------
// Numbered references
// ---------------------------------------------------------------------------------------------------

static NUMBER_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?P<num>[0-9]{1,5})                                  # the document number
        (?:
            # Party numbering: 26-CT/TU, 26- CT/TU, 23 - NQ/TW, 3748 QĐ/TƯ, 29-NQ-TƯ
            (?P<dash>\ ?-\ ?|\ )
            (?P<ptype>[A-ZĐ][A-Za-zĐđ]{0,4})                  # type code (CT, NQ, QĐi, QĐNS)
            (?P<psep>[/-])
            (?P<piss>[A-ZĐ][A-Za-zĐđƯư&]*[0-9]{0,2}           # issuer code (TU, TW, TƯ, HĐNN8)
                (?:\ ?-\ ?[A-ZĐ][A-Za-zĐđ&]*[0-9]{0,2})*)      # further parts, a dash spaced too (VC- ĐT)
          |
            # State numbering: 67/2014/NĐ-CP, 3344/QĐ-TTCP, 123/UBND-KT, 17/2008/QH12, 32/2013/TT/BTC
            (?:/(?P<year>(?:19|20)[0-9]{2})[/-]|/\ ?)         # year of issue ('-' after it is a slip)
            (?P<scode>[A-ZĐ]\ [0-9]{1,2}\ ?-\ ?[A-ZĐ](?:\ [0-9]{1,2}|[A-Za-zĐđ&]*[0-9]{0,2}) # a police unit's
                                                               # letters and digits spaced apart: 72/C 46 - P 13
              | [A-ZĐ][A-Za-zĐđ&]*[0-9]{0,2}                  # first code part (type or issuer)
                (?:(?:\ ?-\ ?|/)[A-ZĐ][A-Za-zĐđƯư&]*[0-9]{0,2})*) # further parts, joined by '-' (or '/', ' - ')
        )",
    )
    .expect("number regex")
});

/// Party issuer codes that may follow a type code after '-' instead of '/' ("29-NQ-TƯ").
const PARTY_ISSUERS: &[&str] = &["ĐU", "HU", "QU", "TU", "TW", "TƯ"];

fn numbered(text: &str, words: &[TypeWord], cands: &mut Vec<Cand>) {
    for caps in NUMBER_RE.captures_iter(text) {
        let (Some(all), Some(num)) = (caps.get(0), caps.name("num")) else { continue };
        let s = all.start();
        // Boundaries: not inside a longer token ("1.200/…", "F-16A/B", "A/TB-LĐ").
        if char_before(text, s).is_some_and(|c| is_word_char(c) || matches!(c, '/' | '.' | ',' | '-' | '&')) {
            continue;
        }
        let Some(code_cap) = caps.name("piss").or_else(|| caps.name("scode")) else { continue };
        let mut e = all.end();
        // A part after a spaced dash ("13/QĐ - TTg") must look like a code: known, or all capitals.
        while let Some(i) = text[code_cap.start()..e].rfind(" -").or_else(|| text[code_cap.start()..e].rfind("- ")) {
            let cut = code_cap.start() + i;
            let part = text[cut..e].trim_start_matches([' ', '-']);
            // "TTr", "TTg", "QĐi": two capitals or more, the first first.
            let caps_only = part.starts_with(crate::chars::is_uppercase)
                && part.chars().filter(|&c| crate::chars::is_uppercase(c)).count() >= 2;
            // "P 13": a police unit's letter and digits spaced apart.
            let unit = part.len() >= 3
                && part.as_bytes()[0].is_ascii_uppercase()
                && part[1..].strip_prefix(' ').is_some_and(|d| d.bytes().all(|b| b.is_ascii_digit()));
            if (caps_only || unit || issuer_of(part).is_some())
                && !char_at(text, e).is_some_and(|c| is_word_char(c) || c == '/' || c == '&')
            {
                break;
            }
            e = cut;
        }
        if char_at(text, e).is_some_and(|c| is_word_char(c) || c == '/' || c == '&') {
            // A code glued to the next word ("TT-BGDĐTvề", "QĐ-TTgngày"): cut after the known code.
            match unglue(text, code_cap.start(), e) {
                Some(ne) => e = ne,
                None => continue,
            }
        }
        let ctx = context_before(text, s, words);
        if ctx.negative {
            continue;
        }
        // A type word before the number (right before it, or a few words back: "Luật Trồng trọt số …")
        // accepts any code shape; "số" alone accepts codes that name a known type or issuer anywhere.
        let has_ctx = ctx.word.is_some() || ctx.near.is_some();
        let so_only = ctx.so && !has_ctx;
        let mut item = DirectiveItem { number: Some(num.as_str().to_string()), ..DirectiveItem::default() };
        let code_text = &text[code_cap.start()..e];
        let type_from_code;
        if let Some(pt) = caps.name("ptype") {
            let ptype = upper_dd(pt.as_str());
            let known_type = DOC_TYPES.get(ptype.as_str()).copied();
            let bare_space = caps.name("dash").is_some_and(|d| d.as_str() == " ");
            if known_type.is_none() && !has_ctx || bare_space && (known_type.is_none() || !has_ctx) {
                continue;
            }
            let piss = norm_issuer_code(code_text);
            let first = piss.split('-').next().unwrap_or("");
            if caps.name("psep").is_some_and(|p| p.as_str() == "-") && !PARTY_ISSUERS.contains(&first) {
                continue;
            }
            if !has_ctx && !so_only && issuer_of(first).is_none() {
                continue;
            }
            item.code = Some(written(&text[pt.start()..e]));
            // "3748 QĐ/TƯ": a number and its code apart are joined by "-", as Party numbers are.
            let joint = if bare_space { "-" } else { "" };
            item.id = Some(format!("{}{joint}{}", num.as_str(), written(&text[num.end()..e])));
            item.key = Some(format!("{}-{ptype}/{piss}", num.as_str()));
            item.issuer_from_code = issuer_of(first).map(str::to_string);
            type_from_code = known_type;
        } else {
            let code = norm_issuer_code(code_text);
            let year = caps.name("year").map(|y| y.as_str());
            let mut parts = code.split(['-', '/']);
            let first = parts.next().unwrap_or("");
            let known_type = DOC_TYPES.get(first).copied();
            let first_issuer = issuer_of(first);
            let multi = code.contains(['-', '/']);
            let any_known = known_type.is_some() || code.split(['-', '/']).any(|p| issuer_of(p).is_some());
            if so_only && !any_known
                || !has_ctx && !so_only && (known_type.is_none() && first_issuer.is_none() || !multi && year.is_none())
            {
                continue;
            }
            item.year = year.map(str::to_string);
            item.id = Some(written(&text[num.start()..e]));
            item.key = Some(match year {
                Some(y) => format!("{}/{y}/{code}", num.as_str()),
                None => format!("{}/{code}", num.as_str()),
            });
            let issuers: Vec<&str> = if known_type.is_some() {
                let rest: Vec<&str> = parts.filter_map(issuer_of).collect();
                if first.ends_with("LT") { rest } else { rest.into_iter().take(1).collect() }
            } else {
                first_issuer.into_iter().collect()
            };
            item.issuer_from_code = (!issuers.is_empty()).then(|| issuers.join(", "));
            item.code = Some(written(code_text));
            // An official letter numbered after its issuer ("123/UBND-KT") is a Công văn, or a Văn bản when
            // the article calls it so ("văn bản số 3037/VP-NNTN").
            let letter = if ctx.word.is_some_and(|w| text[w.start..w.end].eq_ignore_ascii_case("văn bản")) {
                "Văn bản"
            } else {
                "Công văn"
            };
            type_from_code =
                known_type.or_else(|| (year.is_none() && (first_issuer.is_some() || has_ctx)).then_some(letter));
        }
        // A document named before its number is one reference, from its capitalised type word: "Luật Giáo dục đại
        // học số 34/2018/QH14", "Quyết định khởi tố vụ án số 72/C46-P13".
        let start = match (ctx.word, ctx.near) {
            (Some(w), _) => w.start,
            (None, Some(n)) if n.capital => n.start,
            _ => s,
        };
        item.doc_type = ctx.word.or(ctx.near).and_then(|w| w.canon).or(type_from_code).map(str::to_string);
        // The words between a decision's type word and its number say what it decides: "Quyết định khởi tố
        // vụ án số 72/…" → "khởi tố vụ án" (three words or more: "Quyết định phê duyệt số …" says too little).
        let mut title_span = None;
        if let Some(n) = ctx.near.filter(|n| n.capital && n.class != Class::Law && ctx.word.is_none()) {
            let between = text[n.end..s].trim_end_matches(' ');
            let between = between.strip_suffix(" số").or_else(|| between.strip_suffix(" Số")).unwrap_or(between);
            let words = between.trim_start_matches(' ');
            if words.split(' ').count() >= 3 && words.starts_with(crate::chars::is_alphabetic) {
                let ts = n.end + (between.len() - words.len());
                item.title = Some(words.to_string());
                title_span = Some((ts, ts + words.len()));
            }
        }
        let mut c = Cand::new(start, e, Strength::Strong, item);
        c.title_span = title_span;
        cands.push(c);
    }
}

/// For a code glued to the next word, the end of the longest known code its last part starts with.
fn unglue(text: &str, code_start: usize, end: usize) -> Option<usize> {
    let seg_start = text[code_start..end].rfind(['-', '/']).map_or(code_start, |i| code_start + i + 1);
    let tail = &text[seg_start..];
    let k = ISSUERS
        .keys()
        .chain(DOC_TYPES.keys())
        .filter(|k| tail.starts_with(**k) && tail[k.len()..].starts_with(crate::chars::is_lowercase))
        .max_by_key(|k| k.len())?;
    let ne = seg_start + k.len();
    (ne <= end + 4).then_some(ne)
}

/// What stands before a number: a type word right before it (with "số", "số:" between), or "số".
struct Context {
    word: Option<TypeWord>,
    /// A type word a few words before, with no punctuation between ("Quyết định phê duyệt số …").
    near: Option<TypeWord>,
    so: bool,
    /// The nearest type word before names a non-directive ("Bản án phúc thẩm số …", "Giấy phép số …").
    negative: bool,
}

fn context_before(text: &str, s: usize, words: &[TypeWord]) -> Context {
    let before = &text[..s];
    let mut at = before.trim_end_matches(' ');
    let mut so = false;
    for p in ["số:", "Số:", "số", "Số", "SỐ", "số :"] {
        if let Some(r) = at.strip_suffix(p) {
            if !r.chars().next_back().is_some_and(is_word_char) {
                at = r.trim_end_matches(' ');
                so = true;
                break;
            }
        }
    }
    let end = at.len();
    let window = s.saturating_sub(60);
    // The head of the phrase before the number: the leftmost type word of the run of words before it
    // ("Quyết định chấm dứt hợp đồng lao động số …" is a Quyết định, not a contract).
    let clean = |a: usize| !text[a..s].contains(|c: char| c.is_ascii_digit() || ".,;:\n()\"".contains(c));
    let mut nearest: Option<TypeWord> = None;
    // Type words are sorted and do not overlap: look only at those before `s` (linear overall).
    let before = &words[..words.partition_point(|w| w.end <= s)];
    for w in before.iter().rev() {
        if w.start < window || !clean(w.end) {
            break;
        }
        nearest = Some(*w);
    }
    let adjacent = if end < s {
        words[..words.partition_point(|w| w.end <= end)].last().filter(|w| w.end == end).copied()
    } else {
        None
    };
    let word = adjacent.filter(|w| w.class != Class::Negative);
    let negative = word.is_none() && nearest.is_some_and(|w| w.class == Class::Negative);
    // "Quyết định phê duyệt số 4227/…", "Luật Trồng trọt số 31/2018/QH14": only up to "số".
    let near = nearest.filter(|w| {
        let between = &text[w.end..end.max(w.end)];
        word.is_none()
            && so
            && w.class != Class::Negative
            && !between.contains(|c: char| c.is_ascii_digit())
            && !between.contains(" và ")
    });
    Context { word, near, so, negative }
}

/// A number or code as the document writes it, without spaces ("468 - QĐ/VC- ĐT" → "468-QĐ/VC-ĐT").
fn written(code: &str) -> String {
    code.replace(' ', "")
}

/// Uppercases "đ" in a code ("Qđ" → "QĐ") but keeps "QĐi", "TTg", "TTr" as written.
fn upper_dd(code: &str) -> String {
    code.replace('đ', "Đ")
}

/// Normalises an issuer code: "đ" → "Đ", "TƯ" → "TW".
fn norm_issuer_code(code: &str) -> String {
    let c = upper_dd(code).replace("ƯBND", "UBND").replace(' ', "");
    c.split('-')
        .map(|p| if p == "TƯ" || p == "Tư" { "TW" } else { p })
        .collect::<Vec<_>>()
        .join("-")
        .replace("/TƯ", "/TW")
}

/// The body an issuer code names, ignoring term digits ("QH12" → "Quốc hội").
fn issuer_of(code: &str) -> Option<&'static str> {
    let base = code.trim_end_matches(|c: char| c.is_ascii_digit());
    ISSUERS.get(base).copied()
}

// ---------------------------------------------------------------------------------------------------
// References introduced by a type word without a full number
// ---------------------------------------------------------------------------------------------------

fn by_type_word(text: &str, words: &[TypeWord], cands: &mut Vec<Cand>) {
    // The numbered candidates are sorted by start and do not overlap, and those added here come in
    // order too: a type word can only be inside the last of each that starts at or before it.
    let numbered = cands.len();
    let inside = |c: &Cand, w: &TypeWord| c.start <= w.start && w.end <= c.end;
    for w in words {
        let before = cands[..numbered].partition_point(|c| c.start <= w.start);
        let in_numbered = before > 0 && inside(&cands[before - 1], w);
        let in_added = cands.len() > numbered && cands.last().is_some_and(|c| inside(c, w));
        if w.class == Class::Negative || in_numbered || in_added {
            continue;
        }
        if let Some(c) = abbreviated_code(text, w) {
            cands.push(c);
        } else if let Some(c) = short_ref(text, w) {
            cands.push(c);
        } else if let Some(c) = law_by_title(text, w) {
            cands.push(c);
        } else if let Some(c) = law_by_name(text, w) {
            cands.push(c);
        } else if let Some(c) = named(text, w) {
            cands.push(c);
        } else if let Some(c) = drafted(text, w) {
            cands.push(c);
        } else if let Some(c) = by_subject(text, w) {
            cands.push(c);
        } else if let Some(c) = treaty(text, w) {
            cands.push(c);
        }
    }
}

/// "Nghị định số 81", "Thông báo 64", "Nghị quyết 19/2017".
fn short_ref(text: &str, w: &TypeWord) -> Option<Cand> {
    if w.class == Class::Law && w.canon != Some("Luật") {
        return None;
    }
    let mut p = w.end;
    let mut so = false;
    // A few words between a capitalised type word and "số N": "Quyết định khởi tố bị can số 336", "Luật
    // sửa đổi số 34", "Luật Giáo dục đại học sửa đổi số 34".
    if w.capital && !text[p..].starts_with(" số") {
        let window = crate::text::window_after(text, p, 80);
        let mut q = 0;
        for _ in 0..7 {
            let Some(r) = window[q..].strip_prefix(' ') else { break };
            if r.strip_prefix("số ").is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit())) {
                p += q;
                break;
            }
            let n = r.find(|c: char| !is_word_char(c)).unwrap_or(r.len());
            // Not across a word of the sentence: "Đề án của em nằm trong số 8 dự án" counts projects; but
            // "Quyết định của Ngân hàng nhà nước số 652/2001" names its issuer.
            const CLAUSE: &[&str] =
                &["trong", "nằm", "là", "được", "và", "với", "cho", "tại", "thì", "mà", "có", "đã", "sẽ", "đang"];
            let of_someone = &r[..n] == "của" && !r[n..].trim_start().starts_with(crate::chars::is_uppercase);
            if n == 0 || starts_with_type_word(r) || CLAUSE.contains(&&r[..n]) || of_someone {
                break;
            }
            q += 1 + n;
        }
    }
    let rest = &text[p..];
    for pre in [" số: ", " số ", " số:"] {
        if rest.starts_with(pre) {
            p += pre.len();
            so = true;
            break;
        }
    }
    if !so {
        p += rest.strip_prefix(' ').map(|_| 1)?;
    }
    // Lowercase without "số" only for words that are no verb or common noun ("quyết định 3 vấn đề",
    // "kế hoạch 5 năm" are not references; "theo nghị định 100" is).
    let safe_lower = matches!(
        w.canon,
        Some("Nghị định" | "Thông tư" | "Thông tư liên tịch" | "Nghị quyết" | "Chỉ thị" | "Công văn" | "Công điện")
    );
    if !w.capital && !so && !safe_lower {
        return None;
    }
    let digits = text[p..].bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 5 {
        return None;
    }
    let number = &text[p..p + digits];
    let mut e = p + digits;
    let mut year = None;
    let r = &text[e..];
    if r.len() >= 5 && r.as_bytes()[0] == b'/' && r.as_bytes()[1..5].iter().all(u8::is_ascii_digit) {
        let y = &r[1..5];
        if (y.starts_with("19") || y.starts_with("20")) && !r[5..].starts_with(|c: char| is_word_char(c) || c == '/') {
            year = Some(y.to_string());
            e += 5;
        }
    }
    // The number must end here: not "Nghị định 67/…", "Chỉ thị 26-CT…", "Luật 2014".
    match char_at(text, e) {
        None | Some(' ' | ',' | '.' | ';' | ':' | ')' | '\n' | '"' | '?' | '!' | '…') => {}
        _ => return None,
    }
    // A count, not a number: "Kế hoạch 5 năm", "Nghị quyết 3 điểm".
    if year.is_none() {
        let nw = text[e..].strip_prefix(' ').unwrap_or("");
        let nw = &nw[..nw.find(|c: char| !crate::chars::is_alphanumeric(c)).unwrap_or(nw.len())];
        let dated = nw == "năm" && year_at(text[e..].strip_prefix(' ').unwrap_or("")).is_some();
        if COUNTERS.contains(&nw) && !dated {
            return None;
        }
    }
    if year.is_none() && digits == 4 && (number.starts_with("19") || number.starts_with("20")) {
        return None; // "Quy chế 2019": a year, not a number
    }
    if w.class == Class::Law && !so {
        return None; // "Luật 2014" is not a short reference ("Luật số 34" is)
    }
    let id = match &year {
        Some(y) => format!("{number}/{y}"),
        None => number.to_string(),
    };
    let item = DirectiveItem {
        id: Some(id),
        doc_type: w.canon.map(str::to_string),
        number: Some(number.to_string()),
        year,
        ..DirectiveItem::default()
    };
    let mut c = Cand::new(w.start, e, Strength::Medium, item);
    c.short = true;
    Some(c)
}

/// Words after a number that make it a count ("Kế hoạch 5 năm").
const COUNTERS: &[&str] = &[
    "bước", "cấp", "chương", "điểm", "điều", "đồng", "giai", "giờ", "ha", "km", "khoản", "loại", "lần", "mục", "ngàn",
    "nghìn", "người", "nhóm", "nội", "năm", "phút", "quý", "tháng", "triệu", "trăm", "tuần", "tấn", "tỷ", "văn", "vấn",
    "%",
];

/// Lowercase words that end a name ("Luật Đất đai quy định …", "Quyết định xử phạt đối với …").
const NAME_STOP: &[&str] = &[
    "bị", "cho", "chưa", "các", "có", "cũng", "của", "cần", "do", "dưới", "hay", "hoặc", "khi", "không", "kèm", "là",
    "lần", "mà", "mới", "nay", "nhằm", "như", "nhưng", "những", "này", "nêu", "nên", "nếu", "phải", "qua", "ra",
    "rằng", "sau", "song", "số", "sẽ", "thì", "tháng", "theo", "trong", "trên", "trước", "tại", "tới", "từ", "vào",
    "vì", "với", "vẫn", "về", "vừa", "và", "đang", "đã", "đây", "đó", "được", "đều", "để", "ở", "gồm", "ngày", "năm",
    "đến", "kia", "ấy", "ông", "bà", "anh", "chị", "gửi", "kể", "cùng", "nói", "lẫn", "thuộc", "giữa", "bằng", "còn",
    "tức", "rất", "lại", "trình",
];

/// Two-word phrases that end a name (the first word alone may belong to it).
const NAME_STOP_PHRASES: &[&str] = &[
    "ban hành",
    "bổ sung",
    "có hiệu",
    "hiện hành",
    "hướng dẫn",
    "liên quan",
    "quy định",
    "sửa đổi",
    "thi hành",
    "thông qua",
    "áp dụng",
    "đối với",
    "yêu cầu",
    "phê duyệt",
    "thực hiện",
    "triển khai",
    "đã được",
    "thay thế",
    "xác định",
    "chính thức",
];

/// "dự thảo" (or "dự án", a bill: "dự án Luật …") right before a reference: the document is a draft.
fn is_draft(before: &str) -> bool {
    let b = before.trim_end_matches(' ');
    // A list of bills: "11 dự án luật gồm: Luật …", "các dự án luật: Luật …", "… dự án luật được Quốc hội
    // xem xét, thông qua, gồm: Luật …" (the bills named in the sentence before the colon).
    if let Some(head) = b.strip_suffix(':') {
        let clause = crate::text::window_before(head, head.len(), 160);
        let clause = clause.rsplit(['.', '\n']).next().unwrap_or(clause);
        if ["dự án luật", "dự thảo luật", "dự án Luật", "dự thảo Luật"].iter().any(|d| clause.contains(d))
        {
            return true;
        }
    }
    let b = b.strip_suffix(':').unwrap_or(b).trim_end_matches(' ');
    let b = b.strip_suffix(" gồm").or_else(|| b.strip_suffix(" bao gồm")).unwrap_or(b);
    let b = b.strip_suffix(" luật").unwrap_or(b);
    ["dự thảo", "Dự thảo", "dự án", "Dự án"]
        .iter()
        .any(|d| b.strip_suffix(d).is_some_and(|rest| !rest.ends_with(is_word_char)))
}

/// A draft named by its type and its subject after "về": "dự thảo Nghị quyết về thí điểm …" (the subject
/// becomes the title); not "dự thảo Luật quy định Quốc hội quyết định …", the draft's content.
fn drafted(text: &str, w: &TypeWord) -> Option<Cand> {
    // Capitalised, with its subject after it: a bare "dự thảo Luật" ("góp ý dự thảo Luật") is no reference.
    if !matches!(w.class, Class::Named | Class::Law)
        || !w.capital
        || !is_draft(&text[..w.start])
        || !text[w.end..].starts_with(" về ")
        || title_at(text, w.end, false, false, false).is_none()
    {
        return None;
    }
    let item = DirectiveItem { doc_type: Some(w.canon?.to_string()), ..DirectiveItem::default() };
    Some(Cand::new(w.start, w.end, Strength::Medium, item))
}

/// Words before a lowercase type word that make it a document issued or cited ("ban hành chỉ thị về …",
/// "thông qua nghị quyết về …"), not the verb of a person ("Thủ tướng chỉ thị về việc …") nor a kind of
/// document ("các nghị quyết về …").
const ISSUED_BEFORE: &[&str] = &[
    "hành", "ra", "có", "ký", "theo", "qua", "trình", "dựng", "thảo", "đổi", "kèm", "của", "hiện", "dụng", "khai", "là",
];

/// A document without a number, known by its subject: "Nghị định về kinh doanh casino", "Quyết định về việc
/// giải thể …", "thông qua nghị quyết về chất vấn và trả lời chất vấn"; the item runs to the subject's end.
/// Lowercase, only the kinds a body issues by name and after a word of issuing or citing ([`ISSUED_BEFORE`]).
fn by_subject(text: &str, w: &TypeWord) -> Option<Cand> {
    const KINDS: &[&str] = &[
        "Nghị quyết",
        "Nghị định",
        "Thông tư",
        "Chỉ thị",
        "Quyết định",
        "Kết luận",
        "Đề án",
        "Kế hoạch",
        "Thông tư liên tịch",
        "Nghị quyết liên tịch",
    ];
    let canon = w.canon.filter(|c| KINDS.contains(c))?;
    // "Nghị quyết phê chuẩn Hiệp ước …": a resolution of the assembly known by what it ratifies.
    let ratifies = canon == "Nghị quyết" && w.capital && text[w.end..].starts_with(" phê chuẩn ");
    if !(text[w.end..].starts_with(" về ") || ratifies) || preceded_by_org(text, w.start) {
        return None;
    }
    let prev = crate::text::prev_word_str(text, w.start);
    if w.capital {
        // Not a name's word ("Ban Chỉ đạo Đề án về …"), nor one of a kind ("một Nghị quyết về …").
        if ["các", "những", "nhiều", "một", "mỗi"].contains(&prev) || prev.starts_with(crate::chars::is_uppercase)
        {
            return None;
        }
    } else if !matches!(canon, "Nghị quyết" | "Nghị định" | "Thông tư" | "Chỉ thị") || !ISSUED_BEFORE.contains(&prev)
    {
        return None;
    }
    let (ts, te) = title_at(text, w.end, false, false, false)?;
    let item = DirectiveItem {
        doc_type: Some(canon.to_string()),
        title: Some(text[ts..te].to_string()),
        issuer: issuer_by(text, te),
        ..DirectiveItem::default()
    };
    let mut c = Cand::new(w.start, te, Strength::Weak, item);
    c.title_span = Some((ts, te));
    Some(c)
}

/// The article, clause and point cited right before a reference, as written: "điểm a khoản 2 Điều 321
/// Bộ luật Hình sự", "Điều 8 Nghị định 100/2019/NĐ-CP", "khoản 3 Điều 5 của Luật …".
fn citation_before(before: &str) -> (Option<String>, Option<String>, Option<String>) {
    /// `s` ends with "<head> <value>": the text before the head, and the value.
    fn pair<'a>(s: &'a str, heads: &[&str]) -> Option<(&'a str, &'a str)> {
        let s = s.trim_end_matches([' ', ',']);
        let (rest, value) = s.rsplit_once(' ')?;
        // The head may open a line ("…\nĐiều 8 Nghị định …").
        let (rest, head) = rest.rsplit_once([' ', '\n']).unwrap_or(("", rest));
        let value_ok = !value.is_empty() && value.len() <= 6 && value.chars().all(|c| c.is_alphanumeric());
        (value_ok && heads.contains(&head)).then_some((rest, value))
    }
    let b = before.trim_end_matches(' ');
    let b = b.strip_suffix(" của").or_else(|| b.strip_suffix(" tại")).unwrap_or(b);
    let Some((rest, article)) = pair(b, &["Điều", "điều"]).filter(|(_, v)| v.starts_with(|c: char| c.is_ascii_digit()))
    else {
        return (None, None, None);
    };
    let clause = pair(rest, &["khoản", "Khoản"]).filter(|(_, v)| v.chars().all(|c| c.is_ascii_digit()));
    let point = clause.and_then(|(r, _)| pair(r, &["điểm", "Điểm"])).filter(|(_, v)| v.chars().count() <= 2);
    (Some(article.to_string()), clause.map(|c| c.1.to_string()), point.map(|p| p.1.to_string()))
}

/// A treaty by its capitalised name: "Hiệp định Paris", "Hiệp định TPP", "Hiệp định Thương mại tự do",
/// "Công ước Liên hợp quốc" (its subject after "về" is the title); not "hiệp định thương mại tự do" in
/// general, nor "Hiệp định này".
fn treaty(text: &str, w: &TypeWord) -> Option<Cand> {
    if w.class != Class::Treaty || !w.capital || preceded_by_org(text, w.start) {
        return None;
    }
    // "Công ước của Liên Hợp Quốc …": the name after "của".
    let from = w.end + if text[w.end..].starts_with(" của ") { " của".len() } else { 0 };
    if !text[from..].strip_prefix(' ')?.starts_with(|c: char| crate::chars::is_uppercase(c)) {
        return None;
    }
    let (_, e) = name_after(text, from, true, 10)?;
    let item = DirectiveItem { doc_type: w.canon.map(str::to_string), ..DirectiveItem::default() };
    Some(Cand::new(w.start, e, Strength::Medium, item))
}

/// "Luật" inside a treaty's title: "Công ước Liên hợp quốc về Luật Biển năm 1982" (the treaty is the item).
fn in_treaty(text: &str, s: usize) -> bool {
    let before = crate::text::window_before(text, s, 80);
    before.ends_with(" về ") && before.rfind("Công ước").is_some_and(|i| !before[i..].contains(['.', ';', '\n', '"']))
}

/// Verbs that follow an unnamed document ("Đề án làm căn cứ …", "Kế hoạch giúp …").
const VERB_AFTER_TYPE: &[&str] = &["làm", "giúp", "góp", "khiến", "gây", "mang", "đem", "tạo", "đặt"];

/// Words before a type word that make it part of an organisation's name ("Công ty Luật …").
const ORG_BEFORE: &[&str] = &[
    "Bộ",
    "Cục",
    "Công ty",
    "Hãng",
    "ĐH",
    "CĐ",
    "Pháp",
    "Học viện",
    "Khoa",
    "Phòng",
    "Sở",
    "Trường",
    "Viện",
    "Văn phòng",
    "Vụ",
    "Đại học",
    "Ban",
    "Tạp chí",
    "Trung tâm",
    "Chi cục",
    "Tổng cục",
    "Thạc sĩ",
    "Tiến sĩ",
    "Cử nhân",
];

/// The words of a name after `p` (which is just after a type word), as a byte end; 0 words → None.
/// `law` also takes a following year ("năm 2013", "2014") and "Phòng, chống".
fn name_after(text: &str, p: usize, law: bool, max_words: usize) -> Option<(usize, usize)> {
    let mut e = p;
    let mut n = 0;
    loop {
        let rest = &text[e..];
        let Some(r) = rest.strip_prefix(' ') else {
            // "Luật Phòng, chống tham nhũng", "Luật Cán bộ, công chức"
            if law
                && n > 0
                && (rest.starts_with(", chống ") || rest.starts_with(", công chức") || rest.starts_with(", viên chức"))
            {
                e += 1;
                continue;
            }
            break;
        };
        let wlen = r.find(|c: char| !(crate::chars::is_alphanumeric(c) || c == '&')).unwrap_or(r.len());
        if wlen == 0 {
            break;
        }
        let word = &r[..wlen];
        let lower = word.to_lowercase();
        let after = &r[wlen..];
        // "Nghị quyết Đại hội Đảng bộ TP Cần Thơ nhiệm kỳ 2020-2025": a congress's term closes its name.
        if !law && n > 0 && lower == "nhiệm" {
            if let Some(t) = after.strip_prefix(" kỳ").map(|t| t.trim_start_matches(' ')) {
                // Two years joined by "-": "2020-2025".
                let years = t.get(4..5) == Some("-") && year_at(&t[..4]).is_some() && year_at(&t[5..]) == Some(4);
                if years {
                    e = e + 1 + wlen + (after.len() - t.len()) + "2020-2025".len();
                    n += 3;
                    break;
                }
            }
        }
        // A year closes a law's name: "Luật Đất đai năm 2013", "Hiến pháp 2013".
        if law && (n > 0 || word == "năm") {
            if let Some(y) = year_at(r) {
                e += 1 + y;
                break;
            }
        }
        if word.bytes().all(|b| b.is_ascii_digit()) {
            // "Nghị quyết Trung ương 4 khóa XII"; not "Quy chế 2019", "Quyết định khởi tố 05".
            if n == 0 || word.len() > 2 || !text[p..e].contains(|c: char| crate::chars::is_uppercase(c)) {
                break;
            }
        } else if let Some(y) =
            after.strip_prefix(" năm ").filter(|_| lower == "đến" && !law).and_then(|_| year_at(&after[1..]))
        {
            // "… ASEAN đến năm 2020"
            e += 1 + wlen + 1 + y;
            n += 1;
            break;
        } else if lower == "và" {
            // "Công nghệ thông tin và Truyền thông": only before a capitalised word that is no type word; and
            // "doanh nghiệp nhỏ và vừa" (small and medium).
            let nw = after.strip_prefix(' ').unwrap_or("");
            let medium = text[..e].ends_with(" nhỏ") && starts_with_word(nw, "vừa");
            if medium {
                e += " và vừa".len();
                n += 2;
                continue;
            }
            if n == 0 || !nw.starts_with(crate::chars::is_uppercase) || starts_with_type_word(nw) {
                break;
            }
        } else {
            // "Luật Nhà ở"; "Hiệp định Thương mại tự do" (free, not "because").
            let nha_o = lower == "ở" && text[..e].ends_with(" Nhà") || lower == "do" && text[..e].ends_with(" tự");
            // "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI"
            if lower == "lần" && !law && n > 0 {
                if let Some(th) = after.strip_prefix(" thứ ") {
                    let l = th.find(|c: char| !crate::chars::is_alphanumeric(c)).unwrap_or(th.len());
                    if l > 0 && th[..l].chars().all(|c| c.is_ascii_digit() || "IVXLC".contains(c)) {
                        // The ordinal ends the congress's name ("… lần thứ 16 phù hợp với …") unless the body
                        // follows it ("Đại hội lần thứ XXI Đảng bộ thành phố").
                        e += 1 + wlen + " thứ ".len() + l;
                        n += 3;
                        if th[l..].strip_prefix(' ').is_some_and(|r| r.starts_with(crate::chars::is_uppercase)) {
                            continue;
                        }
                        break;
                    }
                }
            }
            // A stop word capitalised before another capitalised word is a place's: "TP Cần Thơ", "Bà Rịa"
            // (not a sentence run on without its full stop: "… Vụ TCNH Theo Quyết định …").
            let proper = n > 0
                && matches!(word, "Cần" | "Bà")
                && after.strip_prefix(' ').is_some_and(|a| a.starts_with(crate::chars::is_uppercase));
            if NAME_STOP.contains(&lower.as_str()) && !nha_o && !proper || starts_with_type_word(r) && n > 0 {
                break;
            }
            if NAME_STOP_PHRASES.iter().any(|ph| {
                r.len() > ph.len()
                    && r.is_char_boundary(ph.len())
                    && r[..ph.len()].eq_ignore_ascii_case(ph)
                    && !r[ph.len()..].starts_with(is_word_char)
            }) && n > 0
            {
                break;
            }
            if NAME_STOP_PHRASES.iter().any(|ph| r.starts_with(ph)) && n == 0 {
                break;
            }
        }
        e += 1 + wlen;
        n += 1;
        if n >= max_words {
            break;
        }
    }
    (n > 0).then_some((p, e))
}

/// The year written after a name ending at `end` (" năm 2015", " 2003"): the year and the name's new end;
/// else None and `end`.
fn year_after(text: &str, end: usize) -> (Option<String>, usize) {
    match text[end..].strip_prefix(' ').and_then(year_at) {
        Some(n) => (Some(text[end + 1 + n - 4..end + 1 + n].to_string()), end + 1 + n),
        None => (None, end),
    }
}

/// "năm 2013" or "2013" at the start of `r`: its byte length.
fn year_at(r: &str) -> Option<usize> {
    let (skip, y) = match r.strip_prefix("năm ") {
        Some(y) => ("năm ".len(), y),
        None => (0, r),
    };
    let b = y.as_bytes();
    if b.len() >= 4
        && b[..4].iter().all(u8::is_ascii_digit)
        && (b[..2] == *b"19" || b[..2] == *b"20")
        && !y[4..].starts_with(|c: char| is_word_char(c) || c == '/' || c == '-')
    {
        Some(skip + 4)
    } else {
        None
    }
}

/// A type word followed by a number: "Công văn số 123", "Nghị định 67".
fn starts_reference(r: &str) -> bool {
    type_word_at(r).is_some_and(|m| {
        let after = &r[m.end()..];
        after.starts_with(" số") || after.starts_with(' ') && after[1..].starts_with(|c: char| c.is_ascii_digit())
    })
}

fn starts_with_type_word(r: &str) -> bool {
    type_word_at(r).is_some_and(|m| !r[m.end()..].starts_with(is_word_char))
}

fn preceded_by_org(text: &str, s: usize) -> bool {
    let before = text[..s].trim_end_matches(' ');
    ORG_BEFORE.iter().any(|o| before.strip_suffix(o).is_some_and(|r| !r.chars().next_back().is_some_and(is_word_char)))
}

/// Is `s` inside a sentence (not at its start)?
fn mid_sentence(text: &str, s: usize) -> bool {
    let before = text[..s].trim_end_matches(' ');
    match before.chars().next_back() {
        None | Some('.' | '!' | '?' | '\n' | ':' | '|' | '-') => false,
        Some(_) => true,
    }
}

/// Law titles (`law_titles.tsv`): the keys and variants, lower-cased, anchored after a type word, and the
/// official title of each.
static LAW_TITLES: LazyLock<(AhoCorasick, Vec<&'static str>)> = LazyLock::new(|| {
    let mut keys = Vec::new();
    let mut titles = Vec::new();
    for r in lexicon::rows(lexicon::LAW_TITLES) {
        let title = r.get(2).copied().unwrap_or(r[0]);
        let variants = r.get(3).copied().unwrap_or("").split(" | ").filter(|v| !v.is_empty());
        for key in std::iter::once(r[0]).chain(variants) {
            keys.push(crate::chars::lower_same_len(key));
            titles.push(title);
        }
    }
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Anchored)
        .build(&keys)
        .expect("law titles build");
    (ac, titles)
});

/// A law known by its title after the type word `w`, written in any case ("luật đất đai", "Bộ luật Tố tụng
/// hình sự 2003", "Luật Du lịch (sửa đổi)"): the candidate, its year in `year` and its title in `law`.
fn law_by_title(text: &str, w: &TypeWord) -> Option<Cand> {
    if w.class != Class::Law
        || w.canon == Some("Hiến pháp")
        || preceded_by_org(text, w.start)
        || in_treaty(text, w.start)
    {
        return None;
    }
    let start = w.end + 1;
    if !text[w.end..].starts_with(' ') {
        return None;
    }
    // A window of the text after the type word, lower-cased without changing lengths.
    let low = crate::chars::lower_same_len(crate::text::window_after(text, start, 160));
    let (ac, titles) = &*LAW_TITLES;
    let m = ac.find(Input::new(&low).anchored(Anchored::Yes))?;
    let mut end = start + m.end();
    // The title goes on past the known one ("ngành Luật Thương mại Quốc tế"): not this law.
    let next_cap = text[end..].strip_prefix(' ').is_some_and(|r| r.starts_with(crate::chars::is_uppercase));
    if char_at(text, end).is_some_and(is_word_char) || next_cap || field_of_study(text, w.start) {
        return None;
    }
    // "(sửa đổi)", or "sửa đổi" alone (not "sửa đổi, bổ sung …"): the bill amending it.
    if let Some(r) = text[end..].strip_prefix(" (sửa đổi)").or_else(|| {
        text[end..].strip_prefix(" sửa đổi").filter(|r| !r.starts_with(is_word_char) && !r.starts_with(", bổ sung"))
    }) {
        end = text.len() - r.len();
    }
    let (year, end) = year_after(text, end);
    // An ordinance on a subject a law later took over ("pháp lệnh quảng cáo"): the ordinance, not the law.
    let title = titles[m.pattern().as_usize()];
    let law = match (w.canon, title.strip_prefix("Luật ")) {
        (Some("Pháp lệnh"), Some(subject)) => format!("Pháp lệnh {subject}"),
        _ => title.to_string(),
    };
    // A known amending law: the law it amends is in its title.
    let amends = law
        .split_once(" sửa đổi, bổ sung một số điều của ")
        .map(|(_, a)| a)
        .filter(|a| type_word_at(a).is_some())
        .map(str::to_string);
    let item = DirectiveItem {
        doc_type: w.canon.map(str::to_string),
        year,
        law: Some(law),
        amends,
        ..DirectiveItem::default()
    };
    Some(Cand::new(w.start, end, Strength::Medium, item))
}

/// A subject of study before `s` ("bộ môn Luật hình sự", "ngành Luật Thương mại"), not a law.
fn field_of_study(text: &str, s: usize) -> bool {
    const FIELDS: &[&str] = &["ngành", "bộ môn", "môn", "khoa", "chuyên ngành", "học", "cử nhân", "thạc sĩ", "tiến sĩ"];
    // The few words before `s`, not the whole text before it.
    let before = crate::chars::lowercase(crate::text::window_before(text, s, 32).trim_end_matches(' '));
    FIELDS.iter().any(|f| before.strip_suffix(f).is_some_and(|r| !r.chars().next_back().is_some_and(is_word_char)))
}

/// "Luật Đất đai năm 2013", "Bộ luật Hình sự", "Hiến pháp 2013", "Luật sửa đổi, bổ sung … của Luật Thuế …".
fn law_by_name(text: &str, w: &TypeWord) -> Option<Cand> {
    if w.class != Class::Law
        || !w.capital
        || preceded_by_org(text, w.start)
        || field_of_study(text, w.start)
        || in_treaty(text, w.start)
    {
        return None;
    }
    let rest = &text[w.end..];
    let canon = w.canon?;
    let mut amends = None;
    let end = if canon == "Hiến pháp" {
        // With its year ("Hiến pháp 2013", "Hiến pháp năm 1992"), or alone: the Constitution in force; a
        // country's name after it names another ("Hiến pháp Nhật Bản").
        match rest.strip_prefix(' ').and_then(year_at) {
            Some(n) => w.end + 1 + n,
            // "tuân thủ Hiến pháp và pháp luật": the rule of law, no document cited.
            None if [" và pháp luật", ", pháp luật", " và luật pháp"].iter().any(|g| rest.starts_with(g)) => {
                return None;
            }
            None => {
                let mut e = w.end;
                for _ in 0..3 {
                    let Some(r) = text[e..].strip_prefix(' ').filter(|r| r.starts_with(crate::chars::is_uppercase))
                    else {
                        break;
                    };
                    e += 1 + r.find(|c: char| !is_word_char(c)).unwrap_or(r.len());
                }
                e
            }
        }
    } else if let Some(r) = rest.strip_prefix(" sửa đổi, bổ sung một số điều của ") {
        // "Luật sửa đổi, bổ sung một số điều của Luật Thuế …": up to the end of the amended law's name.
        let inner = w.end + (rest.len() - r.len());
        let iw = type_word_at(r)?;
        let (_, e) = name_after(text, inner + iw.end(), true, 10)?;
        amends = Some(amended_law(text, inner, iw, e));
        e
    } else {
        // The name starts with a capitalised word.
        if !rest.strip_prefix(' ')?.starts_with(crate::chars::is_uppercase) {
            return None;
        }
        let (_, e) = name_after(text, w.end, true, 7)?;
        e
    };
    // The year the name ends with ("năm 2013", "2013") is the law's year; the Constitution is its own title.
    let year = split_year(&text[w.start..end]).1.filter(|_| amends.is_none()).map(str::to_string);
    let law = (canon == "Hiến pháp").then(|| canon.to_string());
    let item = DirectiveItem { doc_type: Some(canon.to_string()), year, law, amends, ..DirectiveItem::default() };
    Some(Cand::new(w.start, end, Strength::Medium, item))
}

/// A law's title is its name as written ("luật Du lịch (sửa đổi)" → "luật Du lịch", "Bộ luật Hình sự năm
/// 2015" → "Bộ luật Hình sự", "Luật Giáo dục đại học số 34/2018/QH14" → "Luật Giáo dục đại học"), when no
/// subject follows it; none for the Constitution or a law cited by its number alone.
fn law_title(written: &str, item: &DirectiveItem) -> Option<String> {
    if !matches!(item.doc_type.as_deref(), Some("Luật" | "Bộ luật" | "Pháp lệnh")) {
        return None;
    }
    let number = written
        .match_indices(" số ")
        .find(|(i, _)| written[i + " số ".len()..].starts_with(|c: char| c.is_ascii_digit()));
    let name = number.map_or(written, |(i, _)| &written[..i]);
    let name = name.strip_suffix(" (sửa đổi)").or_else(|| name.strip_suffix(" sửa đổi")).unwrap_or(name);
    let name = split_year(name).0;
    let words = name.split(' ').count();
    let type_words = item.doc_type.as_deref().map_or(1, |t| t.split(' ').count());
    (words > type_words && !name.contains('\n')).then(|| name.to_string())
}

/// The law an amending law amends, its name at `inner..end` (type word `iw`): its `law` key when the law
/// titles know it ("luật thuế giá trị gia tăng" → "Luật Thuế giá trị gia tăng"), else as written without
/// its year.
fn amended_law(text: &str, inner: usize, iw: aho_corasick::Match, end: usize) -> String {
    let p = iw.pattern().as_usize();
    let (_, canon, class) = TYPE_WORDS[p / 2];
    let tw = TypeWord { start: inner, end: inner + iw.end(), canon, class, capital: p % 2 == 0 };
    if let Some(law) = law_by_title(text, &tw).and_then(|c| c.item.law) {
        return law;
    }
    split_year(&text[inner..end]).0.to_string()
}

/// A law's name and the year it ends with ("Luật Đất đai năm 2013" → "Luật Đất đai", "2013"), if any.
fn split_year(name: &str) -> (&str, Option<&str>) {
    match name.rsplit_once(' ') {
        Some((head, y)) if y.len() == 4 && year_at(y).is_some() => (head.strip_suffix(" năm").unwrap_or(head), Some(y)),
        _ => (name, None),
    }
}

/// A capitalised type word mid-sentence with a name ("Quyết định xử phạt vi phạm hành chính",
/// "Nghị quyết Đại hội XII") or a quoted title (`Đề án "…"`).
fn named(text: &str, w: &TypeWord) -> Option<Cand> {
    // "đề án “Đẩy mạnh phong trào …”": a scheme or a plan in lower case is named by its quoted title.
    let quoted_lower = !w.capital
        && matches!(w.canon, Some("Đề án" | "Kế hoạch"))
        && text[w.end..].strip_prefix(" \"").is_some_and(|q| q.starts_with(crate::chars::is_uppercase));
    if w.class != Class::Named || !w.capital && !quoted_lower || preceded_by_org(text, w.start) {
        return None;
    }
    // "Sở Kế hoạch", "Ban Chỉ đạo Đề án": a capitalised word before (not the sentence's first) joins a name.
    let before = text[..w.start].trim_end_matches(' ');
    let pw_start = before.rfind(' ').map_or(0, |i| i + 1);
    let pw = &before[pw_start..];
    let prev_word_capital =
        pw.starts_with(crate::chars::is_uppercase) && !pw.ends_with([',', ';', ':']) && mid_sentence(text, pw_start);
    let canon = w.canon?;
    let rest = &text[w.end..];
    // A scheme or a programme named by what it does, in lower-case words ("Đề án cơ cấu lại các TCTD giai
    // đoạn 2011-2015", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới").
    if matches!(canon, "Đề án" | "Chương trình" | "Kế hoạch")
        && rest.strip_prefix(' ').is_some_and(|r| r.starts_with(crate::chars::is_lowercase))
        && mid_sentence(text, w.start)
        && !prev_word_capital
    {
        if let Some(e) = scheme_name(text, w.end, canon) {
            // What it does is its title: "Đề án cơ cấu lại các TCTD giai đoạn 2011-2015".
            let ts = w.end + 1;
            let item = DirectiveItem {
                doc_type: Some(canon.to_string()),
                title: Some(text[ts..e].to_string()),
                ..DirectiveItem::default()
            };
            let mut c = Cand::new(w.start, e, Strength::Weak, item);
            c.title_span = Some((ts, e));
            return Some(c);
        }
    }
    // Programmes and guides are too often events, shows and subjects ("Chương trình biểu diễn …").
    if matches!(canon, "Chương trình" | "Hướng dẫn") {
        return None;
    }
    // Quoted title: Đề án "…"
    if let Some(q) = rest.strip_prefix(" \"") {
        let close = q.find(['"', '\n'])?;
        // A quoted name, not a colloquial word in quotes (Kế hoạch "giăng lưới").
        if !q[close..].starts_with('"')
            || !q.starts_with(crate::chars::is_uppercase)
            || q[..close].split(' ').count() < 3
        {
            return None;
        }
        let qs = w.end + 2;
        let end = qs + close + 1;
        let item = DirectiveItem {
            doc_type: Some(canon.to_string()),
            title: Some(text[qs..qs + close].trim().to_string()),
            ..DirectiveItem::default()
        };
        let mut c = Cand::new(w.start, end, Strength::Medium, item);
        c.title_span = Some((qs, qs + close));
        return Some(c);
    }
    if !mid_sentence(text, w.start) || prev_word_capital && !text[..w.start].ends_with(", ") {
        return None;
    }
    if canon == "Nghị quyết" {
        if let Some(e) = congress_resolution(text, w.end) {
            let item = DirectiveItem { doc_type: Some(canon.to_string()), ..DirectiveItem::default() };
            return Some(Cand::new(w.start, e, Strength::Weak, item));
        }
    }
    let (_, e) = name_after(text, w.end, false, 14)?;
    let name = &text[w.end..e];
    // A verb after the type word makes it the object of a sentence, not a name: "phê duyệt Đề án làm căn
    // cứ để triển khai".
    if name.trim_start().split(' ').next().is_some_and(|first| VERB_AFTER_TYPE.contains(&first)) {
        return None;
    }
    // At least three words ("Quy chế phối hợp công tác", not "Quy chế tổ chức"), no demonstrative after; but
    // a body's charter is named by the body alone ("Điều lệ Đảng", "Điều lệ Công đoàn").
    let charter = canon == "Điều lệ" && matches!(name.trim(), "Đảng" | "Đoàn" | "Công đoàn" | "Hội");
    if name.trim().split(' ').count() < 3 && !charter {
        return None;
    }
    let after = text[e..].trim_start_matches(' ');
    if ["này", "đó", "trên", "nói trên", "kể trên"].iter().any(|d| starts_with_word(after, d)) {
        return None;
    }
    let item = DirectiveItem { doc_type: Some(canon.to_string()), ..DirectiveItem::default() };
    Some(Cand::new(w.start, e, Strength::Weak, item))
}

/// The end of a resolution named by the congress or meeting that passed it, after "Nghị quyết" ending at
/// `p`: "Nghị quyết của Đại hội Đảng toàn quốc lần thứ XII", "Nghị quyết của Đảng bộ tỉnh lần thứ 16" (a
/// session named by its number), "Nghị quyết XII của Đảng" (the congress's number).
fn congress_resolution(text: &str, p: usize) -> Option<usize> {
    let rest = &text[p..];
    if let Some(r) = rest.strip_prefix(" của ") {
        if !["Đại hội ", "Hội nghị ", "Đảng bộ "].iter().any(|b| r.starts_with(b)) {
            return None;
        }
        let (_, e) = name_after(text, p + " của".len(), false, 14)?;
        return text[p..e].contains(" lần thứ ").then_some(e);
    }
    let r = rest.strip_prefix(' ')?;
    let n = r.find(|c: char| !"IVX".contains(c)).unwrap_or(r.len());
    (n >= 2 && r[n..].starts_with(" của Đảng") && !r[n + " của Đảng".len()..].starts_with(is_word_char))
        .then(|| p + 1 + n + " của Đảng".len())
}

/// The end of a scheme's or a programme's name in lower-case words after its type word ending at `p`: the
/// words of a title up to a comma, the sentence's verb or who issued it ("… của Bộ Y tế"), three to
/// twenty-five words ("Chương trình mục tiêu", "Đề án thí điểm" are kinds). A programme or a plan names a
/// national or long-term one ("quốc gia", "giai đoạn 2016-2020", "đến năm 2030", "tổng thể", "hành động"):
/// others are shows, offers and lessons.
fn scheme_name(text: &str, p: usize, canon: &str) -> Option<usize> {
    // Where the sentence goes on: a preposition, a verb, a new sentence whose full stop was lost ("… ngành
    // tôm Tại hội nghị").
    const ENDS: &[&str] = &[
        " được ",
        " của ",
        " do ",
        " tại ",
        " trên ",
        " trong ",
        " với ",
        " thì ",
        " mà ",
        " này",
        " đó",
        " đối với ",
        " theo ",
        " gồm ",
        " bao gồm ",
        " chưa ",
        " có ",
        " cho ",
        " vào ",
        " là ",
        " như ",
        " ở ",
        " nhận định ",
        " hướng tới ",
        " để ",
        " nhằm ",
        " Tại ",
        " Theo ",
        " Trong ",
        " Sau ",
        " Ngoài ",
        " Với ",
        " Khi ",
        " Hiện ",
        " Ngày ",
    ];
    const MARKS: &[&str] = &["quốc gia", "mục tiêu", "giai đoạn", "đến năm", "tổng thể", "hành động"];
    // "Đề án đưa ra các giải pháp", "Đề án bao gồm", "Đề án cụ thể như sau": the scheme as the subject.
    const VERBS: &[&str] = &["đưa", "bao", "cụ", "tuân", "chú", "nêu", "riêng", "hướng", "nhận", "đề", "chỉ", "sớm"];
    let r = text[p..].strip_prefix(' ')?;
    let first = r.split([' ', ',', '.']).next().unwrap_or("");
    if VERB_AFTER_TYPE.contains(&first) || NAME_STOP.contains(&first) || VERBS.contains(&first) {
        return None;
    }
    let mut len = title_len(r, false);
    // "phòng, chống" keeps its comma; any other comma ends the name.
    let mut from = 0;
    while let Some(c) = r[from..len].find(',').map(|c| from + c) {
        if r[c..].starts_with(", chống ") {
            from = c + 1;
            continue;
        }
        len = c;
        break;
    }
    if let Some(k) = ENDS.iter().filter_map(|x| r[..len].find(x)).min() {
        len = k;
    }
    let name = r[..len].trim_end_matches([' ', '.', '-']);
    // "Chương trình hành động thực hiện Nghị quyết số 36-NQ/TW": a programme named by the document it carries
    // out is read as that document.
    if name.match_indices(' ').any(|(i, _)| {
        let w = &name[i + 1..];
        w.starts_with(crate::chars::is_uppercase) && starts_with_type_word(w)
    }) {
        return None;
    }
    let words = name.split(' ').count();
    if !(3..=25).contains(&words) || canon != "Đề án" && !MARKS.iter().any(|m| name.contains(m)) {
        return None;
    }
    Some(p + 1 + name.len())
}

// ---------------------------------------------------------------------------------------------------
// What follows a reference: date, issuer, title
// ---------------------------------------------------------------------------------------------------

fn tail(text: &str, published: Option<Ymd>, c: &mut Cand) {
    (c.item.article, c.item.clause, c.item.point) = citation_before(&text[..c.start]);
    let p = dated_and_issued(text, c.end, published, c);
    tail_names(text, p, published, c);
}

/// Reads the signing date ("ngày 17/3/2008"), the issuer ("của BTV Tỉnh ủy", "được Thủ tướng … phê duyệt")
/// and a parenthesised acronym written at `p`, in any order, into `c`; returns where they end.
fn dated_and_issued(text: &str, mut p: usize, published: Option<Ymd>, c: &mut Cand) -> usize {
    for _ in 0..4 {
        let (q, comma) = match text[p..].strip_prefix(',') {
            Some(_) => (p + 1, true),
            None => (p, false),
        };
        let r = &text[q..];
        if c.item.date.is_none() {
            let mut dp = None;
            for pre in [" ngày ", " ban hành ngày ", " ký ngày ", " ký ban hành ngày "] {
                if r.starts_with(pre) {
                    dp = Some(q + pre.len());
                    break;
                }
            }
            // "… 24/2014/TT-BNNPTNTngày 19/8/2014": "ngày" glued to the code.
            if q == c.end && r.starts_with("ngày ") && text[..q].ends_with(|ch: char| ch.is_ascii_uppercase()) {
                dp = Some(q + "ngày ".len());
            }
            if let Some(dp) = dp {
                // A signing date is a day: "ngày 17/3/2008", "ngày 15 tháng 1 năm 2014", "ngày 29/4".
                let day = super::date::parse_date_at(&text[dp..], published)
                    .filter(|(_, d)| d.grain == Some(crate::output::Grain::Day))
                    .and_then(|(n, d)| Some((d.value?, dp + n)));
                if let Some((d, de)) = day {
                    c.item.date = Some(d);
                    p = de;
                    continue;
                }
            }
        }
        if c.item.issuer.is_none() {
            if let Some(ip) = r.strip_prefix(" của ").map(|_| q + " của ".len()) {
                if let Some(ie) = issuer_end(text, ip).and_then(|ie| named_body(&text[ip..ie]).map(|n| ip + n)) {
                    c.item.issuer = Some(text[ip..ie].to_string());
                    p = ie;
                    continue;
                }
            }
            // "… vừa được Thủ tướng Chính phủ phê duyệt"
            if !comma {
                let mut ip = None;
                for pre in [" vừa được ", " đã được ", " được "] {
                    if r.starts_with(pre) {
                        ip = Some(q + pre.len());
                        break;
                    }
                }
                if let Some(ip) = ip {
                    if let Some(ie) = issuer_end(text, ip) {
                        let tail = &text[ie..];
                        if [" phê duyệt", " ban hành", " thông qua", " ký", " (", " ban hành"]
                            .iter()
                            .any(|v| tail.starts_with(v))
                        {
                            c.item.issuer = Some(text[ip..ie].to_string());
                        }
                    }
                    break;
                }
            }
        }
        // The close of a number written in parentheses: "Kết luận thanh tra (số 825/KL-SYT ngày 1/7/2014) về …".
        let before = crate::text::window_before(text, c.start, 24);
        let opened = before.rfind(['(', ')']).is_some_and(|i| before[i..].starts_with('('))
            && !text[c.start..c.end].contains(')');
        if r.starts_with(')') && !comma && opened {
            p = q + 1;
            continue;
        }
        // A parenthesised acronym right after a name: "… năm 2020 (ASEAN ICT Master Plan 2020)".
        if !comma && r.starts_with(" (") {
            if let Some(close) = r.find(')') {
                if !r[..close].contains('\n') && close < 80 {
                    p = q + close + 1;
                    continue;
                }
            }
        }
        break;
    }
    p
}

/// The issuer read from a "TU" code, the law's name and the title, after the date and issuer end at `p`.
fn tail_names(text: &str, p: usize, published: Option<Ymd>, c: &mut Cand) {
    // "TU" is a Tỉnh ủy or a Thành ủy: the issuer written beside the reference decides.
    if c.item.key.as_deref().and_then(|k| k.split_once('/')).is_some_and(|(_, i)| i.split('-').next() == Some("TU")) {
        let written = c.item.issuer.as_deref().unwrap_or("");
        c.item.issuer_from_code = Some(
            match (written.contains("Thành ủy"), written.contains("Tỉnh ủy")) {
                (true, false) => "Thành ủy",
                (false, true) => "Tỉnh ủy",
                _ => "Tỉnh ủy hoặc Thành ủy",
            }
            .to_string(),
        );
    }
    // A law cited by its name has that name for title: what follows it is the sentence ("bộ luật Hình sự
    // 1999 quy định người bào chữa…").
    let law_name = law_title(&text[c.start..c.end], &c.item);
    if let Some(name) = &law_name {
        // A law the titles do not know is keyed by its type word and its name as written.
        if c.item.law.is_none() {
            let canon = c.item.doc_type.as_deref().unwrap_or_default();
            c.item.law = name.get(canon.len()..).map(|rest| format!("{canon}{rest}"));
        }
    }
    if c.item.title.is_none() && law_name.is_some() {
        c.item.title = law_name;
    } else if c.item.title.is_none() {
        // After an article cited right before it, "quy định …" is what the article rules ("Điều 8 Nghị định
        // … quy định mức phạt"); after a date or an issuer, it is the document's own subject again.
        let article = c.item.article.is_some() && c.item.date.is_none() && c.item.issuer.is_none();
        // The purpose after a numbered document ("nhằm …") is its subject; not the purpose of acting on it
        // ("sửa đổi Hiến pháp nhằm …").
        let amended = ["sửa đổi ", "sửa đổi, bổ sung ", "bổ sung "].iter().any(|w| text[..c.start].ends_with(w));
        let purpose = c.item.id.is_some() && !amended;
        if let Some((ts, te)) = title_at(text, p, article, c.item.article.is_some(), purpose) {
            c.item.title = Some(text[ts..te].to_string());
            c.title_span = Some((ts, te));
            // The issuer after the subject: "… về X do Bộ Thông tin và Truyền thông (TT&TT) ban hành"; the
            // date and issuer after it: "… phê duyệt cho vay dự án … ngày 18.7.2014 của UBND tỉnh An Giang".
            if c.item.issuer.is_none() {
                c.item.issuer = issuer_by(text, te);
            }
            if text[te..].starts_with(" ngày ") {
                dated_and_issued(text, te, published, c);
            }
        }
    }
}

/// Words that may start an issuer although lowercase.
const ISSUER_STOP: &[&str] = &[
    "về", "ngày", "đã", "được", "là", "có", "tại", "theo", "với", "cho", "trong", "để", "nhằm", "năm", "từ", "khi",
    "do", "thì", "mà", "này", "vừa", "sẽ", "đang", "ký", "gửi", "nêu", "coi", "và", "đối", "nay", "phê", "giao", "yêu",
    "chỉ", "đề", "cũng", "vẫn", "không", "chưa", "bị", "trên", "sau", "trước", "số", "diễn", "qua", "tới", "đến",
    "nhưng", "hay", "hoặc", "vì", "nên", "khi", "cho", "nói", "rất", "nhanh", "xác", "đưa", "tổ", "phải", "cần", "mới",
    "lập", "làm", "tiếp", "tăng", "gồm", "hết", "lại", "ra", "vào",
];

/// Bodies named with one capital ("của Chính phủ"), which an issuer may be on its own.
const ONE_CAPITAL_BODIES: &[&str] = &[
    "Bộ Chính trị",
    "Chính phủ",
    "Chủ tịch nước",
    "Đảng",
    "Đảng ủy",
    "Huyện ủy",
    "Nhà nước",
    "Quận ủy",
    "Quốc hội",
    "Thành ủy",
    "Thị ủy",
    "Thủ tướng",
    "Tỉnh ủy",
];

/// The length of the body named by `issuer`, the words after "của": all of it when it is a name (an
/// acronym first, or a capital after its first word: "BTV Tỉnh ủy", "Bộ Tài chính", "UBND tỉnh"), else the
/// one-capital body it starts with ("Chính phủ"); None for a common noun phrase ("Ngân hàng hợp nhất").
fn named_body(issuer: &str) -> Option<usize> {
    let mut words = issuer.split(' ');
    let first = words.next().unwrap_or("");
    let acronym =
        first.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !first.chars().any(crate::chars::is_lowercase);
    if acronym || words.any(|w| w.starts_with(|c: char| crate::chars::is_uppercase(c) || c.is_ascii_digit())) {
        return Some(issuer.len());
    }
    ONE_CAPITAL_BODIES
        .iter()
        .filter(|b| {
            issuer.get(..b.len()).is_some_and(|h| crate::chars::lowercase(h) == crate::chars::lowercase(b))
                && !issuer[b.len()..].starts_with(is_word_char)
        })
        .map(|b| b.len())
        .max()
}

/// "do <body> ban hành" at `p`: the body.
fn issuer_by(text: &str, p: usize) -> Option<String> {
    let ip = p + text[p..].strip_prefix(" do ").map(|_| " do ".len())?;
    let ie = issuer_end(text, ip)?;
    let mut after = &text[ie..];
    if let Some(n) = acronym_in_brackets(after.strip_prefix(' ').unwrap_or("")) {
        after = &after[1 + n..];
    }
    let issuer = &text[ip..ie];
    (after.starts_with(" ban hành") && named_body(issuer) == Some(issuer.len())).then(|| issuer.to_string())
}

/// End of an issuer name starting at `p` ("BTV Tỉnh ủy", "Thủ tướng Chính phủ", "UBND tỉnh Lạng Sơn").
fn issuer_end(text: &str, p: usize) -> Option<usize> {
    if !text[p..].starts_with(crate::chars::is_uppercase) {
        return None;
    }
    let mut e = p;
    let mut n = 0;
    let mut lower_run = 0;
    // A level word and its place's name were read: the body ends with the place.
    let mut placed = false;
    loop {
        let r = &text[e..];
        let r = if n == 0 {
            r
        } else if let Some(x) = r.strip_prefix(' ') {
            x
        } else if r.starts_with(", Thể thao") {
            // "Bộ Văn hóa, Thể thao và Du lịch"
            e += 1;
            continue;
        } else if r.strip_prefix(". ").is_some_and(|x| x.starts_with(crate::chars::is_uppercase))
            && ["TP", "Tp", "TX", "Q", "P", "H"].iter().any(|a| text[p..e].rsplit(' ').next() == Some(a))
        {
            // "UBND TP. Hà Nội": a level's abbreviation and its place.
            e += 1;
            continue;
        } else {
            break;
        };
        let wlen = r
            .find(|c: char| !(crate::chars::is_alphanumeric(c) || c == '&' || c == '.' || c == '-'))
            .unwrap_or(r.len());
        let word = r[..wlen].trim_end_matches(['.', '-']);
        let wlen = word.len();
        if wlen == 0 {
            break;
        }
        let lower = word.to_lowercase();
        // "Hội nghị lần thứ tư Ban Chấp hành Trung ương": the session's number is one word of the name.
        if lower == "lần" && n > 0 {
            if let Some(x) = r[wlen..].strip_prefix(" thứ ") {
                let ord = x.find(|c: char| !crate::chars::is_alphanumeric(c)).unwrap_or(x.len());
                if ord > 0 {
                    e += 1 + wlen + " thứ ".len() + ord;
                    n += 1;
                    continue;
                }
            }
        }
        if word.starts_with(crate::chars::is_uppercase) || word.starts_with(|c: char| c.is_ascii_digit()) {
            // "… của Chính phủ Quy định: …"
            if n > 0 && (starts_reference(r) || r.starts_with("Quy định") || r.starts_with("Hướng dẫn")) {
                break;
            }
            lower_run = 0;
        } else {
            if placed && lower_run == 0 {
                break;
            }
            if lower == "và" {
                let nw = r[wlen..].strip_prefix(' ').unwrap_or("");
                // "… của Đảng và Nghị quyết Đại hội …": the next document, not a body's name.
                if !nw.starts_with(crate::chars::is_uppercase) || starts_reference(nw) || starts_with_type_word(nw) {
                    break;
                }
            } else if ISSUER_STOP.contains(&lower.as_str())
                || [
                    "ban hành",
                    "quy định",
                    "hướng dẫn",
                    "thông qua",
                    "phê duyệt",
                    "thông báo",
                    "quyết định",
                    "chủ trương",
                ]
                .iter()
                .any(|ph| r.starts_with(ph))
            {
                break;
            }
            // "Thủ tướng Chính phủ thành lập …", but "thành phố".
            if lower == "thành" && !r[wlen..].starts_with(" phố") {
                break;
            }
            // "Chính phủ trình Quốc hội", but "Chương trình", "Tờ trình", "Quy trình".
            let prev = text[p..e].rsplit(' ').next().unwrap_or("");
            if lower == "trình" && !["Chương", "Tờ", "Quy", "Lộ", "Công"].contains(&prev) || lower == "nghiêm"
            {
                break;
            }
            // A level before its place's name ("… Khối các cơ quan tỉnh Quảng Trị") does not end the body.
            // ("thành" is read above: only "thành phố" goes on, and "phố" is the level.)
            let level = ["tỉnh", "phố", "huyện", "quận", "xã", "phường", "thị"].contains(&lower.as_str())
                && r[wlen..].strip_prefix(' ').is_some_and(|nw| nw.starts_with(crate::chars::is_uppercase));
            if lower != "và" && !level {
                lower_run += 1;
            }
            placed |= level;
            if lower_run > 3 {
                break;
            }
        }
        e += if n == 0 { 0 } else { 1 } + wlen;
        n += 1;
        if n >= 20 {
            break;
        }
    }
    (e > p).then_some(e)
}

/// Words that start a new clause after a comma, ending a title.
const CLAUSE_START: &[&str] = &[
    "xác", "các", "mức", "luôn", "gắn", "nghĩa", "theo", "trong", "đồng", "nhằm", "đến", "tuy", "nhưng", "song", "do",
    "vì", "qua", "từ", "sau", "khi", "hiện", "năm", "ngày", "có", "là", "được", "đã", "sẽ", "cùng", "và", "với", "tại",
    "yêu", "đề", "giao", "chỉ", "nếu", "thì", "này", "đó", "bởi", "mà", "ông", "bà", "anh", "chị", "nhiều", "mỗi",
    "tất", "những", "cụ", "đặc", "riêng", "ngoài", "bên", "kể", "trừ", "tức", "hay", "hoặc", "bao", "căn", "ngay",
    "tiếp", "như", "cho", "để", "vừa", "lúc", "hôm", "tháng", "góp", "giúp", "nhờ", "khiến", "làm", "tạo", "nhấn",
    "khẳng", "nêu", "thống", "trình", "nhất", "cũng",
];

/// Capitalised words that start a new clause after a comma: the first [`CLAUSE_BODIES`] start a body's name.
const CLAUSE_SUBJECTS: &[&str] = &[
    "Ban",
    "Bộ",
    "Sở",
    "UBND",
    "HĐND",
    "Chính",
    "Thủ",
    "Quốc",
    "Tỉnh",
    "Huyện",
    "Thành",
    "Hội",
    "Tổng",
    "Phó",
    "Chủ",
    "Bí",
    "Trưởng",
    "Giám",
    "Ông",
    "Bà",
    "Theo",
    "Trong",
    "Tuy",
    "Ngày",
    "Sau",
    "Các",
    "Những",
    "Nhiều",
];

/// The number of body words at the start of [`CLAUSE_SUBJECTS`] ("Ban" … "Tổng").
const CLAUSE_BODIES: usize = 13;

const CLAUSE_VERBS: &[&str] = &["đã", "sẽ", "đang", "được", "phải", "cần", "bị", "hãy", "vừa", "có"];

/// Words after a bare "quy định" that make it the sentence's verb, not the start of a title: "Hiến pháp
/// năm 2013 quy định rõ …", "quy định cụ thể", "quy định tại".
const RULES_HOW: &[&str] = &[
    "rõ", "cụ", "chặt", "thêm", "tại", "như", "những", "các", "mức", "nhiều", "không", "phải", "là", "rằng", "thì",
    "đối", "cho", "bắt", "nghiêm", "hẳn", "riêng", "lại", "khá", "rất",
];

/// The title after a reference (and its date and issuer), starting at `p`. "quy định …" right after a
/// reference with an article cited (`article`: "Điều 8 Nghị định … quy định mức phạt") says what the
/// article rules, not the document's subject; with an article cited anywhere before it (`cited`), a later
/// "quy định" ends the title ([`title_len`]). With `purpose` (a numbered document not acted on), the
/// purpose after "nhằm" is its subject too ("Chỉ thị số 20 nhằm tránh tình trạng …").
fn title_at(text: &str, p: usize, article: bool, cited: bool, purpose: bool) -> Option<(usize, usize)> {
    // "… số 669/QĐ-UBND ngày 29/4, về việc …": a comma before the subject.
    let p = if text[p..].starts_with(", về ") { p + 1 } else { p };
    let r = &text[p..];
    if let Some(after) = r.strip_prefix(" quy định ") {
        let first = after.split([' ', ',', '.']).next().unwrap_or("");
        if article || RULES_HOW.contains(&first) {
            return None;
        }
    }
    use Lead::{NotTitle, Past, Purpose, Skip};
    let (pre, lead) = [
        (" về việc ", Skip(" về ".len())),
        (" quy định về ", Past),
        (" quy định chi tiết ", Skip(1)),
        (" quy định ", Past),
        (" hướng dẫn về việc ", Skip(" hướng dẫn về ".len())),
        (" hướng dẫn về ", Past),
        (" hướng dẫn ", Skip(1)),
        (" về ", Past),
        // "… ban hành kèm theo Quyết định …": not a title.
        (" ban hành kèm theo ", NotTitle),
        (" ban hành ", Skip(1)),
        (" thông qua ", Skip(1)),
        (" phê duyệt ", Skip(1)),
        (" phê chuẩn ", Skip(1)),
        // "Chỉ thị số 20 nhằm tránh tình trạng …": the purpose a numbered document is issued for.
        (" nhằm ", Purpose),
    ]
    .into_iter()
    .find(|(pre, _)| r.starts_with(pre))?;
    let s = p + match lead {
        Past => pre.len(),
        Skip(n) => n,
        Purpose if purpose => pre.len(),
        NotTitle | Purpose => return None,
    };
    // 'về việc "…"': the quoted subject, without "việc" before the quote.
    let s = if text[s..].starts_with("việc \"") { s + "việc ".len() } else { s };
    let r = &text[s..];
    if let Some(q) = r.strip_prefix('"') {
        let close = q.find(['"', '\n']).unwrap_or(q.len());
        let (ts, te) = (s + 1, s + 1 + close);
        let t = text[ts..te].trim();
        return (!t.is_empty()).then(|| {
            (ts + (text[ts..te].len() - text[ts..te].trim_start().len()), ts + text[ts..te].trim_end().len())
        });
    }
    if r.starts_with(crate::chars::is_alphanumeric) && !r.starts_with("ngày ") {
        let e = s + title_len(r, cited);
        let t = text[s..e].trim_end_matches([' ', '.', '…', ',', '-', '–']);
        let t = t.strip_suffix(" như sau").unwrap_or(t);
        // "… Kiểm soát thuốc lá vào ngày 27.4.2005": the date's preposition is not the title's.
        let t = if text[s + t.len()..].starts_with(" ngày ") { t.strip_suffix(" vào").unwrap_or(t) } else { t };
        // The sentence's verb before a colon: "Nghị định 57/2012/NĐ-CP về chế độ tài chính … quy định: …".
        let t = if text[s + t.len()..].trim_start().starts_with(':') {
            SAYS.iter().find_map(|v| t.strip_suffix(v)).unwrap_or(t)
        } else {
            t
        };
        if t.is_empty() {
            return None;
        }
        return Some((s, s + t.len()));
    }
    None
}

/// Where a title starts after the words that lead to it ([`title_at`]).
enum Lead {
    /// After the words: " về " + subject.
    Past,
    /// This many bytes into them, keeping the rest in the title (" về việc " keeps "việc", " hướng dẫn " keeps
    /// "hướng dẫn").
    Skip(usize),
    /// The words say no title follows.
    NotTitle,
    /// After the words, only for a purpose that may be a title.
    Purpose,
}

/// Verbs that end a title before a colon: the document says what follows.
const SAYS: &[&str] =
    &[" quy định", " nêu", " nêu rõ", " ghi", " ghi rõ", " yêu cầu", " khẳng định", " viết", " nói rõ"];

/// Length of an unquoted title at the start of `r`. After an article cited before the document
/// (`article`), "quy định" is the article's verb: "Điều 15 Thông tư số 41/2016/TT-BCA về quy trình đăng ký
/// xe quy định …".
fn title_len(r: &str, article: bool) -> usize {
    let b = r.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            // "(ATIGA)": an acronym in brackets goes on with the title.
            b'(' => match acronym_in_brackets(&r[i..]) {
                Some(n) => {
                    i += n;
                    continue;
                }
                None => return i,
            },
            // A quoted name inside the title: Đề án "Giáo dục hướng nghiệp …" goes on to its closing quote.
            b'"' if QUOTED_AFTER.iter().any(|w| r[..i].ends_with(w)) => match r[i + 1..].find(['"', '\n']) {
                Some(n) if r.as_bytes()[i + 1 + n] == b'"' => {
                    i += n + 2;
                    continue;
                }
                _ => return i,
            },
            b'\n' | b';' | b':' | b')' | b'!' | b'?' | b'"' => return i,
            b'.' => {
                // "TP.HCM", "2.000", "TP. HCM" continue; ". ", "...", end of line stop.
                let next = b.get(i + 1).copied();
                let abbrev = ["TP", "Tp", "TX", "ThS", "TS", "PGS", "GS"]
                    .iter()
                    .any(|a| r[..i].ends_with(a) && r[..i - a.len()].ends_with(' '));
                if next.is_none_or(|n| n == b' ' || n == b'\n' || n == b'.') && !abbrev {
                    return i;
                }
                // "… các tổ chức tín dụng.Cụ thể, …": a sentence glued to the next, a lower-case word before the
                // stop and a capital after it (not "TP.HCM").
                let glued =
                    r[..i].ends_with(crate::chars::is_lowercase) && r[i + 1..].starts_with(crate::chars::is_uppercase);
                if glued {
                    return i;
                }
            }
            b' ' => {
                // A verb of the sentence: "… về xây dựng Đảng đã đề ra".
                let rest = &r[i..];
                // "là" but in "trước hết là", "nhất là", "tức là".
                let copula = rest.starts_with(" là ") && !["hết", "nhất", "tức"].iter().any(|w| r[..i].ends_with(w));
                // (Not "ban hành quy định …": a rule issued.)
                let rules = article
                    && (rest.starts_with(" quy định ") || rest.starts_with(" quy định:"))
                    && !r[..i].ends_with("ban hành");
                if copula || rules || TITLE_ENDS.iter().any(|v| rest.starts_with(v)) || purpose_ends(&r[..i], rest) {
                    return i;
                }
                // "… do Bộ NN&PTNT tổ chức": who held or issued it ends the title.
                let by = rest.strip_prefix(" do ").and_then(|x| x.split(' ').next()).unwrap_or("");
                let by_acronym =
                    by.chars().count() >= 2 && by.chars().all(|c| crate::chars::is_uppercase(c) || c == '&');
                if CLAUSE_SUBJECTS.contains(&by) || by_acronym {
                    return i;
                }
                // "… trình Chính phủ": the verb of the sentence; "… và quy định của …", "… và dự án Luật …":
                // another document.
                let and = rest.strip_prefix(" và ").unwrap_or("");
                if rest.strip_prefix(" trình ").is_some_and(|x| x.starts_with(crate::chars::is_uppercase))
                    || starts_reference(and)
                    || ["quy định của", "dự án ", "dự thảo "].iter().any(|x| and.starts_with(x))
                {
                    return i;
                }
                // A body as the subject of the next clause: "… về xã hội học tập Bộ Chính trị đưa ra"; its
                // issuer after "do": "… đường bộ do Chính phủ vừa ban hành"; a body and its verb after "và"
                // or "được": "… và Quốc hội thông qua Nghị quyết …", "… được Bộ Công Thương trình …".
                // The issuer as the subject of the sentence's verb: "… định hướng đến năm 2020 của Chính phủ đã
                // thể hiện …".
                if subject_of_clause(&r[..i], &rest[1..], false)
                    || rest.strip_prefix(" của ").is_some_and(issuer_then_verb)
                    || rest.strip_prefix(" do ").is_some_and(|by| subject_of_clause("", by, true))
                    || [" và ", " được "].iter().any(|w| rest.strip_prefix(w).is_some_and(body_then_verb))
                {
                    return i;
                }
                // The signing date and issuer after the title: "… chuỗi liên kết ngày 18.7.2014 của UBND …".
                if rest.strip_prefix(" ngày ").is_some_and(|d| signing_date(&r[..i], d)) {
                    return i;
                }
            }
            b',' if new_clause(&r[..i], &r[i + 1..]) => return i,
            _ => {}
        }
        i += 1;
    }
    b.len()
}

/// Words that end an unquoted title: the sentence's verb ("… đã", "… cho thấy", "… có hiệu lực", "… mới được
/// ban hành", "… diễn ra"), a conjunction that opens the next clause ("… thì", "… mà Công ty X") or where the
/// document was sent ("… đến toàn thể cán bộ").
const TITLE_ENDS: &[&str] = &[
    " đã ",
    " sẽ ",
    " đang ",
    " vừa được ",
    " nêu rõ",
    " có hiệu lực",
    " cho thấy",
    " cho biết",
    " góp phần ",
    " quy định rõ",
    " quy định cụ thể",
    " có hướng dẫn",
    " có quy định",
    " chỉ ra ",
    " đến toàn thể ",
    " tới toàn thể ",
    " đến toàn bộ ",
    " đến mọi ",
    " tới mọi ",
    " đến đông đảo ",
    " mới được ",
    " được ban hành",
    " diễn ra",
    " thì ",
    " mà ",
    " nhưng ",
    " có gì ",
];

/// Does a purpose ("để …", "nhằm …") at the start of `rest` end the title `so_far`? The purpose of an action
/// or a measure is part of its subject ("việc thiết lập vùng cách ly … để phòng chống dịch", "những nhiệm vụ,
/// giải pháp chủ yếu để cải thiện môi trường kinh doanh", "cơ chế, chính sách hỗ trợ … để khôi phục sản
/// xuất"); after a law's or an offence's name, or a subject of one or two words, it is the sentence's ("Luật
/// Thi hành án hình sự để báo cáo Thủ tướng", "tội rửa tiền để chấm dứt …", "rà soát để giảm chi phí"), or
/// after a quoted name (`Đề án "…" nhằm mục tiêu …`).
fn purpose_ends(so_far: &str, rest: &str) -> bool {
    if !(rest.starts_with(" để ") || rest.starts_with(" nhằm ")) {
        return false;
    }
    let named = ["Luật ", "luật ", "Bộ luật ", "bộ luật ", "tội ", "Tội "].iter().any(|w| so_far.starts_with(w));
    named || so_far.ends_with('"') || so_far.split(' ').count() <= 2
}

/// Words after which a quoted name belongs to a title: `phê duyệt Đề án "Giáo dục hướng nghiệp …"`.
const QUOTED_AFTER: &[&str] = &[
    "Đề án ",
    "đề án ",
    "Chương trình ",
    "chương trình ",
    "Dự án ",
    "dự án ",
    "Kế hoạch ",
    "kế hoạch ",
    "cuộc vận động ",
    "Cuộc vận động ",
    "phong trào ",
    "Phong trào ",
    "chủ đề ",
    "chuyên đề ",
];

/// Person titles of `org_words.tsv`, and "đại biểu": before a name, they start a new clause after a comma
/// (", đại biểu Đặng Thuần Phong cho rằng …").
static PERSON_TITLES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut titles = lexicon::keys_with_role(lexicon::ORG_WORDS, "title");
    titles.push("đại biểu");
    titles
});

/// Surnames of `org_words.tsv`: the first word of a person's name.
static SURNAMES: LazyLock<Vec<&'static str>> = LazyLock::new(|| lexicon::keys_with_role(lexicon::ORG_WORDS, "surname"));

/// `seg` starts with a person's title and then a name: a surname and a capitalised word (", đại biểu Đặng
/// Thuần Phong", not ", Ủy viên Ban Bí thư").
fn person_named(seg: &str) -> bool {
    let low = crate::chars::lower_same_len(crate::text::window_after(seg, 0, 48));
    PERSON_TITLES.iter().any(|t| {
        low.strip_prefix(t).and_then(|r| r.strip_prefix(' ')).is_some_and(|_| {
            let mut names = seg[t.len() + 1..].split(' ');
            let surname = names.next().is_some_and(|w| SURNAMES.contains(&crate::chars::lower_same_len(w).as_str()));
            surname && names.next().is_some_and(|w| w.starts_with(crate::chars::is_uppercase))
        })
    })
}

/// Verbs whose subject is a body named right before them ("Bộ Chính trị đưa ra").
const BODY_VERBS: &[&str] = &[
    "đưa ra",
    "ban hành",
    "đề ra",
    "yêu cầu",
    "chỉ đạo",
    "nhấn mạnh",
    "khẳng định",
    "đã",
    "sẽ",
    "vừa",
    "nêu rõ",
    "thông qua",
    "thông báo",
    "cho biết",
    "phê duyệt",
    "công bố",
    "phát động",
];

/// Does `r` (after "của") start with a body's capitalised name and then the sentence's verb: "… của Chính
/// phủ đã thể hiện …"? Not a verb that may be the title's ("… chức năng của Bộ Công Thương trình Chính phủ").
fn issuer_then_verb(r: &str) -> bool {
    let Some(e) = r.starts_with(crate::chars::is_uppercase).then(|| issuer_end(r, 0)).flatten() else { return false };
    let tail = r[e..].trim_start_matches(' ');
    ["đã", "sẽ", "vừa", "đang"].iter().any(|v| starts_with_word(tail, v))
}

/// Does `r` start with a body's capitalised name (with the place words of a name: "UBND tỉnh An Giang") and
/// right after it a verb of `BODY_VERBS`: "Quốc hội thông qua", "Bộ Công Thương trình"?
fn body_then_verb(r: &str) -> bool {
    if !r.starts_with(crate::chars::is_uppercase) {
        return false;
    }
    let Some(e) = issuer_end(r, 0) else { return false };
    let tail = r[e..].trim_start_matches(' ');
    BODY_VERBS.iter().chain(&["trình"]).any(|v| starts_with_word(tail, v))
}

/// Does `r` (after "ngày") start a signing date that ends the title before it: a day, then "của" and the
/// issuer, or a day with its year and the end of the clause ("… ngày 18.7.2014 của UBND tỉnh An Giang",
/// "… ngày 20/7/2012.")? Not a day named in the title ("kỷ niệm ngày 30/4 năm nay", "gửi … trước ngày 31/8
/// của năm báo cáo"), nor the date of a document cited in it ("… của Nghị định số 42/2014/NĐ-CP ngày 14 tháng 5
/// năm 2014 của Chính phủ").
fn signing_date(so_far: &str, r: &str) -> bool {
    let prev = so_far.rsplit(' ').next().unwrap_or("");
    if prev.contains(|c: char| c.is_ascii_digit())
        || ["trước", "sau", "từ", "đến", "tới", "niệm", "dịp", "hết", "hạn", "đầu", "cuối"].contains(&prev)
    {
        return false;
    }
    let Some((n, d)) = super::date::parse_date_at(r, None) else { return false };
    if d.grain != Some(crate::output::Grain::Day) {
        return false;
    }
    let after = &r[n..];
    after.strip_prefix(" của ").is_some_and(|x| x.starts_with(crate::chars::is_uppercase))
        || d.value.as_deref().is_some_and(|v| !v.starts_with('-'))
            && (after.is_empty() || after.starts_with([',', '.', ';', '\n']))
}

/// Does `rest` (inside a title, after `so_far`) start a body that is the subject of a new clause: a
/// capitalised body word (any capitalised word with `any_name`, after a comma) not after a preposition,
/// then a verb within a few words?
fn subject_of_clause(so_far: &str, rest: &str, any_name: bool) -> bool {
    let first = rest.split(' ').next().unwrap_or("");
    if !(any_name || CLAUSE_SUBJECTS.contains(&first)) || !first.starts_with(crate::chars::is_uppercase) {
        return false;
    }
    let prev = so_far.rsplit(' ').next().unwrap_or("");
    if ["của", "và", "với", "cho", "tại", "đối", "giữa", "thuộc", "trong", "do", "bởi", "từ", "theo", "về", "được"]
        .contains(&prev)
    {
        return false;
    }
    body_verb_after_first(rest, 10)
}

/// Does a verb of [`BODY_VERBS`] start one of the words after the first of the first `max_words` words of
/// `r` (the verb read within those words)?
fn body_verb_after_first(r: &str, max_words: usize) -> bool {
    // The end of the `max_words`-th word: the verb must end by then.
    let end = r.match_indices(' ').nth(max_words.max(1) - 1).map_or(r.len(), |(i, _)| i);
    let r = &r[..end];
    r.match_indices(' ').any(|(i, _)| BODY_VERBS.iter().any(|v| starts_with_word(&r[i + 1..], v)))
}

/// Does the text after a comma start a new clause rather than continue the title `so_far`?
fn new_clause(so_far: &str, after: &str) -> bool {
    // A decimal comma: "thu hồi 50,89 ha", "nồng độ không quá 0,01%".
    if so_far.ends_with(|c: char| c.is_ascii_digit()) && after.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let Some(a) = after.strip_prefix(' ') else { return true };
    if a.starts_with(|c: char| c.is_ascii_digit())
        || starts_with_type_word(a) && a.starts_with(crate::chars::is_uppercase)
    {
        return true;
    }
    // Set phrases that a comma does not break: "sửa đổi, bổ sung", "công nghiệp hóa, hiện đại hóa", "lãnh
    // đạo, chỉ đạo"; the horizon or period of a plan: "…, định hướng đến năm 2020", "…, tầm nhìn đến năm
    // 2045", "…, giai đoạn 2021-2025".
    let period = ["giai đoạn ", "thời kỳ "]
        .iter()
        .any(|w| a.strip_prefix(w).is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit())));
    if period
        || ["bổ sung", "hiện đại hóa", "định hướng đến ", "tầm nhìn đến ", "tầm nhìn "].iter().any(|x| a.starts_with(x))
        || so_far.ends_with("lãnh đạo") && a.starts_with("chỉ đạo")
    {
        return false;
    }
    // The segment up to the next stop, or to a conjunction that opens the next clause ("… nhưng …").
    let seg_end = a.find([',', ';', '.', ':', '\n']).unwrap_or(a.len());
    let seg_end = [" nhưng ", " thì ", " mà "].iter().filter_map(|w| a[..seg_end].find(w)).min().unwrap_or(seg_end);
    let seg = &a[..seg_end];
    let first = seg.split(' ').next().unwrap_or("");
    let words: Vec<&str> = seg.split(' ').collect();
    let has_verb = || CLAUSE_VERBS.iter().any(|v| words.contains(v)) || body_verb_after_first(seg, words.len());
    // A list of bodies goes on: "… của Quốc hội, Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc": a body after
    // a capitalised name, with no verb after it. A person's office after their name is theirs: "việc bổ
    // nhiệm Tiến sĩ Đỗ Anh Dũng, Trưởng phòng Kiểm định …".
    let named_before = so_far.rsplit(' ').take(3).any(|w| w.starts_with(crate::chars::is_uppercase));
    if CLAUSE_SUBJECTS[..CLAUSE_BODIES].contains(&first) && named_before && !has_verb() {
        return false;
    }
    if ends_with_person(so_far) && starts_with_person_title(seg) && !has_verb() {
        return false;
    }
    // A body or person as the subject of a new clause: ", Ban Chấp hành Trung ương làm việc …", ", GS.TSKH
    // Nguyễn Đình Đức - Trưởng ban …"; a heading in capitals: ", QUYẾT ĐỊNH:".
    if CLAUSE_SUBJECTS.contains(&first) || subject_of_clause("", seg, true) || person_named(seg) {
        return true;
    }
    if ["GS.", "PGS.", "TS.", "ThS.", "Ths.", "BS.", "KTS.", "NSND", "NSƯT"].iter().any(|t| a.starts_with(t))
        || seg
            .split(' ')
            .take(2)
            .filter(|w| w.chars().count() >= 3 && w.chars().all(crate::chars::is_uppercase))
            .count()
            == 2
    {
        return true;
    }
    // Words that start a clause, but the nouns they also start ("trình tự, thủ tục", "làm giàu từ biển").
    let noun = ["trình tự", "làm giàu", "đồng bộ", "chỉ tiêu", "chỉ số"].iter().any(|n| starts_with_word(seg, n));
    if !noun && CLAUSE_START.contains(&first)
        || ["trước khi", "trước đó", "trước tình hình", "trường hợp"].iter().any(|p| seg.starts_with(p))
    {
        return true;
    }
    // A list goes on ("cán bộ, công chức, viên chức và người hưởng lương … ở vùng có điều kiện …"): a verb
    // only after its "và" belongs to the last item or to the sentence, which other stops end. "có", "bị" and
    // "được" further on qualify a noun ("… sản xuất vùng bị thiệt hại").
    // After an adverb they are the verb: "… mỹ nghệ chỉ được cấp phép", "tòa án hoàn toàn có khả năng".
    let verb = |k: usize| {
        CLAUSE_VERBS.contains(&words[k])
            && (words.len() < 4 || !WEAK_VERBS.contains(&words[k]) || k > 0 && ADVERBS.contains(&words[k - 1]))
    };
    match (0..words.len()).find(|&k| verb(k)) {
        Some(v) => !words[..v].contains(&"và"),
        None => words.iter().take(3).position(|w| WEAK_VERBS.contains(w)).is_some_and(|v| !words[..v].contains(&"và")),
    }
}

/// Verbs of [`CLAUSE_VERBS`] that also qualify a noun: only near the start of a segment do they make it a
/// clause.
const WEAK_VERBS: &[&str] = &["có", "bị", "được"];

/// Adverbs before a verb.
const ADVERBS: &[&str] = &["chỉ", "không", "chưa", "cũng", "vẫn", "đều", "toàn", "luôn", "còn", "đã", "sẽ", "đang"];

/// Does `so_far` end with a person's name: a surname of `org_words.tsv` and capitalised words after it?
fn ends_with_person(so_far: &str) -> bool {
    let words: Vec<&str> = so_far.rsplit(' ').take(4).collect();
    (1..words.len()).any(|k| {
        words[..k].iter().all(|w| w.starts_with(crate::chars::is_uppercase))
            && SURNAMES.contains(&crate::chars::lower_same_len(words[k]).as_str())
            && words[k].starts_with(crate::chars::is_uppercase)
    })
}

/// Does `seg` start with a person's title of `org_words.tsv` ("Trưởng phòng …", "Phó Giám đốc …")?
fn starts_with_person_title(seg: &str) -> bool {
    let low = crate::chars::lower_same_len(crate::text::window_after(seg, 0, 32));
    seg.starts_with(crate::chars::is_uppercase) && PERSON_TITLES.iter().any(|t| starts_with_word(&low, t))
}

/// The length of an acronym in brackets at the start of `r`: "(ATIGA)", "(TT&TT)", "(CNĐKNH)".
fn acronym_in_brackets(r: &str) -> Option<usize> {
    let inner = r.strip_prefix('(')?;
    let close = inner.find(')')?;
    let a = &inner[..close];
    let ok = (2..=12).contains(&a.chars().count())
        && a.chars().all(|c| crate::chars::is_uppercase(c) || c.is_ascii_digit() || c == '&' || c == '-')
        && a.chars().filter(|&c| crate::chars::is_uppercase(c)).count() >= 2;
    ok.then_some(close + 2)
}

// ---------------------------------------------------------------------------------------------------
// Short ids, overlaps
// ---------------------------------------------------------------------------------------------------

/// Gives a short reference ("Nghị định 67") the full id of the one full reference of the same type and
/// number in the article ("67/2014/NĐ-CP").
fn resolve_short_ids(cands: &mut [Cand]) {
    let full: Vec<(Option<String>, String, Option<String>, DirectiveItem)> = cands
        .iter()
        .filter(|c| c.strength == Strength::Strong)
        .filter_map(|c| {
            let n = c.item.number.as_deref()?.trim_start_matches('0').to_string();
            Some((c.item.doc_type.clone(), n, c.item.year.clone(), c.item.clone()))
        })
        .collect();
    for c in cands.iter_mut().filter(|c| c.short) {
        let n = c.item.number.as_deref().unwrap_or("").trim_start_matches('0').to_string();
        let mut found: Vec<&DirectiveItem> = full
            .iter()
            .filter(|(t, fnum, y, _)| {
                *fnum == n
                    && (t.is_none() || c.item.doc_type.is_none() || *t == c.item.doc_type)
                    && (c.item.year.is_none() || *y == c.item.year)
            })
            .map(|(_, _, _, it)| it)
            .collect();
        found.dedup_by(|a, b| a.key == b.key);
        let mut ids: Vec<&Option<String>> = found.iter().map(|it| &it.key).collect();
        ids.sort();
        ids.dedup();
        if ids.len() == 1 {
            let f = found[0];
            c.item.id = f.id.clone();
            c.item.key = f.key.clone();
            c.item.year = f.year.clone();
            c.item.code = f.code.clone();
            c.item.issuer_from_code = f.issuer_from_code.clone();
            if c.item.doc_type.is_none() {
                c.item.doc_type = f.doc_type.clone();
            }
        }
    }
}

/// Leftmost-longest among the candidates; weak named ones inside another item's title are dropped.
fn select(mut cands: Vec<Cand>) -> Vec<Cand> {
    let titles: Vec<(usize, usize)> = cands.iter().filter_map(|c| c.title_span).collect();
    cands.retain(|c| c.strength != Strength::Weak || !titles.iter().any(|&(s, e)| s <= c.start && c.start < e));
    cands.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(b.strength.cmp(&a.strength)));
    super::keep_first_of_overlaps(&mut cands, |c| (c.start, c.end));
    cands
}

/// Verbs whose object is a document, and prepositions that lead to one ("… khen thưởng học sinh theo Thông
/// tư 30/2014/TT-BGDĐT", "… quy định tại Nghị định …"): a reference right after them belongs to the title it
/// is in.
const ACTS_ON: &[&str] = &[
    "phê duyệt",
    "ban hành",
    "thi hành",
    "triển khai",
    "sửa đổi",
    "bổ sung",
    "bãi bỏ",
    "thay thế",
    "điều chỉnh",
    "một số điều của",
    "thực hiện",
    "hướng dẫn",
    "theo",
    "tại",
    "của",
];

/// A title ends where another reference starts: "… về X và Quy định số 114-QĐ/TW …" has title "X".
/// `kept` is sorted by start.
fn cut_titles(text: &str, kept: &mut [Cand]) {
    for i in 0..kept.len() {
        let Some((ts, te)) = kept[i].title_span else { continue };
        let Some(next) = kept[i + 1..].iter().map(|c| c.start).find(|&s| s > ts && s < te) else { continue };
        // "về việc phê duyệt Đề án …", "hướng dẫn thi hành Nghị định …": the document acted on is part of
        // the title.
        if ACTS_ON.iter().any(|v| text[ts..next].strip_suffix(' ').is_some_and(|b| b.ends_with(v))) {
            continue;
        }
        let cut = text[ts..next].trim_end_matches([' ', ',', ';']);
        let cut = cut.strip_suffix(" và").or_else(|| cut.strip_suffix(" và các")).unwrap_or(cut).trim_end();
        let c = &mut kept[i];
        if cut.is_empty() {
            c.item.title = None;
            c.title_span = None;
        } else {
            c.item.title = Some(cut.to_string());
            c.title_span = Some((ts, ts + cut.len()));
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// Characters
// ---------------------------------------------------------------------------------------------------

fn is_word_char(c: char) -> bool {
    crate::chars::is_alphanumeric(c) || c == '_'
}

/// Does `r` start with the whole word or words `w` ("đưa ra", not "đưa rao")?
fn starts_with_word(r: &str, w: &str) -> bool {
    r.starts_with(w) && !r[w.len()..].starts_with(is_word_char)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<(String, DirectiveItem)> {
        let doc = Doc::new(text, None);
        let mut out = Vec::new();
        Directives.extract(&doc, &mut out);
        out.into_iter()
            .map(|e| (text[e.start..e.end].to_string(), e.get::<DirectiveItem>().expect("directives only").clone()))
            .collect()
    }

    /// (span text, id, type)
    type Want = (&'static str, Option<&'static str>, &'static str);

    /// (sentence, [(span text, id, type)]).
    /// The table of cases that "Directives II" was filed with, one row each.
    #[test]
    fn directives_ii_table() {
        let one = |text: &str| {
            let got = run(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            got.into_iter().next().unwrap()
        };
        // Two laws by name, the year on the second.
        let got = run("Luật quản lý ngoại thương; Luật sở hữu trí tuệ năm 2005");
        let laws: Vec<_> = got.iter().map(|(_, d)| (d.law.as_deref(), d.year.as_deref())).collect();
        assert_eq!(laws, [(Some("Luật Quản lý ngoại thương"), None), (Some("Luật Sở hữu trí tuệ"), Some("2005"))]);
        // A draft, its subject the title.
        let (t, d) = one("Họ góp ý dự thảo Nghị quyết về thí điểm cấp phép.");
        assert_eq!((t.as_str(), d.draft, d.title.as_deref()), ("Nghị quyết", true, Some("thí điểm cấp phép")));
        // A spaced code, then its date and issuer.
        let (_, d) = one("Quyết định số 468 - QĐ/VC- ĐT ngày 3/5/2019 của Viện Chiến lược");
        assert_eq!(d.id.as_deref(), Some("468-QĐ/VC-ĐT"));
        assert_eq!((d.date.as_deref(), d.issuer.as_deref()), (Some("2019-05-03"), Some("Viện Chiến lược")));
        // TƯ as written, TW in the key.
        let (_, d) = one("Nghị quyết 36-NQ/TƯ");
        assert_eq!((d.id.as_deref(), d.key.as_deref()), (Some("36-NQ/TƯ"), Some("36-NQ/TW")));
        // The sentence's verb is no title.
        let (_, d) = one("Hiến pháp năm 2013 quy định rõ");
        assert_eq!((d.doc_type.as_deref(), d.title.as_deref()), (Some("Hiến pháp"), None));
        assert_eq!((d.law.as_deref(), d.year.as_deref()), (Some("Hiến pháp"), Some("2013")));
        // An article cited at the start of a line.
        let (_, d) = one("Mức phạt mới.\nĐiều 8 Nghị định 100/2019/NĐ-CP quy định mức phạt");
        assert_eq!(d.article.as_deref(), Some("8"));
        // The article cited; what it rules is no title.
        let (_, d) = one("Điều 8 Nghị định 100/2019/NĐ-CP quy định mức phạt");
        assert_eq!((d.article.as_deref(), d.title.as_deref()), (Some("8"), None));
        // Clause and article of a code, its year.
        let (_, d) = one("khoản 2 Điều 321 Bộ luật Hình sự năm 2015");
        assert_eq!(
            (d.article.as_deref(), d.clause.as_deref(), d.year.as_deref()),
            (Some("321"), Some("2"), Some("2015"))
        );
        assert_eq!(d.law.as_deref(), Some("Bộ luật Hình sự"));
        let (_, d) = one("Theo điểm a khoản 2 Điều 321 Bộ luật Hình sự.");
        assert_eq!(d.point.as_deref(), Some("a"));
        // The title ends before the next clause.
        let (_, d) = one("Chỉ thị 11-CT/TW về xã hội học tập Bộ Chính trị đưa ra");
        assert_eq!(d.title.as_deref(), Some("xã hội học tập"));
        // "của" and a common noun phrase: no issuer.
        let (_, d) = one("Thông tư 41 của Ngân hàng hợp nhất");
        assert_eq!(d.issuer, None);
        // A number before an ellipsis ends there.
        let (t, d) = one("chi sai chế độ theo quy định tại Nghị định 116… Về kinh phí");
        assert_eq!((t.as_str(), d.id.as_deref()), ("Nghị định 116", Some("116")));
        // TU: the issuer written beside it decides, else both.
        let (_, d) = one("Chương trình 03-CTr/TU của Thành ủy Hà Nội");
        assert_eq!((d.issuer.as_deref(), d.issuer_from_code.as_deref()), (Some("Thành ủy Hà Nội"), Some("Thành ủy")));
        let (_, d) = one("Theo Kế hoạch số 31-KH/TU, tỉnh làm.");
        assert_eq!(d.issuer_from_code.as_deref(), Some("Tỉnh ủy hoặc Thành ủy"));
        // A bill is a draft too; a draft's content after a bare type word is no reference.
        let (_, d) = one("Quốc hội thảo luận dự án Luật Quy hoạch đô thị và nông thôn.");
        assert!(d.draft);
        assert!(run("Vì vậy, dự thảo Luật quy định Quốc hội quyết định các chỉ tiêu an toàn nợ công.").is_empty());
        // A list of bills; an amending law and the law it amends.
        let got =
            run("Quốc hội sẽ thông qua 11 dự án luật gồm: Luật Cạnh tranh (sửa đổi); Luật An ninh mạng và Luật Nhà ở.");
        assert_eq!(got.iter().map(|(_, d)| d.draft).collect::<Vec<_>>(), [true, true, true]);
        let (_, d) =
            one("Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng năm 2008.");
        assert_eq!((d.amends.as_deref(), d.year.as_deref()), (Some("Luật Thuế giá trị gia tăng"), None));
        // Titles end at the sentence's verb, at who held it, at a person named after a comma; a document
        // acted on is part of the title.
        let title = |s: &str| run(s).into_iter().next().and_then(|(_, d)| d.title);
        assert_eq!(
            title(
                "Kết luận số 12/KL-TTr về kiểm tra công tác phòng, chống tham nhũng tại đơn vị cho thấy nhiều sai phạm."
            )
            .as_deref(),
            Some("kiểm tra công tác phòng, chống tham nhũng tại đơn vị")
        );
        assert_eq!(
            title("Hội thảo về Nghị định 67/2014/NĐ-CP về một số chính sách thủy sản do Bộ NN&PTNT tổ chức ngày 9-6.")
                .as_deref(),
            Some("một số chính sách thủy sản")
        );
        assert_eq!(
            title("Quốc hội thông qua Nghị quyết 94/2015/QH13 về chủ trương đầu tư Dự án Cảng hàng không quốc tế Long Thành, đại biểu Đặng Thuần Phong cho biết.").as_deref(),
            Some("chủ trương đầu tư Dự án Cảng hàng không quốc tế Long Thành")
        );
        assert_eq!(
            title("Theo Quyết định số 522/QĐ-TTg về việc phê duyệt Đề án \"Giáo dục hướng nghiệp giai đoạn 2018-2025\" nhằm mục tiêu.").as_deref(),
            Some("việc phê duyệt Đề án \"Giáo dục hướng nghiệp giai đoạn 2018-2025\"")
        );
        // An unnumbered, untitled Đề án is no reference.
        assert!(run("Tỉnh phê duyệt Đề án làm căn cứ để triển khai.").is_empty());
    }

    /// Codes by abbreviation, a code part "TTr", titles ending at the next clause's subject or issuer.
    #[test]
    fn abbreviations_code_parts_and_title_ends() {
        let got = run("Hành vi này bị xử lý theo khoản 4 Điều 133 BLHS năm 2015 hiện hành.");
        let d = &got[0].1;
        assert_eq!(
            (got[0].0.as_str(), d.law.as_deref(), d.year.as_deref()),
            ("BLHS năm 2015", Some("Bộ luật Hình sự"), Some("2015"))
        );
        assert_eq!((d.article.as_deref(), d.clause.as_deref()), (Some("133"), Some("4")));
        let got = run("Theo Quyết định 100/QĐ - TTr của Thanh tra tỉnh thì đúng.");
        assert_eq!(got[0].1.id.as_deref(), Some("100/QĐ-TTr"));
        let got = run(
            "Căn cứ Thông tư 27/2011/TT-BTTTT về điều phối các hoạt động ứng cứu sự cố mạng, Trung tâm VNCERT yêu cầu các đơn vị làm ngay.",
        );
        assert_eq!(got[0].1.title.as_deref(), Some("điều phối các hoạt động ứng cứu sự cố mạng"));
        let got = run(
            "Theo Nghị định số 46/2016/NĐ-CP quy định xử phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ do Chính phủ vừa mới ban hành, bắt đầu từ 1-1-2017.",
        );
        assert_eq!(got[0].1.title.as_deref(), Some("xử phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ"));
    }

    /// The issuer after the subject, ordinances, a bill "sửa đổi".
    #[test]
    fn issuer_by_ordinance_and_amending_bill() {
        let got = run(
            "Theo Thông tư số 22/2014 về Quy hoạch kho số viễn thông do Bộ Thông tin và Truyền thông (TT&TT) ban hành.",
        );
        assert_eq!(got[0].1.issuer.as_deref(), Some("Bộ Thông tin và Truyền thông"));
        assert_eq!(got[0].1.title.as_deref(), Some("Quy hoạch kho số viễn thông"));
        let got = run("Họ hướng dẫn thực hiện pháp lệnh quảng cáo và nghị quyết khác.");
        assert_eq!(got[0].1.law.as_deref(), Some("Pháp lệnh Quảng cáo"));
        let got = run("Họ nghe dự thảo Luật Quốc phòng sửa đổi; rồi nghỉ.");
        assert_eq!((got[0].0.as_str(), got[0].1.draft), ("Luật Quốc phòng sửa đổi", true));
    }

    /// Treaties by their capitalised name; the law in a convention's subject is not a law cited.
    #[test]
    fn treaties() {
        let got = run(
            "Việt Nam sắp ký Hiệp định Thương mại tự do (EVFTA) với EU, sau khi Mỹ rút khỏi Hiệp định Paris về biến đổi khí hậu.",
        );
        let names: Vec<_> = got.iter().map(|(t, d)| (t.as_str(), d.doc_type.as_deref())).collect();
        assert_eq!(names, [("Hiệp định Thương mại tự do", Some("Hiệp định")), ("Hiệp định Paris", Some("Hiệp định"))]);
        assert_eq!(got[1].1.title.as_deref(), Some("biến đổi khí hậu"));
        let got = run("Các bên tôn trọng Công ước của Liên Hợp Quốc về Luật Biển năm 1982 (UNCLOS).");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!((got[0].0.as_str(), got[0].1.doc_type.as_deref()), ("Công ước của Liên Hợp Quốc", Some("Công ước")));
        assert!(run("Đây là hiệp định thương mại tự do thế hệ mới; Hiệp định này có hiệu lực.").is_empty());
    }

    /// Where an unquoted title ends, and where it goes on.
    #[test]
    fn title_ends() {
        let title = |text: &str| run(text).into_iter().next().and_then(|(_, d)| d.title);
        let cases = [
            ("Mức tối thiểu theo Nghị định 100/2015/NĐ-CP về quản lý nhà ở xã hội là 25 m2.", "quản lý nhà ở xã hội"),
            (
                "Bộ soạn Nghị định thay Nghị định 95/2012/NĐ-CP quy định chức năng của Bộ Công Thương trình Chính phủ.",
                "chức năng của Bộ Công Thương",
            ),
            (
                "Nghị định 34 của Chính phủ quy định về việc xử lý kỷ luật cán bộ, công chức và quy định của Tỉnh ủy về tiêu chuẩn.",
                "việc xử lý kỷ luật cán bộ, công chức",
            ),
            (
                "Theo Nghị định số 129/2016/NĐ-CP về biểu thuế thực hiện Hiệp định thương mại hàng hóa ASEAN (ATIGA) giai đoạn 2016 - 2018.",
                "biểu thuế thực hiện Hiệp định thương mại hàng hóa ASEAN (ATIGA) giai đoạn 2016 - 2018",
            ),
            (
                "Nghị định số 116/2010/NĐ-CP về chính sách đối với cán bộ, công chức, viên chức và người công tác ở vùng có điều kiện khó khăn.",
                "chính sách đối với cán bộ, công chức, viên chức và người công tác ở vùng có điều kiện khó khăn",
            ),
            (
                "Quy định 08-QĐi/TW về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy viên Bộ Chính trị.",
                "trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy viên Bộ Chính trị",
            ),
            // The purpose a numbered document is issued for.
            (
                "Thủ tướng đã ký tại chỗ Chỉ thị số 20 nhằm tránh tình trạng thanh, kiểm tra chồng chéo với doanh nghiệp.",
                "tránh tình trạng thanh, kiểm tra chồng chéo với doanh nghiệp",
            ),
            // The verb of the sentence, or a conjunction that opens the next clause.
            (
                "Khi Chỉ thị 40-CT/TW về tăng cường sự lãnh đạo của Đảng đối với tín dụng chính sách xã hội mới được ban hành, nhiều nơi lo.",
                "tăng cường sự lãnh đạo của Đảng đối với tín dụng chính sách xã hội",
            ),
            ("Nghị định 03/2017 về kinh doanh casino được ban hành tháng 1.", "kinh doanh casino"),
            (
                "Theo Nghị định 78/2015/NĐ-CP về đăng ký doanh nghiệp thì doanh nghiệp phải khai báo.",
                "đăng ký doanh nghiệp",
            ),
            (
                "Văn bản số 571/VPCP-KTTH về bồi thường cho người dân mà Công ty Formosa phải trả đã ban hành.",
                "bồi thường cho người dân",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(title(text).as_deref(), Some(want), "{text}");
        }
        // The sentence's verb before a colon; a body and its verb after "và" or "được"; a person's academic
        // title or a heading in capitals after a comma; the signing date and issuer after the title.
        let cases = [
            (
                "Điều 23 Nghị định 57/2012/NĐ-CP ngày 20/7/2012 về chế độ tài chính đối với tổ chức tín dụng quy định: \"Việc\".",
                "chế độ tài chính đối với tổ chức tín dụng",
            ),
            (
                "Ban Bí thư ban hành Chỉ thị số 10-CT/TW về tăng cường sự lãnh đạo của Đảng và Quốc hội thông qua Nghị quyết số 32/2016/QH14.",
                "tăng cường sự lãnh đạo của Đảng",
            ),
            (
                "Tờ trình nghị định về hàng hóa độc quyền nhà nước được Bộ Công Thương trình Chính phủ.",
                "hàng hóa độc quyền nhà nước",
            ),
            (
                "Trình bày dự thảo Quy định về đào tạo nguồn nhân lực tài năng, GS.TSKH Nguyễn Đình Đức cho biết.",
                "đào tạo nguồn nhân lực tài năng",
            ),
            ("theo Tờ trình số 60/TTr-CT về việc bãi bỏ bảng giá, QUYẾT ĐỊNH: Điều 1.", "việc bãi bỏ bảng giá"),
            (
                "Nghị định 06/2017/NĐ-CP về kinh doanh đặt cược quy định rõ mức đặt cược tối thiểu.",
                "kinh doanh đặt cược",
            ),
            ("Nghị định về quản lý lễ hội góp phần chấn chỉnh mặt trái.", "quản lý lễ hội"),
            ("Thông tư 07 về bảo lãnh ngân hàng - có hiệu lực từ ngày 9-8.", "bảo lãnh ngân hàng"),
            (
                "Theo quyết định số 1107/QĐ-UBND phê duyệt cho vay dự án cá tra ngày 18.7.2014 của UBND tỉnh An Giang, đơn vị.",
                "phê duyệt cho vay dự án cá tra",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(title(text).as_deref(), Some(want), "{text}");
        }
        // What a comma does not end: a decimal comma, the horizon of a plan, a list of nouns whose words also
        // start clauses, an office after a person's name, a list of bodies; the purpose of an action or a
        // measure, but not of a law or an offence.
        let commas = [
            (
                "Quyết định số 45 về việc thu hồi 50,89 ha đất của công ty. Ông Minh cho biết.",
                "việc thu hồi 50,89 ha đất của công ty",
            ),
            (
                "Nghị quyết 19 về cải thiện môi trường kinh doanh năm 2017, định hướng đến năm 2020 của Chính phủ đã thể hiện quyết tâm.",
                "cải thiện môi trường kinh doanh năm 2017, định hướng đến năm 2020",
            ),
            (
                "Nghị định 61/2016/NĐ-CP quy định thẩm quyền, trình tự, thủ tục lập, phê duyệt quy hoạch di tích.",
                "thẩm quyền, trình tự, thủ tục lập, phê duyệt quy hoạch di tích",
            ),
            (
                "Quyết định số 1395/QĐ-BGDĐT về việc bổ nhiệm Tiến sĩ Đỗ Anh Dũng, Trưởng phòng Kiểm định chất lượng giáo dục.",
                "việc bổ nhiệm Tiến sĩ Đỗ Anh Dũng, Trưởng phòng Kiểm định chất lượng giáo dục",
            ),
            (
                "Nghị quyết 334 về hoạt động giám sát của Quốc hội, Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc.",
                "hoạt động giám sát của Quốc hội, Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc",
            ),
            (
                "Nghị định 02/2017/NĐ-CP về cơ chế, chính sách hỗ trợ sản xuất nông nghiệp để khôi phục sản xuất vùng bị thiệt hại do thiên tai, với mức 2 triệu đồng/ha.",
                "cơ chế, chính sách hỗ trợ sản xuất nông nghiệp để khôi phục sản xuất vùng bị thiệt hại do thiên tai",
            ),
            (
                "Chỉ thị 25/CT-TTg về một số nhiệm vụ, giải pháp cấp bách nhằm bảo vệ môi trường.",
                "một số nhiệm vụ, giải pháp cấp bách nhằm bảo vệ môi trường",
            ),
            (
                "Bộ đang soạn dự án Luật sửa đổi Luật Thi hành án hình sự để báo cáo Thủ tướng.",
                "Luật Thi hành án hình sự",
            ),
            (
                "Nghị định 24/2012/NĐ-CP về quản lý hoạt động kinh doanh vàng, việc kinh doanh vàng trang sức, mỹ nghệ chỉ được cấp phép cho doanh nghiệp.",
                "quản lý hoạt động kinh doanh vàng, việc kinh doanh vàng trang sức",
            ),
        ];
        for (text, want) in commas {
            assert_eq!(title(text).as_deref(), Some(want), "{text}");
        }
        // "hướng dẫn" is part of the subject; a number in parentheses, then the subject; "ngày" glued to the
        // code; "quy định" after an article cited is the article's verb; the words between a decision's type
        // word and its number; "nhỏ và vừa" in a law's name.
        let more = [
            ("Nghị định 193/2013 hướng dẫn thi hành Luật HTX đã rõ.", "hướng dẫn thi hành Luật HTX"),
            (
                "Theo Kết luận thanh tra (số 825/KL-SYT ngày 1/7/2014) về thanh tra việc liên doanh tại bệnh viện.",
                "thanh tra việc liên doanh tại bệnh viện",
            ),
            (
                "Theo Điều 4 Thông tư số 24/2014/TT-BNNPTNTngày 19/8/2014 của Bộ Nông nghiệp về điều kiện chợ đầu mối.",
                "điều kiện chợ đầu mối",
            ),
            (
                "Điều 15 Thông tư số 41/2016/TT-BCA về quy trình đăng ký xe quy định \"Phương tiện\".",
                "quy trình đăng ký xe",
            ),
            ("Theo Quyết định khởi tố vụ án số 72/C 46 - P 13 ngày 26/12/2017.", "khởi tố vụ án"),
            ("Luật Hỗ trợ doanh nghiệp nhỏ và vừa có hiệu lực.", "Luật Hỗ trợ doanh nghiệp nhỏ và vừa"),
        ];
        for (text, want) in more {
            assert_eq!(title(text).as_deref(), Some(want), "{text}");
        }
        let got = run(cases.iter().find(|c| c.0.contains("cá tra")).expect("the case").0);
        assert_eq!(got[0].1.date.as_deref(), Some("2014-07-18"));
        assert_eq!(got[0].1.issuer.as_deref(), Some("UBND tỉnh An Giang"));
        // A day named in the title, a deadline, the date of a document cited in the title stay in it.
        let cases = [
            "Nghị quyết về việc kỷ niệm ngày 30/4 năm nay đã được ban hành.",
            "Nghị định số 87/2015/NĐ-CP về việc gửi báo cáo trước ngày 31/8 của năm báo cáo.",
            "Thông tư số 24/2014/TT-BCT về thi hành Nghị định số 42/2014/NĐ-CP ngày 14 tháng 5 năm 2014 của Chính phủ.",
        ];
        for text in cases {
            assert!(title(text).is_some_and(|t| t.contains(" ngày ")), "{text}: {:?}", title(text));
        }
    }

    /// `id` as written without spaces; `key` the same document however written.
    #[test]
    fn id_as_written_and_key_normalised() {
        for (text, id, key) in [
            ("Theo Nghị quyết 36-NQ/TƯ của Bộ Chính trị.", "36-NQ/TƯ", "36-NQ/TW"),
            ("Theo Nghị quyết 36-NQ/TW của Bộ Chính trị.", "36-NQ/TW", "36-NQ/TW"),
            ("Rà soát Quyết định số 3748 QĐ/TƯ kỹ.", "3748-QĐ/TƯ", "3748-QĐ/TW"),
            ("Đề cập trong Nghị quyết 29-NQ-TƯ rồi.", "29-NQ-TƯ", "29-NQ/TW"),
            ("Áp dụng quyết định số 123/Qđ-UBND ngay.", "123/Qđ-UBND", "123/QĐ-UBND"),
            ("Theo Nghị định 134/2016-NĐ-CP thì đúng.", "134/2016-NĐ-CP", "134/2016/NĐ-CP"),
            ("Gắn với Nghị quyết 23 - NQ/TW nhé.", "23-NQ/TW", "23-NQ/TW"),
        ] {
            let got = run(text);
            assert_eq!(got.len(), 1, "{text}");
            assert_eq!((got[0].1.id.as_deref(), got[0].1.key.as_deref()), (Some(id), Some(key)), "{text}");
        }
        // A later short mention takes the document's number as written there.
        let got = run("Nghị quyết 36-NQ/TƯ ra đời. Nghị quyết 36 nói rõ.");
        assert_eq!(got[1].1.id.as_deref(), Some("36-NQ/TƯ"));
        assert_eq!(got[1].1.key.as_deref(), Some("36-NQ/TW"));
    }

    #[test]
    fn references() {
        let rows: &[(&str, &[Want])] = &[
            ("Họ thực hiện Chỉ thị số 26-CT/TU rất tốt.", &[("Chỉ thị số 26-CT/TU", Some("26-CT/TU"), "Chỉ thị")]),
            ("Tiếp tục quán triệt Chỉ thị số 26- CT/TU.", &[("Chỉ thị số 26- CT/TU", Some("26-CT/TU"), "Chỉ thị")]),
            ("Gắn với Nghị quyết 23 - NQ/TW nhé.", &[("Nghị quyết 23 - NQ/TW", Some("23-NQ/TW"), "Nghị quyết")]),
            ("Rà soát Quyết định số 3748 QĐ/TƯ kỹ.", &[("Quyết định số 3748 QĐ/TƯ", Some("3748-QĐ/TƯ"), "Quyết định")]),
            ("Theo 67/2014/NĐ-CP thì khác.", &[("67/2014/NĐ-CP", Some("67/2014/NĐ-CP"), "Nghị định")]),
            (
                "Căn cứ Thông tư 01/2021/TT-BTC và các văn bản.",
                &[("Thông tư 01/2021/TT-BTC", Some("01/2021/TT-BTC"), "Thông tư")],
            ),
            ("Tại văn bản 456/BTC-CST gửi các tỉnh.", &[("văn bản 456/BTC-CST", Some("456/BTC-CST"), "Văn bản")]),
            ("Luật số 17/2008/QH12 được ban hành.", &[("Luật số 17/2008/QH12", Some("17/2008/QH12"), "Luật")]),
            (
                "Theo 20/2015/TTLT-BGDĐT-BNV mới.",
                &[("20/2015/TTLT-BGDĐT-BNV", Some("20/2015/TTLT-BGDĐT-BNV"), "Thông tư liên tịch")],
            ),
            (
                "Làm theo 36-NQ/TW và 12-KL/TW.",
                &[("36-NQ/TW", Some("36-NQ/TW"), "Nghị quyết"), ("12-KL/TW", Some("12-KL/TW"), "Kết luận")],
            ),
            (
                "Áp dụng quyết định số 123/Qđ-UBND ngay.",
                &[("quyết định số 123/Qđ-UBND", Some("123/Qđ-UBND"), "Quyết định")],
            ),
            (
                "Phổ biến Hiến pháp 2013, Luật Doanh nghiệp 2014 cho dân.",
                &[("Hiến pháp 2013", None, "Hiến pháp"), ("Luật Doanh nghiệp 2014", None, "Luật")],
            ),
            ("Vi phạm Bộ luật Hình sự.", &[("Bộ luật Hình sự", None, "Bộ luật")]),
            (
                "Ông bị kỷ luật số 25/QĐ-CĐ, không theo Luật số 17/2008/QH12.",
                &[("25/QĐ-CĐ", Some("25/QĐ-CĐ"), "Quyết định"), ("Luật số 17/2008/QH12", Some("17/2008/QH12"), "Luật")],
            ),
            ("Luật Sư Nguyễn Văn An và các luật sư khác có mặt.", &[]),
            ("Làm đúng Luật Đất đai năm 2013 và hướng dẫn.", &[("Luật Đất đai năm 2013", None, "Luật")]),
            (
                "Đang bàn Luật sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng năm 2013 tại kỳ họp.",
                &[("Luật sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng năm 2013", None, "Luật")],
            ),
            (
                "Đã ký Quyết định xử phạt vi phạm hành chính đối với ông A.",
                &[("Quyết định xử phạt vi phạm hành chính", None, "Quyết định")],
            ),
            ("Theo Nghị quyết Đại hội XII của Đảng, ta làm.", &[("Nghị quyết Đại hội XII", None, "Nghị quyết")]),
            // A congress's term closes its name; a place's capitalised word is no stop word ("Cần Thơ").
            (
                "Thực hiện Nghị quyết Đại hội Đảng bộ TP Cần Thơ nhiệm kỳ 2020-2025, thành phố phát triển.",
                &[("Nghị quyết Đại hội Đảng bộ TP Cần Thơ nhiệm kỳ 2020-2025", None, "Nghị quyết")],
            ),
            // A scheme in lower case named by its quoted title.
            (
                "Thủ tướng phê duyệt đề án \"Đẩy mạnh phong trào học tập suốt đời trong gia đình\" năm 2013.",
                &[("đề án \"Đẩy mạnh phong trào học tập suốt đời trong gia đình\"", None, "Đề án")],
            ),
            // The ordinal ends a congress's name, unless its body follows.
            (
                "Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ 16 phù hợp với thực tế.",
                &[("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ 16", None, "Nghị quyết")],
            ),
            (
                "và Nghị quyết Đại hội lần thứ XXI Đảng bộ thành phố trong năm tới.",
                &[("Nghị quyết Đại hội lần thứ XXI Đảng bộ thành phố", None, "Nghị quyết")],
            ),
            // A resolution named by the congress or meeting that passed it, after "của", or by its number.
            (
                "Gắn với Nghị quyết của Đại hội Đảng toàn quốc lần thứ XII, tập trung lãnh đạo.",
                &[("Nghị quyết của Đại hội Đảng toàn quốc lần thứ XII", None, "Nghị quyết")],
            ),
            ("Thực hiện Nghị quyết XII của Đảng với quyết tâm.", &[("Nghị quyết XII của Đảng", None, "Nghị quyết")]),
            ("Ta làm theo Nghị quyết của Hội đồng nhân dân tỉnh về giá.", &[]),
            // A law's name, its bill and its number.
            (
                "Luật Giáo dục đại học sửa đổi số 34 đã quy định.",
                &[("Luật Giáo dục đại học sửa đổi số 34", Some("34"), "Luật")],
            ),
            // A numbered document whose type word stands a few words before "số"; a police unit's code with
            // its letters and digits spaced apart.
            (
                "Theo Quyết định khởi tố vụ án số 72/C 46 - P 13 ngày 26/12/2017.",
                &[("Quyết định khởi tố vụ án số 72/C 46 - P 13", Some("72/C46-P13"), "Quyết định")],
            ),
            (
                "Ban hành Kế hoạch hành động số 45/KH-UBND về giá.",
                &[("Kế hoạch hành động số 45/KH-UBND", Some("45/KH-UBND"), "Kế hoạch")],
            ),
            ("Họ bàn Kế hoạch 5 năm tới.", &[]),
            ("Hội đồng quyết định 3 vấn đề lớn.", &[]),
            ("Xử phạt theo nghị định 100 mới.", &[("nghị định 100", Some("100"), "Nghị định")]),
            ("Ngày 3/4 Nghị quyết 19/2017 được thông qua.", &[("Nghị quyết 19/2017", Some("19/2017"), "Nghị quyết")]),
            ("Đề cập trong Nghị quyết 29-NQ-TƯ rồi.", &[("Nghị quyết 29-NQ-TƯ", Some("29-NQ-TƯ"), "Nghị quyết")]),
            (
                "Theo Thông tư số 32/2013/TT/BTC mới.",
                &[("Thông tư số 32/2013/TT/BTC", Some("32/2013/TT/BTC"), "Thông tư")],
            ),
            (
                "Theo Nghị định 134/2016-NĐ-CP thì đúng.",
                &[("Nghị định 134/2016-NĐ-CP", Some("134/2016-NĐ-CP"), "Nghị định")],
            ),
            (
                "Ban hành Thông tư 11/2021/TT-BGDĐTvề bồi dưỡng.",
                &[("Thông tư 11/2021/TT-BGDĐT", Some("11/2021/TT-BGDĐT"), "Thông tư")],
            ),
            (
                "Hủy Quyết định chấm dứt hợp đồng lao động số 132/QĐ-PTTH hôm qua.",
                &[("Quyết định chấm dứt hợp đồng lao động số 132/QĐ-PTTH", Some("132/QĐ-PTTH"), "Quyết định")],
            ),
            (
                "Theo Luật Trồng trọt số 31/2018/QH14 thì cấm.",
                &[("Luật Trồng trọt số 31/2018/QH14", Some("31/2018/QH14"), "Luật")],
            ),
            (
                "Huyện ủy ra 15-NQ/HU và 03-CT/ĐU.",
                &[("15-NQ/HU", Some("15-NQ/HU"), "Nghị quyết"), ("03-CT/ĐU", Some("03-CT/ĐU"), "Chỉ thị")],
            ),
            ("Căn cứ Quy định 105-QĐ/TW của Bộ Chính trị.", &[("Quy định 105-QĐ/TW", Some("105-QĐ/TW"), "Quy định")]),
            ("Theo 19/2017/NQ-CP thì được.", &[("19/2017/NQ-CP", Some("19/2017/NQ-CP"), "Nghị quyết")]),
            (
                "Theo Thông tư liên tịch số 20/2015/TTLT-BTC-BNV mới.",
                &[("Thông tư liên tịch số 20/2015/TTLT-BTC-BNV", Some("20/2015/TTLT-BTC-BNV"), "Thông tư liên tịch")],
            ),
            ("Theo Quyết định số 13/QĐ - TTg nhé.", &[("Quyết định số 13/QĐ - TTg", Some("13/QĐ-TTg"), "Quyết định")]),
            ("Theo công văn 123/UBND - Sở Y tế gửi.", &[("công văn 123/UBND", Some("123/UBND"), "Công văn")]),
            ("Theo báo Pháp Luật TP.HCM đưa tin.", &[]),
            (
                "Theo Luật Đất đai năm 2013 và 43/2014/NĐ-CP nhé.",
                &[("Luật Đất đai năm 2013", None, "Luật"), ("43/2014/NĐ-CP", Some("43/2014/NĐ-CP"), "Nghị định")],
            ),
        ];
        for (input, want) in rows {
            let got = run(input);
            let got: Vec<(String, Option<String>, String)> =
                got.into_iter().map(|(t, d)| (t, d.id, d.doc_type.unwrap_or_default())).collect();
            let want: Vec<(String, Option<String>, String)> =
                want.iter().map(|(t, i, ty)| (t.to_string(), i.map(str::to_string), ty.to_string())).collect();
            assert_eq!(got, want, "input: {input}");
        }
    }

    #[test]
    fn attributes_after_the_reference() {
        let got = run(
            "Thực hiện Chỉ thị số 26-CT/TU ngày 17/3/2008 của BTV Tỉnh ủy về \"Tăng cường công tác đối ngoại\", các cấp đã làm.",
        );
        let d = &got[0].1;
        assert_eq!(got[0].0, "Chỉ thị số 26-CT/TU");
        assert_eq!(d.date.as_deref(), Some("2008-03-17"));
        assert_eq!(d.issuer.as_deref(), Some("BTV Tỉnh ủy"));
        assert_eq!(d.issuer_from_code.as_deref(), Some("Tỉnh ủy"));
        assert_eq!(d.title.as_deref(), Some("Tăng cường công tác đối ngoại"));
        assert_eq!(d.code.as_deref(), Some("CT/TU"));

        let got = run(
            "Theo Nghị định số 50/2016/NĐ-CP ngày 1-6-2016 của Chính phủ quy định về xử phạt vi phạm hành chính trong lĩnh vực đầu tư, mức phạt được xác định.",
        );
        let d = &got[0].1;
        assert_eq!(d.date.as_deref(), Some("2016-06-01"));
        assert_eq!(d.issuer.as_deref(), Some("Chính phủ"));
        assert_eq!(d.title.as_deref(), Some("xử phạt vi phạm hành chính trong lĩnh vực đầu tư"));

        let got = run(
            "Theo Thông báo số 19, ngày 19-1-2016, của Văn phòng Chính phủ về kết luận tại cuộc họp, 8 tỉnh phải làm.",
        );
        let d = &got[0].1;
        assert_eq!((d.id.as_deref(), d.date.as_deref()), (Some("19"), Some("2016-01-19")));
        assert_eq!(d.issuer.as_deref(), Some("Văn phòng Chính phủ"));
        assert_eq!(d.title.as_deref(), Some("kết luận tại cuộc họp"));

        let got = run("Thực hiện công văn số 1017 ngày 29/4 của UBND tỉnh về phòng dịch.");
        assert_eq!(got[0].1.date.as_deref(), Some("--04-29"));
        assert_eq!(got[0].1.issuer.as_deref(), Some("UBND tỉnh"));

        let got = run("Theo 20/2015/TTLT-BTC-BNV thì đúng.");
        assert_eq!(got[0].1.issuer_from_code.as_deref(), Some("Bộ Tài chính, Bộ Nội vụ"));

        let got = run("Nghị quyết số 15/NQ-HĐND ngày 26 tháng 4 năm 2021 với 100% tán thành.");
        assert_eq!(got[0].1.date.as_deref(), Some("2021-04-26"));

        let got = run("Ông ký Công văn số 123/UBND-KT về việc đẩy nhanh tiến độ giải ngân vốn.");
        assert_eq!(got[0].1.title.as_deref(), Some("việc đẩy nhanh tiến độ giải ngân vốn"));

        // A reference that the title's words lead to is part of it; a sentence glued to the next ends it.
        let got = run(
            "Bộ có Công văn số 39/BGDĐT-GDTH về việc khen thưởng học sinh theo Thông tư 30/2014/TT-BGDĐT. Theo Quyết định số 652/2001 về việc tính lãi với các tổ chức tín dụng.Cụ thể, ngân hàng làm.",
        );
        assert_eq!(got[0].1.title.as_deref(), Some("việc khen thưởng học sinh theo Thông tư 30/2014/TT-BGDĐT"));
        assert_eq!(got[2].1.title.as_deref(), Some("việc tính lãi với các tổ chức tín dụng"));

        // A body's charter by the body's name alone; not any document of one word.
        let got = run("Ông vi phạm Điều lệ Đảng, Quy chế Đảng và Điều lệ Công ty.");
        assert_eq!(got.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>(), vec!["Điều lệ Đảng"]);

        // A title stops where the next reference starts.
        let got = run(
            "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng Hồ Chí Minh và Quy định số 114-QĐ/TW ngày 11/7/2023 của Bộ Chính trị về kiểm soát quyền lực.",
        );
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].1.title.as_deref(), Some("đẩy mạnh học tập và làm theo tư tưởng Hồ Chí Minh"));
        assert_eq!(got[1].1.title.as_deref(), Some("kiểm soát quyền lực"));
    }

    /// Documents known by their subject, short numbers after a few words, a spaced code, the Constitution
    /// alone or of a country.
    #[test]
    fn by_subject_short_numbers_and_constitutions() {
        let got = run(
            "UBND tỉnh đã ban hành Quyết định về việc giải thể trường mầm non. Thủ tướng vừa ra chỉ thị về việc tăng cường thi hành án. Bộ trưởng đã liên tục chỉ thị về việc tăng cường quản lý. Theo Luật số 34, trường tự chủ; cơ quan ra Quyết định khởi tố bị can số 336; Công văn số 39/ BGDĐT-GDTH. Theo Hiến pháp, Hiến pháp Nhật Bản và Hiến pháp và pháp luật.",
        );
        let texts: Vec<_> = got.iter().map(|(t, d)| (t.as_str(), d.title.as_deref(), d.id.as_deref())).collect();
        assert_eq!(
            texts,
            vec![
                ("Quyết định về việc giải thể trường mầm non", Some("việc giải thể trường mầm non"), None),
                ("chỉ thị về việc tăng cường thi hành án", Some("việc tăng cường thi hành án"), None),
                ("Luật số 34", None, Some("34")),
                ("Quyết định khởi tố bị can số 336", None, Some("336")),
                ("Công văn số 39/ BGDĐT-GDTH", None, Some("39/BGDĐT-GDTH")),
                ("Hiến pháp", None, None),
                ("Hiến pháp Nhật Bản", None, None),
            ]
        );
    }

    /// A resolution known by what it ratifies; other types are not ("Quyết định phê chuẩn kết quả").
    #[test]
    fn resolution_that_ratifies() {
        let got = run(
            "Quốc hội thông qua Nghị quyết phê chuẩn Nghị định thư về đường biên giới giữa hai nước. Quyết định phê chuẩn kết quả bầu cử.",
        );
        let texts: Vec<_> = got.iter().map(|(t, d)| (t.as_str(), d.title.as_deref())).collect();
        assert_eq!(
            texts,
            vec![(
                "Nghị quyết phê chuẩn Nghị định thư về đường biên giới giữa hai nước",
                Some("phê chuẩn Nghị định thư về đường biên giới giữa hai nước")
            )]
        );
    }

    /// An issuer ends at the next document ("… của Đảng và Nghị quyết …") and after its place's name.
    #[test]
    fn issuer_ends() {
        let got = run(
            "Quán triệt Nghị quyết Đại hội XII của Đảng và Kế hoạch của UBND thành phố. Theo Thông báo số 28 của Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Quảng Trị kết luận kiểm tra. Theo Quyết định số 12/QĐ-TTg của Thủ tướng Chính phủ thành lập Ban chỉ đạo.",
        );
        let issuers: Vec<_> = got.iter().map(|(t, d)| (t.as_str(), d.issuer.as_deref())).collect();
        assert_eq!(
            issuers,
            vec![
                ("Nghị quyết Đại hội XII", Some("Đảng")),
                ("Thông báo số 28", Some("Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Quảng Trị")),
                ("Quyết định số 12/QĐ-TTg", Some("Thủ tướng Chính phủ")),
            ]
        );
        // A level's abbreviation with its stop before the place; the session of a Party meeting.
        let got = run(
            "Theo Quyết định số 108/2009/QĐ-UBND của UBND TP. Hà Nội về giá đất. Thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng.",
        );
        let issuers: Vec<_> = got.iter().map(|(_, d)| (d.issuer.as_deref(), d.title.as_deref())).collect();
        assert_eq!(
            issuers,
            vec![
                (Some("UBND TP. Hà Nội"), Some("giá đất")),
                (
                    Some("Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII"),
                    Some("đẩy mạnh xây dựng, chỉnh đốn Đảng")
                ),
            ]
        );
        // 'về việc "…"' is the quoted subject; ", cũng như …" starts another clause.
        let got = run(
            "Tại Văn bản số 2490 ngày 26-4-2017 về việc \"tăng cường kiểm tra\", UBND tỉnh cho hay. Tham gia Hiệp định Paris về chống biến đổi khí hậu, cũng như trong lĩnh vực thương mại.",
        );
        let titles: Vec<_> = got.iter().map(|(_, d)| d.title.as_deref()).collect();
        assert_eq!(titles, vec![Some("tăng cường kiểm tra"), Some("chống biến đổi khí hậu")]);
    }

    /// The bills listed after a colon that follows "dự án luật" in the sentence are drafts.
    #[test]
    fn bills_listed_after_a_colon() {
        let got = run(
            "Có 12 dự án luật được Quốc hội xem xét, thông qua, gồm: Luật Đường sắt (sửa đổi); Luật Thủy lợi. Quốc hội gồm: Luật Đất đai.",
        );
        let drafts: Vec<_> = got.iter().map(|(t, d)| (t.as_str(), d.draft)).collect();
        assert_eq!(drafts, vec![("Luật Đường sắt (sửa đổi)", true), ("Luật Thủy lợi", true), ("Luật Đất đai", false)]);
    }

    /// A law cited by its name has that name, as written, for title; the verb after it is no title.
    #[test]
    fn a_law_is_titled_by_its_name() {
        let got = run(
            "Quốc hội thông qua luật Du lịch (sửa đổi), Luật Giáo dục đại học số 34/2018/QH14 và Luật sửa đổi, bổ sung một số điều của Luật Giáo dục. Bộ luật Hình sự 1999 quy định người bào chữa phải tố giác; Luật số 34/2018/QH14 có hiệu lực; Hiến pháp năm 2013 quy định rõ.",
        );
        let titles: Vec<_> = got.iter().map(|(t, d)| (t.as_str(), d.title.as_deref())).collect();
        assert_eq!(
            titles,
            vec![
                ("luật Du lịch (sửa đổi)", Some("luật Du lịch")),
                ("Luật Giáo dục đại học số 34/2018/QH14", Some("Luật Giáo dục đại học")),
                (
                    "Luật sửa đổi, bổ sung một số điều của Luật Giáo dục",
                    Some("Luật sửa đổi, bổ sung một số điều của Luật Giáo dục")
                ),
                ("Bộ luật Hình sự 1999", Some("Bộ luật Hình sự")),
                ("Luật số 34/2018/QH14", None),
                ("Hiến pháp năm 2013", None),
            ]
        );
    }

    #[test]
    fn later_mentions_share_the_id() {
        let got = run("Theo văn bản số 2383/BVHTTDL-TCDL gửi Hiệp hội; văn bản số 2383 nêu rõ.");
        assert_eq!(got[1].1.id.as_deref(), Some("2383/BVHTTDL-TCDL"));
        assert_eq!(got[1].1.doc_type.as_deref(), Some("Văn bản"));

        let got = run(
            "Chỉ thị 26 nói rõ. Thực hiện Chỉ thị số 26-CT/TU tốt. Theo Nghị định 67/2014/NĐ-CP thì đã có tàu đóng theo Nghị định 67.",
        );
        let ids: Vec<_> = got.iter().map(|(t, d)| (t.as_str(), d.id.as_deref())).collect();
        assert_eq!(
            ids,
            vec![
                ("Chỉ thị 26", Some("26-CT/TU")),
                ("Chỉ thị số 26-CT/TU", Some("26-CT/TU")),
                ("Nghị định 67/2014/NĐ-CP", Some("67/2014/NĐ-CP")),
                ("Nghị định 67", Some("67/2014/NĐ-CP")),
            ]
        );
    }

    /// A scheme, or a national or long-term programme or plan, named by what it does in lower-case words.
    #[test]
    fn schemes_named_by_what_they_do() {
        let texts = |t: &str| run(t).into_iter().map(|(s, d)| (s, d.doc_type.unwrap_or_default())).collect::<Vec<_>>();
        let one = |s: &str, ty: &str| vec![(s.to_string(), ty.to_string())];
        assert_eq!(
            texts("Sau 4 năm thực hiện Đề án cơ cấu lại các TCTD giai đoạn 2011-2015, các TCTD yếu kém đã lộ."),
            one("Đề án cơ cấu lại các TCTD giai đoạn 2011-2015", "Đề án")
        );
        let d = run("Sau 4 năm thực hiện Đề án cơ cấu lại các TCTD giai đoạn 2011-2015, các TCTD đã lộ.");
        assert_eq!(d[0].1.title.as_deref(), Some("cơ cấu lại các TCTD giai đoạn 2011-2015"));
        assert_eq!(
            texts(
                "Xã triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2016-2020 trên địa bàn."
            ),
            one("Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2016-2020", "Chương trình")
        );
        assert_eq!(
            texts("Thủ tướng phê duyệt Kế hoạch hành động quốc gia về con tôm để phát triển bền vững."),
            one("Kế hoạch hành động quốc gia về con tôm", "Kế hoạch")
        );
        assert!(texts("Sau đó. Đề án của em nằm trong số 8 dự án xuất sắc được cử đi thi.").is_empty());
        // Shows and lessons; the scheme as the subject of a verb; a programme named by the document it carries out.
        for t in [
            "Họ tham gia Chương trình biểu diễn nghệ thuật đặc sắc tại quảng trường.",
            "Để thực hiện các mục tiêu trên, Đề án đưa ra các giải pháp cụ thể.",
            "Vốn của Chương trình mục tiêu chưa giao kế hoạch vốn nên chưa giải ngân.",
        ] {
            assert!(texts(t).is_empty(), "{t}");
        }
        assert_eq!(
            texts("Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 36-NQ/TW của Bộ Chính trị."),
            one("Nghị quyết số 36-NQ/TW", "Nghị quyết")
        );
    }

    #[test]
    fn negatives() {
        for input in [
            "Giá vàng lên 1200 Usd/Oz hôm qua.",
            "Máy có RAM 4 GB/ROM 32 GB.",
            "Vòng 3 V-League 2017 diễn ra sôi nổi.",
            "Tòa tuyên theo bản án số 14/2009/HS-ST của tòa.",
            "Cục cấp Giấy phép số 237/GP-NTBD cho phim.",
            "Máy bay F-16C/D được nâng cấp.",
            "Hộp số 9G-Tronic rất êm.",
            "Ngày 17/3/2008 trời mưa.",
            "Văn phòng Luật sư Minh Anh tư vấn.",
            "Mọi người tuân thủ Hiến pháp và pháp luật.",
            "Theo Nghị quyết này thì không được.",
            "Sở Kế hoạch và Đầu tư báo cáo.",
            "Ông ấy quán triệt Chỉ thị và các chủ trương.",
            "Lốp 140/70-17M/C rất bền.",
        ] {
            assert!(run(input).is_empty(), "input: {input}: {:?}", run(input));
        }
    }

    /// Every prefix of a text full of references and multi-byte punctuation: no panic, spans on
    /// character boundaries.
    #[test]
    fn no_panic_on_prefixes() {
        let text = "Theo Kế hoạch tổng thể Công nghệ thông tin đến… Luật Đất đai năm… Chỉ thị số 26- CT/TƯ ngày 17/3/2008 \
                    của BTV Tỉnh ủy về \"Tăng cường…\", Nghị định 67/2014/NĐ-CPvề … Quyết định 13/QĐ - TTg, Đề án \"Một hai ba";
        for (i, _) in text.char_indices() {
            let t = &text[..i];
            let doc = Doc::new(t, Ymd::new(2021, 4, 26));
            let mut out = Vec::new();
            Directives.extract(&doc, &mut out);
            for e in out {
                assert!(t.is_char_boundary(e.start) && t.is_char_boundary(e.end) && e.start < e.end, "{t}");
            }
        }
    }

    proptest::proptest! {
        /// Random sequences of reference pieces: no panic, spans on character boundaries.
        #[test]
        fn no_panic_on_fragments(parts in proptest::collection::vec(0usize..24, 0..30)) {
            const FRAGS: [&str; 24] = [
                "Nghị định", "số", " ", "67", "/2014", "/NĐ-CP", "-CT/TƯ", "ngày", "17/3/2008", "của", "Bộ Tài chính",
                "về", "\"", "…", ",", ".", "Luật", "Đất đai", "năm", "đến", "và", "Quyết định", "- TTg", "đ",
            ];
            let t: String = parts.iter().map(|&i| FRAGS[i]).collect();
            let doc = Doc::new(&t, None);
            let mut out = Vec::new();
            Directives.extract(&doc, &mut out);
            for e in out {
                proptest::prop_assert!(t.is_char_boundary(e.start) && t.is_char_boundary(e.end) && e.start < e.end);
            }
        }
    }

    #[test]
    fn no_panic_on_odd_text() {
        for input in ["", "Luật", "Nghị định số", "số 1/", "Chỉ thị 26-", "Đề án \"", "1/2020/", "ngày 31/2/2020"]
        {
            let _ = run(input);
        }
    }

    /// (span text, law, year)
    type Law = (&'static str, &'static str, Option<&'static str>);

    /// Laws by title, in any case, with the year and the official title; subjects of study are no law.
    #[test]
    fn laws_by_title() {
        let rows: &[(&str, &[Law])] = &[
            ("theo bộ luật Hình sự hiện hành", &[("bộ luật Hình sự", "Bộ luật Hình sự", None)]),
            (
                "Điều 104 Bộ luật tố tụng hình sự 2003 quy định",
                &[("Bộ luật tố tụng hình sự 2003", "Bộ luật Tố tụng hình sự", Some("2003"))],
            ),
            (
                "dự thảo Luật quản lý nợ công (sửa đổi) nhằm",
                &[("Luật quản lý nợ công (sửa đổi)", "Luật Quản lý nợ công", None)],
            ),
            ("căn cứ Luật BHXH năm 2014 và", &[("Luật BHXH năm 2014", "Luật Bảo hiểm xã hội", Some("2014"))]),
            ("Trưởng bộ môn Luật hình sự của trường", &[]),
            ("ngành Luật Thương mại Quốc tế", &[]),
        ];
        for (input, want) in rows {
            let got: Vec<(String, Option<String>, Option<String>)> =
                run(input).into_iter().map(|(t, d)| (t, d.law, d.year)).collect();
            let want: Vec<(String, Option<String>, Option<String>)> =
                want.iter().map(|(t, l, y)| (t.to_string(), Some(l.to_string()), y.map(str::to_string))).collect();
            assert_eq!(got, want, "{input:?}");
        }
    }
}
