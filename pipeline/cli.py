"""The ``enclave`` command line.

    enclave sweep [SOURCE...] [--mode M] [--out DIR] [--config FILE] [beam options]   the pipeline
    enclave classify PATH... [--format jsonl|table]                     in-process, no Beam
    enclave explain PATH...                                             evidence, excerpts, citations
    enclave evaluate DIR [--labels labels.csv] [--json FILE]            measure against labels
    enclave quarantine list|restore ID                                  quarantined items
    enclave audit verify|show                                           the hash-chained audit log
    enclave queue list|show|decide|export                               the review queue
    enclave users add|list|passwd                                       reviewer accounts
    enclave serve [--host H] [--port P] [--trusted-header NAME ...]     the review web UI
    enclave watch SOURCE [--queue-url URL] [--interval S]               decide changes as they come

Exit codes: 0 done, 1 failed, 2 bad command line or configuration. ``sweep``: 0 nothing
controlled found, 3 controlled items found, 4 items need review (nothing controlled), 75 another
sweep holds the state folder's lock.
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
from pipeline.records import MARKING_KINDS

LOG = logging.getLogger("enclave")

SWEEP_EPILOG = """\
examples:
  enclave sweep sample_corpus
      sweep a folder on this machine (Beam DirectRunner), results in ./enclave-out
  enclave sweep /srv/share/eng file:///mnt/plm --out /var/lib/enclave/run-42
      several sources into one inventory
  enclave sweep gs://eng-drawings/released az://acct/plm/ s3://cad-exports/
      cloud sources; endpoints and credentials come from each SDK's usual environment
      (GOOGLE_APPLICATION_CREDENTIALS / STORAGE_EMULATOR_HOST, AZURE_STORAGE_CONNECTION_STRING,
      AWS_PROFILE / AWS_ENDPOINT_URL ...)
  enclave sweep --config enclave.yaml --mode enforce
      the sources listed in the file; label inside the enclave, quarantine controlled
      items found outside it
  enclave sweep /srv/share --config enclave.yaml --direct_num_workers=2 \\
        --direct_running_mode=multi_processing
      any Apache Beam pipeline option passes through (--runner, worker counts ...)

sources: /path or file:///path, gs://bucket/prefix, az://account/container/prefix,
  s3://bucket/prefix, git+file:///repo (add ?history=all for every blob ever committed),
  graph://drives/DRIVE-ID/root (SharePoint / OneDrive)

modes: report (default: change nothing), label (write sensitivity labels where policy allows),
  enforce (label, and quarantine controlled items from sources marked `inside: false`)

outputs (in --out):
  inventory.parquet   one row per item and archive member: uri, size, sha256, mime type,
                      jurisdiction, category, confidence, review_required, reason codes,
                      rules/model/taxonomy versions, error code. No document text.
  decisions.jsonl     the same decisions with their reasons, one JSON object per line
  findings.jsonl      sources declared inside the enclave whose storage says otherwise
                      (non-U.S. region, public access, no customer-managed key)
  actions.jsonl       what was done to each item: label / quarantine, done / unchanged / review /
                      would-quarantine / failed (every action is also in the audit log)

  deletions.jsonl     items of these sources the last sweep saw that are gone now
  report.html         counts by jurisdiction, source and category (charts), items needing
                      review, errors by code, throughput; no document text

An item that cannot be read (corrupt, encrypted, empty, misnamed) is never skipped: it gets
jurisdiction UNDETERMINED, an error code, and review_required = true.

incremental: the state folder's state.db remembers each item's version and decision. The next
  sweep reads only new and changed items; unchanged ones are carried over (inventory column
  processing = carried_over), and after a model or threshold change they are re-decided from
  their stored evidence without being read. --full reads everything again.

