"""Throughput of in-process classification, beside its baselines, in one run.

    .venv/bin/python bench/bench_classify.py [FOLDER] [--repeat N]

Measures, on the same items and in the same process:
  raw read    reading every file's bytes (the floor)
  extract     Apache Tika / ezdxf extraction alone (the engine already warm)
  classify    extract + detect + decide, as ``enclave classify`` does
and reports items/s, MB/s and the ratio classify / extract (how much classification and
bookkeeping cost on top of extraction). Engine start-up (JVM, Presidio) is reported apart.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from pipeline.engine import Engine  # noqa: E402
from pipeline.sources.local import LocalSource  # noqa: E402


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", default="sample_corpus")
    parser.add_argument("--repeat", type=int, default=3, help="passes per measurement (best kept)")
    args = parser.parse_args()

    items = list(LocalSource(args.folder).list())
    total_bytes = sum(i.size for i in items)

    def raw_read() -> None:
        for i in items:
            with open(i.path, "rb") as f:
                while f.read(1 << 20):
                    pass

    start = time.perf_counter()
    engine = Engine()
    engine.classify(items[0])                       # warm the JVM and the analyzer
    startup = time.perf_counter() - start
    try:
        results = {}
        for name, fn in (("raw_read", raw_read),
                         ("extract", lambda: [engine.extractor.extract(i) for i in items]),
                         ("classify", lambda: [engine.classify(i) for i in items])):
            best = min(_timed(fn) for _ in range(args.repeat))
            results[name] = {"seconds": round(best, 4),
                             "items_per_s": round(len(items) / best, 2),
                             "mb_per_s": round(total_bytes / best / 1e6, 3)}
    finally:
        engine.close()
    report = {"folder": args.folder, "items": len(items), "bytes": total_bytes,
              "startup_s": round(startup, 2), "results": results,
              "classify_vs_extract": round(results["extract"]["seconds"]
                                           / results["classify"]["seconds"], 3)}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
