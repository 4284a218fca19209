//! One pass over a document for several trigger automata: the engine behind
//! [`super::find_triggers`]. It knows no extractor; each names its automaton as a [`Trigger`].
//!
//! Each extractor looks only where one of its trigger words occurs, and finds them with an Aho–Corasick
//! DFA. A DFA step is a load whose address depends on the previous step, so a single scan runs at the
//! latency of that chain (about 1.7 ns a byte here), however simple the automaton. [`scan`] steps several
//! DFAs over their haystacks in one loop: the chains are independent, the processor overlaps them, and
//! four scans cost little more than one.
//!
//! The matches are exactly those of `AhoCorasick::find_iter` with the same patterns and match kind
//! (leftmost-first or leftmost-longest, non-overlapping, each search resuming at the previous match's
//! end); a test holds the two equal on real text.

use std::borrow::Cow;

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind, PatternID};

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
    pub dfa: &'static DFA,
    pub hay: Hay,
}

/// The haystack a trigger automaton reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hay {
    /// The normalised text.
    Text,
    /// The text lower-cased character for character, same length ([`crate::chars::lower_same_len`]).
    Lower,
}

/// Builds a trigger DFA for [`scan`]: unanchored and without a prefilter (with one, start states become
/// special and the loop would stop at each of them). Patterns must be non-empty and `kind` leftmost.
pub fn dfa<I, P>(kind: MatchKind, patterns: I) -> DFA
where
    I: IntoIterator<Item = P>,
    P: AsRef<[u8]>,
{
    assert!(matches!(kind, MatchKind::LeftmostFirst | MatchKind::LeftmostLongest), "trigger DFAs are leftmost");
    let dfa = DFA::builder().match_kind(kind).prefilter(false).build(patterns).expect("trigger patterns build");
    assert!(dfa.min_pattern_len() > 0, "trigger patterns are non-empty");
    dfa
}

/// The hits handed over in [`super::Doc::hits`], else `dfa`'s own matches in `hay`.
pub fn given_or_found<'a>(given: Option<&'a [Hit]>, dfa: &DFA, hay: &[u8]) -> Cow<'a, [Hit]> {
    given.map_or_else(|| Cow::Owned(find_all(dfa, hay)), Cow::Borrowed)
}

/// The non-overlapping leftmost matches of one DFA in one haystack.
pub fn find_all(dfa: &DFA, hay: &[u8]) -> Vec<Hit> {
    let [hits] = scan([dfa], [hay]);
    hits
}

/// [`scan`] over as many lanes as there are automata (up to six).
pub fn scan_lanes(dfas: &[&DFA], hays: &[&[u8]]) -> Vec<Vec<Hit>> {
    fn run<const N: usize>(dfas: &[&DFA], hays: &[&[u8]]) -> Vec<Vec<Hit>> {
        let d: [&DFA; N] = std::array::from_fn(|k| dfas[k]);
        let h: [&[u8]; N] = std::array::from_fn(|k| hays[k]);
        scan(d, h).into()
    }
    assert_eq!(dfas.len(), hays.len(), "one haystack per automaton");
    match dfas.len() {
        0 => Vec::new(),
        1 => run::<1>(dfas, hays),
        2 => run::<2>(dfas, hays),
        3 => run::<3>(dfas, hays),
        4 => run::<4>(dfas, hays),
        5 => run::<5>(dfas, hays),
        6 => run::<6>(dfas, hays),
        n => panic!("{n} trigger lanes: the one pass steps at most six"),
    }
}

/// Where one lane of [`scan`] is.
#[derive(Clone, Copy)]
struct Lane {
    sid: StateID,
    /// The next byte to read.
    at: usize,
    /// The best match of the current search: (end, pattern).
    mat: Option<(usize, PatternID)>,
    done: bool,
}

