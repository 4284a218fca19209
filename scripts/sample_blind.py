#!/usr/bin/env python3
"""Samples archive articles for blind gold, by a rule that never looks at the extractor's output.

Rule (recorded so the set is reproducible): from each archive in ../shared/data/news, articles whose
title + "\n" + text is 1,200-6,000 characters, not already in a gold set (../shared/corpus/*/, corpus/),
with at least 2 distinct cue strings from CUES (names of bodies and documents are what the set targets),
or with --numbers N, at least N runs of digits instead (for a set that targets numbers and dates),
or with --documents N, at least N mentions of a document type (DOC_CUES: "Nghị định", "Luật"…, for a set that
targets directives);
shuffled with random.Random(SEED); the first N per archive taken.

Writes MANIFEST.tsv (batch, archive, id, date) to --manifest, and, with --texts DIR, each article as
DIR/<batch>/<id>.txt (title + "\n" + text, the form gold text is copied from).
"""
import argparse, gzip, json, os, random, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PLAN = [("baomoi-2017", 30), ("dantri-2019-2021", 30), ("vims-2017", 20), ("vietnews-sample", 20)]
CUES = ["Bộ ", "Sở ", "Công ty", "UBND", "CLB", "báo ", "Ngân hàng", "Tập đoàn", "Liên hợp quốc", "Quốc hội",
        "Nghị định", "Luật ", "Quyết định", "Thông tư", "Trung tâm", "Viện ", "Hãng", "hãng", "Đài", "Hội "]
DOC_CUES = re.compile(r"\b(?:Nghị định|Nghị quyết|Thông tư|Quyết định|Chỉ thị|Kết luận|Công văn|Hiến pháp|"
                      r"[Bb]ộ luật|[Ll]uật|Pháp lệnh|Thông báo|Kế hoạch|Đề án|Chương trình|Điều \d)")


def known_ids():
    ids = set()
    for d in [SHARED / "corpus", ROOT / "corpus", ROOT / "gold"]:
        for p in d.rglob("*.gold.json"):
            ids.add(p.name[: -len(".gold.json")])
    return ids


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=20261206)
    ap.add_argument("--batches", type=int, default=4)
    ap.add_argument("--manifest", default=str(ROOT / "gold" / "blind" / "MANIFEST.tsv"))
    ap.add_argument("--texts")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every archive's count in PLAN (0.6: 60 articles)")
    ap.add_argument("--plan", help="archives and counts instead of PLAN: 'dantri-2019-2021:16,vims-2017:4'")
    ap.add_argument("--numbers", type=int, help="at least N runs of digits instead of the CUES rule")
    ap.add_argument("--documents", type=int, help="at least N mentions of a document type instead of the CUES rule")
    a = ap.parse_args()
    seen = known_ids()
    rows = []
    plan = PLAN if not a.plan else [(x.split(":")[0], int(x.split(":")[1])) for x in a.plan.split(",")]
    for archive, n in plan:
        pool = []
        with gzip.open(SHARED / "data" / "news" / f"{archive}.jsonl.gz", "rt", encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                full = (r.get("title") or "").strip() + "\n" + r["text"]
                if r["id"] in seen or not 1200 <= len(full) <= 6000:
                    continue
                if a.numbers is not None:
                    if len(re.findall(r"[0-9]+", full)) < a.numbers:
                        continue
                elif a.documents is not None:
                    if len(DOC_CUES.findall(full)) < a.documents:
                        continue
                elif sum(c in full for c in CUES) < 2:
                    continue
                pool.append((r["id"], r.get("date") or "", full))
        pool.sort()
        random.Random(a.seed).shuffle(pool)
        rows += [(archive, *p) for p in pool[: round(n * a.scale)]]
    random.Random(a.seed + 1).shuffle(rows)
    Path(a.manifest).parent.mkdir(parents=True, exist_ok=True)
    with open(a.manifest, "w", encoding="utf-8") as m:
        m.write("batch\tarchive\tid\tdate\n")
        for i, (archive, id_, date, full) in enumerate(rows):
            b = i % a.batches
            m.write(f"{b}\t{archive}\t{id_}\t{date}\n")
            if a.texts:
                d = Path(a.texts) / str(b)
                d.mkdir(parents=True, exist_ok=True)
                (d / f"{id_}.txt").write_text(full, encoding="utf-8")
    print(f"{len(rows)} articles in {a.batches} batches -> {a.manifest}", file=sys.stderr)


if __name__ == "__main__":
    main()
