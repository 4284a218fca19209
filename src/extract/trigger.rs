//! Trigger automata, and the one pass that finds every extractor's triggers: the engine behind
//! [`super::find_triggers`]. It knows no extractor; each names its automaton as a [`Trigger`].
//!
//! Each extractor looks only where one of its trigger words occurs. Alone, it finds them with an
//! Aho–Corasick DFA of its own ([`find_all`]). In the pipeline, [`Pass`] merges every extractor's patterns
//! into one DFA over the lower-cased text and steps it once: a DFA step is a load whose address depends on
//! the previous step, so one automaton over the text costs a fraction of one per extractor, whatever its
//! size. The merged DFA reports every occurrence of every pattern (standard, overlapping semantics); a
//! pattern of an extractor that reads the text as written is checked against the text's own bytes
//! ([`crate::chars::lower_same_len`] keeps every length, so offsets agree); each extractor's matches are
//! then chosen as its own automaton would (leftmost-first or leftmost-longest, non-overlapping, each search
//! resuming at the previous match's end).
//!
//! The matches are exactly those of `AhoCorasick::find_iter` with the same patterns and match kind; tests
//! hold the two equal on random and on real text.

use std::borrow::Cow;

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, Input, MatchKind};

use crate::chars::lower_same_len;

/// A trigger found: byte offsets into its haystack and the index of the pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub pattern: usize,
}

/// Where an extractor looks: its trigger automaton (built by [`dfa`]) and the haystack it reads.
#[derive(Clone, Copy, Debug)]
pub struct Trigger {
    pub dfa: &'static TriggerDfa,
    pub hay: Hay,
}

/// One extractor's trigger automaton: one or more sets of patterns, each with its match kind and a DFA of
/// its own, searched apart (a match of one set does not hide an overlapping match of another). Pattern
/// numbers run on from one set to the next.
#[derive(Clone, Debug)]
pub struct TriggerDfa {
    parts: Vec<Part>,
}

/// One set of patterns of a [`TriggerDfa`].
#[derive(Clone, Debug)]
struct Part {
    /// Built at its first use: in the pipeline, only the one pass's merged automata are.
    dfa: std::sync::OnceLock<DFA>,
    kind: MatchKind,
    patterns: Vec<String>,
    /// The number of its first pattern.
    first: usize,
}

impl TriggerDfa {
    /// Adds a set of patterns, numbered after those already in.
    pub fn and<I, P>(mut self, kind: MatchKind, patterns: I) -> TriggerDfa
    where
        I: IntoIterator<Item = P>,
        P: AsRef<str>,
    {
        let first = self.len();
        self.parts.push(part(kind, patterns, first));
        self
    }

    /// The number of patterns.
    fn len(&self) -> usize {
        self.parts.last().map_or(0, |p| p.first + p.patterns.len())
    }

    /// Every set's non-overlapping leftmost matches in `hay`, by start (then pattern).
    pub fn find(&self, hay: &[u8]) -> Vec<Hit> {
        let mut hits: Vec<Hit> = Vec::new();
        for p in &self.parts {
            hits.extend(find_all(p.dfa(), hay).into_iter().map(|h| Hit { pattern: p.first + h.pattern, ..h }));
        }
        if self.parts.len() > 1 {
            hits.sort_by_key(|h| (h.start, h.pattern));
        }
        hits
    }
}

/// The haystack a trigger automaton reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hay {
    /// The normalised text.
    Text,
    /// The text lower-cased character for character, same length ([`crate::chars::lower_same_len`]).
    Lower,
}

/// Builds a trigger automaton. Patterns must be non-empty and `kind` leftmost.
pub fn dfa<I, P>(kind: MatchKind, patterns: I) -> TriggerDfa
where
    I: IntoIterator<Item = P>,
    P: AsRef<str>,
{
    TriggerDfa { parts: vec![part(kind, patterns, 0)] }
}

