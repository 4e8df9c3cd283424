"""Sweep state: what each item was at which version, and what was decided about it.

A nightly sweep of a file estate is mostly unchanged from the night before. The state store keeps,
for every top-level item Enclave has seen, one row:

    uri, source, version (mtime+size / etag / generation ...), size, sha256,
    jurisdiction, category, confidence, review_required, error code,
    rules / model / taxonomy versions, the review thresholds and the enforcement setting
    (mode, inside / outside, quarantine place) the decision was made under,
    decisions (JSON: the item and each archive member, evidence WITHOUT excerpts),
    last_seen (the sweep that last listed it), deleted flag.

It is SQLite (``state.db`` in the state folder, WAL journal, so worker processes on one machine
share it); ``postgresql://`` URLs are accepted where psycopg is installed, for workers on several
machines. The store never holds document text: evidence is kept as detector, reason code,
jurisdiction, category, location and weight.

What a sweep does with an item it lists (``plan``):

    carry      same item version, same rules / models / taxonomy / thresholds / enforcement:
               the stored decisions go to the inventory unchanged (``processing`` =
               ``carried_over``); nothing is read, detected, decided or enforced again.
    redecide   same item version and same *detection* inputs (rules version and the text
               classifier the detectors run), but the decision inputs changed (the combiner
               model or feature version, the taxonomy, the review thresholds, the mode or the
               source's inside / outside setting): the stored evidence of every part is turned
               back into ``Evidence`` records and the Decider runs again on it, roll-up
               included; the new decision then goes through Enforce like any other. The content
               is not read. If the stored evidence cannot be used, the item is processed.
               With a review store in use, an item whose stored decision still needs review is
               re-decided too, so that Recall applies a reviewer's decision made since.
    process    new item, new version, changed rules or text classifier, an earlier decision
               that came from a transient failure (timeout, crash, unreadable, a stage that
               raised), or ``--full``: read, detect, decide, enforce as usual.

Items of a swept source that are in the store but were not listed by a successful sweep are
marked deleted (``finish_sweep``) and written to ``deletions.jsonl``.

Beam: ``SkipUnchanged`` runs right after Discover, before anything is fetched or extracted, and
``Remember`` writes the rows after the decisions are made. Both open the store in
``DoFn.setup`` from its URL: nothing but that URL travels inside the pipeline.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import sqlite3
import time
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

from pipeline.errors import EnclaveError, ErrorCode
from pipeline.records import (MEMBER_SEPARATOR, Decision, Evidence, Extraction, ItemError,
                              ItemRef, Jurisdiction, Versions, is_controlled)

STATE_FILE = "state.db"
LOCK_FILE = "sweep.lock"

PROCESS, REDECIDE, CARRY = "process", "redecide", "carry"
# Inventory marker (Decision.processing): how this sweep came by the decision.
PROCESSED, REDECIDED, CARRIED_OVER = "processed", "redecided", "carried_over"

# Decisions that came from a failure a second attempt may not repeat: such items are processed
# again by the next sweep even when their version is unchanged.
RETRY_CODES = frozenset({ErrorCode.TIMEOUT.value, ErrorCode.EXTRACTOR_CRASH.value,
                         ErrorCode.UNREADABLE.value, ErrorCode.INTERNAL.value,
                         ErrorCode.DETECTOR_FAILED.value, ErrorCode.DECIDER_FAILED.value})

# Components of the model version that detectors (not the decider) use: when one changes the
# evidence itself may change, so the text must be read again.
DETECTION_MODELS = ("textcat",)
# Evidence the decider adds itself (conflicts, container roll-up) and a reviewer's decision
# recalled from the review store: re-deciding recomputes the first, Recall re-applies the second.
NOT_DETECTOR_EVIDENCE = ("decide.", "review.")

# Exit codes of `enclave sweep` (scheduled runs read these).
EXIT_CLEAN, EXIT_CONTROLLED, EXIT_REVIEW, EXIT_LOCKED = 0, 3, 4, 75


class SweepLocked(EnclaveError):
    """Another sweep holds the state folder's lock."""

    exit_code = EXIT_LOCKED


class StateError(EnclaveError):
    """The state store cannot be opened or used."""


