//! What a number measures: its `subject` (the indicator it reports or the thing it counts) and its `trend`
//! (up or down), read from the words before it in its sentence.
//!
//! Before a number stands its predicate, read backwards as far as its words go ([`Role::Link`], [`Role::Up`],
//! [`Role::Down`]: "đã tăng lên", "đạt", "ở mức", "dự kiến đạt"); the nearest trend verb in it gives the
//! trend. Before the predicate, back to the clause's start or to a word that opens another clause
//! ([`Role::Break`]: "khi", "và", "so với"), stands the subject's region; the subject starts at the first
//! indicator in it ("doanh thu", "giá", "tỷ lệ", "GDP") and runs to the predicate: "GDP quý I tăng 6,8%" →
//! "GDP quý I", up. A count's subject is its counted noun ("28 dự án" → "dự án") unless an indicator of a
//! number names it ("Số ca mắc mới là 200 ca" → "Số ca mắc mới"). A clause that is only a predicate ("…,
//! tăng 20% so với năm trước") takes the subject of the number before it in the sentence. Where none of
//! this holds the subject stays `null`: a wrong subject is worse than none.

use std::sync::LazyLock;

use super::Entity;
use crate::chars::{is_alphanumeric, lowercase};
use crate::lexicon::{self, Map, Set};
use crate::output::{NumberItem, NumberKind, Trend};

/// The role of a word or phrase around a number ([`lexicon::SUBJECT_WORDS`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Indicator,
    Up,
    Down,
    Link,
    Break,
    /// "mục tiêu", "chỉ tiêu": before "tăng trưởng", a name ("mục tiêu tăng trưởng 2%"), no rise.
    Target,
}

/// Indicators of an amount of money ("vốn", "giá", "doanh thu"): the `money` flag of the lexicon.
static MONEY: LazyLock<Set> = LazyLock::new(|| {
    lexicon::rows(lexicon::SUBJECT_WORDS).filter(|r| r.get(2) == Some(&"money")).map(|r| r[0]).collect()
});

/// The phrases of the lexicon.
struct Phrases {
    /// Each phrase's role, by its lower-cased text.
    roles: Map<Role>,
    /// The most words any has.
    longest: usize,
    /// Their first and last words (runs of letters and digits): a phrase starts only at one of the first and
    /// ends only at one of the last.
    first: Set,
    last: Set,
}

static WORDS: LazyLock<Phrases> = LazyLock::new(|| {
    let map: Map<Role> = lexicon::rows(lexicon::SUBJECT_WORDS)
        .map(|r| {
            let role = match r[1] {
                "indicator" => Role::Indicator,
                "up" => Role::Up,
                "down" => Role::Down,
                "link" => Role::Link,
                "break" => Role::Break,
                "target" => Role::Target,
                other => panic!("subject_words.tsv: unknown role {other:?}"),
            };
            (r[0], role)
        })
        .collect();
    let longest = map.keys().map(|k| k.split(' ').count()).max().unwrap_or(1);
    let first = map.keys().filter_map(|k| k.split(|c: char| !is_alphanumeric(c)).next()).collect();
    let last = map.keys().filter_map(|k| k.split(|c: char| !is_alphanumeric(c)).next_back()).collect();
    Phrases { roles: map, longest, first, last }
});

/// "tăng trưởng" is a trend verb before a number ("GDP tăng trưởng 6%") and an indicator at the start of
/// a subject ("Tăng trưởng tín dụng đạt 10%").
const BOTH: &str = "tăng trưởng";

/// How far back a sentence is read, in bytes.
const WINDOW: usize = 400;
/// The most words a subject may have.
const MAX_WORDS: usize = 12;

