"""Quarantine: move a controlled item found outside the enclave to safety, without losing a byte.

    copying ──copy + verify──► copied ──delete original──► deleted ──tombstone──► done
    done ──restore──► restoring ──copy back + verify──► returned ──remove tombstone, copy──► restored

Every step is recorded in the journal before it is taken and after it succeeds, and every step
is safe to repeat: a copy that already exists is verified by its hash instead of written
again, a delete of something already gone is a success, a tombstone already in place is kept.
The original is deleted only after the copy's sha256 has been read back from the quarantine
location and matched, and only if the original is still the version that was classified
(``VersionConflict`` otherwise: the changed item is left alone and will be decided afresh).

The tombstone is a short text file next to the original's place (``<name>.quarantined.txt``)
that says the item was moved for export-control review, its quarantine id and whom to
contact. It holds nothing of the original's content.
"""

from __future__ import annotations

import hashlib
import io
import tempfile
from datetime import datetime, timezone
from typing import IO, Callable, Iterator

from labels.audit import AuditLog
from labels.journal import Action, Journal
from pipeline.errors import EnclaveError
from pipeline.records import ItemRef
from pipeline.sources import Source, VersionConflict, open_source, place_uri, ref_at

TOMBSTONE_SUFFIX = ".quarantined.txt"
_CHUNK = 1 << 20


class QuarantineError(EnclaveError):
    """A quarantine or restore step could not be completed; the journal says where it stopped."""


def _name(uri: str) -> str:
    return uri.rstrip("/").rsplit("!/", 1)[-1].rsplit("/", 1)[-1] or "item"