# ---------------------------------------------------------------------------------------------
# Serialising decisions without document text


def evidence_json(e: Evidence) -> dict[str, Any]:
    return {"code": e.code, "detector": e.detector, "kind": e.kind,
            "jurisdiction": e.jurisdiction.value if e.jurisdiction else None,
            "category": e.category, "where": e.where, "start": e.start, "end": e.end,
            "score": e.score}


def evidence_from_json(o: Mapping[str, Any]) -> Evidence:
    return Evidence(code=o["code"], detector=o["detector"], kind=o["kind"],
                    jurisdiction=Jurisdiction(o["jurisdiction"]) if o["jurisdiction"] else None,
                    category=o["category"], where=o["where"], start=int(o["start"]),
                    end=int(o["end"]), score=float(o["score"]))


def decision_json(d: Decision) -> dict[str, Any]:
    """A decision as stored: everything but excerpts (``Evidence.excerpt`` is dropped)."""
    return {"uri": d.uri, "root": d.root, "size": d.size, "sha256": d.sha256, "mime": d.mime,
            "jurisdiction": d.jurisdiction.value, "category": d.category,
            "confidence": d.confidence, "review_required": d.review_required,
            "reasons": [evidence_json(e) for e in d.reasons],
            "versions": [d.versions.rules, d.versions.model, d.versions.taxonomy],
            "error": d.error.to_json() if d.error else None,
            "alternatives": list(d.alternatives), "item_version": d.item_version,
            "source": d.source}


def decision_from_json(o: Mapping[str, Any], processing: str = CARRIED_OVER) -> Decision:
    err = o.get("error")
    return Decision(uri=o["uri"], root=o["root"], size=int(o["size"] or 0), sha256=o["sha256"],
                    mime=o["mime"], jurisdiction=Jurisdiction(o["jurisdiction"]),
                    category=o["category"], confidence=float(o["confidence"]),
                    review_required=bool(o["review_required"]),
                    reasons=tuple(evidence_from_json(e) for e in o["reasons"]),
                    versions=Versions(*o["versions"]),
                    error=ItemError(ErrorCode(err["code"]), err["message"]) if err else None,
                    alternatives=tuple(o.get("alternatives") or ()),
                    item_version=o.get("item_version"), source=o.get("source"),
                    processing=processing)


def detected_from_json(ref: ItemRef, parts: Sequence[Mapping[str, Any]]):
    """Stored decisions -> ``engine.Detected`` (no text), for the Decider to run on again.

    Each part becomes an ``Extraction`` without segments (the decider reads only uri, sizes,
    hash, type and error) and its evidence minus what the decider itself had added."""
    from pipeline.engine import Detected

    extractions, evidence = [], []
    for o in parts:
        err = o.get("error")
        extractions.append(Extraction(
            uri=o["uri"], root=o["root"], depth=o["uri"].count(MEMBER_SEPARATOR),
            size=int(o["size"] or 0), sha256=o["sha256"], mime=o["mime"],
            error=ItemError(ErrorCode(err["code"]), err["message"]) if err else None))
        evidence.append(tuple(evidence_from_json(e) for e in o["reasons"]
                              if not e["detector"].startswith(NOT_DETECTOR_EVIDENCE)))
    return Detected(ref, tuple(extractions), tuple(evidence))


# ---------------------------------------------------------------------------------------------
# What a sweep is run under


def detection_key(v: Versions) -> str:
    """The versions the evidence depends on: rules, and the models detectors run."""
    models = [m for m in v.model.split("+") if m.startswith(DETECTION_MODELS)]
    return "|".join([v.rules, *models])


def policy_key(policy: Any) -> str:
    """The review policy (thresholds, margin, disagreement, no-text routing), as a stable
    string."""
    key: dict[str, Any] = {getattr(k, "value", str(k)): v for k, v in policy.review_below.items()}
    for name in ("min_margin", "review_on_disagreement", "disagreement_score", "subject_terms",
                 "no_text"):
        key[name] = getattr(policy, name, None)
    return json.dumps(key, sort_keys=True)