/// Fills `subject` and `trend` of the number items among `found` (in text order), reading `t` and its
/// lower-cased copy `low` ([`crate::chars::lower_same_len`]: the same length, so one offset reads both).
pub fn annotate(t: &str, low: &str, found: &mut [Entity]) {
    let tx = Text { t, low };
    // The subject of the previous number of the same sentence, when an indicator gave it.
    let mut previous: Option<(usize, String)> = None;
    // The currency of the last amount of money, and where.
    let mut currency: Option<(usize, String)> = None;
    // The words read so far, each byte once; and the words before the number at hand.
    let mut reader = Words::default();
    let mut sentences = Sentences::default();
    let mut words: Vec<(usize, usize)> = Vec::new();
    for e in found.iter_mut() {
        let (start, end) = (e.start, e.end);
        let Some(item) = e.item.as_any_mut().downcast_mut::<NumberItem>() else { continue };
        let sentence = sentences.start(t, start);
        reader.between(t, sentence, start, &mut words);
        let words = words.as_slice();
        let (chain, trend) = predicate(&tx, words, start);
        item.trend = trend;
        let after = words.get(chain).map_or(start, |w| w.0);
        let region = &words[region_start(&tx, &words[..chain], after)..chain];
        let (from_indicator, money) = match indicator_subject(&tx, region) {
            Some((s, money)) => (Some(s), Some(money)),
            None => (None, None),
        };
        // A bare amount is money after a money indicator ("Tổng vốn 400 tỷ"), or with no indicator of
        // its own after an amount of money in the same sentence ("…, trong đó 125 triệu cho thiết bị").
        if item.kind == NumberKind::Number && !word_after(&tx, end) {
            // In parentheses after an amount in a foreign currency, its value in đồng ("1000 USD (hơn 22
            // triệu)"); else the currency of the amount before.
            let before = currency.as_ref().filter(|(at, _)| *at >= sentence).and_then(|(at, c)| {
                let paren = t[*at..start].contains('(');
                match (paren, c.as_str()) {
                    (false, _) => Some(c.clone()),
                    (true, "VND") => None,
                    (true, _) => Some("VND".to_string()),
                }
            });
            // A bare figure ("là 36,5", no scale word after it) is no amount in đồng.
            let figure = t[start..end].ends_with(|c: char| c.is_ascii_digit());
            let unit = match money {
                Some(true) if !figure => Some(before.unwrap_or_else(|| "VND".to_string())),
                None if scaled(&low[start..end]) => before,
                _ => None,
            };
            if let Some(u) = unit {
                (item.kind, item.unit) = (NumberKind::Money, Some(u));
            }
        }
        if item.kind == NumberKind::Money {
            currency = item.unit.clone().map(|u| (start, u));
            item.per = per(t, end);
        }
        item.subject = match (item.kind, from_indicator) {
            // "Số ca mắc mới là 200 ca", "nâng khối lượng nắm giữ lên 377 triệu cổ phiếu"; an indicator right
            // before the count names it too ("dân số 45.274 người", "sức chứa 5.877 vé").
            (NumberKind::Count, Some(s)) if chain < words.len() || names_the_count(t, start, &s) => Some(s),
            (NumberKind::Count, _) => counted_noun(t, start, end, item.unit.as_deref()),
            (_, Some(s)) => Some(s),
            // A clause that is only a predicate: the subject said before it in the sentence.
            (_, None) if region.is_empty() && chain < words.len() => {
                previous.as_ref().filter(|(at, _)| *at >= sentence).map(|(_, s)| s.clone())
            }
            _ => None,
        };
        if item.kind != NumberKind::Count {
            if let Some(s) = &item.subject {
                previous = Some((start, s.clone()));
            }
        }
    }
}

