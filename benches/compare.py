#!/usr/bin/env python3
"""Throughput of two builds side by side, on the same machine in the same run.

Runs the release binary of this checkout and of another commit (built into its own target directory from a
git worktree, so the two never share build artefacts) on the first N articles of the baomoi archive, with
`--jobs 1` and `--jobs 2`, alternating the builds run after run so that a drifting machine affects both
alike. Prints MB/s (of the decompressed input) and peak RSS, medians over the runs, and the ratio of this
build to the other. The output of both builds is kept so it can be compared (`cmp`).

    python3 benches/compare.py                      # against c2fb1c5, 8,000 articles, 5 runs
    python3 benches/compare.py --base HEAD~3 --articles 35396 --runs 3

Needs ../shared/data/news/baomoi-2017.jsonl.gz and /usr/bin/time (GNU time).
"""
import argparse
import gzip
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE = ROOT.parent / "shared" / "data" / "news" / "baomoi-2017.jsonl.gz"


def build(repo: Path, target: Path, keep: Path) -> Path:
    """Builds `repo` and copies the binary to `keep`, so a rebuild during the benchmark changes nothing."""
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=repo, check=True,
                   env={**os.environ, "CARGO_TARGET_DIR": str(target)})
    shutil.copy2(target / "release" / "vnextract", keep)
    return keep


def base_build(rev: str, work: Path) -> Path:
    tree = work / "base-tree"
    if not tree.exists():
        subprocess.run(["git", "worktree", "add", "--detach", str(tree), rev], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return build(tree, work / "base-target", work / "vnextract-base")


def run(binary: Path, data: Path, jobs: int, out: Path):
    """Seconds and peak RSS (MB) of one run."""
    cmd = ["/usr/bin/time", "-v", str(binary), "extract", str(data), "--quiet", "--jobs", str(jobs),
           "-o", str(out)]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode not in (0, 2):
        sys.exit(f"{binary} failed ({p.returncode}): {p.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", p.stderr).group(1)
    parts = [float(x) for x in wall.split(":")]
    secs = sum(x * 60 ** i for i, x in enumerate(reversed(parts)))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1)) / 1024
    return secs, rss


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", default="c2fb1c5", help="the commit to compare with (default c2fb1c5)")
    ap.add_argument("--articles", type=int, default=8000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--archive", default=str(ARCHIVE), help="the baomoi archive (default ../shared/data/news/…)")
    ap.add_argument("--work", default=None, help="folder for the base build and outputs (default: a temp dir)")
    a = ap.parse_args()
    archive = Path(a.archive)
    if not archive.exists():
        sys.exit(f"{archive} is missing: this benchmark reads the baomoi archive from ../shared")
    work = Path(a.work or tempfile.mkdtemp(prefix="vnextract-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    data = work / f"baomoi-{a.articles}.jsonl"
    with gzip.open(archive, "rt", encoding="utf-8") as src, open(data, "w", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            if i >= a.articles:
                break
            dst.write(line)
    mb = data.stat().st_size / 1e6
    builds = {"this": build(ROOT, ROOT / "target", work / "vnextract-this"), a.base: base_build(a.base, work)}
    results = {(name, jobs): [] for name in builds for jobs in (1, 2)}
    for r in range(a.runs):
        for jobs in (1, 2):
            order = list(builds.items()) if r % 2 == 0 else list(reversed(builds.items()))
            for name, binary in order:
                results[(name, jobs)].append(run(binary, data, jobs, work / f"out-{name}-{jobs}.jsonl"))
    print(f"{a.articles} baomoi articles, {mb:.1f} MB, {a.runs} runs each, medians")
    print(f"{'build':<10} {'jobs':>4} {'seconds':>8} {'MB/s':>8} {'peak RSS MB':>12}")
    speed = {}
    for (name, jobs), rs in results.items():
        secs = statistics.median(s for s, _ in rs)
        rss = statistics.median(m for _, m in rs)
        speed[(name, jobs)] = mb / secs
        print(f"{name:<10} {jobs:>4} {secs:>8.2f} {mb / secs:>8.1f} {rss:>12.0f}")
    for jobs in (1, 2):
        print(f"--jobs {jobs}: this / {a.base} = {speed[('this', jobs)] / speed[(a.base, jobs)]:.3f}")
    print(f"this build, 2 threads / 1 thread = {speed[('this', 2)] / speed[('this', 1)]:.2f}")
    same = (work / "out-this-1.jsonl").read_bytes() == (work / f"out-{a.base}-1.jsonl").read_bytes()
    print(f"outputs {'identical' if same else 'differ'} (kept in {work})")


if __name__ == "__main__":
    main()