def enforce_key(mode: str, inside: bool, quarantine: str | None) -> str:
    return f"{mode}|{'inside' if inside else 'outside'}|{quarantine or ''}"


def source_key(spec: str) -> str:
    from pipeline.config import normalise_source

    return normalise_source(spec)


@dataclass(frozen=True)
class SweepState:
    """What ``SkipUnchanged`` and ``Remember`` need: small and picklable (no connections)."""

    url: str                                  # sqlite:///…/state.db or postgresql://…
    sweep_id: str
    versions: Versions
    policy: str                               # policy_key(...)
    enforce: tuple[tuple[str, str], ...]      # (source spec, enforce_key) per source
    full: bool = False
    # A review store is in use: stored decisions that still need review are re-decided every
    # sweep (no content read), so that Recall can apply a reviewer's decision made since.
    recall: bool = False
    started: float = field(default_factory=time.time)

    def enforce_for(self, spec: str) -> str:
        return dict(self.enforce).get(spec, "")


@dataclass(frozen=True)
class Stored:
    uri: str
    source: str
    version: str | None
    rules_version: str | None
    model_version: str | None
    taxonomy_version: str | None
    policy: str | None
    enforce: str | None
    error_code: str | None
    decisions: str | None = field(repr=False)
    deleted: bool = False
    needs_review: bool = False

    def parts(self) -> list[dict[str, Any]]:
        return json.loads(self.decisions) if self.decisions else []

    def versions(self) -> Versions:
        return Versions(self.rules_version or "", self.model_version or "",
                        self.taxonomy_version or "")


def plan(stored: Stored | None, ref: ItemRef, state: SweepState) -> str:
    """carry / redecide / process for one listed item (see the module docstring)."""
    if (state.full or stored is None or stored.deleted or not stored.decisions
            or stored.version != ref.version or stored.error_code in RETRY_CODES):
        return PROCESS
    if detection_key(stored.versions()) != detection_key(state.versions):
        return PROCESS
    if (stored.versions() != state.versions or stored.policy != state.policy
            or stored.enforce != state.enforce_for(ref.source)
            or (state.recall and stored.needs_review)):
        return REDECIDE
    return CARRY


# ---------------------------------------------------------------------------------------------
# The store

_SCHEMA = [
    """CREATE TABLE IF NOT EXISTS items (
        uri TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        version TEXT,
        size BIGINT,
        sha256 TEXT,
        jurisdiction TEXT,
        category TEXT,
        confidence DOUBLE PRECISION,
        review_required INTEGER,
        error_code TEXT,
        rules_version TEXT,
        model_version TEXT,
        taxonomy_version TEXT,
        policy TEXT,
        enforce TEXT,
        decisions TEXT,
        last_seen TEXT,
        updated DOUBLE PRECISION NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        deleted_at DOUBLE PRECISION)""",
    "CREATE INDEX IF NOT EXISTS items_source ON items(source, deleted)",
    """CREATE TABLE IF NOT EXISTS sweeps (
        id TEXT PRIMARY KEY,
        started DOUBLE PRECISION NOT NULL,
        finished DOUBLE PRECISION,
        sources TEXT NOT NULL,
        status TEXT NOT NULL,
        counts TEXT)""",
]

_COLUMNS = ("uri", "source", "version", "size", "sha256", "jurisdiction", "category",
            "confidence", "review_required", "error_code", "rules_version", "model_version",
            "taxonomy_version", "policy", "enforce", "decisions", "last_seen", "updated",
            "deleted", "deleted_at")

_UPSERT = (f"INSERT INTO items ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))}) "
           "ON CONFLICT (uri) DO UPDATE SET "
           + ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS[1:]))


def store_url(state_dir: str | os.PathLike[str], configured: str | None = None) -> str:
    """The store's URL: the configured one (or ``ENCLAVE_STATE_URL``), else SQLite in the
    state folder."""
    url = configured or os.environ.get("ENCLAVE_STATE_URL")
    if url:
        return url
    return "sqlite:///" + str(Path(state_dir).expanduser().absolute() / STATE_FILE).lstrip("/")


