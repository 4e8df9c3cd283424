"""From a raw recursive Tika parse to ``Extraction`` records, with errors in the stable vocabulary.

The rules live here, away from the JVM, so they can be read in one place:

* the item comes first (``uri = item.uri``, depth 0); each embedded document follows, parents
  before children, with ``uri = <parent uri>!/<member name>``;
* a failure to parse is ``E_ENCRYPTED`` when any exception in the chain is a password /
  encryption one, ``E_TYPE_MISMATCH`` when the name and the bytes disagree about the type,
  and ``E_CORRUPT`` otherwise; an item that parsed but gave no text is ``E_NO_TEXT`` (or
  ``E_TYPE_MISMATCH`` when name and bytes disagree);
* a member's failure is that member's error only; its siblings and its container are fine;
* images inlined in a document or thumbnails that carry no text are not errors (nearly every
  Office file has them), but a file in an archive or an attachment without text is;
* a member at ``max_depth`` that has members of its own is ``E_TOO_DEEP``: what is below it was
  not read, so its container cannot be cleared;
* sensitivity labels (``MSIP_Label_*`` properties) become ``metadata:label:msip`` segments
  (see ``labels``), and what the worker read itself for the item (OCR of pages, LabelInfo.xml,
  XMP) joins the item's segments before "no text" is decided;
* error messages carry Java class names only, never exception messages (they can quote text).
"""

from __future__ import annotations

from pipeline.errors import ErrorCode
from pipeline.extract.labels import FoundLabels, is_msip_key, label_segments, msip_labels
from pipeline.extract.limits import Limits
from pipeline.extract.tika_engine import RawDocument, RawParse
from pipeline.extract.xhtml import xhtml_segments
from pipeline.records import MEMBER_SEPARATOR, Extraction, ItemError, ItemRef, Segment

_ENCRYPTION_MARKERS = ("EncryptedDocumentException", "InvalidPasswordException",
                       "PasswordRequired", "UnsupportedZipFeatureException")
_PARSE_FAILURES = frozenset({"container_exception", "embedded_exception"})
_STREAM_FAILURES = frozenset({"embedded_stream_exception", "embedded_bytes_exception"})
_QUIET_RESOURCE_TYPES = frozenset({"INLINE", "THUMBNAIL", "RENDERING", "MACRO", "METADATA"})

# Document properties that often carry markings, and the segment name they get.
_MARKING_KEYS = {
    "dc:title": "title", "dc:subject": "subject", "dc:description": "description",
    "meta:keyword": "keywords", "cp:category": "category", "cp:contentStatus": "status",
    "dc:rights": "rights",
}
_MARKING_PREFIXES = {"custom:": "custom:", "pdf:docinfo:custom:": "custom:", "xmpRights:": "rights:"}


def _class_name(trace: str) -> str:
    first = trace.strip().splitlines()[0] if trace.strip() else "unknown"
    return first.split(":", 1)[0].strip()[:200]


def _failure(traces: list[str], types_related: bool, member: bool) -> ItemError:
    """Name a parse failure: encryption beats type mismatch beats plain corruption."""
    if any(marker in trace for trace in traces for marker in _ENCRYPTION_MARKERS):
        return ItemError(ErrorCode.ENCRYPTED, "encrypted or password protected")
    if not types_related:
        return ItemError(ErrorCode.TYPE_MISMATCH, "content type differs from the name and did not parse")
    what = "member" if member else "item"
    return ItemError(ErrorCode.CORRUPT, f"{what} did not parse: {_class_name(traces[0])}")


def _marking_segments(properties: list[tuple[str, str]], name: str | None) -> list[Segment]:
    out: list[Segment] = []
    seen: set[str] = {name} if name else set()     # Tika titles embedded images by their name
    for key, value in properties:
        name = _MARKING_KEYS.get(key)
        if name is None:
            prefix = next((p for p in _MARKING_PREFIXES if key.startswith(p)), None)
            if prefix is None or (prefix == "custom:" and key.startswith("pdf:")) or is_msip_key(key):
                continue
            name = _MARKING_PREFIXES[prefix] + key[len(prefix):]
        text = value.strip()
        if text and text not in seen:
            seen.add(text)
            out.append(Segment(f"metadata:{name}", text))
    return out


def cut_text(segments: list[Segment], max_chars: int) -> tuple[list[Segment], bool]:
    """Keep at most ``max_chars`` characters of segment text, in order. Says whether it cut."""
    out: list[Segment] = []
    budget = max_chars
    for seg in segments:
        if budget <= 0:
            return out, True
        if len(seg.text) > budget:
            out.append(Segment(seg.where, seg.text[:budget]))
            return out, True
        out.append(seg)
        budget -= len(seg.text)
    return out, False


def _base_mime(mime: str | None) -> str | None:
    return mime.split(";", 1)[0].strip() if mime else None


