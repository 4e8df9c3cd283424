"""The review store on SQLite and on a real PostgreSQL server: queue, reviewed decisions by
content hash, counts, training export, users, migrations, concurrent readers."""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from pipeline.errors import ErrorCode
from pipeline.records import Decision, Evidence, ItemError, Jurisdiction, Segment, Versions
from review import store as store_mod
from review.store import NotFound, ReviewStore, StoreError
from tests.postgres import postgres  # noqa: F401  (the session fixture)

VERSIONS = Versions(rules="r", model="m", taxonomy="t")
TEXT = "ITAR CONTROLLED - USML CATEGORY XI(c)\nReceiver alignment for the AN/XYZ-1 radar.\n"


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "review.db")
    return request.getfixturevalue("postgres").new_database()


@pytest.fixture
def store(target: str):
    s = ReviewStore.open(target)
    yield s
    s.close()


def decision(uri: str = "file:///share/radar.txt", *, sha: str | None = "a" * 64,
             jurisdiction: Jurisdiction = Jurisdiction.ITAR, category: str | None = "XI(c)",
             confidence: float = 0.6, review: bool = True, source: str = "file:///share",
             error: ItemError | None = None) -> Decision:
    ev = Evidence(code="MARK_USML_CATEGORY", detector="marking.usml_category.v1", kind="marking",
                  jurisdiction=Jurisdiction.ITAR, category="XI(c)", where="body", start=0,
                  end=37, score=0.95, excerpt=TEXT[:37])
    return Decision(uri=uri, root=uri, size=len(TEXT), sha256=sha, mime="text/plain",
                    jurisdiction=jurisdiction, category=category, confidence=confidence,
                    review_required=review, reasons=(ev,), versions=VERSIONS, error=error,
                    alternatives=("XII(e)",), item_version="1700000000:85", source=source)


SEGMENTS = (Segment("body", TEXT),)


def test_enqueue_keeps_evidence_excerpts_and_segments(store: ReviewStore) -> None:
    entry = store.enqueue(decision(), why="review_required", segments=SEGMENTS)
    assert entry is not None and entry.status == "open" and entry.why == "review_required"
    got = store.get(entry.id)
    assert got == entry
    assert got.reasons[0]["excerpt"] == TEXT[:37]
    assert got.reasons[0]["location"] == {"where": "body", "start": 0, "end": 37}
    assert got.segments == ({"where": "body", "text": TEXT},)
    assert got.alternatives == ("XII(e)",) and got.jurisdiction == "ITAR"
    assert got.source == "file:///share" and got.item_version == "1700000000:85"
    # Text stays out of repr (log lines) and out of the JSON unless asked for.
    assert "AN/XYZ" not in repr(got)
    assert "AN/XYZ" not in json.dumps(got.to_json())
    assert got.to_json(content=True)["segments"][0]["text"] == TEXT
    with pytest.raises(NotFound):
        store.get(9999)


def test_same_item_and_content_is_queued_once(store: ReviewStore) -> None:
    first = store.enqueue(decision(), why="review_required", segments=SEGMENTS)
    assert first is not None
    assert store.enqueue(decision(), why="review_required", segments=SEGMENTS) is None
    # A copy elsewhere, or changed content at the same place, is a new entry.
    assert store.enqueue(decision("file:///share/copy.txt"), why="review_required") is not None
    assert store.enqueue(decision(sha="b" * 64), why="review_required") is not None
    # Unreadable items without a hash are queued once per uri too.
    bad = decision("file:///share/bad.pdf", sha=None, jurisdiction=Jurisdiction.UNDETERMINED,
                   category=None, error=ItemError(ErrorCode.UNREADABLE, "cannot be read"))
    assert store.enqueue(bad, why="undetermined") is not None
    assert store.enqueue(bad, why="undetermined") is None
    assert len(store.list()) == 4
    # A quarantine of an item already queued records the quarantine on that entry.
    assert store.enqueue(decision(), why="quarantined", quarantine_id="q-1") is None
    updated = store.get(first.id)
    assert updated.quarantine_id == "q-1" and updated.why == "quarantined"


