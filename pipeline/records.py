"""The small typed records that travel between stages.

    ItemRef ──extract──► Extraction (one per item: the file, and each archive member or attachment)
    Extraction ──detect──► Evidence
    Extraction + Evidence ──decide──► Decision

Records are plain frozen dataclasses: picklable for Beam, cheap to copy, no handles or clients.
Anything that carries document text (``Segment.text``, ``Evidence.excerpt``) keeps it out of
``repr`` so that a stray log line cannot leak controlled text.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from pipeline.errors import ErrorCode

MEMBER_SEPARATOR = "!/"
# Evidence kinds of export markings, by where they sit: printed in a marking position (header,
# footer, properties, title block, top or bottom line, classification column); a legend, banner
# or field inside the text; quoted in running prose (see classifiers/detectors/markings).
MARKING_KINDS = ("marking", "legend", "mention")


class Jurisdiction(str, enum.Enum):
    """What controls an item. The order of the members is the order of review."""

    ITAR = "ITAR"
    EAR = "EAR"
    UNCONTROLLED = "UNCONTROLLED"
    UNDETERMINED = "UNDETERMINED"


# Most restrictive first: a container takes the most restrictive of its members' decisions.
RESTRICTIVENESS = {
    Jurisdiction.ITAR: 4,
    Jurisdiction.UNDETERMINED: 3,
    Jurisdiction.EAR: 2,
    Jurisdiction.UNCONTROLLED: 0,
}


def is_controlled(jurisdiction: str | None, category: str | None) -> bool:
    """ITAR, or EAR other than EAR99: what must not sit outside the enclave. Takes the
    jurisdiction as a ``Jurisdiction`` or its string value."""
    return jurisdiction == Jurisdiction.ITAR or (
        jurisdiction == Jurisdiction.EAR and (category or "") != "EAR99")


@dataclass(frozen=True)
class ItemRef:
    """A discovered item: where it is and which version of it we saw."""

    uri: str                 # stable identity, e.g. file:///srv/share/a.docx
    path: str | None         # local path when the source is a local file system
    size: int
    version: str             # what changes when the content may have changed (mtime+size, etag …)
    source: str              # the source root this item was found under, as the user gave it
    # Where the item lives, as the backend reports it: owner/group/mode, region, KMS key,
    # ACL principals, sharing links ... (sorted key/value pairs; no document content).
    facts: tuple[tuple[str, str], ...] = ()

    def fact(self, key: str, default: str | None = None) -> str | None:
        return dict(self.facts).get(key, default)

    @classmethod
    def at(cls, uri: str, *, source: str, version: str = "", size: int = 0) -> "ItemRef":
        """A ref for an item known by its uri (from a decision, the journal, the review
        queue); a ``file://`` uri gets its local path."""
        path = None
        if uri.startswith("file://"):
            from urllib.parse import unquote, urlparse
            path = unquote(urlparse(uri).path)
        return cls(uri=uri, path=path, size=size, version=version, source=source)


@dataclass(frozen=True)
class ItemError:
    """Why an item (or one member of it) could not be read or scored. No document text."""

    code: ErrorCode
    message: str

    def to_json(self) -> dict[str, str]:
        return {"code": self.code.value, "message": self.message}


@dataclass(frozen=True)
class Segment:
    """A run of extracted text and where in the item it came from.

    ``where`` is a short locator: ``body``, ``page:3``, ``sheet:Parts``, ``slide:2``,
    ``header``, ``metadata:title``, ``layer:TITLE``, ``ocr``.
    """

    where: str
    text: str = field(repr=False)


@dataclass(frozen=True)
class Extraction:
    """Everything read out of one item. A container yields one per member as well."""

    uri: str
    root: str                            # uri of the top-level item this came from (itself if top level)
    depth: int                           # 0 for a top-level item, 1 for its members, ...
    size: int
    sha256: str | None
    mime: str | None
    segments: tuple[Segment, ...] = ()
    metadata: tuple[tuple[str, str], ...] = ()
    error: ItemError | None = None

    @property
    def is_member(self) -> bool:
        return self.depth > 0

    @property
    def text_length(self) -> int:
        return sum(len(s.text) for s in self.segments)

    @property
    def content_segments(self) -> tuple[Segment, ...]:
        """The item's own text: body, pages, sheets, slides, notes, headers and footers,
        drawing text; not its document properties, XMP packet or labels (``metadata:*``),
        which are markings' business, not subject matter."""
        return tuple(s for s in self.segments if not s.where.startswith("metadata:"))



@dataclass(frozen=True)
class Evidence:
    """One finding of one detector: what it points to and where it is."""

    code: str                            # stable reason code, e.g. MARK_ITAR_WARNING
    detector: str                        # detector id, e.g. marking.itar_warning.v1
    kind: str                            # marking | legend | mention | subject | context | ...
    jurisdiction: Jurisdiction | None    # what the finding points to (UNCONTROLLED for Distribution A)
    category: str | None                 # USML "XI(c)" / ECCN "5A002.a" / "EAR99" / None
    where: str                           # Segment.where
    start: int                           # character offsets within the segment
    end: int
    score: float                         # the detector's own strength in [0, 1]
    excerpt: str = field(default="", repr=False, compare=False)  # enclave-side only

    def location(self) -> dict[str, Any]:
        return {"where": self.where, "start": self.start, "end": self.end}

    def to_json(self, *, excerpt: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code,
            "detector": self.detector,
            "jurisdiction": self.jurisdiction.value if self.jurisdiction else None,
            "category": self.category,
            "location": self.location(),
            "weight": round(self.score, 4),
        }
        if excerpt:
            out["excerpt"] = self.excerpt
        return out


@dataclass(frozen=True)
class Versions:
    rules: str
    model: str
    taxonomy: str


@dataclass(frozen=True)
class Decision:
    """What Enclave suggests for one item, with the evidence that led there."""

    uri: str
    root: str
    size: int
    sha256: str | None
    mime: str | None
    jurisdiction: Jurisdiction
    category: str | None
    confidence: float
    review_required: bool
    reasons: tuple[Evidence, ...]
    versions: Versions
    error: ItemError | None = None
    alternatives: tuple[str, ...] = ()       # runner-up categories, best first
    # For a top-level item: the version the sweep saw and the source it came from, so the
    # Enforce stage acts on exactly what was classified (conditional writes).
    item_version: str | None = None
    source: str | None = None
    # How this sweep came by the decision: processed (read, detected, decided), redecided (the
    # decider ran again on stored evidence) or carried_over (unchanged item; see pipeline.state).
    processing: str = "processed"

    def item_ref(self) -> ItemRef | None:
        """The swept item this decision is about (top-level decisions only)."""
        if self.source is None or self.item_version is None or self.uri != self.root:
            return None
        return ItemRef.at(self.uri, source=self.source, version=self.item_version,
                          size=self.size)

    def to_json(self, *, excerpts: bool = False) -> dict[str, Any]:
        """The stable output contract of ``enclave classify --format jsonl`` (no text unless asked)."""
        return {
            "uri": self.uri,
            "jurisdiction": self.jurisdiction.value,
            "category": self.category,
            "alternatives": list(self.alternatives),
            "confidence": round(self.confidence, 4),
            "review_required": self.review_required,
            "reasons": [r.to_json(excerpt=excerpts) for r in self.reasons],
            "error": self.error.to_json() if self.error else None,
            "size": self.size,
            "sha256": self.sha256,
            "mime": self.mime,
            "versions": {"rules": self.versions.rules, "model": self.versions.model,
                         "taxonomy": self.versions.taxonomy},
        }
