//! The `organisations` extractor: named state, Party, mass, business, school, hospital, media and
//! international bodies.
//!
//! How a mention is found:
//! 1. One aho-corasick pass (LeftmostLongest) over a lower-cased copy of the text finds *triggers*: head
//!    words ("Bộ", "UBND", "Công ty", "Tỉnh ủy") and known names ("Chính phủ", "BIDV", "WHO") from
//!    `org_heads.tsv`. The copy has the same byte length as the text (a character whose lower case would
//!    change length is kept as is), so offsets are shared. A trigger must sit on word boundaries and
//!    keep every capital its lexicon key has ("Chính phủ" but not "chính phủ"; acronyms exactly).
//! 2. The trigger's rule extends it to the whole name: a ministry domain ("Bộ Kế hoạch và Đầu tư"), a
//!    capitalised name ("Công ty CP Bánh kẹo Hải Hà"), a level and a place ("UBND tỉnh Lạng Sơn",
//!    "Công an huyện Mù Cang Chải"), or the body a sub-unit belongs to ("Ban Thường vụ Tỉnh ủy",
//!    "Phòng Cảnh sát hình sự Công an tỉnh Thanh Hóa").
//! 3. A person's title before the head is never part of the name, and a person's name after it is cut
//!    off ("Chủ tịch UBND huyện Đông Anh Nguyễn Văn A" → "UBND huyện Đông Anh").
//! 4. A parenthesis right after the name gives its acronym ("Ngân hàng Châu Á (ADB)") or country
//!    ("Tổ chức VECO (Bỉ)"); later bare uses of a defined acronym are items too.
//! 5. `expanded` substitutes the known state acronyms of the mention ("UBND tỉnh" → "Ủy ban nhân dân tỉnh").
//!
//! Generic mentions are not items: a head needs its name ("Bộ" alone, "công ty này", "ngân hàng" are
//! skipped), and a plural quantifier in front ("các Sở") marks a generic mention. Acronyms inside
//! document codes ("15/NQ-HĐND"), heads inside places ("Tây Ban Nha", "Đài Loan"), one-word brands
//! before a product name ("Apple Watch") and lines in capitals (bylines) give no items.
//!
//! Lexicons (`src/lexicon/`): `org_heads.tsv` (triggers with kind, rule and flags), `org_domains.tsv`
//! (ministry domains), `org_words.tsv` (level markers, stop words, titles, surnames, plurals),
//! `places.tsv` (provinces, cities, countries), `acronyms.tsv` (state acronyms → expansion).
//!
//! Cost: one DFA pass over a lower-cased copy of the text, then anchored look-ups at the few places a
//! trigger was found; no per-character allocation.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use aho_corasick::MatchKind;

use super::trigger::{self, Hay, Hit, Prefixes, Trigger, TriggerDfa};
use super::{Doc, Entity, Extractor};
use crate::chars::{is_alphanumeric as is_word_char, lower_same_len};
use crate::item::{Item, Kind, KindOf, record_list};
use crate::lexicon;
use crate::output::{OrgKind, OrganisationItem};
use crate::schema::{Field, Ty};
use crate::text::{prev_word_str, word_start};
use serde_json::Value as Json;

/// Finds organisations.
pub struct Organisations;

impl Extractor for Organisations {
    fn name(&self) -> &'static str {
        "organisations"
    }

    fn kinds(&self) -> &'static [&'static dyn Kind] {
        &[&KindOf::<OrganisationItem>::KIND]
    }

    /// The heads' automaton; it reads the lower-cased copy of the text.
    fn trigger(&self) -> Option<Trigger> {
        Some(Trigger { dfa: &LEX.heads_dfa, hay: Hay::Lower })
    }

    fn extract(&self, doc: &Doc<'_>, out: &mut Vec<Entity>) {
        let lex = &*LEX;
        let low = doc.lower();
        let hits = doc.hits(&self.trigger().expect("a lane"), &low);
        let (heads, lower_forms): (Vec<Hit>, Vec<Hit>) = hits.iter().partition(|h| h.pattern < lex.gazetteer_from);
        // The heads' hits, then the gazetteer's: a head's rule goes first where both start.
        let mut all: Vec<Hit> = heads.into_iter().chain(lex.gazetteer_hits(doc.text, &low, &lower_forms)).collect();
        all.sort_by_key(|h| (h.start, h.pattern >= lex.gazetteer_from));
        let (triggers, lower_heads) = lex.triggers(doc.text, &low, &all);
        let s = Scan { t: doc.text, low: &low, lex, triggers, lower_heads };
        s.run(out);
    }
}

impl Item for OrganisationItem {
    const KEY: &'static str = "organisations";
    const SINGULAR: &'static str = "organisation";
    const DOC: &'static str = "named organisations";
    const COLOUR: &'static str = "#b9d7ff";
    const ATTRIBUTES: &'static [&'static str] = &["acronym", "expanded", "country"];
    const DESCRIBE: &'static [&'static str] = &["kind", "acronym"];

    fn fields() -> Vec<Field> {
        const KINDS: &[&str] = &[
            "government",
            "party",
            "company",
            "bank",
            "education",
            "health",
            "media",
            "international",
            "military",
            "police",
            "court",
            "association",
            "sport",
            "other",
        ];
        vec![
            Field::req("name", Ty::Str, "the name"),
            Field::opt("acronym", Ty::Str, "acronym"),
            Field::opt("expanded", Ty::Str, "expansion of a state acronym"),
            Field::opt("country", Ty::Str, "country in parentheses"),
            Field::req("kind", Ty::Enum(KINDS), "kind of body"),
            Field::req("canonical", Ty::Str, "the body's name in full, the same whatever form was written"),
            Field::req("entity", Ty::Int, "the same number for every mention of one body in the article"),
        ]
    }

    /// Mentions with one canonical name are one body: numbered from 1 in order of first mention.
    fn finish(list: &mut [Self]) {
        let mut seen: HashMap<&str, u32, BuildHasherDefault<lexicon::WordHash>> = HashMap::default();
        let numbers: Vec<u32> = list
            .iter()
            .map(|o| {
                let next = seen.len() as u32 + 1;
                *seen.entry(o.canonical.as_str()).or_insert(next)
            })
            .collect();
        for (o, n) in list.iter_mut().zip(numbers) {
            o.entity = n;
        }
    }

    record_list!(organisations);

    fn restyle(&mut self, fix: &dyn Fn(&mut String)) {
        fix(&mut self.text);
        fix(&mut self.name);
        fix(&mut self.canonical);
        if let Some(c) = &mut self.country {
            fix(c);
        }
    }

    fn hover(&self) -> String {
        let acronym = self.acronym.as_ref().map(|a| format!(" ({a})")).unwrap_or_default();
        format!("{} → {:?}{acronym}", self.name, self.kind)
    }

    /// Overlap alone matches an organisation.
    fn key_agrees(_: &Json, _: &Json) -> bool {
        true
    }
}

/// How a trigger extends to a full name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rule {
    /// The key is the whole name.
    Fixed,
    /// Optional level and place after ("UBND tỉnh Lạng Sơn").
    Place,
    /// A level or place (or a parent body) must follow ("Công an tỉnh").
    NeedPlace,
    /// A ministry domain must follow ("Bộ Tài chính"), else a capitalised name.
    Domain,
    /// A capitalised name must follow ("Công ty Hòa Phát").
    Name,
    /// A Party committee: optional place name after ("Tỉnh ủy Lạng Sơn").
    Committee,
    /// "Ban Thường vụ", "BTV": only with the body it belongs to ("BTV Tỉnh ủy").
    Prefix,
}

#[derive(Clone, Copy, Debug)]
struct Head {
    kind: OrgKind,
    rule: Rule,
    /// A sub-unit that takes the body after it into its name.
    unit: bool,
    /// May be written in lower case ("công ty", "sở").
    lower: bool,
    /// The name after the head is optional ("Phòng Cảnh sát").
    opt: bool,
    /// The name may end in lower-case words ("Cục Thi hành án dân sự").
    long: bool,
    /// The key's words after the first are read only as written, in lower case: "Ban quản lý Khu kinh tế
    /// Phú Quốc"; in "Ban Quản lý dự án 1" a shorter head ("Ban") reads them as the name.
    lower_words: bool,
    /// The key's byte length and which of its bytes must be capitals (checked char by char).
    key: &'static str,
}

/// Roles of a word in `org_words.tsv`.
#[derive(Clone, Copy, Debug, Default)]
struct Roles {
    marker: bool,
    stop: bool,
    title: bool,
    surname: bool,
    plural: bool,
    /// Two words read as one, though the second alone would end a name ("Hàng không", "xã hội").
    compound: bool,
}

struct Lex {
    /// The heads of `org_heads.tsv`, then one fixed head per name and form of the gazetteer.
    heads: Vec<Head>,
    /// The heads of `org_heads.tsv`, lower-cased, in running text; then, searched apart, the gazetteer's
    /// forms written in lower case ("adidas", "eBay", "đảng Cộng hòa"): pattern `gazetteer_from + i` is
    /// head `gazetteer_lower_heads[i]`.
    heads_dfa: TriggerDfa,
    /// The heads of `org_heads.tsv`, lower-cased, for look-ups at a position; pattern `i` is head `i`.
    head_keys: Prefixes,
    /// The gazetteer's names and forms (`gazetteer/orgs.tsv`), lower-cased, anchored at word starts;
    /// pattern `i` is head `gazetteer_from + i`.
    gazetteer: Prefixes,
    gazetteer_from: usize,
    /// Gazetteer name or form → canonical name, for mentions found by a head rule.
    gazetteer_canonical: lexicon::Map<&'static str>,
    gazetteer_lower_heads: Vec<usize>,
    /// For each head, the next head with the same key in other capitals ("Báo Giao Thông", "báo Giao
    /// thông"; "TASS", "Tass"): a look-up finds one of them, the case check tries each.
    case_twin: Vec<Option<usize>>,
    domains: Vec<&'static str>,
    /// `domains`, lower-cased, for look-ups at a position.
    domain_keys: Prefixes,
    /// What a police unit does (`police_units.tsv`), lower-cased, for look-ups at a position.
    police_units: Prefixes,
    words: Vec<(&'static str, Roles)>,
    /// The keys of `words`, lower-cased, for look-ups at a position.
    word_keys: Prefixes,
    places: Vec<(&'static str, &'static str)>,
    /// The keys of `places`, lower-cased, for look-ups at a position.
    place_keys: Prefixes,
    acronyms: lexicon::Map<&'static str>,
    /// First words of the acronyms written with spaces ("VH,TT" of "VH,TT & DL").
    spaced_acronym_starts: Vec<&'static str>,
}

static LEX: LazyLock<Lex> = LazyLock::new(Lex::load);

/// The cities run by the central government, written after a state body without "thành phố"
/// ("UBND Hà Nội"); other provinces take "tỉnh".
const CENTRAL_CITIES: &[&str] = &["Cần Thơ", "Hà Nội", "Hải Phòng", "Hồ Chí Minh", "Đà Nẵng"];

/// A city's name in full: "HCM" and "HCMC" are Hồ Chí Minh.
fn city_name(w: &str) -> &str {
    match w {
        "HCM" | "HCMC" | "Hcm" | "HCM." => "Hồ Chí Minh",
        _ => w,
    }
}

fn kind_of(s: &str) -> OrgKind {
    match s {
        "government" => OrgKind::Government,
        "party" => OrgKind::Party,
        "company" => OrgKind::Company,
        "bank" => OrgKind::Bank,
        "education" => OrgKind::Education,
        "health" => OrgKind::Health,
        "media" => OrgKind::Media,
        "international" => OrgKind::International,
        "sport" => OrgKind::Sport,
        "military" => OrgKind::Military,
        "police" => OrgKind::Police,
        "court" => OrgKind::Court,
        "association" => OrgKind::Association,
        _ => OrgKind::Other,
    }
}

fn rule_of(s: &str) -> Rule {
    match s {
        "place" => Rule::Place,
        "needplace" => Rule::NeedPlace,
        "domain" => Rule::Domain,
        "name" => Rule::Name,
        "committee" => Rule::Committee,
        "prefix" => Rule::Prefix,
        _ => Rule::Fixed,
    }
}

/// An automaton for lexicon entries at a given position (anchored searches).
impl Lex {
    fn load() -> Lex {
        let heads: Vec<Head> = lexicon::rows(lexicon::ORG_HEADS)
            .map(|r| {
                let flags = r.get(3).copied().unwrap_or("");
                Head {
                    kind: kind_of(r.get(1).copied().unwrap_or("")),
                    rule: rule_of(r.get(2).copied().unwrap_or("")),
                    unit: flags.split(',').any(|f| f == "unit"),
                    lower: flags.split(',').any(|f| f == "lower"),
                    opt: flags.split(',').any(|f| f == "opt"),
                    long: flags.split(',').any(|f| f == "long"),
                    lower_words: flags.split(',').any(|f| f == "words"),
                    key: r[0],
                }
            })
            .collect();
        let heads_only = trigger::dfa(MatchKind::LeftmostLongest, heads.iter().map(|h| lower_same_len(h.key)));
        let head_keys = Prefixes::new(heads.iter().map(|h| lower_same_len(h.key)));
        let gazetteer_from = heads.len();
        let mut heads = heads;
        let mut gazetteer_canonical = lexicon::Map::default();
        for r in lexicon::rows(lexicon::ORG_GAZETTEER) {
            let name = r[0];
            let kind = kind_of(r.get(2).copied().unwrap_or(""));
            let forms = r.get(1).copied().unwrap_or("").split(" | ").filter(|f| !f.is_empty());
            for key in std::iter::once(name).chain(forms) {
                heads.push(Head {
                    kind,
                    rule: Rule::Fixed,
                    unit: false,
                    lower: false,
                    opt: false,
                    long: false,
                    lower_words: false,
                    key,
                });
                gazetteer_canonical.insert(key, name);
            }
        }
        let gazetteer = Prefixes::new(heads[gazetteer_from..].iter().map(|h| lower_same_len(h.key)));
        // Heads that share a key in other capitals, each pointing to the next and the last to the first.
        let mut same_key: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, h) in heads.iter().enumerate() {
            same_key.entry(lower_same_len(h.key)).or_default().push(i);
        }
        let mut case_twin = vec![None; heads.len()];
        for group in same_key.values().filter(|g| g.len() > 1) {
            for (j, &i) in group.iter().enumerate() {
                case_twin[i] = Some(group[(j + 1) % group.len()]);
            }
        }
        let gazetteer_lower_heads: Vec<usize> =
            (gazetteer_from..heads.len()).filter(|&h| heads[h].key.starts_with(crate::chars::is_lowercase)).collect();
        // The heads, then the gazetteer's forms written in lower case (pattern `gazetteer_from + i` is head
        // `gazetteer_lower_heads[i]`), searched apart in the one pass.
        let heads_dfa = heads_only
            .and(MatchKind::LeftmostLongest, gazetteer_lower_heads.iter().map(|&h| lower_same_len(heads[h].key)));
        let domains: Vec<&str> = lexicon::rows(lexicon::ORG_DOMAINS).map(|r| r[0]).collect();
        let domain_keys = Prefixes::new(domains.iter().map(|k| lower_same_len(k)));
        let police_units = Prefixes::new(lexicon::rows(lexicon::POLICE_UNITS).map(|r| lower_same_len(r[0])));
        let words: Vec<(&str, Roles)> = lexicon::rows(lexicon::ORG_WORDS)
            .map(|r| {
                let mut roles = Roles::default();
                for f in r.get(1).copied().unwrap_or("").split(',') {
                    match f {
                        "marker" => roles.marker = true,
                        "stop" => roles.stop = true,
                        "title" => roles.title = true,
                        "surname" => roles.surname = true,
                        "plural" => roles.plural = true,
                        "compound" => roles.compound = true,
                        _ => {}
                    }
                }
                (r[0], roles)
            })
            .collect();
        let word_keys = Prefixes::new(words.iter().map(|(k, _)| lower_same_len(k)));
        let places: Vec<(&str, &str)> =
            lexicon::rows(lexicon::PLACES).map(|r| (r[0], r.get(1).copied().unwrap_or(""))).collect();
        let place_keys = Prefixes::new(places.iter().map(|(k, _)| lower_same_len(k)));
        let acronyms: lexicon::Map<&str> =
            lexicon::rows(lexicon::ACRONYMS).map(|r| (r[0], r.get(1).copied().unwrap_or(""))).collect();
        let spaced_acronym_starts = acronyms.keys().filter_map(|k| k.split_once(' ').map(|(a, _)| a)).collect();
        Lex {
            heads,
            heads_dfa,
            head_keys,
            gazetteer,
            gazetteer_from,
            gazetteer_canonical,
            gazetteer_lower_heads,
            case_twin,
            domains,
            domain_keys,
            police_units,
            words,
            word_keys,
            places,
            place_keys,
            acronyms,
            spaced_acronym_starts,
        }
    }

    /// The gazetteer's names at word starts of `t` (found in `low`), as hits on its heads: at a word
    /// starting with a capital or a digit, and the lower-case forms among `lower_forms` (the trigger's
    /// hits from `gazetteer_from` on).
    fn gazetteer_hits(&self, t: &str, low: &str, lower_forms: &[Hit]) -> Vec<Hit> {
        let (b, lb) = (t.as_bytes(), low.as_bytes());
        let mut out = Vec::new();
        // Words starting with a capital or a digit: at the text's start, after a space or a line break, and
        // after "/", "," or "-" glued to them ("AFP/Getty Images"), past an opening quote or bracket.
        const SEP: [bool; 256] = {
            let mut t = [false; 256];
            let mut k = 0;
            let seps = b" \n/,-";
            while k < seps.len() {
                t[seps[k] as usize] = true;
                k += 1;
            }
            t
        };
        let mut reach = 0;
        for s in capitals_and_digits(b, lb) {
            let mut i = s;
            while i > 0 && matches!(b[i - 1], b'(' | b'"' | b'\'') {
                i -= 1;
            }
            if i < reach || i > 0 && !SEP[b[i - 1] as usize] {
                continue;
            }
            if let Some((end, pattern)) = self.gazetteer_at(lb, s) {
                // Inside a person's name after a surname: "tài xế Lê Hồng Quân", "ông Nguyễn Hòa Phát" (a
                // name in Vietnamese syllables; "Từ Arsenal đến Barca" is no name).
                let first_word = &t[s..crate::text::word_end(t, s)];
                if !first_word.is_ascii() && self.after_surname(t, lb, s) {
                    continue;
                }
                out.push(Hit { start: s, end, pattern: self.gazetteer_from + pattern });
                reach = end;
            }
        }
        // The forms written in lower case, at word starts; where one overlaps a capitalised match, the
        // leftmost-longest stays ("báo Dân Việt" rather than "Dân Việt").
        let lower: Vec<Hit> = lower_forms
            .iter()
            .filter(|m| at_boundaries(t, m.start, m.end))
            .map(|m| Hit { pattern: self.gazetteer_lower_heads[m.pattern - self.gazetteer_from], ..*m })
            .collect();
        if lower.is_empty() {
            return out;
        }
        out.extend(lower);
        out.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
        super::keep_first_of_overlaps(&mut out, |h| (h.start, h.end));
        out
    }

    /// The word before `s` is a capitalised surname of `org_words.tsv` ("Lê", "Nguyễn").
    fn after_surname(&self, t: &str, lb: &[u8], s: usize) -> bool {
        let Some((ps, pe)) = crate::text::prev_word(t, s) else { return false };
        // Not the sentence's first word ("Từ …", "Lê …" there may be a preposition or the name's start).
        if pe + 1 != s || !t[ps..pe].starts_with(crate::chars::is_uppercase) || crate::text::sentence_starts_at(t, ps) {
            return false;
        }
        self.word_keys.longest_at(lb, ps, pe).is_some_and(|(end, k)| end == pe && self.words[k].1.surname)
    }

    /// The gazetteer's canonical name for a mention: the mention itself, or what follows a cue word that
    /// introduces a name without being part of it ("báo Lao Động", "hãng Samsung", "CLB Barcelona").
    fn gazetteer_name(&self, name: &str) -> Option<&'static str> {
        const CUES: &[&str] = &[
            "báo ",
            "tờ ",
            "đài ",
            "hãng tin ",
            "hãng ",
            "tạp chí ",
            "kênh ",
            "nhà mạng ",
            "tập đoàn ",
            "công ty ",
            "ngân hàng ",
            "câu lạc bộ ",
            "clb ",
            "đội bóng ",
            "đội ",
        ];
        if let Some(c) = self.gazetteer_canonical.get(name) {
            return Some(c);
        }
        let low = crate::chars::lowercase(name);
        // "TPbank": the name written with an inner capital dropped.
        if let Some((end, k)) = self.gazetteer.longest_at(low.as_bytes(), 0, low.len()) {
            let key = self.heads[self.gazetteer_from + k].key;
            if end == low.len() && inner_capitals_dropped(key, name) {
                return self.gazetteer_canonical.get(key).copied();
            }
        }
        let cue = CUES.iter().find(|c| low.starts_with(*c))?;
        // The cue is lower-cased without changing its length: the rest of `name` starts where it ends.
        name.get(cue.len()..).and_then(|rest| self.gazetteer_canonical.get(rest).copied())
    }

    /// `w` is a medium's name among the heads, in its own capitals ("AP", "Reuters").
    fn media_head(&self, w: &str) -> bool {
        let low = lower_same_len(w);
        let Some((end, k)) = self.head_keys.longest_at(low.as_bytes(), 0, low.len()) else { return false };
        end == low.len()
            && self.forms(k).find(|&j| self.heads[j].key == w).is_some_and(|j| self.heads[j].kind == OrgKind::Media)
    }

    /// Head `k`, then the heads of the same key in other capitals (`case_twin`), each once.
    fn forms(&self, k: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(Some(k), move |&j| self.case_twin[j].filter(|&n| n != k))
    }

    /// The longest gazetteer name starting at `i` in `low`: its end and pattern.
    fn gazetteer_at(&self, low: &[u8], i: usize) -> Option<(usize, usize)> {
        self.gazetteer.longest_at(low, i, low.len())
    }

    /// A ministry domain after the head ending at `e`: its end.
    fn domain_at(&self, t: &str, low: &str, e: usize, lower_ok: bool) -> Option<usize> {
        let pos = e + 1;
        if !t[e..].starts_with(' ') {
            return None;
        }
        let (end, k) = self.domain_keys.longest_at(low.as_bytes(), pos, low.len())?;
        let key = self.domains[k];
        let text = &t[pos..end];
        let ok = if is_acronym(key) { key == text } else { lower_ok || is_cap(text) };
        (ok && at_boundaries(t, pos, end)).then_some(end)
    }

    /// A head that needs a name has something that can start one after it: a capitalised word or a
    /// number, a legal form in lower case ("Công ty cổ phần …"), or a domain ("Sở y tế").
    fn can_have_name(&self, t: &str, low: &str, h: &Head, e: usize) -> bool {
        let e = after_team_words(t, h, e);
        let Some(rest) = t[e..].strip_prefix(' ') else { return false };
        rest.chars().next().is_some_and(|c| crate::chars::is_uppercase(c) || c.is_ascii_digit())
            || LEGAL_FORMS.iter().any(|f| rest.starts_with(f))
            || (h.rule == Rule::Domain && self.domain_at(t, low, e, true).is_some())
            || (h.rule == Rule::Name
                && h.kind == OrgKind::Company
                && trade_then_name(rest).is_some_and(|k| self.place_at(t, low, e + 1 + k).is_none()))
            || school_by_commune(t, h, e)
    }

    /// A known place starting at `pos`: its end.
    fn place_at(&self, t: &str, low: &str, pos: usize) -> Option<usize> {
        self.place_at_typed(t, low, pos).map(|(e, _)| e)
    }

    /// The canonical name of a mention ([`OrganisationItem::canonical`]).
    fn canonical(&self, name: &str, kind: OrgKind) -> String {
        const LEVELS: &[&str] = &["thành phố", "tỉnh", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"];
        let words: Vec<&str> = name.split(' ').collect();
        let mut out: Vec<Cow<'_, str>> = Vec::with_capacity(words.len() + 2);
        let mut i = 0;
        while i < words.len() {
            let w = words[i];
            let next_cap = words.get(i + 1).is_some_and(|n| is_cap(n));
            // "TP.HCM", "TP. Hà Nội", "Tp Hồ Chí Minh", "Thành phố Huế".
            if let Some(rest) = ["TP.", "Tp.", "TP", "Tp"].iter().find_map(|p| w.strip_prefix(p)) {
                if rest.is_empty() || rest.starts_with(|c: char| crate::chars::is_uppercase(c)) {
                    out.push("thành phố".into());
                    if !rest.is_empty() {
                        out.push(city_name(rest).into());
                    }
                    i += 1;
                    continue;
                }
            }
            // "Q. 1", "P. 5", "H. Phù Cát" after the head: a district, a ward, a rural district.
            if i > 0 && next_cap {
                if let Some(level) = [("Q.", "quận"), ("P.", "phường"), ("H.", "huyện")].iter().find(|l| l.0 == w)
                {
                    out.push(level.1.into());
                    i += 1;
                    continue;
                }
            }
            // Two-word levels ("Thành phố", "Thị xã") after the head.
            if i > 0 && matches!(w, "Thành" | "thành" | "Thị" | "thị") {
                if let Some(n) = words.get(i + 1) {
                    let pair = format!("{} {}", crate::chars::lowercase(w), crate::chars::lowercase(n));
                    if LEVELS.contains(&pair.as_str()) {
                        out.push(pair.into());
                        i += 2;
                        continue;
                    }
                }
            }
            // A company's legal form, one way however written: "CTCP X", "Công ty CP X", "Cty Cổ phần X" →
            // "Công ty cổ phần X"; "Cty TNHH X" → "Công ty TNHH X".
            if kind == OrgKind::Company {
                let n = out.len();
                let after_company = out.last().is_some_and(|o| o == "Công ty")
                    || n >= 2 && out[n - 2].eq_ignore_ascii_case("công") && out[n - 1].eq_ignore_ascii_case("ty");
                let form: Option<(&str, usize)> = match w {
                    "CTCP" if i == 0 => Some(("Công ty cổ phần", 1)),
                    "Cty" | "CTy" | "Cty." if i == 0 => Some(("Công ty", 1)),
                    "CP" if after_company => Some(("cổ phần", 1)),
                    "Cổ" | "cổ"
                        if after_company && words.get(i + 1).is_some_and(|n| n.eq_ignore_ascii_case("phần")) =>
                    {
                        Some(("cổ phần", 2))
                    }
                    _ => None,
                };
                if let Some((x, n)) = form {
                    out.push(x.into());
                    i += n;
                    continue;
                }
            }
            // An acronym written with spaces ("VH,TT & DL"): only where one can start.
            if self.spaced_acronym_starts.contains(&w) {
                if let Some((n, x)) = (2..=3)
                    .rev()
                    .filter(|n| i + n <= words.len())
                    .find_map(|n| self.acronyms.get(words[i..i + n].join(" ").as_str()).map(|x| (n, *x)))
                {
                    out.push(x.into());
                    i += n;
                    continue;
                }
            }
            let lw = crate::chars::lowercase(w);
            if i > 0 && next_cap && LEVELS.contains(&lw.as_ref()) {
                out.push(lw);
            } else if let Some(x) = self.acronyms.get(w) {
                out.push((*x).into());
            } else {
                out.push(city_name(w).into());
            }
            i += 1;
        }
        // The level before a province or city named right after a state body: "UBND Quảng Nam" is the
        // provincial committee, "Công an Hà Nội" the city's police.
        if matches!(kind, OrgKind::Government | OrgKind::Police | OrgKind::Court) {
            let joined = out.join(" ");
            // Where each word starts in `joined`, and one past the end.
            let mut starts = Vec::with_capacity(out.len() + 1);
            let mut p = 0;
            for w in &out {
                starts.push(p);
                p += w.len() + 1;
            }
            starts.push(p);
            let mut inserts: Vec<(usize, &str)> = Vec::new();
            let mut k = 1;
            while k < out.len() {
                if !out[k].starts_with(crate::chars::is_uppercase) {
                    k += 1;
                    continue;
                }
                // After a level, a Party committee ("Tỉnh ủy Lạng Sơn") or inside a name ("Bà Rịa - Vũng Tàu").
                let prev = out[k - 1].as_ref();
                let after_level = LEVELS.contains(&prev) || prev.ends_with("ủy") || matches!(prev, "-" | "–" | "và");
                let place = (1..=4).rev().filter(|n| k + n <= out.len()).find_map(|n| {
                    let key = &joined[starts[k]..starts[k + n] - 1];
                    let i = self.places.binary_search_by(|(p, _)| p.cmp(&key)).ok()?;
                    Some((n, self.places[i].1, key))
                });
                match place {
                    Some((n, ty, key)) if !after_level && ty != "country" => {
                        let central = ty != "province" || CENTRAL_CITIES.contains(&key);
                        inserts.push((k, if central { "thành phố" } else { "tỉnh" }));
                        k += n;
                    }
                    Some((n, _, _)) => k += n,
                    None => k += 1,
                }
            }
            for (k, level) in inserts.into_iter().rev() {
                out.insert(k, level.into());
            }
        }
        let mut s = out.join(" ");
        if let Some(c) = s.chars().next().filter(|c| crate::chars::is_lowercase(*c)) {
            s = crate::chars::capitalise(&s);
            debug_assert!(c != s.chars().next().unwrap_or(c) || !c.is_alphabetic());
        }
        s
    }

    /// A known place starting at `pos`: its end and type (province, city, country).
    fn place_at_typed(&self, t: &str, low: &str, pos: usize) -> Option<(usize, &'static str)> {
        let (end, k) = self.place_keys.longest_at(low.as_bytes(), pos, low.len())?;
        let (key, ty) = self.places[k];
        let ok = at_boundaries(t, pos, end) && caps_agree(key, &t[pos..end], false) && is_cap(&t[pos..]);
        ok.then_some((end, ty))
    }

    /// The longest head of `org_heads.tsv` at `s` shorter than `e` whose capitals agree with the text, and
    /// which ends at a word's end: its end and index.
    fn shorter_head(&self, t: &str, low: &str, s: usize, e: usize) -> Option<(usize, usize)> {
        let mut end = e.checked_sub(1)?;
        while let Some((he, k)) = self.head_keys.longest_at(low.as_bytes(), s, end) {
            let h = &self.heads[k];
            if he > s && at_boundaries(t, s, he) && caps_agree(h.key, &t[s..he], h.lower) {
                return Some((he, k));
            }
            end = he.checked_sub(1)?;
        }
        None
    }

    /// Another head with the same key as `pattern` whose capitals agree with `text`.
    fn twin_agreeing(&self, pattern: usize, text: &str) -> Option<usize> {
        self.forms(pattern).skip(1).find(|&k| caps_agree(self.heads[k].key, text, self.heads[k].lower))
    }

    /// Every trigger in the text: (start, end, head index), validated for boundaries and capitals.
    /// The triggers, and apart the heads that could start a name in lower-case words only.
    #[allow(clippy::type_complexity)]
    fn triggers(&self, t: &str, low: &str, hits: &[Hit]) -> (Vec<(usize, usize, usize)>, Vec<(usize, usize, usize)>) {
        let mut out = Vec::new();
        let mut weak = Vec::new();
        // (start, end, in capitals) of the line last checked for acronyms.
        let mut line: (usize, usize, bool) = (0, 0, false);
        for m in hits {
            let (s, mut e, mut pattern) = (m.start, m.end, m.pattern);
            let h = &self.heads[pattern];
            // Sentence case: a known name, or a longer key ("Ban tổ chức Trung ương"); a Party board of two
            // words before the committee it belongs to ("Ban dân vận Tỉnh ủy").
            let written = !h.lower_words || t[s..e].split(' ').skip(1).eq(h.key.split(' ').skip(1));
            let agree = written
                && (caps_agree(h.key, &t[s..e], h.lower)
                || ((h.rule == Rule::Fixed || h.key.split(' ').count() >= 3) && sentence_case(h.key, &t[s..e]))
                // "Bộ đội biên phòng tỉnh Thanh Hóa": a long key in sentence case before the place it serves.
                || (h.key.split(' ').count() >= 3
                    && t[s..].starts_with(crate::chars::is_uppercase)
                    && t[e..].starts_with(' ')
                    && self.place_at(t, low, after_level_word(t, e + 1)).is_some_and(|pe| !is_cap(t[pe..].trim_start_matches(' ')) || !t[pe..].starts_with(' ')))
                || ((h.unit || matches!(h.rule, Rule::Committee | Rule::Prefix))
                    && h.kind == OrgKind::Party
                    && t[s..].starts_with(crate::chars::is_uppercase)
                    && PARTY_PARENTS.iter().any(|p| t[e..].strip_prefix(' ').is_some_and(|r| r.starts_with(p)))));
            // "TPbank", "Oceanbank" for "TPBank", "OceanBank": a known brand with an inner capital dropped.
            let agree = agree || pattern >= self.gazetteer_from && inner_capitals_dropped(h.key, &t[s..e]);
            if !agree {
                if let Some(k) = self.twin_agreeing(pattern, &t[s..e]) {
                    // The same key in other capitals.
                    pattern = k;
                } else {
                    // The longest key failed the case check ("Tổng cục quản lý thị trường" is no "Tổng cục Quản
                    // lý thị trường"): a shorter head at the same start may still agree ("Tổng cục"). A key of
                    // one word ("NH" in "nh", every few words) has none.
                    if !h.key.contains(' ') {
                        continue;
                    }
                    match self.shorter_head(t, low, s, e) {
                        Some((se, k)) => (e, pattern) = (se, k),
                        None => continue,
                    }
                }
            }
            let h = &self.heads[pattern];
            if !at_boundaries(t, s, e) || in_code(t, s, e) {
                continue;
            }
            // A Party committee in lower case before its place only ("thành ủy TP.HCM"; not "UBND tỉnh ủy
            // quyền", the province authorising).
            if h.rule == Rule::Committee
                && h.kind == OrgKind::Party
                && t[s..].starts_with(crate::chars::is_lowercase)
                && !t[e..].strip_prefix(' ').is_some_and(|r| {
                    r.starts_with(crate::chars::is_uppercase)
                        || ["tỉnh ", "thành phố ", "quận ", "huyện ", "thị xã "].iter().any(|m| r.starts_with(m))
                })
            {
                continue;
            }
            // "Trường" in capitals is a word of a name ("Trường Sa", "phường Trường Thi"); in lower case, a school,
            // but not the second half of a word ("thị trường", "hiện trường", "môi trường").
            if h.key == "Trường"
                && (t[s..].starts_with(crate::chars::is_uppercase) || SCHOOL_NOT_AFTER.contains(&prev_word_str(low, s)))
            {
                continue;
            }
            if is_acronym(h.key) {
                if !(line.0..line.1).contains(&s) {
                    let ls = t[..s].rfind('\n').map_or(0, |i| i + 1);
                    let le = t[s..].find('\n').map_or(t.len(), |i| s + i);
                    line = (ls, le, !t[ls..le].chars().any(crate::chars::is_lowercase));
                }
                // A line in capitals is a headline or a byline, but "PV (TTXVN)" credits an agency.
                if line.2 && !(t[..s].ends_with('(') && t[e..].starts_with(')')) {
                    continue;
                }
            }
            if matches!(h.rule, Rule::Domain | Rule::Name) && !h.opt && !self.can_have_name(t, low, h, e) {
                // A capitalised head of two words (or "Viện", "Cục"; "Ban", "Phòng" before a level and its
                // place only) may take a name in lower-case words (`Scan::lower_name`): kept apart, it neither
                // breaks nor joins other names.
                if h.rule == Rule::Name
                    && t[s..].starts_with(crate::chars::is_uppercase)
                    && (h.key.contains(' ') || matches!(h.key, "Viện" | "Cục" | "Ban" | "Phòng"))
                {
                    weak.push((s, e, pattern));
                }
                continue;
            }
            if h.key == "Chính phủ" && CONCEPT_AFTER.iter().any(|w| t[e..].starts_with(w)) {
                continue;
            }
            // "ĐT Argentina", "ĐT Olympic Argentina": a national team, its country after it; not "Bộ GD ĐT",
            // "Sở GD-ĐT Hà Nội", "ĐT: 0912…".
            if h.key == "ĐT" {
                let q = after_team_words(t, h, e);
                let country = t[q..].starts_with(' ')
                    && self.place_at_typed(t, low, q + 1).is_some_and(|(_, ty)| ty == "country");
                if !country || t[..s].ends_with(['-', '/', '&']) || prev_word_str(t, s) == "GD" {
                    continue;
                }
            }
            // "Ban Nha" in "Tây Ban Nha" is part of a place.
            if let Some(prev) = t[..s].strip_suffix(' ') {
                let ps = word_start(prev, prev.len());
                if ps < prev.len() && self.place_at(t, low, ps).is_some_and(|pe| pe > s) {
                    continue;
                }
            }
            // "Đài Loan" is a place, not a broadcaster named "Loan".
            if self.heads[pattern].rule != Rule::Fixed && self.place_at(t, low, s).is_some_and(|pe| pe > e) {
                continue;
            }
            out.push((s, e, pattern));
        }
        (out, weak)
    }
}

