#!/usr/bin/env python3
"""Lists candidate organisation names from the news archives, for a person to review.

The organisation gazetteer (src/lexicon/gazetteer/orgs.tsv) is a reviewed table: this script only
proposes names; it never writes the table. It reads the news archives (JSON lines, gzip, fields
id, title, text) and prints a TSV of candidates, most frequent first:

    method  candidate  count  docs  example

Methods:
  cue      a capitalised name right after a cue word: tập đoàn, hãng, hãng tin, công ty, CLB, câu lạc bộ,
           đội, đội tuyển, báo, tờ, đài, nhà mạng, ngân hàng, trường, đại học, viện; the cue is
           written before the name ("cue:hãng tin<TAB>Reuters"). The name is the run of capitalised
           words (or words with digits, "&", "-", ".") after the cue, at most 6 words.
  theo     "theo X" at the end of a clause (followed by , . ; : or end of line): usually a media source
           ("theo Reuters", "theo Bloomberg").
  acronym  an all-capitals token of 2-6 letters ("&" allowed, Vietnamese capitals included): UFC, AT&T, EVN.
  latin    a capitalised word, or a bigram of two capitalised words, written in Latin script that is not
           Vietnamese: it contains f, j, w or z, or it has no diacritics and is not a possible Vietnamese
           syllable (so "Nam", "Thanh", "Minh" are not listed, "Samsung", "Bloomberg", "Ford" are).

With --count TABLE, it instead counts how often each name and form of a gazetteer table (columns
name, forms, ... with forms separated by " | ") occurs as a whole word, case-sensitively, and prints
name, total count, and the count of each surface form. The review used these counts to prefer names
that occur in the news.

Run from the repository root (only the Python 3 standard library; one process, about 1-3 minutes
for all archives):

    python3 scripts/grow_org_gazetteer.py > /tmp/org_candidates.tsv
    python3 scripts/grow_org_gazetteer.py --min-count 20 --methods cue,theo
    python3 scripts/grow_org_gazetteer.py --count src/lexicon/gazetteer/orgs.tsv > /tmp/org_counts.tsv

Archives default to ../shared/data/news/*.jsonl.gz (relative to the repository root). Do not point it at
the evaluation corpora (corpus/, ../shared/corpus/): names must not be tuned on gold text.
"""
import argparse
import collections
import glob
import gzip
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_NEWS = os.path.join(os.path.dirname(ROOT), "shared", "data", "news", "*.jsonl.gz")

CUES = ["tập đoàn", "hãng tin", "hãng", "công ty", "CLB", "câu lạc bộ", "đội tuyển", "đội", "báo", "tờ",
            "đài", "nhà mạng", "ngân hàng", "trường", "đại học", "viện"]
# Words after a cue that are not part of a name even when capitalised at a sentence start are rare,
# so a name is simply the run of capitalised tokens; these lower-case joiners may sit inside it.
JOIN = {"&", "-", "và", "of", "de", "the", "du", "la", "del", "von", "van", "der"}

TOKEN = re.compile(r"[\w&'.+-]+|[^\w\s]", re.UNICODE)
WORD = re.compile(r"\w[\w&'.+-]*", re.UNICODE)

# A Vietnamese syllable without its tone mark (after removing diacritics and đ→d): onset, glide, nucleus, coda.
VI_SYL = re.compile(
    r"^(?:b|c|ch|d|g|gh|gi|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)?"
    r"(?:o|u)?"
    r"(?:a|e|i|o|u|y|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|ua|ue|ui|uo|uu|uy|ya|ye|yeu|ieu|uoi|uou|oai|oay|uay|uya|uye|oeo|uyu|uu)"
    r"(?:c|ch|m|n|ng|nh|p|t|i|y|o|u)?$")