fn part<I, P>(kind: MatchKind, patterns: I, first: usize) -> Part
where
    I: IntoIterator<Item = P>,
    P: AsRef<str>,
{
    assert!(matches!(kind, MatchKind::LeftmostFirst | MatchKind::LeftmostLongest), "trigger DFAs are leftmost");
    let patterns: Vec<String> = patterns.into_iter().map(|p| p.as_ref().to_owned()).collect();
    assert!(patterns.iter().all(|p| !p.is_empty()), "trigger patterns are non-empty");
    Part { dfa: std::sync::OnceLock::new(), kind, patterns, first }
}

impl Part {
    fn dfa(&self) -> &DFA {
        self.dfa
            .get_or_init(|| DFA::builder().match_kind(self.kind).build(&self.patterns).expect("trigger patterns build"))
    }
}

/// The hits handed over in [`super::Doc::hits`], else `dfa`'s own matches in `hay`.
pub fn given_or_found<'a>(given: Option<&'a [Hit]>, t: &TriggerDfa, hay: &[u8]) -> Cow<'a, [Hit]> {
    given.map_or_else(|| Cow::Owned(t.find(hay)), Cow::Borrowed)
}

/// The non-overlapping leftmost matches of one DFA in one haystack.
fn find_all(dfa: &DFA, hay: &[u8]) -> Vec<Hit> {
    dfa.try_find_iter(Input::new(hay))
        .expect("trigger DFAs support unanchored search")
        .map(|m| Hit { start: m.start(), end: m.end(), pattern: m.pattern().as_usize() })
        .collect()
}

/// Keys looked up at a position: the longest key that a haystack holds there, as an anchored
/// leftmost-longest Aho–Corasick search answers (of equal keys, the first). A plain trie: an anchored search
/// never follows a failure transition, so none is built, and the trie builds in a fraction of an
/// automaton's time; a look-up, which mostly ends within a byte or two, pays no search set-up.
///
/// Each node is one record in one array, its key and its edges together, the records in depth-first order
/// (a node's first child right after it): a step of a look-up reads one place in memory, not three.
#[derive(Clone, Debug)]
pub struct Prefixes {
    /// The record of the root's child for each byte (0: none; the root's record is at 0).
    root: Box<[u32; 256]>,
    /// The records of the nodes: at `n`, the key ending at the node ([`Prefixes::NONE`] if none does), the
    /// number of children, then each child as its byte (low 8 bits) and its record (the rest).
    nodes: Vec<u32>,
}

impl Prefixes {
    const NONE: u32 = u32::MAX;

    /// The trie of `keys`, numbered in order.
    pub fn new<I, P>(keys: I) -> Prefixes
    where
        I: IntoIterator<Item = P>,
        P: AsRef<[u8]>,
    {
        let mut children: Vec<Vec<(u8, u32)>> = vec![Vec::new()];
        let mut key = vec![Prefixes::NONE];
        for (k, p) in keys.into_iter().enumerate() {
            let mut n = 0;
            for &b in p.as_ref() {
                n = match children[n].iter().find(|e| e.0 == b) {
                    Some(&(_, c)) => c as usize,
                    None => {
                        let c = children.len();
                        children[n].push((b, u32::try_from(c).expect("fewer than 2^32 trie nodes")));
                        children.push(Vec::new());
                        key.push(Prefixes::NONE);
                        c
                    }
                };
            }
            if key[n] == Prefixes::NONE {
                key[n] = u32::try_from(k).expect("fewer than 2^32 keys");
            }
        }
        // Each node's record, depth first.
        let mut at = vec![0u32; children.len()];
        let mut order = Vec::with_capacity(children.len());
        let mut stack = vec![0usize];
        let mut len = 0usize;
        while let Some(n) = stack.pop() {
            at[n] = u32::try_from(len).expect("fewer than 2^24 trie records");
            assert!(len < 1 << 24, "fewer than 2^24 trie records");
            len += 2 + children[n].len();
            order.push(n);
            stack.extend(children[n].iter().rev().map(|&(_, c)| c as usize));
        }
        let mut nodes = Vec::with_capacity(len);
        for n in order {
            nodes.push(key[n]);
            nodes.push(children[n].len() as u32);
            nodes.extend(children[n].iter().map(|&(b, c)| at[c as usize] << 8 | u32::from(b)));
        }
        let mut root = Box::new([0u32; 256]);
        for &(b, c) in &children[0] {
            root[usize::from(b)] = at[c as usize];
        }
        Prefixes { root, nodes }
    }