/// `text` is the one-word brand `key` with some of its inner capitals written in lower case ("TPbank" for
/// "TPBank"): the same letters, the first capital kept, no capital that `key` lacks, at least five letters.
fn inner_capitals_dropped(key: &str, text: &str) -> bool {
    key.len() == text.len()
        && key.len() >= 5
        && key.is_ascii()
        && text.is_ascii()
        && !key.contains(' ')
        && key.bytes().next() == text.bytes().next()
        && key.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
        // A brand in mixed case, not an acronym ("Latam" is a region, not "LATAM").
        && key.bytes().any(|b| b.is_ascii_lowercase())
        && key.bytes().zip(text.bytes()).all(|(k, x)| k == x || k.is_ascii_uppercase() && k.to_ascii_lowercase() == x)
}

/// The bodies a Party board belongs to ("Ban dân vận Tỉnh ủy", "Ban tổ chức Trung ương", "Ban cán sự đảng
/// UBND TP").
const PARTY_PARENTS: &[&str] = &[
    "Tỉnh ủy",
    "Thành ủy",
    "Huyện ủy",
    "Quận ủy",
    "Thị ủy",
    "Đảng ủy",
    "Trung ương",
    "TƯ",
    "TW",
    "UBND",
    "HĐND",
    "Bộ ",
    "Sở ",
    "Chính phủ",
    "Quốc hội",
];

/// "Chính phủ điện tử" is a concept, not the Government.
const CONCEPT_AFTER: &[&str] = &[" điện tử", " số", " kiến tạo", " liêm chính"];

/// The span is part of a code such as "15/NQ-HĐND" or "123/UBND-KT": joined by "-" or "/" to a word
/// in capitals or digits (but "Ảnh: Thống Nhất/TTXVN" is a credit, not a code).
fn in_code(t: &str, s: usize, e: usize) -> bool {
    let code_word = |w: &str| !w.is_empty() && !w.chars().any(crate::chars::is_lowercase);
    let before = match t[..s].strip_suffix('-').or_else(|| t[..s].strip_suffix('/')) {
        Some(b) => code_word(&b[word_start(b, b.len())..]),
        None => false,
    };
    let after = match t[e..].strip_prefix('-').or_else(|| t[e..].strip_prefix('/')) {
        Some(a) => code_word(&a[..a.find(|c: char| !is_word_char(c)).unwrap_or(a.len())]),
        None => false,
    };
    // A licence plate or serial: "UN - 3897".
    let serial = t[e..].strip_prefix(" - ").is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()));
    // A stock index: "VN-Index", "HNX-Index".
    let index = t[e..].starts_with("-Index") || t[e..].starts_with("-index");
    (before || after) && !in_credit(t, s) || serial || index
}

/// The end of a unit's number after `end`: " số 5" (not " số 5A", " số 500.000").
fn unit_number(t: &str, end: usize) -> Option<usize> {
    let rest = t[end..].strip_prefix(" số ")?;
    let n = rest.bytes().take_while(u8::is_ascii_digit).count();
    let e = end + " số ".len() + n;
    let decimal = t[e..].strip_prefix(['.', ',']).is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    (n > 0 && !t[e..].starts_with(is_word_char) && !decimal).then_some(e)
}

/// One to five lower-case words, then a capitalised one: "cà phê Trung Nguyên" after "Tập đoàn", "dịch vụ
/// vận tải Nông lâm sản" after "HTX". Where the capitalised word starts in `rest`.
fn trade_then_name(rest: &str) -> Option<usize> {
    let mut at = 0;
    for (i, w) in rest.split(' ').take(6).enumerate() {
        if i > 0 && w.starts_with(crate::chars::is_uppercase) {
            return Some(at);
        }
        // "công ty con Vingroup", "công ty nước ngoài Samsung": the relation, not the trade; "tập đoàn đã
        // ký với Samsung": a clause, not the trade.
        if w.is_empty()
            || !w.chars().all(crate::chars::is_lowercase)
            || i == 0 && NOT_TRADE.contains(&w)
            || opens_clause(w)
        {
            return None;
        }
        at += w.len() + 1;
    }
    None
}

const NOT_TRADE: &[&str] = &["con", "mẹ", "thành", "nước", "riêng", "và", "cho"];

/// Whether lower-case words hold a word that ends a trade's or a board's description ([`NOT_IN_TRADE`]).
fn opens_clause(words: &str) -> bool {
    words.split(' ').any(|w| NOT_IN_TRADE.contains(&w))
}

/// Words that end a trade's description: prepositions, conjunctions and the words that start a clause.
const NOT_IN_TRADE: &[&str] = &[
    "của", "tại", "ở", "thuộc", "này", "đó", "với", "đã", "sẽ", "đang", "được", "bị", "là", "có", "không", "cũng",
    "vừa", "mới", "như", "từ", "đến", "trong", "theo", "khi", "nhưng", "thì", "mà", "vì", "do", "để", "hay", "hoặc",
    "các", "những", "nhiều", "một",
];

/// The end of the words that describe a team after a sports head ending at `e`, its sport, sex or level
/// ("CLB bóng rổ nữ TP. Cần Thơ", "đội tuyển quốc gia Thái Lan", "ĐT Olympic Argentina"), where its name
/// starts; else `e`.
fn after_team_words(t: &str, head: &Head, e: usize) -> usize {
    const TEAM_WORDS: &[&str] = &[
        "bóng đá nữ ",
        "bóng đá nam ",
        "bóng đá ",
        "quốc gia ",
        "Olympic ",
        "bóng rổ ",
        "bóng chuyền ",
        "nữ ",
        "nam ",
    ];
    let words = TEAM_WORDS.iter().find(|w| t[e..].strip_prefix(' ').is_some_and(|r| r.starts_with(*w)));
    match words {
        Some(w) if head.kind == OrgKind::Sport => e + w.len(),
        _ => e,
    }
}

/// After a number: a scale or a unit that makes it an amount ("phạt Alibaba 18 tỷ USD", "Apple 2 triệu
/// máy"), not a model ("iPhone 12").
fn amount_after(rest: &str) -> bool {
    let rest = rest.trim_start_matches(['.', ',']).trim_start_matches(|c: char| c.is_ascii_digit());
    let Some(r) = rest.strip_prefix(' ') else { return rest.starts_with('%') };
    let w = &r[..word_end(r, 0).unwrap_or(0)];
    matches!(w, "tỷ" | "tỉ" | "triệu" | "nghìn" | "ngàn" | "USD" | "đồng" | "năm" | "người" | "lần")
}

/// The names joined by "/" around `s` follow a credit ("Nguồn: AP/TTXVN", "Theo Reuters/AFP", "(Ảnh:
/// Tass)"): sources, not a code.
fn in_credit(t: &str, s: usize) -> bool {
    let mut start = s;
    // Back over the names joined by "/" (at most a few).
    for _ in 0..4 {
        let Some(b) = t[..start].strip_suffix('/').or_else(|| t[..start].strip_suffix("/ ")) else { break };
        start = word_start(b, b.len());
    }
    let head = t[..start].trim_end();
    ["Nguồn:", "Ảnh:", "Theo", "theo", "Nguồn :", "Ảnh :", "Video:", "Clip:"]
        .iter()
        .any(|c| head.strip_suffix(c).is_some_and(|r| r.chars().next_back().is_none_or(|ch| !is_word_char(ch))))
}

fn at_boundaries(t: &str, s: usize, e: usize) -> bool {
    let before = t[..s].chars().next_back().is_none_or(|c| !is_word_char(c));
    let after = t[e..].chars().next().is_none_or(|c| !is_word_char(c));
    // A key ending in "." ("TP.") is followed by anything.
    before && (after || t[..e].ends_with('.'))
}

/// The start of every capital (a character that `low`, the text lower-cased by [`lower_same_len`], changes)
/// and every ASCII digit of `t`, in order. Eight bytes at a time: most words hold neither.
fn capitals_and_digits<'a>(t: &'a [u8], low: &'a [u8]) -> impl Iterator<Item = usize> + 'a {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let word = |s: &[u8]| match s.try_into() {
        Ok(eight) => u64::from_le_bytes(eight),
        // The last few bytes, padded with zeros.
        Err(_) => {
            let mut w = [0u8; 8];
            w[..s.len()].copy_from_slice(s);
            u64::from_le_bytes(w)
        }
    };
    let mut last = usize::MAX;
    (0..t.len())
        .step_by(8)
        .flat_map(move |c| {
            let end = (c + 8).min(t.len());
            let (x, l) = (word(&t[c..end]), word(&low[c..end]));
            // The high bit of each byte that lower-casing changes (a byte of `x ^ l` other than 0) and of each
            // digit.
            let d = x ^ l;
            let mut marks = ((((d & LOW7) + LOW7) | d) & !LOW7) | crate::chars::digit_bytes(x);
            std::iter::from_fn(move || {
                (marks != 0).then(|| {
                    let j = c + marks.trailing_zeros() as usize / 8;
                    marks &= marks - 1;
                    j
                })
            })
        })
        .filter_map(move |j| {
            // A capital may differ from its lower case in a continuation byte ("Đ", "đ").
            let mut s = j;
            while s > 0 && t[s] & 0xC0 == 0x80 {
                s -= 1;
            }
            (s != last).then(|| {
                last = s;
                s
            })
        })
}

/// Every capital of the key is a capital in the text; the first may be lower case when `lower`, or when
/// a later word of the key keeps its capital ("bộ Công an", "quốc hội Mỹ": the name stays a name), or a
/// later word of a key of three words or more has one in the text ("đoàn Luật sư TP. HCM" for "Đoàn luật
/// sư"; not "xã hội Đồng Mô", "đô thị Đoàn Ngoại Giao").
fn caps_agree(key: &str, text: &str, lower: bool) -> bool {
    for (i, (k, c)) in key.chars().zip(text.chars()).enumerate() {
        if crate::chars::is_uppercase(k)
            && !crate::chars::is_uppercase(c)
            && !(i == 0 && (lower || later_capital(key) || key.matches(' ').count() >= 2 && later_capital(text)))
        {
            return false;
        }
    }
    true
}

/// A full name written in sentence case, as news often writes one: its first word capitalised, and a
/// later capitalised word of the key (a place, a proper name) still capitalised ("Đài truyền hình Việt
/// Nam" for "Đài Truyền hình Việt Nam"; not "Đài truyền hình việt nam").
fn sentence_case(key: &str, text: &str) -> bool {
    text.starts_with(crate::chars::is_uppercase)
        && key
            .split(' ')
            .zip(text.split(' '))
            .skip(1)
            .any(|(k, w)| k.starts_with(crate::chars::is_uppercase) && w.starts_with(crate::chars::is_uppercase))
}

/// Where a place's name starts at `p`, after a word of its level if one is written there ("tỉnh Thanh Hóa",
/// "TP. Hải Phòng").
fn after_level_word(t: &str, p: usize) -> usize {
    const LEVELS: &[&str] = &["tỉnh ", "thành phố ", "TP. ", "TP ", "huyện ", "quận ", "thị xã "];
    p + LEVELS.iter().find(|w| t[p..].starts_with(**w)).map_or(0, |w| w.len())
}

/// A word of the key after the first starts with a capital ("Bộ Công an", not "Chính phủ").
fn later_capital(key: &str) -> bool {
    key.split(' ').skip(1).any(|w| w.starts_with(crate::chars::is_uppercase))
}

/// Two or more letters, all capitals ("UBND", "GD&ĐT", "T.Ư").
fn is_acronym(w: &str) -> bool {
    let mut letters = 0;
    for c in w.chars() {
        if crate::chars::is_lowercase(c) {
            return false;
        }
        if crate::chars::is_alphabetic(c) {
            letters += 1;
        }
    }
    letters >= 2
}

/// End of the word starting at `pos`: letters and digits, with ".", "&", "-", "'" inside
/// ("T.Ư", "GD&ĐT", "LĐ-TB&XH", "TP.HCM").
fn word_end(t: &str, pos: usize) -> Option<usize> {
    let mut end = pos;
    let mut it = t[pos..].char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_word_char(c) {
            end = pos + i + c.len_utf8();
        } else if matches!(c, '.' | '&' | '-' | '\'') && end == pos + i {
            match it.peek() {
                Some(&(_, n)) if is_word_char(n) && end > pos => {}
                _ => break,
            }
        } else {
            break;
        }
    }
    (end > pos).then_some(end)
}

/// First character is a capital letter or a digit.
fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(|c| crate::chars::is_uppercase(c) || c.is_ascii_digit())
}

fn is_lower_word(w: &str) -> bool {
    w.chars().next().is_some_and(crate::chars::is_lowercase)
}

/// Start of the word that ends at `p` (`p` itself when no word ends there).
fn is_digits(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
}

/// The word before a head written in lower case makes a compound with it ("thủ khoa", "quốc phòng",
/// "nhập viện", "cán bộ"): not a body.
fn compound_before(head: &str, before: &str) -> bool {
    let first = head.split(' ').next().unwrap_or(head);
    match first {
        "khoa" => matches!(
            before,
            "thủ"
                | "nha"
                | "đa"
                | "chuyên"
                | "giáo"
                | "bách"
                | "nội"
                | "ngoại"
                | "sản"
                | "nhi"
                | "y"
                | "nhãn"
                | "phụ"
                | "nam"
        ),
        "phòng" => matches!(before, "quốc" | "đề" | "dự" | "biên" | "buồng" | "căn"),
        "viện" => matches!(before, "nhập" | "xuất" | "thư" | "tu" | "chuyển" | "ra"),
        "bộ" => matches!(before, "cán" | "toàn" | "đồng" | "một" | "nội" | "thủ" | "sơ" | "bản"),
        "cục" => matches!(before, "bố"),
        "đảng" => matches!(before, "chính"),
        _ => false,
    }
}

/// A school head ending at `e` named by its commune or district: "Trường tiểu học xã Thạch Văn",
/// "Trường mầm non xã Yên Hòa" (a level word, then the place's capitalised name); a hospital by its
/// district ("bệnh viện quận 1", "Bệnh viện huyện Bình Chánh").
fn school_by_commune(t: &str, h: &Head, e: usize) -> bool {
    const LEVELS: &[&str] = &["xã ", "phường ", "thị trấn ", "huyện ", "quận ", "thị xã "];
    // "bệnh viện quận 1", "Bệnh viện huyện Bình Chánh": a hospital by its district (no commune has one).
    let (levels, numbered) = match h.kind {
        OrgKind::Education => (LEVELS, false),
        OrgKind::Health if h.key == "Bệnh viện" => (&LEVELS[3..], true),
        _ => return false,
    };
    t[e..].strip_prefix(' ').is_some_and(|r| {
        levels.iter().any(|m| {
            r.strip_prefix(m).is_some_and(|p| {
                p.starts_with(crate::chars::is_uppercase)
                    || numbered && *m == "quận " && p.starts_with(|c: char| c.is_ascii_digit())
            })
        })
    })
}

/// Lower-case words that go on a name after its capitalised words (after the words given, lower-cased):
/// "Viện Tim mạch quốc gia", "Ủy ban Thương mại quốc tế", "Trung tâm Giáo dục thường xuyên" (but "Đội CSGT
/// Bàn Cờ thường xuyên phối hợp" is an adverb).
const NAME_TAILS: &[(&str, &str)] =
    &[("", "quốc gia"), ("", "quốc tế"), ("giáo dục", "thường xuyên"), ("giáo dục", "nghề nghiệp")];

/// Words that start no name in lower case after a head: "cơ quan chức năng" is generic, "Cục phó" a
/// title, "Trung tâm hiện hữu" a description.
const LOWER_NAME_NOT_FIRST: &[&str] = &["chức năng", "phó ", "trưởng ", "hiện ", "này", "đó", "trên", "mới "];

/// A capitalised word that may be the first syllable of a Vietnamese compound ("Thi" of "Thi đua"): two
/// or more letters (or "Y"), no digit, one capital, and not a long word without diacritics ("Interpol truy nã").
fn vietnamese_syllable(w: &str) -> bool {
    // "Mỏ-Địa" of "Mỏ-Địa chất": the last of words joined by hyphens.
    let w = w.rsplit('-').next().unwrap_or(w);
    let letters = w.chars().count();
    // "Y" of "Y học", "Y dược": the one syllable of a single letter that starts names.
    (letters >= 2 || w == "Y")
        && w.chars().all(crate::chars::is_alphabetic)
        && w.chars().filter(|c| crate::chars::is_uppercase(*c)).count() == 1
        && (letters <= 5 || !w.is_ascii())
}

/// The spans of the names in a credit line, joined by "/", ",", " - " or " và ".
fn credit_parts(line: &str) -> Vec<(usize, usize)> {
    let mut parts = Vec::new();
    let (mut start, mut i) = (0, 0);
    while let Some(c) = line[i..].chars().next() {
        let r = &line[i..];
        let sep = [" - ", " và ", "/", ","].into_iter().find(|x| r.starts_with(x)).map_or(0, str::len);
        if sep > 0 {
            parts.push((start, i));
            i += sep;
            start = i;
        } else {
            i += c.len_utf8();
        }
    }
    parts.push((start, line.len()));
    parts
}

/// `w` (in ASCII letters) spells one Vietnamese syllable without its marks: an initial consonant, one to three
/// vowels, a final consonant ("Minh", "Khang", "Quang"), unlike "Getty", "Mail" or "Reuters".
fn spells_syllable(w: &str) -> bool {
    const INITIALS: &[&str] = &[
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "g", "h", "k", "l", "m", "n",
        "p", "r", "s", "t", "v", "x", "",
    ];
    const FINALS: &[&str] = &["ng", "nh", "ch", "c", "m", "n", "p", "t", ""];
    let low = w.to_ascii_lowercase();
    if !low.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    INITIALS.iter().filter(|i| low.starts_with(**i)).any(|i| {
        let rest = &low[i.len()..];
        let vowels = rest.bytes().take_while(|b| b"aeiouy".contains(b)).count();
        (1..=3).contains(&vowels) && FINALS.contains(&&rest[vowels..])
    })
}

/// A word goes on right after `e`: "-35" of "Mig-35", ".vn" of "Zing.vn", "/s" (a model, an address).
fn joined_after(t: &str, e: usize) -> bool {
    let mut it = t[e..].chars();
    matches!(it.next(), Some('-' | '.' | '/')) && it.next().is_some_and(is_word_char)
}

/// Credited names that are no source: the person in the picture, a platform, a word of the page.
const NOT_SOURCES: &[&str] = &[
    "NVCC",
    "FBNV",
    "FB",
    "PV",
    "CTV",
    "BTV",
    "IT",
    "TL",
    "NV",
    "BTC",
    "ĐVCC",
    "GĐCC",
    "BSCC",
    "CTCC",
    "BSCB",
    "TTCS",
    "GTVT",
    "BHYT",
    "THCS",
    "THPT",
    "Internet",
    "Intrernet",
    "Innternet",
    "File",
    "Home",
    "About",
    "Viral",
    "Travel",
    "News",
    "Facebook",
    "Google",
    "Google Maps",
    "Youtube",
    "YouTube",
    "Instagram",
    "Twitter",
    "Pinterest",
    "Flickr",
    "Wikipedia",
    "Shutterstock",
    "Clip",
    "Video",
    "Photo",
    "Fb",
    "Health",
    "Animals",
    "Ins",
    "Insta",
];

/// Words before a company's short name that make it the place or the thing the company is named after.
const SHORT_NAME_THINGS: &[&str] = &[
    "làng",
    "gốm",
    "chợ",
    "bang",
    "thủ đô",
    "sân bay",
    "dự án",
    "tuyến",
    "mỏ",
    "núi",
    "sông",
    "thôn",
    "xóm",
    "phố",
    "đường",
    "cầu",
    "khu",
    "vùng",
    "bến",
    "cảng",
    "hồ",
    "đảo",
    "thương hiệu",
    "nhãn hiệu",
    "sản phẩm",
    "xe",
    "tàu",
    "nhà máy",
];

/// Words after a number that make it a quantity, not the number in a name ("5 năm", "2 tỷ", "3 người").
const QUANTITY_NOUNS: &[&str] = &[
    "năm", "tháng", "ngày", "tuần", "giờ", "phút", "tuổi", "lần", "người", "tỷ", "tỉ", "triệu", "nghìn", "ngàn",
    "trăm", "chục", "đồng", "km", "m", "ha", "kg", "tấn", "căn", "tầng", "chiếc", "con", "cái", "điểm", "bàn", "trận",
    "vụ", "dự", "lô", "ca", "hộ", "công", "xe", "cổ", "USD", "%", "học", "sinh", "bài", "mẫu", "sao",
];