/// An indicator of a few words right before a count, with no predicate between, that names what is counted:
/// "dân số 45.274 người", "sức chứa 5.877 vé", "công suất 25 triệu hành khách"; not a phrase that runs on into
/// the count ("doanh thu của cả hai doanh nghiệp", "trao đổi giữa hai nước"), nor a "số …" that is a thing
/// ("số tay 5 cấp", "số phận hàng chục ngàn tù nhân").
fn names_the_count(t: &str, start: usize, subject: &str) -> bool {
    const RUNS_ON: &[&str] =
        &["của", "cả", "giữa", "vào", "trong", "với", "cho", "các", "những", "và", "về", "từ", "như", "bình"];
    let words: Vec<&str> = subject.split(' ').collect();
    let low = crate::chars::lowercase(subject);
    t[..start].trim_end().ends_with(subject)
        && words.len() <= 3
        && words.last().is_some_and(|w| !RUNS_ON.contains(&crate::chars::lowercase(w).as_ref()))
        && (!low.starts_with("số ") || low.starts_with("số lượng"))
        // "trong tổng số 28 chỉ tiêu", "giá trị 3 vé": the counted noun says more.
        && !matches!(low.as_ref(), "tổng số" | "giá trị")
}

/// Whether the words before a bare number at `start` report a figure: a predicate right before it ("là",
/// "lên tới", "đạt", "chạm mốc") and an indicator before that in its clause ("Số người tử vong là …",
/// "lượng người dùng lên tới …"), or a label of an indicator and nothing else ("Số phần thi: …").
pub fn reports_figure(t: &str, start: usize) -> bool {
    let sentence = Sentences::default().start(t, start);
    let before = &t[sentence..start];
    let low = crate::chars::lower_same_len(before);
    let x = Text { t: before, low: &low };
    let mut words = Vec::new();
    Words::default().between(before, 0, before.len(), &mut words);
    let (chain, _) = predicate(&x, &words, before.len());
    // "Số phần thi: 2": a label that is all indicator stands for the predicate.
    let label = chain == words.len() && before.ends_with(": ");
    if chain == words.len() && !label {
        return false;
    }
    let region = &words[region_start(&x, &words[..chain], words.get(chain).map_or(before.len(), |w| w.0))..chain];
    match indicator_subject(&x, region) {
        Some((s, _)) if label => {
            // The label starts its item ("- Số phần thi: 2", "Tổng số bài thi: 2" after a full stop) and counts
            // something: "Số nhà: 15", "Số báo danh: 0123" name a thing by its number.
            let Some(from) = before[..region[region.len() - 1].1].rfind(s.as_str()) else { return false };
            let item_start = before[..from].trim_end().is_empty()
                || before[..from].trim_end().ends_with(['-', '*', '•', ';', '.', ',', '(']);
            let names = low[from..]
                .split(|c: char| !is_alphanumeric(c))
                .filter(|w| !w.is_empty())
                .nth(1)
                .is_some_and(|w| NAMED_BY_NUMBER.contains(&w));
            item_start && !names
        }
        found => found.is_some(),
    }
}

/// Words after "số" in a label that names a thing by its number rather than counts ("Số nhà: 15").
const NAMED_BY_NUMBER: &[&str] = &[
    "nhà", "phòng", "máy", "hiệu", "báo", "tài", "điện", "hộ", "thẻ", "xe", "ghế", "áo", "seri", "lô", "thửa", "tờ",
    "quyết", "văn", "công", "hồ", "giấy", "căn", "định", "đăng", "mã", "chứng", "hợp",
];

/// Where the sentences of a text start, asked in text order: what was read back from one number is not
/// read again for the next.
#[derive(Default)]
struct Sentences {
    /// The offset asked last, and the end of the last sentence break before it (inside its window), if any.
    asked: usize,
    last: Option<usize>,
}

impl Sentences {
    /// Where the sentence holding `i` starts: after the last full stop, "!", "?" or line break before it
    /// (a "." between digits is a thousands separator), at most [`WINDOW`] bytes back.
    fn start(&mut self, t: &str, i: usize) -> usize {
        let b = t.as_bytes();
        let mut from = i.saturating_sub(WINDOW);
        while !t.is_char_boundary(from) {
            from += 1;
        }
        // Whether a break ends at `k + 1` depends on `b[k]` and `b[k + 1]` alone: before the offset asked
        // last, the breaks are known.
        let known = (from..=i).contains(&self.asked);
        let mut k = i;
        let stop = if known { self.asked } else { from };
        let found = loop {
            if k <= stop {
                break if known { self.last.filter(|&s| s > from) } else { None };
            }
            k -= 1;
            match b[k] {
                b'\n' | b'!' | b'?' => break Some(k + 1),
                b'.' if b.get(k + 1).is_none_or(|c| !c.is_ascii_digit()) => break Some(k + 1),
                _ => {}
            }
        };
        (self.asked, self.last) = (i, found);
        found.unwrap_or(from)
    }
}

