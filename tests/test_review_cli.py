"""The review queue end to end: a sweep queues what a person must see (with evidence and
text), `enclave queue decide` labels the item and audits the decision, and a later sweep over a
copy of the reviewed content queues nothing new and applies the reviewed label."""

from __future__ import annotations

import io
import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.records import Decision, Evidence, Jurisdiction, Versions
from review.store import ReviewStore
from tests.conftest import EAR_TEXT, ITAR_TEXT, PLAIN_TEXT


def _xattrs(path: Path) -> dict[str, str]:
    return {k: os.getxattr(path, k).decode() for k in os.listxattr(path)}


def _sweep(*args: str) -> None:
    # A finished sweep may still say, by its exit code, that it found controlled items or items
    # to review; 1 and 2 are failures.
    assert main(["sweep", *args, "--no-progress"]) not in (1, 2)


def _json_lines(text: str) -> list[dict]:
    return [json.loads(x) for x in text.splitlines() if x.strip()]


@pytest.mark.slow
def test_sweep_queue_decide_and_a_copy_inherits_the_review(tmp_path: Path, capsys,
                                                          monkeypatch) -> None:
    monkeypatch.delenv("ENCLAVE_REVIEW_URL", raising=False)
    src, state = tmp_path / "share", tmp_path / "state"
    src.mkdir()
    (src / "itar.txt").write_text(ITAR_TEXT)
    (src / "ear.txt").write_text(EAR_TEXT)
    (src / "plain.txt").write_text(PLAIN_TEXT)
    (src / "empty.txt").write_bytes(b"")
    # Controlled decisions need review whatever the models' confidence; report mode, the SQLite
    # store in the state folder.
    config = tmp_path / "enclave.yaml"
    config.write_text("policy: {thresholds: {itar: 0.999, ear: 0.999}}\n")
    _sweep(str(src), "--config", str(config), "--state", str(state), "--out", str(tmp_path / "out1"))
    assert (state / "review.db").exists()

    capsys.readouterr()
    assert main(["queue", "list", "--json", "--state", str(state)]) == 0
    listed = {Path(e["uri"]).name: e for e in _json_lines(capsys.readouterr().out)}
    assert set(listed) == {"itar.txt", "ear.txt", "empty.txt"}
    assert listed["empty.txt"]["why"] == "undetermined"
    assert listed["itar.txt"]["why"] == "review_required"
    assert listed["itar.txt"]["jurisdiction"] == "ITAR"
    assert "segments" not in listed["itar.txt"]                   # no text in list output
    assert all("excerpt" not in r for r in listed["itar.txt"]["reasons"])

    with ReviewStore.open(state_dir=state) as store:
        itar = store.get(listed["itar.txt"]["id"])
    assert itar.segments and "".join(s["text"] for s in itar.segments).strip() == ITAR_TEXT.strip()
    assert itar.source and itar.item_version and itar.sha256
    marks = [r for r in itar.reasons if r["code"] == "MARK_USML_CATEGORY"]
    assert marks and marks[0]["excerpt"]
    seg = next(s for s in itar.segments if s["where"] == marks[0]["location"]["where"])
    loc = marks[0]["location"]
    span = seg["text"][loc["start"]:loc["end"]]                    # highlightable in place
    assert span.startswith("USML CATEGORY XI(c)") or "XI(c)" in span
    assert " ".join(span.split()) in " ".join(marks[0]["excerpt"].split())

    assert main(["queue", "list", "--jurisdiction", "itar", "--json",
                 "--state", str(state)]) == 0
    assert [Path(e["uri"]).name for e in _json_lines(capsys.readouterr().out)] == ["itar.txt"]
    assert main(["queue", "list", "--older-than", "7d", "--json", "--state", str(state)]) == 0
    assert capsys.readouterr().out == ""
    assert main(["queue", "list", "--state", str(state)]) == 0
    assert "itar.txt" in capsys.readouterr().out

    assert main(["queue", "show", str(itar.id), "--state", str(state)]) == 0
    shown = capsys.readouterr().out
    assert "MARK_USML_CATEGORY" in shown and marks[0]["excerpt"] in shown
    assert "22 CFR 121.1" in shown

    # An override needs a note.
    assert main(["queue", "decide", str(itar.id), "--category", "XI(a)(3)",
                 "--reviewer", "alice", "--state", str(state)]) == 1
    assert "note" in capsys.readouterr().err
    assert main(["queue", "decide", str(itar.id), "--category", "XI(a)(3)", "--reviewer",
                 "alice", "--note", "search radar receiver", "--json",
                 "--state", str(state)]) == 0
    outcome = json.loads(capsys.readouterr().out)
    assert outcome["reviewed"]["kind"] == "override"
    assert [(a["action"], a["status"]) for a in outcome["actions"]] == [("label", "done")]
    labels = _xattrs(src / "itar.txt")
    assert labels["user.enclave.enclave_jurisdiction"] == "ITAR"
    assert labels["user.enclave.enclave_category"] == "XI(a)(3)"
    assert (src / "itar.txt").read_text() == ITAR_TEXT             # bytes untouched

    audit = _json_lines((state / "audit.jsonl").read_text())
    decided = [e for e in audit if e["action"] == "review.decide"]
    assert len(decided) == 1
    assert decided[0]["reviewer"] == "alice" and decided[0]["kind"] == "override"
    assert decided[0]["old"]["category"] == "XI(c)"
    assert decided[0]["new"] == {"jurisdiction": "ITAR", "category": "XI(a)(3)"}
    assert "search radar receiver" not in (state / "audit.jsonl").read_text()
    assert any(e["action"] == "label.applied" for e in audit)
    assert any(e["action"] == "review.viewed" for e in audit)
    assert main(["audit", "verify", "--state", str(state)]) == 0

    ear = listed["ear.txt"]["id"]
    assert main(["queue", "decide", str(ear), "--not-technical", "--reviewer", "alice",
                 "--note", "build notes for a commercial board", "--state", str(state)]) == 0
    assert _xattrs(src / "ear.txt")["user.enclave.enclave_jurisdiction"] == "UNCONTROLLED"
    capsys.readouterr()
    assert main(["queue", "decide", str(ear), "--confirm", "--reviewer", "alice",
                 "--state", str(state)]) == 1                   # decided already
    assert "already decided" in capsys.readouterr().err

    # The acceptance test: a copy of the reviewed file elsewhere, swept in label mode.
    copies = tmp_path / "copies"
    copies.mkdir()
    shutil.copyfile(src / "itar.txt", copies / "radar-copy.txt")
    (copies / "other.txt").write_text(PLAIN_TEXT)
    with zipfile.ZipFile(copies / "bundle.zip", "w") as z:       # the same content as a member
        z.writestr("docs/menu.txt", PLAIN_TEXT)
        z.writestr("docs/receiver.txt", ITAR_TEXT)
    with ReviewStore.open(state_dir=state) as store:
        before = len(store.list(status=None, limit=None))
    out2 = tmp_path / "out2"
    _sweep(str(copies), "--state", str(state), "--out", str(out2), "--mode", "label")
    with ReviewStore.open(state_dir=state) as store:
        assert len(store.list(status=None, limit=None)) == before      # nothing new queued
    decisions = {Path(d["uri"]).name: d for d in _json_lines((out2 / "decisions.jsonl").read_text())}
    copy = decisions["radar-copy.txt"]
    assert (copy["jurisdiction"], copy["category"], copy["review_required"]) == (
        "ITAR", "XI(a)(3)", False)
    assert copy["reasons"][0]["code"] == "REVIEWED"
    member = decisions["receiver.txt"]
    assert (member["category"], member["reasons"][0]["code"]) == ("XI(a)(3)", "REVIEWED")
    bundle = decisions["bundle.zip"]                     # the container rolls up the review
    assert (bundle["jurisdiction"], bundle["category"]) == ("ITAR", "XI(a)(3)")
    actions = {Path(a["uri"]).name: a for a in _json_lines((out2 / "actions.jsonl").read_text())}
    assert actions["radar-copy.txt"]["status"] == "done"
    copied = _xattrs(copies / "radar-copy.txt")
    assert copied["user.enclave.enclave_category"] == "XI(a)(3)"

    out = tmp_path / "reviewed.jsonl"
    assert main(["queue", "export", str(out), "--state", str(state)]) == 0
    rows = _json_lines(out.read_text())
    assert {(r["jurisdiction"], r["category"], r["technical"]) for r in rows} == {
        ("ITAR", "XI(a)(3)", True), ("UNCONTROLLED", None, False)}


