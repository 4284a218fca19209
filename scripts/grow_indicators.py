#!/usr/bin/env python3
"""Candidates for src/lexicon/indicators.tsv: the nouns that name what a number measures.

Lists, by frequency over the news archives in ../shared/data/news, the first one to three words of a clause
(from a sentence start, comma or colon, at most eight words) that ends in a predicate (tăng, giảm, đạt, là, ở
mức, lên, xuống, chiếm, còn) followed by a number ("Doanh thu năm 2020 đạt 500 tỷ", "GDP quý I tăng 6,8%",
"giá xăng giảm 300 đồng"); beside each, how often the phrase stands right before a number ("lợi nhuận 50
tỷ", "lãi suất 7%"). Every row is read by eye before it goes into the lexicon: the script
proposes, it never writes the lexicon.

    python3 scripts/grow_indicators.py --top 400 > /tmp/indicator-candidates.tsv
"""
import argparse, collections, gzip, json, re
from pathlib import Path

NEWS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "news"
PRED = r"(?:tăng|giảm|đạt|là|ở mức|lên|xuống|chiếm|còn|tăng lên|giảm xuống|tăng thêm|giảm còn|lên tới|lên đến)"
WORD = r"[^\W\d_][^\W_]*"
NUM = r"(?:khoảng |gần |hơn |trên |dưới )?\d"
BEFORE_PRED = re.compile(rf"(?:^|[.,;:!?\n] *)((?:{WORD} ){{0,7}}?{WORD}) {PRED} {NUM}")
BEFORE_NUM = re.compile(rf"((?:{WORD} ){{0,2}}{WORD}) {NUM}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--top", type=int, default=300)
    ap.add_argument("--archives", default="dantri-2019-2021,baomoi-2017")
    a = ap.parse_args()
    pred, near = collections.Counter(), collections.Counter()
    for name in a.archives.split(","):
        with gzip.open(NEWS / f"{name}.jsonl.gz", "rt", encoding="utf-8") as f:
            for line in f:
                text = json.loads(line)["text"]
                for m in BEFORE_PRED.finditer(text):
                    words = m.group(1).lower().split()
                    for k in range(1, min(3, len(words)) + 1):
                        pred[" ".join(words[:k])] += 1
                for m in BEFORE_NUM.finditer(text):
                    words = m.group(1).lower().split()
                    for k in range(1, len(words) + 1):
                        near[" ".join(words[-k:])] += 1
    print("phrase\tbefore a predicate\tbefore a number")
    for p, n in pred.most_common(a.top):
        print(f"{p}\t{n}\t{near[p]}")


if __name__ == "__main__":
    main()