    /// The longest key at `at` in `hay[..end]`: its end and number.
    pub fn longest_at(&self, hay: &[u8], at: usize, end: usize) -> Option<(usize, usize)> {
        let hay = &hay[..end];
        let nodes = &self.nodes[..];
        let found = |n: usize, i: usize| (nodes[n] != Prefixes::NONE).then(|| (i, nodes[n] as usize));
        let mut best = found(0, at);
        let mut n = match hay.get(at) {
            Some(&b) => self.root[usize::from(b)] as usize,
            None => 0,
        };
        let mut i = at + 1;
        while n != 0 {
            best = found(n, i).or(best);
            let Some(&b) = hay.get(i) else { break };
            let count = nodes[n + 1] as usize;
            n = nodes[n + 2..n + 2 + count].iter().find(|&&e| e as u8 == b).map_or(0, |&e| (e >> 8) as usize);
            i += 1;
        }
        best
    }
}

/// Every lane's trigger automaton merged into one DFA over the lower-cased text, the lanes that read the
/// text as written and those that read it lower-cased alike. Two automata, one for each haystack, stepped
/// one after the other over a batch, cost 4% more instructions on news text for no time saved: the merged
/// one is hardly bigger than the organisations' heads' alone (which make most of it), and steps each byte
/// once.
#[derive(Clone, Debug)]
pub struct Pass {
    /// The merged automaton (none when no lane has a pattern).
    groups: Vec<Group>,
    /// Each set of patterns of every lane: (lane, match kind, length of its longest pattern).
    sets: Vec<(usize, MatchKind, usize)>,
    lanes: usize,
}

/// Some lanes' patterns in one DFA with standard (overlapping) semantics.
#[derive(Clone, Debug)]
struct Group {
    dfa: DFA,
    /// The length of the longest pattern.
    longest: usize,
    /// The owners of merged pattern `p`: `owners[from[p]..from[p + 1]]`.
    from: Vec<usize>,
    owners: Vec<Owner>,
}

/// A lane's pattern behind a merged one.
#[derive(Clone, Debug)]
struct Owner {
    lane: usize,
    pattern: usize,
    /// The pattern as written, for a lane that reads the text as written: a lower-cased match counts only
    /// where the text holds these bytes.
    written: Option<Box<[u8]>>,
}

impl Group {
    /// The patterns of every set (`sets[k]`: its haystack and patterns); an owner's `lane` is the set's
    /// number `k`.
    fn new(sets: &[(Hay, &Part)]) -> Option<Group> {
        let mut merged: Vec<String> = Vec::new();
        let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        let mut by_pattern: Vec<Vec<Owner>> = Vec::new();
        for (lane, &(hay, part)) in sets.iter().enumerate() {
            for (pattern, p) in part.patterns.iter().enumerate().map(|(i, p)| (part.first + i, p)) {
                let key = lower_same_len(p);
                // A pattern with a capital never occurs in the lower-cased text.
                if hay == Hay::Lower && key != *p {
                    continue;
                }
                let written = (hay == Hay::Text).then(|| p.as_bytes().into());
                let m = *index.entry(key.clone()).or_insert_with(|| {
                    merged.push(key);
                    by_pattern.push(Vec::new());
                    merged.len() - 1
                });
                by_pattern[m].push(Owner { lane, pattern, written });
            }
        }
        if merged.is_empty() {
            return None;
        }
        let dfa = DFA::builder()
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(&merged)
            .expect("merged trigger patterns build");
        let mut from = vec![0];
        let mut owners = Vec::new();
        for o in by_pattern {
            owners.extend(o);
            from.push(owners.len());
        }
        let longest = merged.iter().map(String::len).max().unwrap_or(0);
        Some(Group { dfa, longest, from, owners })
    }

