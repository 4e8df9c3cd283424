"""The review queue store: queue entries, reviewed decisions and the reviewer roster.

SQLite by default (``review.db`` in the state folder, WAL journal, a busy timeout so readers
and one writer share it), PostgreSQL when a URL is configured (``review: {url: postgresql://…}``
in ``enclave.yaml`` or ``ENCLAVE_REVIEW_URL``), through psycopg 3. Both speak the same small
SQL; only the placeholder differs (``?`` / ``%s``) and is rewritten in one place.

The schema is versioned: ``schema_version`` holds the number of the last migration applied,
``MIGRATIONS`` is the ordered list of steps, and ``open`` applies the missing ones (so opening
twice, or from several processes, changes nothing the second time).

What lives here is enclave-side: evidence excerpts and extracted text segments are stored so a
reviewer can see them in place. Nothing in this module logs or raises with that text.

    store = ReviewStore.open(None, state_dir="/var/lib/enclave")   # or a postgresql:// URL
    entry = store.enqueue(decision, why="review_required", segments=[...])
    for e in store.list(jurisdiction="ITAR", older_than=timedelta(days=7)): ...
    store.decide(entry.id, reviewer="alice", kind="override", jurisdiction="EAR",
                 category="9E003.a.1", note="bulletin only, not the hot section")
    store.reviewed(sha256)        # -> ReviewedDecision | None, what a later sweep inherits
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import sqlite3
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterable, Literal, Sequence

from pipeline.errors import EnclaveError

# ---------------------------------------------------------------------------------------------
# Records

WHY = ("review_required", "undetermined", "quarantined")
STATUSES = ("open", "decided")
KINDS = ("confirm", "override", "not_technical", "release")
ROLES = ("viewer", "reviewer", "admin")
NOTE_REQUIRED = ("override", "not_technical")

Why = Literal["review_required", "undetermined", "quarantined"]
Status = Literal["open", "decided"]
Kind = Literal["confirm", "override", "not_technical", "release"]
Role = Literal["viewer", "reviewer", "admin"]

DB_FILE = "review.db"
MAX_ID = 2 ** 63 - 1                    # a BIGINT: larger ids cannot exist on either database
URL_ENV = "ENCLAVE_REVIEW_URL"


class StoreError(EnclaveError):
    """A store operation that cannot be done (bad argument, unknown id). No document text."""


class NotFound(StoreError):
    pass


@dataclass(frozen=True)
class QueueEntry:
    """One item waiting for (or having had) a reviewer's decision.

    ``reasons`` is the decision's evidence as JSON objects *with* ``excerpt`` and ``location``
    (``{"where", "start", "end"}``); ``segments`` is the extracted text as
    ``[{"where": ..., "text": ...}]`` so evidence offsets can be highlighted in place. Both hold
    controlled text: they are kept out of ``repr``.
    """

    id: int
    uri: str
    root: str
    source: str | None
    item_version: str | None
    sha256: str | None
    size: int
    mime: str | None
    jurisdiction: str                   # the machine's: ITAR | EAR | UNCONTROLLED | UNDETERMINED
    category: str | None
    confidence: float
    alternatives: tuple[str, ...]
    reasons: tuple[dict[str, Any], ...] = field(repr=False)
    segments: tuple[dict[str, str], ...] = field(repr=False)
    why: str = "review_required"        # review_required | undetermined | quarantined
    status: str = "open"                # open | decided
    quarantine_id: str | None = None    # the Enforcer's action id when the item was quarantined
    created_at: datetime = field(default_factory=lambda: _now())
    decided_at: datetime | None = None
    error: str | None = None            # the decision's error code, if any (no text)

    def to_json(self, *, content: bool = False) -> dict[str, Any]:
        """A JSON object for scripts and the web UI; excerpts and segments only with ``content``."""
        out: dict[str, Any] = {
            "id": self.id, "uri": self.uri, "root": self.root, "source": self.source,
            "item_version": self.item_version, "sha256": self.sha256, "size": self.size,
            "mime": self.mime, "jurisdiction": self.jurisdiction, "category": self.category,
            "confidence": self.confidence, "alternatives": list(self.alternatives),
            "why": self.why, "status": self.status, "quarantine_id": self.quarantine_id,
            "created_at": self.created_at.isoformat(),
            "decided_at": self.decided_at.isoformat() if self.decided_at else None,
            "error": self.error,
        }
        if content:
            out["reasons"] = [dict(r) for r in self.reasons]
            out["segments"] = [dict(s) for s in self.segments]
        else:
            out["reasons"] = [{k: v for k, v in r.items() if k != "excerpt"} for r in self.reasons]
        return out


@dataclass(frozen=True)
class ReviewedDecision:
    """A reviewer's decision about a content hash: what every copy of that content inherits."""

    sha256: str
    jurisdiction: str
    category: str | None
    kind: str                           # confirm | override | not_technical | release
    reviewer: str
    note: str | None
    at: datetime
    queue_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"sha256": self.sha256, "jurisdiction": self.jurisdiction,
                "category": self.category, "kind": self.kind, "reviewer": self.reviewer,
                "note": self.note, "at": self.at.isoformat(), "queue_id": self.queue_id}