/// The words (runs of letters and digits) of a text read from left to right, for ranges whose ends never
/// move back (the sentences before the numbers, in text order): each byte is read once.
#[derive(Default)]
struct Words {
    /// The words that end by `read`, as byte ranges; the first may start before the range it was read for.
    done: Vec<(usize, usize)>,
    /// The start of the word open at `read`, if any.
    open: Option<usize>,
    /// How far the text has been read.
    read: usize,
}

impl Words {
    /// Into `out`, the words of `t[from..to]` as byte ranges (a word cut by either end is cut there too).
    fn between(&mut self, t: &str, from: usize, to: usize, out: &mut Vec<(usize, usize)>) {
        if from > self.read || to < self.read {
            // Nothing before `from` is needed again: a word read from there is cut there, as it should be.
            *self = Words { done: std::mem::take(&mut self.done), open: None, read: from };
            self.done.clear();
        }
        for (j, c) in t[self.read..to].char_indices() {
            match (is_alphanumeric(c), self.open) {
                (true, None) => self.open = Some(self.read + j),
                (false, Some(s)) => {
                    self.done.push((s, self.read + j));
                    self.open = None;
                }
                _ => {}
            }
        }
        self.read = to;
        out.clear();
        let first = self.done.partition_point(|w| w.1 <= from);
        out.extend(
            self.done[first..].iter().chain(self.open.map(|s| (s, to)).as_ref()).map(|&(s, e)| (s.max(from), e)),
        );
        out.retain(|w| w.0 < w.1);
    }
}

/// A text and its lower-cased copy, of the same length.
struct Text<'a> {
    t: &'a str,
    low: &'a str,
}

/// Whether only spaces (or a hyphen inside a word such as "VN-Index") separate two words.
fn adjacent(t: &str, a: (usize, usize), b: (usize, usize)) -> bool {
    matches!(&t.as_bytes()[a.1..b.0], b" " | b"-")
}

/// The role of `words[first..end]` as one phrase of the lexicon, its words known to be joined
/// ([`adjacent`]).
fn joined_phrase(x: &Text<'_>, words: &[(usize, usize)], first: usize, end: usize) -> Option<Role> {
    WORDS.roles.get(&x.low[words[first].0..words[end - 1].1]).copied()
}

/// The longest phrase of the lexicon ending at word `end` (exclusive) of `words`, read backwards:
/// (its first word, its role).
fn phrase_ending(x: &Text<'_>, words: &[(usize, usize)], end: usize) -> Option<(usize, Role)> {
    if end == 0 || !WORDS.last.contains(&x.low[words[end - 1].0..words[end - 1].1]) {
        return None;
    }
    // The joined words before the last, counted once: only phrases of them are looked up.
    let most = WORDS.longest.min(end);
    let joined = 1 + (1..most).take_while(|&n| adjacent(x.t, words[end - n - 1], words[end - n])).count();
    (1..=joined).rev().find_map(|n| joined_phrase(x, words, end - n, end).map(|r| (end - n, r)))
}

/// The longest phrase of the lexicon starting at word `start` of `words`: (its end, its role).
fn phrase_starting(x: &Text<'_>, words: &[(usize, usize)], start: usize) -> Option<(usize, Role)> {
    if start >= words.len() || !WORDS.first.contains(&x.low[words[start].0..words[start].1]) {
        return None;
    }
    let most = WORDS.longest.min(words.len() - start);
    let joined = 1 + (1..most).take_while(|&n| adjacent(x.t, words[start + n - 1], words[start + n])).count();
    (1..=joined).rev().find_map(|n| joined_phrase(x, words, start, start + n).map(|r| (start + n, r)))
}