class StateStore:
    """Rows of ``items`` and ``sweeps`` in SQLite (WAL) or PostgreSQL. One per process."""

    def __init__(self, url: str) -> None:
        self.url = url
        if url.startswith(("postgresql://", "postgres://")):
            try:
                import psycopg
            except ImportError:
                raise StateError("a postgresql:// state store needs psycopg installed") from None
            self.db = psycopg.connect(url, autocommit=True)
            self._pg = True
        elif url.startswith("sqlite:///") or "://" not in url:
            path = Path("/" + url[len("sqlite:///"):] if url.startswith("sqlite:///") else url)
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, timeout=60, isolation_level=None,
                                      check_same_thread=False)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")   # WAL: durable at checkpoints; a lost
            self._pg = False                               # tail only means work done again
        else:
            raise StateError(f"state store {url.split('://')[0]}:// is not supported "
                             "(sqlite:///path or postgresql://)")
        for stmt in _SCHEMA:
            self._exec(stmt)

    @classmethod
    def open(cls, url: str) -> "StateStore":
        return cls(url)

    def close(self) -> None:
        self.db.close()

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self._pg else sql

    def _exec(self, sql: str, args: Sequence[Any] = ()) -> Any:
        return self.db.execute(self._sql(sql), tuple(args))

    def _many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if not rows:
            return
        if self._pg:
            with self.db.transaction(), self.db.cursor() as cur:
                cur.executemany(self._sql(sql), rows)
        else:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                self.db.executemany(sql, rows)
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise

    # -- items -----------------------------------------------------------------------------

    def get(self, uri: str) -> Stored | None:
        row = self._exec("SELECT uri, source, version, rules_version, model_version, "
                         "taxonomy_version, policy, enforce, error_code, decisions, deleted, "
                         "review_required FROM items WHERE uri = ?", (uri,)).fetchone()
        if row is None:
            return None
        return Stored(*row[:10], deleted=bool(row[10]), needs_review=bool(row[11]))

    def row(self, uri: str) -> dict[str, Any] | None:
        """The whole row as a dict (for tools and tests)."""
        cur = self._exec(f"SELECT {', '.join(_COLUMNS)} FROM items WHERE uri = ?", (uri,))
        row = cur.fetchone()
        return dict(zip(_COLUMNS, row)) if row else None

    def remember(self, entries: Iterable[tuple[ItemRef, Sequence[Decision], str, str]],
                 sweep_id: str) -> int:
        """Upsert one row per (ref, decisions, policy_key, enforce_key). Idempotent."""
        now = time.time()
        rows = []
        for ref, decisions, policy, enforce in entries:
            decisions = sorted(decisions, key=lambda d: (d.uri != ref.uri, d.uri))
            top = decisions[0] if decisions and decisions[0].uri == ref.uri else None
            if top is None:
                continue
            rows.append((ref.uri, source_key(ref.source), ref.version, top.size, top.sha256,
                         top.jurisdiction.value, top.category, float(top.confidence),
                         int(top.review_required), top.error.code.value if top.error else None,
                         top.versions.rules, top.versions.model, top.versions.taxonomy,
                         policy, enforce,
                         json.dumps([decision_json(replace(d, item_version=ref.version,
                                                           source=ref.source)
                                                   if d.uri == ref.uri else d)
                                     for d in decisions], separators=(",", ":")),
                         sweep_id, now, 0, None))
        self._many(_UPSERT, rows)
        return len(rows)

    def touch(self, uris: Iterable[str], sweep_id: str) -> None:
        """Mark carried-over items as listed by this sweep."""
        now = time.time()
        self._many("UPDATE items SET last_seen = ?, updated = ? WHERE uri = ?",
                   [(sweep_id, now, u) for u in uris])

    def mark_deleted(self, uri: str) -> bool:
        """One item is gone (a streaming delete event). True if it was known and live."""
        cur = self._exec("UPDATE items SET deleted = 1, deleted_at = ?, updated = ? "
                         "WHERE uri = ? AND deleted = 0", (time.time(), time.time(), uri))
        return (cur.rowcount or 0) > 0

    def sweep_deletions(self, sources: Iterable[str], sweep_id: str,
                        started: float) -> Iterator[dict[str, Any]]:
        """Mark deleted every live item of ``sources`` this sweep did not list (and nobody
        updated since it started); yield each (no content: uri, version, last decision)."""
        now = time.time()
        for spec in sources:
            key = source_key(spec)
            select = ("SELECT uri, version, jurisdiction, category, last_seen FROM items "
                      "WHERE source = ? AND deleted = 0 AND (last_seen IS NULL OR last_seen <> ?) "
                      "AND updated < ?")
            gone = self._exec(select, (key, sweep_id, started)).fetchall()
            for uri, version, jurisdiction, category, last_seen in gone:
                yield {"uri": uri, "source": spec, "version": version,
                       "jurisdiction": jurisdiction, "category": category,
                       "last_seen_sweep": last_seen, "deleted_in_sweep": sweep_id}
            self._many("UPDATE items SET deleted = 1, deleted_at = ?, updated = ? "
                       "WHERE uri = ? AND deleted = 0", [(now, now, g[0]) for g in gone])

    def counts(self) -> dict[str, int]:
        live, deleted = self._exec("SELECT COALESCE(SUM(1 - deleted), 0), COALESCE(SUM(deleted), 0) "
                                   "FROM items").fetchone()
        return {"live": int(live), "deleted": int(deleted)}

    # -- sweeps ----------------------------------------------------------------------------

    def begin_sweep(self, state: SweepState, sources: Sequence[str]) -> None:
        self._exec("INSERT INTO sweeps (id, started, sources, status) VALUES (?, ?, ?, ?)",
                   (state.sweep_id, state.started, json.dumps(list(sources)), "running"))

    def end_sweep(self, sweep_id: str, status: str, counts: Mapping[str, Any]) -> None:
        self._exec("UPDATE sweeps SET finished = ?, status = ?, counts = ? WHERE id = ?",
                   (time.time(), status, json.dumps(dict(counts), sort_keys=True), sweep_id))


