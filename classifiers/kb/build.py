"""Regenerate the knowledge-base data files from the public regulation texts.

    python -m classifiers.kb.build --reference <folder with ear/ and itar/> [--out DIR]

The folder is the reference set described in its README: ``ear/ccl.jsonl`` and
``ear/15cfr774_supp1.xml`` (the CCL), ``itar/22cfr121.1_usml.md`` (the USML). The output is
deterministic - sorted keys, regulation order, no timestamps - so a rebuild from the same
sources gives the same bytes and a diff shows exactly which facts a regulation change moved.
Each file records its sources' sha256 and as-of dates in ``meta``.

The build refuses to write when a consistency check fails (an ECCN set that differs between
the two CCL inputs, a CCL designator that breaks the ladder rule or does not begin a line of its
entry's items text, a USML designator that fits no place in the ladder): a refreshed source must be looked at, not
silently absorbed. Exit codes: 0 written, 1 a check failed, 2 bad arguments or missing sources.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from classifiers.kb import CCL_FILE, DATA_DIR, USML_FILE
from classifiers.kb.parse_ccl import build_facts, check_against_items, parse_xml_ladders, read_records
from classifiers.kb.parse_usml import read_usml

KB_VERSION = "kb-2026.11.2"
CCL_RECORDS = "ear/ccl.jsonl"
CCL_XML = "ear/15cfr774_supp1.xml"
USML_MARKDOWN = "itar/22cfr121.1_usml.md"
CCL_CITATION = "15 CFR part 774, Supplement No. 1"
USML_CITATION = "22 CFR 121.1"


class BuildCheckError(Exception):
    """A consistency check between the sources and the parse failed."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def _source(reference: Path, relative: str) -> dict[str, str]:
    return {"path": relative, "sha256": sha256_of(reference / relative)}


def _single(values: set[str], what: str) -> str:
    if len(values) != 1:
        raise BuildCheckError(f"expected one {what}, found {len(values)}")
    return values.pop()


def build_ccl(reference: Path) -> dict[str, Any]:
    """The content of ``ccl.json``."""
    records = read_records(reference / CCL_RECORDS)
    ladders, rejected = parse_xml_ladders(reference / CCL_XML)
    if rejected:
        raise BuildCheckError(f"CCL designators that break the ladder rule: {rejected}")
    record_ids = {str(r["eccn"]) for r in records}
    if record_ids != set(ladders):
        raise BuildCheckError(f"ECCN sets differ: {len(record_ids ^ set(ladders))} ids in only one input")
    facts = build_facts(records, ladders)
    problems = check_against_items(records, facts)
    if problems:
        raise BuildCheckError(f"{len(problems)} CCL paragraphs not found in items text, e.g. {problems[:5]}")
    amendments = {
        str(r["amended_after_snapshot"]["ecfr_issue"])  # type: ignore[index]
        for r in records
        if r.get("amended_after_snapshot")
    }
    meta = {
        "version": KB_VERSION,
        "citation": CCL_CITATION,
        "as_of": _single({str(r["as_of"]) for r in records}, "CCL as-of date"),
        "amended_entries_as_of": sorted(amendments),
        "sources": [_source(reference, CCL_RECORDS), _source(reference, CCL_XML)],
        "counts": {"eccns": len(facts), "paragraphs": sum(len(f.paragraphs) for f in facts)},
    }
    return {"meta": meta, "eccns": {fact.eccn: fact.to_json() for fact in facts}}


def build_usml(reference: Path) -> dict[str, Any]:
    """The content of ``usml.json``."""
    categories, unplaced, as_of = read_usml(reference / USML_MARKDOWN)
    if unplaced:
        raise BuildCheckError(f"USML designators that fit no ladder position: {unplaced}")
    numbers = [c.number for c in categories]
    if numbers != list(range(1, 22)):
        raise BuildCheckError(f"expected USML categories I..XXI in order, found {len(numbers)}")
    meta = {
        "version": KB_VERSION,
        "citation": USML_CITATION,
        "as_of": as_of,
        "as_of_basis": "date of the latest Federal Register amendment cited in the text",
        "sources": [_source(reference, USML_MARKDOWN)],
        "counts": {"categories": len(categories), "paragraphs": sum(len(c.paragraphs) for c in categories)},
    }
    return {"meta": meta, "categories": {c.numeral: c.to_json() for c in categories}}


def render(content: dict[str, Any]) -> bytes:
    """Stable bytes: sorted keys, one item per line, UTF-8, final newline."""
    return (json.dumps(content, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def build(reference: Path, out: Path) -> dict[str, Path]:
    """Parse the sources and write both data files into ``out``; returns the written paths."""
    missing = [rel for rel in (CCL_RECORDS, CCL_XML, USML_MARKDOWN) if not (reference / rel).is_file()]
    if missing:
        raise FileNotFoundError(f"reference folder lacks {missing}")
    outputs = {CCL_FILE: render(build_ccl(reference)), USML_FILE: render(build_usml(reference))}
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, data in outputs.items():
        target = out / name
        target.write_bytes(data)
        written[name] = target
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m classifiers.kb.build", description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, required=True, help="folder holding ear/ and itar/")
    parser.add_argument("--out", type=Path, default=DATA_DIR, help=f"output folder (default {DATA_DIR})")
    args = parser.parse_args(argv)
    try:
        written = build(args.reference, args.out)
    except FileNotFoundError as exc:
        print(f"kb build: {exc}", file=sys.stderr)
        return 2
    except BuildCheckError as exc:
        print(f"kb build: check failed: {exc}", file=sys.stderr)
        return 1
    for name, path in written.items():
        print(f"kb build: wrote {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