def _queue_one(state: Path, uri: str, jurisdiction: Jurisdiction = Jurisdiction.ITAR) -> int:
    ev = Evidence(code="MARK_ITAR_WARNING", detector="marking.itar_warning.v1", kind="marking",
                  jurisdiction=jurisdiction, category=None, where="body", start=0, end=4,
                  score=0.9, excerpt="ITAR")
    d = Decision(uri=uri, root=uri, size=4, sha256=uri[-1] * 64, mime="text/plain",
                 jurisdiction=jurisdiction, category="XI(c)", confidence=0.5,
                 review_required=True, reasons=(ev,), versions=Versions("r", "m", "t"))
    with ReviewStore.open(state_dir=state) as store:
        return store.enqueue(d, why="review_required").id


def test_users_roster_and_who_may_decide(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.delenv("ENCLAVE_REVIEW_URL", raising=False)
    state = tmp_path / "state"
    monkeypatch.setattr("sys.stdin", io.StringIO("correct horse battery\n"))
    assert main(["users", "add", "alice", "--role", "reviewer", "--us-person",
                 "--password-stdin", "--state", str(state)]) == 0
    assert main(["users", "add", "bob", "--role", "reviewer", "--state", str(state)]) == 0
    assert main(["users", "add", "vera", "--role", "viewer", "--us-person",
                 "--state", str(state)]) == 0
    assert main(["users", "add", "alice", "--role", "admin", "--state", str(state)]) == 1
    capsys.readouterr()
    assert main(["users", "list", "--json", "--state", str(state)]) == 0
    users = {u["name"]: u for u in _json_lines(capsys.readouterr().out)}
    assert users["alice"] == {**users["alice"], "role": "reviewer", "us_person": True,
                              "has_password": True}
    assert not users["bob"]["has_password"] and not users["bob"]["us_person"]
    with ReviewStore.open(state_dir=state) as store:
        assert store.get_user("alice").verify_password("correct horse battery")
    assert "correct horse" not in (state / "review.db").read_bytes().decode("latin-1")

    entry = _queue_one(state, "file:///nowhere/a")
    # Not on the roster; not a U.S. person for ITAR content; a viewer: refused.
    for who, why in (("mallory", "roster"), ("bob", "U.S. person"), ("vera", "viewer")):
        assert main(["queue", "decide", str(entry), "--confirm", "--reviewer", who,
                     "--mode", "report", "--state", str(state)]) == 2
        assert why in capsys.readouterr().err
    assert main(["queue", "decide", str(entry), "--confirm", "--reviewer", "alice",
                 "--mode", "report", "--state", str(state)]) == 0
    with ReviewStore.open(state_dir=state) as store:
        assert store.reviewed("a" * 64).reviewer == "alice"

    monkeypatch.setattr("sys.stdin", io.StringIO("new secret\n"))
    assert main(["users", "passwd", "bob", "--password-stdin", "--state", str(state)]) == 0
    with ReviewStore.open(state_dir=state) as store:
        assert store.get_user("bob").verify_password("new secret")


def test_queue_show_asks_the_access_rule(tmp_path: Path, capsys, monkeypatch) -> None:
    """With a roster, `queue show` needs --user; a non-U.S. person is refused (and audited)
    for content whose effective decision is controlled, even when the machine said otherwise."""
    from labels.audit import AuditLog

    monkeypatch.delenv("ENCLAVE_REVIEW_URL", raising=False)
    state = tmp_path / "state"
    plain = _queue_one(state, "file:///nowhere/p", Jurisdiction.UNCONTROLLED)
    assert main(["users", "add", "alice", "--role", "reviewer", "--us-person",
                 "--state", str(state)]) == 0
    assert main(["users", "add", "bob", "--role", "reviewer", "--state", str(state)]) == 0
    capsys.readouterr()
    assert main(["queue", "show", str(plain), "--state", str(state)]) == 2
    assert "--user" in capsys.readouterr().err
    assert main(["queue", "show", str(plain), "--user", "bob", "--state", str(state)]) == 0
    assert main(["queue", "decide", str(plain), "--jurisdiction", "ITAR", "--category", "XI(c)",
                 "--reviewer", "alice", "--note", "radar", "--mode", "report",
                 "--state", str(state)]) == 0
    capsys.readouterr()
    assert main(["queue", "show", str(plain), "--user", "bob", "--state", str(state)]) == 2
    out = capsys.readouterr()
    assert "U.S. person" in out.err and "nowhere" not in out.out
    assert main(["queue", "show", str(plain), "--user", "alice", "--state", str(state)]) == 0
    refused = [e for e in AuditLog(state / "audit.jsonl").entries()
               if e["action"] == "view.refused"]
    assert len(refused) == 1 and refused[0]["actor"] == "bob"
    assert refused[0]["detail"]["effective"]["jurisdiction"] == "ITAR"
    assert main(["queue", "show", "9" * 27, "--user", "alice", "--state", str(state)]) == 1


def test_queue_command_line_errors(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.delenv("ENCLAVE_REVIEW_URL", raising=False)
    state = tmp_path / "state"
    entry = _queue_one(state, "file:///nowhere/b")
    assert main(["queue", "decide", str(entry), "--reviewer", "a", "--state", str(state)]) == 2
    assert "say what you decide" in capsys.readouterr().err
    assert main(["queue", "show", "999", "--state", str(state)]) == 1
    assert main(["queue", "decide", str(entry), "--release", "--reviewer", "a",
                 "--state", str(state)]) == 1
    assert "not a quarantined item" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["queue", "list", "--older-than", "soon", "--state", str(state)])


@pytest.mark.slow
def test_a_quarantined_item_is_queued_and_released(tmp_path: Path, capsys, monkeypatch) -> None:
    import yaml

    monkeypatch.delenv("ENCLAVE_REVIEW_URL", raising=False)
    outside, vault, state = tmp_path / "partner", tmp_path / "vault", tmp_path / "state"
    outside.mkdir()
    vault.mkdir()
    (outside / "itar.txt").write_text(ITAR_TEXT)
    config = tmp_path / "enclave.yaml"
    config.write_text(yaml.safe_dump({
        "version": 1, "mode": "enforce", "state_dir": str(state),
        # Confident enough to act without review: it is queued because it was quarantined.
        "thresholds": {"itar": 0.3, "ear": 0.3, "uncontrolled": 0.3},
        "sources": [{"uri": str(outside), "inside": False, "quarantine": str(vault)}]}))
    _sweep("--config", str(config), "--out", str(tmp_path / "out"))
    assert not (outside / "itar.txt").exists()
    capsys.readouterr()
    assert main(["queue", "list", "--why", "quarantined", "--json", "--config", str(config)]) == 0
    [entry] = _json_lines(capsys.readouterr().out)
    assert entry["quarantine_id"] and Path(entry["uri"]).name == "itar.txt"
    with ReviewStore.open(state_dir=state) as store:
        assert store.get(entry["id"]).segments                    # the text came along
    assert main(["queue", "decide", str(entry["id"]), "--release", "--reviewer", "alice",
                 "--note", "licence on file", "--config", str(config)]) == 0
    assert (outside / "itar.txt").read_text() == ITAR_TEXT
    audit = _json_lines((state / "audit.jsonl").read_text())
    assert [e["kind"] for e in audit if e["action"] == "review.decide"] == ["release"]
    assert main(["audit", "verify", "--config", str(config)]) == 0
