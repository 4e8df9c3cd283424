"""The append-only, hash-chained audit log of everything Enclave does to items.

One JSON object per line in ``audit.jsonl``::

    {"seq": 7, "time": "2026-11-28T15:02:11.412Z", "actor": "enclave@host (svc-dlp)",
     "action": "quarantine.deleted", "item": "gs://eng/x.docx", "version": "1712",
     "decision": {"jurisdiction": "ITAR", "category": "XI(a)"}, "source": ..., "target": ...,
     "detail": {...}, "prev": "<hash of line 6>", "hash": "<sha256 of this line without hash>"}

Each line's hash covers its own content and the previous line's hash, so editing, deleting or
reordering any line breaks every hash after it: ``verify`` (``enclave audit verify``) finds the
first broken line. Appends take an exclusive lock on the file, so several worker processes on
one machine can write to one log. Entries carry ids, versions and decisions, never document
text.
"""

from __future__ import annotations

import fcntl
import getpass
import hashlib
import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

GENESIS = "0" * 64


def default_actor() -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid())
    return f"enclave@{socket.gethostname()} ({user})"


def _digest(entry: dict[str, Any]) -> str:
    body = {k: v for k, v in entry.items() if k != "hash"}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    entries: int
    first_bad: int | None = None      # 1-based line number of the first line that fails
    problem: str = ""


class AuditLog:
    def __init__(self, path: str | os.PathLike[str], actor: str | None = None) -> None:
        self.path = Path(path)
        self.actor = actor or default_actor()

    def append(self, action: str, item: str, **fields: Any) -> dict[str, Any]:
        """Write one entry, chained to the last one; returns it (with seq and hash)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "a+b") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                seq, prev = self._tail(fh)
                entry: dict[str, Any] = {
                    "seq": seq + 1,
                    "time": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
                    "actor": self.actor,
                    "action": action,
                    "item": item,
                }
                entry.update({k: v for k, v in fields.items() if v is not None})
                entry["prev"] = prev
                entry["hash"] = _digest(entry)
                fh.seek(0, os.SEEK_END)
                fh.write((json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n").encode())
                fh.flush()
                os.fsync(fh.fileno())
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)
        return entry

    @staticmethod
    def _tail(fh) -> tuple[int, str]:
        """(seq, hash) of the last entry, reading only the end of the file."""
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        if size == 0:
            return 0, GENESIS
        block = min(size, 65536)
        while True:
            fh.seek(size - block)
            lines = fh.read(block).rstrip(b"\n").split(b"\n")
            if len(lines) > 1 or block == size:
                last = json.loads(lines[-1])
                return int(last["seq"]), str(last["hash"])
            block = min(size, block * 4)

    def entries(self) -> Iterator[dict[str, Any]]:
        if not self.path.exists():
            return
        with open(self.path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)

    def actions_for(self, action_id: str) -> set[str]:
        """The actions already logged for one journal id (used when resuming after a crash)."""
        return {e["action"] for e in self.entries() if e.get("id") == action_id}

    def verify(self) -> VerifyResult:
        prev, n = GENESIS, 0
        if not self.path.exists():
            return VerifyResult(True, 0)
        with open(self.path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, start=1):
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError:
                    return VerifyResult(False, n - 1, n, "not valid JSON")
                if entry.get("seq") != n:
                    return VerifyResult(False, n - 1, n, f"sequence {entry.get('seq')} where {n} was due")
                if entry.get("prev") != prev:
                    return VerifyResult(False, n - 1, n, "does not chain to the previous entry")
                if entry.get("hash") != _digest(entry):
                    return VerifyResult(False, n - 1, n, "content does not match its hash")
                prev = entry["hash"]
        return VerifyResult(True, n)