def test_decide_remembers_by_content_and_nothing_is_queued_again(store: ReviewStore) -> None:
    entry = store.enqueue(decision(), why="review_required", segments=SEGMENTS)
    sibling = store.enqueue(decision("file:///other/radar.txt"), why="review_required")
    with pytest.raises(StoreError, match="note"):
        store.decide(entry.id, reviewer="alice", kind="override", category="XI(a)")
    with pytest.raises(StoreError, match="unknown decision"):
        store.decide(entry.id, reviewer="alice", kind="maybe")
    with pytest.raises(StoreError, match="quarantined"):
        store.decide(entry.id, reviewer="alice", kind="release")
    got = store.decide(entry.id, reviewer="alice", kind="override", category="XI(a)(3)",
                       note="radar receiver, paragraph (a)")
    assert (got.jurisdiction, got.category, got.kind, got.reviewer) == (
        "ITAR", "XI(a)(3)", "override", "alice")
    assert got.queue_id == entry.id and got.sha256 == "a" * 64
    assert store.reviewed("a" * 64) == got
    assert store.reviewed("f" * 64) is None and store.reviewed(None) is None
    assert store.get(entry.id).status == "decided" and store.get(entry.id).decided_at
    assert store.get(sibling.id).status == "decided"        # same content, decided with it
    with pytest.raises(StoreError, match="already decided"):
        store.decide(entry.id, reviewer="alice", kind="confirm")
    # The same content anywhere is not queued again.
    assert store.enqueue(decision("file:///elsewhere/copy.txt"), why="review_required") is None
    assert store.list() == []
    assert {e.id for e in store.list(status="decided")} == {entry.id, sibling.id}
    assert store.reviewed_many(["a" * 64, "c" * 64]) == {"a" * 64: got}


def test_decision_kinds(store: ReviewStore) -> None:
    def fresh(n: int):
        return store.enqueue(decision(f"file:///s/{n}", sha=f"{n:064x}"), why="review_required")

    confirm = store.decide(fresh(1).id, reviewer="a", kind="confirm")
    assert (confirm.jurisdiction, confirm.category, confirm.note) == ("ITAR", "XI(c)", None)
    ear = store.decide(fresh(2).id, reviewer="a", kind="override", jurisdiction="ear",
                       category="9E003.a.1", note="engine hot section")
    assert (ear.jurisdiction, ear.category) == ("EAR", "9E003.a.1")
    only_j = store.decide(fresh(3).id, reviewer="a", kind="override", jurisdiction="EAR",
                          note="no category yet")
    assert (only_j.jurisdiction, only_j.category) == ("EAR", None)
    with pytest.raises(StoreError, match="note"):
        store.decide(fresh(4).id, reviewer="a", kind="not_technical", note="  ")
    nt = store.decide(fresh(5).id, reviewer="a", kind="not_technical", note="training slides")
    assert (nt.jurisdiction, nt.category) == ("UNCONTROLLED", None)
    q = store.enqueue(decision("file:///s/q", sha="9" * 64), why="quarantined",
                      quarantine_id="q-42")
    released = store.decide(q.id, reviewer="a", kind="release", note="licence on file")
    assert released.kind == "release" and released.jurisdiction == "ITAR"
    # Released content quarantined again is shown to a person again.
    again = store.enqueue(decision("file:///s/q2", sha="9" * 64), why="quarantined",
                          quarantine_id="q-43")
    assert again is not None
    assert store.enqueue(decision("file:///s/q3", sha="9" * 64), why="review_required") is None
    assert [h.kind for h in store.history("9" * 64)] == ["release"]
    undetermined = store.enqueue(decision("file:///s/u", sha="8" * 64,
                                          jurisdiction=Jurisdiction.UNDETERMINED, category=None),
                                 why="undetermined")
    with pytest.raises(StoreError, match="ITAR, EAR or UNCONTROLLED"):
        store.decide(undetermined.id, reviewer="a", kind="confirm")