    /// Records the matches of match state `sid` reached after `lower[..end]`.
    #[cold]
    #[inline(never)]
    fn record(&self, sid: StateID, end: usize, text: &[u8], lanes: &mut [Choice]) {
        let d = &self.dfa;
        for k in 0..d.match_len(sid) {
            let p = d.match_pattern(sid, k);
            let start = end - d.pattern_len(p);
            for o in &self.owners[self.from[p.as_usize()]..self.from[p.as_usize() + 1]] {
                // Byte by byte: the patterns are a few bytes long, shorter than a call to memcmp.
                if o.written.as_deref().is_none_or(|w| w.iter().eq(&text[start..end])) {
                    lanes[o.lane].offer(Hit { start, end, pattern: o.pattern });
                }
            }
        }
    }
}

impl Pass {
    /// Merges `lanes`, each read by [`Pass::run`] as one list of hits.
    pub fn new(lanes: &[Trigger]) -> Pass {
        // Every set of patterns of every lane, in order: the groups and the choices number them alike.
        let flat: Vec<(usize, Hay, &Part)> =
            lanes.iter().enumerate().flat_map(|(k, t)| t.dfa.parts.iter().map(move |p| (k, t.hay, p))).collect();
        let by_hay: Vec<(Hay, &Part)> = flat.iter().map(|&(_, hay, p)| (hay, p)).collect();
        let groups = Group::new(&by_hay).into_iter().collect();
        let longest = |p: &Part| p.patterns.iter().map(String::len).max().unwrap_or(0);
        let sets = flat.iter().map(|&(k, _, p)| (k, p.kind, longest(p))).collect();
        Pass { groups, sets, lanes: lanes.len() }
    }

    /// Each lane's hits in `text`, the same as [`TriggerDfa::find`] over its haystack.
    /// `lower` is `text` lower-cased by [`lower_same_len`].
    pub fn run(&self, text: &[u8], lower: &[u8]) -> Vec<Vec<Hit>> {
        assert_eq!(text.len(), lower.len(), "the lower-cased text keeps every length");
        let mut scan = self.start();
        match self.groups.as_slice() {
            [] => {}
            [g] => step::<1, PARTS>([g], text, lower, &mut scan.sets),
            _ => unreachable!("one group"),
        }
        self.finish(scan)
    }

    /// The number of automata [`Pass::step_one`] steps apart.
    pub fn automata(&self) -> usize {
        self.groups.len()
    }

    /// A scan of a text by [`Pass::step_one`], one automaton after the other: no occurrence offered yet.
    pub fn start(&self) -> PassScan {
        PassScan { sets: self.sets.iter().map(|&(_, kind, longest)| Choice::new(kind, longest)).collect() }
    }

    /// Steps automaton `k` alone over `lower` (`text` lower-cased), offering its lanes their occurrences.
    /// Over many texts, one automaton after the other stays in the cache, where two side by side
    /// ([`Pass::run`]) evict each other; the hits are the same.
    pub fn step_one(&self, k: usize, text: &[u8], lower: &[u8], scan: &mut PassScan) {
        assert_eq!(text.len(), lower.len(), "the lower-cased text keeps every length");
        step::<1, PARTS>([&self.groups[k]], text, lower, &mut scan.sets);
    }

    /// Each lane's hits, once every automaton has stepped over the text: those of [`Pass::run`].
    pub fn finish(&self, scan: PassScan) -> Vec<Vec<Hit>> {
        let mut out: Vec<Vec<Hit>> = vec![Vec::new(); self.lanes];
        let mut parts = vec![0; self.lanes];
        for (set, &(lane, ..)) in scan.sets.into_iter().zip(&self.sets) {
            // A lane of one set takes its hits as they are, not a copy.
            if out[lane].is_empty() {
                out[lane] = set.finish();
            } else {
                out[lane].extend(set.finish());
            }
            parts[lane] += 1;
        }
        for (hits, n) in out.iter_mut().zip(parts) {
            if n > 1 {
                hits.sort_by_key(|h| (h.start, h.pattern));
            }
        }
        out
    }
}