def new_sweep_id() -> str:
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()) + "-" + uuid.uuid4().hex[:8]


# ---------------------------------------------------------------------------------------------
# The overlap lock


class SweepLock:
    """An exclusive, non-blocking ``fcntl`` lock on ``sweep.lock`` in the state folder.

    Held for the whole sweep; released when the process ends, however it ends."""

    def __init__(self, state_dir: str | os.PathLike[str]) -> None:
        self.path = Path(state_dir).expanduser() / LOCK_FILE
        self.fd: int | None = None

    def acquire(self) -> "SweepLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "another process"
            os.close(fd)
            raise SweepLocked(f"another sweep is running with state folder {self.path.parent} "
                              f"(lock {self.path} held by pid {holder}); not starting a second "
                              "one") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self.fd = fd
        return self

    def release(self) -> None:
        if self.fd is not None:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None

    def __enter__(self) -> "SweepLock":
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


# ---------------------------------------------------------------------------------------------
# Exit codes


def exit_code(rows: Iterable[Mapping[str, Any]]) -> int:
    """3 if anything controlled is in the inventory, else 4 if anything needs review, else 0."""
    review = False
    for row in rows:
        if is_controlled(row.get("jurisdiction"), row.get("category")):
            return EXIT_CONTROLLED
        review = review or bool(row.get("review_required"))
    return EXIT_REVIEW if review else EXIT_CLEAN


# ---------------------------------------------------------------------------------------------
# Beam stages

try:
    import apache_beam as beam
except ImportError:  # the streaming loop and the store work without Beam
    beam = None


