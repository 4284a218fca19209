#!/usr/bin/env python3
"""Scores the extractor's `subject` and `trend` of numbers against gold that carries them (gold/blind3/).

Each gold number is found in the article (its text, at or after the previous item's place) and paired with
the extracted number whose span overlaps it. On the pairs:
- subject filled: the share of extracted numbers with a subject;
- subject right: of those, the share whose subject contains the gold `head` and lies within the gold
  `subject` (case-insensitive); a gold subject of null makes any extracted subject wrong;
- trend: extracted trends that equal the gold one, and gold trends found.
Optional gold items are left out.

    python3 scripts/subject_score.py gold/blind3/ [--bin target/release/vnextract] [--show]
"""
import argparse, gzip, json, subprocess, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "data" / "news"


def articles(golds):
    want = {}
    for g in golds:
        want.setdefault(g["archive"], set()).add(g["id"])
    out = {}
    for archive, ids in want.items():
        with gzip.open(NEWS / f"{archive}.jsonl.gz", "rt", encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if r["id"] in ids:
                    out[r["id"]] = (r.get("title") or "").strip() + "\n" + r["text"]
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir")
    ap.add_argument("--bin", default=str(ROOT / "target" / "release" / "vnextract"))
    ap.add_argument("--show", action="store_true", help="print every pair that is not right")
    a = ap.parse_args()
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(a.dir).glob("*.gold.json"))]
    golds = [g for g in golds if "numbers" in g]
    texts = articles(golds)
    docs = "".join(json.dumps({"id": g["id"], "text": texts[g["id"]]}, ensure_ascii=False) + "\n" for g in golds)
    p = subprocess.run([a.bin, "extract", "-", "--quiet"], input=docs, capture_output=True, text=True)
    if p.returncode not in (0, 2):
        sys.exit(p.stderr)
    recs = {r["id"]: r for r in map(json.loads, p.stdout.splitlines())}
    pairs = filled = right = trend_pred = trend_ok = trend_gold = trend_found = 0
    for g in golds:
        rec = recs[g["id"]]
        text, at = rec["text"], 0
        for item in g["numbers"]:
            s = text.find(item["text"], at)
            if s < 0:
                continue
            at = s + 1
            if item.get("optional"):
                continue
            e = s + len(item["text"])
            pred = next((n for n in rec["numbers"] if n["span"][0] < e and s < n["span"][1]), None)
            if pred is None:
                continue
            pairs += 1
            gs, gh = item.get("subject"), item.get("head")
            ps = pred.get("subject")
            ok = None
            if ps:
                filled += 1
                ok = gs is not None and (gh or gs).lower() in ps.lower() and ps.lower() in gs.lower()
                right += ok
            gt, pt = item.get("trend"), pred.get("trend")
            trend_pred += pt is not None
            trend_ok += pt is not None and pt == gt
            trend_gold += gt is not None
            trend_found += gt is not None and pt == gt
            if a.show and (ok is False or (ps is None and gs) or pt != gt):
                print(f"{g['id']}: {pred['text']!r}: got {ps!r} {pt}, gold {gs!r} (head {gh!r}) {gt}")
    print(f"numbers paired with gold: {pairs}")
    print(f"subject filled: {filled}/{pairs} = {filled / max(pairs, 1):.3f}")
    print(f"subject right where filled: {right}/{filled} = {right / max(filled, 1):.3f}")
    print(f"trend: {trend_ok}/{trend_pred} extracted trends right; {trend_found}/{trend_gold} gold trends found")


if __name__ == "__main__":
    main()
