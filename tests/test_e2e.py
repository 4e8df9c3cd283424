"""End to end: the real ``enclave classify`` command on sample_corpus against labels.csv."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.extract import Extractor, Limits
from pipeline.sources.local import LocalSource
from tests.conftest import REPO, SAMPLE_CORPUS, relative

pytestmark = pytest.mark.slow


def _labels() -> dict[str, dict[str, str]]:
    with open(SAMPLE_CORPUS / "labels.csv", newline="", encoding="utf-8") as f:
        return {row["path"]: row for row in csv.DictReader(f)}


@pytest.fixture(scope="module")
def classified() -> dict[str, dict]:
    enclave = Path(sys.executable).with_name("enclave")
    proc = subprocess.run([str(enclave), "classify", str(SAMPLE_CORPUS), "--format", "jsonl"],
                          cwd=REPO, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = {}
    for line in proc.stdout.splitlines():
        record = json.loads(line)
        out[relative(record["uri"], SAMPLE_CORPUS)] = record
    return out


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    """Extracted text of every item, to know which markings state their category."""
    got: dict[str, str] = {}
    with Extractor(Limits(timeout_s=120)) as extractor:
        for item in LocalSource(str(SAMPLE_CORPUS)).list():
            for part in extractor.extract(item):
                got[relative(part.uri, SAMPLE_CORPUS)] = "\n".join(s.text for s in part.segments)
    return got


def test_every_item_is_decided_and_every_decision_is_labelled(classified) -> None:
    labels = _labels()
    assert set(labels) == set(classified), sorted(set(labels) ^ set(classified))


def test_output_contract(classified) -> None:
    for record in classified.values():
        assert {"uri", "jurisdiction", "category", "confidence", "review_required", "reasons",
                "error"} <= set(record)
        assert record["jurisdiction"] in {"ITAR", "EAR", "UNCONTROLLED", "UNDETERMINED"}
        assert 0.0 <= record["confidence"] <= 1.0
        for reason in record["reasons"]:
            assert {"code", "detector", "jurisdiction", "category", "location"} <= set(reason)
            assert "excerpt" not in reason


def test_marked_items_match_their_labels(classified, texts) -> None:
    wrong = []
    for path, label in _labels().items():
        if label["marked"] != "yes":
            continue
        got = classified[path]
        if got["jurisdiction"] != label["jurisdiction"]:
            wrong.append((path, "jurisdiction", label["jurisdiction"], got["jurisdiction"]))
        elif label["category"] and label["category"] in texts.get(path, ""):
            # The marking states the category: it must be the one decided.
            if got["category"] != label["category"]:
                wrong.append((path, "category", label["category"], got["category"]))
    assert not wrong, "\n".join(map(str, wrong))


def test_bad_inputs_are_undetermined_with_error_codes(classified) -> None:
    bad = [p for p, row in _labels().items() if row["kind"] == "bad_input"]
    assert len(bad) >= 3
    for path in bad:
        assert classified[path]["jurisdiction"] == "UNDETERMINED", path
        assert classified[path]["error"]["code"].startswith("E_"), path
        assert classified[path]["review_required"] is True