def strip_marks(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def is_cap(tok):
    return tok[:1].isupper() or (tok[:1].isdigit() and any(c.isalpha() for c in tok))


def is_foreign(word):
    """A capitalised word written in Latin script that is not a Vietnamese syllable."""
    if not word[:1].isupper() or not word.isalpha() or len(word) < 3:
        return False
    if word.isupper():
        return False  # acronyms are a method of their own
    low = word.lower()
    if any(c in low for c in "fjwz"):
        return strip_marks(low).isascii()
    if not low.isascii():
        return False  # has diacritics: Vietnamese (or another language we do not want here)
    return not VI_SYL.match(low)


def is_acronym(tok):
    core = tok.replace("&", "")
    if not (2 <= len(core) <= 6) or not core.isalpha() or not core.isupper():
        return False
    return tok.count("&") <= 1 and not tok.startswith("&") and not tok.endswith("&")


def read_docs(paths):
    for p in paths:
        with gzip.open(p, "rt", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                text = unicodedata.normalize("NFC", (d.get("title") or "") + "\n" + (d.get("text") or ""))
                yield d.get("id", ""), text


def context(text, start, end, width=60):
    a, b = max(0, start - width), min(len(text), end + width)
    return " ".join(text[a:b].split())


class Counter:
    def __init__(self):
        self.count = collections.Counter()
        self.docs = collections.defaultdict(set)
        self.example = {}

    def add(self, key, doc, text, start, end):
        self.count[key] += 1
        if len(self.docs[key]) < 1000:
            self.docs[key].add(doc)
        if key not in self.example:
            self.example[key] = context(text, start, end)


def cue_regex():
    alts = sorted(CUES, key=len, reverse=True)
    # Cues are matched as written (lower case, "CLB"), or capitalised after a sentence start: a capitalised
    # cue mid-sentence is usually part of a name itself ("Đài Loan", "Viện Kiểm sát").
    low = "|".join(re.escape(c) for c in alts)
    cap = "|".join(re.escape(c[0].upper() + c[1:]) for c in alts if not c.isupper())
    return re.compile(r"(?:(?<!\w)(" + low + r")|(?:^|(?<=[.!?:\n\"“] ))(" + cap + r"))\s+(?=\w)", re.MULTILINE)


def name_after(text, pos, max_words=6):
    """The run of capitalised tokens starting at pos; returns (name, end) or (None, pos)."""
    words, end, i = [], pos, pos
    for m in TOKEN.finditer(text, pos):
        if m.start() != i and text[i:m.start()].strip():
            break
        if "\n" in text[i:m.start()]:
            break
        tok = m.group()
        if is_cap(tok):
            words.append(tok)
            end = m.end()
        elif tok.lower() in JOIN and words:
            words.append(tok)
        else:
            break
        i = m.end()
        if len(words) >= max_words:
            break
    while words and not is_cap(words[-1]):
        words.pop()
    if not words:
        return None, pos
    name = " ".join(words).rstrip(".,")
    return name, end


def grow(paths, methods):
    c = Counter()
    cue_re = cue_regex()
    theo_re = re.compile(r"(?<!\w)[Tt]heo\s+(?:báo|hãng tin|tờ|trang|kênh|đài)?\s*")
    for n, (doc, text) in enumerate(read_docs(paths)):
        if n % 5000 == 0:
            print(f"... {n} documents", file=sys.stderr)
        if "cue" in methods:
            for m in cue_re.finditer(text):
                cue = m.group(1) or m.group(2)
                cue = cue if cue.isupper() else cue.lower()
                name, end = name_after(text, m.end())
                if name:
                    c.add(("cue:" + cue, name), doc, text, m.start(), end)
        if "theo" in methods:
            for m in theo_re.finditer(text):
                name, end = name_after(text, m.end(), max_words=4)
                if name and (end >= len(text) or text[end:end + 1] in ",.;:)\n"):
                    c.add(("theo", name), doc, text, m.start(), end)
        if "acronym" in methods or "latin" in methods:
            prev = None
            for m in WORD.finditer(text):
                w = m.group().rstrip(".-'")
                if "acronym" in methods and is_acronym(w):
                    c.add(("acronym", w), doc, text, m.start(), m.end())
                if "latin" in methods:
                    f = is_foreign(w)
                    if f:
                        c.add(("latin", w), doc, text, m.start(), m.end())
                    if prev is not None and prev[1] == m.start() - 1 and text[prev[1]] == " " \
                            and (f or prev[2]) and w[:1].isupper() and prev[0][:1].isupper() \
                            and w.isalpha() and prev[0].isalpha():
                        c.add(("latin", prev[0] + " " + w), doc, text, prev[3], m.end())
                    prev = (w, m.start() + len(w), f, m.start())
    return c


def trie_regex(words):
    trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node):
        if list(node) == [""]:
            return ""
        alts, opt = [], "" in node
        for ch in sorted(k for k in node if k):
            alts.append(re.escape(ch) + build(node[ch]))
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if opt:
            body = "(?:" + body + ")?"
        return body

    return re.compile(r"(?<![\w&])(" + build(trie) + r")(?![\w&])")


def count_table(paths, table):
    rows = []
    with open(table, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if cols[0] == "name":
                continue
            forms = [cols[0]] + [x.strip() for x in cols[1].split(" | ") if x.strip()] if len(cols) > 1 else [cols[0]]
            rows.append((cols[0], forms))
    all_forms = sorted({f for _, fs in rows for f in fs}, key=len, reverse=True)
    rx = trie_regex(all_forms)
    hits = collections.Counter()
    for n, (_, text) in enumerate(read_docs(paths)):
        if n % 5000 == 0:
            print(f"... {n} documents", file=sys.stderr)
        for m in rx.finditer(text):
            hits[m.group(1)] += 1
    out = []
    for name, forms in rows:
        total = sum(hits[f] for f in forms)
        out.append((total, name, " | ".join(f"{f}={hits[f]}" for f in forms)))
    out.sort(key=lambda r: (-r[0], r[1]))
    print("name\tcount\tper_form")
    for total, name, per in out:
        print(f"{name}\t{total}\t{per}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("archives", nargs="*", help="news archives (default: %(default)s)")
    ap.add_argument("--methods", default="cue,theo,acronym,latin", help="comma-separated subset of cue,theo,acronym,latin")
    ap.add_argument("--min-count", type=int, default=5, help="print candidates seen at least this often")
    ap.add_argument("--count", metavar="TABLE", help="count the names and forms of a gazetteer table instead")
    a = ap.parse_args()
    paths = a.archives or sorted(glob.glob(DEFAULT_NEWS))
    for p in paths:
        if "corpus" in os.path.abspath(p).split(os.sep):
            sys.exit(f"refusing to read evaluation data: {p}")
    if a.count:
        count_table(paths, a.count)
        return
    methods = set(a.methods.split(","))
    c = grow(paths, methods)
    print("method\tcandidate\tcount\tdocs\texample")
    for (method, name), n in sorted(c.count.items(), key=lambda kv: (-kv[1], kv[0])):
        if n < a.min_count:
            continue
        ex = c.example[(method, name)].replace("\t", " ")
        print(f"{method}\t{name}\t{n}\t{len(c.docs[(method, name)])}\t{ex}")


if __name__ == "__main__":
    main()