if beam is not None:

    class _SkipFn(beam.DoFn):
        def __init__(self, state: SweepState) -> None:
            self.state = state

        def setup(self) -> None:
            self.store = StateStore.open(self.state.url)

        def process(self, ref: ItemRef):
            stored = None if self.state.full else self.store.get(ref.uri)
            step = plan(stored, ref, self.state)
            if step == PROCESS:
                yield ref
            elif step == REDECIDE:
                yield beam.pvalue.TaggedOutput(REDECIDE, (ref, stored.decisions))
            else:
                for part in stored.parts():
                    yield beam.pvalue.TaggedOutput(CARRY, decision_from_json(part))

        def teardown(self) -> None:
            if getattr(self, "store", None) is not None:
                self.store.close()

    class _RedecideFn(beam.DoFn):
        def __init__(self, state: SweepState, policy: Any, review: Any = None) -> None:
            self.state, self.policy, self.review = state, policy, review
            self.store = None

        def setup(self) -> None:
            from classifiers.decide import Decider
            from pipeline.engine import load_combiner

            self.decider = Decider(self.state.versions, self.policy, load_combiner())
            if self.review is not None:
                # Reviewed archive members count in their container, as in Decide.
                from review.store import ReviewStore

                self.store = ReviewStore.open(self.review[0], state_dir=self.review[1])

        def process(self, element: tuple[ItemRef, str]):
            ref, stored = element
            recall = self.store.reviewed if self.store is not None else None
            yield from redecide(self.decider, ref, stored, recall)

        def teardown(self) -> None:
            if self.store is not None:
                self.store.close()
                self.store = None

    class SkipUnchanged(beam.PTransform):
        """ItemRef -> {process: ItemRef, redecided: Decision, carried: Decision, refs: ItemRef}.

        Reads the state store; nothing is fetched for carried or re-decided items. An item
        whose stored evidence cannot be re-decided is processed instead."""

        def __init__(self, state: SweepState, policy: Any, review: Any = None) -> None:
            super().__init__()
            self.state, self.policy, self.review = state, policy, review

        def expand(self, items):
            planned = items | "Plan" >> beam.ParDo(_SkipFn(self.state)).with_outputs(
                REDECIDE, CARRY, main=PROCESS)
            good, bad = (planned[REDECIDE]
                         | "Redecide" >> beam.ParDo(_RedecideFn(self.state, self.policy,
                                                               self.review))
                         .with_exception_handling(main_tag="ok"))
            retry = bad | "RedecideFailed" >> beam.Map(lambda failure: failure[0][0])
            process = (planned[PROCESS], retry) | "ToProcess" >> beam.Flatten()
            redecided_refs = planned[REDECIDE] | "RedecidedRefs" >> beam.Map(lambda e: e[0])
            # Every item whose row Remember must rewrite (a ref may appear twice: re-decided,
            # failed, processed; Remember takes one).
            refs = (planned[PROCESS], redecided_refs) | "Rewritten" >> beam.Flatten()
            return {PROCESS: process, "redecided": good, "carried": planned[CARRY],
                    "refs": refs}

    class _RememberFn(beam.DoFn):
        BATCH = 500

        def __init__(self, state: SweepState) -> None:
            self.state = state

        def setup(self) -> None:
            self.store = StateStore.open(self.state.url)

        def start_bundle(self) -> None:
            self.rows: list = []
            self.touched: list[str] = []

        def process(self, element):
            kind, payload = element
            if kind == "touch":
                self.touched.append(payload)
            else:
                _uri, grouped = payload
                refs, decisions = list(grouped["ref"]), list(grouped["decisions"])
                if "actions" in grouped and not _acted_on(decisions, grouped["actions"]):
                    return   # not (successfully) acted on: the next sweep processes it again
                if refs and decisions:
                    ref = refs[0]
                    self.rows.append((ref, decisions, self.state.policy,
                                      self.state.enforce_for(ref.source)))
            if len(self.rows) + len(self.touched) >= self.BATCH:
                self._flush()

        def finish_bundle(self) -> None:
            self._flush()

        def _flush(self) -> None:
            self.store.remember(self.rows, self.state.sweep_id)
            self.store.touch(self.touched, self.state.sweep_id)
            self.rows, self.touched = [], []

        def teardown(self) -> None:
            if getattr(self, "store", None) is not None:
                self.store.close()

    class Remember(beam.PTransform):
        """Write what this sweep decided into the state store (idempotent upserts).

        Input: a dict with ``refs`` (the items processed or re-decided), ``decisions`` (their
        new decisions, every part), ``carried`` (decisions carried over: only marked seen) and,
        when the sweep has an Enforce stage, ``actions`` (its ActionResults): then an item is
        remembered only after it was acted on without failure, so a sweep killed or failing
        between Decide and Enforce leaves the item to be processed (and acted on) again."""

        def __init__(self, state: SweepState) -> None:
            super().__init__()
            self.state = state

        def expand(self, inputs):
            keyed_refs = inputs["refs"] | "RefByUri" >> beam.Map(lambda r: (r.uri, r))
            keyed = inputs["decisions"] | "ByRoot" >> beam.Map(lambda d: (d.root, d))
            to_join = {"ref": keyed_refs, "decisions": keyed}
            if "actions" in inputs:
                to_join["actions"] = inputs["actions"] | "ActionByUri" >> beam.Map(
                    lambda a: (a.uri, a))
            joined = (to_join
                      | "Join" >> beam.CoGroupByKey()
                      | "Upsert" >> beam.Map(lambda kv: ("row", kv)))
            touched = (inputs["carried"]
                       | "TopCarried" >> beam.Filter(lambda d: d.uri == d.root)
                       | "Touch" >> beam.Map(lambda d: ("touch", d.uri)))
            return ((joined, touched) | "Writes" >> beam.Flatten()
                    | "Store" >> beam.ParDo(_RememberFn(self.state)))