/// The parts of a text that one automaton steps side by side ([`step`]).
const PARTS: usize = 4;

/// A text between the automata of a [`Pass`] stepped apart: the occurrences offered so far, and chosen.
pub struct PassScan {
    sets: Vec<Choice>,
}

impl std::fmt::Debug for PassScan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PassScan").field("sets", &self.sets.len()).finish()
    }
}

/// Steps every group's DFA over `lower`, offering each lane its pattern occurrences.
///
/// A step is a load whose address depends on the step before, a chain the core cannot run ahead on; so
/// the `P` parts of a long text are read side by side, in independent chains. The scan of each part after
/// the first starts a longest pattern early, from the start state: a state is the longest pattern prefix
/// that ends where the scan is, so from the part's start on it is the state of a scan from the text's
/// start. Its occurrences, from its part on, are offered after those of the parts before it: in the order
/// of one scan.
fn step<const N: usize, const P: usize>(groups: [&Group; N], text: &[u8], lower: &[u8], lanes: &mut [Choice]) {
    let start = std::array::from_fn(|k| {
        groups[k].dfa.start_state(Anchored::No).expect("the merged DFAs support unanchored search")
    });
    let warm = groups.iter().map(|g| g.longest).max().unwrap_or(0);
    let len = lower.len();
    if P < 2 || len <= 2 * P * warm {
        let mut sid = start;
        scan(groups, &mut sid, lower, 0..len, |k, sid, end| groups[k].record(sid, end, text, lanes));
        return;
    }
    // Part `j` owns the occurrences ending in `(own[j], stop(j)]`; its scan starts at `from[j]`, a longest
    // pattern before `own[j]` (the first part's at 0).
    let own: [usize; P] = std::array::from_fn(|j| j * len / P);
    let from: [usize; P] = std::array::from_fn(|j| own[j].saturating_sub(warm));
    let stop = |j: usize| if j + 1 < P { own[j + 1] } else { len };
    // The first part is the shortest scan: every part steps this far side by side.
    let both = stop(0);
    let parts: [&[u8]; P] = std::array::from_fn(|j| &lower[from[j]..from[j] + both]);
    let mut sid: [[StateID; N]; P] = [start; P];
    // The occurrences of each part after the first: (group, state, end).
    let mut later: [Vec<(usize, StateID, usize)>; P] = std::array::from_fn(|_| Vec::with_capacity(64));
    let mut i = 0;
    while i < both {
        // The steps up to the next match, in a loop of their own that calls nothing: what it reads of the
        // automata stays in registers.
        let stopped = loop {
            if i == both {
                break false;
            }
            for j in 0..P {
                let x = parts[j][i];
                for k in 0..N {
                    sid[j][k] = groups[k].dfa.next_state(Anchored::No, sid[j][k], x);
                }
            }
            i += 1;
            // Standard unanchored DFAs have no dead state: special is a match.
            if (0..P).fold(false, |s, j| (0..N).fold(s, |s, k| s | groups[k].dfa.is_special(sid[j][k]))) {
                break true;
            }
        };
        if !stopped {
            break;
        }
        for k in (0..N).filter(|&k| groups[k].dfa.is_match(sid[0][k])) {
            groups[k].record(sid[0][k], i, text, lanes);
        }
        for j in 1..P {
            let end = from[j] + i;
            if end > own[j] {
                later[j].extend((0..N).filter(|&k| groups[k].dfa.is_match(sid[j][k])).map(|k| (k, sid[j][k], end)));
            }
        }
    }
    for j in 1..P {
        for &(k, state, end) in &later[j] {
            groups[k].record(state, end, text, lanes);
        }
        scan(groups, &mut sid[j], lower, from[j] + both..stop(j), |k, sid, end| {
            groups[k].record(sid, end, text, lanes)
        });
    }
}