/// The predicate right before the number: the index of its first word in `words` (`words.len()` when
/// there is none) and the trend its nearest trend verb gives. Only spaces may stand between its words.
fn predicate(x: &Text<'_>, words: &[(usize, usize)], number: usize) -> (usize, Option<Trend>) {
    let t = x.t;
    let mut at = words.len();
    let mut trend = None;
    while at > 0 {
        let next = words.get(at).map_or(number, |w| w.0);
        if &t[words[at - 1].1..next] != " " {
            break;
        }
        let Some((first, role)) = phrase_ending(x, words, at) else { break };
        // "mục tiêu tăng trưởng 2%", "tỷ lệ tăng trưởng 5%": the name of the quantity, no rise.
        if is_both(x, words, at)
            && phrase_ending(x, words, first).is_some_and(|(_, r)| matches!(r, Role::Indicator | Role::Target))
        {
            break;
        }
        match role {
            Role::Up | Role::Down => {
                trend = trend.or(Some(if role == Role::Up { Trend::Up } else { Trend::Down }));
            }
            Role::Link => {}
            Role::Indicator | Role::Break | Role::Target => break,
        }
        at = first;
    }
    (at, trend)
}

/// Whether a punctuation mark that ends a clause stands in `gap`.
fn clause_mark(gap: &str) -> bool {
    gap.contains([',', ';', ':', '(', ')', '"'])
}

/// Where the subject's region starts in `words` (all before the predicate, which starts at byte `after`):
/// after the last punctuation mark that ends a clause, the last word that opens another one ("khi", "và",
/// "so với"), or the last trend verb (another number's predicate).
fn region_start(x: &Text<'_>, words: &[(usize, usize)], after: usize) -> usize {
    let t = x.t;
    let mut k = words.len();
    while k > 0 {
        let next = words.get(k).map_or(after, |w| w.0);
        let gap = &t[words[k - 1].1..next];
        // "Giá cơ bản: 60.600 USD": a label right before the number.
        let label = k == words.len() && gap == ": ";
        if clause_mark(gap) && !label {
            return k;
        }
        match phrase_ending(x, words, k) {
            Some((first, Role::Up)) if is_both(x, words, k) => k = first,
            Some((_, Role::Break | Role::Up | Role::Down)) => return k,
            _ => k -= 1,
        }
    }
    0
}

/// Whether the words ending at `end` are "tăng trưởng".
fn is_both(x: &Text<'_>, words: &[(usize, usize)], end: usize) -> bool {
    end >= 2 && adjacent(x.t, words[end - 2], words[end - 1]) && &x.low[words[end - 2].0..words[end - 1].1] == BOTH
}

/// Whether a word that is not a plain connective follows `e`: an amount before it may be in a currency
/// the lexicon does not know ("651,8 triệu Rupiah", "52,2 triệu peso"), so it is left alone.
fn word_after(x: &Text<'_>, e: usize) -> bool {
    let t = x.t;
    const CONNECTIVES: &[&str] = &[
        "hay", "hoặc", "và", "cho", "để", "của", "là", "thì", "nhưng", "với", "so", "từ", "đến", "tới", "trong", "mà",
        "nên", "rồi", "còn", "trở", "mỗi", "một", "tiền", "nữa", "đã", "được", "bị", "vào", "ra",
    ];
    let Some((s, end)) = crate::text::next_word(t, e) else { return false };
    let w = &t[s..end];
    w.starts_with(crate::chars::is_alphabetic) && !CONNECTIVES.contains(&&x.low[s..end])
}