def hash_stream(stream: IO[bytes], copy_to: IO[bytes] | None = None) -> tuple[str, int]:
    """(sha256, size) of everything ``stream`` holds, copied on to ``copy_to`` on the way."""
    digest, size = hashlib.sha256(), 0
    with stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
            if copy_to is not None:
                copy_to.write(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def tombstone_text(action: Action, contact: str, when: str) -> bytes:
    return (
        "This item was moved by Enclave for export-control review.\n"
        f"Item: {_name(action.get('place') or action.item)}\n"
        f"Quarantine id: {action.id}\n"
        f"Moved: {when}\n"
        f"Contact: {contact}\n"
        "This notice holds no part of the item's content.\n"
    ).encode("utf-8")


class Quarantine:
    """Runs quarantine and restore actions against any two sources (item's and target's)."""

    def __init__(self, journal: Journal, audit: AuditLog, contact: str,
                 sources: Callable[[str], Source] = open_source) -> None:
        self.journal, self.audit, self.contact = journal, audit, contact
        self._open = sources
        self._sources: dict[str, Source] = {}

    def source(self, spec: str) -> Source:
        if spec not in self._sources:
            self._sources[spec] = self._open(spec)
        return self._sources[spec]

    # -- quarantine ------------------------------------------------------------------------

    def quarantine(self, ref: ItemRef, target_root: str, *, jurisdiction: str,
                   category: str | None, sha256: str | None) -> Action:
        action = self.journal.begin("quarantine", ref.uri, ref.version, ref.source,
                                    jurisdiction, category, "copying")
        if action.state in ("done", "restored", "abandoned", "restoring", "returned"):
            return action                                  # finished before: never repeat
        decision = {"jurisdiction": jurisdiction, "category": category}
        if action.detail:
            self._backfill(action, ref, decision)
        if action.state == "copying":
            if not action.detail:
                self.audit.append("quarantine.start", ref.uri, version=ref.version,
                                  decision=decision, source=ref.source, target=target_root,
                                  id=action.id)
            action = self._copy(action, ref, target_root, sha256, decision)
            if action.state != "copied":
                return action
        if action.state == "copied":
            action = self._delete_original(action, ref, decision)
            if action.state != "deleted":
                return action
        if action.state == "deleted":
            action = self._tombstone(action, ref, decision)
        return action

    def _copy(self, action: Action, ref: ItemRef, target_root: str, expected: str | None,
              decision: dict) -> Action:
        src = self.source(ref.source)
        target = self.source(target_root)
        place = place_uri(src, ref)
        target_uri = target.uri_for(f"{action.id}/{_name(place)}")
        action = self.journal.advance(action, "copying", target=target_uri,
                                      target_root=target_root, place=place)
        meta = {"enclave_quarantine_id": action.id, "enclave_original": ref.uri,
                "enclave_original_version": ref.version}
        # Spooled to this machine first (memory, then disk past 16 MB): every backend's upload
        # can then seek and retry, and the sha256 is of exactly the bytes sent.
        with tempfile.SpooledTemporaryFile(max_size=16 << 20) as spool:
            source_hash, _size = hash_stream(src.open(ref), spool)
            spool.seek(0)
            try:
                target.put(target_uri, spool, metadata=meta, if_absent=True)
            except VersionConflict:
                pass          # written before a crash (puts are atomic): verified below
        if expected and source_hash != expected:
            self._remove(target, target_uri)
            return self._abandon(action, "the item changed after it was classified", decision)
        existing = ref_at(target, target_uri)
        if existing is None:
            raise QuarantineError(f"{action.id}: the copy is missing after it was written")
        copy_hash, _ = hash_stream(target.open(existing))
        if copy_hash != source_hash:
            raise QuarantineError(f"{action.id}: the copy at the quarantine location does not "
                                  "match the original (sha256 differs); nothing was deleted")
        action = self.journal.advance(action, "copied", sha256=source_hash)
        self.audit.append("quarantine.copied", ref.uri, version=ref.version, decision=decision,
                          target=target_uri, sha256=source_hash, id=action.id)
        return action

    def _delete_original(self, action: Action, ref: ItemRef, decision: dict) -> Action:
        src = self.source(ref.source)
        try:
            src.delete(ref)
        except VersionConflict:
            if ref_at(src, ref.uri) is not None:
                # Changed by someone since the sweep saw it: keep it, drop our copy.
                self._remove(self.source(action.get("target_root")), action.get("target"))
                return self._abandon(action, "the item changed before it could be moved",
                                     decision)
            # Already gone: deleted by us before a crash.
        action = self.journal.advance(action, "deleted")
        self.audit.append("quarantine.deleted", ref.uri, version=ref.version, decision=decision,
                          id=action.id)
        return action

    def _tombstone(self, action: Action, ref: ItemRef, decision: dict) -> Action:
        src = self.source(ref.source)
        uri = (action.get("place") or ref.uri) + TOMBSTONE_SUFFIX
        when = datetime.now(timezone.utc).isoformat(timespec="seconds")
        try:
            src.put(uri, io.BytesIO(tombstone_text(action, self.contact, when)),
                    metadata={"enclave_quarantine_id": action.id}, if_absent=True)
        except VersionConflict:
            pass                                            # written before a crash
        action = self.journal.advance(action, "done", tombstone=uri)
        self.audit.append("quarantine.done", ref.uri, version=ref.version, decision=decision,
                          target=action.get("target"), tombstone=uri, id=action.id)
        return action

    _LOGGED_BY = {"copied": ("quarantine.start", "quarantine.copied"),
                  "deleted": ("quarantine.start", "quarantine.copied", "quarantine.deleted")}

    def _backfill(self, action: Action, ref: ItemRef, decision: dict) -> None:
        """A crash can fall between recording a step in the journal and logging it; resuming,
        log what the journal says happened and the audit log lacks (marked ``recovered``)."""
        wanted = self._LOGGED_BY.get(action.state, ())
        if not wanted:
            return
        have = self.audit.actions_for(action.id)
        for name in wanted:
            if name not in have:
                self.audit.append(name, ref.uri, version=ref.version, decision=decision,
                                  target=action.get("target"), sha256=action.get("sha256"),
                                  id=action.id, recovered=True)

    def _abandon(self, action: Action, why: str, decision: dict) -> Action:
        action = self.journal.advance(action, "abandoned", reason=why)
        self.audit.append("quarantine.abandoned", action.item, version=action.version,
                          decision=decision, reason=why, id=action.id)
        return action

    def _remove(self, source: Source, uri: str | None) -> None:
        if uri is None:
            return
        current = ref_at(source, uri)
        if current is not None:
            source.delete(current)

    # -- restore ---------------------------------------------------------------------------

    def restore(self, action_id: str) -> Action:
        action = self.journal.get(action_id)
        if action is None or action.kind != "quarantine":
            raise QuarantineError(f"no quarantine action {action_id!r}")
        if action.state == "restored":
            return action
        if action.state not in ("done", "restoring", "returned"):
            raise QuarantineError(f"{action.id} is {action.state}: only a finished quarantine "
                                  "can be restored")
        src = self.source(action.source)
        target = self.source(action.get("target_root"))
        decision = {"jurisdiction": action.jurisdiction, "category": action.category}
        if action.state == "done":
            action = self.journal.advance(action, "restoring")
            self.audit.append("restore.start", action.item, version=action.version,
                              decision=decision, source=action.get("target"), target=action.item,
                              id=action.id)
        if action.state == "restoring":
            copy = ref_at(target, action.get("target"))
            if copy is None:
                raise QuarantineError(f"{action.id}: the quarantined copy is missing")
            with tempfile.SpooledTemporaryFile(max_size=16 << 20) as spool:
                hash_stream(target.open(copy), spool)
                spool.seek(0)
                try:
                    src.put(action.get("place") or action.item, spool, if_absent=True)
                except VersionConflict:
                    pass                                    # put back before a crash, or taken
            back = ref_at(src, action.get("place") or action.item)
            if back is None or hash_stream(src.open(back))[0] != action.get("sha256"):
                raise QuarantineError(f"{action.id}: something else now sits at the original "
                                      "location; the quarantined copy is kept")
            action = self.journal.advance(action, "returned")
        if action.state == "returned":
            self._remove(src, action.get("tombstone"))
            self._remove(target, action.get("target"))
            action = self.journal.advance(action, "restored")
            self.audit.append("restore.done", action.item, version=action.version,
                              decision=decision, source=action.get("target"), target=action.item,
                              sha256=action.get("sha256"), id=action.id)
        return action

    def resume(self, action: Action, target_root: str | None = None) -> Action:
        """Finish an action that a crash interrupted, from the step the journal recorded."""
        if action.state in ("restoring", "returned"):
            return self.restore(action.id)
        ref = ItemRef.at(action.item, source=action.source, version=action.version)
        target = action.get("target_root") or target_root
        if target is None:
            raise QuarantineError(f"{action.id}: no quarantine location to resume to")
        return self.quarantine(ref, target, jurisdiction=action.jurisdiction,
                               category=action.category, sha256=action.get("sha256"))

    def pending(self) -> Iterator[Action]:
        """Quarantine actions that stopped half-way (to finish on the next sweep)."""
        for action in self.journal.all("quarantine"):
            if action.state in ("copying", "copied", "deleted", "restoring", "returned"):
                yield action


__all__ = ["Quarantine", "QuarantineError", "TOMBSTONE_SUFFIX", "hash_stream"]