def test_list_filters_and_counts(store: ReviewStore, target: str) -> None:
    store.enqueue(decision("file:///a/1", sha="1" * 64, confidence=0.4, source="file:///a"),
                  why="review_required")
    store.enqueue(decision("file:///a/2", sha="2" * 64, jurisdiction=Jurisdiction.EAR,
                           category="5A002.a", confidence=0.8, source="file:///a"),
                  why="review_required")
    store.enqueue(decision("gs://b/3", sha=None, jurisdiction=Jurisdiction.UNDETERMINED,
                           category=None, confidence=0.0, source="gs://b"), why="undetermined")
    old = store.enqueue(decision("gs://b/4", sha="4" * 64, source="gs://b"),
                        why="review_required")
    _age(target, old.id, days=10)

    assert [e.uri for e in store.list()] == ["gs://b/4", "file:///a/1", "file:///a/2", "gs://b/3"]
    assert {e.uri for e in store.list(jurisdiction="itar")} == {"file:///a/1", "gs://b/4"}
    assert {e.uri for e in store.list(source="gs://b")} == {"gs://b/3", "gs://b/4"}
    assert {e.uri for e in store.list(source="file:///a/")} == {"file:///a/1", "file:///a/2"}
    assert [e.uri for e in store.list(older_than=timedelta(days=7))] == ["gs://b/4"]
    assert {e.uri for e in store.list(max_confidence=0.5)} == {"file:///a/1", "gs://b/3"}
    assert [e.uri for e in store.list(why="undetermined")] == ["gs://b/3"]
    assert len(store.list(limit=2)) == 2 and len(store.list(limit=2, offset=3)) == 1
    with pytest.raises(StoreError):
        store.list(status="pending")

    counts = store.counts()
    assert counts.total == 4 and counts.decided == 0
    assert counts.by_jurisdiction == {"ITAR": 2, "EAR": 1, "UNDETERMINED": 1}
    assert counts.by_source == {"file:///a": 2, "gs://b": 2}
    assert counts.by_age == {"<1d": 3, "1-7d": 0, "7-30d": 1, ">30d": 0}
    assert counts.by_why == {"review_required": 3, "undetermined": 1}
    store.decide(store.list(jurisdiction="EAR")[0].id, reviewer="a", kind="confirm")
    assert store.counts().decided == 1 and store.counts().total == 3
    assert json.loads(json.dumps(store.counts().to_json()))["total"] == 3


def _age(target: str, entry_id: int, days: int) -> None:
    """Backdate an entry (what time would do)."""
    stamp = (datetime.now(timezone.utc) - timedelta(days=days)).strftime(store_mod._TS)
    if target.startswith("postgresql://"):
        import psycopg
        with psycopg.connect(target, autocommit=True) as conn:
            conn.execute("UPDATE queue SET created_at = %s WHERE id = %s", (stamp, entry_id))
    else:
        with sqlite3.connect(target) as conn:
            conn.execute("UPDATE queue SET created_at = ? WHERE id = ?", (stamp, entry_id))


def test_export_training(store: ReviewStore, tmp_path: Path) -> None:
    a = store.enqueue(decision("file:///s/a", sha="1" * 64), why="review_required",
                      segments=SEGMENTS)
    b = store.enqueue(decision("file:///s/b", sha="2" * 64), why="review_required",
                      segments=[{"where": "page:1", "text": "Quarterly training on export rules."}])
    store.enqueue(decision("file:///s/c", sha="3" * 64), why="review_required")  # not decided
    store.decide(a.id, reviewer="r", kind="override", category="XI(a)", note="receiver")
    store.decide(b.id, reviewer="r", kind="not_technical", note="training material")
    out = tmp_path / "export" / "reviewed.jsonl"
    assert store.export_training(out) == 2
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert [(r["jurisdiction"], r["category"], r["technical"], r["kind"]) for r in rows] == [
        ("ITAR", "XI(a)", True, "override"), ("UNCONTROLLED", None, False, "not_technical")]
    assert rows[0]["text"] == TEXT.strip() and rows[0]["machine"]["category"] == "XI(c)"
    assert "reviewer" not in rows[0]