@dataclass(frozen=True)
class User:
    """A local account. ``password_hash`` is ``scrypt$n$r$p$salt_hex$hash_hex`` (never the password)."""

    name: str
    role: str                           # viewer | reviewer | admin
    us_person: bool
    password_hash: str | None = field(default=None, repr=False)
    created_at: datetime | None = None

    def verify_password(self, password: str) -> bool:
        """Constant-time check of a password against the stored scrypt hash."""
        return verify_password(self.password_hash, password)

    def can_review(self) -> bool:
        return self.role in ("reviewer", "admin")

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "us_person": self.us_person,
                "has_password": bool(self.password_hash),
                "created_at": self.created_at.isoformat() if self.created_at else None}


@dataclass(frozen=True)
class Counts:
    """Open-queue counts for a dashboard."""

    total: int
    by_jurisdiction: dict[str, int]
    by_source: dict[str, int]
    by_age: dict[str, int]              # "<1d", "1-7d", "7-30d", ">30d"
    by_why: dict[str, int]
    decided: int

    def to_json(self) -> dict[str, Any]:
        return {"total": self.total, "by_jurisdiction": self.by_jurisdiction,
                "by_source": self.by_source, "by_age": self.by_age, "by_why": self.by_why,
                "decided": self.decided}


AGE_BUCKETS: tuple[tuple[str, timedelta | None], ...] = (
    ("<1d", timedelta(days=1)), ("1-7d", timedelta(days=7)), ("7-30d", timedelta(days=30)),
    (">30d", None))


# ---------------------------------------------------------------------------------------------
# Passwords

_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2 ** 14, 8, 1


def hash_password(password: str) -> str:
    """scrypt with a random 16-byte salt; the parameters are stored alongside."""
    if not password:
        raise StoreError("a password must not be empty")
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R,
                            p=_SCRYPT_P, dklen=32)
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_password(stored: str | None, password: str) -> bool:
    """Constant-time comparison; ``False`` for an account without a password."""
    if not stored or not password:
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        want = bytes.fromhex(digest)
        got = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n),
                             r=int(r), p=int(p), dklen=len(want))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, want)


# ---------------------------------------------------------------------------------------------
# Time: stored as fixed-width UTC text so it sorts and compares the same on both databases.

_TS = "%Y-%m-%dT%H:%M:%S.%fZ"


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _ts(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).strftime(_TS)


def _dt(value: str | None) -> datetime | None:
    if value is None:
        return None
    return datetime.strptime(value, _TS).replace(tzinfo=timezone.utc)


# ---------------------------------------------------------------------------------------------
# Schema migrations: append a step, never edit one that shipped. ``{id}`` is the auto-numbered
# primary key of each dialect; everything else is SQL both databases accept.

