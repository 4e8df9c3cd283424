"""The ``enclave`` command line.

    enclave sweep SOURCE... [--out DIR] [--config FILE] [beam options]   the Beam pipeline
    enclave classify PATH... [--format jsonl|table]                     in-process, no Beam

Exit codes: 0 done, 1 failed, 2 bad command line or configuration.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import Sequence

from pipeline.errors import ConfigError, EnclaveError

LOG = logging.getLogger("enclave")

SWEEP_EPILOG = """\
examples:
  enclave sweep sample_corpus
      sweep a folder on this machine (Beam DirectRunner), results in ./enclave-out
  enclave sweep /srv/share/eng file:///mnt/plm --out /var/lib/enclave/run-42
      several sources into one inventory
  enclave sweep /srv/share --config enclave.yaml --direct_num_workers=2 \\
        --direct_running_mode=multi_processing
      any Apache Beam pipeline option passes through (--runner, worker counts ...)

outputs (in --out):
  inventory.parquet   one row per item and archive member: uri, size, sha256, mime type,
                      jurisdiction, category, confidence, review_required, reason codes,
                      rules/model/taxonomy versions, error code. No document text.
  decisions.jsonl     the same decisions with their reasons, one JSON object per line

An item that cannot be read (corrupt, encrypted, empty, misnamed) is never skipped: it gets
jurisdiction UNDETERMINED, an error code, and review_required = true.
"""

CLASSIFY_EPILOG = """\
examples:
  enclave classify drawing.dxf spec.docx
  enclave classify sample_corpus --format table
  enclave classify /srv/share/eng | jq 'select(.jurisdiction == "ITAR")'

jsonl output (one object per item; archive members as container!/member):
  {"uri", "jurisdiction": ITAR|EAR|UNCONTROLLED|UNDETERMINED, "category", "confidence",
   "review_required", "reasons": [{"code", "detector", "jurisdiction", "category", "location"}],
   "error": null | {"code", "message"}, ...}
