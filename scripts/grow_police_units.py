#!/usr/bin/env python3
"""Candidates for src/lexicon/police_units.tsv: what a police unit does, written after its head.

Lists, by frequency over the news archives in ../shared/data/news, the lower-case words (up to ten, with
the commas, "và" and " - " between them) that follow "Cục Cảnh sát", "Phòng Cảnh sát" or "Đội Cảnh sát"
("hình sự", "điều tra tội phạm về ma túy", "giao thông đường bộ - đường sắt"). The run goes on past the
unit's name into the sentence ("hình sự phối hợp với …"): every row is cut and read by eye before it goes
into the lexicon; the script proposes, it never writes the lexicon.

    python3 scripts/grow_police_units.py --top 150 > /tmp/police-unit-candidates.tsv
"""
import argparse, collections, gzip, json, re
from pathlib import Path

NEWS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "news"
LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
AFTER_HEAD = re.compile(rf"(?:[Cc]ục|[Pp]hòng|[Đđ]ội) Cảnh sát ((?:[{LOWER}]+,? (?:và |- )?){{1,10}})")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--top", type=int, default=150)
    ap.add_argument("--archives", default="dantri-2019-2021,baomoi-2017,vims-2017,vietnews-sample")
    a = ap.parse_args()
    seen = collections.Counter()
    for name in a.archives.split(","):
        with gzip.open(NEWS / f"{name}.jsonl.gz", "rt", encoding="utf-8") as f:
            for line in f:
                for m in AFTER_HEAD.finditer(json.loads(line)["text"]):
                    seen[m.group(1).strip().rstrip(",-").strip()] += 1
    print("count\tphrase")
    for phrase, n in seen.most_common(a.top):
        print(f"{n}\t{phrase}")


if __name__ == "__main__":
    main()