exit codes (for cron and systemd timers; over the whole inventory, carried-over items too):
  0   nothing controlled found, nothing needs review
  3   controlled items found (ITAR, or EAR other than EAR99)
  4   items need review, nothing controlled found
  1   failed        2   bad command line or configuration
  75  another sweep is running with the same state folder (sweep.lock): try later
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
    sweep.add_argument("sources", nargs="*", metavar="SOURCE",
                       help="a folder, file, or URI (default: the sources in --config)")
    sweep.add_argument("--mode", choices=("report", "label", "enforce"),
                       help="override the configuration's mode (default there: report)")
    sweep.add_argument("--state", metavar="DIR",
                       help="state folder: sweep state (state.db: what was seen at which version, "
                            "what was decided), action journal, audit log, sweep.lock (default: "
                            "the configuration's state_dir, else ~/.local/state/enclave)")
    sweep.add_argument("--full", action="store_true",
                       help="read and decide every item again, even those unchanged since the "
                            "last sweep (default: incremental)")
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

    explain = sub.add_parser(
        "explain", help="show each decision with its evidence, excerpts and citations",
        description="Classify files and print, for every item, the decision and each piece of "
                    "evidence: detector, reason code, where it is, the regulation paragraph it "
                    "points to, its weight, and a short excerpt. Excerpts are document text: "
                    "run this inside the enclave only.",
        epilog="example:\n  enclave explain sample_corpus/office/T9_canopy_frame_parts_list.xlsx",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    explain.add_argument("paths", nargs="+", metavar="PATH")
    explain.add_argument("--config", metavar="FILE", help="enclave.yaml with thresholds and limits")
    explain.add_argument("--all-evidence", action="store_true",
                         help="also list model scores and evidence for other jurisdictions")

    evaluate = sub.add_parser(
        "evaluate", help="score decisions on a labelled folder (precision, recall, calibration)",
        description="Classify every labelled file under DIR and compare with the labels: "
                    "per-class precision/recall/F1, confusion matrix, USML category and ECCN "
                    "exact and top-3 accuracy, marked vs unmarked, hard negatives, expected "
                    "calibration error, items/s; and fail-safe: marked and controlled items "
                    "decided UNCONTROLLED without review, uncontrolled items called ITAR/EAR, "
                    "the review rate, the accuracy of confident (>= 0.9) unreviewed decisions "
                    "and a reliability table (confidence bin -> accuracy) under the review "
                    "policy of --config.",
        epilog="labels.csv columns: path,jurisdiction,category,marked,kind (paths relative to "
               "DIR; archive members as container!/member)\n\nexamples:\n"
               "  enclave evaluate models/corpus/test --json out/test-metrics.json\n"
               "  enclave evaluate models/corpus/marked_test --config compliance.yaml",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    evaluate.add_argument("folder", metavar="DIR")
    evaluate.add_argument("--labels", action="append", metavar="CSV",
                          help="label file(s) (default: every labels.csv under DIR)")
    evaluate.add_argument("--json", metavar="FILE", help="also write the metrics as JSON")
    evaluate.add_argument("--config", metavar="FILE",
                          help="enclave.yaml with the review policy and limits")

    quarantine = sub.add_parser(
        "quarantine", help="list quarantined items, or put one back",
        description="Items moved out of sources outside the enclave, from the action journal.",
        epilog="examples:\n  enclave quarantine list\n  enclave quarantine restore q-3f9a1c2b7d4e "
               "--config enclave.yaml", formatter_class=argparse.RawDescriptionHelpFormatter)
    quarantine.add_argument("what", choices=("list", "restore"))
    quarantine.add_argument("id", nargs="?", help="the quarantine id (restore)")
    quarantine.add_argument("--config", metavar="FILE")
    quarantine.add_argument("--state", metavar="DIR")
    quarantine.add_argument("--json", action="store_true", help="one JSON object per line")

    audit = sub.add_parser(
        "audit", help="verify or show the hash-chained audit log",
        description="Every label, quarantine and restore is appended to audit.jsonl in the state "
                    "folder, each entry chained to the previous one by its sha256. `verify` "
                    "finds the first entry that was edited, removed or reordered.")
    audit.add_argument("what", choices=("verify", "show"))
    audit.add_argument("--config", metavar="FILE")
    audit.add_argument("--state", metavar="DIR")

    watch = sub.add_parser(
        "watch", help="decide new and changed items as they appear (streaming)",
        description="Watch one source and decide each new or changed item within seconds, with "
                    "the same stage functions as a sweep (extract, detect, decide, recall, "
                    "enforce, queue), in this process. A local folder is polled; Azure Blob "
                    "events come from a storage queue fed by Event Grid; other sources have "
                    "their listing polled. Items already decided at their current version (see "
                    "the state store) are not decided again. Stops cleanly on SIGINT / SIGTERM.",
        epilog="examples:\n"
               "  enclave watch /srv/share/eng --out /var/lib/enclave/watch\n"
               "  enclave watch az://acct/drop --queue-url "
               "https://acct.queue.core.windows.net/blob-events\n"
               "  enclave watch gs://partner-drop/ --interval 60 --config enclave.yaml\n\n"
               "outputs (appended, in --out): decisions.jsonl, actions.jsonl",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    watch.add_argument("source", metavar="SOURCE", help="a folder or a source URI")
    watch.add_argument("--config", metavar="FILE")
    watch.add_argument("--state", metavar="DIR", help="state folder (as for sweep)")
    watch.add_argument("--out", default="enclave-watch", metavar="DIR",
                       help="folder for decisions.jsonl / actions.jsonl (default: %(default)s)")
    watch.add_argument("--mode", choices=("report", "label", "enforce"))
    watch.add_argument("--queue-url", metavar="URL",
                       help="Azure Storage queue with Event Grid blob events (a URL, or a queue "
                            "name in the account of AZURE_STORAGE_CONNECTION_STRING)")
    watch.add_argument("--interval", type=float, metavar="S",
                       help="seconds between polls (default: 1, or 30 for a cloud listing)")
    watch.add_argument("--max-events", type=int, metavar="N", help="stop after N events")
    watch.add_argument("--idle-exit", type=float, metavar="S",
                       help="stop after S seconds without an event")

    from review.web.server import add_parser as add_serve_parser

    add_serve_parser(sub)
    from review.cli import add_parsers as add_review_parsers

    add_review_parsers(sub)                 # queue, users
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
    specs = args.sources or [s.uri for s in config.sources]
    if not specs:
        raise ConfigError("nothing to sweep: give a SOURCE or list `sources` in --config")
    for spec in specs:
        config.source_policy(spec)                            # unlisted source: fail now
    sources = [open_source(s) for s in specs]                 # fail at launch on a bad source
    mode = args.mode or config.mode
    if mode == "enforce" and any(not config.source_policy(s).inside
                                 and not config.source_policy(s).quarantine for s in specs):
        raise ConfigError("enforce mode needs a quarantine location for every source outside "
                          "the enclave")
    state_dir = config.state_path(args.state)
    out = Path(args.out).absolute()
    out.mkdir(parents=True, exist_ok=True)
    from pipeline import state as sweep_state

    versions = current_versions()
    state, state_store = sweep_state.prepare_sweep(config, [s.spec for s in sources], state_dir,
                                                   mode, versions, args.full, recall=True)
    _posture_findings(config, sources, out)
    enforcer = None
    if mode != "report" or any(not config.source_policy(s).inside for s in specs):
        from labels.enforce import Enforcer

        enforcer = Enforcer(config, state_dir, mode=mode)    # checks the taxonomy at launch
        for r in enforcer.resume_pending():
            print(f"resumed {r.id}: {r.status}", file=sys.stderr)
        enforcer.close()
    from review.store import ReviewStore, store_url

    ReviewStore.open(store_url(config), state_dir=state_dir).close()   # reachable, migrated
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
                        config.policy(), versions,
                        progress_path=str(progress) if show else None,
                        enforce=(config, str(state_dir), mode) if enforcer else None,
                        review=(store_url(config), str(state_dir)), state=state)
    finally:
        done.set()
        if watcher is not None:
            watcher.join()
        progress.unlink(missing_ok=True)
    elapsed = time.monotonic() - started

    rows = pq.read_table(out / "inventory.parquet").to_pylist()
    print(_summary_table(rows))
    deleted = sweep_state.finish_sweep(state_store, state, [s.spec for s in sources], out,
                                       {"items": len(rows), "elapsed_s": round(elapsed, 3)})
    state_store.close()
    from pipeline.report import write_report

    write_report(out, elapsed=elapsed, specs=[s.spec for s in sources], sweep_id=state.sweep_id,
                 rows=rows)
    print(sweep_state.sweep_line(rows, deleted))
    top = sum(1 for r in rows if not r["is_member"])
    actions = out / "actions.jsonl"
    if enforcer is not None and actions.exists():
        from collections import Counter

        counts = Counter((a["action"], a["status"]) for a in map(json.loads, actions.open()))
        print(f"mode {mode}: " + (", ".join(f"{a} {s} ×{n}" for (a, s), n in sorted(counts.items()))
                                  or "no actions"))
    else:
        actions.unlink(missing_ok=True)
    print(f"{top} items and {len(rows) - top} members in {elapsed:.1f} s -> {out}/inventory.parquet, "
          f"{out}/decisions.jsonl, {out}/report.html")
    return sweep_state.exit_code(rows)


def _posture_findings(config, sources: list, out: Path) -> None:
    """Sources declared inside whose storage says otherwise: printed and kept, never fatal."""
    from pipeline.sources.posture import check_inside

    findings = []
    for source in sources:
        if not config.source_policy(source.spec).inside:
            continue
        try:
            posture = dict(source.posture())
        except EnclaveError as exc:
            LOG.warning("posture of %s unknown: %s", source.spec, exc)
            continue
        findings.extend(check_inside(source.spec, posture))
    path = out / "findings.jsonl"
    if findings:
        path.write_text("".join(json.dumps(f.to_json()) + "\n" for f in findings))
        for f in findings:
            print(f"finding: {f.code} {f.source}: {f.detail}", file=sys.stderr)
    else:
        path.unlink(missing_ok=True)


def cmd_watch(args: argparse.Namespace) -> int:
    from pipeline.watch import run_watch

    return run_watch(args)


def cmd_quarantine(args: argparse.Namespace) -> int:
    from labels.enforce import Enforcer
    from labels.journal import Journal
    from pipeline.config import load_config

    config = load_config(args.config)
    state = config.state_path(args.state)
    if args.what == "list":
        journal = Journal(state / "actions.db")
        for a in journal.all("quarantine"):
            if args.json:
                print(json.dumps({"id": a.id, "state": a.state, "item": a.item,
                                  "jurisdiction": a.jurisdiction, "category": a.category,
                                  "target": a.get("target"), "tombstone": a.get("tombstone")}))
            else:
                print(f"{a.id}  {a.state:<10} {a.jurisdiction:<5} {a.category or '-':<10} "
                      f"{a.item}  ->  {a.get('target', '-')}")
        journal.close()
        return 0
    if not args.id:
        raise ConfigError("restore needs the quarantine id (see `enclave quarantine list`)")
    enforcer = Enforcer(config, state)
    try:
        result = enforcer.restore(args.id)
    finally:
        enforcer.close()
    if result.status != "done":
        print(f"enclave: error: {result.detail}", file=sys.stderr)
        return 1
    print(f"restored {result.id}: {result.uri}")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from labels.audit import AuditLog
    from pipeline.config import load_config

    log = AuditLog(load_config(args.config).state_path(args.state) / "audit.jsonl")
    if args.what == "show":
        for entry in log.entries():
            print(json.dumps(entry, ensure_ascii=False))
        return 0
    result = log.verify()
    if result.ok:
        print(f"audit log {log.path}: {result.entries} entries, chain intact")
        return 0
    print(f"audit log {log.path}: BROKEN at entry {result.first_bad}: {result.problem} "
          f"({result.entries} entries before it verify)", file=sys.stderr)
    return 1


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


def explain_review_reason(code: str) -> str:
    """A review reason in words: both sides of a conflict, or why the weighing was unsure."""
    if code.startswith("CONFLICT_MARKING_") and "_VS_CONTENT_" in code:
        marked, content = code[len("CONFLICT_MARKING_"):].split("_VS_CONTENT_")
        return (f"the item is marked {marked}; its content reads {content}. "
                "The marking is kept until a person decides")
    return {
        "CONFLICT_PUBLIC_RELEASE_WITH_CONTROL": "a public-release statement beside an "
                                                "export-control marking",
        "CONFLICT_EAR99_WITH_ECCN": "marked both EAR99 and with an ECCN",
        "REVIEW_SMALL_MARGIN": "the two most likely jurisdictions are close",
        "REVIEW_REGIME_NOT_STATED": "the marking says export controlled without naming ITAR or "
                                    "EAR, and the content does not say which: ITAR until a "
                                    "person decides",
        "REVIEW_SUBJECT_TERMS_ITAR": "decided uncontrolled, yet USML terms were found",
        "REVIEW_SUBJECT_TERMS_EAR": "decided uncontrolled, yet CCL terms were found",
    }.get(code, "the text classifier alone points elsewhere"
          if code.startswith("REVIEW_DISAGREEMENT_") else "")


def cmd_explain(args: argparse.Namespace) -> int:
    from classifiers.cite import citation
    from pipeline.config import load_config
    from pipeline.engine import Engine
    from pipeline.sources.local import LocalSource

    config = load_config(args.config)
    with Engine(config.extract_limits(), config.policy()) as engine:
        for path in args.paths:
            for item in LocalSource(path).list():
                for d in engine.classify(item):
                    cite, heading = citation(d.category)
                    print(f"{d.uri}\n  decision   {d.jurisdiction.value} {d.category or ''}  "
                          f"confidence {d.confidence:.2f}"
                          f"{'  REVIEW REQUIRED' if d.review_required else ''}")
                    if cite:
                        print(f"  cites      {cite} — {heading}")
                    if d.alternatives:
                        print(f"  runner-up  {', '.join(d.alternatives)}")
                    if d.error:
                        print(f"  error      {d.error.code.value}: {d.error.message}")
                    for r in d.reasons:
                        if r.code.startswith(("CONFLICT_", "REVIEW_")):
                            print(f"  ! {r.code:<26} {explain_review_reason(r.code)}")
                            continue
                        shown = r.kind in MARKING_KINDS or r.jurisdiction in (
                            None, d.jurisdiction)
                        if not args.all_evidence and (r.kind == "model" or not shown):
                            continue
                        where = f"{r.where}@{r.start}" if r.end else r.where
                        ref = citation(r.category)[0] if r.category else ""
                        print(f"  - {r.code:<26} {r.detector:<28} {where:<18} weight {r.score:.2f}"
                              f"{'  ' + ref if ref else ''}")
                        if r.excerpt:
                            print(f"      “{r.excerpt}”")
                    print()
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from pipeline.config import load_config
    from pipeline.engine import Engine
    from pipeline.evaluate import evaluate_folder, format_report

    config = load_config(args.config)
    folder = Path(args.folder)
    if not folder.is_dir():
        raise ConfigError(f"{folder} is not a folder")
    labels = [Path(p) for p in args.labels] if args.labels else sorted(folder.rglob("labels.csv"))
    if not labels:
        raise ConfigError(f"no labels.csv under {folder}; pass --labels")
    metrics = evaluate_folder(folder, labels,
                              lambda: Engine(config.extract_limits(), config.policy()))
    print(format_report(metrics))
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(metrics, indent=1))
    return 0


def cmd_queue(args: argparse.Namespace) -> int:
    from review.cli import cmd_queue as queue

    return queue(args)


def cmd_users(args: argparse.Namespace) -> int:
    from review.cli import cmd_users as users

    return users(args)


def cmd_serve(args: argparse.Namespace) -> int:
    from review.web.server import cmd_serve as serve

    return serve(args)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args, extra = parser.parse_known_args(argv)
    _quiet_logging(args.verbose)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")   # tesseract: one thread is ~7x faster here
    try:
        if args.command == "sweep":
            from pipeline.state import locked

            with locked(args):                  # one sweep per state folder at a time
                return cmd_sweep(args, extra)
        if extra:
            parser.error(f"unrecognized arguments: {' '.join(extra)}")
        return {"classify": cmd_classify, "explain": cmd_explain, "evaluate": cmd_evaluate,
                "quarantine": cmd_quarantine, "audit": cmd_audit, "serve": cmd_serve,
                "queue": cmd_queue, "users": cmd_users, "watch": cmd_watch}[args.command](args)
    except EnclaveError as exc:
        print(f"enclave: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("enclave: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