MIGRATIONS: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (1, "queue, reviewed decisions, users", (
        """CREATE TABLE queue (
               id {id},
               uri TEXT NOT NULL,
               root TEXT NOT NULL,
               source TEXT,
               item_version TEXT,
               sha256 TEXT,
               size BIGINT NOT NULL DEFAULT 0,
               mime TEXT,
               jurisdiction TEXT NOT NULL,
               category TEXT,
               confidence DOUBLE PRECISION NOT NULL,
               alternatives TEXT NOT NULL DEFAULT '[]',
               reasons TEXT NOT NULL DEFAULT '[]',
               segments TEXT NOT NULL DEFAULT '[]',
               why TEXT NOT NULL,
               status TEXT NOT NULL DEFAULT 'open',
               quarantine_id TEXT,
               error TEXT,
               created_at TEXT NOT NULL,
               decided_at TEXT)""",
        # At most one open entry per item and content.
        "CREATE UNIQUE INDEX queue_open_item ON queue (uri, coalesce(sha256, '')) "
        "WHERE status = 'open'",
        "CREATE INDEX queue_status_created ON queue (status, created_at)",
        "CREATE INDEX queue_sha256 ON queue (sha256)",
        """CREATE TABLE reviewed (
               id {id},
               sha256 TEXT NOT NULL,
               jurisdiction TEXT NOT NULL,
               category TEXT,
               kind TEXT NOT NULL,
               reviewer TEXT NOT NULL,
               note TEXT,
               at TEXT NOT NULL,
               queue_id BIGINT)""",
        "CREATE INDEX reviewed_sha256 ON reviewed (sha256, id)",
        """CREATE TABLE users (
               name TEXT PRIMARY KEY,
               role TEXT NOT NULL,
               us_person INTEGER NOT NULL DEFAULT 0,
               password_hash TEXT,
               created_at TEXT NOT NULL)""",
    )),
)

_ID = {"sqlite": "INTEGER PRIMARY KEY AUTOINCREMENT", "postgresql": "BIGSERIAL PRIMARY KEY"}
_MIGRATION_LOCK = 0x656E636C  # PostgreSQL advisory lock key held while migrating


def _is_url(value: str) -> bool:
    return value.startswith(("postgresql://", "postgres://", "sqlite://"))


