"""The Record stage's shapes: the Parquet inventory schema and the JSONL decision lines.

One inventory row per item (archive members included). Rows carry ids, hashes, codes and
versions — never document text — so the inventory can leave the enclave for reporting.
"""

from __future__ import annotations

import json
from typing import Any

import pyarrow as pa

from pipeline.records import MEMBER_SEPARATOR, Decision

INVENTORY_SCHEMA = pa.schema([
    pa.field("uri", pa.string(), nullable=False),
    pa.field("root", pa.string(), nullable=False),
    pa.field("is_member", pa.bool_(), nullable=False),
    pa.field("size", pa.int64()),
    pa.field("sha256", pa.string()),
    pa.field("mime_type", pa.string()),
    pa.field("jurisdiction", pa.string(), nullable=False),
    pa.field("category", pa.string()),
    pa.field("confidence", pa.float64(), nullable=False),
    pa.field("review_required", pa.bool_(), nullable=False),
    pa.field("reason_codes", pa.list_(pa.string())),
    pa.field("detectors", pa.list_(pa.string())),
    pa.field("rules_version", pa.string()),
    pa.field("model_version", pa.string()),
    pa.field("taxonomy_version", pa.string()),
    pa.field("error_code", pa.string()),
    pa.field("error_message", pa.string()),
    pa.field("source", pa.string()),
    pa.field("processing", pa.string()),          # processed | redecided | carried_over
])


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def inventory_row(d: Decision) -> dict[str, Any]:
    return {
        "uri": d.uri,
        "root": d.root,
        "is_member": MEMBER_SEPARATOR in d.uri,
        "size": d.size,
        "sha256": d.sha256,
        "mime_type": d.mime,
        "jurisdiction": d.jurisdiction.value,
        "category": d.category,
        "confidence": float(d.confidence),
        "review_required": d.review_required,
        "reason_codes": _unique([r.code for r in d.reasons]),
        "detectors": _unique([r.detector for r in d.reasons]),
        "rules_version": d.versions.rules,
        "model_version": d.versions.model,
        "taxonomy_version": d.versions.taxonomy,
        "error_code": d.error.code.value if d.error else None,
        "error_message": d.error.message if d.error else None,
        "source": d.source,
        "processing": d.processing,
    }


def decision_line(d: Decision) -> str:
    return json.dumps(d.to_json(), sort_keys=False, ensure_ascii=False)
