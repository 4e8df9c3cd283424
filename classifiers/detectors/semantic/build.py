"""Precompute the embedding matrix of the USML and CCL that the semantic detector compares with.

    python -m classifiers.detectors.semantic.build --reference <folder with ear/ and itar/>

One row per place a document may be "about":

- every USML category (its title) and every USML paragraph down to two levels (``XI(a)(3)``),
  each described by the category title, the paragraph's own text and the texts of the
  paragraphs below it;
- every ECCN (its heading) and every top-level paragraph of its list (``3A001.b``), described
  by the heading, the paragraph's text and its sub-paragraphs' texts.

A description is cut to ``DESCRIPTION_WORDS`` words: the lead of a paragraph says what it is.
Descriptions are embedded with the same static token table as the documents (``static.py``,
distilled from MiniLM by ``python -m models.training.workflow static``). Vectors are stored as
float16 (``vectors.npy``, cosine error below 1e-3) with ``vectors_index.json`` naming each row and
the table's and tokenizer's sha256, which the detector checks so that it never compares vectors
from two different tables. ``CARD.md`` next to this file records the same facts for people.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from classifiers.kb import DATA_DIR, load_kb
from classifiers.kb.terms import CCL_SOURCE, Passage, read_passages
from classifiers.detectors.semantic.encoder import TOKENIZER_PATH, sha256_of
from classifiers.detectors.semantic.static import StaticEncoder

VECTORS_FILE = "vectors.npy"
INDEX_FILE = "vectors_index.json"
VECTORS_VERSION = "vectors-2.0.0"
DESCRIPTION_WORDS = 110
USML_DEPTH, CCL_DEPTH = 2, 1


def describe(passages: Sequence[Passage]) -> list[dict[str, str]]:
    """Rows ``{jurisdiction, unit, designator, text}`` in regulation order."""
    heads = {p.unit: p.text for p in passages if not p.designator}
    groups: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for p in passages:
        depth = USML_DEPTH if p.jurisdiction == "ITAR" else CCL_DEPTH
        key = ".".join(p.designator.split(".")[:depth]) if p.designator else ""
        groups[(p.jurisdiction, p.unit, key)].append(p.text)
    rows = []
    for (jurisdiction, unit, designator), texts in groups.items():
        lead = heads[unit] if designator else ""
        words = " ".join([lead, *texts]).split()[:DESCRIPTION_WORDS]
        rows.append({"jurisdiction": jurisdiction, "unit": unit, "designator": designator,
                     "text": " ".join(words)})
    return rows


def build(reference: Path, out_dir: Path, encoder: StaticEncoder | None = None) -> dict[str, Any]:
    rows = describe(read_passages(reference))
    encoder = encoder or StaticEncoder()
    vectors = encoder.embed([r["text"] for r in rows]).astype(np.float16)
    index = {
        "meta": {
            "version": VECTORS_VERSION,
            "kb_version": load_kb().version,
            "model": "static token table distilled from all-MiniLM-L6-v2 int8 ONNX "
                     f"({encoder.meta.get('source_package', '?')})",
            "source_onnx_sha256": encoder.meta.get("source_onnx_sha256"),
            "table_sha256": encoder.meta["table_sha256"],
            "tokenizer_sha256": sha256_of(TOKENIZER_PATH),
            "rows": len(rows),
            "description_words": DESCRIPTION_WORDS,
            "ccl_source_sha256": sha256_of(reference / CCL_SOURCE),
        },
        "rows": [[r["jurisdiction"], r["unit"], r["designator"]] for r in rows],
    }
    with (out_dir / VECTORS_FILE).open("wb") as handle:
        np.save(handle, vectors, allow_pickle=False)
    (out_dir / INDEX_FILE).write_text(json.dumps(index, sort_keys=True, separators=(",", ":")) + "\n",
                                      encoding="utf-8")
    return index


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m classifiers.detectors.semantic.build",
                                     description="Embed the USML and CCL descriptions.")
    parser.add_argument("--reference", type=Path, default=os.environ.get("ENCLAVE_REFERENCE"),
                        help="folder with ear/ and itar/ (default: $ENCLAVE_REFERENCE)")
    parser.add_argument("--out", type=Path, default=DATA_DIR)
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.reference is None or not (Path(args.reference) / CCL_SOURCE).is_file():
        print("error: --reference (or ENCLAVE_REFERENCE) must name the reference folder", file=sys.stderr)
        return 2
    index = build(Path(args.reference), args.out)
    print(f"wrote {args.out / VECTORS_FILE}: {index['meta']['rows']} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