def _redact(url: str) -> str:
    """A URL fit for messages: no password."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password:
        netloc = f"{parts.username}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
        parts = parts._replace(netloc=netloc)
    return urlunsplit(parts)


# ---------------------------------------------------------------------------------------------
# The store


class ReviewStore:
    """The review queue, reviewed decisions and users, on SQLite or PostgreSQL.

    Safe to share between threads (one connection, a lock around each operation); open one per
    process or Beam worker.
    """

    def __init__(self, conn: Any, dialect: str, where: str) -> None:
        self._conn = conn
        self._dialect = dialect
        self._where = where              # file path or redacted URL, for messages
        self._lock = threading.RLock()
        self._migrate()

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, url_or_path: str | os.PathLike[str] | None = None, *,
             state_dir: str | os.PathLike[str] | None = None) -> "ReviewStore":
        """Open (creating and migrating as needed) a store.

        ``url_or_path``: a ``postgresql://`` / ``postgres://`` URL, a ``sqlite:///path`` URL or a
        file path; ``None`` means ``$ENCLAVE_REVIEW_URL`` when set, else ``review.db`` in
        ``state_dir``.
        """
        target = os.fspath(url_or_path) if url_or_path is not None else None
        if not target:
            target = os.environ.get(URL_ENV) or None
        if not target:
            if state_dir is None:
                raise StoreError("no review store: give a URL, a path or the state folder")
            target = str(Path(state_dir) / DB_FILE)
        if target.startswith(("postgresql://", "postgres://")):
            return cls._open_postgres(target)
        if target.startswith("sqlite://"):
            target = target[len("sqlite://"):]
        return cls._open_sqlite(Path(target).expanduser())

    @classmethod
    def for_config(cls, config, state_override: str | None = None) -> "ReviewStore":
        """The store an ``EnclaveConfig`` names: ``review.url``, else env, else the state folder."""
        return cls.open(store_url(config), state_dir=config.state_path(state_override))

    @classmethod
    def _open_sqlite(cls, path: Path) -> "ReviewStore":
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(str(path), timeout=30.0, isolation_level=None,
                                   check_same_thread=False)
            conn.row_factory = lambda cur, row: {d[0]: v for d, v in zip(cur.description, row)}
            conn.execute("PRAGMA busy_timeout = 30000")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open review store {path}: {type(exc).__name__}") from None
        return cls(conn, "sqlite", str(path))

    @classmethod
    def _open_postgres(cls, url: str) -> "ReviewStore":
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError:  # pragma: no cover - psycopg is a dependency
            raise StoreError("a PostgreSQL review store needs psycopg 3") from None
        try:
            conn = psycopg.connect(url, row_factory=dict_row, autocommit=False,
                                   connect_timeout=15)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to the review store {_redact(url)}: "
                             f"{type(exc).__name__}") from None
        return cls(conn, "postgresql", _redact(url))

    @property
    def kind(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self._dialect

    @property
    def location(self) -> str:
        """The database file, or the URL without its password."""
        return self._where

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> "ReviewStore":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- the SQL layer ---------------------------------------------------------------------

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self._dialect == "postgresql" else sql

    def _tx(self, write: bool = True) -> "_Transaction":
        if self._conn is None:
            raise StoreError("the review store is closed")
        return _Transaction(self, write)

    def _integrity_errors(self) -> tuple[type[BaseException], ...]:
        if self._dialect == "postgresql":
            import psycopg
            return (psycopg.errors.IntegrityError,)
        return (sqlite3.IntegrityError,)

    # -- migrations ------------------------------------------------------------------------

    def _migrate(self) -> None:
        with self._tx() as tx:
            if self._dialect == "postgresql":
                tx.execute("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))
            tx.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                       "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
            done = {r["version"] for r in tx.all("SELECT version FROM schema_version")}
            for version, name, steps in MIGRATIONS:
                if version in done:
                    continue
                for step in steps:
                    tx.execute(step.replace("{id}", _ID[self._dialect]))
                tx.execute("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                           (version, name, _ts(_now())))

    def schema_version(self) -> int:
        """The number of the last migration applied."""
        with self._tx(write=False) as tx:
            row = tx.one("SELECT max(version) AS v FROM schema_version")
        return int(row["v"] or 0)

    # -- queue ----------------------------------------------------------------------------

    def enqueue(self, decision, *, why: str, segments: Iterable[Any] = (),
                quarantine_id: str | None = None) -> QueueEntry | None:
        """Queue a ``pipeline.records.Decision`` for review.

        ``segments``: ``records.Segment`` objects or ``{"where", "text"}`` dicts. Returns the new
        entry, or ``None`` (and queues nothing) when a reviewed decision exists for the content
        hash, or an open entry for the same uri and sha256 already exists. For ``quarantined``
        an existing open entry is updated with the quarantine id instead of duplicated (still
        returns ``None``). Content a reviewer released from quarantine that is quarantined again
        is queued again: a person must see it.
        """
        if why not in WHY:
            raise StoreError(f"unknown queue reason {why!r}; one of {', '.join(WHY)}")
        segs = [_segment_json(s) for s in segments]
        jurisdiction = getattr(decision.jurisdiction, "value", decision.jurisdiction)
        reasons = [r.to_json(excerpt=True) if hasattr(r, "to_json") else dict(r)
                   for r in decision.reasons]
        error = decision.error.code.value if getattr(decision, "error", None) else None
        created = _now()
        with self._tx() as tx:
            if decision.sha256:
                prior = tx.one("SELECT kind FROM reviewed WHERE sha256 = ? ORDER BY id DESC LIMIT 1",
                               (decision.sha256,))
                if prior is not None and not (why == "quarantined" and prior["kind"] == "release"):
                    return None
            existing = tx.one("SELECT id, quarantine_id FROM queue WHERE uri = ? AND "
                              "coalesce(sha256, '') = ? AND status = 'open'",
                              (decision.uri, decision.sha256 or ""))
            if existing is not None:
                if quarantine_id and existing["quarantine_id"] != quarantine_id:
                    tx.execute("UPDATE queue SET quarantine_id = ?, why = 'quarantined' "
                               "WHERE id = ?", (quarantine_id, existing["id"]))
                return None
            row = tx.one(
                "INSERT INTO queue (uri, root, source, item_version, sha256, size, mime, "
                "jurisdiction, category, confidence, alternatives, reasons, segments, why, status, "
                "quarantine_id, error, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?) "
                "ON CONFLICT DO NOTHING RETURNING id",
                (decision.uri, decision.root, decision.source, decision.item_version,
                 decision.sha256, int(decision.size or 0), decision.mime, jurisdiction,
                 decision.category, float(decision.confidence),
                 json.dumps(list(decision.alternatives)), json.dumps(reasons, ensure_ascii=False),
                 json.dumps(segs, ensure_ascii=False), why, quarantine_id, error, _ts(created)))
            if row is None:                  # another worker queued it meanwhile
                return None
            return self._entry(tx.one("SELECT * FROM queue WHERE id = ?", (row["id"],)))

    def reviewed(self, sha256: str | None) -> ReviewedDecision | None:
        """The latest reviewed decision for a content hash, or ``None``."""
        if not sha256:
            return None
        with self._tx(write=False) as tx:
            row = tx.one("SELECT * FROM reviewed WHERE sha256 = ? ORDER BY id DESC LIMIT 1",
                         (sha256,))
        return _reviewed(row) if row else None

    def reviewed_many(self, hashes: Iterable[str]) -> dict[str, ReviewedDecision]:
        """Latest reviewed decisions for several hashes at once."""
        wanted = sorted({h for h in hashes if h})
        out: dict[str, ReviewedDecision] = {}
        with self._tx(write=False) as tx:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i:i + 500]
                marks = ", ".join("?" * len(chunk))
                for row in tx.all(f"SELECT * FROM reviewed WHERE sha256 IN ({marks}) ORDER BY id",
                                  tuple(chunk)):
                    out[row["sha256"]] = _reviewed(row)      # later rows win
        return out

    def machine_decisions(self, hashes: Iterable[str]) -> dict[str, list[tuple[str, str | None]]]:
        """The machine's (jurisdiction, category) of every queue entry, any status, per hash."""
        wanted = sorted({h for h in hashes if h})
        out: dict[str, list[tuple[str, str | None]]] = {}
        with self._tx(write=False) as tx:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i:i + 500]
                marks = ", ".join("?" * len(chunk))
                for row in tx.all(f"SELECT sha256, jurisdiction, category FROM queue "
                                  f"WHERE sha256 IN ({marks})", tuple(chunk)):
                    out.setdefault(row["sha256"], []).append((row["jurisdiction"],
                                                              row["category"]))
        return out

    _LIGHT = ("id, uri, root, source, item_version, sha256, size, mime, jurisdiction, category, "
              "confidence, alternatives, '[]' AS reasons, '[]' AS segments, why, status, "
              "quarantine_id, error, created_at, decided_at")

    def list(self, *, jurisdiction: str | None = None, source: str | None = None,
             older_than: timedelta | None = None, max_confidence: float | None = None,
             status: str | None = "open", why: str | None = None, sha256: str | None = None,
             limit: int | None = 100, offset: int = 0, light: bool = False) -> list[QueueEntry]:
        """Queue entries, oldest first, filtered. ``status=None`` lists every status.

        ``source`` matches the source root the item was found under, or a prefix of its uri.
        ``light`` leaves out reasons and segments (empty in the entries returned).
        """
        where, params = self._filters(jurisdiction=jurisdiction, source=source,
                                      older_than=older_than, max_confidence=max_confidence,
                                      status=status, why=why, sha256=sha256)
        sql = f"SELECT {self._LIGHT if light else '*'} FROM queue{where} ORDER BY created_at, id"
        if limit is not None:
            if not (0 <= int(limit) <= MAX_ID and 0 <= int(offset) <= MAX_ID):
                raise StoreError("limit and offset must be between 0 and 2**63-1")
            sql += " LIMIT ? OFFSET ?"
            params += [int(limit), int(offset)]
        with self._tx(write=False) as tx:
            return [self._entry(r) for r in tx.all(sql, tuple(params))]

    def _filters(self, *, jurisdiction=None, source=None, older_than=None, max_confidence=None,
                 status=None, why=None, sha256=None) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if status is not None:
            if status not in STATUSES:
                raise StoreError(f"unknown status {status!r}; one of {', '.join(STATUSES)}")
            clauses.append("status = ?")
            params.append(status)
        if jurisdiction:
            clauses.append("jurisdiction = ?")
            params.append(jurisdiction.upper())
        if source:
            clauses.append("(source = ? OR substr(uri, 1, ?) = ?)")
            params += [source, len(source), source]
        if older_than is not None:
            clauses.append("created_at < ?")
            params.append(_ts(_now() - older_than))
        if max_confidence is not None:
            clauses.append("confidence <= ?")
            params.append(float(max_confidence))
        if why:
            clauses.append("why = ?")
            params.append(why)
        if sha256:
            clauses.append("sha256 = ?")
            params.append(sha256)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def get(self, entry_id: int) -> QueueEntry:
        """One entry with its reasons and segments; ``NotFound`` when there is none."""
        _check_id(entry_id)
        with self._tx(write=False) as tx:
            row = tx.one("SELECT * FROM queue WHERE id = ?", (int(entry_id),))
        if row is None:
            raise NotFound(f"no queue entry {entry_id}")
        return self._entry(row)

    def decide(self, entry_id: int, *, reviewer: str, kind: str,
               jurisdiction: str | None = None, category: str | None = None,
               note: str | None = None) -> ReviewedDecision:
        """Record a reviewer's decision and mark the entry decided.

        ``confirm`` takes the machine's jurisdiction/category unless given; ``override`` needs a
        jurisdiction or category (a category alone keeps the machine's jurisdiction);
        ``not_technical`` records UNCONTROLLED; ``release`` (only for quarantined entries) keeps
        the given or machine's jurisdiction. ``override`` and ``not_technical`` need a note.
        Other open entries with the same sha256 are marked decided too. Raises ``StoreError``
        for an unknown kind, a missing note, or an entry already decided.
        """
        if kind not in KINDS:
            raise StoreError(f"unknown decision {kind!r}; one of {', '.join(KINDS)}")
        if not reviewer or not reviewer.strip():
            raise StoreError("a decision needs the reviewer's name")
        note = (note or "").strip() or None
        if kind in NOTE_REQUIRED and not note:
            raise StoreError(f"{kind.replace('_', '-')} needs a note saying why")
        jurisdiction = jurisdiction.upper() if jurisdiction else None
        if jurisdiction is not None and jurisdiction not in (
                "ITAR", "EAR", "UNCONTROLLED", "UNDETERMINED"):
            raise StoreError(f"unknown jurisdiction {jurisdiction!r}")
        _check_id(entry_id)
        at = _now()
        with self._tx() as tx:
            row = tx.one("SELECT * FROM queue WHERE id = ?", (int(entry_id),))
            if row is None:
                raise NotFound(f"no queue entry {entry_id}")
            if row["status"] != "open":
                raise StoreError(f"queue entry {entry_id} is already decided")
            if not row["sha256"]:
                raise StoreError(f"queue entry {entry_id} has no content hash (the item could "
                                 "not be read); fix the item and sweep it again")
            if kind == "override" and not (jurisdiction or category):
                raise StoreError("an override needs a category or a jurisdiction")
            if kind == "release" and not row["quarantine_id"]:
                raise StoreError(f"queue entry {entry_id} is not a quarantined item")
            if kind == "not_technical":
                final_j, final_c = "UNCONTROLLED", None
            elif kind == "override" and jurisdiction and not category:
                final_j, final_c = jurisdiction, None
            else:
                final_j = jurisdiction or row["jurisdiction"]
                final_c = category if (category or jurisdiction) else row["category"]
            if kind in ("confirm", "override") and final_j == "UNDETERMINED":
                raise StoreError("a reviewed decision must name ITAR, EAR or UNCONTROLLED")
            if final_j == "UNCONTROLLED":
                final_c = None
            decided = tx.one(
                "INSERT INTO reviewed (sha256, jurisdiction, category, kind, reviewer, note, at, "
                "queue_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING *",
                (row["sha256"], final_j, final_c, kind, reviewer.strip(), note, _ts(at),
                 row["id"]))
            tx.execute("UPDATE queue SET status = 'decided', decided_at = ? "
                       "WHERE status = 'open' AND (id = ? OR sha256 = ?)",
                       (_ts(at), row["id"], row["sha256"]))
        return _reviewed(decided)

    def history(self, sha256: str) -> list[ReviewedDecision]:
        """Every reviewed decision for a content hash, oldest first."""
        with self._tx(write=False) as tx:
            rows = tx.all("SELECT * FROM reviewed WHERE sha256 = ? ORDER BY id", (sha256,))
        return [_reviewed(r) for r in rows]

    def counts(self, *, now: datetime | None = None) -> Counts:
        """Open-queue counts by jurisdiction, source, age bucket and reason; decided total."""
        now = now or _now()
        cuts = [_ts(now - d) for _name, d in AGE_BUCKETS if d is not None]
        age = ("CASE WHEN created_at >= ? THEN '<1d' WHEN created_at >= ? THEN '1-7d' "
               "WHEN created_at >= ? THEN '7-30d' ELSE '>30d' END")
        with self._tx(write=False) as tx:
            def grouped(expr: str, params: tuple = ()) -> dict[str, int]:
                rows = tx.all(f"SELECT {expr} AS k, count(*) AS n FROM queue "
                              f"WHERE status = 'open' GROUP BY 1", params)
                return {str(r["k"]): int(r["n"]) for r in rows}
            by_j = grouped("jurisdiction")
            by_s = grouped("coalesce(source, root)")
            by_age = grouped(age, tuple(cuts))
            by_why = grouped("why")
            decided = tx.one("SELECT count(*) AS n FROM queue WHERE status = 'decided'")["n"]
        ages = {name: by_age.get(name, 0) for name, _d in AGE_BUCKETS}
        return Counts(total=sum(by_j.values()), by_jurisdiction=by_j, by_source=by_s,
                      by_age=ages, by_why=by_why, decided=int(decided))

    def export_training(self, path: str | os.PathLike[str]) -> int:
        """Write reviewed items as JSON lines ``{"text", "jurisdiction", "category",
        "technical", "kind", "sha256", "uri", "mime", "machine": {...}}``; returns the count.

        One line per content hash, with its latest reviewed decision and the text of the queue
        entry it was decided on. Items without extracted text are left out.
        """
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".part")
        n = 0
        with self._tx(write=False) as tx:
            rows = tx.all(
                "SELECT r.sha256, r.jurisdiction, r.category, r.kind, r.at, q.uri, q.mime, "
                "q.segments, q.jurisdiction AS m_jurisdiction, q.category AS m_category, "
                "q.confidence AS m_confidence FROM reviewed r JOIN queue q ON q.id = r.queue_id "
                "WHERE r.id IN (SELECT max(id) FROM reviewed GROUP BY sha256) ORDER BY r.id")
        with open(tmp, "w", encoding="utf-8") as fh:
            for r in rows:
                segments = json.loads(r["segments"] or "[]")
                text = "\n".join(s.get("text", "") for s in segments).strip()
                if not text:
                    continue
                fh.write(json.dumps({
                    "text": text, "jurisdiction": r["jurisdiction"], "category": r["category"],
                    "technical": r["kind"] != "not_technical" and r["jurisdiction"] != "UNCONTROLLED",
                    "kind": r["kind"], "sha256": r["sha256"], "uri": r["uri"], "mime": r["mime"],
                    "reviewed_at": r["at"],
                    "machine": {"jurisdiction": r["m_jurisdiction"], "category": r["m_category"],
                                "confidence": r["m_confidence"]},
                }, ensure_ascii=False) + "\n")
                n += 1
        os.replace(tmp, target)
        return n

    # -- users ----------------------------------------------------------------------------

    def add_user(self, name: str, *, role: str = "reviewer", us_person: bool = False,
                 password: str | None = None) -> User:
        """Add an account; ``StoreError`` when it exists or the role is unknown."""
        name = (name or "").strip()
        if not name:
            raise StoreError("a user needs a name")
        if role not in ROLES:
            raise StoreError(f"unknown role {role!r}; one of {', '.join(ROLES)}")
        hashed = hash_password(password) if password else None
        try:
            with self._tx() as tx:
                tx.execute("INSERT INTO users (name, role, us_person, password_hash, created_at) "
                           "VALUES (?, ?, ?, ?, ?)",
                           (name, role, 1 if us_person else 0, hashed, _ts(_now())))
        except self._integrity_errors():
            raise StoreError(f"user {name!r} exists") from None
        user = self.get_user(name)
        assert user is not None
        return user

    def get_user(self, name: str) -> User | None:
        with self._tx(write=False) as tx:
            row = tx.one("SELECT * FROM users WHERE name = ?", (name,))
        return _user(row) if row else None

    def list_users(self) -> list[User]:
        with self._tx(write=False) as tx:
            return [_user(r) for r in tx.all("SELECT * FROM users ORDER BY name")]

    def set_password(self, name: str, password: str) -> None:
        hashed = hash_password(password)
        with self._tx() as tx:
            n = tx.execute("UPDATE users SET password_hash = ? WHERE name = ?", (hashed, name))
        if n == 0:
            raise NotFound(f"no user {name!r}")

    def set_role(self, name: str, role: str, *, us_person: bool | None = None) -> User:
        if role not in ROLES:
            raise StoreError(f"unknown role {role!r}; one of {', '.join(ROLES)}")
        with self._tx() as tx:
            if us_person is None:
                n = tx.execute("UPDATE users SET role = ? WHERE name = ?", (role, name))
            else:
                n = tx.execute("UPDATE users SET role = ?, us_person = ? WHERE name = ?",
                               (role, 1 if us_person else 0, name))
        if n == 0:
            raise NotFound(f"no user {name!r}")
        user = self.get_user(name)
        assert user is not None
        return user

    # -- rows -> records -------------------------------------------------------------------

    @staticmethod
    def _entry(row: dict[str, Any]) -> QueueEntry:
        return QueueEntry(
            id=int(row["id"]), uri=row["uri"], root=row["root"], source=row["source"],
            item_version=row["item_version"], sha256=row["sha256"], size=int(row["size"] or 0),
            mime=row["mime"], jurisdiction=row["jurisdiction"], category=row["category"],
            confidence=float(row["confidence"]),
            alternatives=tuple(json.loads(row["alternatives"] or "[]")),
            reasons=tuple(json.loads(row["reasons"] or "[]")),
            segments=tuple(json.loads(row["segments"] or "[]")),
            why=row["why"], status=row["status"], quarantine_id=row["quarantine_id"],
            created_at=_dt(row["created_at"]), decided_at=_dt(row["decided_at"]),
            error=row["error"])