/// Steps every group's DFA over `lower[range]` from the states `sid`, calling `found` with each match
/// state: (group, state, end).
fn scan<const N: usize>(
    groups: [&Group; N],
    sid: &mut [StateID; N],
    lower: &[u8],
    range: std::ops::Range<usize>,
    mut found: impl FnMut(usize, StateID, usize),
) {
    let (mut i, end) = (range.start, range.end);
    let hay = &lower[..end];
    while i < end {
        // As in [`step`]: the steps up to the next match in a loop that calls nothing.
        let stopped = loop {
            if i == end {
                break false;
            }
            let b = hay[i];
            for k in 0..N {
                sid[k] = groups[k].dfa.next_state(Anchored::No, sid[k], b);
            }
            i += 1;
            if (0..N).fold(false, |s, k| s | groups[k].dfa.is_special(sid[k])) {
                break true;
            }
        };
        if !stopped {
            break;
        }
        for k in (0..N).filter(|&k| groups[k].dfa.is_match(sid[k])) {
            found(k, sid[k], i);
        }
    }
}

/// One lane's leftmost matches, chosen from its pattern occurrences as they are found (in order of their
/// ends): the occurrence starting first (of those, the first pattern, or the longest), then the same from
/// its end on. An occurrence is chosen once the scan is a longest pattern past its start, when no
/// occurrence found later can start before it; so only the occurrences of the last few bytes are held.
struct Choice {
    kind: MatchKind,
    /// The length of the lane's longest pattern.
    longest: usize,
    /// The end of the last match chosen: nothing starting before it can be chosen.
    at: usize,
    pending: Vec<Hit>,
    /// The earliest start in `pending` (`usize::MAX` when empty): nothing is chosen before the scan is a
    /// longest pattern past it.
    first: usize,
    out: Vec<Hit>,
}

impl Choice {
    fn new(kind: MatchKind, longest: usize) -> Choice {
        // Room made once for the first hits: grown from nothing, the lists were copied a few times a text.
        Choice { kind, longest, at: 0, pending: Vec::with_capacity(4), first: usize::MAX, out: Vec::with_capacity(16) }
    }

    /// An occurrence ending where the scan is.
    fn offer(&mut self, h: Hit) {
        if h.start >= self.at {
            self.pending.push(h);
            self.first = self.first.min(h.start);
            if h.end - self.first >= self.longest {
                self.settle(h.end);
            }
        }
    }

    /// Chooses what no occurrence ending after `now` can change.
    fn settle(&mut self, now: usize) {
        let longest_first = self.kind == MatchKind::LeftmostLongest;
        // Whether `a` is chosen before `b`: the earlier start, then (leftmost-longest) the longer, then the
        // first pattern. No two occurrences rank alike, so the order of `pending` does not matter.
        let before = |a: &Hit, b: &Hit| {
            if a.start != b.start {
                return a.start < b.start;
            }
            if longest_first && a.end != b.end {
                return a.end > b.end;
            }
            a.pattern < b.pattern
        };
        // The occurrence chosen next starts at `first`, the earliest start: none is chosen before the scan
        // is a longest pattern past it.
        while !self.pending.is_empty() && now - self.first >= self.longest {
            // One occurrence pending (most often): it is the choice, and it ends past its own start.
            if let [only] = self.pending[..] {
                self.out.push(only);
                self.at = only.end;
                self.pending.clear();
                self.first = usize::MAX;
                return;
            }
            let mut best = self.pending[0];
            for h in &self.pending[1..] {
                if before(h, &best) {
                    best = *h;
                }
            }
            self.out.push(best);
            self.at = best.end;
            // The occurrences that start at or after the choice's end stay, in place.
            let (mut kept, mut first) = (0, usize::MAX);
            for r in 0..self.pending.len() {
                let h = self.pending[r];
                if h.start >= best.end {
                    self.pending[kept] = h;
                    kept += 1;
                    first = first.min(h.start);
                }
            }
            self.pending.truncate(kept);
            self.first = first;
        }
    }

