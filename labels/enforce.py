"""Acting on decisions: label items in place, quarantine controlled items found outside.

``Enforcer.act(decision, ref)`` is called once per top-level item after it is decided (the
pipeline's Enforce stage). What it does depends on the mode and on where the item lives:

    mode      inside the enclave               outside, controlled (ITAR; EAR other than EAR99)
    report    nothing                          nothing (reported as would-quarantine)
    label     label                            label (reported as would-quarantine)
    enforce   label                            quarantine: copy, verify, delete, tombstone

Labels are written only where policy allows it automatically: a decision that needs review
is left for the reviewer (except ``UNDETERMINED``, which gets the Undetermined label so DLP
handles it as controlled meanwhile), and a label that would replace a more restrictive one
already on the item also goes to review. Labels go into the file where the format has a place
for them (Office Open XML, PDF; local files) and onto the item's metadata and tags at its source
(extended attributes, object metadata, blob index tags, S3 object tags).

Every action is journalled by (item, version, decision) and audited; see ``labels.journal`` and
``labels.audit``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from labels.audit import AuditLog
from labels.journal import Journal
from labels.quarantine import Quarantine, QuarantineError
from labels.taxonomy import Label, Taxonomy, load_taxonomy, needs_review_to_replace
from pipeline.errors import EnclaveError, LabelError
from pipeline.records import Decision, ItemRef, Jurisdiction, is_controlled
from pipeline.sources import Source, VersionConflict, open_source

NIL_GUID = "00000000-0000-0000-0000-000000000000"
OOXML_SUFFIXES = {".docx", ".docm", ".dotx", ".xlsx", ".xlsm", ".xltx", ".pptx", ".pptm", ".potx"}
LABEL_KEYS = ("enclave_label_id", "enclave_label", "enclave_jurisdiction", "enclave_category",
              "enclave_taxonomy")


@dataclass(frozen=True)
class ActionResult:
    """What happened to one item. No document content."""

    uri: str
    action: str          # none | label | quarantine
    status: str          # done | unchanged | skipped | review | would-quarantine | failed
    detail: str = ""
    id: str | None = None
    label: str | None = None
    existing: tuple[str, ...] = ()      # labels already on the item (ours or another tool's)

    def to_json(self) -> dict:
        return {"uri": self.uri, "action": self.action, "status": self.status,
                "detail": self.detail, "id": self.id, "label": self.label,
                "existing": list(self.existing)}


def source_labels(label: Label, decision: Decision) -> dict[str, str]:
    """The metadata / tags an item carries at its source. Keys are safe for every backend
    (Azure metadata keys are identifiers; S3 allows ten tags)."""
    out = {"enclave_label_id": label.id, "enclave_label": label.name,
           "enclave_jurisdiction": decision.jurisdiction.value,
           "enclave_taxonomy": label.taxonomy_version}
    if decision.category:                 # no empty values: some backends refuse them
        out["enclave_category"] = decision.category
    for key, value in label.tag_dict().items():
        out.setdefault(key.replace("-", "_"), value)
    return out


class Enforcer:
    """Built once per worker: owns the journal, audit log, taxonomy and source clients."""

    def __init__(self, config, state_dir: str | os.PathLike[str], *, mode: str | None = None,
                 actor: str | None = None,
                 sources: Callable[[str], Source] = open_source) -> None:
        self.config = config
        self.mode = mode or config.mode
        state = Path(state_dir)
        state.mkdir(parents=True, exist_ok=True)
        self.journal = Journal(state / "actions.db")
        self.audit = AuditLog(state / "audit.jsonl", actor)
        self.taxonomy: Taxonomy = load_taxonomy(config.labels.taxonomy)
        self.site_id = (config.labels.site_id if config.labels.site_id != NIL_GUID
                        else self.taxonomy.site_id)
        self.quarantine = Quarantine(self.journal, self.audit, config.contact, sources)

    def close(self) -> None:
        self.journal.close()

    def act(self, decision: Decision, ref: ItemRef) -> ActionResult:
        policy = self.config.source_policy(ref.source)
        if not policy.inside and is_controlled(decision.jurisdiction, decision.category):
            if self.mode != "enforce":
                return ActionResult(ref.uri, "quarantine", "would-quarantine",
                                    "controlled item outside the enclave")
            return self._quarantine(decision, ref, policy.quarantine)
        if self.mode == "report":
            return ActionResult(ref.uri, "none", "skipped", "report mode")
        return self._label(decision, ref)

    # -- quarantine ------------------------------------------------------------------------

    def _quarantine(self, decision: Decision, ref: ItemRef, target: str | None) -> ActionResult:
        assert target is not None       # the configuration guarantees one in enforce mode
        try:
            action = self.quarantine.quarantine(
                ref, target, jurisdiction=decision.jurisdiction.value,
                category=decision.category, sha256=decision.sha256)
        except (EnclaveError, OSError) as exc:
            self.audit.append("quarantine.failed", ref.uri, version=ref.version,
                              reason=type(exc).__name__)
            return ActionResult(ref.uri, "quarantine", "failed", str(exc))
        status = {"done": "done", "abandoned": "skipped"}.get(action.state, action.state)
        return ActionResult(ref.uri, "quarantine", status, action.get("reason", ""), action.id)

    # -- labels ----------------------------------------------------------------------------

    def _label(self, decision: Decision, ref: ItemRef) -> ActionResult:
        label = self.taxonomy.for_decision(decision.jurisdiction, decision.category)
        if decision.review_required and decision.jurisdiction is not Jurisdiction.UNDETERMINED:
            return ActionResult(ref.uri, "label", "review",
                                "decision needs review before it is labelled", label=label.name)
        source = self.quarantine.source(ref.source)
        try:
            at_source = source.get_labels(ref)
        except EnclaveError:
            at_source = {}
        in_file = self._file_labels(ref)
        existing_ids = [e.id for e in in_file]
        if at_source.get("enclave_label_id"):
            existing_ids.append(at_source["enclave_label_id"])
        foreign = tuple(sorted({i for i in existing_ids if self.taxonomy.by_id(i) is None}))
        ours = [self.taxonomy.by_id(i) for i in existing_ids if self.taxonomy.by_id(i)]
        highest = max(ours, key=lambda lbl: lbl.rank, default=None)
        reviewed = any(r.code == "REVIEWED" for r in decision.reasons)
        if needs_review_to_replace(highest, label) and not reviewed:
            # A machine decision never lowers a label; a reviewer's decision may.
            return ActionResult(ref.uri, "label", "review",
                                f"would replace the more restrictive label {highest.name}",
                                label=label.name, existing=foreign)
        action = self.journal.begin("label", ref.uri, ref.version, ref.source,
                                    decision.jurisdiction.value, decision.category, "labelling")
        if action.state == "done":
            return ActionResult(ref.uri, "label", "unchanged", "labelled before", action.id,
                                label.name, foreign)
        note = ""
        try:
            try:
                changed_file = self._write_file_label(ref, label, decision)
            except LabelError as exc:
                # Not a writable file of its kind (often the reason it is UNDETERMINED): the
                # label still goes onto the item's metadata at its source.
                changed_file, note = False, f"in-file label not written: {exc}"
            current = source.stat(ref) if changed_file else ref
            if current is None:
                raise VersionConflict("the item vanished while it was labelled")
            wanted = source_labels(label, decision)
            changed_meta = any(at_source.get(k) != v for k, v in wanted.items())
            if changed_meta:
                source.set_labels(current, wanted)
        except (EnclaveError, OSError) as exc:
            self.audit.append("label.failed", ref.uri, version=ref.version,
                              reason=type(exc).__name__, id=action.id)
            return ActionResult(ref.uri, "label", "failed", str(exc), action.id, label.name,
                                foreign)
        self.journal.advance(action, "done", label=label.id)
        if not (changed_file or changed_meta):
            return ActionResult(ref.uri, "label", "unchanged", note or "label already present",
                                action.id, label.name, foreign)
        self.audit.append("label.applied", ref.uri, version=ref.version,
                          decision={"jurisdiction": decision.jurisdiction.value,
                                    "category": decision.category,
                                    "confidence": round(decision.confidence, 4)},
                          label=label.id, label_name=label.name,
                          replaced=[lbl.id for lbl in ours if lbl.id != label.id] or None,
                          foreign=list(foreign) or None, id=action.id)
        return ActionResult(ref.uri, "label", "done", note, action.id, label.name, foreign)

    def _file_kind(self, ref: ItemRef) -> str | None:
        if ref.path is None:
            return None                  # remote objects: metadata and tags only
        suffix = Path(ref.path).suffix.lower()
        if suffix in OOXML_SUFFIXES:
            return "ooxml"
        if suffix == ".pdf":
            return "pdf"
        return None

    def _file_labels(self, ref: ItemRef) -> list:
        kind = self._file_kind(ref)
        try:
            if kind == "ooxml":
                from labels.ooxml import read_ooxml_labels
                return list(read_ooxml_labels(ref.path))
            if kind == "pdf":
                from labels.pdf import read_pdf_labels
                return list(read_pdf_labels(ref.path))
        except (EnclaveError, OSError, ValueError):
            return []
        return []

    def _write_file_label(self, ref: ItemRef, label: Label, decision: Decision) -> bool:
        kind = self._file_kind(ref)
        if kind is None:
            return False
        current = self.quarantine.source(ref.source).stat(ref)
        if current is None or current.version != ref.version:
            raise VersionConflict("the file changed after it was classified; not labelled")
        if kind == "ooxml":
            from labels.ooxml import write_ooxml_label
            return write_ooxml_label(ref.path, label, category=decision.category,
                                     site_id=self.site_id)
        from labels.pdf import write_pdf_label
        return write_pdf_label(ref.path, label, category=decision.category, site_id=self.site_id)

    def resume_pending(self) -> list[ActionResult]:
        """Finish quarantine and restore actions that an earlier run left half-way."""
        results = []
        for action in list(self.quarantine.pending()):
            try:
                target = None
                if not action.get("target_root"):
                    target = self.config.source_policy(action.source).quarantine
                done = self.quarantine.resume(action, target)
                results.append(ActionResult(done.item, "quarantine", done.state, "resumed", done.id))
            except (EnclaveError, OSError) as exc:
                results.append(ActionResult(action.item, "quarantine", "failed", str(exc),
                                            action.id))
        return results

    # -- restore ---------------------------------------------------------------------------

    def restore(self, action_id: str) -> ActionResult:
        try:
            action = self.quarantine.restore(action_id)
        except QuarantineError as exc:
            return ActionResult(action_id, "restore", "failed", str(exc), action_id)
        return ActionResult(action.item, "restore", "done", "", action.id)
