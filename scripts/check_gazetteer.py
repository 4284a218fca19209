#!/usr/bin/env python3
"""Checks the organisation gazetteer table (src/lexicon/gazetteer/orgs.tsv).

Checks: UTF-8 and NFC; `#` comment lines only at the top; exactly 5 tab-separated columns
(name, forms, kind, country, source); no empty name; no leading/trailing spaces in any cell or form;
rows sorted by name in plain code-point order; unique names; forms separated by " | " with no empty
form and no repeat inside a row; no form (or name) in two rows; kind in the allowed set; country empty
or two capital letters; source in the allowed set.

Usage (from the repository root): python3 scripts/check_gazetteer.py [path/to/orgs.tsv]
Exit status 0 when the table is valid, 1 otherwise (each problem is printed).
"""
import re
import sys
import unicodedata

KINDS = {"government", "party", "company", "bank", "education", "health", "media", "international",
         "military", "police", "court", "association", "sport", "other"}
SOURCES = {"cldr", "banks_vn", "openfootball", "archives", "knowledge"}


def check(path):
    errors = []
    names, owner = [], {}
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if unicodedata.normalize("NFC", text) != text:
        errors.append("file is not NFC")
    in_header = True
    for ln, line in enumerate(text.split("\n"), 1):
        if line == "" and ln == len(text.split("\n")):
            continue  # final newline
        if line.startswith("#"):
            if not in_header:
                errors.append(f"{ln}: comment after the header")
            continue
        in_header = False
        cols = line.split("\t")
        if len(cols) != 5:
            errors.append(f"{ln}: {len(cols)} columns, expected 5")
            continue
        name, forms, kind, country, source = cols
        for c in cols:
            if c != c.strip():
                errors.append(f"{ln}: leading or trailing space in {c!r}")
        if not name:
            errors.append(f"{ln}: empty name")
        if kind not in KINDS:
            errors.append(f"{ln}: kind {kind!r} not allowed")
        if country and not re.fullmatch(r"[A-Z]{2}", country):
            errors.append(f"{ln}: country {country!r} is not an alpha-2 code")
        if source not in SOURCES:
            errors.append(f"{ln}: source {source!r} not allowed")
        fl = forms.split(" | ") if forms else []
        seen = {name}
        for fo in fl:
            if not fo or fo != fo.strip():
                errors.append(f"{ln}: empty form or form with spaces around it in {forms!r}")
            if fo in seen:
                errors.append(f"{ln}: form {fo!r} repeated in the row (or equal to the name)")
            seen.add(fo)
        for fo in seen:
            if fo in owner and owner[fo] != name:
                errors.append(f"{ln}: {fo!r} is in two rows: {owner[fo]!r} and {name!r}")
            owner.setdefault(fo, name)
        names.append((ln, name))
    for (l1, a), (l2, b) in zip(names, names[1:]):
        if a == b:
            errors.append(f"{l2}: duplicate name {b!r}")
        elif a > b:
            errors.append(f"{l2}: not sorted: {a!r} before {b!r}")
    return errors, len(names)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "src/lexicon/gazetteer/orgs.tsv"
    errors, n = check(path)
    for e in errors:
        print(e)
    print(f"{path}: {n} rows, {len(errors)} problems")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