/// The base of a rate after an amount: "/kg", "/ vé", "/hợp tác xã" → "kg", "vé", "hợp tác xã" (a
/// counted noun of the lexicon, else one word).
fn per(t: &str, e: usize) -> Option<String> {
    let rest = t[e..].strip_prefix('/')?;
    let s = e + 1 + usize::from(rest.starts_with(' '));
    let word_end = crate::text::word_end(t, s);
    let end = super::number::known_noun_end(t, s).unwrap_or(word_end).max(word_end);
    let w = &t[s..end];
    (w.starts_with(crate::chars::is_alphabetic) && w.chars().count() <= 20).then(|| w.to_string())
}

/// Whether an amount (lower-cased) has a scale word ("400 tỷ", "125 triệu").
fn scaled(low: &str) -> bool {
    ["nghìn", "ngàn", "triệu", "tỷ", "tỉ"].iter().any(|w| low.split(' ').any(|x| x == *w))
}

/// The subject in `region`: from its first indicator up to the first predicate word after it ("Giá vàng
/// hôm nay được niêm yết ở mức…" → "Giá vàng hôm nay"), when the words are joined and few; and whether
/// that indicator is one of money.
fn indicator_subject(x: &Text<'_>, region: &[(usize, usize)]) -> Option<(String, bool)> {
    let (t, low) = (x.t, x.low);
    let (first, indicator_end) = (0..region.len()).find_map(|k| {
        let end = match phrase_starting(x, region, k) {
            Some((end, Role::Indicator)) => end,
            Some((end, Role::Up)) if is_both(x, region, end) && end == k + 2 => end,
            _ => return None,
        };
        // A one-word indicator after a word of its own is the end of a compound ("tần số", "đơn giá"),
        // unless that word is a predicate's ("có giá", "chiếm tỷ lệ").
        let compound = end == k + 1
            && k > 0
            && adjacent(t, region[k - 1], region[k])
            && phrase_ending(x, region, k).is_none_or(|(_, r)| r == Role::Indicator);
        (!compound).then_some((k, end))
    })?;
    let mut last = indicator_end;
    while last < region.len() {
        let stop = match phrase_starting(x, region, last) {
            Some((end, Role::Up)) if end == last + 2 && is_both(x, region, end) => false,
            Some((_, r)) => matches!(r, Role::Link | Role::Up | Role::Down | Role::Break),
            None => false,
        };
        // A number inside a subject names a grade or a time ("RON 95", "năm 2020", "9 tháng"), next to a
        // capital or a time word; any other ends it ("lương chồng 7 triệu…").
        let prev = &t[region[last - 1].0..region[last - 1].1];
        let next = region.get(last + 1).map_or("", |w| &low[w.0..w.1]);
        let digit = t[region[last].0..].starts_with(|c: char| c.is_ascii_digit())
            && !prev.starts_with(crate::chars::is_uppercase)
            && !matches!(
                &low[region[last - 1].0..region[last - 1].1],
                "năm" | "quý" | "tháng" | "ngày" | "đợt" | "đoạn"
            )
            && !matches!(next, "tháng" | "năm" | "quý" | "ngày" | "tuần" | "giờ" | "tiếng");
        if stop || digit {
            break;
        }
        last += 1;
    }
    // Not ending in a preposition ("lượng mưa trong" before a number that was cut off).
    while last > indicator_end
        && matches!(
            &low[region[last - 1].0..region[last - 1].1],
            "trong" | "của" | "tại" | "ở" | "cho" | "về" | "với" | "từ"
        )
    {
        last -= 1;
    }
    let words = &region[first..last];
    // "số này", "mức đó": a figure named before, not here.
    let last_word = &low[words[words.len() - 1].0..words[words.len() - 1].1];
    if words.len() <= 2 && matches!(last_word, "này" | "đó" | "ấy" | "kia" | "trên") {
        return None;
    }
    if words.len() > MAX_WORDS || words.windows(2).any(|w| !matches!(&t[w[0].1..w[1].0], " " | "-" | "/" | ".")) {
        return None;
    }
    let indicator = &low[region[first].0..region[indicator_end - 1].1];
    Some((t[words[0].0..words[words.len() - 1].1].to_string(), MONEY.contains(indicator)))
}

