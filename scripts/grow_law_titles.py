#!/usr/bin/env python3
"""Candidate finder for src/lexicon/law_titles.tsv (the gazetteer of law titles).

It proposes; a person decides. Nothing here writes the lexicon: every row of law_titles.tsv is
reviewed by eye (see src/lexicon/LAW_TITLES.md for the review rule).

Subcommands
-----------
laws      Read ../shared/data/legal/vietnamese-laws.jsonl.gz (110 laws, codes and the Constitution)
          and print, per record: id, the title as found in the law's own heading (the lines after
          "LUẬT" / "BỘ LUẬT" / "HIẾN PHÁP", cleaned of "CỦA QUỐC HỘI ... SỐ ... NGÀY ... VỀ"),
          the document number from the "Số:" line, and the year from the "ngày .. tháng .. năm" line.

scan      Scan the news archives ../shared/data/news/*.jsonl.gz for mentions of
          "Luật X", "luật X", "Bộ luật X", "Pháp lệnh X", "Hiến pháp ..." and print candidate
          titles by frequency, with an example context, so a reviewer can see where names end.
          A candidate is the words after the type word up to the first word that is (almost) never
          part of a title: "năm", "số", "quy định", "thì", "này", "sửa đổi" (not first), a digit,
          a sentence mark, a comma not followed by a word known to continue titles ("chống",
          "bổ sung", "bia", "thể thao" ...). The cut is deliberately generous: a reviewer sees
          "giao thông đường bộ" and "giao thông đường bộ và" side by side and keeps the first.
          Mentions preceded by a word that makes "luật" a common noun ("kỷ luật", "quy luật",
          "định luật", "pháp luật", "đạo luật", "điều luật") are skipped; "luật sư", "luật pháp",
          "luật chơi" ... show up as candidates and are rejected at review.
          Prints columns: count, capitalised-count, type, candidate, example context.

count     Given a TSV (default src/lexicon/law_titles.tsv), count how often each key and each
          variant occurs after its type word in the archives (case-insensitive, whole words, title
          must end at a non-letter or at one of the stop words) - used to fill `source` and to check
          that variants are really written.

abbrev    Count common abbreviations of codes and laws (BLHS, BLDS, BLTTHS, Luật BHXH, ...).

Usage
-----
    python3 scripts/grow_law_titles.py laws
    python3 scripts/grow_law_titles.py scan --min 2 --top 600 > /tmp/law_candidates.tsv
    python3 scripts/grow_law_titles.py count [--tsv src/lexicon/law_titles.tsv]
    python3 scripts/grow_law_titles.py abbrev

Pure Python standard library; single-threaded; reads gzip streams line by line.
"""
import argparse
import collections
import gzip
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
LAWS = SHARED / "data" / "legal" / "vietnamese-laws.jsonl.gz"
NEWS = sorted((SHARED / "data" / "news").glob("*.jsonl.gz"))
TSV = ROOT / "src" / "lexicon" / "law_titles.tsv"

# ---------------------------------------------------------------------------------------------
# (a) the laws file


def nfc(s):
    return unicodedata.normalize("NFC", s)


def law_heading(text):
    """Title of a law from its own heading block (upper case lines after LUẬT/BỘ LUẬT/HIẾN PHÁP)."""
    lines = [l.strip() for l in text.splitlines()]
    lines = [l for l in lines if l]
    for i, l in enumerate(lines[:40]):
        u = l.upper()
        if u in ("LUẬT", "BỘ LUẬT", "HIẾN PHÁP") or re.match(r"^(BỘ LUẬT|LUẬT)\s+\S", l) and l == u:
            head = u if u in ("LUẬT", "BỘ LUẬT", "HIẾN PHÁP") else ""
            rest = l[len(head):].strip() if head else l
            j = i + 1
            parts = [rest] if rest else []
            while j < len(lines) and lines[j] == lines[j].upper() and not lines[j].startswith("CĂN CỨ") \
                    and len(parts) < 3 and not re.match(r"^(CHƯƠNG|PHẦN|LỜI NÓI ĐẦU|CHỦ TỊCH)", lines[j]):
                parts.append(lines[j])
                j += 1
            title = " ".join(parts)
            # strip "CỦA QUỐC HỘI ... SỐ x NGÀY y VỀ" framing of 1989-2004 laws
            title = re.sub(r"^CỦA QUỐC HỘI.*?\bVỀ\s+(LUẬT\s+)?", "", title)
            title = re.sub(r"^SỐ\s+\S+\s+NGÀY\s+\S+(\s+THÁNG\s+\d+\s+NĂM\s+\d+)?\s+(CỦA QUỐC HỘI\s+)?(VỀ\s+)?", "", title)
            title = re.sub(r"^CỦA QUỐC HỘI.*?NĂM \d{4}\s+", "", title)
            title = re.sub(r"\s+(CỦA QUỐC HỘI(?= SỐ| NƯỚC CỘNG)|SỐ\s+\d).*$", "", title)
            title = re.sub(r",(?=\S)", ", ", title)
            title = re.sub(r"^VỀ\s+", "", title)
            return (head or "LUẬT").strip(), re.sub(r"\s+", " ", title).strip()
    return None, None