/// Lower-case words a `long` head's name may end in ("Vụ Đánh giá thẩm định công nghệ").
const LONG_WORDS: usize = 5;

/// Legal forms of a company written in lower case inside its name.
const LEGAL_FORMS: &[&str] = &[
    "thương mại cổ phần",
    "cổ phần",
    "trách nhiệm hữu hạn",
    "một thành viên",
    "hai thành viên trở lên",
    "hai thành viên",
    "liên doanh",
];

/// Legal forms written as acronyms; a name made of them alone is no name.
const LEGAL_ACRONYMS: &[&str] = &["TNHH", "CP", "MTV", "TMCP", "CTCP", "JSC", "Cổ", "Co.", "Ltd"];

/// How many lower-case words may describe a sub-unit before its parent body.
const MAX_BRIDGE: usize = 8;

/// Words that end the description between a unit and the body it belongs to: a function word or a verb
/// starts another clause ("Cục QLCT để Cục QLCT yêu cầu", "phòng GD&ĐT cùng UBND phường"), and a unit
/// "thuộc" a body is a name of its own ("phòng Giáo dục Mầm non thuộc Sở Giáo dục và Đào tạo").
const BRIDGE_STOPS: &[&str] = &[
    "bị", "bởi", "chưa", "cho", "cùng", "cũng", "có", "còn", "cần", "của", "do", "giúp", "gửi", "hay", "hoặc", "khi",
    "là", "mà", "như", "nhưng", "nhằm", "nên", "nếu", "qua", "rồi", "sau", "sẽ", "theo", "thuộc", "thì", "trong",
    "trước", "tại", "tới", "từ", "vì", "vào", "và", "vừa", "với", "đang", "đã", "được", "đến", "để", "ở",
];

/// Where a mention at `s..e` goes among `found` (sorted by start), and whether it overlaps one there.
fn free_at(found: &[(usize, usize, OrganisationItem)], s: usize, e: usize) -> (usize, bool) {
    let k = found.partition_point(|x| x.0 < s);
    let overlaps = k.checked_sub(1).is_some_and(|j| found[j].1 > s) || found.get(k).is_some_and(|x| x.0 < e);
    (k, overlaps)
}

/// What a cue of `CUES` introduces.
enum Cue {
    /// A name of this kind (`Scan::cue_names`), right after the cue or after a description.
    Name(OrgKind),
    /// A body word whose foreign name comes only after a description of it (`Scan::described_name`): the word
    /// with a name right after it is a head of `org_heads.tsv`.
    Described(OrgKind),
    /// A credit (`Scan::credit_names`), the mark as it must be written.
    Credit(&'static str),
}

/// Cue words before a name and marks before credits, lower-cased: one search of the lower-cased text finds
/// them all.
const CUES: &[(&str, Cue)] = &[
    ("tờ ", Cue::Name(OrgKind::Media)),
    ("hãng ", Cue::Name(OrgKind::Company)),
    ("nhà mạng ", Cue::Name(OrgKind::Company)),
    ("công ty ", Cue::Described(OrgKind::Company)),
    ("tập đoàn ", Cue::Described(OrgKind::Company)),
    ("ảnh: ", Cue::Credit("Ảnh: ")),
    ("nguồn: ", Cue::Credit("Nguồn: ")),
    ("(theo ", Cue::Credit("(Theo ")),
    ("theo ", Cue::Credit("Theo ")),
];

/// A comma and a word for a kind of body, which a description of the name before the comma follows
/// ([`Scan::apposed_names`]), searched in the lower-cased text.
const APPOSITIONS: &[(&str, OrgKind)] = &[
    (", công ty ", OrgKind::Company),
    (", hãng ", OrgKind::Company),
    (", ngân hàng ", OrgKind::Bank),
    (", nhà bán lẻ ", OrgKind::Company),
    (", nhà mạng ", OrgKind::Company),
    (", quỹ ", OrgKind::Company),
    (", startup ", OrgKind::Company),
    (", tập đoàn ", OrgKind::Company),
    (", trang tin ", OrgKind::Media),
    (", trang web ", OrgKind::Media),
    (", tờ báo ", OrgKind::Media),
];

/// First words after an apposition's cue that make it no description: the cue is the subject of a clause
/// ("…, hãng đã …", "…, công ty này …").
const NOT_DESCRIPTIONS: &[&str] = &[
    "này", "đó", "đã", "sẽ", "đang", "vừa", "cũng", "mới", "được", "bị", "cho", "và", "thì", "là", "không", "vẫn",
    "của", "ghi", "khẳng", "thông", "nói", "tuyên", "cam", "xác", "phủ", "giải", "đưa", "công", "dự", "từ", "hiện",
    "tiếp", "tiến", "bắt", "lại", "còn", "chưa", "liền", "luôn",
];

/// Words that end a description before a name ([`Scan::described_name`]): the body is then another's or the
/// sentence goes on ("công ty con của Google", "tập đoàn lớn nhất tại Mỹ").
const DESCRIPTION_STOPS: &[&str] = &[
    "trong", "thuộc", "tại", "ở", "với", "như", "theo", "về", "khi", "nào", "gì", "mà", "nên", "các", "những", "nhiều",
    "là", "có", "sau", "trước", "nước", "để", "hay", "hoặc", "của", "gồm", "một", "cho", "và", "đã", "sẽ", "đang",
    "được", "bị", "không", "cũng", "này", "đó", "vừa", "mới",
];

/// Whether `name` reads as a foreign body's name: Latin letters, one word at least no Vietnamese syllable
/// ("Sun", "Nam" could be Vietnamese), no short acronym (a ticker, a code or a thing more often than a
/// company: "HPG", "TV", "OTP") and no word of [`NOT_NAMES`].
fn foreign_name(name: &str) -> bool {
    let acronym = name.len() <= 4 && !name.contains(|c: char| c.is_ascii_lowercase());
    name.is_ascii()
        && !acronym
        && name.split(' ').any(|w| !spells_syllable(w))
        && !name.split(' ').any(|w| NOT_NAMES.contains(&w))
}

/// Whether `phrase` stands in `hay` as whole words.
fn has_phrase(hay: &str, phrase: &str) -> bool {
    hay.match_indices(phrase).any(|(i, _)| {
        let after = &hay[i + phrase.len()..];
        (i == 0 || hay[..i].ends_with(' ')) && (after.is_empty() || after.starts_with(' '))
    })
}

/// Words of a description of a company ([`Scan::described_name`]): what it does, or its rank; one of them at
/// least, so that a verb phrase ("công ty yêu cầu người dùng cung cấp OTP") is no description.
const DESCRIPTION_WORDS: &[&str] = &[
    "hàng đầu",
    "lớn",
    "nhỏ",
    "địa phương",
    "toàn cầu",
    "quốc tế",
    "đa quốc gia",
    "khởi nghiệp",
    "đầu tư",
    "tài chính",
    "bán lẻ",
    "đo kiểm",
    "viễn thông",
    "sản xuất",
    "lữ hành",
    "du lịch",
    "đồ ăn",
    "thu thập",
    "phân tích",
    "luật",
    "bảo hiểm",
    "năng lượng",
    "dầu",
    "độ",
    "siêu xe",
    "xây dựng",
    "giải trí",
    "thương mại",
    "phần mềm",
    "chứng khoán",
    "môi giới",
    "quỹ",
    "vận chuyển",
    "điện tử",
    "thực phẩm",
    "đồ uống",
    "khai khoáng",
    "thăm dò",
    "khảo sát",
    "xếp hạng",
    "an ninh",
    "mạng xã hội",
    "internet",
    "trực tuyến",
    "bất động sản",
    "khách sạn",
    "hóa chất",
    "thép",
];

/// Capitalised Latin words before an apposition's comma that name no body.
const NOT_NAMES: &[&str] = &["Covid", "COVID", "Internet"];

static APPOSITION_SEARCH: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| first_field_search(APPOSITIONS));

static CUE_SEARCH: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| first_field_search(CUES));

/// A leftmost-first search for the phrases of a table of (phrase, what it says): a match's pattern is its row.
fn first_field_search<T>(table: &[(&str, T)]) -> aho_corasick::AhoCorasick {
    aho_corasick::AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(table.iter().map(|c| c.0))
        .expect("a table's phrases are a valid automaton")
}

/// `club_forms.tsv`: (form, canonical name), searched as written.
static CLUB_FORMS: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| lexicon::rows(lexicon::CLUB_FORMS).map(|r| (r[0], r.get(1).copied().unwrap_or(r[0]))).collect());

static CLUB_SEARCH: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(CLUB_FORMS.iter().map(|c| c.0))
        .expect("the club forms are a valid automaton")
});

/// Words that "trường" completes ("thị trường", "hiện trường", "vũ trường", "súng trường"): no school.
const SCHOOL_NOT_AFTER: &[&str] = &[
    "thị", "môi", "hiện", "chiến", "quảng", "thương", "lập", "công", "phi", "nông", "lâm", "ngư", "pháp", "đấu", "võ",
    "kịch", "tình", "quan", "vũ", "chính", "hội", "hậu", "phim", "thao", "súng", "từ", "khai", "lễ", "toàn", "sân",
    "nhà", "đội", "ngôi", "mái", "cổng", "học",
];

/// A company's trade between "hãng" and its name ("hãng hàng không Qatar Airways", "hãng xe Ford").
const COMPANY_TRADES: &[&str] = &[
    "hàng không ",
    "xe ",
    "xe hơi ",
    "ô tô ",
    "ôtô ",
    "bay ",
    "phim ",
    "thời trang ",
    "dược ",
    "dược phẩm ",
    "công nghệ ",
    "điện thoại ",
    "truyền thông ",
    "mỹ phẩm ",
    "đồng hồ ",
    "bảo mật ",
    "an ninh mạng ",
    "tư vấn ",
    "nghiên cứu ",
    "kiểm toán ",
    "vận tải ",
    "tàu biển ",
    "giày ",
    "trang sức ",
    "game ",
    "chip ",
    "vũ khí ",
    "máy bay ",
    "quốc phòng ",
    "xếp hạng ",
    "đấu giá ",
    "taxi ",
    "thực phẩm ",
    "đồ uống ",
    "bia ",
];

/// Capitalised, these words open a sentence; they are no word of a name.
const SENTENCE_OPENERS: &[&str] =
    &["Theo", "Trong", "Ngay", "Sau", "Tại", "Khi", "Với", "Trước", "Nếu", "Tuy", "Nhưng", "Còn", "Đây", "Hiện"];

/// Middle names common enough that a capitalised word between two others marks a person's name.
const MIDDLE_NAMES: &[&str] = &[
    "Bá", "Công", "Duy", "Hữu", "Minh", "Ngọc", "Quang", "Quốc", "Thanh", "Thế", "Thị", "Tiến", "Trọng", "Văn", "Xuân",
    "Đình", "Đức",
];

/// How many parent bodies a sub-unit may take in ("Đội CSGT Công an huyện X").
const MAX_CHAIN: usize = 3;

/// A name being read after its head: what the steps of `Scan::name_run` share.
struct NameRun {
    /// Where the next word starts.
    pos: usize,
    /// The end of the name read so far.
    end: Option<usize>,
    /// The capitalised words (and places) of the name.
    caps: Vec<(usize, usize)>,
    /// A legal form ("trách nhiệm hữu hạn") was read: longer lower-case runs may follow.
    after_legal: bool,
}

/// What a step of `Scan::name_run` leaves to do.
enum Step {
    /// The name ends.
    Stop,
    /// `pos` is at the next word already.
    AtNextWord,
    /// Read the separator to the next word.
    Separator,
}

/// Lower-case words after a name's capitalised word (`Scan::lower_run`).
struct LowerRun {
    words: usize,
    /// The end of the last word.
    last: usize,
    /// Where reading stopped: the start of the word after the run.
    next: usize,
    /// The run stopped at a level marker ("tỉnh", "huyện").
    after_marker: bool,
    /// The end of the first word.
    first_end: usize,
}

struct Scan<'a> {
    t: &'a str,
    low: &'a str,
    lex: &'a Lex,
    triggers: Vec<(usize, usize, usize)>,
    /// Capitalised heads followed by a lower-case word (`Lex::triggers`).
    lower_heads: Vec<(usize, usize, usize)>,
}

/// A found name: span, kind, and the rule of its first trigger.
#[derive(Clone, Copy, Debug)]
struct Found {
    start: usize,
    end: usize,
    kind: OrgKind,
}

