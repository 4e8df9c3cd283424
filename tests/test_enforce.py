"""Acting on decisions: the audit chain, quarantine with crash safety, labels, and a whole
enforce-mode sweep over local folders (inside and outside the enclave)."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
import yaml

from labels.audit import AuditLog
from labels.journal import Journal
from labels.quarantine import TOMBSTONE_SUFFIX, Quarantine, QuarantineError
from pipeline.cli import main
from pipeline.sources import open_source
from pipeline.sources.local import LocalSource
from tests.conftest import EAR_TEXT, ITAR_TEXT, PLAIN_TEXT

# ---------------------------------------------------------------- audit log


def test_audit_chain_verifies_and_detects_edits(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.jsonl", actor="tester")
    for i in range(5):
        log.append("label.applied", f"file:///x/{i}", version=str(i), label="L")
    assert log.verify().ok and log.verify().entries == 5
    lines = (tmp_path / "audit.jsonl").read_text().splitlines()

    edited = [*lines]
    edited[2] = edited[2].replace('"file:///x/2"', '"file:///x/other"')
    (tmp_path / "audit.jsonl").write_text("\n".join(edited) + "\n")
    bad = log.verify()
    assert not bad.ok and bad.first_bad == 3 and "hash" in bad.problem

    (tmp_path / "audit.jsonl").write_text("\n".join(lines[:2] + lines[3:]) + "\n")  # removed
    assert log.verify().first_bad == 3
    (tmp_path / "audit.jsonl").write_text("\n".join(lines) + "\n")
    assert log.verify().ok


def test_audit_verify_command_exit_codes(tmp_path: Path, capsys) -> None:
    log = AuditLog(tmp_path / "audit.jsonl")
    log.append("quarantine.done", "file:///a")
    assert main(["audit", "verify", "--state", str(tmp_path)]) == 0
    text = (tmp_path / "audit.jsonl").read_text().replace("quarantine.done", "quarantine.undone")
    (tmp_path / "audit.jsonl").write_text(text)
    assert main(["audit", "verify", "--state", str(tmp_path)]) == 1
    assert "BROKEN at entry 1" in capsys.readouterr().err


# ---------------------------------------------------------------- quarantine


class Crash(Exception):
    """Stands in for the process dying at one step."""


class CrashingSource:
    """A real LocalSource that dies once at a chosen method (fault injection)."""

    def __init__(self, spec: str, crash_at: set[str]) -> None:
        self.inner = LocalSource(spec)
        self.spec = self.inner.spec
        self.crash_at = crash_at

    def __getattr__(self, name: str):
        attr = getattr(self.inner, name)
        if name in self.crash_at:
            def die(*a, **k):
                self.crash_at.discard(name)
                raise Crash(name)
            return die
        return attr


def _setup(tmp_path: Path) -> tuple[Path, Path, bytes]:
    outside, vault = tmp_path / "outside", tmp_path / "vault"
    outside.mkdir()
    vault.mkdir()
    data = ITAR_TEXT.encode() * 50
    (outside / "radar.txt").write_bytes(data)
    return outside, vault, data


def _ref(folder: Path, name: str):
    return next(r for r in LocalSource(str(folder)).list() if r.uri.endswith(name))


def _run(tmp_path: Path, crash: dict[str, set[str]]):
    def sources(spec: str):
        return CrashingSource(spec, crash.get(spec, set()))
    journal = Journal(tmp_path / "state" / "actions.db")
    audit = AuditLog(tmp_path / "state" / "audit.jsonl", actor="tester")
    return Quarantine(journal, audit, "exports@example.com", sources), journal, audit


def test_quarantine_moves_verifies_and_leaves_a_tombstone(tmp_path: Path) -> None:
    outside, vault, data = _setup(tmp_path)
    q, _journal, audit = _run(tmp_path, {})
    ref = _ref(outside, "radar.txt")
    action = q.quarantine(ref, str(vault), jurisdiction="ITAR", category="XI(c)",
                          sha256=hashlib.sha256(data).hexdigest())
    assert action.state == "done"
    assert not (outside / "radar.txt").exists()
    copies = list(vault.rglob("radar.txt"))
    assert len(copies) == 1 and copies[0].read_bytes() == data
    tomb = (outside / ("radar.txt" + TOMBSTONE_SUFFIX)).read_text()
    assert action.id in tomb and "exports@example.com" in tomb and "AN/XYZ" not in tomb
    actions = [e["action"] for e in audit.entries()]
    assert actions == ["quarantine.start", "quarantine.copied", "quarantine.deleted",
                       "quarantine.done"]
    assert audit.verify().ok

    # Running it again (the next sweep) repeats nothing.
    again = q.quarantine(ref, str(vault), jurisdiction="ITAR", category="XI(c)", sha256=None)
    assert again.state == "done" and len(list(audit.entries())) == 4

    restored = q.restore(action.id)
    assert restored.state == "restored"
    assert (outside / "radar.txt").read_bytes() == data
    assert not (outside / ("radar.txt" + TOMBSTONE_SUFFIX)).exists()
    assert not list(vault.rglob("radar.txt"))
    assert [e["action"] for e in audit.entries()][-2:] == ["restore.start", "restore.done"]


@pytest.mark.parametrize("where", [("vault", "put"), ("vault", "stat"), ("outside", "delete"),
                                   ("outside", "put")])
def test_a_crash_at_any_step_resumes_without_loss_or_duplicates(tmp_path: Path, where) -> None:
    outside, vault, data = _setup(tmp_path)
    folder = {"vault": vault, "outside": outside}[where[0]]
    crash = {str(folder): {where[1]}}
    q, journal, audit = _run(tmp_path, crash)
    ref = _ref(outside, "radar.txt")
    with pytest.raises(Crash):
        q.quarantine(ref, str(vault), jurisdiction="ITAR", category="XI(c)", sha256=None)
    # Whatever happened, the bytes exist somewhere intact.
    copies = [p.read_bytes() for p in vault.rglob("radar.txt")]
    assert (outside / "radar.txt").exists() or copies == [data]

    # A fresh process resumes from the journal.
    journal.close()
    q2, journal2, audit2 = _run(tmp_path, {})
    pending = list(q2.pending())
    assert len(pending) == 1
    done = q2.resume(pending[0])
    assert done.state == "done"
    assert not (outside / "radar.txt").exists()
    assert [p.read_bytes() for p in vault.rglob("radar.txt")] == [data]
    assert (outside / ("radar.txt" + TOMBSTONE_SUFFIX)).exists()
    kinds = [e["action"] for e in audit2.entries()]
    assert kinds.count("quarantine.done") == 1 and kinds.count("quarantine.deleted") == 1
    assert audit2.verify().ok


def test_a_changed_original_is_not_deleted(tmp_path: Path) -> None:
    outside, vault, data = _setup(tmp_path)
    q, _journal, audit = _run(tmp_path, {})
    ref = _ref(outside, "radar.txt")
    (outside / "radar.txt").write_bytes(data + b"edited by an engineer meanwhile\n")
    os.utime(outside / "radar.txt", ns=(1, 1))
    action = q.quarantine(ref, str(vault), jurisdiction="ITAR", category="XI(c)",
                          sha256=hashlib.sha256(data).hexdigest())
    assert action.state == "abandoned"
    assert (outside / "radar.txt").read_bytes().endswith(b"meanwhile\n")
    assert not list(vault.rglob("radar.txt"))
    with pytest.raises(QuarantineError):
        q.restore(action.id)


# ---------------------------------------------------------------- a whole sweep


@pytest.mark.slow
def test_enforce_sweep_labels_inside_quarantines_outside(tmp_path: Path, capsys) -> None:
    inside, outside, vault = tmp_path / "inside", tmp_path / "partner", tmp_path / "vault"
    for folder in (inside, outside, vault):
        folder.mkdir()
    for folder in (inside, outside):
        (folder / "itar.txt").write_text(ITAR_TEXT)
        (folder / "ear.txt").write_text(EAR_TEXT)
        (folder / "plain.txt").write_text(PLAIN_TEXT)
    originals = {p.name: p.read_bytes() for p in outside.iterdir()}
    config = tmp_path / "enclave.yaml"
    config.write_text(yaml.safe_dump({
        "version": 1, "mode": "enforce", "contact": "exports@example.com",
        # These two-line items are scored with modest confidence; this test is about acting.
        "thresholds": {"itar": 0.3, "ear": 0.3, "uncontrolled": 0.3},
        "state_dir": str(tmp_path / "state"),
        "sources": [{"uri": str(inside), "inside": True},
                    {"uri": str(outside), "inside": False, "quarantine": str(vault)}]}))
    out = tmp_path / "out"
    assert main(["sweep", "--config", str(config), "--out", str(out), "--no-progress"]) == 3
    actions = {Path(a["uri"]).name + ("@out" if "/partner/" in a["uri"] else ""): a
               for a in map(json.loads, (out / "actions.jsonl").read_text().splitlines())}

    # Inside: labelled in extended attributes, bytes untouched.
    assert actions["itar.txt"]["status"] == "done"
    xattrs = {k: os.getxattr(inside / "itar.txt", k).decode()
              for k in os.listxattr(inside / "itar.txt")}
    assert xattrs["user.enclave.enclave_jurisdiction"] == "ITAR"
    assert (inside / "itar.txt").read_text() == ITAR_TEXT
    # Outside: controlled items moved, the uncontrolled one left alone.
    assert actions["itar.txt@out"]["status"] == "done"
    assert actions["ear.txt@out"]["status"] == "done"
    assert actions["plain.txt@out"]["action"] == "label"
    assert sorted(p.name for p in outside.iterdir()) == [
        "ear.txt" + TOMBSTONE_SUFFIX, "itar.txt" + TOMBSTONE_SUFFIX, "plain.txt"]
    for name in ("itar.txt", "ear.txt"):
        [copy] = list(vault.rglob(name))
        assert copy.read_bytes() == originals[name]
    assert main(["audit", "verify", "--state", str(tmp_path / "state")]) == 0

    # A second sweep finds tombstones, not items, and acts on nothing twice.
    before = len((tmp_path / "state" / "audit.jsonl").read_text().splitlines())
    assert main(["sweep", "--config", str(config), "--out", str(out), "--no-progress"]) == 3
    after = (tmp_path / "state" / "audit.jsonl").read_text().splitlines()
    assert [json.loads(x)["action"] for x in after[before:]
            if json.loads(x)["action"].startswith("quarantine")] == []

    # Restore one through the command line.
    qid = actions["itar.txt@out"]["id"]
    capsys.readouterr()
    assert main(["quarantine", "list", "--config", str(config), "--json"]) == 0
    listed = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert {x["id"] for x in listed} >= {qid}
    assert main(["quarantine", "restore", qid, "--config", str(config)]) == 0
    assert (outside / "itar.txt").read_bytes() == originals["itar.txt"]
    assert not (outside / ("itar.txt" + TOMBSTONE_SUFFIX)).exists()
    assert main(["audit", "verify", "--state", str(tmp_path / "state")]) == 0


def test_unlisted_source_and_missing_quarantine_are_refused(tmp_path: Path, capsys) -> None:
    config = tmp_path / "enclave.yaml"
    config.write_text(yaml.safe_dump({"sources": [{"uri": str(tmp_path), "inside": True}]}))
    other = tmp_path.parent
    assert main(["sweep", str(other), "--config", str(config)]) == 2
    assert "not listed under `sources`" in capsys.readouterr().err
    config.write_text(yaml.safe_dump({"mode": "enforce",
                                      "sources": [{"uri": str(tmp_path), "inside": False}]}))
    assert main(["sweep", "--config", str(config)]) == 2
    assert "needs a quarantine location" in capsys.readouterr().err


def test_quarantine_from_a_sharepoint_drive_and_back(tmp_path: Path, monkeypatch) -> None:
    """Graph item uris are ids: the tombstone and the restored file go in by path."""
    from tests import graph_server
    from tests.graph_server import GraphServer

    vault = tmp_path / "vault"
    vault.mkdir()
    data = ITAR_TEXT.encode() * 20
    with GraphServer() as server:
        server.point_clients_here(monkeypatch)
        server.state.add_file("/Partners/radar.txt", data)
        spec = f"graph://drives/{graph_server.DRIVE}/root:/Partners"
        ref = next(iter(open_source(spec).list()))
        q, _journal, audit = _run(tmp_path, {})
        q._open = open_source                       # real sources only, no crash injection
        action = q.quarantine(ref, str(vault), jurisdiction="ITAR", category="XI(c)",
                              sha256=hashlib.sha256(data).hexdigest())
        assert action.state == "done"
        assert server.state.by_path("/Partners/radar.txt") is None
        tomb = server.state.by_path("/Partners/radar.txt" + TOMBSTONE_SUFFIX)
        assert tomb is not None and action.id.encode() in tomb.content
        assert [p.read_bytes() for p in vault.rglob("radar.txt")] == [data]

        assert q.restore(action.id).state == "restored"
        back = server.state.by_path("/Partners/radar.txt")
        assert back is not None and back.content == data
        assert server.state.by_path("/Partners/radar.txt" + TOMBSTONE_SUFFIX) is None
        assert not list(vault.rglob("radar.txt"))
        assert audit.verify().ok


@pytest.mark.parametrize("posture, codes", [
    ({"location": "US", "kms_key": "projects/p/keys/k", "public_access_prevention": "enforced"}, []),
    ({"location": "EUROPE-WEST3", "kms_key": "k", "public_access_prevention": "enforced"},
     ["POSTURE_NON_US_REGION"]),
    ({"location": "US-EAST1", "public_access_prevention": "inherited"},
     ["POSTURE_PUBLIC_ACCESS", "POSTURE_NO_CMK"]),
    ({"region": "us-gov-west-1", "kms_key": "arn:k", "public_access_block.BlockPublicAcls": "true",
      "public_access_block.BlockPublicPolicy": "false"}, ["POSTURE_PUBLIC_ACCESS"]),
    ({"public_access": "blob"}, ["POSTURE_PUBLIC_ACCESS"]),
    ({"fs_type": "ext4"}, []),
])
def test_posture_of_a_source_declared_inside(posture, codes) -> None:
    from pipeline.sources.posture import check_inside

    assert sorted(f.code for f in check_inside("x://y", posture)) == sorted(codes)