def cmd_laws(_a):
    with gzip.open(LAWS, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            t = nfc(d.get("text") or "")
            head, title = law_heading(t)
            num = re.search(r"^\s*(?:Luật\s+)?Số\s*:+\s*(\S+(?: \d+\b)?)", t[:1500], re.M | re.I)
            num = num.group(1) if num else (d.get("doc_number_heuristic") or "")
            yr = re.search(r"ngày\s*\d+\s+tháng\s+\d+\s+năm\s+(\d{4})", t[:1500])
            yr = yr.group(1) if yr else ""
            if not yr:
                m = re.search(r"NGÀY\s+\d+-\d+-(\d{4})", nfc(d["title"]))
                yr = m.group(1) if m else ""
            print("\t".join([d["id"], head or "?", title or nfc(d["title"]), num, yr]))


# ---------------------------------------------------------------------------------------------
# (b) news scan

TYPE_RE = re.compile(r"(?<![\wÀ-ỹ])(Bộ luật|bộ luật|BỘ LUẬT|Bộ Luật|Luật|luật|LUẬT|Pháp lệnh|pháp lệnh|PHÁP LỆNH|"
                     r"Hiến pháp|hiến pháp|HIẾN PHÁP)(?![\wÀ-ỹ])")
# words before "luật" that make it a common noun, not a title
PREV_SKIP = {"kỷ", "quy", "định", "pháp", "đạo", "điều", "giới", "văn", "tư", "ngành", "hành",
             "thi", "vi", "ký", "kỉ", "nhạc", "âm", "giáo", "bị"}
# a title never continues with these (one or two words)
STOP1 = {"năm", "số", "thì", "là", "đã", "được", "này", "mới", "có", "không", "khi", "nhưng", "nên", "để",
         "cho", "với", "theo", "thì", "mà", "vẫn", "sẽ", "cũng", "đang", "chưa", "phải", "nêu", "ghi", "tới",
         "đến", "từ", "sau", "trước", "bị", "do", "vào", "ra", "hay", "hoặc", "như", "những", "gồm",
         "hiện", "qua", "nói", "này,", "vừa", "đó", "kia", "ấy", "đều", "rất", "lại", "còn", "chỉ",
         "tại", "trong", "về", "của", "sửa", "ban", "hết", "thuộc", "nay", "cần", "(", "bởi", "ngày", "chứ"}
KEEP_FIRST = {"về", "của", "sửa", "thông", "trong", "tại", "các", "những"}   # ok as the first word of a title
STOP2 = {"quy định", "hiện hành", "sửa đổi", "ban hành", "có hiệu", "hiệu lực", "số ", "đã được", "thông qua"}
# after a comma, a title continues only with these
COMMA_NEXT = {"chống", "bổ", "bia", "thể", "khen", "tố", "lấy", "ghép", "thuế", "gia", "chữa", "cứu",
              "khai", "sử", "đồ", "thư", "quản", "phát", "bảo", "xử"}
TOKEN_RE = re.compile(r"[\wÀ-ỹ]+(?:[/.\-][\wÀ-ỹ]+)*|,|[^\s\w]", re.U)
MAXW = 14


def tokens_after(text, pos):
    out = []
    for m in TOKEN_RE.finditer(text, pos, min(len(text), pos + 220)):
        tok = m.group(0)
        out.append(tok)
        if len(out) > MAXW + 1:
            break
    return out


def cut_title(toks):
    """Words of a title candidate from the tokens after a type word."""
    words = []
    i = 0
    while i < len(toks) and len(words) < MAXW:
        t = toks[i]
        lt = t.lower()
        if t == ",":
            nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
            if words and nxt in COMMA_NEXT:
                words[-1] += ","
                i += 1
                continue
            break
        if not re.match(r"^[\wÀ-ỹ][\wÀ-ỹ\-/]*$", t) or re.search(r"\d", t):
            # "-" inside titles ("hành chính - kinh tế") kept, other marks end it
            if t == "-" and words:
                words.append("-")
                i += 1
                continue
            break
        two = lt + " " + (toks[i + 1].lower() if i + 1 < len(toks) else "")
        first = not words
        # "Luật sửa đổi, bổ sung ... của Luật X": keep going through "của luật"
        amending = words[:2] == ["sửa", "đổi,"] or (words and words[0] == "sửa")
        if lt == "vừa" and words and words[-1].lower() in ("nhỏ", "và"):
            pass        # "doanh nghiệp nhỏ và vừa"
        elif not first and not amending and (lt in STOP1 or two in STOP2):
            break
        if first and lt in STOP1 and lt not in KEEP_FIRST:
            break
        if amending and (lt in {"năm", "thì", "này", "đã", "được", "là", "và", "có", "nhằm", "để"}
                         or (lt == "số" and words[-1].lower() != "một")):
            break
        words.append(t)
        i += 1
    while words and words[-1] in ("-",):
        words.pop()
    return " ".join(words).rstrip(",")


def norm_type(t):
    t = t.lower()
    return {"bộ luật": "Bộ luật", "luật": "Luật", "pháp lệnh": "Pháp lệnh", "hiến pháp": "Hiến pháp"}[t]


def iter_articles(paths=None):
    for p in paths or NEWS:
        with gzip.open(p, "rt", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                yield p.name, d.get("id", ""), nfc((d.get("title") or "") + "\n" + (d.get("text") or ""))


def prev_word(text, pos):
    m = re.search(r"([\wÀ-ỹ]+)\s*$", text[max(0, pos - 20):pos])
    return m.group(1).lower() if m else ""


def cmd_scan(a):
    counts = collections.Counter()
    caps = collections.Counter()
    example = {}
    n_art = 0
    for arch, aid, text in iter_articles():
        n_art += 1
        for m in TYPE_RE.finditer(text):
            ty = norm_type(m.group(1))
            pw = prev_word(text, m.start())
            if ty == "Luật" and pw in PREV_SKIP:
                continue
            if ty == "Luật" and pw == "bộ":
                continue
            toks = tokens_after(text, m.end())
            cand = cut_title(toks)
            if ty == "Hiến pháp":
                cand = cand if cand.lower().startswith("nước") else ""
            if not cand and ty != "Hiến pháp":
                continue
            key = (ty, cand.lower())
            counts[key] += 1
            if m.group(1)[0].isupper() and (not cand or cand[0].isupper()):
                caps[key] += 1
            if key not in example:
                s = max(0, m.start() - 50)
                example[key] = (arch + ":" + aid, text[s:m.end() + 110].replace("\n", " ").replace("\t", " "))
    print(f"# {n_art} articles scanned; {sum(counts.values())} mentions; {len(counts)} candidates", file=sys.stderr)
    print("count\tcapitalised\ttype\tcandidate\texample_id\tcontext")
    for (ty, cand), c in counts.most_common(a.top):
        if c < a.min:
            break
        ex = example[(ty, cand)]
        print(f"{c}\t{caps[(ty, cand)]}\t{ty}\t{cand}\t{ex[0]}\t…{ex[1]}…")


# ---------------------------------------------------------------------------------------------
# count keys / variants of the lexicon in the archives

def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            rows.append(c)
    return rows


def cmd_count(a):
    rows = read_tsv(a.tsv)
    forms = {}   # lower form -> (row key, is_variant)
    for c in rows:
        key = c[0]
        forms[key] = (key, False)
        for v in (c[3].split(" | ") if len(c) > 3 and c[3] else []):
            forms[v] = (key, True)
    # index by first word for speed
    by_first = collections.defaultdict(list)
    for f in forms:
        by_first[re.match(r"[\wÀ-ỹ]+", f).group(0)].append(f)
    for k in by_first:
        by_first[k].sort(key=len, reverse=True)
    hits = collections.Counter()
    for arch, aid, text in iter_articles():
        low = text.lower()
        for m in TYPE_RE.finditer(text):
            ty = norm_type(m.group(1))
            if ty == "Luật" and prev_word(text, m.start()) in PREV_SKIP | {"bộ"}:
                continue
            rest = low[m.end():m.end() + 200].lstrip()
            first = re.match(r"[\wÀ-ỹ]+", rest)
            if ty == "Hiến pháp":
                hits[("Hiến pháp", "")] += 1
            if not first:
                continue
            for f in by_first.get(first.group(0), ()):   # longest first
                if rest.startswith(f) and not re.match(r"[\wÀ-ỹ]", rest[len(f):len(f) + 1]):
                    hits[(ty, f)] += 1
                    break
    total = collections.Counter()
    for (ty, f), c in hits.items():
        if f in forms:
            total[forms[f][0]] += c
    print("key\ttotal\tforms(type:form=count)")
    for key, c in sorted(total.items(), key=lambda x: -x[1]):
        det = "; ".join(f"{ty}:{f}={n}" for (ty, f), n in sorted(hits.items(), key=lambda x: -x[1])
                        if f in forms and forms[f][0] == key)
        print(f"{key}\t{c}\t{det}")
    print("(bare Hiến pháp mentions: %d)" % hits[("Hiến pháp", "")], file=sys.stderr)
    zero = [c[0] for c in rows if c[0] not in total]
    print(f"# {len(zero)} rows never seen: " + " | ".join(zero), file=sys.stderr)


ABBR = ["BLHS", "BLDS", "BLTTHS", "BLTTDS", "BLLĐ", "BLLD", "Luật BHXH", "Luật BHYT", "Luật GTĐB", "Luật NSNN",
        "Luật TCTD", "Luật KDBĐS", "Luật PCCC", "Luật DN", "Luật ĐĐ", "Luật HN&GĐ", "Luật HNGĐ", "Luật XLVPHC",
        "Luật BVMT", "Luật NVQS", "Luật CAND", "Luật QLT", "Luật TTHC", "Luật THADS", "Luật KBCB",
        "Luật ANM", "Luật PCTN", "Luật GDĐH", "Luật SHTT", "Luật ATTP", "Luật TNCN", "Luật TNDN",
        "Luật Thuế TNCN", "Luật Thuế TNDN", "Luật Thuế GTGT", "Luật Thuế TTĐB", "Luật thuế TNCN",
        "Luật thuế TNDN", "Luật thuế GTGT", "Luật thuế TTĐB", "Luật Thuế BVMT", "Luật HTX", "Luật CBCC",
        "Luật KH&CN", "Luật QLSDVK", "Luật ĐTC", "Luật BHTG", "Luật TTDS", "Luật TCCQĐP"]


def cmd_abbrev(_a):
    c = collections.Counter()
    ex = {}
    pats = {a: re.compile(r"(?<![\wÀ-ỹ])" + re.escape(a) + r"(?![\wÀ-ỹ])") for a in ABBR}
    for arch, aid, text in iter_articles():
        for a, p in pats.items():
            m = p.search(text)
            if m:
                n = len(p.findall(text))
                c[a] += n
                ex.setdefault(a, text[max(0, m.start() - 60):m.end() + 60].replace("\n", " "))
    for a, n in c.most_common():
        print(f"{n}\t{a}\t…{ex[a]}…")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("laws")
    s = sub.add_parser("scan")
    s.add_argument("--min", type=int, default=2, help="print candidates seen at least this often")
    s.add_argument("--top", type=int, default=100000)
    c = sub.add_parser("count")
    c.add_argument("--tsv", default=str(TSV))
    sub.add_parser("abbrev")
    a = ap.parse_args()
    {"laws": cmd_laws, "scan": cmd_scan, "count": cmd_count, "abbrev": cmd_abbrev}[a.cmd](a)


if __name__ == "__main__":
    main()