impl Scan<'_> {
    fn run(&self, out: &mut Vec<Entity>) {
        let mut found: Vec<(usize, usize, OrganisationItem)> = Vec::new();
        let mut reach = 0;
        // (acronym, kind, where its definition ends, canonical name of the body it abbreviates)
        let mut defined: Vec<(String, OrgKind, usize, String)> = Vec::new();
        // (short name, where the full name ends, kind, canonical name of the body)
        let mut aliases: Vec<(&str, usize, OrgKind, String)> = Vec::new();
        for i in 0..self.triggers.len() {
            let (s, _, _) = self.triggers[i];
            if s < reach {
                continue;
            }
            // Of the triggers that start here, the one that reads the longest name ("đảng Cộng hòa" of the
            // gazetteer, not "đảng Cộng" of the head).
            // A known party beats a longer reading of the head "Đảng": a member's name often follows it
            // ("đảng Cộng hòa", not "đảng Cộng hòa Donald Trump").
            let mut best: Option<(Found, usize)> = None;
            let generic = |j: usize| {
                let h = &self.lex.heads[self.triggers[j].2];
                h.kind == OrgKind::Party && h.rule == Rule::Name && !h.key.contains(' ')
            };
            let known = |j: usize| self.triggers[j].2 >= self.lex.gazetteer_from;
            for j in (i..self.triggers.len()).take_while(|&j| self.triggers[j].0 == s) {
                if let Some(f) = self.extend(j, 0) {
                    let better = match best {
                        None => true,
                        Some((_, b)) if known(j) && generic(b) => true,
                        Some((_, b)) if known(b) && generic(j) => false,
                        // The same words as a known name: the known name ("FLC Thanh Hóa", a club, not the
                        // company "FLC" and a place).
                        Some((b, i)) if f.end == b.end && known(j) && !known(i) => true,
                        Some((b, _)) => f.end > b.end,
                    };
                    if better {
                        best = Some((f, j));
                    }
                }
            }
            let Some((f, i)) = best else { continue };
            if self.is_place(f.start, f.end) {
                continue;
            }
            // "Công ty cổ phần Nghe nhìn toàn cầu (AVG)": lower-case words that lead to the acronym of the
            // name are part of it.
            let to_acronym = self.lower_words_to_acronym(f.end);
            let f = Found { end: to_acronym.unwrap_or(f.end), ..f };
            let mut item = self.item(f);
            reach = f.end;
            if let Some((inner, close)) = self.parenthesis(f.end) {
                // "(Vietcombank, mã chứng khoán VCB)": the acronym is what comes before the comma.
                // "Liverpool (Southampton, Wolves, Sunderland)": a list of other bodies.
                let list = inner.matches(", ").count() >= 2;
                let split = if list { None } else { inner.split_once(", ").map(|(a, _)| a) };
                // "(PC45, Công an TP Hà Nội)": the body after the comma is read on its own.
                let close = split.map_or(close, |a| f.end + " (".len() + a.len());
                let inner = if list { "" } else { split.unwrap_or(inner) };
                // A company's short name in one word that the gazetteer gives no other body abbreviates it
                // whatever its letters: "Tổng công ty Điện lực Dầu khí (PVPower)".
                let known = self.lex.gazetteer_name(inner);
                let brand = f.kind == OrgKind::Company
                    && !inner.contains(' ')
                    && !inner.bytes().any(|b| b.is_ascii_digit())
                    && known.is_none();
                let fits = brand || acronym_fits(inner, &item.name, self.lex.heads[self.triggers[i].2].key);
                if self.is_country(inner) {
                    item.country = Some(inner.to_string());
                    reach = close;
                } else if looks_like_acronym(inner)
                    && inner != item.name
                    // "Bệnh viện Đa khoa Khu vực Hóc Môn (TP.HCM)": where the body is, not its acronym.
                    && !self.is_place(f.end + " (".len(), f.end + " (".len() + inner.len())
                    // "U23 Malaysia (VTV6)": a body of its own that does not abbreviate this one; but "Tổ chức Y tế
                    // thế giới (WHO)", "Hãng thông tấn trung ương Triều Tiên (KCNA)" name the same body.
                    && (fits
                        || known.is_none_or(|c| {
                            c.eq_ignore_ascii_case(&item.canonical)
                                || crate::chars::lowercase(c) == crate::chars::lowercase(&item.name)
                                || self.known_kind_at(f.end + 2).is_some_and(|k| k == f.kind || f.kind == OrgKind::Other)
                        }))
                {
                    item.acronym = Some(inner.to_string());
                    if to_acronym.is_some() || fits {
                        // Later bare uses are this body only when the acronym names it, not more.
                        let canonical =
                            if abbreviates(inner, &item.name) { item.canonical.clone() } else { String::new() };
                        defined.push((inner.to_string(), f.kind, close, canonical));
                    }
                    reach = close;
                }
            }
            // Later uses are read after the parenthesis: "Công ty cổ phần Chứng khoán SSI (SSI)".
            if let Some(short) = self.short_name(self.triggers[i], f) {
                aliases.push((short, reach, f.kind, item.canonical.clone()));
            }
            found.push((f.start, f.end, item));
        }
        // Names in lower-case words after a capitalised head, where no other name is.
        for &(s, e, h) in &self.lower_heads {
            let (k, overlaps) = free_at(&found, s, e);
            if overlaps || self.plural_before(s) {
                continue;
            }
            let key = self.lex.heads[h].key;
            // "Ban bồi thường quận Cầu Giấy": a board of one word takes lower-case words up to a place only.
            // "Ban kỷ luật VFF", "Phòng kế toán Công ty X": a board or a department named by what it does,
            // then the body it belongs to, found already.
            let mut of_body = false;
            let found_name = if matches!(key, "Ban" | "Phòng") {
                self.lower_name(e, true).or_else(|| {
                    let end = self.board_of(e, found.get(k).map(|x| (x.0, x.1)))?;
                    of_body = true;
                    Some(end)
                })
            } else {
                self.words_to_acronym(e).or_else(|| self.lower_name(e, false)).or_else(|| self.complement_name(e, key))
            };
            let Some(end) = found_name else { continue };
            let mut kind = self.lex.heads[h].kind;
            if of_body {
                let body = found.remove(k);
                if kind == OrgKind::Other {
                    kind = body.2.kind;
                }
            } else if found.get(k).is_some_and(|x| x.0 < end) {
                continue;
            }
            let mut item = self.item(Found { start: s, end, kind });
            if let Some((inner, close)) = self.parenthesis(end).filter(|(inner, _)| is_acronym(inner)) {
                item.acronym = Some(inner.to_string());
                // The acronym in the parenthesis is this name's, not a mention of its own.
                found.retain(|x| !(x.0 > end && x.1 < close));
            }
            found.insert(k, (s, end, item));
        }
        // Names after a cue word that is no part of them ("tờ Daily Mail", "hãng Mitsubishi"), then foreign
        // names that a description after a comma makes bodies ("Archegos, công ty môi giới …"), where no other
        // name is; later bare uses of the name are the same body.
        let cues: Vec<(usize, usize)> =
            CUE_SEARCH.find_iter(self.low).map(|m| (m.start(), m.pattern().as_usize())).collect();
        for (s, e, kind) in self.cue_names(&cues).into_iter().chain(self.apposed_names()) {
            let (k, overlaps) = free_at(&found, s, e);
            if overlaps {
                continue;
            }
            let item = self.item(Found { start: s, end: e, kind });
            aliases.push((&self.t[s..e], e, kind, item.canonical.clone()));
            found.insert(k, (s, e, item));
        }
        // Foreign names listed after known companies: "Apple, Facebook, Uber, Google, Snap, Airbnb và Netflix".
        for (s, e) in self.listed_names(&found) {
            let (k, overlaps) = free_at(&found, s, e);
            if !overlaps {
                let item = self.item(Found { start: s, end: e, kind: OrgKind::Company });
                aliases.push((&self.t[s..e], e, OrgKind::Company, item.canonical.clone()));
                found.insert(k, (s, e, item));
            }
        }
        // Sources credited by name ("Ảnh: Getty Images", "(Theo Phonearena)"), where no other name is.
        for (s, e) in self.credit_names(&cues) {
            let (k, overlaps) = free_at(&found, s, e);
            if !overlaps {
                found.insert(k, (s, e, self.item(Found { start: s, end: e, kind: OrgKind::Media })));
            }
        }
        // Later bare uses of an acronym defined in parentheses. The mentions found so far do not overlap:
        // by start, the one that could overlap a span is the last one starting before its end.
        let mut spans: std::collections::BTreeMap<usize, (usize, usize)> =
            found.iter().enumerate().map(|(i, (s, e, _))| (*s, (*e, i))).collect();
        // One search per acronym, however often it is defined (a long document may define it again and
        // again): a use is read with every definition before it, the first giving its kind, the last that
        // names a body its canonical name.
        let mut acronyms: Vec<&str> = Vec::new();
        for (acr, ..) in &defined {
            if !acronyms.contains(&acr.as_str()) {
                acronyms.push(acr);
            }
        }
        for acr in acronyms {
            // "(KH&CN)" after "Sở Khoa học và Công nghệ" abbreviates the domain: bare "KH&CN" is the field.
            if self.lex.domains.contains(&acr) {
                continue;
            }
            let defs: Vec<&(String, OrgKind, usize, String)> = defined.iter().filter(|d| d.0 == acr).collect();
            // For the first `k` definitions, the last canonical name among them.
            let mut named: Vec<Option<&String>> = Vec::with_capacity(defs.len());
            for d in &defs {
                let last = named.last().copied().flatten();
                named.push(Some(&d.3).filter(|c| !c.is_empty()).or(last));
            }
            let kind = defs[0].1;
            let mut at = defs[0].2;
            while let Some(p) = self.t[at..].find(acr) {
                let (s, e) = (at + p, at + p + acr.len());
                at = e;
                if !at_boundaries(self.t, s, e) {
                    continue;
                }
                let canonical = named[defs.partition_point(|d| d.2 <= s) - 1];
                // A known name ("WHO") was found already: it is this body too.
                if let Some((_, &(_, i))) = spans.range(..e).next_back().filter(|(_, (fe, _))| *fe > s) {
                    let item = &mut found[i].2;
                    if let Some(c) = canonical.filter(|_| item.name == acr) {
                        item.canonical = c.clone();
                    }
                    continue;
                }
                let mut item = self.item(Found { start: s, end: e, kind });
                item.acronym = Some(acr.to_string());
                if let Some(c) = canonical {
                    item.canonical = c.clone();
                }
                spans.insert(s, (e, found.len()));
                found.push((s, e, item));
            }
        }
        // Later uses of a company's short name ("Tập đoàn Hòa Phát … Hòa Phát"): the same body. One search
        // per short name, from its first full name on: a search from a later full name of the same short
        // name meets only uses the first search has read, each taken then or left for good (a use is left
        // for what it is and where, or for overlapping a mention, which stays), as the acronyms are.
        let mut searched: std::collections::HashSet<&str> = std::collections::HashSet::new();
        for (short, from, kind, canonical) in aliases {
            if !searched.insert(short) {
                continue;
            }
            let mut at = from;
            while let Some(p) = self.t[at..].find(short) {
                let (s, e) = (at + p, at + p + short.len());
                at = e;
                // "Mig-35", "Vinamilk.com": a model or an address.
                if !at_boundaries(self.t, s, e) || !self.alone(s, e) || joined_after(self.t, e) {
                    continue;
                }
                // "Đại học Trump … Tổng thống Trump": a school's foreign name is a person's after a title.
                if !matches!(kind, OrgKind::Company | OrgKind::Bank) && self.after_title(s) {
                    continue;
                }
                if spans.range(..e).next_back().is_some_and(|(_, (fe, _))| *fe > s) {
                    continue;
                }
                let mut item = self.item(Found { start: s, end: e, kind });
                item.canonical = canonical.clone();
                spans.insert(s, (e, found.len()));
                found.push((s, e, item));
            }
        }
        // In an article about sport, club names that are places elsewhere ("FLC Thanh Hóa và Hải Phòng").
        let clubs: std::collections::HashSet<&str> =
            found.iter().filter(|(.., x)| x.kind == OrgKind::Sport).map(|(.., x)| x.canonical.as_str()).collect();
        if clubs.len() >= 2 && self.about_football() {
            for m in CLUB_SEARCH.find_iter(self.t) {
                let (s, e) = (m.start(), m.end());
                // A word of a longer name next to it ("Real Sociedad", "Monaco Lê") ends the reading.
                let cap_next = |w: Option<&str>| w.is_some_and(is_cap);
                let (before, after) = self.words_around(s, e);
                if !at_boundaries(self.t, s, e)
                    || cap_next(before) && !crate::text::sentence_starts_at(self.t, s)
                    || cap_next(after)
                    || joined_after(self.t, e)
                    || self.after_place_word(s)
                    || self.among_places(s, e)
                    || spans.range(..e).next_back().is_some_and(|(_, (fe, _))| *fe > s)
                {
                    continue;
                }
                let mut item = self.item(Found { start: s, end: e, kind: OrgKind::Sport });
                item.canonical = CLUB_FORMS[m.pattern().as_usize()].1.to_string();
                spans.insert(s, (e, found.len()));
                found.push((s, e, item));
            }
        }
        found.sort_by_key(|(s, _, _)| *s);
        out.extend(found.into_iter().map(|(s, e, item)| Entity::new(s, e, item)));
    }

    /// The article is about football: three words of the game at least ("trận", "cầu thủ", "V-League").
    fn about_football(&self) -> bool {
        const WORDS: &[&str] = &[
            "trận",
            "vòng",
            "hlv",
            "cầu thủ",
            "bàn thắng",
            "ghi bàn",
            "tiền đạo",
            "tiền vệ",
            "hậu vệ",
            "thủ môn",
            "đội bóng",
            "ngoại hạng",
            "la liga",
            "serie a",
            "bundesliga",
            "champions league",
            "v-league",
            "ligue 1",
            "hiệp 1",
            "hiệp 2",
            "sân nhà",
            "đội khách",
            "bxh",
        ];
        WORDS.iter().filter(|w| self.low.contains(*w)).nth(2).is_some()
    }

    /// The name at `s..e` is listed with places that name no club ("gồm Tiền Giang, Cần Thơ, Gia Lai").
    fn among_places(&self, s: usize, e: usize) -> bool {
        // `club_forms.tsv` is sorted by its forms.
        let club = |a: usize, b: usize| CLUB_FORMS.binary_search_by(|c| c.0.cmp(&self.t[a..b])).is_ok();
        let place_not_club = |a: usize| self.known_place(a).is_some_and(|b| !club(a, b));
        let before = self.t[..s].strip_suffix(", ").map(|b| {
            // The start of the capitalised words before the comma.
            let mut p = b.len();
            while let Some(w) = self.t[..p].rsplit(' ').next().filter(|w| is_cap(w) && !w.is_empty()) {
                p -= w.len();
                if !self.t[..p].ends_with(' ') {
                    break;
                }
                p -= 1;
            }
            if p < b.len() && self.t[p..].starts_with(' ') { p + 1 } else { p }
        });
        before.is_some_and(place_not_club) || self.t[e..].starts_with(", ") && place_not_club(e + 2)
    }

    /// The word before `s` makes what follows a place ("tại Hải Phòng", "tỉnh Thanh Hóa", "người Monaco").
    fn after_place_word(&self, s: usize) -> bool {
        const PLACE_WORDS: &[&str] = &[
            "tại",
            "ở",
            "đến",
            "tới",
            "từ",
            "về",
            "ra",
            "vào",
            "qua",
            "khắp",
            "trên",
            "phố",
            "thành phố",
            "TP",
            "tỉnh",
            "sân",
            "vận động",
            "người",
            "xứ",
            "quê",
            "miền",
            "vùng",
            "khu",
            "đất",
            "quận",
            "huyện",
            "xã",
            "phường",
            "thủ đô",
            "bang",
        ];
        let before = self.t[..s].trim_end_matches(' ');
        let one = &before[word_start(before, before.len())..];
        let two =
            before[..before.len() - one.len()].trim_end_matches(' ').rsplit(' ').next().map(|w| format!("{w} {one}"));
        PLACE_WORDS.contains(&one) || two.is_some_and(|t| PLACE_WORDS.contains(&t.as_str()))
    }

    /// The distinctive part of a company's or a bank's name, by which the article may name it again:
    /// the capitalised words that end it after the head and the legal form ("Hòa Phát" of "Tập đoàn Hòa
    /// Phát", "Bình Sơn" of "Công ty cổ phần Lọc hóa dầu Bình Sơn", "Licogi" of "Tổng công ty Licogi -
    /// CTCP"); none when that part is a place or a word of a common name ("Ngân hàng Nhà nước").
    fn short_name(&self, trigger: (usize, usize, usize), f: Found) -> Option<&str> {
        let (_, he, h) = trigger;
        let head = &self.lex.heads[h];
        if head.rule != Rule::Name || he >= f.end {
            return None;
        }
        // "Cảng hàng không Tân Sơn Nhất … Tân Sơn Nhất", "Nhà máy thủy điện Đrăng Phốk … Đrăng Phốk": alone, the
        // name of a facility is the place.
        if matches!(head.key, "Cảng hàng không" | "Cảng HKQT" | "Nhà máy") {
            return None;
        }
        let company = matches!(head.kind, OrgKind::Company | OrgKind::Bank);
        let mut rest = self.t[he..f.end].trim();
        for suffix in [" - CTCP", " - JSC", " JSC", " CTCP"] {
            rest = rest.strip_suffix(suffix).unwrap_or(rest);
        }
        // The capitalised (or numbered) words at the end.
        let words: Vec<&str> = rest.split(' ').collect();
        let keep = words.iter().rev().take_while(|w| is_cap(w) && !LEGAL_ACRONYMS.contains(w)).count();
        let first = words.len() - keep;
        if keep == 0 || is_digits(words[first]) {
            return None;
        }
        // The kept words and the spaces before them are `rest`'s tail; with every word kept, all of it.
        let start = rest.len() + 1 - words[first..].iter().map(|w| w.len() + 1).sum::<usize>();
        let short = &rest[start..];
        let at = he + (self.t[he..].len() - self.t[he..].trim_start().len()) + start;
        let generic = ["Nhà nước", "Việt Nam", "Quốc tế", "Trung ương", "Quốc gia", "Thương mại", "Đầu tư"];
        // A school's, a hospital's or another body's name is read again alone when it is foreign ("Đại học
        // Greenwich … sinh viên Greenwich"), not a name in Vietnamese syllables ("Bệnh viện Bạch Mai", a
        // place and a person's name too).
        let foreign = |w: &str| w.len() >= 4 && w.bytes().all(|b| b.is_ascii_alphabetic()) && !spells_syllable(w);
        let school = matches!(head.kind, OrgKind::Education | OrgKind::Health);
        let whole = self.t[he..f.end].trim() == short;
        if !(company || school && whole && short.split(' ').all(foreign)) {
            return None;
        }
        if short.chars().count() < 3
            || generic.contains(&short)
            || self.known_place(at) == Some(at + short.len())
            || self.word_roles(at, at + short.len()).is_some()
        {
            return None;
        }
        Some(short)
    }

    /// Names introduced by a cue word that is not part of them: a newspaper after "tờ", a company after
    /// "hãng" (and its trade: "hãng hàng không Qatar Airways") or "nhà mạng". The name is one to five
    /// capitalised words (foreign names may join them with "of", "de", "&"…), not a place ("hãng Nhật
    /// Bản"), a person's title or a document.
    /// `cues`: where each of `CUES` occurs in the lower-cased text.
    fn cue_names(&self, cues: &[(usize, usize)]) -> Vec<(usize, usize, OrgKind)> {
        let (t, low) = (self.t, self.low);
        let mut out = Vec::new();
        for &(p, k) in cues {
            let (cue, kind, direct) = match CUES[k] {
                (cue, Cue::Name(kind)) => (cue, kind, true),
                (cue, Cue::Described(kind)) => (cue, kind, false),
                _ => continue,
            };
            // "Đắk Tờ Re": a word of a place; "các hãng": any company.
            if t[..p].chars().next_back().is_some_and(is_word_char)
                || t[p..].starts_with(crate::chars::is_uppercase) && is_cap(prev_word_str(t, p))
                || self.plural_before(p)
            {
                continue;
            }
            let mut q = p + cue.len();
            if cue == "hãng " {
                if let Some(trade) = COMPANY_TRADES.iter().find(|w| low[q..].starts_with(**w)) {
                    q += trade.len();
                }
            }
            if let Some(e) = self.cued_name(q).filter(|_| direct) {
                out.push((q, e, kind));
            } else if let Some((s, e)) = self.described_name(q, kind) {
                out.push((s, e, kind));
            }
        }
        out.sort_unstable_by_key(|&(s, e, _)| (s, e));
        out
    }

    /// Names in a list ("A, B, C và D") that begins with a known company, of which two members at least are
    /// companies found, and whose other members are foreign names of one to three capitalised Latin words
    /// ([`Scan::latin_name`]): "Apple, Facebook, Uber, Google, Intel, Snap, Airbnb và Netflix".
    fn listed_names(&self, found: &[(usize, usize, OrganisationItem)]) -> Vec<(usize, usize)> {
        let t = self.t;
        let mut out = Vec::new();
        let mut i = 0;
        while i < found.len() {
            if found[i].2.kind != OrgKind::Company {
                i += 1;
                continue;
            }
            // (start, end, found already)
            let mut members = vec![(found[i].0, found[i].1, true)];
            let (mut at, mut j) = (found[i].1, i + 1);
            while let Some(sep) = [", ", " và "].iter().find(|sep| t[at..].starts_with(**sep)) {
                let ns = at + sep.len();
                if found.get(j).is_some_and(|f| f.0 == ns) {
                    if found[j].2.kind != OrgKind::Company {
                        break;
                    }
                    members.push((ns, found[j].1, true));
                    at = found[j].1;
                    j += 1;
                } else if let Some(ne) = self.latin_name(ns).filter(|&ne| found.get(j).is_none_or(|f| f.0 >= ne)) {
                    members.push((ns, ne, false));
                    at = ne;
                } else {
                    break;
                }
                if *sep == " và " {
                    break;
                }
            }
            if members.len() >= 3 && members.iter().filter(|m| m.2).count() >= 2 {
                out.extend(members.iter().filter(|m| !m.2).map(|m| (m.0, m.1)));
            }
            i = j;
        }
        out
    }

    /// A foreign name of one to three capitalised words in Latin letters at `s`, one of them at least no
    /// Vietnamese syllable, no short acronym and no known place: its end.
    fn latin_name(&self, s: usize) -> Option<usize> {
        let t = self.t;
        let mut e = s;
        for n in 0..3 {
            let ws = if n == 0 { s } else { e + 1 };
            if n > 0 && !t[e..].starts_with(' ') {
                break;
            }
            let we = ws + t[ws..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '&')).unwrap_or(t.len() - ws);
            let w = &t[ws..we];
            if !w.starts_with(|c: char| c.is_ascii_uppercase()) || NOT_NAMES.contains(&w) {
                break;
            }
            e = we;
        }
        (e > s && foreign_name(&t[s..e]) && self.known_place(s).is_none() && !t[e..].starts_with(is_word_char))
            .then_some(e)
    }

    /// A foreign name after a description of the body in lower-case words, starting at `q` (after the cue):
    /// "công ty đo kiểm viễn thông hàng đầu thế giới Umlaut", "hãng nghiên cứu thị trường Strategy
    /// Analytics". The name is in Latin letters, one word at least no Vietnamese syllable ("Sun", "Nam" could
    /// be Vietnamese), as after an apposition's comma; the description has no word of a clause ("của",
    /// "đã", "này").
    fn described_name(&self, q: usize, kind: OrgKind) -> Option<(usize, usize)> {
        let t = self.t;
        let mut at = q;
        for n in 0..10 {
            let we = word_end(t, at)?;
            let w = &t[at..we];
            if w.starts_with(crate::chars::is_uppercase) {
                if n == 0 {
                    return None;
                }
                let e = self.cued_name(at)?;
                // "Tập đoàn xây dựng ACS do Florentino Perez đứng đầu": "do" (by) ends the name here.
                let e = t[at..e].find(" do ").map_or(e, |i| at + i);
                if !foreign_name(&t[at..e]) {
                    return None;
                }
                // A paper is described as one ("tờ báo địa phương …"); "tờ khai" is a form.
                let (words_of, trades): (&[&str], &[&str]) = if kind == OrgKind::Media {
                    (&["báo", "tin tức", "tạp chí"], &[])
                } else {
                    (DESCRIPTION_WORDS, COMPANY_TRADES)
                };
                let description = self.low[q..at].trim_end();
                let described = words_of.iter().chain(trades).any(|d| has_phrase(description, d.trim_end()));
                return described.then_some((at, e));
            }
            if !w.chars().all(crate::chars::is_lowercase)
                || n == 0 && NOT_DESCRIPTIONS.contains(&w)
                || DESCRIPTION_STOPS.contains(&w)
            {
                return None;
            }
            if !t[we..].starts_with(' ') {
                return None;
            }
            at = we + 1;
        }
        None
    }

    /// Foreign names described after a comma as a body of a kind: "Archegos, công ty môi giới thuộc …",
    /// "Rimfire Resources, hãng tuyển dụng …", "Fossil Group, tập đoàn chuyên về đồng hồ … của Mỹ". The name
    /// is a run of capitalised words in Latin letters, at least one of which Vietnamese cannot spell ("Sun",
    /// "Nam" could be Vietnamese); the description is lower-case words (and places) up to the clause's end:
    /// "Luis Suarez, tờ Mirror", "Lexus, công ty ô tô Toyota" name the body after the cue, not before it.
    fn apposed_names(&self) -> Vec<(usize, usize, OrgKind)> {
        let (t, low) = (self.t, self.low);
        let mut out = Vec::new();
        for m in APPOSITION_SEARCH.find_iter(low) {
            let (comma, cue_end) = (m.start(), m.end());
            let kind = APPOSITIONS[m.pattern().as_usize()].1;
            // The description: a lower-case word first, then no capitalised word but a place's.
            let clause_end =
                t[cue_end..].find([',', '.', ';', ':', '(', ')', '\n', '"']).map_or(t.len(), |i| cue_end + i);
            let Some(first) = t[cue_end..clause_end].split(' ').find(|w| !w.is_empty()) else { continue };
            if !first.starts_with(crate::chars::is_lowercase) || NOT_DESCRIPTIONS.contains(&first) {
                continue;
            }
            let mut at = cue_end;
            let described = t[cue_end..clause_end].split(' ').all(|w| {
                let here = at;
                at += w.len() + 1;
                !w.starts_with(crate::chars::is_uppercase) || self.known_place(here).is_some()
            });
            if !described {
                continue;
            }
            // The name: capitalised words in Latin letters right before the comma, without the Vietnamese
            // words that may open it ("Theo PageFair").
            let (mut start, mut end) = (comma, comma);
            for _ in 0..4 {
                let ws = crate::text::word_start(t, end);
                if ws == end || !t[ws..end].starts_with(|c: char| c.is_ascii_uppercase()) || !t[ws..end].is_ascii() {
                    break;
                }
                start = ws;
                if ws == 0 || t.as_bytes()[ws - 1] != b' ' {
                    break;
                }
                end = ws - 1;
            }
            // Words glued to what is before them ("TP.HCM", "TB&XH") are the end of something else.
            if start == comma || start > 0 && !matches!(t.as_bytes()[start - 1], b' ' | b'\n' | b'(' | b'"') {
                continue;
            }
            let name_words: Vec<&str> = t[start..comma].split(' ').collect();
            let skip = name_words.iter().take_while(|w| SENTENCE_OPENERS.contains(w)).count();
            let name_words = &name_words[skip..];
            if !name_words.iter().any(|w| !spells_syllable(w)) || name_words.iter().any(|w| NOT_NAMES.contains(w)) {
                continue;
            }
            let start = comma - name_words.join(" ").len();
            if self.known_place(start).is_some() {
                continue;
            }
            out.push((start, comma, kind));
        }
        out
    }

    /// The sources named in a credit: after "Ảnh:" or "Nguồn:" up to the end of the line or a closing
    /// parenthesis, and in "(Theo …)"; each of the names joined by "/", ",", " - " or "và"
    /// that reads as a source (`source_name`) and is no known place or common credit ("Internet", "NVCC": the
    /// person in the picture; "Facebook …"). Photographers' names ("Ảnh: Toàn Vũ", "Ảnh: Minh Khang") are
    /// left out.
    fn credit_names(&self, cues: &[(usize, usize)]) -> Vec<(usize, usize)> {
        let t = self.t;
        let mut out = Vec::new();
        for &(p, k) in cues {
            // Written as the mark is: "Ảnh:" with its capital.
            let (_, Cue::Credit(mark)) = CUES[k] else { continue };
            if !t[p..].starts_with(mark) {
                continue;
            }
            let from = p + mark.len();
            // "Theo Tiền phong", "Theo Scitech Daily" on a line of its own at an article's end: its source.
            if mark == "Theo " {
                if let Some((s, e)) = self.source_line(p, from) {
                    out.push((s, e));
                }
                continue;
            }
            let line = &t[from..t[from..].find(['\n', ')', '(']).map_or(t.len(), |k| from + k)];
            let line = &line[..line.find(". ").unwrap_or(line.len())];
            for (ps, pe) in credit_parts(line) {
                let part = &line[ps..pe];
                let name = part.trim().trim_end_matches('.');
                let s = from + ps + (part.len() - part.trim_start().len());
                let e = s + name.len();
                let platform = name.split(' ').next().is_some_and(|w| NOT_SOURCES.contains(&w));
                if self.source_name(name, s) && !platform && self.known_place(s) != Some(e) {
                    out.push((s, e));
                } else if let Some(e) = self.source_before_sentence(name, s) {
                    out.push((s, e));
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The source named on a line of its own after "Theo " (at `p`; the name from `from`): a name that reads
    /// as a source (`source_name`), or a publication's name in sentence case, its first word capitalised and a
    /// later one not ("Người lao động", "Tiền phong", "Sức khỏe & Đời sống"), unlike a person's ("Hà Trang").
    fn source_line(&self, p: usize, from: usize) -> Option<(usize, usize)> {
        let t = self.t;
        if p > 0 && !t[..p].ends_with('\n') {
            return None;
        }
        let end = t[from..].find('\n').map_or(t.len(), |k| from + k);
        let name = t[from..end].trim_end().trim_end_matches('.');
        let words: Vec<&str> = name.split(' ').collect();
        if name.is_empty() || words.len() > 5 || name.contains([',', '(', ')', ':']) || name.contains(char::is_numeric)
        {
            return None;
        }
        let publication = words.len() >= 2
            && words[0].starts_with(crate::chars::is_uppercase)
            && words[1..].iter().any(|w| w.starts_with(crate::chars::is_lowercase))
            && words.iter().all(|w| {
                // No name glued to it: "Vân DuNgười lao động" is a person and a paper.
                w.chars().all(|c| crate::chars::is_alphabetic(c) || c == '&')
                    && w.chars().skip(1).all(|c| !crate::chars::is_uppercase(c))
            });
        // A country, an industry or a first name alone names no source.
        let vague = ["Korea", "India", "Hollywood", "Bollywood", "Cancer", "Nicki", "Bill"].contains(&name);
        let platform = NOT_SOURCES.contains(&words[0]) || vague;
        ((publication || self.source_name(name, from)) && !platform).then_some((from, from + name.len()))
    }

    /// A source's one-word name that ends a credit whose line runs on into the next sentence, its full stop
    /// lost ("Ảnh: EPA Chỉ số đồng USD …", "Ảnh: Reuters Trong thông điệp …", "Ảnh: AP Tổng thống …"): its
    /// end, when a capitalised word in Vietnamese follows it.
    fn source_before_sentence(&self, name: &str, at: usize) -> Option<usize> {
        let (first, rest) = name.split_once(' ')?;
        let next = rest.split(' ').next()?;
        let vietnamese = (!next.is_ascii() || spells_syllable(next))
            && next.starts_with(crate::chars::is_uppercase)
            && !is_acronym(next);
        // An acronym or a foreign word that credits a source ("EPA", "Reuters"), or a medium the lexicon
        // knows as written ("AP").
        // A foreign word alone may be a photographer's name ("Ảnh: Michael", "Ảnh: Lingdamowang"): it credits a
        // source only as a name the gazetteer knows or written in inner capitals ("GSMArena", "NYTimes").
        let source = self.source_name(first, at)
            && (is_acronym(first)
                || self.lex.gazetteer_canonical.contains_key(first)
                || first.chars().skip(1).any(|c| c.is_ascii_uppercase()));
        (vietnamese && !NOT_SOURCES.contains(&first) && (source || self.lex.media_head(first)))
            .then_some(at + first.len())
    }

    /// `name` may be a credited source: an acronym in ASCII capitals ("EPA", "SWNS"; not initials "N.H" or a
    /// name in capitals "LÊ THOA"), one word in ASCII letters that no Vietnamese syllable spells
    /// ("Getty", "Phonearena"), or up to four such words with a word of the press among them ("Getty
    /// Images", "Sun Sport"; not a photographer "Bill Maloney"). Not a platform and a person ("Instagram …"),
    /// a title, a level ("TP Đà Nẵng") or a model ("F-14 Tomcat").
    fn source_name(&self, name: &str, at: usize) -> bool {
        const PRESS: &[&str] = &[
            "News",
            "Times",
            "Post",
            "Sport",
            "Sports",
            "Daily",
            "Press",
            "Mail",
            "Sun",
            "Express",
            "Tribune",
            "Herald",
            "Journal",
            "Today",
            "Online",
            "Chronicle",
            "Agency",
            "Images",
            "Pictures",
            "Media",
            "TV",
            "Radio",
            "Magazine",
            "Review",
            "Wire",
            "Blog",
            "Cinema",
            "Studios",
            "Network",
            "Guardian",
            "Telegraph",
        ];
        let words: Vec<&str> = name.split(' ').collect();
        let letters = |w: &&str| w.len() > 1 && w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-');
        if !words.iter().all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()) && letters(w))
            || self.word_at(at).is_some_and(|(_, r)| r.title || r.marker)
        {
            return false;
        }
        match words[..] {
            [w] => (is_acronym(w) && (3..=6).contains(&w.len())) || (w.len() >= 3 && !spells_syllable(w)),
            _ => words.len() <= 4 && words.iter().any(|w| PRESS.contains(w)),
        }
    }

    /// The end of the capitalised name at `p` after a cue word (`cue_names`).
    fn cued_name(&self, p: usize) -> Option<usize> {
        let t = self.t;
        let first_end = word_end(t, p)?;
        let first = &t[p..first_end];
        if !first.starts_with(crate::chars::is_uppercase)
            || self.known_place(p).is_some()
            || self.word_at(p).is_some_and(|(_, r)| r.title || r.marker)
            || SENTENCE_OPENERS.contains(&first)
            || matches!(first, "Quyết" | "Nghị" | "Công" | "Thông" | "Giấy" | "Tờ" | "Phiếu")
        {
            return None;
        }
        let (mut end, mut n, mut pos) = (first_end, 1, first_end);
        while n < 5 {
            let Some(r) = t[pos..].strip_prefix(' ') else { break };
            let Some(we) = word_end(r, 0) else { break };
            let w = &r[..we];
            let at = pos + 1;
            if is_cap(w) && !self.is_trigger_start(at) && self.word_at(at).is_none_or(|(_, r)| !r.title) {
                (end, pos, n) = (at + we, at + we, n + 1);
                continue;
            }
            // "Proceedings of the Royal Society", "Folha de S.Paulo", "Marks & Spencer".
            let joins = matches!(
                w,
                "of" | "the"
                    | "and"
                    | "&"
                    | "de"
                    | "du"
                    | "des"
                    | "da"
                    | "do"
                    | "di"
                    | "del"
                    | "la"
                    | "le"
                    | "el"
                    | "van"
                    | "von"
                    | "der"
            );
            if joins && r[we..].strip_prefix(' ').is_some_and(|x| x.starts_with(crate::chars::is_uppercase)) {
                pos = at + we;
                continue;
            }
            break;
        }
        // One Vietnamese syllable is a word of a name in sentence case ("hãng Hàng không Quốc tế Thụy Sỹ",
        // "tờ Người lao động"), whose end is not known.
        let word_of_name = !first.is_ascii() && vietnamese_syllable(first);
        (n > 1 || !(word_of_name || first == "The")).then_some(end)
    }

    /// The two words before `s` are the title of a person who heads no body named after them ("Tổng
    /// thống", "tỷ phú"; unlike "sinh viên", "Hiệu trưởng" before a school's name).
    fn after_title(&self, s: usize) -> bool {
        const TITLES: &[&str] =
            &["tổng thống", "thủ tướng", "ngoại trưởng", "nghị sĩ", "tỷ phú", "tỉ phú", "hoàng tử", "nữ hoàng"];
        let Some(before) = self.low[..s].strip_suffix(' ') else { return false };
        let last = word_start(before, before.len());
        let Some(two) = before[..last].strip_suffix(' ').map(|b| word_start(b, b.len())) else { return false };
        TITLES.contains(&&before[two..])
    }

    /// The words right before and right after `s..e`, each across one space.
    fn words_around(&self, s: usize, e: usize) -> (Option<&str>, Option<&str>) {
        let t = self.t;
        let before = t[..s].strip_suffix(' ').map(|b| &b[word_start(b, b.len())..]);
        let after = t[e..].strip_prefix(' ').and_then(|a| word_end(a, 0).map(|x| &a[..x]));
        (before, after)
    }

    /// The words at `s..e` stand alone: no capitalised word right before or after them ("Hòa Phát" but
    /// not "Thép Hòa Phát Dung Quất"), and no person's title before them ("ông Hòa Phát").
    fn alone(&self, s: usize, e: usize) -> bool {
        let (before, after) = self.words_around(s, e);
        let person = before.is_some_and(|w| {
            let ws = s - 1 - w.len();
            self.word_roles(ws, s - 1).is_some_and(|r| r.title)
                || matches!(w, "ông" | "bà" | "anh" | "chị" | "em" | "cô" | "chú" | "bác" | "cụ")
        });
        // "làng gốm Bát Tràng", "sân bay Thọ Xuân", "dự án Núi Pháo": the place or the thing the company
        // is named after.
        let thing = before.is_some_and(|w| {
            let ws = s - 1 - w.len();
            self.word_roles(ws, s - 1).is_some_and(|r| r.marker) || {
                // The word or two before, and the word before those ("làng cổ Bát Tràng").
                let pre = &self.low[..s - 1];
                let last = word_start(pre, pre.len());
                let ends = [pre, pre[..last].trim_end_matches(' ')];
                ends.iter().any(|pre| {
                    SHORT_NAME_THINGS.iter().any(|x| {
                        pre.strip_suffix(x).is_some_and(|p| p.chars().next_back().is_none_or(|c| !is_word_char(c)))
                    })
                })
            }
        });
        before.is_none_or(|w| !is_cap(w)) && after.is_none_or(|w| !is_cap(w)) && !person && !thing
    }

    /// The end of the fields listed after a name ending at `end`: ", B và C", ", B, C và D" (`field_at`), a
    /// comma first and "và" last, then punctuation, a stop word, a level or a place ("… và chứng thực cho
    /// biết"). A list that goes on into capitalised words is no name's ("… và Nguyễn Văn A").
    fn field_list_after(&self, end: usize) -> Option<usize> {
        let t = self.t;
        // The fields are written like the name's last word: capitalised ("Cục Xuất bản, In và Phát hành") or in
        // lower case ("Cục Hộ tịch, quốc tịch và chứng thực"); not after a number or a level ("Trung tâm Cấp
        // cứu 115, bệnh viện …", "Phòng GD-ĐT quận, tổ công tác …").
        let last = &t[word_start(t, end)..end];
        if is_digits(last) || is_acronym(last) || self.word_roles(end - last.len(), end).is_some_and(|r| r.marker) {
            return None;
        }
        // After a capitalised word completed in lower case ("Hộ tịch", "Xuất bản"), either.
        let style = if is_cap(last) {
            Some(true)
        } else if is_cap(prev_word_str(t, end - last.len())) {
            None
        } else {
            Some(false)
        };
        let (mut pos, mut closed, mut capitalised) = (end, false, style);
        loop {
            let rest = &t[pos..];
            let (sep, and) = if rest.starts_with(", ") {
                (2, false)
            } else if rest.starts_with(" và ") && pos > end {
                (" và ".len(), true)
            } else {
                break;
            };
            // The fields are written alike: all capitalised or all in lower case.
            let cap = t[pos + sep..].starts_with(crate::chars::is_uppercase);
            if capitalised.is_some_and(|c| c != cap) {
                break;
            }
            let Some(seg) = self.field_at(pos + sep) else { break };
            (pos, closed, capitalised) = (seg, closed || and, Some(cap));
        }
        if !closed {
            return None;
        }
        let after = &t[pos..];
        let closes = after.is_empty()
            || after.starts_with([',', '.', ';', ':', ')', '(', '\n', '"', '-'])
            || after.strip_prefix(' ').is_some_and(|r| {
                !r.starts_with(crate::chars::is_uppercase)
                    || self.known_place(pos + 1).is_some()
                    || self.word_at(pos + 1).is_some_and(|(_, r)| r.marker || r.stop)
            });
        closes.then_some(pos)
    }

    /// The end of one field of a list at `p`: a few words, all capitalised or all in lower case, none a stop
    /// word, a level, a title or a body's head.
    fn field_at(&self, p: usize) -> Option<usize> {
        let t = self.t;
        let capitalised = t[p..].starts_with(crate::chars::is_uppercase);
        // "… Công nghệ cao Hà Nội, Nguyễn Đắc Huynh và …": people, not a field.
        if capitalised && word_end(t, p).is_some_and(|x| self.word_roles(p, x).is_some_and(|r| r.surname)) {
            return None;
        }
        let (mut pos, mut n, mut after_cap) = (p, 0, false);
        // A field is a word or two: up to three syllables capitalised ("Cứu nạn", "Khoa học Xã hội"), two in
        // lower case ("quốc tịch").
        while n < if capitalised { 3 } else { 2 } {
            let Some(we) = word_end(t, pos) else { break };
            let w = &t[pos..we];
            let roles = self.word_at(pos);
            // Capitalised words, each completed by at most one word in lower case ("Tưới tiêu", "Môi trường").
            let fits = if capitalised { is_cap(w) || (after_cap && is_lower_word(w)) } else { is_lower_word(w) };
            after_cap = is_cap(w);
            // A field may share its words with a newspaper's name ("Thanh niên", "Giáo dục", "Lao động"), not
            // with another body.
            let body = self.is_trigger_start(pos) && self.known_kind_at(pos) != Some(OrgKind::Media);
            if !fits
                || is_digits(w)
                || body
                // In capitalised fields a stop word is a field's ("Thiếu niên và Nhi đồng").
                || roles.is_some_and(|(_, r)| r.stop && !capitalised || r.marker || r.title)
                || self.known_place(pos).is_some()
            {
                break;
            }
            n += 1;
            let end = match roles {
                Some((x, r)) if r.compound => x,
                _ => we,
            };
            if !t[end..].starts_with(' ') || t[end..].starts_with(" và ") {
                return Some(end);
            }
            pos = end + 1;
        }
        (n > 0).then(|| t[..pos].trim_end().len())
    }

    /// The end of "(về) phòng, chống X" after a body's name at `end`: up to five words of what it fights,
    /// then a place ("… dịch Covid-19 tỉnh Bắc Giang").
    fn purpose_after(&self, end: usize, committee: bool) -> Option<usize> {
        let (t, low) = (self.t, self.low);
        let mut p = if low[..end].ends_with("phòng") && low[end..].starts_with(", chống ") {
            end + ", chống".len()
        } else {
            // A committee's: "Ban chỉ đạo về phòng, chống …", "Ban chỉ đạo công tác phòng, chống dịch bệnh"
            // (not "Chính phủ về công tác phòng, chống dịch").
            let lead = [" về công tác ", " về ", " công tác "].into_iter().find(|w| low[end..].starts_with(w));
            let q = lead.filter(|_| committee).map_or(end, |w| end + w.len() - 1);
            let m = [" phòng, chống", " phòng chống", " phòng ngừa"].into_iter().find(|m| low[q..].starts_with(m))?;
            q + m.len()
        };
        let mut words = 0;
        while words < 5 && t[p..].starts_with(' ') {
            let Some(mut x) = word_end(t, p + 1) else { break };
            // "HIV/AIDS"
            while t[x..].starts_with('/') {
                match word_end(t, x + 1) {
                    Some(y) => x = y,
                    None => break,
                }
            }
            if self.word_at(p + 1).is_some_and(|(_, r)| r.stop || r.marker) || self.known_place(p + 1).is_some() {
                break;
            }
            p = x;
            words += 1;
        }
        (words > 0).then(|| self.place_suffix(p, false, true).unwrap_or(p))
    }

    /// A name in lower-case words after a capitalised head, made a name by what ends it: a place or a
    /// country ("Hiệp hội du lịch Đà Nẵng", "Viện nghiên cứu chiến lược Nga"), "quốc gia" ("Tổng công ty
    /// truyền tải điện quốc gia"), a level and its place ("Hội nông dân tỉnh Nghệ An") or an acronym in
    /// parentheses ("Nhóm đặc trách về khai khoáng (MTF)"). With `place_only`, "quốc gia" or a level and its
    /// place only.
    fn lower_name(&self, e: usize, place_only: bool) -> Option<usize> {
        let t = self.t;
        if !t[e..].starts_with(' ') || !word_end(t, e + 1).is_some_and(|x| is_lower_word(&t[e + 1..x])) {
            return None;
        }
        let mut run = self.lower_run(e + 1);
        let mut words = run.words;
        // "chế biến và xuất khẩu thủy sản": lower-case words joined by "và" (not after a board of one word:
        // "Ban chấp hành và đoàn đại biểu tỉnh …" are two bodies).
        while !place_only && run.words > 0 && t[run.last..].starts_with(" và ") && words <= 6 {
            let next = self.lower_run(run.last + " và ".len());
            if next.words == 0 {
                break;
            }
            words += next.words + 1;
            run = next;
        }
        if run.words == 0 || words > 6 {
            return None;
        }
        if let Some(rest) = t[run.last..].strip_prefix(' ') {
            if rest.starts_with("Quốc gia") && at_boundaries(t, run.last + 1, run.last + 1 + "Quốc gia".len()) {
                return Some(run.last + 1 + "Quốc gia".len());
            }
        }
        if LOWER_NAME_NOT_FIRST.iter().any(|w| self.low[e + 1..].starts_with(w)) {
            return None;
        }
        if run.after_marker {
            // A level with its place's name after it ("tỉnh Nghệ An", not "khắp thành phố").
            return self
                .place_suffix(run.last, false, true)
                .filter(|&p| p > run.next && self.t[run.next..p].chars().skip(1).any(crate::chars::is_uppercase));
        }
        if place_only {
            return None;
        }
        let low = &self.low[e + 1..run.last];
        if low.ends_with(" quốc gia") || low.ends_with(" trung ương") {
            return Some(run.last);
        }
        if run.next == run.last + 1 {
            if let Some(pe) = self.known_place(run.next) {
                return Some(pe);
            }
            // A capitalised name after the lower-case words ("Trung tâm dự báo Khí tượng Thủy văn Trung ương"),
            // not a person's ("… Nguyễn Văn A").
            if let Some(ce) = self.capitalised_run(run.next) {
                return Some(ce);
            }
        }
        self.acronym_after(run.last)
    }

    /// One to three lower-case words after a board's or a department's head ending at `e`, then the body
    /// `next` (start, end) right after them: the end of that body ("Ban kỷ luật VFF").
    fn board_of(&self, e: usize, next: Option<(usize, usize)>) -> Option<usize> {
        let (ns, ne) = next?;
        if !self.t[e..].starts_with(' ') {
            return None;
        }
        let run = self.lower_run(e + 1);
        // "Ban đầu Viettel …" (at first), "Ban lãnh đạo Tottenham" (its leaders, no body of their own).
        let first = &self.t[e + 1..run.first_end];
        if ["đầu", "lãnh", "ngày", "đêm", "hành", "nãy"].contains(&first) {
            return None;
        }
        let clause = opens_clause(&self.t[e + 1..run.last]);
        (run.words >= 1 && run.words <= 3 && !run.after_marker && !clause && run.next == ns && run.last + 1 == ns)
            .then_some(ne)
    }

    /// A name in lower-case words alone after a head that demands a complement ("Cục quản lý thị trường",
    /// "Cục phòng, chống tệ nạn xã hội", "Viện nghiên cứu hạt nhân"): two to six words from a word
    /// of what the body does, up to punctuation, a word that starts a clause, or a level and its place.
    fn complement_name(&self, e: usize, key: &str) -> Option<usize> {
        const HEADS: &[&str] = &["Cục", "Tổng cục", "Vụ", "Viện", "Ban", "Trung tâm", "Phòng"];
        const COMPLEMENTS: &[&str] = &[
            "quản lý ",
            "phòng chống ",
            "phòng, chống ",
            "kiểm soát ",
            "nghiên cứu ",
            "thi hành án ",
            "điều tra ",
            "giám sát ",
            "bảo vệ ",
            "cảnh sát ",
            "kiểm định ",
            "đăng kiểm ",
            "thú y ",
            "bảo tồn ",
        ];
        if !HEADS.contains(&key) {
            return None;
        }
        let r = self.low[e..].strip_prefix(' ')?;
        let lead = COMPLEMENTS.iter().find(|c| r.starts_with(**c))?;
        // The complement is one word of the name, even where it is a stop word elsewhere ("quản lý"); "phòng,
        // chống": the comma inside is part of the name.
        let run = self.lower_run(e + 1 + lead.len());
        let words = run.words + 1;
        if !(2..=6).contains(&words) {
            return None;
        }
        if run.after_marker {
            return self.place_suffix(run.last, false, true).filter(|&p| p > run.next);
        }
        // At least the complement and one more syllable ("Viện nghiên cứu" alone is any institute).
        if self.t[e + 1..run.last].split([' ', ',']).filter(|w| !w.is_empty()).count() < 3 {
            return None;
        }
        let after = &self.t[run.last..];
        if after.starts_with([',', '.', ';', ':', ')', '\n', '"']) || after.is_empty() {
            return Some(run.last);
        }
        let nw = after.strip_prefix(' ')?;
        let nw = &nw[..word_end(nw, 0)?];
        // "… này", "… đó": a body already named, not a name.
        if ["này", "đó", "trên", "kia", "ấy"].contains(&nw) {
            return None;
        }
        // A proper name closes it ("Viện nghiên cứu Hudson", "… thị trường IEIT").
        let mut end = run.last;
        for _ in 0..3 {
            let Some(r) = self.t[end..].strip_prefix(' ') else { break };
            let Some(we) = word_end(r, 0) else { break };
            if !r.starts_with(crate::chars::is_uppercase) {
                break;
            }
            end += 1 + we;
        }
        Some(end)
    }

    /// The end of two to six capitalised words starting at `p` that do not start with a surname, a person's
    /// title ("… kiêm Phó Tổng giám đốc"), a body's head or a place, and end before a lower-case word or
    /// punctuation.
    fn capitalised_run(&self, p: usize) -> Option<usize> {
        let t = self.t;
        let first_end = word_end(t, p)?;
        if self.word_roles(p, first_end).is_some_and(|r| r.surname || r.title)
            || self.word_at(p).is_some_and(|(_, r)| r.title)
            || self.is_trigger_start(p)
        {
            return None;
        }
        let (mut ws, mut end, mut n) = (p, p, 0);
        while n < 6 && ws < t.len() {
            let Some(we) = word_end(t, ws) else { break };
            if !t[ws..we].starts_with(crate::chars::is_uppercase) || is_acronym(&t[ws..we]) {
                break;
            }
            (end, n) = (we, n + 1);
            if !t[end..].starts_with(' ') {
                break;
            }
            let cap_start = ws;
            ws = end + 1;
            // Sentence case, a compound's second syllable in lower case between two capitalised words:
            // "Khí tượng Thủy văn Trung ương".
            // Not a stop word or a level marker of `org_words.tsv` ("ở", "về", "và", "của", "tại"…).
            let joins =
                |le: usize| is_lower_word(&t[ws..le]) && !self.word_at(ws).is_some_and(|(_, r)| r.stop || r.marker);
            if let Some(le) = word_end(t, ws).filter(|&le| joins(le)) {
                let capital_after = t[le..].strip_prefix(' ').is_some_and(|r| {
                    r.starts_with(crate::chars::is_uppercase) && !is_acronym(&r[..word_end(r, 0).unwrap_or(0)])
                });
                // The last compound of the name may close on its lower-case syllable: "… Trung ương,", and
                // "… Trung ương nhận định" where the two syllables are one word of `org_words.tsv`.
                let one_word = self.word_roles(cap_start, le).is_some_and(|r| r.marker || r.compound);
                if (!t[le..].starts_with(' ') || one_word) && n >= 2 {
                    end = le;
                }
                if !capital_after || n >= 5 {
                    break;
                }
                (end, ws) = (le, le + 1);
            }
        }
        (n >= 2).then_some(end)
    }

    /// The end of a bank's branch after its one-word name ending at `e`: two or three capitalised words in
    /// Vietnamese, not a person's name ("Agribank Bình Chánh"; not "HĐQT VPBank Ngô Chí Dũng").
    fn branch_after(&self, head: &Head, e: usize) -> Option<usize> {
        if head.kind != OrgKind::Bank || head.key.contains(' ') {
            return None;
        }
        if !self.t[e..].starts_with(' ') {
            return None;
        }
        let p = e + 1;
        if word_end(self.t, p).is_none_or(|x| self.t[p..x].is_ascii()) {
            return None;
        }
        self.capitalised_run(p).filter(|&end| self.t[p..end].split(' ').count() <= 3)
    }

    /// `end` when an acronym in parentheses follows it ("… toàn cầu (AVG)"), not a country's ("(Mỹ)").
    fn acronym_after(&self, end: usize) -> Option<usize> {
        let (inner, _) = self.parenthesis(end)?;
        // "(VNPT, đơn vị được đặt hàng …)": the acronym before a comma, not a list of them.
        let inner = match inner.split_once(", ") {
            Some((a, rest)) if !rest.contains(", ") => a,
            _ => inner,
        };
        (looks_like_acronym(inner) && is_acronym(inner) && !self.is_country(inner)).then_some(end)
    }

    /// The end of up to four lower-case words after a name that lead to its acronym in parentheses
    /// ("Công ty cổ phần Nghe nhìn toàn cầu (AVG)").
    fn lower_words_to_acronym(&self, end: usize) -> Option<usize> {
        if !self.t[end..].starts_with(' ')
            || !word_end(self.t, end + 1).is_some_and(|x| is_lower_word(&self.t[end + 1..x]))
        {
            return None;
        }
        let run = self.lower_run(end + 1);
        if run.words == 0 || run.words > 4 || run.after_marker || run.last != run.next.saturating_sub(1) {
            return None;
        }
        self.acronym_after(run.last)
    }

    /// The end of up to ten words after a name, in any case, that lead to its acronym in parentheses
    /// ("Công ty Cổ phần vàng bạc đá quý Phú Nhuận (PNJ)", "Tổng công ty Đầu tư và kinh doanh vốn nhà nước
    /// (SCIC)"); not across a word that starts a clause ("của", "tại", "là"…) or any punctuation.
    fn words_to_acronym(&self, end: usize) -> Option<usize> {
        const CLAUSE: &[&str] = &[
            "của", "tại", "thuộc", "là", "do", "cho", "với", "ở", "trên", "từ", "được", "đã", "theo", "về", "thì",
            "mà", "khi", "nơi", "này", "đó", "cùng", "sẽ", "đang", "vừa", "có", "cũng", "như", "hoặc", "hay", "không",
        ];
        let t = self.t;
        let mut pos = end;
        for _ in 0..10 {
            let next = pos + usize::from(t[pos..].starts_with(' '));
            if next == pos {
                return None;
            }
            if t[next..].starts_with('(') {
                return (pos > end).then(|| self.acronym_after(pos)).flatten();
            }
            let x = word_end(t, next)?;
            let w = &t[next..x];
            if !w.chars().all(|c| crate::chars::is_alphabetic(c) || c == '&') || CLAUSE.contains(&w) {
                return None;
            }
            pos = x;
        }
        None
    }

    fn item(&self, f: Found) -> OrganisationItem {
        let text = &self.t[f.start..f.end];
        let name = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let acronym = (is_acronym(&name) && !name.contains(' ')).then(|| name.clone());
        OrganisationItem {
            text: String::new(),
            span: [0, 0],
            expanded: self.expand(&name),
            canonical: self.lex.gazetteer_name(&name).map_or_else(|| self.lex.canonical(&name, f.kind), str::to_string),
            name,
            acronym,
            country: None,
            kind: f.kind,
            entity: 0,
        }
    }

    /// The mention with its known state acronyms written out, if it has any.
    fn expand(&self, name: &str) -> Option<String> {
        let mut out = String::with_capacity(name.len() + 32);
        let mut any = false;
        for (i, w) in name.split(' ').enumerate() {
            if i > 0 {
                out.push(' ');
            }
            match self.lex.acronyms.get(w) {
                Some(x) => {
                    out.push_str(x);
                    any = true;
                }
                None => out.push_str(w),
            }
        }
        any.then_some(out)
    }

    /// The whole name that trigger `i` starts; `depth` counts parent bodies taken in.
    fn extend(&self, i: usize, depth: usize) -> Option<Found> {
        let (s, e, h) = self.triggers[i];
        let head = &self.lex.heads[h];
        if head.rule != Rule::Fixed && depth == 0 && self.plural_before(s) {
            return None;
        }
        let written_lower = self.t[s..].chars().next().is_some_and(crate::chars::is_lowercase);
        // "trường Lương Thế Vinh" is a school; not "trường Mỹ" (a country's schools), "trường A" or "trường
        // Trường ĐH …" (the body named after it).
        if head.key == "Trường" {
            let next = self.t[e..].strip_prefix(' ').and_then(|r| word_end(r, 0).map(|x| (e + 1, e + 1 + x)));
            let (ns, ne) = next?;
            if ne - ns < 2
                || self.is_trigger_start(ns)
                || self.known_place(ns).is_some()
                || SENTENCE_OPENERS.contains(&&self.t[ns..ne])
                || self.word_at(ns).is_some_and(|(_, r)| r.title || r.stop)
            {
                return None;
            }
        }
        if written_lower && matches!(head.key, "Báo" | "Đài") && !self.paper_context(s) {
            return None;
        }
        // "trụ sở", "cơ sở", "ngôi trường": a compound word, not a head written in lower case.
        if written_lower {
            let before = self.low[..s].trim_end_matches(' ');
            let pw = &before[word_start(before, before.len())..];
            if matches!(pw, "trụ" | "cơ" | "thông" | "cảnh" | "dự" | "tình" | "nhà" | "ngôi" | "mái" | "sân" | "tòa")
                || compound_before(&self.low[s..e], pw)
            {
                return None;
            }
            // "Bộ trưởng Quốc phòng Mỹ": after a capitalised word, the lower-case head ends a compound.
            // ("Theo bộ Công an" at a sentence's start and "Trưởng phòng Giáo dục" are not.)
            let ws = word_start(before, before.len());
            let prev = &self.t[ws..before.len()];
            let sentence_start = crate::text::sentence_starts_at(self.t, ws);
            if ws < before.len()
                && is_cap(prev)
                && !is_acronym(prev)
                && !sentence_start
                && !matches!(prev, "Trưởng" | "Phó")
            {
                return None;
            }
            // "Bí thư thành ủy TP.HCM": a Party committee in lower case names its place.
            if head.rule == Rule::Committee
                && head.kind == OrgKind::Party
                && self.place_suffix(e, false, true).is_none()
            {
                return None;
            }
            // "phòng 3" is a room, "phòng Covid-19" is "against Covid-19": a lower-case head other than a
            // company's takes a name in letters.
            if !matches!(head.kind, OrgKind::Company | OrgKind::Bank)
                && self.t[e..].strip_prefix(' ').is_some_and(|r| {
                    r.starts_with(|c: char| c.is_ascii_digit())
                        || head.key == "Phòng"
                            && r.split([' ', ',', '.']).next().is_some_and(|w| w.bytes().any(|b| b.is_ascii_digit()))
                })
            {
                return None;
            }
            // "công an quận 4", "công an xã Tân Lập": in lower case, a body that needs a place names one.
            // "phòng Cảnh sát PCCC Công an tỉnh Quảng Trị": or the body it belongs to.
            if head.rule == Rule::NeedPlace {
                match self.place_suffix(e, false, true) {
                    Some(p) if self.t[e..p].chars().any(|c| crate::chars::is_uppercase(c) || c.is_ascii_digit()) => {}
                    _ if self.is_trigger_start(e + 1) => {}
                    _ => return None,
                }
            }
            // "chính phủ Mỹ", "quốc hội Nga": a common noun in lower case names a body with its country only.
            if head.rule == Rule::Fixed && head.lower && !later_capital(head.key) {
                let p = self.place_suffix(e, false, false)?;
                return Some(Found { start: s, end: p, kind: head.kind });
            }
        }
        if head.rule == Rule::Fixed && (self.product_after(head, e) || self.thing_before(head, s)) {
            return None;
        }
        // "Phòng 806": a room; "Vụ 2 mẹ con cô giáo": a case of two people, not the department "Vụ 2".
        if matches!(head.key, "Phòng" | "Vụ")
            && self.t[e..].strip_prefix(' ').is_some_and(|r| {
                let n = r.bytes().take_while(u8::is_ascii_digit).count();
                let lower_next = r[n..].strip_prefix(' ').is_some_and(|w| w.starts_with(crate::chars::is_lowercase));
                n > 0 && (head.key == "Phòng" && !r[n..].starts_with(|c: char| c.is_alphanumeric()) || lower_next)
            })
        {
            return None;
        }
        let titled = depth == 0 && self.titled(s);
        let e = after_team_words(self.t, head, e);
        // "Bộ Trưởng Trương Quang Nghĩa": the minister's title in capitals, no ministry.
        if head.key == "Bộ" && self.t[e..].starts_with(" Trưởng") {
            return None;
        }
        let police = self.police_unit(head, e);
        // "Tổng Thanh tra" and "Phó Chủ tịch Thường trực" are titles, not bodies.
        if head.key.starts_with("Thanh tra") && self.t[..s].ends_with("Tổng ") {
            // "Tổng Thanh tra Chính phủ": the title of the head of "Chính phủ"'s inspectorate.
            let rest = "Thanh tra ".len();
            return (head.key.eq_ignore_ascii_case("Thanh tra Chính phủ") && s + rest < e).then_some(Found {
                start: s + rest,
                end: e,
                kind: OrgKind::Government,
            });
        }
        if head.key == "Thường trực" && titled {
            return None;
        }
        // "Tập đoàn điện lực Việt Nam (EVN)", "Quỹ Tiền tệ quốc tế (IMF)": a capitalised head whose words lead
        // to an acronym in parentheses names that body, whatever the case of the words.
        let to_acronym = || (depth == 0 && !written_lower).then(|| self.words_to_acronym(e)).flatten();
        let mut satisfied = true;
        let mut end = match head.rule {
            // What a police unit does names it; a place or the body it belongs to may follow.
            _ if let Some(p) = police => self.place_suffix(p, titled, true).unwrap_or(p),
            // "Agribank Bình Chánh": a bank's branch named by the place it serves.
            Rule::Fixed => self.place_suffix(e, titled, false).or_else(|| self.branch_after(head, e)).unwrap_or(e),
            Rule::Place => self.place_suffix(e, titled, true).unwrap_or(e),
            // "Phòng Cảnh sát PCCC số 6": a numbered unit names itself.
            Rule::NeedPlace => match self.place_suffix(e, titled, true) {
                Some(p) => p,
                None if let Some(n) = unit_number(self.t, e) => self.place_suffix(n, titled, true).unwrap_or(n),
                None => {
                    satisfied = false;
                    e
                }
            },
            Rule::Committee => self
                .place_suffix(e, titled, true)
                .or_else(|| self.t[e..].starts_with(' ').then(|| self.place_name(e + 1, titled)).flatten())
                .unwrap_or(e),
            Rule::Prefix => {
                satisfied = false;
                e
            }
            Rule::Domain => match self.domain(e, !written_lower) {
                Some(d) => {
                    let d = self.joined_domains(d, !written_lower);
                    self.place_suffix(d, titled, true).unwrap_or(d)
                }
                None if written_lower => return None,
                // "Thanh tra Sở cho biết": the department named before.
                None if head.opt => self.place_suffix(e, titled, true).unwrap_or(e),
                None => {
                    let Some(n) = self.name_run(e, titled, head) else {
                        return to_acronym().map(|end| Found { start: s, end, kind: head.kind });
                    };
                    self.place_suffix(n, titled, true).unwrap_or(n)
                }
            },
            Rule::Name => match self.domain(e, false).filter(|_| head.unit).max(self.name_run(e, titled, head)) {
                Some(n) => {
                    let n = self.name_tail(n);
                    self.place_suffix(n, titled, true).unwrap_or(n)
                }
                None if head.opt => self.place_suffix(e, titled, true).unwrap_or(e),
                // A school named by its commune: "Trường tiểu học xã Thạch Văn", "Trường mầm non xã Yên Hòa".
                None => match self.place_suffix(e, titled, true).filter(|_| school_by_commune(self.t, head, e)) {
                    Some(p) => p,
                    None => {
                        satisfied = false;
                        e
                    }
                },
            },
        };
        // "Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Bắc Giang", "Cục Phòng, chống HIV/AIDS": what the
        // body fights is part of its name.
        let public = !matches!(head.kind, OrgKind::Company | OrgKind::Bank | OrgKind::Media | OrgKind::Sport);
        if public && (satisfied || head.opt) {
            let key = lower_same_len(head.key);
            let committee = key.contains("ban") || key.starts_with("bcđ");
            if let Some(p) = self.purpose_after(end, committee) {
                end = p;
            }
        }
        // "Cục Mỹ thuật, Nhiếp ảnh và Triển lãm", "Viện Nước, Tưới tiêu và Môi trường": a list of fields that
        // closes with "và" is one name.
        if public && satisfied && head.rule == Rule::Name && end > e {
            if let Some(p) = self.field_list_after(end) {
                end = self.place_suffix(p, titled, true).unwrap_or(p);
            }
        }
        // "Ủy ban Kinh tế của Quốc hội", "Ủy ban Tài chính, Ngân sách của Quốc hội": a committee of the
        // National Assembly is named with it.
        let committee = match head.key {
            "Ủy ban" => end > e,
            "Ủy ban tài chính - ngân sách" | "Ủy ban Tài chính, Ngân sách" => true,
            _ => false,
        };
        if public && satisfied && committee {
            const OF_ASSEMBLY: &str = " của Quốc hội";
            if self.t[end..].starts_with(OF_ASSEMBLY) && !self.t[end + OF_ASSEMBLY.len()..].starts_with(is_word_char) {
                end += OF_ASSEMBLY.len();
            }
        }
        // "tập đoàn Nhật Bản": a company of a country, no name; "báo Anh", "tạp chí Mỹ": the press of one (but
        // "đài truyền hình Syria" is its broadcaster).
        let press = matches!(head.key, "Báo" | "Tạp chí");
        if (matches!(head.kind, OrgKind::Company | OrgKind::Bank) || press) && head.rule == Rule::Name {
            let name = self.t[e..end].trim_start();
            if self.is_country(name) {
                return None;
            }
        }
        let mut kind = head.kind;
        // A sub-unit, a "Ban Thường vụ" or a "Công an" without place takes in the body it belongs to.
        if (head.unit || !satisfied) && depth < MAX_CHAIN {
            if let Some(j) = self.parent_after(i, end, head.unit && satisfied) {
                if let Some(p) = self.extend(j, depth + 1) {
                    end = p.end;
                    satisfied = true;
                    if kind == OrgKind::Other || head.rule == Rule::Prefix {
                        kind = p.kind;
                    }
                    if head.rule == Rule::Prefix {
                        kind = OrgKind::Party;
                    }
                }
            }
        }
        if !satisfied {
            if let Some(p) = to_acronym() {
                (end, satisfied) = (p, true);
            }
        }
        satisfied.then_some(Found { start: s, end, kind })
    }

    /// After a police unit's head ("Phòng Cảnh sát", "đội Cảnh sát"), what the unit does and its number:
    /// "… điều tra tội phạm về ma túy", "… giao thông số 5"; the end.
    fn police_unit(&self, head: &Head, e: usize) -> Option<usize> {
        let e = if head.key == "Cục" && self.t[e..].starts_with(" Cảnh sát") {
            e + " Cảnh sát".len()
        } else if head.unit && lower_same_len(head.key).ends_with("cảnh sát") {
            e
        } else if head.unit && head.key.ends_with("Cảnh sát PCCC") {
            // The head names the unit's work ("Phòng Cảnh sát PCCC"), which may go on: "… PCCC và cứu nạn, cứu hộ".
            e - " PCCC".len()
        } else {
            return None;
        };
        if !self.t[e..].starts_with(' ') {
            return None;
        }
        let (end, _) = self.lex.police_units.longest_at(self.low.as_bytes(), e + 1, self.low.len())?;
        if !at_boundaries(self.t, e + 1, end) {
            return None;
        }
        Some(unit_number(self.t, end).unwrap_or(end))
    }

    /// A one-word company or media name followed by a capitalised word names a product or a longer
    /// name ("Apple Watch", "Vincom Retail", "VOV Giao thông"), not the company itself.
    /// A company's name after a noun for one of its products or a building: "máy bay Boeing", "tòa nhà IPC",
    /// "chiếc Toyota", "điện thoại Samsung".
    fn thing_before(&self, head: &Head, s: usize) -> bool {
        const THINGS: &[&str] = &[
            "máy bay",
            "tòa nhà",
            "toà nhà",
            "chiếc",
            "điện thoại",
            "xe",
            "ô tô",
            "mẫu xe",
            "dòng xe",
            "trực thăng",
            "tiêm kích",
            "trang",
            "ứng dụng",
        ];
        if !matches!(head.kind, OrgKind::Company) {
            return false;
        }
        let before = self.low[..s].trim_end_matches(' ');
        // "hãng máy bay Boeing", "công ty sản xuất máy bay Sukhoi": the company.
        THINGS.iter().any(|w| {
            before.strip_suffix(w).is_some_and(|r| {
                (r.is_empty() || r.ends_with([' ', '\n'])) && !r.ends_with("hãng ") && !r.ends_with("sản xuất ")
            })
        })
    }

    fn product_after(&self, head: &Head, e: usize) -> bool {
        if !matches!(head.kind, OrgKind::Company | OrgKind::Bank | OrgKind::Media) || head.key.contains(' ') {
            return false;
        }
        let Some(rest) = self.t[e..].strip_prefix(' ') else { return false };
        let p = e + 1;
        word_end(rest, 0).is_some_and(|x| {
            let w = &rest[..x];
            // A word with Vietnamese letters after a company or a bank is its branch or a person, not a model
            // ("Agribank Bình Chánh", "HĐQT VPBank Ngô Chí Dũng"); a number with separators is a price or a
            // rate ("tại Vietcombank 22,540-22,610 đồng").
            // A platform before a person's name is still the platform's account ("Facebook Hà Anh").
            let vietnamese =
                !w.is_ascii() && w.chars().any(crate::chars::is_lowercase) && !NOT_SOURCES.contains(&head.key);
            let n = rest.bytes().take_while(u8::is_ascii_digit).count();
            let figure = n > 0
                && matches!(rest.as_bytes().get(n), Some(b',' | b'.'))
                && rest.as_bytes().get(n + 1).is_some_and(u8::is_ascii_digit);
            let named = w.chars().next().is_some_and(|c| crate::chars::is_uppercase(c) || c.is_ascii_digit());
            let amount = is_digits(w) && amount_after(&rest[x..]);
            named && !(vietnamese || figure || amount) && self.known_place(p).is_none() && !self.is_trigger_start(p)
        })
    }

    /// The trigger that starts right after `end` (one space), possibly after a few lower-case words
    /// describing a sub-unit ("Phòng Cảnh sát hình sự Công an tỉnh").
    fn parent_after(&self, i: usize, end: usize, bridge: bool) -> Option<usize> {
        let t = self.t;
        let mut pos = end;
        for hop in 0..=MAX_BRIDGE {
            if !t[pos..].starts_with(' ') {
                return None;
            }
            pos += 1;
            if let Some(j) = self.trigger_at(pos, i + 1) {
                let head = &self.lex.heads[self.triggers[j].2];
                return (head.rule != Rule::Name || head.unit || hop == 0).then_some(j);
            }
            if !bridge || hop == MAX_BRIDGE {
                return None;
            }
            let we = word_end(t, pos)?;
            let w = &t[pos..we];
            // Words describing the unit ("hình sự", "phòng chống tội phạm về môi trường"), not a verb.
            let verb = self.word_at(pos).is_some_and(|(x, r)| r.stop && t[pos..x].contains(' '));
            let stop = verb || BRIDGE_STOPS.contains(&w);
            if !is_lower_word(w) || stop {
                return None;
            }
            pos = we;
        }
        None
    }

    fn trigger_at(&self, pos: usize, from: usize) -> Option<usize> {
        let rest = self.triggers.get(from..)?;
        let k = rest.partition_point(|x| x.0 < pos);
        (rest.get(k)?.0 == pos).then_some(from + k)
    }

    /// A trigger at `pos` ends the name being read: a body with its own level or place ("Công an
    /// tỉnh", "Bộ Y tế", "Tỉnh ủy"), or for a sub-unit any trigger (its parent body follows); a known
    /// name ("Công ty TNHH Hòa Phát") or another generic head ("Hiệp hội Ngân hàng Việt Nam") inside a
    /// name does not.
    fn breaks_name(&self, pos: usize, unit: bool) -> bool {
        let k = self.triggers.partition_point(|x| x.0 < pos);
        self.triggers.get(k).is_some_and(|x| {
            let rule = self.lex.heads[x.2].rule;
            x.0 == pos && (unit || (rule != Rule::Fixed && rule != Rule::Name))
        })
    }

    /// The kind of the known name (gazetteer) that starts at `pos`.
    fn known_kind_at(&self, pos: usize) -> Option<OrgKind> {
        let k = self.triggers.partition_point(|x| x.0 < pos);
        self.triggers[k..]
            .iter()
            .take_while(|x| x.0 == pos)
            .find(|x| x.2 >= self.lex.gazetteer_from || self.lex.heads[x.2].rule == Rule::Fixed)
            .map(|x| self.lex.heads[x.2].kind)
    }

    fn is_trigger_start(&self, pos: usize) -> bool {
        let k = self.triggers.partition_point(|x| x.0 < pos);
        self.triggers.get(k).is_some_and(|x| x.0 == pos)
    }

    /// The word before `s` is a plural quantifier ("các Sở", "nhiều công ty").
    fn plural_before(&self, s: usize) -> bool {
        let end = self.t[..s].trim_end_matches(' ').len();
        let ws = word_start(self.t, end);
        ws < end && self.word_roles(ws, end).is_some_and(|r| r.plural)
    }

    /// "tờ báo", "trên báo", "theo báo" — a newspaper, not the verb "báo".
    fn paper_context(&self, s: usize) -> bool {
        let before = self.low[..s].trim_end_matches(' ');
        ["tờ", "trên", "theo", "của", "với", "cho", "và", "đăng", "phóng viên", "pv", "("]
            .iter()
            .any(|w| before.ends_with(w))
    }

    /// A person's title of up to four words ends right before `s` ("Chủ tịch UBND…", "Giám đốc Sở…").
    fn titled(&self, s: usize) -> bool {
        let end = self.t[..s].trim_end_matches(' ').len();
        let mut p = end;
        for _ in 0..4 {
            let st = word_start(self.t, p);
            if st >= p {
                return false;
            }
            if self.word_roles(st, end).is_some_and(|r| r.title) {
                return true;
            }
            if st == 0 || !self.t[..st].ends_with(' ') {
                return false;
            }
            p = st - 1;
        }
        false
    }

    /// Roles of exactly the words `s..e` in `org_words.tsv`.
    fn word_roles(&self, s: usize, e: usize) -> Option<Roles> {
        let (end, k) = self.lex.word_keys.longest_at(self.low.as_bytes(), s, e)?;
        (end == e).then(|| {
            let (key, roles) = self.lex.words[k];
            if caps_agree(key, &self.t[s..e], false) { roles } else { Roles::default() }
        })
    }

    /// Roles of the word (or multiword key) starting at `pos`, with its end.
    fn word_at(&self, pos: usize) -> Option<(usize, Roles)> {
        let (end, k) = self.lex.word_keys.longest_at(self.low.as_bytes(), pos, self.low.len())?;
        let (key, roles) = self.lex.words[k];
        (at_boundaries(self.t, pos, end) && caps_agree(key, &self.t[pos..end], false)).then_some((end, roles))
    }

    /// The level marker at `s..e` is used as one: "Xã" in "Xã hội" is a word of a name, while
    /// "Quận 1", "Xã Tân Lập" and any marker in lower case are a level before a place.
    fn level_word(&self, s: usize, e: usize) -> bool {
        let w = &self.t[s..e];
        if !is_cap(w) || w.contains(' ') || is_acronym(w) {
            return true;
        }
        let next = self.t[e..].strip_prefix(' ').and_then(|r| r.chars().next());
        next.is_some_and(|c| crate::chars::is_uppercase(c) || c.is_ascii_digit())
    }

    /// A known ministry domain right after the head: end of it.
    /// `lower_ok`: the domain may be written in lower case ("Sở y tế" after a capitalised head).
    fn domain(&self, e: usize, lower_ok: bool) -> Option<usize> {
        self.lex.domain_at(self.t, self.low, e, lower_ok)
    }

    /// The end of a name ending at `n` with the lower-case words that go on it ("Trung tâm Giáo dục thường
    /// xuyên", "Trung tâm Đấu thầu quốc gia"), and a second domain joined by " - " with its own ("Trung tâm
    /// Giáo dục nghề nghiệp - Giáo dục thường xuyên").
    fn name_tail(&self, mut n: usize) -> usize {
        let t = self.t;
        loop {
            let tail = NAME_TAILS
                .iter()
                .filter(|(after, w)| {
                    self.low[..n].ends_with(after) && self.low[n..].strip_prefix(' ').is_some_and(|r| r.starts_with(w))
                })
                .map(|(_, w)| n + 1 + w.len())
                .find(|&le| !t[le..].starts_with(crate::chars::is_alphanumeric));
            let Some(le) = tail else { return n };
            n = le;
            match t[n..].strip_prefix(" - ").and_then(|_| self.domain(n + " - ".len(), false)) {
                Some(d) => n = d,
                None => return n,
            }
        }
    }

    /// The end of the domains joined by " - " or " & " to the one ending at `d`: "Sở Văn hóa - Thể thao",
    /// "Sở Tài nguyên - Môi trường" (a department of two domains).
    fn joined_domains(&self, mut d: usize, lower_ok: bool) -> usize {
        while let Some(j) = [" - ", " & "].iter().find(|j| self.t[d..].starts_with(**j)) {
            match self.domain(d + j.len() - 1, lower_ok) {
                Some(n) => d = n,
                None => break,
            }
        }
        d
    }

    /// A known place starting at `pos`: its end.
    fn known_place(&self, pos: usize) -> Option<usize> {
        self.lex.place_at(self.t, self.low, pos)
    }

    fn is_place(&self, s: usize, e: usize) -> bool {
        self.known_place(s) == Some(e)
    }

    fn is_country(&self, text: &str) -> bool {
        self.lex.places.binary_search_by(|(k, _)| k.cmp(&text)).is_ok_and(|i| self.lex.places[i].1 == "country")
    }

    /// After a name ending at `e`: a level marker and place ("tỉnh Lạng Sơn", "TP Hà Nội", "cấp tỉnh"),
    /// or a known place ("Quảng Nam", "Việt Nam"). `markers` allows the level words.
    fn place_suffix(&self, e: usize, titled: bool, markers: bool) -> Option<usize> {
        if !self.t[e..].starts_with(' ') {
            return None;
        }
        let p = e + 1;
        if self.is_trigger_start(p) {
            return None;
        }
        if let Some(pe) = self.known_place(p) {
            return Some(pe);
        }
        if !markers {
            return None;
        }
        let (me, roles) = self.word_at(p)?;
        if !roles.marker {
            return None;
        }
        if !self.level_word(p, me) {
            return None;
        }
        // "TP Hà Nội", and "TP.Hà Nội" without the space.
        let dotted = self.t[..me].ends_with('.');
        let at = if self.t[me..].starts_with(' ') { Some(me + 1) } else { dotted.then_some(me) };
        // "Chủ tịch UBND TP. Nếu …": after "TP." a new sentence may start.
        // "Q. Hai Bà Trưng", "P. 5": a letter for the level never ends a sentence, and stands for nothing alone.
        let letter = me - p == 2 && dotted;
        let at = at.filter(|&a| {
            !dotted
                || letter
                || self.known_place(a).is_some()
                || word_end(self.t, a).is_none_or(|x| self.word_roles(a, x).is_none_or(|r| !r.stop))
        });
        if let Some(pe) = at.and_then(|a| self.place_name(a, titled)) {
            return Some(pe);
        }
        (!letter).then_some(me)
    }

    /// A place name at `pos`: a known place, or up to four capitalised words (or a number: "Quận 1"),
    /// without a person's name after it.
    fn place_name(&self, pos: usize, titled: bool) -> Option<usize> {
        let known = self.lex.place_at_typed(self.t, self.low, pos);
        // A province or a city of several words is taken as is ("Hà Nội", not "Hà Nội Chu Ngọc Anh");
        // a one-word place may begin a longer name ("huyện Mỹ Đức").
        match known {
            Some((pe, ty)) if ty == "province" || self.t[pos..pe].contains(' ') => return Some(pe),
            _ => {}
        }
        let mut words: Vec<(usize, usize)> = Vec::new();
        // Where a person's name starts among them, if a surname shows it.
        let mut person_at: Option<usize> = None;
        let mut p = pos;
        while let Some(we) = word_end(self.t, p) {
            let w = &self.t[p..we];
            // "phường Mỹ Đình 2", "xã Quế Xuân 1": a number of one or two digits ends a place of several words,
            // when no quantity follows it ("… Mỹ Đình 2 năm").
            if is_digits(w) && !words.is_empty() {
                let next = self.t[we..].strip_prefix(' ').and_then(|r| word_end(r, 0).map(|x| &r[..x]));
                let bare = !self.t[we..].starts_with(['/', '-', '.', ',', ':']) || self.t[we..].starts_with(", ");
                if words.len() >= 2 && w.len() <= 2 && bare && next.is_none_or(|n| !QUANTITY_NOUNS.contains(&n)) {
                    words.push((p, we));
                }
                break;
            }
            if !is_cap(w) || is_acronym(w) || self.is_trigger_start(p) {
                break;
            }
            // "UBND phường Hòa Thọ Đông Nguyễn Phước Sơn": a surname that seldom names a place, after the place's
            // first word and before a capitalised word, starts a person's name.
            let person_next = self.t[we..].strip_prefix(' ').is_some_and(|r| r.starts_with(crate::chars::is_uppercase));
            if !words.is_empty()
                && person_next
                && person_at.is_none()
                && matches!(w, "Nguyễn" | "Trần" | "Phạm" | "Đặng" | "Bùi" | "Đỗ" | "Ngô")
            {
                person_at = Some(words.len());
            }
            words.push((p, we));
            if is_digits(w) || words.len() == 4 || !self.t[we..].starts_with(' ') {
                break;
            }
            p = we + 1;
        }
        let keep = self.person_cut(&words, titled, 1);
        let person = self.strong_surname_run(&words) || self.middle_name_run(&words);
        let keep = if titled && keep == words.len() && person { 0 } else { keep };
        let keep = person_at.map_or(keep, |k| keep.min(k));
        let run = (keep > 0).then(|| words[keep - 1].1);
        match (known, run) {
            (Some((pe, _)), Some(re)) => Some(pe.max(re)),
            (Some((pe, _)), None) => Some(pe),
            (None, r) => r,
        }
    }

    /// All of `words` (two to four) make a person's name starting with a common surname.
    fn strong_surname_run(&self, words: &[(usize, usize)]) -> bool {
        let Some(&(s, e)) = words.first() else { return false };
        (2..=4).contains(&words.len())
            && matches!(
                &self.t[s..e],
                "Nguyễn"
                    | "Trần"
                    | "Lê"
                    | "Phạm"
                    | "Hoàng"
                    | "Huỳnh"
                    | "Phan"
                    | "Vũ"
                    | "Võ"
                    | "Đặng"
                    | "Bùi"
                    | "Đỗ"
                    | "Hồ"
                    | "Ngô"
                    | "Dương"
                    | "Lý"
                    | "Đào"
                    | "Đoàn"
                    | "Đinh"
                    | "Lương"
                    | "Trịnh"
                    | "Trương"
            )
    }

    /// `words` are three capitalised words with a common middle name between them ("Chử Xuân Dũng").
    fn middle_name_run(&self, words: &[(usize, usize)]) -> bool {
        let word = |k: usize| &self.t[words[k].0..words[k].1];
        words.len() == 3
            && (0..3).all(|k| is_cap(word(k)) && !is_acronym(word(k)) && !is_digits(word(k)))
            && MIDDLE_NAMES.contains(&word(1))
            // "huyện Gò Công Đông", "xã An Minh Bắc": a place of three words ends in a direction.
            && !matches!(word(2), "Bắc" | "Nam" | "Tây" | "Đông" | "Trung" | "Thượng" | "Hạ")
    }

    /// How many of the capitalised `words` (at the end of a name) to keep before a person's name.
    fn person_cut(&self, words: &[(usize, usize)], titled: bool, min_keep: usize) -> usize {
        let n = words.len();
        let surname_at = |i: usize, strong_only: bool| {
            let (s, e) = words[i];
            let w = &self.t[s..e];
            let weak = matches!(
                w,
                "Mai"
                    | "Hà"
                    | "Cao"
                    | "Thái"
                    | "Châu"
                    | "Giang"
                    | "Kim"
                    | "Quan"
                    | "Lâm"
                    | "Đồng"
                    | "Ninh"
                    | "La"
                    | "Yên"
                    | "Bạch"
                    | "Hàn"
                    | "Tô"
                    | "Từ"
                    | "Vi"
                    | "Nông"
                    | "Thạch"
                    | "Lạc"
                    | "Tiêu"
            );
            !is_acronym(w) && self.word_roles(s, e).is_some_and(|r| r.surname) && !(strong_only && weak)
        };
        let person_len = |i: usize| {
            // The person's name runs to the end and has only capitalised words.
            (i..n).all(|k| {
                let (s, e) = words[k];
                let w = &self.t[s..e];
                !is_acronym(w) && !is_digits(w) && is_cap(w)
            }) && (2..=4).contains(&(n - i))
        };
        let from = min_keep;
        // After a title, three words with a middle name between them are a person whatever the surname
        // ("Phó Chủ tịch UBND thành phố Chử Xuân Dũng").
        if titled && n >= from + 3 && self.middle_name_run(&words[n - 3..]) {
            return n - 3;
        }
        for strong in [true, false] {
            for i in from..n {
                if surname_at(i, strong)
                    && person_len(i)
                    && (strong || n - i >= 3)
                    && (titled || (strong && n - i >= 3))
                {
                    return i;
                }
            }
            if !titled {
                break;
            }
        }
        n
    }

    /// A capitalised name after a head ending at `e`: its end. Lower-case words join only a capitalised
    /// word before them when they complete it ("Bánh kẹo Hải Hà", "Đa khoa tỉnh", "Dân trí").
    fn name_run(&self, e: usize, titled: bool, head: &Head) -> Option<usize> {
        let t = self.t;
        if !t[e..].starts_with(' ') {
            return None;
        }
        let mut run = NameRun { pos: e + 1, end: None, caps: Vec::new(), after_legal: false };
        while let Some(we) = word_end(t, run.pos) {
            let w = &t[run.pos..we];
            let step = if is_cap(w) {
                self.name_cap_word(&mut run, we, head)
            } else if is_lower_word(w) {
                self.name_lower_words(&mut run, head)
            } else {
                Step::Stop
            };
            match step {
                Step::Stop => break,
                Step::AtNextWord => continue,
                Step::Separator => {}
            }
            match self.name_separator(run.pos) {
                Some(p) => run.pos = p,
                None => break,
            }
        }
        let end = run.end?;
        self.cut_person(&run.caps, end, e, titled)
    }

    /// A capitalised word (or a place) of a name at `run.pos`, ending at `we`.
    fn name_cap_word(&self, run: &mut NameRun, we: usize, head: &Head) -> Step {
        let (t, pos) = (self.t, run.pos);
        let w = &t[pos..we];
        if self.breaks_name(pos, head.unit) {
            return Step::Stop;
        }
        // "Trung ương", "Tỉnh": a level after the name, read by the place suffix.
        if !run.caps.is_empty()
            && !is_acronym(w)
            && self.word_at(pos).is_some_and(|(x, r)| r.marker && self.level_word(pos, x))
        {
            return Step::Stop;
        }
        // A sentence run on without its full stop: "Hiệp hội Bất động sản TP.HCM Theo ông Châu".
        if !run.caps.is_empty() && SENTENCE_OPENERS.contains(&w) && !t[we..].starts_with(" dõi") {
            return Step::Stop;
        }
        if is_digits(w) {
            // "Quân khu 3", "Công ty Sông Đà 11 thi công" — but not "Công ty X 5 năm", "Hòa Phát 2 tỷ".
            let next = t[we..].strip_prefix(' ').and_then(|r| word_end(r, 0).map(|x| &r[..x]));
            // A number alone is no name after "Bộ" ("Bộ 3 siêu xe") or a legal form.
            let first_alone =
                run.caps.is_empty() && (head.rule == Rule::Domain || is_acronym(head.key) || run.after_legal);
            // "khách sạn 4 - 5 sao": the first end of a range.
            let range = head.kind == OrgKind::Company
                && t[we..].strip_prefix(" - ").is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
            if next.is_some_and(|n| QUANTITY_NOUNS.contains(&n)) || w.len() > 3 || first_alone || range {
                return Step::Stop;
            }
        }
        // "báo Công an nhân dân", "Học viện Cảnh sát nhân dân": a known name of several words opening the name
        // is read whole, its lower-case words too.
        if run.caps.is_empty() {
            let known = self.trigger_at(pos, 0).map(|j| self.triggers[j]).filter(|&(_, ke, h)| {
                let k = &self.lex.heads[h];
                k.rule == Rule::Fixed && k.key.contains(' ') && t[pos..ke].contains(|c: char| c.is_lowercase())
            });
            if let Some((_, ke, _)) = known {
                run.caps.push((pos, ke));
                run.end = Some(ke);
                run.pos = ke;
                return Step::Separator;
            }
        }
        if let Some((pe, ty)) = self.lex.place_at_typed(t, self.low, pos) {
            run.caps.push((pos, pe));
            run.end = Some(pe);
            run.pos = pe;
            // A country ends a name ("Công ty Honda Việt Nam", not "… Việt Nam Trải nghiệm"; "Hải quân Mỹ");
            // a place before "và" ends it too ("Trường ĐH Nông lâm TP. HCM và ĐHQG TP. HCM" are two bodies).
            // A country right after a state head that is no sub-unit is the whole name ("Hải quân Mỹ",
            // "cảnh sát Pakistan Azad Khan", "Chính quyền Mỹ Donald Trump").
            let state = !head.unit
                && matches!(head.kind, OrgKind::Military | OrgKind::Police | OrgKind::Government | OrgKind::Sport);
            if (ty == "country" && (run.caps.len() > 1 || state)) || (run.caps.len() > 1 && t[pe..].starts_with(" và "))
            {
                return Step::Stop;
            }
        } else {
            run.caps.push((pos, we));
            run.end = Some(we);
            run.pos = we;
        }
        Step::Separator
    }

    /// Lower-case words at `run.pos`: a legal form ("trách nhiệm hữu hạn"), words that
    /// lead to the next capitalised word, or words that complete the capitalised word before them.
    fn name_lower_words(&self, run: &mut NameRun, head: &Head) -> Step {
        let (t, pos) = (self.t, run.pos);
        // Before the name, only a legal form, or lower-case words after one ("Công ty cổ phần tàu cao tốc Phú
        // Quốc"); or, after a company's head, up to five words of its trade before a name that is no place
        // ("Tập đoàn cà phê Trung Nguyên", "Công ty khoáng sản Minmetals"; not "công ty dầu khí Mỹ").
        let legal = ["cổ ", "trách ", "liên "].iter().chain(LEGAL_FORMS).any(|f| t[pos..].starts_with(f));
        let before_name = run.caps.is_empty() && !run.after_legal && !legal;
        let trade = before_name && head.rule == Rule::Name && head.kind == OrgKind::Company;
        if before_name && !trade {
            return Step::Stop;
        }
        // Lower-case words that name a legal form.
        if let Some(le) = LEGAL_FORMS.iter().find(|f| t[pos..].starts_with(*f)).map(|f| pos + f.len()) {
            run.end = Some(le);
            run.pos = le;
            run.after_legal = true;
            return Step::Separator;
        }
        let LowerRun { mut words, mut last, next: p, after_marker, first_end } = self.lower_run(pos);
        if words == 0 {
            return Step::Stop;
        }
        let next_cap = last < p
            && word_end(t, p).is_some_and(|x| {
                let nw = &t[p..x];
                nw.chars().next().is_some_and(crate::chars::is_uppercase)
                    && !self.breaks_name(p, head.unit)
                    && self.word_roles(p, x).is_none_or(|r| !r.title)
            });
        // Up to six lower-case words before a place or a country ("Viện Văn hóa nghệ thuật quốc gia Việt Nam").
        let to_place = next_cap && words <= 6 && self.known_place(p).is_some();
        if trade {
            let clause = opens_clause(&t[pos..last]);
            if !(next_cap
                && words <= 5
                && !clause
                && !to_place
                && self.word_roles(p, word_end(t, p).unwrap_or(p)).is_none())
            {
                return Step::Stop;
            }
            run.end = Some(last);
            run.pos = p;
            return Step::AtNextWord;
        }
        if (words <= 3 || (run.after_legal && words <= 6) || to_place) && next_cap {
            run.end = Some(last);
            run.pos = p;
            return Step::AtNextWord;
        }
        // Lower-case words complete a compound ("Thi đua", "Kinh tế"), not a proper name of several
        // capitalised words ("Chợ Rẫy trực tiếp") or a place ("Việt Nam trị giá").
        let caps = &run.caps;
        let completes = caps.last().is_some_and(|&(cs, ce)| {
            let single = match caps.len() {
                1 => true,
                n => {
                    let (ps, pe) = caps[n - 2];
                    pe + 1 != cs || is_acronym(&t[ps..pe])
                }
            };
            // A one-word place may still be the first half of a word ("Pháp chế").
            let place = self.known_place(cs) == Some(ce) && (t[cs..ce].contains(' ') || words >= 2);
            // "Y" completes only its own compounds ("Y tế", "Y học", "Y dược", "Y khoa"; not "Đại học Y khám").
            let y_ok = &t[cs..ce] != "Y"
                || word_end(t, pos).is_some_and(|x| ["tế", "học", "dược", "khoa"].contains(&&t[pos..x]));
            single && !place && !is_acronym(&t[cs..ce]) && vietnamese_syllable(&t[cs..ce]) && y_ok
        });
        if !completes && !after_marker {
            return Step::Stop;
        }
        if words >= 2 && !after_marker && !(head.long && words <= LONG_WORDS) {
            // Only the word that completes the capitalised one ("Kinh tế quốc dân" → "Kinh tế").
            words = 1;
            last = first_end;
        }
        if !(words == 1 || (words <= 3 && after_marker) || (head.long && words <= LONG_WORDS)) {
            return Step::Stop;
        }
        // A completed word ("Thi đua") may still be joined by " - " to the next one.
        run.end = Some(last);
        run.pos = last;
        let digits_next =
            t[last..].strip_prefix(' ').and_then(|r| word_end(r, 0).map(|x| is_digits(&r[..x]))).unwrap_or(false);
        let joined = [" - ", " và ", " & "].iter().any(|j| t[last..].starts_with(j)) || digits_next;
        if (words == 1 || head.long) && joined { Step::Separator } else { Step::Stop }
    }

    /// A run of up to seven lower-case words at `pos` that are neither stop words nor level markers.
    fn lower_run(&self, pos: usize) -> LowerRun {
        let t = self.t;
        let mut run = LowerRun { words: 0, last: pos, next: pos, after_marker: false, first_end: pos };
        while run.words < 7 {
            let Some(mut x) = word_end(t, run.next) else { break };
            if !is_lower_word(&t[run.next..x]) {
                break;
            }
            if let Some((ce, r)) = self.word_at(run.next) {
                if r.compound {
                    // "xã hội", "việc làm": both words, neither a marker nor a stop.
                    x = ce;
                } else if (r.marker || r.stop) && !(run.words == 0 && self.compound_with_previous(run.next, x)) {
                    run.after_marker = r.marker;
                    break;
                }
            }
            run.words += 1;
            run.last = x;
            if run.words == 1 {
                run.first_end = x;
            }
            if !t[x..].starts_with(' ') {
                run.next = x;
                break;
            }
            run.next = x + 1;
        }
        run
    }

    /// The word at `pos..end` completes a compound with the word before it ("Hàng không", "Cộng hòa").
    fn compound_with_previous(&self, pos: usize, end: usize) -> bool {
        let Some(before) = self.t[..pos].strip_suffix(' ') else { return false };
        let ps = word_start(before, before.len());
        ps < before.len() && self.word_roles(ps, end).is_some_and(|r| r.compound)
    }

    /// The start of the next word of a name after `pos`: across a space, or " - ", " & " or " và " before
    /// a capitalised word that starts no other body.
    fn name_separator(&self, pos: usize) -> Option<usize> {
        let t = self.t;
        let rest = &t[pos..];
        let joined =
            rest.strip_prefix(" - ").or_else(|| rest.strip_prefix(" & ")).or_else(|| rest.strip_prefix(" và "));
        if let Some(r) = joined {
            let p = pos + (rest.len() - r.len());
            // Not a person's title ("… và Cục trưởng Cục Chống tham nhũng").
            word_end(t, p)
                .filter(|&x| {
                    is_cap(&t[p..x])
                        && !is_digits(&t[p..x])
                        && !self.is_trigger_start(p)
                        && (self.word_at(p).is_none_or(|(_, r)| !r.title) || self.low[p..].starts_with("cán bộ"))
                })
                .map(|_| p)
        } else if rest.starts_with(' ') {
            Some(pos + 1)
        } else {
            None
        }
    }

    /// The end of a name read up to `end` (its capitalised words `caps`, after a head ending at `e`) once a
    /// person's name is cut off its end ("Tập đoàn Hòa Phát Trần Đình Long"); `None` when nothing is left
    /// or the name is only a legal form ("Công ty TNHH").
    fn cut_person(&self, caps: &[(usize, usize)], end: usize, e: usize, titled: bool) -> Option<usize> {
        let t = self.t;
        if caps.iter().all(|&(cs, ce)| LEGAL_ACRONYMS.contains(&&t[cs..ce])) {
            return None;
        }
        if caps.last().is_none_or(|&(_, ce)| ce != end) {
            return Some(end);
        }
        let mut tail_from = caps.len() - 1;
        while tail_from > 0 && caps[tail_from - 1].1 + 1 == caps[tail_from].0 {
            tail_from -= 1;
        }
        let tail = &caps[tail_from..];
        // With words of the name before it, the whole run may be a person ("Hội Xuất bản Hoàng Vĩnh Bảo").
        let keep = self.person_cut(tail, titled, usize::from(tail_from == 0));
        if keep == tail.len() {
            return Some(end);
        }
        match (keep, tail_from) {
            (0, 0) => None,
            (0, _) => {
                // Up to the last word before the person, without the separator.
                let before = t[..tail[0].0].trim_end_matches([' ', '-', '&']);
                let before = before.strip_suffix(" và").unwrap_or(before).trim_end();
                (before.len() > e).then_some(before.len())
            }
            (k, _) => Some(tail[k - 1].1),
        }
    }

    /// " (X)" right after `e`: the text inside and the end of the closing parenthesis.
    fn parenthesis(&self, e: usize) -> Option<(&str, usize)> {
        let rest = self.t[e..].strip_prefix(" (")?;
        let close = rest.find(')')?;
        let inner = &rest[..close];
        (close <= 60 && !inner.contains('\n') && !inner.contains('(')).then(|| (inner.trim(), e + 2 + close + 1))
    }
}

/// Whether bare later uses of `acr` may be linked to `name`: some letter of the acronym is the initial
/// of a word of the name ("ADB" and "Ngân hàng Châu Á", not "ĐB" after "Quốc hội"), and the acronym
/// is not just the domain after the head ("Vụ Bảo hiểm y tế (BHYT)": bare "BHYT" is the insurance).
fn acronym_fits(acr: &str, name: &str, head: &str) -> bool {
    use unicode_normalization::UnicodeNormalization;
    let base = |c: char| c.nfd().next().unwrap_or(c).to_uppercase().next().unwrap_or(c);
    let initials = |s: &str| -> String {
        s.split([' ', '-', ','])
            .filter_map(|w| w.chars().next())
            .map(|c| if c == 'đ' || c == 'Đ' { 'D' } else { base(c) })
            .collect()
    };
    let all = initials(name);
    let letters: String =
        acr.chars().filter(|c| crate::chars::is_alphabetic(*c)).map(|c| if c == 'Đ' { 'D' } else { base(c) }).collect();
    let overlap = letters.chars().any(|c| all.contains(c));
    let tail = name.strip_prefix(head).map(initials).unwrap_or_default();
    overlap && !(tail == letters && all != letters)
}

/// Whether `acr`, in parentheses after `name`, abbreviates that very body, so that its later bare uses
/// share the body's canonical name: not after a name that is an acronym itself ("EU (EVFTA)"), not a code
/// with digits ("Bộ Công an (C46)"), not a longer phrase that ends in the name ("Quốc hội (ĐBQH)").
fn abbreviates(acr: &str, name: &str) -> bool {
    use unicode_normalization::UnicodeNormalization;
    if !name.contains(' ') || acr.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let base = |c: char| if c == 'đ' || c == 'Đ' { 'D' } else { c.nfd().next().unwrap_or(c).to_ascii_uppercase() };
    let initials: String = name.split([' ', '-']).filter_map(|w| w.chars().next()).map(base).collect();
    let letters: String = acr.chars().filter(|c| crate::chars::is_alphabetic(*c)).map(base).collect();
    !(letters.len() > initials.len() && letters.ends_with(&initials))
}

/// Text in parentheses that is an acronym of the name before it: one word starting with a capital
/// ("ADB", "Vinachem", "TN&MT"), or a head and such a word ("Bộ TN&MT").
fn looks_like_acronym(inner: &str) -> bool {
    let words: Vec<&str> = inner.split(' ').collect();
    let word_ok = |w: &str| {
        w.chars().next().is_some_and(crate::chars::is_uppercase)
            && w.chars().all(|c| crate::chars::is_alphanumeric(c) || matches!(c, '&' | '-' | '.'))
            && w.chars().count() <= 16
            && !is_digits(w)
    };
    match words.as_slice() {
        [w] => word_ok(w) && w.chars().filter(|c| crate::chars::is_uppercase(*c)).count() >= 1,
        [h, w] => {
            matches!(*h, "Bộ" | "Sở" | "Cục" | "Tổng cục" | "Ban" | "Viện" | "Trường") && word_ok(w) && is_acronym(w)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Eight bytes at a time, the same starts as a look at every character.
    #[test]
    fn capitals_and_digits_are_every_capital_and_digit() {
        for t in [
            "",
            "Đ",
            "đĐ9",
            "Hà Nội 2020: ĐH Quốc gia (VNU), \"Ủy ban\" - UBND; 123 ẞ İ x",
            "abcdefgh12345678ABCDEFGHđđđđđđđđ",
            "ngân hàng thế giới và quỹ tiền tệ quốc tế, không có chữ hoa nào ở đây cả",
        ] {
            let low = lower_same_len(t);
            let want: Vec<usize> = t
                .char_indices()
                .filter(|&(i, c)| c.is_ascii_digit() || !low[i..].starts_with(c))
                .map(|(i, _)| i)
                .collect();
            assert_eq!(capitals_and_digits(t.as_bytes(), low.as_bytes()).collect::<Vec<_>>(), want, "{t:?}");
        }
    }

    fn run(text: &str) -> Vec<(String, OrganisationItem)> {
        let doc = Doc::new(text, None);
        let mut out = Vec::new();
        Organisations.extract(&doc, &mut out);
        out.into_iter()
            .map(|e| {
                (text[e.start..e.end].to_string(), e.get::<OrganisationItem>().expect("organisations only").clone())
            })
            .collect()
    }

    /// Each text's organisations are the ones listed.
    fn assert_texts(rows: &[(&str, &[&str])]) {
        for (text, want) in rows {
            assert_eq!(texts(text), *want, "{text}");
        }
    }

    fn texts(text: &str) -> Vec<String> {
        run(text).into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn finds_names() {
        let rows: &[(&str, &[&str])] = &[
            ("Chủ tịch UBND TP Hà Nội Chu Ngọc Anh ký văn bản.", &["UBND TP Hà Nội"]),
            ("Bộ trưởng Bộ Tài chính phát biểu.", &["Bộ Tài chính"]),
            ("Theo Bộ Kế hoạch và Đầu tư, Thủ tướng Chính phủ đã đồng ý.", &["Bộ Kế hoạch và Đầu tư", "Chính phủ"]),
            ("Chỉ thị của BTV Tỉnh ủy về công tác đối ngoại.", &["BTV Tỉnh ủy"]),
            ("UBND tỉnh Lạng Sơn và HĐND huyện Cao Lộc họp.", &["UBND tỉnh Lạng Sơn", "HĐND huyện Cao Lộc"]),
            ("Công ty CP Bánh kẹo Hải Hà cho biết lãi tăng.", &["Công ty CP Bánh kẹo Hải Hà"]),
            ("Ông được đưa đến Bệnh viện Đa khoa tỉnh Quảng Nam cấp cứu.", &["Bệnh viện Đa khoa tỉnh Quảng Nam"]),
            ("Sở Y tế Quảng Nam yêu cầu báo cáo.", &["Sở Y tế Quảng Nam"]),
            // Foreign police and governments, hotels: the country ends the name, a person after it is not in it.
            (
                "Phó Tổng thanh tra cảnh sát Pakistan Azad Khan nói, Cảnh sát Philippines cho biết.",
                &["cảnh sát Pakistan", "Cảnh sát Philippines"],
            ),
            (
                "Chính quyền Mỹ và chính quyền Bắc Kinh đàm phán. Chính quyền địa phương vào cuộc.",
                &["Chính quyền Mỹ", "chính quyền Bắc Kinh"],
            ),
            (
                "Nhân viên khách sạn Như Nguyệt 2 cho biết khách sạn 4 - 5 sao đã kín phòng.",
                &["khách sạn Như Nguyệt 2"],
            ),
            // Credits joined by "/", the same name in other capitals, a number that is an amount, a stock
            // index.
            (
                "Nguồn: AP/TTXVN. (Theo Reuters/AFP). Ảnh: Tass. báo Giao thông và Báo Giao Thông.",
                &["AP", "TTXVN", "Reuters", "AFP", "Tass", "báo Giao thông", "Báo Giao Thông"],
            ),
            ("Cơ quan chức năng phạt Alibaba 18 tỷ USD; HNX-Index giảm, Công văn 15/UBND-KT.", &["Alibaba"]),
            // Teams, units, theatres; Party boards in sentence case before their committee.
            (
                "U23 Việt Nam thắng đội tuyển Thái Lan; Sở GD & ĐT Hà Nội; U19 Lần đầu tiên.",
                &["U23 Việt Nam", "đội tuyển Thái Lan", "Sở GD & ĐT Hà Nội"],
            ),
            (
                "Tiểu đoàn 351 và Sân khấu kịch IDECAF; Chi đoàn Đại học Năng lượng Moscow.",
                &["Tiểu đoàn 351", "Sân khấu kịch IDECAF", "Chi đoàn Đại học Năng lượng Moscow"],
            ),
            (
                "Ban tổ chức Trung ương, Ban dân vận Tỉnh ủy và Ban cán sự đảng UBND TP họp. Ban tổ chức cho biết.",
                &["Ban tổ chức Trung ương", "Ban dân vận Tỉnh ủy", "Ban cán sự đảng UBND TP"],
            ),
            (
                "Trận U23 Việt Nam - U23 Malaysia (VTV6); Tổ chức Y tế Thế giới (WHO) họp.",
                &["U23 Việt Nam", "U23 Malaysia", "VTV6", "Tổ chức Y tế Thế giới"],
            ),
            // A company's trade between its head and its name; not before a place nor after a relation.
            (
                "Tập đoàn cà phê Trung Nguyên, công ty nghiên cứu Gartner; một công ty dầu khí Mỹ, công ty con Vingroup.",
                &["Tập đoàn cà phê Trung Nguyên", "công ty nghiên cứu Gartner", "Vingroup"],
            ),
            // Police of a district, city, commune by their acronyms.
            (
                "Trưởng CAQ Liên Chiểu cho biết, trực ban CATP và CAH Hòa Vang đã nhận tin.",
                &["CAQ Liên Chiểu", "CATP", "CAH Hòa Vang"],
            ),
            // A complement that is a stop word elsewhere ("quản lý").
            (
                "Theo Tổng cục quản lý thị trường, Cục quản lý đường bộ IV đã kiểm tra.",
                &["Tổng cục quản lý thị trường", "Cục quản lý đường bộ IV"],
            ),
            (
                "Đội Cảnh sát giao thông Công an huyện Mù Cang Chải có mặt.",
                &["Đội Cảnh sát giao thông Công an huyện Mù Cang Chải"],
            ),
            (
                "Phòng Cảnh sát hình sự Công an tỉnh Thanh Hóa vào cuộc.",
                &["Phòng Cảnh sát hình sự Công an tỉnh Thanh Hóa"],
            ),
            ("Ban Thường vụ Huyện ủy chỉ đạo.", &["Ban Thường vụ Huyện ủy"]),
            ("Tỉnh ủy Lạng Sơn và Huyện ủy Cao Lộc đã họp.", &["Tỉnh ủy Lạng Sơn", "Huyện ủy Cao Lộc"]),
            ("Trường ĐH Sư phạm Huế tuyển sinh.", &["Trường ĐH Sư phạm Huế"]),
            ("Ủy ban MTTQ huyện tặng quà.", &["Ủy ban MTTQ huyện"]),
            ("Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ cho biết.", &["Bệnh viện Bạch Mai"]),
            ("Tập đoàn Than - Khoáng sản Việt Nam có 6 doanh nghiệp.", &["Tập đoàn Than - Khoáng sản Việt Nam"]),
            ("Vốn từ Vietcombank và BIDV tăng.", &["Vietcombank", "BIDV"]),
            ("TAND tỉnh Thanh Hóa mở phiên tòa.", &["TAND tỉnh Thanh Hóa"]),
            ("Chủ tịch Hội Nhà văn Trần Văn Bình phát biểu.", &["Hội Nhà văn"]),
            ("Tổng Thanh tra Chính phủ Lê Văn An ký.", &["Chính phủ"]),
            ("Phó Chủ tịch Thường trực UBND tỉnh Nghệ An dự họp.", &["UBND tỉnh Nghệ An"]),
            ("Cán bộ UBND TP.Hà Nội đến làm việc.", &["UBND TP.Hà Nội"]),
            ("Trạm trưởng Trung tâm Y tế huyện Mường Lát có mặt.", &["Trung tâm Y tế huyện Mường Lát"]),
            (
                "Giá điện của Công ty TNHH một thành viên Xây lắp điện Hà Nội tăng.",
                &["Công ty TNHH một thành viên Xây lắp điện Hà Nội"],
            ),
            ("Ông học Trường ĐH Kinh tế quốc dân năm 2000.", &["Trường ĐH Kinh tế quốc dân"]),
            ("Cục Thi hành án dân sự tỉnh Đồng Nai cho biết.", &["Cục Thi hành án dân sự tỉnh Đồng Nai"]),
            ("Hội đồng Thi đua - Khen thưởng Bộ Quốc phòng họp.", &["Hội đồng Thi đua - Khen thưởng Bộ Quốc phòng"]),
            ("Ủy ban T.Ư MTTQ Việt Nam phát động.", &["Ủy ban T.Ư MTTQ Việt Nam"]),
            ("Ông đến Tây Ban Nha và Đài Loan.", &[]),
            ("Văn bản 15/NQ-HĐND và 123/UBND-KT đã ban hành.", &[]),
            ("Chính phủ điện tử là mục tiêu của Chính phủ.", &["Chính phủ"]),
            ("Công ty Honda Việt Nam Trải nghiệm mới.", &["Công ty Honda Việt Nam"]),
            ("Apple Watch bán chạy, Apple lãi lớn.", &["Apple"]),
            ("Xe biển số UN - 3897 bị giữ; hãng bán cổ phần cho tập đoàn Nhật Bản.", &[]),
            ("Theo Viện Nghiên cứu Xã hội và Công an Quận 1 cho biết.", &["Viện Nghiên cứu Xã hội", "Công an Quận 1"]),
            ("Ban chỉ đạo yêu cầu Bộ Y tế báo cáo.", &["Ban chỉ đạo", "Bộ Y tế"]),
            ("Chủ tịch UBND quận Bắc Từ Liêm ký.", &["UBND quận Bắc Từ Liêm"]),
            ("Chủ tịch UBND huyện Đông Anh Nguyễn Văn Bình ký.", &["UBND huyện Đông Anh"]),
            ("Ông đến trụ sở Công an phường.", &["Công an phường"]),
            ("Theo Sở y tế Bắc Giang, Cục Sở hữu trí tuệ đã cấp.", &["Sở y tế Bắc Giang", "Cục Sở hữu trí tuệ"]),
        ];
        assert_texts(rows);
    }

    #[test]
    fn skips_generic_mentions() {
        let rows = [
            "Các doanh nghiệp và cơ quan chức năng đã vào cuộc.",
            "Ngân hàng cho biết công ty này đã trả nợ.",
            "Các bộ, ngành và Bộ đã thống nhất.",
            "Người dân tỉnh Lạng Sơn đến Hà Nội.",
            "Bộ trưởng nói rằng trường hợp này hiếm.",
            "Ông thông báo Hà Nội sẽ mưa.",
            "Công an đang điều tra vụ việc.",
        ];
        for input in rows {
            assert!(texts(input).is_empty(), "input: {input}: {:?}", texts(input));
        }
    }

    #[test]
    fn acronyms_countries_and_expansions() {
        let got = run("Ngân hàng Châu Á (ADB) tài trợ. Tổ chức VECO (Bỉ) hỗ trợ. Sau đó ADB rút vốn.");
        let v: Vec<_> = got.iter().map(|(t, o)| (t.as_str(), o.acronym.as_deref(), o.country.as_deref())).collect();
        assert_eq!(
            v,
            vec![
                ("Ngân hàng Châu Á", Some("ADB"), None),
                ("Tổ chức VECO", None, Some("Bỉ")),
                ("ADB", Some("ADB"), None)
            ]
        );
        // More after a comma in the parenthesis: the acronym is the part before it.
        let got = run("Ngân hàng Phát triển Châu Á (ADB, trụ sở tại Manila) tài trợ.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1.acronym.as_deref(), Some("ADB"));
        // A domain abbreviation is no acronym of the body: bare "BHYT" later is the insurance.
        let got = run("Vụ Bảo hiểm y tế (BHYT) cho biết người tham gia BHYT tăng.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1.acronym.as_deref(), Some("BHYT"));
        let got = run("UBND tỉnh họp với BTV Tỉnh ủy và Bộ TN&MT.");
        let v: Vec<_> = got.iter().map(|(_, o)| o.expanded.as_deref()).collect();
        assert_eq!(
            v,
            vec![Some("Ủy ban nhân dân tỉnh"), Some("Ban Thường vụ Tỉnh ủy"), Some("Bộ Tài nguyên và Môi trường")]
        );
    }

    #[test]
    fn lexicon_keys_differ_in_lower_case() {
        for src in [lexicon::ORG_HEADS, lexicon::ORG_DOMAINS, lexicon::ORG_WORDS, lexicon::PLACES] {
            let mut keys: Vec<String> = lexicon::rows(src).map(|r| lower_same_len(r[0])).collect();
            let n = keys.len();
            keys.sort_unstable();
            keys.dedup();
            assert_eq!(keys.len(), n, "two keys differ only in capitals");
        }
    }

    #[test]
    fn byline_in_capitals_is_not_an_acronym() {
        assert!(texts("Bài viết hay.\nWHO BIDV").is_empty());
        assert_eq!(texts("Bài viết hay.\nPV (TTXVN)"), ["TTXVN"]);
    }

    #[test]
    fn spans_are_sound_on_random_text() {
        let pieces = [
            "Bộ",
            "Sở",
            "UBND",
            "tỉnh",
            "TP.",
            "TP",
            "Hà Nội",
            "Công ty",
            "cổ phần",
            "TNHH",
            "(",
            ")",
            "ADB",
            " - ",
            "-",
            "/",
            "Ủy ban",
            "T.Ư",
            "MTTQ",
            "Việt Nam",
            "Nguyễn",
            "Văn",
            "An",
            "Chủ tịch",
            "và",
            ",",
            ".",
            "\n",
            "Trường ĐH",
            "Bệnh viện",
            "Đa",
            "khoa",
            "Ǆ",
            "İ",
            "ẞ",
            "Tổng",
            "Thanh tra",
            "Chính phủ",
            "BTV",
            "Tỉnh ủy",
            "&",
            "GD&ĐT",
            "1",
            "22",
            "Công an",
            "Thường trực",
            "Đội",
            "Cảnh sát",
            "Quận",
            "Bạch Mai",
            "(Bỉ)",
        ];
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..(x % 14 + 1) {
                x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                text.push_str(pieces[(x >> 33) as usize % pieces.len()]);
                if x & 3 != 0 {
                    text.push(' ');
                }
            }
            let doc = Doc::new(&text, None);
            let mut out = Vec::new();
            Organisations.extract(&doc, &mut out);
            for e in &out {
                assert!(e.start < e.end && e.end <= text.len(), "{text:?}");
                assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end), "{text:?}");
            }
        }
    }

    #[test]
    fn no_panic_on_odd_text() {
        for s in [
            "",
            "(",
            "Bộ",
            "Công ty (",
            "UBND tỉnh (",
            "Sở Y tế (ADB",
            "Tập đoàn A (B) (C)",
            "Ủy ban ",
            "Đ",
            "Agribank",
            "Agribank…",
            "tại Agribank…",
            "Ảnh: AP",
            "Ảnh: AP Đ",
        ] {
            let _ = run(s);
        }
    }

    /// Every form of one body in a row gives one canonical name; different bodies give different ones.
    #[test]
    fn one_body_one_canonical_name() {
        let groups: &[&[&str]] = &[
            &["UBND TP.HCM", "UBND Thành phố Hồ Chí Minh", "Ủy ban nhân dân TP Hồ Chí Minh", "UBND TPHCM"],
            &["Bộ TN&MT", "Bộ Tài nguyên và Môi trường", "Bộ TNMT"],
            &["Bộ GD&ĐT", "Bộ GD-ĐT", "Bộ Giáo dục và Đào tạo"],
            &["UBND Hà Nội", "UBND TP Hà Nội", "UBND thành phố Hà Nội", "UBND TP. Hà Nội"],
            &["UBND tỉnh Quảng Nam", "UBND Quảng Nam", "Ủy ban nhân dân tỉnh Quảng Nam"],
            &["TAND tỉnh Bà Rịa - Vũng Tàu", "Tòa án nhân dân tỉnh Bà Rịa - Vũng Tàu"],
            &["Tỉnh ủy Lạng Sơn"],
            &["Đại học Quốc gia Hà Nội"],
            &["UBND Q. 1", "UBND quận 1", "Ủy ban nhân dân quận 1"],
            &[
                "CTCP Thép Hòa Phát",
                "Công ty CP Thép Hòa Phát",
                "Cty Cổ phần Thép Hòa Phát",
                "Công ty cổ phần Thép Hòa Phát",
            ],
            &["Cty TNHH Minh Anh", "Công ty TNHH Minh Anh"],
        ];
        let mut all = Vec::new();
        for group in groups {
            let mut names = Vec::new();
            for form in *group {
                let text = format!("Hôm qua, {form} đã họp.");
                let got = run(&text);
                assert_eq!(got.len(), 1, "{form:?}: {got:?}");
                assert_eq!(got[0].0, *form, "{form:?}");
                names.push(got[0].1.canonical.clone());
            }
            assert!(names.iter().all(|n| *n == names[0]), "{group:?} → {names:?}");
            all.push(names[0].clone());
        }
        assert_eq!(all[0], "Ủy ban nhân dân thành phố Hồ Chí Minh");
        assert_eq!(all[1], "Bộ Tài nguyên và Môi trường");
        assert_eq!(all[5], "Tòa án nhân dân tỉnh Bà Rịa - Vũng Tàu");
        assert_eq!(all[6], "Tỉnh ủy Lạng Sơn", "a Party committee takes no level");
        assert_eq!(all[7], "Đại học Quốc gia Hà Nội", "only state bodies take a level");
        assert_eq!(all[9], "Công ty cổ phần Thép Hòa Phát", "a company's legal form, one way");
        let mut unique = all.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), all.len(), "{all:?}");
    }

    /// Every state acronym of `acronyms.tsv` after "Bộ" names the same body as its expansion.
    #[test]
    fn acronyms_and_their_expansions_share_a_canonical_name() {
        let lex = &*LEX;
        for r in lexicon::rows(lexicon::ACRONYMS) {
            let (acr, full) = (r[0], r[1]);
            assert_eq!(lex.canonical(&format!("Sở {acr}"), OrgKind::Government), format!("Sở {full}"), "{acr}");
        }
    }

    /// Mentions of one body share `entity`; an acronym defined in parentheses joins the body it abbreviates.
    #[test]
    fn entities_number_the_bodies_of_an_article() {
        let doc = crate::InputDoc {
            text: "Tin\nTập đoàn Điện lực Việt Nam (EVN) và Bộ Y tế họp. Sau đó EVN và Bộ Y tế ra thông báo; UBND \
                   TP.HCM và Ủy ban nhân dân TP Hồ Chí Minh cũng vậy."
                .into(),
            ..Default::default()
        };
        let rec = crate::process(&doc, &Default::default());
        let got: Vec<(&str, u32)> = rec.organisations.iter().map(|o| (o.name.as_str(), o.entity)).collect();
        assert_eq!(
            got,
            [
                ("Tập đoàn Điện lực Việt Nam", 1),
                ("Bộ Y tế", 2),
                ("EVN", 1),
                ("Bộ Y tế", 2),
                ("UBND TP.HCM", 3),
                ("Ủy ban nhân dân TP Hồ Chí Minh", 3)
            ]
        );
        assert_eq!(rec.organisations[2].canonical, rec.organisations[0].canonical, "EVN is the Tập đoàn's acronym");
    }

    /// Heads written in lower case name a body when a capitalised name or a country follows them, and not
    /// when they end a compound word ("thủ khoa", "Quốc phòng", "cán bộ", "nhập viện").
    #[test]
    fn lower_case_heads_need_a_name() {
        let rows: &[(&str, &[&str])] = &[
            ("Công văn gửi bộ Công an và bộ Giao thông vận tải.", &["bộ Công an", "bộ Giao thông vận tải"]),
            ("Đại diện chính phủ Mỹ và quốc hội Nga lên tiếng.", &["chính phủ Mỹ", "quốc hội Nga"]),
            // Words of any case that lead to an acronym in parentheses are the name's.
            (
                "Giá của Công ty Cổ phần vàng bạc đá quý Phú Nhuận (PNJ) và Trung tâm lưu ký chứng khoán Việt Nam (VSD).",
                &["Công ty Cổ phần vàng bạc đá quý Phú Nhuận", "Trung tâm lưu ký chứng khoán Việt Nam"],
            ),
            ("Bayern Munich cũng như Paris Saint Germain (PSG) đồng ý.", &["Bayern Munich", "Paris Saint Germain"]),
            // Sentence case after lower-case words: a compound's second syllable in lower case.
            (
                "Theo Trung tâm dự báo Khí tượng Thủy văn Trung ương, mưa; Viện nghiên cứu Hòa bình Stockholm ở Thụy Điển.",
                &["Trung tâm dự báo Khí tượng Thủy văn Trung ương", "Viện nghiên cứu Hòa bình Stockholm"],
            ),
            ("Tàu hải quân Trung Quốc áp sát.", &["hải quân Trung Quốc"]),
            ("Chủ tịch đảng Dân tiến phát biểu.", &["đảng Dân tiến"]),
            ("Trưởng phòng Giáo dục Mầm non cho biết.", &["phòng Giáo dục Mầm non"]),
            ("Bác sĩ khoa Bệnh nhiệt đới kể lại.", &["khoa Bệnh nhiệt đới"]),
            // Not bodies: a common noun alone, compounds, a room, a title before a country.
            ("Các nước có chính phủ riêng; quốc hội họp.", &[]),
            ("Em là thủ khoa Trường ĐH Quảng Nam.", &["Trường ĐH Quảng Nam"]),
            ("Bộ trưởng Quốc phòng Mỹ James Mattis đến.", &[]),
            ("Ông là cán bộ Công an xã.", &[]),
            ("Cuộc họp ở phòng 3 tầng hai.", &[]),
            ("Ông làm việc ở Phòng 806 tầng tám.", &[]),
            (
                "Em được chăm sóc ở Trung tâm nuôi dưỡng trẻ mồ côi Tam Bình từ nhỏ.",
                &["Trung tâm nuôi dưỡng trẻ mồ côi Tam Bình"],
            ),
            ("Ông là Phó Chủ tịch Hội đồng quản trị kiêm Phó Tổng giám đốc.", &[]),
            ("Tỉnh tiếp nhận vắc xin phòng Covid-19 đợt hai.", &[]),
            (
                "Chương trình do Đại sứ quán Anh tổ chức, Tổng Lãnh sự quán Anh tài trợ.",
                &["Đại sứ quán Anh", "Tổng Lãnh sự quán Anh"],
            ),
            ("Ông đi chiếc máy bay Boeing của hãng máy bay Boeing.", &["Boeing"]),
            ("Tài xế Nguyễn Điện Quang khai với hãng Reuters.", &["Reuters"]),
            ("Anh phải nhập viện Bạch Mai.", &[]),
            ("Ông bị tổ chức khủng bố al-Qaeda bắt.", &["al-Qaeda"]),
        ];
        assert_texts(rows);
    }

    /// A company's distinctive name and an acronym reached through lower-case words name it again later.
    #[test]
    fn short_names_after_the_full_name() {
        let got = run("Tập đoàn Minh Long báo lãi. Năm nay Minh Long đầu tư thêm; ông Minh Long không liên quan. \
                       Công ty cổ phần Nghe nhìn toàn cầu (AVG) bán cổ phần. Giá trị thương vụ AVG cao. \
                       Công ty CP gốm sứ Bát Tràng mở cửa hàng ở làng cổ Bát Tràng. Công ty Mig ra mắt Mig-35.");
        let names: Vec<(&str, &str)> = got.iter().map(|(t, o)| (t.as_str(), o.canonical.as_str())).collect();
        assert_eq!(
            names,
            [
                ("Tập đoàn Minh Long", "Tập đoàn Minh Long"),
                ("Minh Long", "Tập đoàn Minh Long"),
                ("Công ty cổ phần Nghe nhìn toàn cầu", "Công ty cổ phần Nghe nhìn toàn cầu"),
                ("AVG", "Công ty cổ phần Nghe nhìn toàn cầu"),
                ("Công ty CP gốm sứ Bát Tràng", "Công ty cổ phần gốm sứ Bát Tràng"),
                ("Công ty Mig", "Công ty Mig"),
            ]
        );
        assert_eq!(got[2].1.acronym.as_deref(), Some("AVG"));
        // In an article about football, club names that are places elsewhere; not after a word of place.
        let got = texts(
            "Vòng 5 V-League: FLC Thanh Hóa và Hải Phòng hòa. Cầu thủ Hải Phòng ghi bàn; HLV SLNA khen. \
             Trận đấu ở sân vận động Thanh Hóa, tại Hải Phòng; tiền đạo Monaco.",
        );
        assert_eq!(got, ["FLC Thanh Hóa", "Hải Phòng", "Hải Phòng", "SLNA", "Monaco"]);
        assert_eq!(texts("Hà Tĩnh, Bình Dương có nhiều học sinh giỏi; SLNA và HAGL tặng quà."), ["SLNA", "HAGL"]);
        assert_eq!(
            texts("Trận đấu vòng loại của cầu thủ SLNA, HAGL ở các tỉnh gồm Tiền Giang, Cần Thơ, Gia Lai."),
            ["SLNA", "HAGL"]
        );
        // A school's foreign name is read again alone; not in Vietnamese syllables, nor a person after a title.
        assert_texts(&[
            (
                "Sinh viên Đại học Greenwich (Việt Nam) học giỏi. Sinh viên Greenwich tự tin.",
                &["Đại học Greenwich", "Greenwich"],
            ),
            ("Bệnh viện Bạch Mai quá tải. Ông về Bạch Mai.", &["Bệnh viện Bạch Mai"]),
            ("Đại học Trump bị kiện. Tổng thống Trump nói.", &["Đại học Trump"]),
            ("Cảng hàng không Tân Sơn Nhất quá tải. Tân Sơn Nhất đón khách.", &["Cảng hàng không Tân Sơn Nhất"]),
        ]);
        // Multi-byte letters right before a short name.
        let _ = run("Công ty Virgin mở rộng. Ông đã làm việc tại đảo thiên đường Virgin của nhà sáng lập đó.");
    }

    /// A capitalised head takes lower-case words when a place, "quốc gia", a level with its place or an
    /// acronym ends them; not a generic phrase or a description.
    #[test]
    fn names_in_lower_case_words() {
        let rows: &[(&str, &[&str])] = &[
            ("Theo Hiệp hội du lịch Đà Nẵng, khách tăng.", &["Hiệp hội du lịch Đà Nẵng"]),
            // A board of one word takes lower-case words up to a level and its place only.
            ("Theo Ban giải phóng mặt bằng quận Đống Đa, dự án chậm.", &["Ban giải phóng mặt bằng quận Đống Đa"]),
            ("Trung tâm giáo dục thường xuyên quận Cầu Giấy thi.", &["Trung tâm giáo dục thường xuyên quận Cầu Giấy"]),
            ("Ban tổ chức cho biết; Ban chấp hành và đoàn đại biểu tỉnh Bạc Liêu dự.", &[]),
            // A board named by what it does, then the body it belongs to; not "Ban đầu" (at first), nor a
            // body's leaders.
            ("Đình Luật bị Ban kỷ luật VFF treo giò.", &["Ban kỷ luật VFF"]),
            ("Ban đầu Viettel xây dựng đội ngũ; Ban lãnh đạo Tottenham thông báo.", &["Viettel", "Tottenham"]),
            // Up to five words of a company's trade before its name, not a clause.
            (
                "Giám đốc HTX dịch vụ vận tải Tân Phú và chủ tịch công ty dịch vụ gọi taxi Didi Dache họp.",
                &["HTX dịch vụ vận tải Tân Phú", "công ty dịch vụ gọi taxi Didi Dache"],
            ),
            ("Tập đoàn đã ký hợp đồng với Samsung.", &["Samsung"]),
            // A hospital by its district; "Y" completes its own compounds only; the press of a country is
            // no body, its broadcaster is.
            (
                "Bệnh nhân chuyển từ bệnh viện quận 1 đến Bệnh viện huyện Bình Chánh, rồi Viện Y dược học dân tộc.",
                &["bệnh viện quận 1", "Bệnh viện huyện Bình Chánh", "Viện Y dược học dân tộc"],
            ),
            ("Bà đến bệnh viện Đại học Y khám.", &["bệnh viện Đại học Y"]),
            // A committee named by a list of fields, some of them a newspaper's or a stop word's ("Thanh niên",
            // "Thiếu niên"), and the National Assembly it belongs to.
            (
                "Theo Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội, luật chưa ổn.",
                &["Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội"],
            ),
            (
                "Ủy ban Tài chính, Ngân sách của Quốc hội và Ủy ban Kinh tế của Quốc hội họp.",
                &["Ủy ban Tài chính, Ngân sách của Quốc hội", "Ủy ban Kinh tế của Quốc hội"],
            ),
            // Stations of the police, the border guard, the veterinary service, a lighthouse.
            (
                "Trạm CSGT Thăng Bình tạm giữ xe; Trạm Thú y huyện Đức Phổ lấy mẫu; Trạm Kiểm soát Biên phòng Sa Kỳ tuần tra.",
                &["Trạm CSGT Thăng Bình", "Trạm Thú y huyện Đức Phổ", "Trạm Kiểm soát Biên phòng Sa Kỳ"],
            ),
            // A court's division with its court.
            (
                "Nguyên Chánh Tòa Hình sự TAND Tối cao nói; Tòa Gia đình và người chưa thành niên TAND TP. HCM họp.",
                &["Tòa Hình sự TAND Tối cao", "Tòa Gia đình và người chưa thành niên TAND TP. HCM"],
            ),
            // The prosecutors of a trial, named without their place.
            ("Đại diện Viện kiểm sát đề nghị mức án; VKS cho rằng bị cáo có tội.", &["Viện kiểm sát", "VKS"]),
            ("Theo báo Anh và tạp chí Mỹ; theo đài truyền hình Syria, nổ lớn.", &["đài truyền hình Syria"]),
            // A later word of the name capitalised keeps a lower-case head a name ("đoàn Luật sư"); not
            // a word of two that another word before it makes a compound ("xã hội Đồng Mô").
            ("Theo đoàn Luật sư TP. HCM, nhà ở xã hội Đồng Mô chậm tiến độ.", &["đoàn Luật sư TP. HCM"]),
            // A bar association abbreviated ("Đoàn LS" for "Đoàn Luật sư").
            ("LS Huỳnh Công Thư (thuộc Đoàn LS tỉnh Long An) phân tích.", &["Đoàn LS tỉnh Long An"]),
            // A Party committee in lower case before its place only.
            ("Ông Thăng, Bí thư thành ủy TP.HCM; Thường trực huyện ủy đã họp.", &["thành ủy TP.HCM"]),
            (
                "Chủ tịch UBND tỉnh ủy quyền cho ông; trú tại đồn Biên phòng Bắc Sơn, xã Bắc Hòa.",
                &["UBND tỉnh", "đồn Biên phòng Bắc Sơn"],
            ),
            ("Viện nghiên cứu chiến lược Nga nhận định.", &["Viện nghiên cứu chiến lược Nga"]),
            ("Tổng Công ty truyền tải điện Quốc gia cho biết.", &["Tổng Công ty truyền tải điện Quốc gia"]),
            ("Trung tâm nghề cá tỉnh Bà Rịa - Vũng Tàu họp.", &["Trung tâm nghề cá tỉnh Bà Rịa - Vũng Tàu"]),
            ("Cơ quan chức năng tỉnh Quảng Ninh vào cuộc.", &[]),
            ("Trung tâm truyền máu chạy khắp thành phố.", &[]),
            ("Trung tâm hiện hữu ở Hà Nội.", &[]),
            // A longer key that fails the case check leaves the shorter head under it.
            ("Trong một diễn biến, Cục thuế Hà Nội công bố.", &["Cục thuế Hà Nội"]),
            // A head that demands a complement, with its name in lower-case words.
            ("Cục phòng, chống tệ nạn xã hội cho biết.", &["Cục phòng, chống tệ nạn xã hội"]),
            ("Theo Viện nghiên cứu thị trường IEIT, việc làm tăng.", &["Viện nghiên cứu thị trường IEIT"]),
            ("Hai chuyên gia của Viện nghiên cứu này nói.", &[]),
            // A full name written in sentence case.
            ("Theo Đài truyền hình Việt Nam, bão tan.", &["Đài truyền hình Việt Nam"]),
            ("Theo Đài truyền hình việt nam, bão tan.", &[]),
            // A long key in sentence case before the place it serves; not before a person's name.
            ("Tối 31/5, Bộ đội biên phòng tỉnh Thanh Hóa vẫn tìm.", &["Bộ đội biên phòng tỉnh Thanh Hóa"]),
            ("Theo Trí thức trẻ Đức Minh, giá tăng.", &[]),
            // "Ban quản lý" with its name; capitalised, its words are the name after "Ban".
            ("Bộ giao hồ sơ cho Ban quản lý Khu kinh tế Phú Quốc và tỉnh.", &["Ban quản lý Khu kinh tế Phú Quốc"]),
            ("Theo đề xuất của Ban Quản lý dự án 1, dự án sẽ khởi công.", &["Ban Quản lý dự án 1"]),
            ("Trưởng ban quản lý chợ cho biết.", &[]),
            // Lower-case words of trade after a legal form, before the name.
            ("Công ty cổ phần tàu cao tốc Phú Quốc cho biết.", &["Công ty cổ phần tàu cao tốc Phú Quốc"]),
            ("Giám đốc Công ty cổ phần thực phẩm Nippon Farm.", &["Công ty cổ phần thực phẩm Nippon Farm"]),
            ("Công ty cổ phần hóa năm 2015.", &[]),
            // A sentence-case name closes on "Trung ương" before a verb.
            (
                "Trung tâm dự báo Khí tượng Thủy văn Trung ương nhận định mưa lớn.",
                &["Trung tâm dự báo Khí tượng Thủy văn Trung ương"],
            ),
        ];
        assert_texts(rows);
    }

    #[test]
    fn names_end_where_the_clause_goes_on() {
        let rows: &[(&str, &[&str])] = &[
            // A verb between two capitalised words ends the name.
            ("Hãng tin Yonhap dẫn lời Đô đốc Harris.", &["Hãng tin Yonhap"]),
            ("Ngân hàng MHB sang Công ty MHBS.", &["Ngân hàng MHB", "Công ty MHBS"]),
            ("Tạp chí Der Spiegel kêu gọi nước Đức hành động.", &["Tạp chí Der Spiegel"]),
            // "hạng sang", "sang trọng" are words of a hotel's class.
            ("Ông ở khách sạn hạng sang Lowry cùng đội.", &["khách sạn hạng sang Lowry"]),
            // A sentence run on without its full stop.
            ("Ảnh: Báo Nhân dân Ngay sau khi giành được", &["Báo Nhân dân"]),
            (
                "Tổ chức Sáng kiến Theo dõi Tình hình Biển Đông có trụ sở",
                &["Tổ chức Sáng kiến Theo dõi Tình hình Biển Đông"],
            ),
            // After a title, three words with a middle name are a person, not a place.
            ("Phó Chủ tịch UBND thành phố Chử Xuân Dũng đề nghị.", &["UBND thành phố"]),
            ("Chủ tịch UBND huyện Gò Công Đông cho biết.", &["UBND huyện Gò Công Đông"]),
            // Two domains of one department; the inspectorate of a department.
            ("Sở Văn hóa - Thể thao TP Hà Nội đề xuất.", &["Sở Văn hóa - Thể thao TP Hà Nội"]),
            ("Thanh tra Sở GTVT tỉnh Quảng Nam xử phạt.", &["Thanh tra Sở GTVT tỉnh Quảng Nam"]),
            ("Thanh tra Sở cho biết.", &["Thanh tra Sở"]),
            // A club's sport and a team's sex before its name.
            ("Cầu thủ của CLB bóng đá Hoàng Anh Gia Lai.", &["CLB bóng đá Hoàng Anh Gia Lai"]),
            ("Đội tuyển nữ Việt Nam thắng.", &["Đội tuyển nữ Việt Nam"]),
            // A bank's legal form in words; its acronym in parentheses is the same body.
            (
                "Ngân hàng thương mại cổ phần Đầu tư và Phát triển Việt Nam (BIDV) báo lãi.",
                &["Ngân hàng thương mại cổ phần Đầu tư và Phát triển Việt Nam"],
            ),
            // A list of fields closed by "và" is one name, its fields written alike.
            ("Cục Hộ tịch, quốc tịch và chứng thực cho biết.", &["Cục Hộ tịch, quốc tịch và chứng thực"]),
            (
                "Tổng cục Phát thanh, Điện ảnh và Truyền hình rà soát.",
                &["Tổng cục Phát thanh, Điện ảnh và Truyền hình"],
            ),
            ("Viện Nước, Tưới tiêu và Môi trường nghiên cứu.", &["Viện Nước, Tưới tiêu và Môi trường"]),
            ("Theo cục Mỹ thuật, Triển lãm và Nhiếp ảnh, triển lãm mở.", &["cục Mỹ thuật, Triển lãm và Nhiếp ảnh"]),
            ("Giám đốc Trung tâm Cấp cứu 115, bệnh viện và trạm y tế họp.", &["Trung tâm Cấp cứu 115"]),
            // A function word or "thuộc" ends the words between a unit and a body: two names, or one.
            ("Báo đến Cục QLCT để Cục QLCT yêu cầu.", &["Cục QLCT", "Cục QLCT"]),
            (
                "Bà Hương, Trưởng phòng Giáo dục Mầm non thuộc Sở Giáo dục và Đào tạo Hà Nội cho biết.",
                &["phòng Giáo dục Mầm non", "Sở Giáo dục và Đào tạo Hà Nội"],
            ),
            (
                "Phòng GD&ĐT quận Hai Bà Trưng cùng UBND phường Minh Khai làm việc.",
                &["Phòng GD&ĐT quận Hai Bà Trưng", "UBND phường Minh Khai"],
            ),
            ("Ban Đầu tư trực thuộc Sở Xây dựng họp.", &["Ban Đầu tư", "Sở Xây dựng"]),
            // What a police unit does is part of its name; a number, a place or its body may follow.
            (
                "Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Sơn La cho biết.",
                &["Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Sơn La"],
            ),
            ("Đội Cảnh sát giao thông số 5 cho biết.", &["Đội Cảnh sát giao thông số 5"]),
            (
                "Hôm qua, đội Cảnh sát chống tội phạm công nghệ cao phối hợp.",
                &["đội Cảnh sát chống tội phạm công nghệ cao"],
            ),
            (
                "Cục Cảnh sát điều tra tội phạm về kinh tế và tham nhũng (C46, Bộ Công an) bắt giữ.",
                &["Cục Cảnh sát điều tra tội phạm về kinh tế và tham nhũng", "Bộ Công an"],
            ),
            (
                "Phòng Cảnh sát hình sự (PC45, Công an TP Hà Nội) cho biết.",
                &["Phòng Cảnh sát hình sự", "Công an TP Hà Nội"],
            ),
            ("Cán bộ Đội Cảnh sát Hình sự Trần Việt Anh nói.", &["Đội Cảnh sát Hình sự"]),
            ("Theo CA tỉnh Hà Tĩnh, vụ việc; ca trực đêm.", &["CA tỉnh Hà Tĩnh"]),
            // A national team: "ĐT" before a country; a team's sport, sex or level before the country.
            ("Messi cùng ĐT Argentina thắng; ĐT Olympic Argentina thua.", &["ĐT Argentina", "ĐT Olympic Argentina"]),
            ("Bộ GD ĐT yêu cầu Sở GD-ĐT Hà Nội báo cáo. ĐT: 0912345678.", &["Bộ GD ĐT", "Sở GD-ĐT Hà Nội"]),
            ("Trận gặp đội tuyển quốc gia Thái Lan diễn ra.", &["đội tuyển quốc gia Thái Lan"]),
            // Party boards in lower case; a minister's title in capitals is no ministry.
            ("Ban thường vụ Thành ủy TP. HCM họp.", &["Ban thường vụ Thành ủy TP. HCM"]),
            ("Sáng nay, Bộ Trưởng Trương Quang Nghĩa cho biết.", &[]),
            // What a committee fights, after "công tác" or "về"; not after a body of another kind.
            (
                "Họp Ban chỉ đạo công tác phòng, chống dịch bệnh của huyện.",
                &["Ban chỉ đạo công tác phòng, chống dịch bệnh"],
            ),
            ("Kế hoạch của UBND tỉnh về phòng, chống dịch Covid-19 được duyệt.", &["UBND tỉnh"]),
            // The acronym before a comma in parentheses closes a name in lower-case words.
            (
                "Tổng công ty Bưu chính viễn thông (VNPT, đơn vị được giao) cho biết.",
                &["Tổng công ty Bưu chính viễn thông"],
            ),
            (
                "Họp Ban Chỉ đạo dịch vụ công trực tuyến Bộ NN-PTNT.",
                &["Ban Chỉ đạo dịch vụ công trực tuyến Bộ NN-PTNT"],
            ),
        ];
        assert_texts(rows);
    }

    #[test]
    fn a_known_acronym_in_parentheses_abbreviates_the_name_before_it() {
        let rows: &[(&str, &[&str])] = &[
            ("Theo Tổ chức Y tế thế giới (WHO) thì dịch tăng.", &["Tổ chức Y tế thế giới"]),
            ("Hãng thông tấn trung ương Triều Tiên (KCNA) đưa tin.", &["Hãng thông tấn trung ương Triều Tiên"]),
            ("Công ty cổ phần Chứng khoán SSI (SSI) cho biết.", &["Công ty cổ phần Chứng khoán SSI"]),
            // A body of another kind, and a list of bodies, are mentions of their own.
            ("Trận U23 Malaysia (VTV6) lúc 19h.", &["U23 Malaysia", "VTV6"]),
        ];
        assert_texts(rows);
        let got = run("Theo Tổ chức Y tế thế giới (WHO) thì dịch tăng.");
        assert_eq!(got[0].1.acronym.as_deref(), Some("WHO"));
        // A place in parentheses says where the body is: no acronym, and the place later is no body.
        let text = "Trường THPT Gia Định (TP.HCM) cho biết. Một học sinh ở quận 3, TP.HCM đỗ.";
        let got = run(text);
        assert_eq!(got.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>(), vec!["Trường THPT Gia Định"]);
        assert_eq!(got[0].1.acronym, None);
        // A company's one-word short name abbreviates it whatever its letters; its later uses are the company.
        let got = run("Tổng công ty Điện lực Dầu khí (PVPower) họp. Sau đó, PVPower ký hợp đồng.");
        assert_eq!(
            got.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>(),
            vec!["Tổng công ty Điện lực Dầu khí", "PVPower"]
        );
        assert_eq!(got[1].1.canonical, got[0].1.canonical);
    }

    #[test]
    fn police_in_lower_case_and_numbered_wards() {
        let rows: &[(&str, &[&str])] = &[
            ("Vụ việc được báo lên công an quận 4 và công an xã Tân Lập.", &["công an quận 4", "công an xã Tân Lập"]),
            ("Lực lượng công an xã đã có mặt.", &[]),
            // A level abbreviated to a letter and a dot, with its place; the canonical name spells the level.
            (
                "UBND Q. 1 và Công an H. Phù Cát, Công an Q. Hai Bà Trưng họp.",
                &["UBND Q. 1", "Công an H. Phù Cát", "Công an Q. Hai Bà Trưng"],
            ),
            // A person's name after the place, shown by a surname ("Phó Chủ tịch UBND …").
            (
                "Chủ tịch UBND phường Hòa Thọ Đông Nguyễn Phước Sơn và Phó Chủ tịch UBND quận Ngô Quyền Trần Hữu Xuân nói.",
                &["UBND phường Hòa Thọ Đông", "UBND quận Ngô Quyền"],
            ),
            // A known name of several words after a head is read whole.
            ("Trên báo Công an nhân dân ghi nhận.", &["báo Công an nhân dân"]),
            (
                "Phó phòng Cảnh sát PCCC Công an tỉnh Quảng Trị cho biết.",
                &["phòng Cảnh sát PCCC Công an tỉnh Quảng Trị"],
            ),
            // A fire police unit by its number, alone, or with the rest of its work after "và".
            (
                "Chỉ huy Phòng Cảnh sát PCCC số 6 - phụ trách quận Tây Hồ; Phòng Cảnh sát PCCC có mặt.",
                &["Phòng Cảnh sát PCCC số 6", "Phòng Cảnh sát PCCC"],
            ),
            (
                "Phòng Cảnh sát PCCC và cứu nạn cứu hộ Công an tỉnh Long An điều 2 xe; Phòng cảnh sát PCCC quận Gò Vấp đến.",
                &["Phòng Cảnh sát PCCC và cứu nạn cứu hộ Công an tỉnh Long An", "Phòng cảnh sát PCCC quận Gò Vấp"],
            ),
            (
                "Công an phường Mỹ Đình 2 đã mời; UBND phường Mỹ Đình 2 năm 2016 họp.",
                &["Công an phường Mỹ Đình 2", "UBND phường Mỹ Đình"],
            ),
        ];
        assert_texts(rows);
    }

    #[test]
    fn schools_by_the_word_truong() {
        let rows: &[(&str, &[&str])] = &[
            ("Phụ huynh nộp hồ sơ vào trường Lương Thế Vinh hôm qua.", &["trường Lương Thế Vinh"]),
            ("Hiệu trưởng trường Nguyễn Siêu cho biết.", &["trường Nguyễn Siêu"]),
            // Not a school: a word "trường" completes, a name in capitals, a country's schools, a new sentence.
            ("Thị trường BĐS Việt Nam tăng; hiện trường Xác định có 4 nạn nhân.", &[]),
            ("Quần đảo Trường Sa; ông Trường Chinh.", &[]),
            ("Sinh viên các trường Mỹ; chuyển trường Trong năm qua.", &[]),
        ];
        assert_texts(rows);
    }

    #[test]
    fn banks_as_written() {
        let rows: &[(&str, &[&str])] = &[
            // A branch named by its place; a person after a bank is no branch.
            ("Trí ký hợp đồng với Agribank Bình Chánh để vay.", &["Agribank Bình Chánh"]),
            ("Chủ tịch HĐQT VPBank Ngô Chí Dũng nói.", &["VPBank"]),
            // A rate after a bank is no model's number.
            ("Cụ thể, tại Vietcombank 22,540-22,610 đồng/USD.", &["Vietcombank"]),
            // A brand with an inner capital written in lower case; not an acronym so written ("Latam").
            ("Khách đến TPbank và Oceanbank ở khu vực Latam.", &["TPbank", "Oceanbank"]),
        ];
        assert_texts(rows);
        let canonical = run("Khách đến TPbank.").into_iter().map(|(_, o)| o.canonical).collect::<Vec<_>>();
        assert_eq!(canonical, ["Ngân hàng TMCP Tiên Phong"]);
    }

    #[test]
    fn sources_in_credits() {
        let rows: &[(&str, &[&str])] = &[
            ("Người dân xếp hàng. (Ảnh: EPA/TTXVN)\nTiếp theo.", &["EPA", "TTXVN"]),
            ("Ông phát biểu. Ảnh: Getty Images\nSau đó.", &["Getty Images"]),
            ("Minh Anh (Theo Standard Sport)", &["Standard Sport"]),
            ("Máy mới ra mắt. MC (Theo FoneArena)", &["FoneArena"]),
            // A source on a line of its own after "Theo": a publication in sentence case, not a person.
            ("Bài viết.\nTheo Tiền phong\n", &["Tiền phong"]),
            ("Bài viết.\nTheo Scitech Daily", &["Scitech Daily"]),
            ("Bài viết.\nTheo Hà Trang\nTheo chân đại bàng\nTheo ông Nam, giá tăng.", &[]),
            // A short foreign name; an agency whose line runs on into the next sentence.
            ("Phim lỗ nặng. Ảnh: Fox. 2. Phim khác", &["Fox"]),
            ("Giá vàng tăng. Ảnh: EPA Chỉ số đồng USD giảm.", &["EPA"]),
            ("Giá vàng tăng. Ảnh: NGUYỄN TRI Tại lễ bổ nhiệm.", &[]),
            // A medium the lexicon knows, a known foreign name; not a photographer's first name.
            ("Ông Trump. Ảnh: AP Tổng thống Trump nói.", &["AP"]),
            ("Họ bỏ phiếu. Ảnh: Reuters Trong thông điệp.", &["Reuters"]),
            ("Hẻm núi. Ảnh: Michael Rừng xanh bao phủ.", &[]),
            // Photographers, the person in the picture, a platform: no source.
            ("Ảnh: Toàn Vũ\nẢnh: Minh Khang\nẢnh: NVCC\nẢnh: Facebook Hà Anh\nẢnh: Bill Maloney", &[]),
        ];
        assert_texts(rows);
        assert!(spells_syllable("Khang") && spells_syllable("Nghieng") && !spells_syllable("Getty"));
    }

    #[test]
    fn names_after_a_cue_word() {
        let rows: &[(&str, &[&str])] = &[
            // A newspaper after "tờ", a company after "hãng" and its trade; later bare uses are the same body.
            ("Theo tờ Folha de S.Paulo, anh đi. Folha de S.Paulo cho biết.", &["Folha de S.Paulo", "Folha de S.Paulo"]),
            ("Hãng hàng không Royal Khmer Airlines phá sản.", &["Royal Khmer Airlines"]),
            ("Bộ kit của hãng Takegawa nổi tiếng. Takegawa bán chạy.", &["Takegawa", "Takegawa"]),
            ("Đại diện nhà mạng Telus cho biết.", &["Telus"]),
            // Not a name: a country, a sheet of paper, any company, a word of a sentence-case name.
            ("Một hãng Nhật Bản mua lại.", &[]),
            ("Thí sinh nộp tờ Phiếu trả lời trắc nghiệm.", &[]),
            ("Tất cả các hãng Smart TV phải xin phép.", &[]),
            ("Máy bay của hãng Hàng không Quốc tế Thụy Sỹ hỏng.", &[]),
            // A foreign name described after a comma; later bare uses are the same body.
            ("Cú sụp đổ của Archegos, công ty môi giới của Mỹ, gây lỗ. Archegos im lặng.", &["Archegos", "Archegos"]),
            ("Theo PageFair, công ty kiếm tiền bằng quảng cáo, tỷ lệ tăng.", &["PageFair"]),
            // Not when the cue names a body of its own, opens a clause, or the name is no body's.
            ("Báo chí tập trung vào Luis Suarez, tờ Mirror giật tít.", &["Mirror"]),
            ("Với mẫu GPz750 Turbo, hãng đã tái khởi động.", &[]),
            ("Sau đại dịch Covid, hãng ghi nhận nhu cầu tăng; ở TP.HCM, ngân hàng số 2 mở cửa.", &[]),
            // A foreign name after a description of what the company does or its rank.
            (
                "Trước đó, công ty đo kiểm viễn thông hàng đầu thế giới Umlaut công bố. Umlaut giúp nhà mạng.",
                &["Umlaut", "Umlaut"],
            ),
            ("Theo hãng nghiên cứu thị trường Strategy Analytics, thị trường tăng.", &["Strategy Analytics"]),
            // Not a verb phrase, a body named through another, an acronym, or a form.
            ("Không có nhân viên nào từ công ty yêu cầu người dùng cung cấp OTP.", &[]),
            ("Sau đó, công ty cố gắng rút thêm tiền đầu tư của Buffett.", &[]),
            ("Công ty trình diễn công nghệ TV mới.", &[]),
            ("Doanh nghiệp mở tờ khai loại hình sản xuất XK E62.", &[]),
            // Foreign names listed after known companies; not tickers, nor a list of people.
            (
                "Các tên tuổi như Apple, Facebook, Uber, Google, Snap và Netflix đã tập hợp.",
                &["Apple", "Facebook", "Uber", "Google", "Snap", "Netflix"],
            ),
            ("Các mã lớn như Vinamilk, Masan, QRT, ZXY tăng.", &["Vinamilk", "Masan"]),
            ("Samsung, Apple, ông Tuấn và Hùng đi họp.", &["Samsung", "Apple"]),
        ];
        assert_texts(rows);
    }

    /// Compounds whose second word alone would end a name, longer lower-case names after a `long` head,
    /// and a party's known name before a member's.
    #[test]
    fn compounds_and_long_names() {
        assert_texts(&[
            ("Tập đoàn Hàng không Quốc tế mua máy bay.", &["Tập đoàn Hàng không Quốc tế"]),
            ("Trung tâm Tuyển sinh và Việc làm mở cửa.", &["Trung tâm Tuyển sinh và Việc làm"]),
            // Lower-case words that go on a name; an adverb after a name does not.
            (
                "Thầy giáo Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Lục Ngạn họp.",
                &["Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Lục Ngạn"],
            ),
            ("Viện trưởng Viện Tim mạch quốc gia cho biết.", &["Viện Tim mạch quốc gia"]),
            ("Đội CSGT Bàn Cờ thường xuyên phối hợp.", &["Đội CSGT Bàn Cờ"]),
            // A school named by its commune.
            (
                "Em học Trường tiểu học xã Thạch Văn và trường THCS thị trấn Phố Lu.",
                &["Trường tiểu học xã Thạch Văn", "trường THCS thị trấn Phố Lu"],
            ),
            ("Các trường tiểu học huyện này đều học.", &[]),
            // "y khoa", "nhãn khoa": medicine and ophthalmology, no faculty.
            ("Theo nhà sử học y khoa Lindsey Fitzharris, bệnh hiếm.", &[]),
            ("Trường ĐH Khoa học xã hội và Nhân văn tuyển sinh.", &["Trường ĐH Khoa học xã hội và Nhân văn"]),
            (
                "Cục Khảo thí và Kiểm định chất lượng giáo dục cho biết.",
                &["Cục Khảo thí và Kiểm định chất lượng giáo dục"],
            ),
            ("Viện Văn hóa nghệ thuật quốc gia Việt Nam tổ chức.", &["Viện Văn hóa nghệ thuật quốc gia Việt Nam"]),
            ("Thượng nghị sĩ đảng Cộng hòa John McCain nói.", &["đảng Cộng hòa"]),
            ("Tổng cục Dạy nghề bỏ quy định cũ.", &["Tổng cục Dạy nghề"]),
            (
                "Cục Chống tham nhũng và Cục trưởng Cục Chống tham nhũng họp.",
                &["Cục Chống tham nhũng", "Cục Chống tham nhũng"],
            ),
            (
                "Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Bắc Giang họp.",
                &["Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Bắc Giang"],
            ),
            ("Cục Phòng, chống HIV/AIDS cảnh báo.", &["Cục Phòng, chống HIV/AIDS"]),
            (
                "Ban Chỉ đạo trung ương về phòng chống thiên tai yêu cầu.",
                &["Ban Chỉ đạo trung ương về phòng chống thiên tai"],
            ),
            (
                "Công ty Sông Đà 11 thi công; Công ty Hòa Bình 5 năm qua lãi.",
                &["Công ty Sông Đà 11", "Công ty Hòa Bình"],
            ),
            ("Bộ 3 siêu xe về nước.", &[]),
            ("Du khách đến Đài Loan rất đông; Hội An đón khách.", &[]),
            (
                "Tổ chức Interpol truy nã ông; Đại học Mỏ-Địa chất tuyển sinh.",
                &["Tổ chức Interpol", "Đại học Mỏ-Địa chất"],
            ),
        ]);
    }
}