/// Runs `dfas[k]` over `hays[k]` for every `k` in one loop and returns each lane's matches in order.
pub fn scan<const N: usize>(dfas: [&DFA; N], hays: [&[u8]; N]) -> [Vec<Hit>; N] {
    let mut out: [Vec<Hit>; N] = std::array::from_fn(|_| Vec::new());
    let start: [StateID; N] =
        std::array::from_fn(|k| dfas[k].start_state(Anchored::No).expect("trigger DFAs support unanchored search"));
    let mut lanes: [Lane; N] = std::array::from_fn(|k| Lane { sid: start[k], at: 0, mat: None, done: false });
    loop {
        // The hot loop: every lane live and `steps` bytes from its end (a match only moves a lane back).
        // States and positions stay in registers until some lane reaches a dead or match state.
        let steps = if lanes.iter().any(|l| l.done) {
            0
        } else {
            (0..N).map(|k| hays[k].len() - lanes[k].at).min().unwrap_or(0)
        };
        if steps > 0 {
            let mut sid: [StateID; N] = std::array::from_fn(|k| lanes[k].sid);
            // Each lane's next `steps` bytes, indexed by one counter the compiler can check once.
            let win: [&[u8]; N] = std::array::from_fn(|k| &hays[k][lanes[k].at..lanes[k].at + steps]);
            let mut j = 0;
            while j < steps {
                for k in 0..N {
                    sid[k] = dfas[k].next_state(Anchored::No, sid[k], win[k][j]);
                }
                j += 1;
                if (0..N).fold(false, |s, k| s | dfas[k].is_special(sid[k])) {
                    break;
                }
            }
            for k in 0..N {
                lanes[k].sid = sid[k];
                lanes[k].at += j;
                if dfas[k].is_special(sid[k]) {
                    on_special(dfas[k], start[k], &mut lanes[k], &mut out[k]);
                }
            }
            continue;
        }
        // Near the ends: one byte a lane, finishing the lanes that reach their end.
        let mut live = false;
        for k in 0..N {
            let lane = &mut lanes[k];
            if lane.done {
                continue;
            }
            live = true;
            if lane.at == hays[k].len() {
                finish(dfas[k], start[k], lane, &mut out[k]);
                continue;
            }
            lane.sid = dfas[k].next_state(Anchored::No, lane.sid, hays[k][lane.at]);
            lane.at += 1;
            if dfas[k].is_special(lane.sid) {
                on_special(dfas[k], start[k], lane, &mut out[k]);
            }
        }
        if !live {
            return out;
        }
    }
}

/// A dead or match state: a dead state ends the search with its best match, a match state records one.
fn on_special(dfa: &DFA, start: StateID, lane: &mut Lane, out: &mut Vec<Hit>) {
    if dfa.is_dead(lane.sid) {
        finish(dfa, start, lane, out);
    } else if dfa.is_match(lane.sid) {
        lane.mat = Some((lane.at, dfa.match_pattern(lane.sid, 0)));
    }
}

/// Ends the current search: emits its match and starts the next search at the match's end, or stops the
/// lane when there was none.
fn finish(dfa: &DFA, start: StateID, lane: &mut Lane, out: &mut Vec<Hit>) {
    match lane.mat.take() {
        Some((end, pattern)) => {
            out.push(Hit { start: end - dfa.pattern_len(pattern), end, pattern: pattern.as_usize() });
            lane.sid = start;
            lane.at = end;
        }
        None => lane.done = true,
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
                assert_eq!(find_all(&dfa(kind, pats), hay.as_bytes()), reference(kind, pats, hay), "{kind:?} {pats:?}");
            }
        }
    }

    #[test]
    fn lanes_of_different_lengths_agree_with_find_iter() {
        for kind in [MatchKind::LeftmostFirst, MatchKind::LeftmostLongest] {
            let dfas: Vec<DFA> = CASES.iter().map(|(p, _)| dfa(kind, p.iter())).collect();
            let got =
                scan([&dfas[0], &dfas[1], &dfas[2], &dfas[3], &dfas[4], &dfas[5]], CASES.map(|(_, h)| h.as_bytes()));
            for (k, (pats, hay)) in CASES.iter().enumerate() {
                assert_eq!(got[k], reference(kind, pats, hay), "{kind:?} lane {k}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn lanes_agree_with_find_iter_on_random_text(
            a in proptest::collection::vec(proptest::sample::select(vec!["a", "b", "c", "ab", " ", "á", "\n"]), 0..40),
            b in proptest::collection::vec(proptest::sample::select(vec!["a", "b", "c", "ab", " ", "á", "\n"]), 0..40),
        ) {
            let (a, b) = (a.concat(), b.concat());
            let p1: &[&str] = &["a", "ab", "abc", "b a", "á"];
            let p2: &[&str] = &["ca", "c", "aab", "bb", "b"];
            for kind in [MatchKind::LeftmostFirst, MatchKind::LeftmostLongest] {
                let (d1, d2) = (dfa(kind, p1), dfa(kind, p2));
                let [x, y, z] = scan([&d1, &d2, &d1], [a.as_bytes(), b.as_bytes(), b.as_bytes()]);
                proptest::prop_assert_eq!(x, reference(kind, p1, &a));
                proptest::prop_assert_eq!(y, reference(kind, p2, &b));
                proptest::prop_assert_eq!(z, reference(kind, p1, &b));
            }
        }
    }
}
