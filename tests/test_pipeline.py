"""The Beam pipeline: stages under TestPipeline, dead letters, and a whole sweep to Parquet."""

from __future__ import annotations

import json
from pathlib import Path

import apache_beam as beam
import pyarrow.parquet as pq
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing.test_pipeline import TestPipeline as BeamTestPipeline
from apache_beam.testing.util import assert_that, equal_to

from classifiers.decide import Policy
from pipeline import transforms
from pipeline.cli import main
from pipeline.engine import current_versions
from pipeline.extract import Limits
from pipeline.records import Versions
from pipeline.sources.local import LocalSource
from tests.conftest import EXPECTED_MIXED, relative

FNAPI = PipelineOptions(["--runner=FnApiRunner"])


def test_stages_decide_every_item_and_member(mixed_folder: Path) -> None:
    versions = current_versions()
    items = list(LocalSource(str(mixed_folder)).list())
    with BeamTestPipeline(options=FNAPI) as p:
        refs = p | beam.Create(items)
        extracted = refs | transforms.Extract(Limits(timeout_s=60), versions)
        detected = extracted[transforms.OK] | transforms.Detect(versions)
        decided = detected[transforms.OK] | transforms.Decide(versions, Policy())
        failed = (extracted[transforms.FAILED], detected[transforms.FAILED],
                  decided[transforms.FAILED]) | "Failures" >> beam.Flatten()
        got = decided[transforms.OK] | beam.Map(
            lambda d: (relative(d.uri, mixed_folder), d.jurisdiction.value, d.category))
        assert_that(got, equal_to([(k, *v) for k, v in EXPECTED_MIXED.items()]))
        assert_that(failed, equal_to([]), label="NoStageFailures")


class _Explodes(beam.DoFn):
    def process(self, element):
        raise ValueError("controlled words that must not leak: PHASED ARRAY T/R MODULE")


def test_a_stage_that_raises_sends_the_item_to_review_without_leaking_text() -> None:
    versions = Versions("r", "m", "t")
    ref = next(iter(LocalSource(__file__).list()))
    with BeamTestPipeline(options=FNAPI) as p:
        out = transforms._with_dead_letter(p | beam.Create([ref]), "Boom", _Explodes(),
                                           "detect", versions)
        assert_that(out[transforms.OK], equal_to([]), label="NothingGood")
        got = out[transforms.FAILED] | beam.Map(
            lambda d: (d.uri, d.jurisdiction.value, d.error.code.value, d.error.message,
                       d.review_required))
        assert_that(got, equal_to([(ref.uri, "UNDETERMINED", "E_DETECTOR_FAILED",
                                    "detect stage failed: ValueError", True)]))


def test_sweep_writes_inventory_and_decisions(mixed_folder: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    # Exit code 3: controlled items found (the folder holds ITAR and EAR items).
    assert main(["sweep", str(mixed_folder), "--out", str(out), "--runner=FnApiRunner"]) == 3
    rows = {relative(r["uri"], mixed_folder): r
            for r in pq.read_table(out / "inventory.parquet").to_pylist()}
    assert set(rows) == set(EXPECTED_MIXED)
    for path, (jurisdiction, category) in EXPECTED_MIXED.items():
        assert (rows[path]["jurisdiction"], rows[path]["category"]) == (jurisdiction, category), path
    for bad in ("bad/empty.txt", "bad/fake.docx", "bad/truncated.pdf"):
        assert rows[bad]["error_code"], bad
        assert rows[bad]["review_required"] is True
    assert rows["bad/empty.txt"]["error_code"] == "E_EMPTY"
    assert rows["itar.txt"]["sha256"] and len(rows["itar.txt"]["sha256"]) == 64
    assert rows["itar.txt"]["rules_version"] and rows["itar.txt"]["reason_codes"]
    lines = [json.loads(x) for x in (out / "decisions.jsonl").read_text().splitlines()]
    assert sorted(d["uri"] for d in lines) == sorted(r["uri"] for r in rows.values())
    printed = capsys.readouterr().out
    assert "ITAR" in printed and "UNDETERMINED" in printed and "7 items and 2 members" in printed


def test_bad_config_fails_at_launch(tmp_path: Path, capsys) -> None:
    cfg = tmp_path / "enclave.yaml"
    cfg.write_text("thresholds:\n  itar: 1.5\n")
    assert main(["sweep", str(tmp_path), "--config", str(cfg), "--out", str(tmp_path / "o")]) == 2
    assert "thresholds.itar" in capsys.readouterr().err


def test_missing_source_fails_at_launch(tmp_path: Path, capsys) -> None:
    assert main(["sweep", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 2
    assert "does not exist" in capsys.readouterr().err