def _acted_on(decisions: Sequence[Decision], actions: Iterable[Any]) -> bool:
    """Whether Enforce has dealt with the item: a result that did not fail, or no result
    because there was nothing to act on (a failure decision, which is retried anyway)."""
    actions = list(actions)
    if not actions:
        top = [d for d in decisions if d.uri == d.root]
        return bool(top) and top[0].item_ref() is None
    return all(a.status != "failed" for a in actions)


def redecide(decider: Any, ref: ItemRef, stored_decisions: str, recall: Any = None
             ) -> list[Decision]:
    """Run the Decider again on an item's stored evidence (no content is read). ``recall``
    as in ``engine.decide_parts`` (reviewed members)."""
    from pipeline.engine import decide_parts

    detected = detected_from_json(ref, json.loads(stored_decisions))
    return [replace(d, processing=REDECIDED) for d in decide_parts(decider, detected, recall)]


# ---------------------------------------------------------------------------------------------
# Launcher side of a sweep


def prepare_sweep(config: Any, specs: Sequence[str], state_dir: Path, mode: str,
                  versions: Versions, full: bool, recall: bool = False
                  ) -> tuple[SweepState, StateStore]:
    enforce = tuple((spec, enforce_key(mode, config.source_policy(spec).inside,
                                       config.source_policy(spec).quarantine)) for spec in specs)
    configured = getattr(getattr(config, "state", None), "url", None)
    state = SweepState(url=store_url(state_dir, configured), sweep_id=new_sweep_id(),
                       versions=versions, policy=policy_key(config.policy()), enforce=enforce,
                       full=full, recall=recall)
    store = StateStore.open(state.url)
    store.begin_sweep(state, specs)
    return state, store


def finish_sweep(store: StateStore, state: SweepState, specs: Sequence[str], out: Path,
                 counts: Mapping[str, Any]) -> int:
    """Record deletions (``deletions.jsonl``) and close the sweep's record; returns how many."""
    path = out / "deletions.jsonl"
    n = 0
    with path.open("w", encoding="utf-8") as f:
        for gone in store.sweep_deletions(specs, state.sweep_id, state.started):
            f.write(json.dumps(gone, ensure_ascii=False) + "\n")
            n += 1
    store.end_sweep(state.sweep_id, "done", {**counts, "deleted": n})
    return n


def sweep_line(rows: Sequence[Mapping[str, Any]], deleted: int) -> str:
    """One line for the terminal: how the sweep came by its decisions."""
    from collections import Counter

    n = Counter(r.get("processing") or PROCESSED for r in rows if not r["is_member"])
    return (f"incremental: {n[PROCESSED]} read and decided, {n[REDECIDED]} re-decided from stored "
            f"evidence, {n[CARRIED_OVER]} carried over unchanged, {deleted} deleted")


@contextlib.contextmanager
def locked(args: Any) -> Iterator[None]:
    """Hold the state folder's sweep lock around a sweep (``--state`` / ``state_dir``)."""
    from pipeline.config import load_config

    with SweepLock(load_config(getattr(args, "config", None))
                   .state_path(getattr(args, "state", None))):
        yield