It carries no excerpt of document text.
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="enclave",
        description="Find export-controlled technical data (ITAR / EAR) in file repositories, "
                    "say what controls it and why.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    sweep = sub.add_parser(
        "sweep", help="run the Beam pipeline over sources and write an inventory",
        description="Sweep sources with the Apache Beam pipeline: discover, extract, detect, "
                    "decide, record. Unknown options are passed to Beam.",
        epilog=SWEEP_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    sweep.add_argument("sources", nargs="+", metavar="SOURCE",
                       help="a folder, a file, or a file:// URI")
    sweep.add_argument("--out", default="enclave-out", metavar="DIR",
                       help="output folder (created; default: %(default)s)")
    sweep.add_argument("--config", metavar="FILE", help="enclave.yaml with thresholds and limits")
    sweep.add_argument("--no-progress", action="store_true",
                       help="no progress bar even on a terminal")

    classify = sub.add_parser(
        "classify", help="classify files and folders in this process, without Beam",
        description="Classify files and folders (recursively) with the same decision code as "
                    "the pipeline, and print one result per item.",
        epilog=CLASSIFY_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    classify.add_argument("paths", nargs="+", metavar="PATH")
    classify.add_argument("--format", choices=("jsonl", "table"), default="jsonl",
                          help="output format (default: %(default)s)")
    classify.add_argument("--config", metavar="FILE", help="enclave.yaml with thresholds and limits")
    return parser


def _quiet_logging(verbose: bool) -> None:
    """Enclave's own warnings always; third-party chatter (Beam, Presidio) only with -v."""
    logging.basicConfig(level=logging.INFO if verbose else logging.ERROR,
                        format="%(levelname)s %(name)s: %(message)s")
    LOG.setLevel(logging.INFO if verbose else logging.WARNING)


def _summary_table(rows: list[dict]) -> str:
    from collections import Counter

    top = [r for r in rows if not r["is_member"]]
    lines = [f"{'jurisdiction':<14}{'items':>7}{'members':>9}{'review':>8}"]
    for j in ("ITAR", "EAR", "UNCONTROLLED", "UNDETERMINED"):
        n = sum(1 for r in top if r["jurisdiction"] == j)
        m = sum(1 for r in rows if r["is_member"] and r["jurisdiction"] == j)
        rv = sum(1 for r in rows if r["jurisdiction"] == j and r["review_required"])
        lines.append(f"{j:<14}{n:>7}{m:>9}{rv:>8}")
    lines.append(f"{'total':<14}{len(top):>7}{len(rows) - len(top):>9}"
                 f"{sum(1 for r in rows if r['review_required']):>8}")
    cats = Counter(r["category"] for r in rows if r["category"])
    if cats:
        lines.append("categories: " + ", ".join(f"{c} ×{n}" for c, n in sorted(cats.items())))
    errors = Counter(r["error_code"] for r in rows if r["error_code"])
    if errors:
        lines.append("errors: " + ", ".join(f"{c} ×{n}" for c, n in sorted(errors.items())))
    return "\n".join(lines)


def _watch_progress(path: Path, total: int | None, done: threading.Event) -> None:
    from tqdm import tqdm

    with tqdm(total=total, unit="item", desc="sweep", file=sys.stderr, dynamic_ncols=True) as bar:
        seen = 0
        while not done.wait(0.25):
            now = path.stat().st_size if path.exists() else 0
            bar.update(now - seen)
            seen = now
        now = path.stat().st_size if path.exists() else 0
        bar.update(now - seen)


def cmd_sweep(args: argparse.Namespace, beam_args: list[str]) -> int:
    import apache_beam as beam
    import pyarrow.parquet as pq
    from apache_beam.options.pipeline_options import PipelineOptions

    from pipeline.config import load_config
    from pipeline.engine import current_versions
    from pipeline.sources import open_source
    from pipeline.transforms import build_sweep

    config = load_config(args.config)
    sources = [open_source(s) for s in args.sources]          # fail at launch on a bad source
    out = Path(args.out).absolute()
    out.mkdir(parents=True, exist_ok=True)
    if not any(a == "--runner" or a.startswith("--runner=") for a in beam_args):
        beam_args = ["--runner=DirectRunner", *beam_args]
    try:
        options = PipelineOptions(beam_args)
    except BaseException as exc:  # argparse inside Beam exits on unknown values
        raise ConfigError(f"invalid Beam option in {beam_args}: {exc}") from None

    show = sys.stderr.isatty() and not args.no_progress
    progress = out / ".progress"
    progress.unlink(missing_ok=True)
    done = threading.Event()
    watcher = None
    if show:
        total = sum(getattr(s, "count", lambda: 0)() for s in sources) or None
        watcher = threading.Thread(target=_watch_progress, args=(progress, total, done),
                                   daemon=True)
        watcher.start()
    started = time.monotonic()
    try:
        with beam.Pipeline(options=options) as p:
            build_sweep(p, [s.spec for s in sources], str(out), config.extract_limits(),
                        config.policy(), current_versions(),
                        progress_path=str(progress) if show else None)
    finally:
        done.set()
        if watcher is not None:
            watcher.join()
        progress.unlink(missing_ok=True)
    elapsed = time.monotonic() - started

    rows = pq.read_table(out / "inventory.parquet").to_pylist()
    print(_summary_table(rows))
    top = sum(1 for r in rows if not r["is_member"])
    print(f"{top} items and {len(rows) - top} members in {elapsed:.1f} s -> {out}/inventory.parquet, "
          f"{out}/decisions.jsonl")
    return 0


def _table_line(d: dict, base: str) -> str:
    uri = d["uri"][len(base):] if base and d["uri"].startswith(base) else d["uri"]
    codes = ",".join(dict.fromkeys(r["code"] for r in d["reasons"]))
    err = d["error"]["code"] if d["error"] else ""
    review = "review" if d["review_required"] else ""
    return (f"{uri:<52} {d['jurisdiction']:<13} {d['category'] or '-':<12} "
            f"{d['confidence']:>5.2f} {review:<7} {err or codes}")


def cmd_classify(args: argparse.Namespace) -> int:
    from pipeline.config import load_config
    from pipeline.engine import Engine
    from pipeline.sources.local import LocalSource

    config = load_config(args.config)
    sources = [LocalSource(p) for p in args.paths]
    base = sources[0].root.as_uri() + "/" if len(sources) == 1 and sources[0].root.is_dir() else ""
    if args.format == "table":
        print(f"{'item':<52} {'jurisdiction':<13} {'category':<12} {'conf':>5} {'':<7} reasons")
    with Engine(config.extract_limits(), config.policy()) as engine:
        for source in sources:
            for decision in engine.classify_all(source.list()):
                record = decision.to_json()
                if args.format == "jsonl":
                    print(json.dumps(record, ensure_ascii=False), flush=True)
                else:
                    print(_table_line(record, base), flush=True)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args, extra = parser.parse_known_args(argv)
    _quiet_logging(args.verbose)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")   # tesseract: one thread is ~7x faster here
    try:
        if args.command == "sweep":
            return cmd_sweep(args, extra)
        if extra:
            parser.error(f"unrecognized arguments: {' '.join(extra)}")
        return cmd_classify(args)
    except EnclaveError as exc:
        print(f"enclave: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("enclave: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
