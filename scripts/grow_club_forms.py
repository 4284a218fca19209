#!/usr/bin/env python3
"""Candidates for src/lexicon/club_forms.tsv: club names that are also places or common words, read as a
club only in an article about sport.

The gazetteer (`gazetteer/orgs.tsv`) leaves out club forms that are ambiguous in running text ("Monaco",
"Bordeaux", "Sevilla", "Hải Phòng"). This script lists the names and other names of the football clubs in
../shared/data/gazetteers/clubs.tsv (openfootball, CC0) that are not already gazetteer forms, and counts how
often each stands as a whole capitalised word in the sport articles of the news archives in
../shared/data/news (an article with at least three distinct words of football), with an example. Every
row is read by eye before it goes into the lexicon, cut to the clubs that news names that way; the script
proposes, it never writes the lexicon.

    python3 scripts/grow_club_forms.py --min 3 > /tmp/club-form-candidates.tsv
"""
import argparse, collections, csv, gzip, json, re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
SPORT_WORDS = ["trận", "vòng", "HLV", "cầu thủ", "bàn thắng", "ghi bàn", "tiền đạo", "thủ môn", "đội bóng",
               "Ngoại hạng", "La Liga", "Serie A", "Bundesliga", "Champions League", "V-League", "Ligue 1",
               "hiệp 1", "hiệp 2", "sân nhà", "đội khách"]


def gazetteer_forms():
    forms = set()
    for line in open(ROOT / "src" / "lexicon" / "gazetteer" / "orgs.tsv", encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        forms.add(cols[0])
        forms.update(f for f in cols[1].split(" | ") if f)
    return forms


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--min", type=int, default=3)
    ap.add_argument("--archives", default="baomoi-2017,dantri-2019-2021,vims-2017,vietnews-sample")
    a = ap.parse_args()
    known = gazetteer_forms()
    club_of = {}
    with open(SHARED / "gazetteers" / "clubs.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            for form in [row["name"]] + [x for x in row["alt_names"].split(" | ") if x]:
                if form not in known and len(form) >= 4 and form not in club_of:
                    club_of[form] = (row["name"], row["country_code"])
    pattern = re.compile(r"(?<![\w])(" + "|".join(sorted(map(re.escape, club_of), key=len, reverse=True)) + r")(?![\w])")
    seen, example = collections.Counter(), {}
    for name in a.archives.split(","):
        with gzip.open(SHARED / "news" / f"{name}.jsonl.gz", "rt", encoding="utf-8") as f:
            for line in f:
                text = json.loads(line)["text"]
                if sum(w in text for w in SPORT_WORDS) < 3:
                    continue
                for m in pattern.finditer(text):
                    seen[m.group(1)] += 1
                    example.setdefault(m.group(1), text[max(0, m.start() - 50):m.end() + 30].replace("\n", " "))
    print("count\tform\tclub\tcountry\texample")
    for form, n in seen.most_common():
        if n >= a.min:
            club, cc = club_of[form]
            print(f"{n}\t{form}\t{club}\t{cc}\t{example[form]}")


if __name__ == "__main__":
    main()
