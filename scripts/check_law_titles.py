#!/usr/bin/env python3
"""Validate src/lexicon/law_titles.tsv (the gazetteer of law titles; see src/lexicon/LAW_TITLES.md).

Checks, each reported with its line number:
  * the file is UTF-8 and NFC, ends with a newline, has no CR, no trailing spaces, no empty lines;
  * the header is `#` comment lines, the last naming the six columns
    key, type, canonical, variants, numbers, source;
  * every data row has exactly 6 tab-separated fields, none with leading/trailing spaces;
  * key is non-empty, lower case, single-spaced, and unique; rows are sorted by key in plain
    code-point order (Python str order, the order `sort` gives with LC_ALL=C);
  * type is one of Luật | Bộ luật | Hiến pháp | Pháp lệnh;
  * canonical starts with the type word followed by a space, and lower-cased, after the type word,
    equals the key;
  * variants (` | `-separated) are lower case, non-empty, unique within the file, different from
    their own key and from every row's key;
  * numbers (` | `-separated) look like document numbers carrying a year or a legislature
    ("45/2013/QH13", "06/2003/PL-UBTVQH11", "21-LCT/HĐNN8", "18-L/CTN") and are unique in the row;
  * source is one of laws-file | archives | knowledge.

Exit status 0 when valid, 1 otherwise.  Usage: python3 scripts/check_law_titles.py [path]
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "src" / "lexicon" / "law_titles.tsv"
COLUMNS = ["key", "type", "canonical", "variants", "numbers", "source"]
TYPES = {"Luật", "Bộ luật", "Hiến pháp", "Pháp lệnh"}
SOURCES = {"laws-file", "archives", "knowledge"}
NUMBER = re.compile(r"^\d+(?:/\d{4}/(?:QH\d+|PL-UBTVQH\d+|UBTVQH\d+)|-(?:LCT/HĐNN\d+|L/CTN|SL/L\.\d+))$")
SEP = " | "


def main(argv):
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    errors = []

    def err(n, msg):
        errors.append(f"{path.name}:{n}: {msg}")

    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"{path}: not UTF-8: {e}")
        return 1
    if unicodedata.normalize("NFC", text) != text:
        for n, line in enumerate(text.split("\n"), 1):
            if unicodedata.normalize("NFC", line) != line:
                err(n, "not NFC")
    if "\r" in text:
        err(0, "contains CR characters")
    if not text.endswith("\n"):
        err(0, "no final newline")
    lines = text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")

    header_done = False
    last_header = None
    keys = {}
    variants = {}
    prev_key = None
    rows = []
    for n, line in enumerate(lines, 1):
        if line != line.rstrip(" \t"):
            err(n, "trailing whitespace")
        if not line.strip():
            err(n, "empty line")
            continue
        if line.startswith("#"):
            if header_done:
                err(n, "comment line after data rows")
            last_header = line
            continue
        header_done = True
        f = line.split("\t")
        if len(f) != len(COLUMNS):
            err(n, f"{len(f)} fields, expected {len(COLUMNS)}")
            continue
        for name, v in zip(COLUMNS, f):
            if v != v.strip():
                err(n, f"{name}: leading/trailing space")
        key, typ, canon, var, nums, src = f
        rows.append((n, key, var))
        if not key:
            err(n, "empty key")
        if key != key.lower():
            err(n, f"key not lower case: {key!r}")
        if "  " in key:
            err(n, "double space in key")
        if key in keys:
            err(n, f"duplicate key {key!r} (first on line {keys[key]})")
        keys.setdefault(key, n)
        if prev_key is not None and key < prev_key:
            err(n, f"not sorted: {key!r} after {prev_key!r}")
        prev_key = key
        if typ not in TYPES:
            err(n, f"type {typ!r} not in {sorted(TYPES)}")
        elif not canon.startswith(typ + " "):
            err(n, f"canonical {canon!r} does not start with type {typ!r}")
        elif canon[len(typ) + 1:].lower() != key:
            err(n, f"canonical {canon!r} does not lower-case to type + key")
        if src not in SOURCES:
            err(n, f"source {src!r} not in {sorted(SOURCES)}")
        if nums:
            ns = nums.split(SEP)
            if len(set(ns)) != len(ns):
                err(n, "repeated number")
            for x in ns:
                if not NUMBER.match(x):
                    err(n, f"number {x!r} does not look like a law number")
        if var:
            vs = var.split(SEP)
            if len(set(vs)) != len(vs):
                err(n, "repeated variant")
            for v in vs:
                if not v or v != v.strip() or "  " in v:
                    err(n, f"bad variant {v!r}")
                if v != v.lower():
                    err(n, f"variant not lower case: {v!r}")
                if v == key:
                    err(n, f"variant equals own key {v!r}")
                if v in variants and variants[v][0] != n:
                    err(n, f"variant {v!r} also a variant on line {variants[v][0]}")
                variants.setdefault(v, (n, key))
    if last_header is None or last_header.lstrip("# ").split("\t") != COLUMNS:
        err(0, "last header line must name the columns: # " + "\t".join(COLUMNS))
    for v, (n, key) in variants.items():
        if v in keys:
            err(n, f"variant {v!r} of {key!r} is the key of line {keys[v]}")

    for e in errors:
        print(e)
    print(f"{path}: {len(rows)} rows, {len(variants)} variants, {len(errors)} problems", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
