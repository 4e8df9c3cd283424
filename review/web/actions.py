"""Turning a reviewer's decision into an act on the item: label, quarantine, or restore.

One ``labels.enforce.Enforcer`` per app does the work, the same writers, journal and audit log
as a sweep. It lives on a single worker thread: the Enforcer's journal is a SQLite connection
that belongs to the thread that opened it, and applying decisions one at a time lets each
label or restore be audited under the name of the reviewer who decided it.

    kind            what happens (in the configuration's mode)
    confirm         the machine's decision, now reviewed: label (or quarantine, outside)
    override        the reviewer's jurisdiction and category: label (or quarantine, outside)
    not_technical   UNCONTROLLED: the Uncontrolled label
    release         the quarantined item is put back (``Enforcer.restore``)

Archive members and attachments are not labelled on their own: their container is, at the
next sweep, from the reviewed decisions of its members.
"""

from __future__ import annotations

import logging
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from pipeline.records import Decision, ItemRef, Jurisdiction, Versions

LOG = logging.getLogger("enclave.web")

APPLY_TIMEOUT_S = 300


@dataclass(frozen=True)
class Applied:
    """What the act did, without paths or content (it is shown to the reviewer and logged)."""

    action: str         # label | quarantine | restore | none
    status: str         # done | unchanged | skipped | review | would-quarantine | failed
    reason: str = ""    # a short, content-free explanation

    @property
    def ok(self) -> bool:
        return self.status not in ("failed", "review")


def reviewed_decision(entry, jurisdiction: str, category: str | None) -> Decision:
    """The Decision the Enforcer acts on: the reviewer's, needing no further review."""
    return Decision(
        uri=entry.uri, root=entry.root, size=entry.size, sha256=entry.sha256, mime=entry.mime,
        jurisdiction=Jurisdiction(jurisdiction), category=category, confidence=1.0,
        review_required=False, reasons=(),
        versions=Versions(rules="reviewed", model="reviewed", taxonomy="reviewed"),
        item_version=entry.item_version, source=entry.source)


class DecisionApplier:
    """Applies reviewed decisions through one Enforcer on one thread."""

    def __init__(self, config, state_dir: str | os.PathLike[str]) -> None:
        self.config = config
        self.state_dir = Path(state_dir)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="enclave-apply")
        self._enforcer = None

    def close(self) -> None:
        def _close() -> None:
            if self._enforcer is not None:
                self._enforcer.close()
                self._enforcer = None
        self._pool.submit(_close).result()
        self._pool.shutdown()

    def apply(self, entry, reviewed, actor: str) -> Applied:
        """Act on a reviewed decision (``review.store.ReviewedDecision``) for its entry."""
        return self._pool.submit(self._apply, entry, reviewed, actor).result(APPLY_TIMEOUT_S)

    def _enforcer_for(self, actor: str):
        from labels.enforce import Enforcer

        if self._enforcer is None:
            self._enforcer = Enforcer(self.config, self.state_dir)
        self._enforcer.audit.actor = actor       # this thread is the only one using it
        return self._enforcer

    def _apply(self, entry, reviewed, actor: str) -> Applied:
        try:
            enforcer = self._enforcer_for(actor)
            if reviewed.kind == "release":
                if not entry.quarantine_id:
                    return Applied("restore", "skipped", "the item is not quarantined")
                result = enforcer.restore(entry.quarantine_id)
                return Applied("restore", result.status,
                               "" if result.status == "done" else "restore did not finish")
            if entry.uri != entry.root:
                return Applied("none", "skipped", "a member is labelled through its container "
                                                  "at the next sweep")
            decision = reviewed_decision(entry, reviewed.jurisdiction, reviewed.category)
            ref = decision.item_ref()
            if ref is None:
                return Applied("none", "skipped", "the queue entry does not say where the item is")
            if entry.quarantine_id:
                return Applied("none", "skipped", "the item is in quarantine; release it to "
                                                  "put it back")
            result = enforcer.act(decision, ItemRef(uri=ref.uri, path=ref.path, size=ref.size,
                                                    version=ref.version, source=ref.source))
        except Exception as exc:      # reported to the reviewer; the decision stays recorded
            LOG.error("applying a decision failed: %s", type(exc).__name__)
            return Applied("none", "failed", type(exc).__name__)
        reason = {"review": "the item carries a more restrictive label; it was left in place",
                  "failed": "the item could not be changed (it may have changed since the sweep)",
                  "skipped": f"{enforcer.mode} mode changes nothing",
                  "would-quarantine": "controlled item outside the enclave (reported)"}
        return Applied(result.action, result.status, reason.get(result.status, ""))