class _Transaction:
    """One transaction on the store's connection, under its lock. SQLite takes the write lock
    up front (``BEGIN IMMEDIATE``) so a writer never deadlocks upgrading a read lock."""

    def __init__(self, store: ReviewStore, write: bool) -> None:
        self.store, self.write = store, write
        self.conn = store._conn

    def __enter__(self) -> "_Transaction":
        self.store._lock.acquire()
        try:
            if self.store._dialect == "sqlite":
                self.conn.execute("BEGIN IMMEDIATE" if self.write else "BEGIN")
        except BaseException:
            self.store._lock.release()
            raise
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self.conn.commit() if self.store._dialect == "postgresql" else \
                    self.conn.execute("COMMIT")
            else:
                if self.store._dialect == "postgresql":
                    self.conn.rollback()
                else:
                    self.conn.execute("ROLLBACK")
        finally:
            self.store._lock.release()

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        cur = self.conn.execute(self.store._sql(sql), tuple(params))
        return cur.rowcount

    def one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        return self.conn.execute(self.store._sql(sql), tuple(params)).fetchone()

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return list(self.conn.execute(self.store._sql(sql), tuple(params)).fetchall())


def _check_id(entry_id: Any) -> None:
    """``NotFound`` for what cannot be a queue id (not an integer, below 1, beyond a BIGINT)."""
    try:
        value = int(entry_id)
    except (TypeError, ValueError, OverflowError):
        raise NotFound(f"no queue entry {str(entry_id)[:32]}") from None
    if isinstance(entry_id, bool) or not 1 <= value <= MAX_ID:
        raise NotFound(f"no queue entry {str(entry_id)[:32]}")


def _segment_json(segment: Any) -> dict[str, str]:
    if isinstance(segment, dict):
        return {"where": str(segment.get("where", "")), "text": str(segment.get("text", ""))}
    return {"where": segment.where, "text": segment.text}


def _reviewed(row: dict[str, Any]) -> ReviewedDecision:
    return ReviewedDecision(sha256=row["sha256"], jurisdiction=row["jurisdiction"],
                            category=row["category"], kind=row["kind"], reviewer=row["reviewer"],
                            note=row["note"], at=_dt(row["at"]),
                            queue_id=int(row["queue_id"]) if row["queue_id"] is not None else None)


def _user(row: dict[str, Any]) -> User:
    return User(name=row["name"], role=row["role"], us_person=bool(row["us_person"]),
                password_hash=row["password_hash"], created_at=_dt(row["created_at"]))


def store_url(config) -> str | None:
    """The configured PostgreSQL (or SQLite) URL: ``review.url`` in the configuration, else
    ``$ENCLAVE_REVIEW_URL``; ``None`` for the default file in the state folder."""
    review = getattr(config, "review", None)
    return (getattr(review, "url", None) if review is not None else None) or \
        os.environ.get(URL_ENV) or None