def _member_uris(item: ItemRef, docs: list[RawDocument]) -> dict[tuple[int, ...], str]:
    names = {d.id_path[-1]: (d.name or "").lstrip("/") or f"embedded-{d.id_path[-1]}"
             for d in docs if d.id_path}
    uris: dict[tuple[int, ...], str] = {}
    used: set[str] = {item.uri}
    for doc in docs:
        if not doc.id_path:
            continue
        parent = uris.get(doc.id_path[:-1], item.uri)
        uri = parent + MEMBER_SEPARATOR + names[doc.id_path[-1]]
        if uri in used:                      # two members with one name: keep both apart
            uri = f"{uri}#{doc.id_path[-1]}"
        used.add(uri)
        uris[doc.id_path] = uri
    return uris


def _document_error(doc: RawDocument, raw: RawParse, *, member: bool, has_text: bool,
                    has_children: bool) -> ItemError | None:
    traces = [t for key, t in doc.exceptions if key in _PARSE_FAILURES]
    if not member and raw.thrown:
        traces = traces + ["\n".join(reversed(raw.thrown))]   # root cause first
    related = raw.types_related if not member else True
    if traces:
        return _failure(traces, related, member)
    if member and doc.length == 0:
        return ItemError(ErrorCode.EMPTY, "member has zero bytes")
    if not has_text and not has_children:
        if member and doc.resource_type in _QUIET_RESOURCE_TYPES:
            return None
        if not related:
            return ItemError(ErrorCode.TYPE_MISMATCH, "content type differs from the name; no text")
        return ItemError(ErrorCode.NO_TEXT, "parsed but yielded no text")
    if any(key in _STREAM_FAILURES for key, _ in doc.exceptions):
        return ItemError(ErrorCode.EMBEDDED, "an embedded member could not be read out")
    return None


def _doc_segments(doc: RawDocument, found: FoundLabels | None) -> tuple[list[Segment], list[tuple[str, str]]]:
    """Body, label and property segments of one document, and label metadata pairs."""
    labels = found if found is not None else FoundLabels()
    labels.msip = msip_labels(doc.properties)
    label_segs, label_meta = label_segments(labels)
    return xhtml_segments(doc.xhtml) + label_segs + _marking_segments(doc.properties, doc.name), label_meta


def assemble(item: ItemRef, raw: RawParse, limits: Limits, parser_id: str, *,
             root_segments: list[Segment] | None = None,
             root_metadata: list[tuple[str, str]] | None = None,
             root_labels: FoundLabels | None = None) -> list[Extraction]:
    """Build the item's Extraction and one per embedded document, item first.

    ``root_segments`` / ``root_metadata`` are what the worker read for the item itself (OCR);
    ``root_labels`` the labels it found in the item's bytes (LabelInfo.xml, XMP).
    """
    docs = sorted(raw.documents, key=lambda d: d.id_path)
    if not docs or docs[0].id_path:
        docs.insert(0, RawDocument((), item.uri, None, None, "", [], [], None, None))
    uris = _member_uris(item, docs)
    parents = {d.id_path[:i] for d in docs for i in range(len(d.id_path))}
    too_deep = any(len(d.id_path) > limits.max_depth for d in docs)
    out: list[Extraction] = []
    for doc in docs:
        depth = len(doc.id_path)
        if depth > limits.max_depth:
            continue
        found, extra = (root_labels, root_segments or []) if depth == 0 else (None, [])
        body, label_meta = _doc_segments(doc, found)
        segments, cut = cut_text(body + extra, limits.max_text_chars)
        has_text = any(not s.where.startswith("metadata:") for s in segments)
        error = _document_error(doc, raw, member=depth > 0, has_text=has_text,
                                has_children=doc.id_path in parents)
        if error is None and depth == limits.max_depth and doc.id_path in parents and depth > 0:
            error = ItemError(ErrorCode.TOO_DEEP,
                              f"nested deeper than max_depth={limits.max_depth}; inner members not read")
        meta = list(doc.properties) + label_meta + [("enclave:parser", parser_id)]
        if depth == 0 and root_metadata:
            meta.extend(root_metadata)
        if cut or doc.write_limit_reached:
            meta.append(("enclave:text_truncated", "true"))
        if depth == 0:
            meta.append(("enclave:parse_ms", str(round(raw.seconds * 1000))))
            if too_deep:
                meta.append(("enclave:depth_limit_reached", str(limits.max_depth)))
            if any(d.members_limit_reached for d in docs):
                meta.append(("enclave:members_limit_reached", str(limits.max_members)))
        out.append(Extraction(
            uri=uris.get(doc.id_path, item.uri), root=item.uri, depth=depth,
            size=item.size if depth == 0 else (doc.length if doc.length is not None else -1),
            sha256=doc.sha256, mime=_base_mime(doc.mime), segments=tuple(segments),
            metadata=tuple(meta), error=error))
    return out
