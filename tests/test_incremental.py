"""Incremental and scheduled sweeps: the state store, re-decisions, deletions, the lock, the report.

Every sweep here runs the real Beam pipeline (in-process runner) through the command line. To
prove that an unchanged or re-decided item is not read again, extraction is made to fail after
the first sweep: an item that went through Extract would come out UNDETERMINED.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml

from pipeline import engine
from pipeline.cli import main
from pipeline.state import (EXIT_CLEAN, EXIT_CONTROLLED, EXIT_LOCKED, EXIT_REVIEW, StateStore,
                            SweepLock, store_url)
from tests.conftest import EAR_TEXT, ITAR_TEXT, PLAIN_TEXT
from tests.postgres import postgres  # noqa: F401  (the session fixture)


@pytest.fixture()
def world(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "share"
    folder.mkdir()
    (folder / "itar.txt").write_text(ITAR_TEXT)
    (folder / "ear.txt").write_text(EAR_TEXT)
    (folder / "plain.txt").write_text(PLAIN_TEXT)
    with zipfile.ZipFile(folder / "bundle.zip", "w") as z:
        z.writestr("docs/menu.txt", PLAIN_TEXT)
        z.writestr("docs/receiver.txt", ITAR_TEXT)
    config = tmp_path / "enclave.yaml"
    # Thresholds low enough that none of these short items needs review, so unchanged items
    # are carried over (items needing review are re-decided each sweep, for Recall).
    config.write_text(yaml.safe_dump({"version": 1, "thresholds": {
        "itar": 0.3, "ear": 0.3, "uncontrolled": 0.3}}))
    return {"folder": folder, "config": config, "state": tmp_path / "state",
            "out": tmp_path / "out"}


def sweep(world: dict[str, Path], *extra: str) -> int:
    return main(["sweep", str(world["folder"]), "--config", str(world["config"]),
                 "--state", str(world["state"]), "--out", str(world["out"]), "--no-progress",
                 "--runner=FnApiRunner", *extra])


def inventory(world: dict[str, Path]) -> dict[str, dict]:
    prefix = world["folder"].as_uri() + "/"
    return {r["uri"][len(prefix):]: r
            for r in pq.read_table(world["out"] / "inventory.parquet").to_pylist()}


def unchanged(first: dict[str, dict]) -> dict[str, str]:
    """How a sweep with nothing changed comes by each decision: carried over, except items
    whose decision still needs review, which are re-decided (so Recall can apply a reviewer's
    decision made since); members go with their item."""
    by_root = {r["uri"]: r for r in first.values() if not r["is_member"]}
    return {u: "redecided" if by_root[r["root"]]["review_required"] else "carried_over"
            for u, r in first.items()}


@pytest.fixture()
def no_extraction(monkeypatch: pytest.MonkeyPatch):
    """From now on, reading any item fails (its decision would be UNDETERMINED)."""
    def refuse(*_args, **_kwargs):
        raise RuntimeError("extraction was not expected")

    def install() -> None:
        monkeypatch.setattr(engine, "extract_item", refuse)
    return install


def test_second_plain_run_reads_nothing_unchanged(world, no_extraction, capsys) -> None:
    assert sweep(world) == EXIT_CONTROLLED
    first = inventory(world)
    assert {r["processing"] for r in first.values()} == {"processed"}
    assert first["itar.txt"]["jurisdiction"] == "ITAR"

    no_extraction()
    capsys.readouterr()
    assert sweep(world) == EXIT_CONTROLLED
    second = inventory(world)
    assert set(second) == set(first)                    # members included
    assert {u: r["processing"] for u, r in second.items()} == unchanged(first)
    assert "carried_over" in unchanged(first).values()
    for uri, row in first.items():
        for key in ("jurisdiction", "category", "confidence", "review_required", "sha256",
                    "reason_codes", "rules_version", "model_version", "source"):
            assert second[uri][key] == row[key], (uri, key)
    assert "0 read and decided" in capsys.readouterr().out
    # The decisions file carries the same decisions, evidence included (never excerpts).
    lines = [json.loads(x) for x in (world["out"] / "decisions.jsonl").read_text().splitlines()]
    assert len(lines) == 6 and all(line["reasons"] for line in lines if line["jurisdiction"] == "ITAR")
    assert "AN/XYZ-1" not in (world["out"] / "decisions.jsonl").read_text()


def test_a_modified_file_is_read_again_and_a_deleted_one_recorded(world) -> None:
    assert sweep(world) == EXIT_CONTROLLED
    inventory_before = inventory(world)
    (world["folder"] / "plain.txt").write_text(ITAR_TEXT + "\nrev C\n")
    (world["folder"] / "ear.txt").unlink()
    assert sweep(world) == EXIT_CONTROLLED
    rows = inventory(world)
    assert rows["plain.txt"]["processing"] == "processed"
    assert rows["plain.txt"]["jurisdiction"] == "ITAR"
    assert rows["itar.txt"]["processing"] == unchanged(inventory_before)["itar.txt"]
    assert "ear.txt" not in rows
    deletions = [json.loads(x) for x in (world["out"] / "deletions.jsonl").read_text().splitlines()]
    assert [(d["uri"], d["jurisdiction"]) for d in deletions] == [
        ((world["folder"] / "ear.txt").as_uri(), "EAR")]
    store = StateStore.open(store_url(world["state"]))
    assert store.row((world["folder"] / "ear.txt").as_uri())["deleted"] == 1
    assert store.row((world["folder"] / "itar.txt").as_uri())["deleted"] == 0
    store.close()
    # Recorded once: the next sweep has nothing more to delete.
    assert sweep(world) == EXIT_CONTROLLED
    assert (world["out"] / "deletions.jsonl").read_text() == ""
    # A file that comes back is new again.
    (world["folder"] / "ear.txt").write_text(EAR_TEXT)
    sweep(world)
    assert inventory(world)["ear.txt"]["processing"] == "processed"


def _with_model(model: str):
    real = engine.current_versions()
    return lambda: replace(real, model=model)


def test_a_model_upgrade_redecides_from_stored_evidence(world, no_extraction, monkeypatch) -> None:
    assert sweep(world) == EXIT_CONTROLLED
    first = inventory(world)
    real = engine.current_versions()
    combiner, rest = real.model.split("+", 1)
    monkeypatch.setattr(engine, "current_versions", _with_model(f"{combiner}-next+{rest}"))
    no_extraction()
    assert sweep(world) == EXIT_CONTROLLED
    second = inventory(world)
    assert {r["processing"] for r in second.values()} == {"redecided"}
    for uri, row in first.items():       # same combiner weights: the very same decisions
        for key in ("jurisdiction", "category", "confidence", "review_required", "reason_codes"):
            assert second[uri][key] == row[key], (uri, key)
        assert second[uri]["model_version"] == f"{combiner}-next+{rest}"
    # Now stored under the new version: the next sweep carries everything over.
    assert sweep(world) == EXIT_CONTROLLED
    assert {u: r["processing"] for u, r in inventory(world).items()} == unchanged(first)


def test_new_thresholds_redecide_without_reading(world, no_extraction) -> None:
    assert sweep(world) == EXIT_CONTROLLED
    assert not inventory(world)["itar.txt"]["review_required"]
    world["config"].write_text(yaml.safe_dump({"version": 1, "thresholds": {
        "itar": 0.999, "ear": 0.999, "uncontrolled": 0.999}}))
    no_extraction()
    assert sweep(world) == EXIT_CONTROLLED
    rows = inventory(world)
    assert {r["processing"] for r in rows.values()} == {"redecided"}
    assert all(r["review_required"] for r in rows.values())


def test_a_rules_upgrade_reads_content_again(world, monkeypatch) -> None:
    assert sweep(world) == EXIT_CONTROLLED
    real = engine.current_versions()
    monkeypatch.setattr(engine, "current_versions", lambda: replace(real, rules=real.rules + "-next"))
    assert sweep(world) == EXIT_CONTROLLED
    rows = inventory(world)
    assert {r["processing"] for r in rows.values()} == {"processed"}
    assert rows["itar.txt"]["rules_version"] == real.rules + "-next"
    assert rows["bundle.zip!/docs/receiver.txt"]["jurisdiction"] == "ITAR"


def test_full_reads_everything(world) -> None:
    assert sweep(world) == EXIT_CONTROLLED
    assert sweep(world, "--full") == EXIT_CONTROLLED
    assert {r["processing"] for r in inventory(world).values()} == {"processed"}


def test_items_needing_review_are_redecided_for_recall(world, no_extraction) -> None:
    # Controlled decisions need review whatever the models' confidence.
    world["config"].write_text("version: 1\npolicy: {thresholds: {itar: 0.999, ear: 0.999}}\n")
    assert sweep(world) == EXIT_CONTROLLED
    first = inventory(world)
    needs = {u for u, r in first.items() if not r["is_member"] and r["review_required"]}
    assert needs
    no_extraction()
    sweep(world)
    rows = inventory(world)
    for uri, row in rows.items():
        if row["is_member"]:
            continue
        assert row["processing"] == ("redecided" if uri in needs else "carried_over"), uri
        assert row["jurisdiction"] == first[uri]["jurisdiction"]


def test_exit_codes(tmp_path: Path) -> None:
    clean, review = tmp_path / "clean", tmp_path / "review"
    clean.mkdir(), review.mkdir()
    (clean / "menu.txt").write_text(PLAIN_TEXT)
    (review / "empty.txt").write_bytes(b"")            # unreadable: UNDETERMINED, review
    config = tmp_path / "enclave.yaml"
    config.write_text(yaml.safe_dump({"version": 1, "thresholds": {
        "itar": 0.3, "ear": 0.3, "uncontrolled": 0.3}}))
    common = ["--config", str(config), "--state", str(tmp_path / "state"), "--no-progress",
              "--runner=FnApiRunner"]
    assert main(["sweep", str(clean), "--out", str(tmp_path / "o1"), *common]) == EXIT_CLEAN
    assert main(["sweep", str(review), "--out", str(tmp_path / "o2"), *common]) == EXIT_REVIEW
    # Unchanged the second time: the exit code speaks of what is there, carried over or not.
    assert main(["sweep", str(review), "--out", str(tmp_path / "o2"), *common]) == EXIT_REVIEW


def test_an_overlapping_sweep_is_refused(world, capsys) -> None:
    with SweepLock(world["state"]):
        assert sweep(world) == EXIT_LOCKED
    err = capsys.readouterr().err
    assert "another sweep is running" in err and str(world["state"]) in err
    assert not (world["out"] / "inventory.parquet").exists()
    assert sweep(world) == EXIT_CONTROLLED                # the lock is free again


def test_an_overlapping_sweep_process_is_refused(world) -> None:
    import subprocess
    import sys

    from tests.conftest import REPO

    with SweepLock(world["state"]):
        proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "sweep", str(world["folder"]),
                               "--state", str(world["state"]), "--out", str(world["out"]),
                               "--no-progress"], cwd=REPO, capture_output=True, text=True,
                              timeout=120)
    assert proc.returncode == EXIT_LOCKED, proc.stderr[-2000:]
    assert "another sweep is running" in proc.stderr


def test_report_names_the_counts(world) -> None:
    assert sweep(world) == EXIT_CONTROLLED
    (world["folder"] / "ear.txt").unlink()
    sweep(world)
    page = (world["out"] / "report.html").read_text()
    assert page.startswith("<!doctype html>") and "<svg" in page
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "<script" not in page
    for words in ("Items by jurisdiction", "Items by source", "by category", "Errors by code",
                  "Items needing review", "Throughput", "MB read per second",
                  "carried over unchanged", "Deleted since the last sweep"):
        assert words in page, words
    assert "<b>3</b>items" in page and "<b>1</b>deleted since last sweep" in page
    assert "<b>0</b>read and decided" in page
    assert "ear.txt" in page                            # listed as deleted
    assert "XI(c)" in page
    assert "AN/XYZ-1" not in page and "Receiver front-end" not in page   # no content


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_state_store_on_sqlite_and_postgresql(backend: str, tmp_path: Path, request) -> None:
    import time

    from pipeline.records import Decision, Evidence, ItemRef, Jurisdiction, Versions
    from pipeline.state import (CARRY, PROCESS, REDECIDE, SweepState, decision_from_json, plan)

    url = (store_url(tmp_path) if backend == "sqlite"
           else request.getfixturevalue("postgres").new_database())
    store = StateStore.open(url)
    v = Versions("rules-1", "comb-1+textcat-1+features-2", "taxonomy-1")
    ev = Evidence("MARK_ITAR_WARNING", "marking.itar_warning.v1", "marking", Jurisdiction.ITAR,
                  "XI(c)", "body", 0, 20, 0.95, excerpt="ITAR CONTROLLED text")
    ref = ItemRef("file:///s/a.txt", "/s/a.txt", 10, "v1", "/s")
    d = Decision(ref.uri, ref.uri, 10, "ab" * 32, "text/plain", Jurisdiction.ITAR, "XI(c)", 0.97,
                 False, (ev,), v)
    started = time.time() - 1
    state = SweepState(url, "sweep-1", v, "p", (("/s", "e"),), started=started)
    assert plan(store.get(ref.uri), ref, state) == PROCESS
    store.remember([(ref, [d], "p", "e")], "sweep-1")
    stored = store.get(ref.uri)
    assert plan(stored, ref, state) == CARRY
    assert "excerpt" not in stored.decisions and "ITAR CONTROLLED text" not in stored.decisions
    [back] = [decision_from_json(x) for x in stored.parts()]
    assert (back.jurisdiction, back.category, back.reasons[0].score) == (Jurisdiction.ITAR,
                                                                         "XI(c)", 0.95)
    assert plan(stored, ItemRef(ref.uri, ref.path, 11, "v2", "/s"), state) == PROCESS
    assert plan(stored, ref, replace(state, versions=replace(v, model="comb-2+textcat-1+features-2"))
                ) == REDECIDE
    assert plan(stored, ref, replace(state, versions=replace(v, model="comb-1+textcat-2+features-2"))
                ) == PROCESS
    assert plan(stored, ref, replace(state, policy="q")) == REDECIDE
    store.remember([(ref, [d], "p", "e")], "sweep-1")          # idempotent
    later = time.time() + 1
    store.touch([ref.uri], "sweep-2")
    assert list(store.sweep_deletions(["/s"], "sweep-2", later)) == []
    gone = list(store.sweep_deletions(["/s"], "sweep-3", later + 1))
    assert [g["uri"] for g in gone] == [ref.uri]
    assert store.row(ref.uri)["deleted"] == 1 and plan(store.get(ref.uri), ref, state) == PROCESS
    assert store.counts() == {"live": 0, "deleted": 1}
    store.close()