/// Classifiers that name no thing alone: "bán ra hơn 2.500 chiếc" counts cars or sales the sentence names
/// elsewhere, so "chiếc" is no subject.
const BARE_CLASSIFIERS: &[&str] = &["chiếc", "cái", "con", "ngôi", "căn", "lượt", "loại", "bộ", "lô", "suất"];

/// A count's counted noun, as written in its span; not a rate ("người/km2"), a code in capitals ("UI"),
/// "lần" (a ratio: "gấp ba lần") or a bare classifier ("chiếc").
fn counted_noun(t: &str, start: usize, end: usize, unit: Option<&str>) -> Option<String> {
    let unit = unit?;
    let rate = unit.contains('/') || !unit.chars().any(crate::chars::is_lowercase);
    let low = lowercase(unit);
    let ratio = low == "lần";
    let bare = BARE_CLASSIFIERS.contains(&low.as_ref());
    (t[start..end].ends_with(unit) && !rate && !ratio && !bare).then(|| unit.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A number's text, subject and trend.
    type Want = (&'static str, Option<&'static str>, Option<Trend>);

    /// (sentence, what its numbers measure).
    const CASES: &[(&str, &[Want])] = &[
        ("GDP quý I tăng 6,8% so với cùng kỳ.", &[("6,8%", Some("GDP quý I"), Some(Trend::Up))]),
        // A bare classifier names no thing; a counted noun does.
        ("Mẫu xe này bán ra 2.500 chiếc và 30 ô tô.", &[("2.500 chiếc", None, None), ("30 ô tô", Some("ô tô"), None)]),
        (
            "Doanh thu năm 2020 đạt 500 tỷ đồng, tăng 20% so với năm trước.",
            &[("500 tỷ đồng", Some("Doanh thu năm 2020"), None), ("20%", Some("Doanh thu năm 2020"), Some(Trend::Up))],
        ),
        ("Giá xăng RON 95 giảm 300 đồng mỗi lít.", &[("300 đồng", Some("Giá xăng RON 95"), Some(Trend::Down))]),
        ("Tỷ lệ hộ nghèo giảm còn 3%.", &[("3%", Some("Tỷ lệ hộ nghèo"), Some(Trend::Down))]),
        ("Số ca mắc mới là 200 ca.", &[("200 ca", Some("Số ca mắc mới"), None)]),
        // An indicator right before a count names it; a phrase that runs on into the count does not.
        (
            "Phường Cổ Nhuế có dân số 45.274 người, sức chứa 5.877 vé; trong tổng số 28 chỉ tiêu.",
            &[
                ("45.274 người", Some("dân số"), None),
                ("5.877 vé", Some("sức chứa"), None),
                ("28 chỉ tiêu", Some("chỉ tiêu"), None),
            ],
        ),
        ("Doanh thu của cả hai doanh nghiệp đều tăng.", &[("hai doanh nghiệp", Some("doanh nghiệp"), None)]),
        ("Tỉnh có 28 dự án đầu tư nước ngoài.", &[("28 dự án", Some("dự án"), None)]),
        ("Giá xăng tăng khiến chi phí vận tải tăng 20%.", &[("20%", Some("chi phí vận tải"), Some(Trend::Up))]),
        ("Ông Nguyễn Văn An, 47 tuổi, bị bắt.", &[("47 tuổi", None, None)]),
        ("Con số này là 20%.", &[("20%", None, None)]),
        ("Một số doanh nghiệp lãi 5 tỷ đồng.", &[("5 tỷ đồng", None, None)]),
        ("Chỉ số VN-Index giảm 12 điểm.", &[("12 điểm", Some("Chỉ số VN-Index"), Some(Trend::Down))]),
        ("Tăng trưởng tín dụng đạt 10%.", &[("10%", Some("Tăng trưởng tín dụng"), None)]),
        ("Màn hình có tần số quét 120 Hz.", &[("120 Hz", None, None)]),
        (
            "Ông nâng khối lượng nắm giữ lên gần 377 triệu cổ phiếu.",
            &[("gần 377 triệu cổ phiếu", Some("khối lượng nắm giữ"), Some(Trend::Up))],
        ),
        ("Ngân hàng đặt mục tiêu tăng trưởng từ 1,5-2%.", &[("từ 1,5-2%", Some("tăng trưởng"), None)]),
        ("Giá cơ bản: 60.600 USD.", &[("60.600 USD", Some("Giá cơ bản"), None)]),
        (
            "Mật độ đạt 7.222 người/km2; giá gấp ba lần.",
            &[("7.222 người", Some("Mật độ"), None), ("ba lần", Some("giá"), None)],
        ),
        ("Tổng thống Donald Trump có 40% ủng hộ.", &[("40%", None, None)]),
        (
            "Tổng vốn 400 tỷ, trong đó 125 triệu cho thiết bị.",
            &[("400 tỷ", Some("Tổng vốn"), None), ("125 triệu", None, None)],
        ),
        ("Giá vàng hôm nay được niêm yết ở mức 56 triệu đồng.", &[("56 triệu đồng", Some("Giá vàng hôm nay"), None)]),
        ("Công ty bán với giá 5 triệu đồng.", &[("5 triệu đồng", Some("giá"), None)]),
        ("Tổng vốn đầu tư lên tới 1.000 tỷ đồng.", &[("lên tới 1.000 tỷ đồng", Some("Tổng vốn đầu tư"), None)]),
    ];

    /// A bare amount takes its currency from the words before it.
    #[test]
    fn money_by_context() {
        let rows: &[(&str, &[Option<&str>])] = &[
            ("Tổng vốn 400 tỷ, trong đó 125 triệu cho thiết bị.", &[Some("VND"), Some("VND")]),
            ("Dự án 2 tỷ USD, riêng giai đoạn 1 là 800 triệu.", &[Some("USD"), Some("USD")]),
            ("Giá 1000 USD (hơn 22 triệu), giá bán lẻ 651,8 triệu Rupiah.", &[Some("USD"), Some("VND"), Some("IDR")]),
            ("Doanh thu 500 tỷ đồng, lượng khách 2 triệu, dân số đạt 100 triệu.", &[Some("VND"), None, None]),
            ("Giá bán lẻ 581 triệu peso.", &[None]),
            ("Giá 3 triệu kíp Lào; có 3 kíp nổ điện.", &[Some("LAK"), Some("kíp nổ")]),
        ];
        let doc = crate::InputDoc {
            text: "Giá 800.000 đồng/kg, vé 200 - 500 nghìn đồng/ vé, 50 triệu đồng/hợp tác xã và 20.".into(),
            ..Default::default()
        };
        let rec = crate::process(&doc, &Default::default());
        let got: Vec<(&str, Option<&str>)> = rec.numbers.iter().map(|n| (n.text.as_str(), n.per.as_deref())).collect();
        let want =
            [("800.000 đồng", Some("kg")), ("200 - 500 nghìn đồng", Some("vé")), ("50 triệu đồng", Some("hợp tác xã"))];
        assert_eq!(got, want);
        for (text, want) in rows {
            let doc = crate::InputDoc { text: (*text).into(), ..Default::default() };
            let rec = crate::process(&doc, &Default::default());
            let got: Vec<Option<&str>> = rec.numbers.iter().map(|n| n.unit.as_deref()).collect();
            assert_eq!(got, want.to_vec(), "{text}");
        }
    }

    #[test]
    fn subjects_and_trends() {
        for (text, want) in CASES {
            let doc = crate::InputDoc { text: (*text).into(), ..Default::default() };
            let rec = crate::process(&doc, &Default::default());
            let got: Vec<(&str, Option<&str>, Option<Trend>)> =
                rec.numbers.iter().map(|n| (n.text.as_str(), n.subject.as_deref(), n.trend)).collect();
            assert_eq!(got, want.to_vec(), "{text}");
        }
    }
}
