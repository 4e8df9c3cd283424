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
from typing import Any, Iterable, Iterator, Literal, Sequence

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
URL_ENV = "ENCLAVE_REVIEW_URL"


class StoreError(Exception):
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

    @property
    def controlled(self) -> bool:
        """Whether the machine thinks (or cannot rule out) that the content is controlled."""
        return self.jurisdiction in ("ITAR", "EAR", "UNDETERMINED") and self.category != "EAR99"


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
    """scrypt with a random 16-byte salt, parameters stored alongside."""
    raise NotImplementedError


def verify_password(stored: str | None, password: str) -> bool:
    raise NotImplementedError


def _now() -> datetime:
    return datetime.now(timezone.utc)


# ---------------------------------------------------------------------------------------------
# The store


class ReviewStore:
    """The review queue, reviewed decisions and users, on SQLite or PostgreSQL.

    Safe to share between threads (one connection, a lock around each operation); open one per
    process or Beam worker.
    """

    @classmethod
    def open(cls, url_or_path: str | os.PathLike[str] | None = None, *,
             state_dir: str | os.PathLike[str] | None = None) -> "ReviewStore":
        """Open (creating and migrating as needed) a store.

        ``url_or_path``: a ``postgresql://`` / ``postgres://`` URL, a ``sqlite:///path`` URL or a
        file path; ``None`` means ``$ENCLAVE_REVIEW_URL`` when set, else ``review.db`` in
        ``state_dir``.
        """
        raise NotImplementedError

    @classmethod
    def for_config(cls, config, state_override: str | None = None) -> "ReviewStore":
        """The store an ``EnclaveConfig`` names: ``review.url``, else env, else the state folder."""
        raise NotImplementedError

    @property
    def kind(self) -> str:
        """``sqlite`` or ``postgresql``."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> "ReviewStore":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def schema_version(self) -> int:
        """The number of migrations applied."""
        raise NotImplementedError

    # -- queue ----------------------------------------------------------------------------

    def enqueue(self, decision, *, why: str, segments: Iterable[Any] = (),
                quarantine_id: str | None = None) -> QueueEntry | None:
        """Queue a ``pipeline.records.Decision`` for review.

        ``segments``: ``records.Segment`` objects or ``{"where", "text"}`` dicts. Returns the new
        entry, or ``None`` (and queues nothing) when a reviewed decision exists for the content
        hash, or an open entry for the same uri and sha256 already exists. For ``quarantined``
        an existing open entry is updated with the quarantine id instead of duplicated (still
        returns ``None``).
        """
        raise NotImplementedError

    def reviewed(self, sha256: str | None) -> ReviewedDecision | None:
        """The latest reviewed decision for a content hash, or ``None``."""
        raise NotImplementedError

    def reviewed_many(self, hashes: Iterable[str]) -> dict[str, ReviewedDecision]:
        """Latest reviewed decisions for several hashes at once."""
        raise NotImplementedError

    def list(self, *, jurisdiction: str | None = None, source: str | None = None,
             older_than: timedelta | None = None, max_confidence: float | None = None,
             status: str | None = "open", why: str | None = None,
             limit: int | None = 100, offset: int = 0) -> list[QueueEntry]:
        """Queue entries, oldest first, filtered. ``status=None`` lists every status."""
        raise NotImplementedError

    def get(self, entry_id: int) -> QueueEntry:
        """One entry with its reasons and segments; ``NotFound`` when there is none."""
        raise NotImplementedError

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
        raise NotImplementedError

    def history(self, sha256: str) -> list[ReviewedDecision]:
        """Every reviewed decision for a content hash, oldest first."""
        raise NotImplementedError

    def counts(self, *, now: datetime | None = None) -> Counts:
        """Open-queue counts by jurisdiction, source, age bucket and reason; decided total."""
        raise NotImplementedError

    def export_training(self, path: str | os.PathLike[str]) -> int:
        """Write reviewed items as JSON lines ``{"text", "jurisdiction", "category",
        "technical", "kind", "sha256", "uri", "mime", "machine": {...}}``; returns the count."""
        raise NotImplementedError

    # -- users ----------------------------------------------------------------------------

    def add_user(self, name: str, *, role: str = "reviewer", us_person: bool = False,
                 password: str | None = None) -> User:
        """Add an account; ``StoreError`` when it exists or the role is unknown."""
        raise NotImplementedError

    def get_user(self, name: str) -> User | None:
        raise NotImplementedError

    def list_users(self) -> list[User]:
        raise NotImplementedError

    def set_password(self, name: str, password: str) -> None:
        raise NotImplementedError

    def set_role(self, name: str, role: str, *, us_person: bool | None = None) -> User:
        raise NotImplementedError
