"""Turning a reviewer's decision into an act on the item: label, quarantine, or restore.

The web UI acts as ``enclave queue decide`` does, through ``review.apply.apply_reviewed``: the
same reviewed Decision, the same check that the item still holds the reviewed content, the
same mode rule (a reviewer's decision labels even where sweeps only
report), and the same ``labels.enforce.Enforcer``. Here one Enforcer serves the whole app. It
lives on a single worker thread: its journal is a SQLite connection that belongs to the thread
that opened it, and applying decisions one at a time lets each label or restore be audited under
the name of the reviewer who decided it.

    kind            what happens
    confirm         the machine's decision, now reviewed: label (or quarantine, outside, in
                    enforce mode)
    override        the reviewer's jurisdiction and category: label (or quarantine)
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


def decision_mode(config) -> str:
    """The mode decisions are applied in: as ``enclave queue decide``, a reviewer's decision
    labels even when sweeps only report."""
    return config.mode if config.mode != "report" else "label"


class DecisionApplier:
    """Applies reviewed decisions through one Enforcer on one thread."""

    def __init__(self, config, state_dir: str | os.PathLike[str]) -> None:
        self.config = config
        self.state_dir = Path(state_dir)
        self.mode = decision_mode(config)
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
        """Act on a reviewed decision (``review.store.ReviewedDecision``) for one entry."""
        return self._pool.submit(self._apply, entry, reviewed, actor).result(APPLY_TIMEOUT_S)

    def _enforcer_for(self, actor: str):
        from labels.enforce import Enforcer

        if self._enforcer is None:
            self._enforcer = Enforcer(self.config, self.state_dir, mode=self.mode)
        self._enforcer.audit.actor = actor       # this thread is the only one using it
        return self._enforcer

    def _apply(self, entry, reviewed, actor: str) -> Applied:
        from review.apply import apply_reviewed

        try:
            result = apply_reviewed(self._enforcer_for(actor), entry, reviewed)
        except Exception as exc:      # reported to the reviewer; the decision stays recorded
            LOG.error("applying a decision failed: %s", type(exc).__name__)
            return Applied("none", "failed", type(exc).__name__)
        if result.action == "restore" and result.status != "done":
            return Applied("restore", result.status, "restore did not finish")
        reason = {"review": "the item carries a more restrictive label; it was left in place",
                  "would-quarantine": "controlled item outside the enclave (reported)"}
        return Applied(result.action, result.status,
                       reason.get(result.status, result.detail if result.status != "done" else ""))
