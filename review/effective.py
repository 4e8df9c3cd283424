"""Who may see a queued item: the effective decision and the U.S.-person rule, in one place.

The *effective* decision about an item is the latest reviewed decision for its content (by
sha256), else the machine's. Content is *controlled* when that decision is ITAR, EAR other than
EAR99, or UNDETERMINED. Every queue entry that shares the content hash shares the answer: if any
copy is controlled under its effective decision, all copies are.

``can_view(user, entry, store)`` is the one rule every page, export and command that shows
anything about an item asks: nobody without an account, U.S. persons always, anyone else only
content that is not controlled. For many entries at once, ``Access(store, entries)`` reads the
facts in two queries and answers ``can_view`` for each.

This module reads the review store only; it does not import the pipeline engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable



def is_controlled(jurisdiction: str | None, category: str | None) -> bool:
    """ITAR, EAR other than EAR99, or UNDETERMINED (an unknown jurisdiction counts too)."""
    j = (jurisdiction or "UNDETERMINED").upper()
    if j == "UNCONTROLLED":
        return False
    if j == "EAR" and (category or "").upper() == "EAR99":
        return False
    return True


@dataclass(frozen=True)
class Effective:
    """The decision that counts for an item, and whether it came from a reviewer."""

    jurisdiction: str
    category: str | None
    reviewed: bool

    @property
    def controlled(self) -> bool:
        return is_controlled(self.jurisdiction, self.category)

    def to_json(self) -> dict[str, Any]:
        return {"jurisdiction": self.jurisdiction, "category": self.category,
                "reviewed": self.reviewed}


def effective(entry, reviewed=None) -> Effective:
    """The entry's effective decision: ``reviewed`` (the latest ``ReviewedDecision`` for its
    content) when there is one, else the machine's."""
    if reviewed is not None:
        return Effective(reviewed.jurisdiction, reviewed.category, True)
    return Effective(entry.jurisdiction, entry.category, False)


class Access:
    """The facts ``can_view`` needs for a set of entries, read from the store at once: the
    latest reviewed decision per content hash and the machine decisions of every queue entry
    with that hash (any status)."""

    def __init__(self, store, entries: Iterable[Any]) -> None:
        entries = list(entries)
        hashes = {e.sha256 for e in entries if e.sha256}
        self._reviewed = store.reviewed_many(hashes) if hashes else {}
        self._copies = store.machine_decisions(hashes) if hashes else {}

    def effective(self, entry) -> Effective:
        return effective(entry, self._reviewed.get(entry.sha256) if entry.sha256 else None)

    def controlled(self, entry) -> bool:
        """Controlled under the effective decision of this entry or of any copy of it."""
        eff = self.effective(entry)
        if eff.controlled:
            return True
        if eff.reviewed or not entry.sha256:
            return False                 # a reviewed decision holds for every copy alike
        return any(is_controlled(j, c) for j, c in self._copies.get(entry.sha256, ()))

    def can_view(self, user, entry) -> bool:
        if user is None:
            return False
        if bool(getattr(user, "us_person", False)):
            return True
        return not self.controlled(entry)


def can_view(user, entry, store=None, *, access: Access | None = None) -> bool:
    """May ``user`` (a ``review.store.User``, or ``None``) see anything about ``entry``?

    Give the ``store`` (the facts are read for this one entry) or an ``Access`` built for many.
    Without either only the entry's own machine decision is known, and it is then treated as
    controlled unless the user is a U.S. person: the rule never answers yes on less than the
    full facts.
    """
    if user is None:
        return False
    if bool(getattr(user, "us_person", False)):
        return True
    if access is None:
        if store is None:
            return False
        access = Access(store, [entry])
    return access.can_view(user, entry)


__all__ = ["Access", "Effective", "can_view", "effective",
           "is_controlled"]
