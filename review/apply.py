"""Acting on a reviewer's decision: the one path the CLI and the web UI share.

``apply_reviewed(enforcer, entry, reviewed)`` labels the queued item with the reviewer's
answer (or quarantines it in enforce mode, or releases it from quarantine) through the
Enforcer, after checking that the item at its source still holds the content that was
reviewed. Archive members are labelled through their container at the next sweep.
"""

from __future__ import annotations

from labels.enforce import ActionResult
from pipeline.errors import EnclaveError


def apply_reviewed(enforcer, entry, reviewed) -> ActionResult:
    """Label (or quarantine, or release) one queued item as the reviewer decided."""
    def result(action: str, status: str, detail: str = "", id: str | None = None) -> ActionResult:
        return ActionResult(entry.uri, action, status, detail, id)

    if reviewed.kind == "release":
        if not entry.quarantine_id:
            return result("restore", "skipped", "the item is not quarantined")
        return enforcer.restore(entry.quarantine_id)
    if entry.uri != entry.root or not entry.source or entry.item_version is None:
        return result("none", "skipped", "archive member or attachment: its container is "
                                         "labelled when next swept")
    try:
        ref = current_ref(entry)
    except EnclaveError as exc:
        return result("label", "failed", str(exc))
    if ref is None:
        return result("none", "skipped", "in quarantine" if entry.quarantine_id
                      else "the item is gone from its source")
    return enforcer.act(reviewed_decision(entry, reviewed), ref)


def current_ref(entry):
    """The item as it is now at its source, if it still holds the content that was reviewed."""
    from labels.quarantine import hash_stream
    from pipeline.sources import open_source, ref_at

    source = open_source(entry.source)
    current = ref_at(source, entry.uri)
    if current is None or current.version == entry.item_version:
        return current
    if hash_stream(source.open(current))[0] != entry.sha256:
        raise EnclaveError("the item changed after it was queued; not acted on (the next sweep "
                           "queues its new content)")
    return current


def reviewed_decision(entry, reviewed):
    """The Decision the Enforcer acts on: the queued item with the reviewer's answer."""
    from pipeline.engine import TAXONOMY_VERSION, apply_review
    from pipeline.records import Decision, Jurisdiction, Versions

    machine = Decision(uri=entry.uri, root=entry.root, size=entry.size, sha256=entry.sha256,
                       mime=entry.mime, jurisdiction=Jurisdiction(entry.jurisdiction),
                       category=entry.category, confidence=entry.confidence,
                       review_required=True, reasons=(),
                       versions=Versions(rules="review", model="review", taxonomy=TAXONOMY_VERSION),
                       item_version=entry.item_version, source=entry.source)
    return apply_review(machine, reviewed)