    fn finish(mut self) -> Vec<Hit> {
        self.settle(usize::MAX);
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::AhoCorasick;

    fn reference(kind: MatchKind, pats: &[&str], hay: &str) -> Vec<Hit> {
        let ac = AhoCorasick::builder().match_kind(kind).build(pats).unwrap();
        ac.find_iter(hay).map(|m| Hit { start: m.start(), end: m.end(), pattern: m.pattern().as_usize() }).collect()
    }

    const CASES: [(&[&str], &str); 6] = [
        (&["a", "ab", "abc", "b"], "xxabcabab a b abx"),
        (&["samwise", "sam", "wise"], "samwise samwis sam wise samw"),
        (&["tháng", "thá", "ngày", " một"], "ngày 5 tháng 3, thá một lần"),
        (&["abcd", "bc", "c"], "abcabdabcd"),
        (&["x"], ""),
        (&["aa"], "aaaaa"),
    ];

    #[test]
    fn one_lane_agrees_with_find_iter() {
        for kind in [MatchKind::LeftmostFirst, MatchKind::LeftmostLongest] {
            for (pats, hay) in CASES {
                assert_eq!(
                    find_all(dfa(kind, pats).parts[0].dfa(), hay.as_bytes()),
                    reference(kind, pats, hay),
                    "{kind:?} {pats:?}"
                );
            }
        }
    }

    /// The merged pass against each lane's own `find_iter` over its haystack (the text as written, or
    /// lower-cased), lanes of both kinds sharing patterns in other cases.
    fn pass_agrees(lanes: &[(MatchKind, Hay, &[&str])], text: &str) {
        let sets: Vec<&'static TriggerDfa> =
            lanes.iter().map(|(kind, _, pats)| &*Box::leak(Box::new(dfa(*kind, pats.iter())))).collect();
        let triggers: Vec<Trigger> =
            sets.iter().zip(lanes).map(|(d, (_, hay, _))| Trigger { dfa: d, hay: *hay }).collect();
        let lower = lower_same_len(text);
        let got = Pass::new(&triggers).run(text.as_bytes(), lower.as_bytes());
        for (k, (kind, hay, pats)) in lanes.iter().enumerate() {
            let h = if *hay == Hay::Lower { lower.as_str() } else { text };
            assert_eq!(got[k], reference(*kind, pats, h), "lane {k} {kind:?} {hay:?} {pats:?} in {text:?}");
        }
        // The first two lanes' patterns as two sets of one lane, and the last two likewise: each set is
        // searched apart, the hits merged by start, the second set's numbered after the first's.
        for (a, b) in [(0, 1), (2, 3)] {
            let ((ka, hay, pa), (kb, _, pb)) = (lanes[a], lanes[b]);
            let two: &'static TriggerDfa = Box::leak(Box::new(dfa(ka, pa.iter()).and(kb, pb.iter())));
            let h = if hay == Hay::Lower { lower.as_str() } else { text };
            let mut want: Vec<Hit> = reference(ka, pa, h);
            want.extend(reference(kb, pb, h).into_iter().map(|x| Hit { pattern: pa.len() + x.pattern, ..x }));
            want.sort_by_key(|x| (x.start, x.pattern));
            assert_eq!(two.find(h.as_bytes()), want, "two sets alone in {text:?}");
            let got = Pass::new(&[triggers[0], Trigger { dfa: two, hay }]).run(text.as_bytes(), lower.as_bytes());
            assert_eq!(got[1], want, "two sets in the pass in {text:?}");
        }
        // The automata one after the other find what they find side by side.
        let pass = Pass::new(&triggers);
        let mut scan = pass.start();
        for k in 0..pass.automata() {
            pass.step_one(k, text.as_bytes(), lower.as_bytes(), &mut scan);
        }
        assert_eq!(pass.finish(scan), pass.run(text.as_bytes(), lower.as_bytes()), "one after the other in {text:?}");
    }

    /// [`Prefixes`] against an anchored leftmost-longest search at every position, with duplicate keys,
    /// keys that are prefixes of others, and an end short of the haystack's.
    #[test]
    fn prefixes_agree_with_an_anchored_search() {
        use aho_corasick::{Anchored, StartKind};
        let keys = ["bộ", "bộ y tế", "bộ y", "y tế", "bộ", "b", "tế", "ab", "abc", "abcd", "bc"];
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(keys)
            .unwrap();
        let p = Prefixes::new(keys);
        for hay in ["bộ y tế và bộ y", "abcdabcab bc", "", "x bộ", "bộ y t"] {
            for end in [hay.len(), hay.len().saturating_sub(2)] {
                for at in 0..=end {
                    let want = ac
                        .find(Input::new(&hay.as_bytes()[..end]).range(at..).anchored(Anchored::Yes))
                        .map(|m| (m.end(), m.pattern().as_usize()));
                    assert_eq!(p.longest_at(hay.as_bytes(), at, end), want, "{hay:?} at {at} to {end}");
                }
            }
        }
        assert_eq!(Prefixes::new(["", "a"]).longest_at(b"b", 0, 1), Some((0, 0)));
    }

    const LF: MatchKind = MatchKind::LeftmostFirst;
    const LL: MatchKind = MatchKind::LeftmostLongest;

    #[test]
    fn one_pass_agrees_with_each_lane_alone() {
        let lanes: &[(MatchKind, Hay, &[&str])] = &[
            (LF, Hay::Text, &["a", "ab", "abc", "b", "Ab", "A"]),
            (LL, Hay::Text, &["samwise", "sam", "Sam", "wise", "ab"]),
            (LF, Hay::Lower, &["tháng", "thá", "ngày", " một", "Ngày", "ab"]),
            (LL, Hay::Lower, &["abcd", "bc", "c", "c", "bộ", "bộ y tế", "y tế"]),
        ];
        for (_, text) in CASES {
            pass_agrees(lanes, text);
        }
        pass_agrees(lanes, "Sam Ab ABC Ngày 5 Tháng 3, Bộ Y tế và bộ y tế ABCD abcd SAMWISE samwise");
        pass_agrees(lanes, "");
    }

    proptest::proptest! {
        #[test]
        fn one_pass_agrees_on_random_text(
            a in proptest::collection::vec(proptest::sample::select(vec!["a", "A", "b", "B", "c", "ab", " ", "á", "Á", "Đ", "đ", "\n"]), 0..60),
        ) {
            let a = a.concat();
            let lanes: &[(MatchKind, Hay, &[&str])] = &[
                (LF, Hay::Text, &["a", "ab", "abc", "b a", "á", "A", "Ab"]),
                (LL, Hay::Text, &["ca", "c", "aab", "bb", "b", "Đa", "đa"]),
                (LF, Hay::Lower, &["a", "ab", "abc", "b a", "á", "đa"]),
                (LL, Hay::Lower, &["ca", "c", "aab", "bb", "b", "Đa", "đa", "á b"]),
            ];
            pass_agrees(lanes, &a);
        }

        #[test]
        fn each_automaton_agrees_with_find_iter_on_random_text(
            a in proptest::collection::vec(proptest::sample::select(vec!["a", "b", "c", "ab", " ", "á", "\n"]), 0..40),
            b in proptest::collection::vec(proptest::sample::select(vec!["a", "b", "c", "ab", " ", "á", "\n"]), 0..40),
        ) {
            let (a, b) = (a.concat(), b.concat());
            let p1: &[&str] = &["a", "ab", "abc", "b a", "á"];
            let p2: &[&str] = &["ca", "c", "aab", "bb", "b"];
            for kind in [MatchKind::LeftmostFirst, MatchKind::LeftmostLongest] {
                let (d1, d2) = (dfa(kind, p1), dfa(kind, p2));
                let (x, y, z) = (d1.find(a.as_bytes()), d2.find(b.as_bytes()), d1.find(b.as_bytes()));
                proptest::prop_assert_eq!(x, reference(kind, p1, &a));
                proptest::prop_assert_eq!(y, reference(kind, p2, &b));
                proptest::prop_assert_eq!(z, reference(kind, p1, &b));
            }
        }
    }
}
