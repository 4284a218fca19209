"""End-to-end test of the Spark example: run job.py in local[2] over real articles, then check with
DuckDB that every input id comes out exactly once and that organisation counts match the binary's own
JSON Lines output. Run by .ci/run; exits 0 with a NOTICE when pyspark, duckdb or ../shared is absent."""

import gzip
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
BINARY = os.path.join(ROOT, "target", "release", "vnextract")
DATA = os.path.join(ROOT, "..", "shared", "data", "news", "dantri-2019-2021.jsonl.gz")
N = 2000


def notice(msg):
    print(f"NOTICE: {msg}; skipping the Spark test")
    print("spark: 0 passed, 0 failed, 1 skipped")
    sys.exit(0)


def main():
    try:
        import duckdb  # noqa: F401
        import pyspark  # noqa: F401
    except ImportError as e:
        notice(f"{e}")
    if not os.path.exists(DATA):
        notice(f"{DATA} is absent")
    if not os.path.exists(BINARY):
        sys.exit(f"build the binary first: {BINARY}")
    import duckdb

    tmp = tempfile.mkdtemp(prefix="vnextract-spark-")
    # Several mid-sized shards (gzip does not split: one task per file).
    ids = []
    shards = [open(os.path.join(tmp, f"part-{i}.jsonl"), "w", encoding="utf-8") for i in range(4)]
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= N:
                break
            ids.append(json.loads(line)["id"])
            shards[i % 4].write(line)
    for s in shards:
        s.close()
    out = os.path.join(tmp, "parquet")
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    submit = os.path.join(os.path.dirname(__import__("pyspark").__file__), "bin", "spark-submit")
    cmd = [
        submit, "--master", "local[2]", "--conf", "spark.task.cpus=1", "--conf", "spark.ui.enabled=false",
        "--files", BINARY, os.path.join(HERE, "job.py"), os.path.join(tmp, "part-*.jsonl"), out,
    ]
    r = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if r.returncode != 0:
        print(r.stdout[-3000:], r.stderr[-6000:])
        print("spark: 0 passed, 1 failed")
        sys.exit(1)

    failed = 0
    con = duckdb.connect()
    got = con.execute(f"select id, count(*) from read_parquet('{out}/*.parquet') group by id").fetchall()
    counts = dict(got)
    if sorted(counts) != sorted(ids) or any(c != 1 for c in counts.values()):
        missing = set(ids) - set(counts)
        print(f"FAIL: ids differ: {len(counts)} out, {len(ids)} in, missing {list(missing)[:5]}")
        failed += 1

    # The same organisation counts as the binary's own JSON Lines output.
    jsonl = os.path.join(tmp, "direct.jsonl")
    subprocess.run([BINARY, "extract", *sorted(os.path.join(tmp, f"part-{i}.jsonl") for i in range(4)),
                    "-o", jsonl, "--quiet"], check=False)
    want = {}
    with open(jsonl, encoding="utf-8") as f:
        for line in f:
            for o in json.loads(line)["organisations"]:
                want[o["name"]] = want.get(o["name"], 0) + 1
    rows = con.execute(
        f"select o.name, count(*) from (select unnest(organisations) as o from read_parquet('{out}/*.parquet')) "
        "group by o.name"
    ).fetchall()
    if dict(rows) != want:
        diff = {k: (dict(rows).get(k), want.get(k)) for k in set(want) | set(dict(rows)) if dict(rows).get(k) != want.get(k)}
        print(f"FAIL: organisation counts differ: {list(diff.items())[:5]}")
        failed += 1
    print(f"spark: {2 - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
