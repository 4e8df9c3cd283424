"""The pipeline as a distributed runner sees it: every transform pickles, and the sweep runs with
several worker processes (the DirectRunner's multi-processing mode) with the same results as one."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.cli import main
from tests.conftest import EXPECTED_MIXED, relative


def test_every_stage_pickles_with_its_configuration(mixed_folder: Path, tmp_path: Path) -> None:
    import apache_beam as beam
    from apache_beam.internal import pickler
    from apache_beam.options.pipeline_options import PipelineOptions

    from classifiers.decide import Policy
    from pipeline.config import EnclaveConfig
    from pipeline.engine import current_versions
    from pipeline.extract import Limits
    from pipeline.transforms import build_sweep

    p = beam.Pipeline(options=PipelineOptions(["--runner=DirectRunner"]))
    config = EnclaveConfig()
    build_sweep(p, [str(mixed_folder)], str(tmp_path / "out"), Limits(), Policy(),
                current_versions(), enforce=(config, str(tmp_path / "state"), "label"),
                review=(None, str(tmp_path / "state")))
    dofns = []

    class Collect(beam.pipeline.PipelineVisitor):
        def visit_transform(self, node) -> None:
            fn = getattr(node.transform, "dofn", None) or getattr(node.transform, "fn", None)
            if fn is not None:
                dofns.append(fn)

    p.visit(Collect())
    assert len(dofns) > 10
    for fn in dofns:
        pickler.loads(pickler.dumps(fn))          # what a remote worker receives


@pytest.mark.slow
def test_sweep_on_two_worker_processes(mixed_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code = main(["sweep", str(mixed_folder), "--out", str(out), "--state", str(tmp_path / "st"),
                 "--no-progress", "--direct_num_workers=2",
                 "--direct_running_mode=multi_processing"])
    assert code == 3                                   # controlled items found
    rows = {relative(r["uri"], mixed_folder): r
            for r in pq.read_table(out / "inventory.parquet").to_pylist()}
    assert set(rows) == set(EXPECTED_MIXED)
    for path, (jurisdiction, category) in EXPECTED_MIXED.items():
        assert (rows[path]["jurisdiction"], rows[path]["category"]) == (jurisdiction, category), path