def test_users(store: ReviewStore) -> None:
    alice = store.add_user("alice", role="admin", us_person=True, password="correct horse")
    assert alice.role == "admin" and alice.us_person
    assert alice.password_hash and "correct horse" not in alice.password_hash
    assert alice.password_hash.startswith("scrypt$")
    assert alice.verify_password("correct horse") and not alice.verify_password("wrong")
    assert "scrypt" not in repr(alice)
    bob = store.add_user("bob", role="viewer")
    assert not bob.us_person and not bob.verify_password("")
    with pytest.raises(StoreError, match="exists"):
        store.add_user("alice")
    with pytest.raises(StoreError, match="role"):
        store.add_user("carol", role="root")
    store.set_password("bob", "s3cret")
    assert store.get_user("bob").verify_password("s3cret")
    assert store.get_user("nobody") is None
    with pytest.raises(NotFound):
        store.set_password("nobody", "x")
    assert [u.name for u in store.list_users()] == ["alice", "bob"]
    assert store.set_role("bob", "reviewer", us_person=True).us_person
    # Two hashes of one password differ (salted).
    store.add_user("dave", password="correct horse")
    assert store.get_user("dave").password_hash != store.get_user("alice").password_hash


def test_migrations_are_versioned_and_idempotent(target: str) -> None:
    with ReviewStore.open(target) as s:
        assert s.schema_version() == len(store_mod.MIGRATIONS)
        s.add_user("alice")
    for _ in range(2):                              # opening again applies nothing, loses nothing
        with ReviewStore.open(target) as s:
            assert s.schema_version() == len(store_mod.MIGRATIONS)
            assert [u.name for u in s.list_users()] == ["alice"]


def test_later_migration_is_applied_once(target: str, monkeypatch) -> None:
    with ReviewStore.open(target):
        pass
    extra = (len(store_mod.MIGRATIONS) + 1, "test: extra column",
             ("ALTER TABLE users ADD COLUMN email TEXT",))
    monkeypatch.setattr(store_mod, "MIGRATIONS", store_mod.MIGRATIONS + (extra,))
    for _ in range(2):
        with ReviewStore.open(target) as s:
            assert s.schema_version() == extra[0]
            assert s.list_users() == []


def test_concurrent_opens_migrate_once(target: str) -> None:
    errors: list[BaseException] = []

    def open_one() -> None:
        try:
            with ReviewStore.open(target) as s:
                s.schema_version()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with ReviewStore.open(target) as s:
        assert s.schema_version() == len(store_mod.MIGRATIONS)


def test_sqlite_is_wal_and_readers_see_committed_rows_while_a_writer_writes(tmp_path: Path) -> None:
    path = tmp_path / "review.db"
    writer = ReviewStore.open(path)
    reader = ReviewStore.open(path)
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    stop = threading.Event()
    seen: list[int] = []
    failures: list[BaseException] = []

    def read() -> None:
        try:
            while not stop.is_set():
                seen.append(len(reader.list(limit=None)))
                reader.counts()
        except BaseException as exc:  # noqa: BLE001
            failures.append(exc)

    t = threading.Thread(target=read)
    t.start()
    try:
        for i in range(150):
            writer.enqueue(decision(f"file:///s/{i}", sha=f"{i:064x}"), why="review_required",
                           segments=SEGMENTS)
    finally:
        stop.set()
        t.join()
    assert failures == []
    assert seen and seen == sorted(seen)             # monotone: only committed rows
    assert len(reader.list(limit=None)) == 150

    # A reader holding a read transaction open does not block the writer (WAL).
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("BEGIN")
    assert raw.execute("SELECT count(*) FROM queue").fetchone()[0] == 150
    writer.enqueue(decision("file:///s/late", sha="e" * 64), why="review_required")
    assert raw.execute("SELECT count(*) FROM queue").fetchone()[0] == 150   # its snapshot
    raw.execute("COMMIT")
    assert raw.execute("SELECT count(*) FROM queue").fetchone()[0] == 151
    raw.close()
    writer.close()
    reader.close()


def test_open_from_config_and_environment(tmp_path: Path, monkeypatch, postgres) -> None:
    from pipeline.config import EnclaveConfig

    monkeypatch.delenv(store_mod.URL_ENV, raising=False)
    config = EnclaveConfig(state_dir=str(tmp_path / "state"))
    with ReviewStore.for_config(config) as s:
        assert s.kind == "sqlite" and s.location == str(tmp_path / "state" / "review.db")
    url = postgres.new_database()
    monkeypatch.setenv(store_mod.URL_ENV, url)
    with ReviewStore.for_config(config) as s:
        assert s.kind == "postgresql"
    monkeypatch.delenv(store_mod.URL_ENV)
    config = EnclaveConfig.model_validate({"review": {"url": url}})
    with ReviewStore.for_config(config) as s:
        assert s.kind == "postgresql"
    with pytest.raises(StoreError, match="cannot connect") as err:
        ReviewStore.open(f"postgresql://u:hunter2@127.0.0.1:{_closed_port()}/x")
    assert "hunter2" not in str(err.value)


