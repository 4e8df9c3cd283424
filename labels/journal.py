"""The action journal: what Enclave set out to do to each item, and how far it got.

Every action is keyed on (kind, item uri, item version, decision). Before each step the
journal says which step is next; after it, that it is done. A sweep that crashed anywhere
is simply run again: an action whose key is already ``done`` is skipped, one that stopped
half-way resumes at the recorded step, so nothing is repeated and nothing is lost. The journal
is SQLite (WAL) in the state folder, safe for several worker processes on one machine.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

# Fault injection for crash-safety tests: ENCLAVE_FAILPOINT=quarantine.copied makes the process
# exit abruptly right after that state is recorded, as a power cut or an OOM kill would.
FAILPOINT_EXIT = 70

_SCHEMA = """
CREATE TABLE IF NOT EXISTS actions (
    key TEXT PRIMARY KEY,
    id TEXT UNIQUE NOT NULL,
    kind TEXT NOT NULL,
    item TEXT NOT NULL,
    version TEXT NOT NULL,
    source TEXT NOT NULL,
    jurisdiction TEXT NOT NULL,
    category TEXT,
    state TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '{}',
    created REAL NOT NULL,
    updated REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS actions_item ON actions(item);
"""


@dataclass(frozen=True)
class Action:
    key: str
    id: str
    kind: str            # quarantine | label
    item: str
    version: str
    source: str
    jurisdiction: str
    category: str | None
    state: str
    detail: dict[str, Any]

    def get(self, name: str, default: Any = None) -> Any:
        return self.detail.get(name, default)


def action_key(kind: str, item: str, version: str, jurisdiction: str, category: str | None) -> str:
    return hashlib.sha256("\x1f".join((kind, item, version, jurisdiction, category or ""))
                          .encode()).hexdigest()


class Journal:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.executescript(_SCHEMA)

    def close(self) -> None:
        self.db.close()

    def begin(self, kind: str, item: str, version: str, source: str, jurisdiction: str,
              category: str | None, first_state: str) -> Action:
        """The action for this key: the existing one (to resume or skip), or a new one."""
        key = action_key(kind, item, version, jurisdiction, category)
        now = time.time()
        prefix = "q-" if kind == "quarantine" else "l-"
        self.db.execute(
            "INSERT OR IGNORE INTO actions (key, id, kind, item, version, source, jurisdiction,"
            " category, state, created, updated) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (key, prefix + key[:12], kind, item, version, source, jurisdiction, category,
             first_state, now, now))
        found = self.get_key(key)
        assert found is not None
        return found

    def advance(self, action: Action, state: str, **detail: Any) -> Action:
        merged = {**action.detail, **detail}
        self.db.execute("UPDATE actions SET state=?, detail=?, updated=? WHERE key=?",
                        (state, json.dumps(merged, sort_keys=True), time.time(), action.key))
        if os.environ.get("ENCLAVE_FAILPOINT") == f"{action.kind}.{state}":
            os._exit(FAILPOINT_EXIT)         # simulate a crash right after this step is recorded
        return Action(action.key, action.id, action.kind, action.item, action.version,
                      action.source, action.jurisdiction, action.category, state, merged)

    def get_key(self, key: str) -> Action | None:
        row = self.db.execute("SELECT * FROM actions WHERE key=?", (key,)).fetchone()
        return self._row(row) if row else None

    def get(self, action_id: str) -> Action | None:
        row = self.db.execute("SELECT * FROM actions WHERE id=? OR key=?",
                              (action_id, action_id)).fetchone()
        return self._row(row) if row else None

    def all(self, kind: str | None = None) -> Iterator[Action]:
        sql = "SELECT * FROM actions" + (" WHERE kind=?" if kind else "") + " ORDER BY created"
        for row in self.db.execute(sql, (kind,) if kind else ()):
            yield self._row(row)

    @staticmethod
    def _row(row: tuple) -> Action:
        (key, id_, kind, item, version, source, jurisdiction, category, state, detail,
         _created, _updated) = row
        return Action(key, id_, kind, item, version, source, jurisdiction, category, state,
                      json.loads(detail))
