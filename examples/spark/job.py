"""Run vnextract over a JSON Lines archive with Spark and write the records as Parquet.

The binary is shipped to the executors with --files and run once per partition as a stdin -> stdout
JSON Lines filter; records come back into a DataFrame with the explicit schema that the binary prints
(`vnextract schema --spark-ddl`), so the columns never depend on type inference.

    spark-submit --master local[2] --conf spark.task.cpus=1 \
        --files target/release/vnextract examples/spark/job.py \
        ../shared/data/news/dantri-2019-2021.jsonl.gz /tmp/vnextract-parquet

Each task runs the binary with RAYON_NUM_THREADS = spark.task.cpus, so executors are not
oversubscribed. A failing binary fails the task (and Spark retries it) instead of silently yielding
nothing. Documents that cannot be processed come back as records with `error` set (exit code 2).
"""

import os
import subprocess
import sys
import threading

from pyspark import SparkFiles
from pyspark.sql import SparkSession

BINARY = "vnextract"


def run_partition(lines, task_cpus):
    """Pipes one partition's lines through the binary, yielding its output lines."""
    exe = SparkFiles.get(BINARY)
    os.chmod(exe, 0o755)
    env = dict(os.environ, RAYON_NUM_THREADS=str(task_cpus))
    proc = subprocess.Popen(
        [exe, "extract", "-", "--quiet"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    failure = []

    def feed():
        try:
            for line in lines:
                proc.stdin.write(line.encode("utf-8") + b"\n")
        except Exception as e:  # noqa: BLE001 - reported below, after the child is reaped
            failure.append(e)
        finally:
            proc.stdin.close()

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    for out in proc.stdout:
        yield out.decode("utf-8")
    writer.join()
    stderr = proc.stderr.read().decode("utf-8", "replace")
    code = proc.wait()
    # 0: all documents processed; 2: some became error records (still in the output).
    if failure or code not in (0, 2):
        raise RuntimeError(f"vnextract exited {code}: {stderr.strip()} {failure}")


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: job.py INPUT.jsonl[.gz] OUTPUT_DIR")
    source, target = argv[1], argv[2]
    spark = SparkSession.builder.appName("vnextract").getOrCreate()
    sc = spark.sparkContext
    task_cpus = int(sc.getConf().get("spark.task.cpus", "1"))
    # The schema comes from the same binary the executors run.
    ddl = subprocess.check_output([SparkFiles.get(BINARY), "schema", "--spark-ddl"], text=True).strip()
    lines = sc.textFile(source).filter(lambda l: l.strip() != "")
    records = lines.mapPartitions(lambda it: run_partition(it, task_cpus))
    df = spark.read.schema(ddl).json(records)
    df.write.mode("overwrite").parquet(target)
    spark.stop()


if __name__ == "__main__":
    main(sys.argv)