def _closed_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_postgres_store_is_shared_by_two_connections(postgres) -> None:
    url = postgres.new_database()
    with ReviewStore.open(url) as worker, ReviewStore.open(url) as reviewer:
        entry = worker.enqueue(decision(), why="review_required", segments=SEGMENTS)
        assert reviewer.get(entry.id) == entry
        reviewer.decide(entry.id, reviewer="alice", kind="confirm")
        assert worker.reviewed("a" * 64).reviewer == "alice"
        assert worker.enqueue(replace(decision(), uri="file:///copy"),
                              why="review_required") is None


def test_effective_decision_and_can_view_follow_the_review_and_every_copy(store: ReviewStore) -> None:
    from review.effective import Access, can_view, is_controlled

    assert is_controlled("ITAR", "XI(c)") and is_controlled("EAR", "5A002.a")
    assert is_controlled("UNDETERMINED", None) and not is_controlled("EAR", "EAR99")
    assert not is_controlled("UNCONTROLLED", None)
    store.add_user("us", role="reviewer", us_person=True)
    store.add_user("foreign", role="reviewer", us_person=False)
    us, foreign = store.get_user("us"), store.get_user("foreign")
    plain = store.enqueue(decision("file:///share/a.txt", sha="c" * 64,
                                   jurisdiction=Jurisdiction.UNCONTROLLED, category=None),
                          why="review_required", segments=SEGMENTS)
    copy = store.enqueue(decision("file:///share/b.txt", sha="c" * 64,
                                  jurisdiction=Jurisdiction.UNCONTROLLED, category=None),
                         why="review_required", segments=SEGMENTS)
    assert can_view(foreign, plain, store) and can_view(foreign, copy, store)
    assert not can_view(None, plain, store) and not can_view(foreign, plain)
    store.decide(plain.id, reviewer="us", kind="override", jurisdiction="ITAR",
                 category="XI(c)", note="receiver")
    for entry in (store.get(plain.id), store.get(copy.id)):
        assert entry.jurisdiction == "UNCONTROLLED"                 # the machine's
        assert not can_view(foreign, entry, store) and can_view(us, entry, store)
    access = Access(store, store.list(status=None, limit=None, light=True))
    eff = access.effective(store.get(copy.id))
    assert (eff.jurisdiction, eff.category, eff.reviewed) == ("ITAR", "XI(c)", True)
    # Unreviewed, a machine-UNCONTROLLED copy of machine-EAR content is controlled.
    ear = store.enqueue(decision("file:///share/e.txt", sha="d" * 64, jurisdiction=Jurisdiction.EAR,
                                 category="5A002.a"), why="review_required", segments=SEGMENTS)
    twin = store.enqueue(decision("file:///share/f.txt", sha="d" * 64,
                                  jurisdiction=Jurisdiction.UNCONTROLLED, category=None),
                         why="review_required", segments=SEGMENTS)
    assert not can_view(foreign, twin, store) and not can_view(foreign, ear, store)
    assert sorted(store.machine_decisions(["d" * 64])["d" * 64]) == [
        ("EAR", "5A002.a"), ("UNCONTROLLED", None)]
    light = store.list(sha256="d" * 64, light=True)
    assert [e.id for e in light] == [ear.id, twin.id] and light[0].segments == ()
    assert light[0].reasons == ()


def test_ids_beyond_a_bigint_are_not_found(store: ReviewStore) -> None:
    for bad in (10 ** 26, 2 ** 63, -1, 0, "x", None):
        with pytest.raises(NotFound):
            store.get(bad)
        with pytest.raises(NotFound):
            store.decide(bad, reviewer="a", kind="confirm")
    with pytest.raises(StoreError):
        store.list(limit=10, offset=10 ** 26)
