"""Text out of DXF drawings, read with ezdxf (Tika has no DXF text parser).

Engineering drawings carry their export markings and part identity in a few places: the title
block (usually a block INSERT whose ATTRIBs hold drawing number, title, distribution statement),
free TEXT / MTEXT notes, dimension text overrides, block definitions reused across sheets, and
the layer names themselves. Each layout (model space and every paper-space sheet) becomes a
``layout:<name>`` segment, each named block definition a ``block:<name>`` segment; title-block
attributes are repeated as ``dxf:attrib:<TAG>`` metadata so a detector can read them by tag.

``ezdxf.recover`` is used instead of the strict reader so that a slightly damaged drawing still
yields its text; a file that cannot be read at all is ``E_CORRUPT``.

Title-block fields a reviewer asks for first (drawing number, CAGE code, distribution statement,
export notice) are also given as ``titleblock:<field>`` metadata and ``metadata:titleblock:<field>``
segments, from attribute tags first and from the drawing's text where no tag names them.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from typing import Any

from pipeline.errors import ErrorCode
from pipeline.extract.xhtml import tidy
from pipeline.records import Extraction, ItemError, ItemRef, Segment

DXF_MIME = "image/vnd.dxf"
_FIELD_TAGS = {   # attribute tag (upper case, separators removed) -> title-block field
    "drawing_number": ("DWGNO", "DWGNUM", "DWGNUMBER", "DRAWINGNO", "DRAWINGNUMBER", "DRGNO", "DN"),
    "cage": ("CAGE", "CAGECODE", "FSCM", "FSCMNO", "CAGENO"),
    "distribution": ("DIST", "DISTRIBUTION", "DISTSTMT", "DISTRIBUTIONSTATEMENT", "DISTSTATEMENT"),
    "export_notice": ("EXPORT", "EXPORTNOTICE", "EXPORTCONTROL", "ITAR", "EAR", "WARNING",
                      "EXPORTWARNING", "NOTICE"),
}
_FIELD_TEXT = {   # fallback: the field as it is written in free text
    "cage": re.compile(r"\b(?:CAGE|FSCM)(?:\s+CODE)?\s*(?:NO\.?)?\s*[:#]?\s*([0-9A-HJ-NP-Z]{5})\b"),
    "drawing_number": re.compile(r"\b(?:DWG|DRAWING)\s*(?:NO\.?|NUMBER|#)\s*[:#]?\s*([A-Z0-9][A-Z0-9./-]{2,30})"),
    "distribution": re.compile(r"(DISTRIBUTION\s+STATEMENT\s+[A-F]\b[^\n]{0,200})"),
    "export_notice": re.compile(r"([^\n]{0,80}\b(?:ITAR|EXPORT\s+CONTROLLED|EXPORT\s+ADMINISTRATION"
                                r"|ARMS\s+EXPORT)\b[^\n]{0,200})"),
}
_TEXT_TYPES = "TEXT MTEXT INSERT DIMENSION ATTDEF"


def is_dxf(name: str, head: bytes) -> bool:
    """A DXF by name, or by its first group code (``0`` / ``SECTION``) for unnamed items."""
    if name.lower().endswith(".dxf"):
        return True
    return head.startswith(b"AutoCAD Binary DXF") or head.lstrip()[:12].startswith(b"0\r\nSECTION") \
        or head.lstrip()[:11].startswith(b"0\nSECTION")


def _entity_texts(entities: Iterable[Any], attribs: list[tuple[str, str]]) -> list[str]:
    lines: list[str] = []
    for entity in entities:
        kind = entity.dxftype()
        if kind in ("TEXT", "MTEXT"):
            lines.append(entity.plain_text())
        elif kind == "DIMENSION":
            override = str(entity.dxf.get("text", "") or "").replace("<>", "").strip()
            if override:
                lines.append(override)
        elif kind == "INSERT":
            for attrib in entity.attribs:
                tag, value = str(attrib.dxf.tag), attrib.plain_text()
                if value.strip():
                    attribs.append((tag, value.strip()))
                    lines.append(f"{tag}: {value}")
    return lines


def _read(path: str | None, data: bytes | None) -> Any:
    from ezdxf import recover

    if data is not None:
        doc, _auditor = recover.read(io.BytesIO(data))
    else:
        doc, _auditor = recover.readfile(path)
    return doc


def _layer_names(doc: Any) -> list[str]:
    """Layers in the table plus layers entities name without a table entry (both occur)."""
    names = {str(layer.dxf.name) for layer in doc.layers}
    for layout in doc.layouts:
        names.update(str(entity.dxf.get("layer", "0")) for entity in layout)
    return sorted(names - {"0", "Defpoints"})


def _segments(doc: Any) -> tuple[list[Segment], list[tuple[str, str]]]:
    segments: list[Segment] = []
    attribs: list[tuple[str, str]] = []
    for layout in doc.layouts:
        text = tidy("\n".join(_entity_texts(layout.query(_TEXT_TYPES), attribs)))
        if text:
            segments.append(Segment(f"layout:{layout.name}", text))
    for block in doc.blocks:
        if block.name.startswith("*") or block.is_any_layout:
            continue                  # anonymous (dimension / hatch) blocks and layout blocks
        text = tidy("\n".join(_entity_texts(block.query(_TEXT_TYPES), attribs)))
        if text:
            segments.append(Segment(f"block:{block.name}", text))
    layers = _layer_names(doc)
    if layers:
        segments.append(Segment("metadata:layers", "\n".join(layers)))
    for tag, value in doc.header.custom_vars:
        if str(value).strip():
            segments.append(Segment(f"metadata:custom:{tag}", str(value).strip()))
    return segments, attribs


def title_block(attribs: list[tuple[str, str]], segments: list[Segment]) -> list[tuple[str, str]]:
    """``(field, value)`` for drawing number, CAGE, distribution and export notice, if present."""
    found: dict[str, str] = {}
    for tag, value in attribs:
        key = re.sub(r"[^A-Z0-9]", "", tag.upper())
        for name, tags in _FIELD_TAGS.items():
            if key in tags and name not in found:
                found[name] = value
    text = "\n".join(s.text for s in segments if not s.where.startswith("metadata:")).upper()
    for name, pattern in _FIELD_TEXT.items():
        match = pattern.search(text) if name not in found else None
        if match:
            found[name] = " ".join(match.group(1).split())
    return sorted(found.items())


def drawing_extraction(doc: Any, base: dict[str, Any], parser: str,
                       extra_meta: list[tuple[str, str]]) -> Extraction:
    """The Extraction of a drawing ezdxf has read (from a DXF, or a DWG converted to DXF)."""
    segments, attribs = _segments(doc)
    fields = title_block(attribs, segments)
    segments += [Segment(f"metadata:titleblock:{name}", value) for name, value in fields]
    metadata = tuple([(f"dxf:attrib:{tag}", value) for tag, value in attribs]
                     + [(f"titleblock:{name}", value) for name, value in fields]
                     + extra_meta + [("enclave:parser", parser)])
    has_text = any(not s.where.startswith("metadata:") for s in segments)
    error = None if has_text else ItemError(ErrorCode.NO_TEXT, "drawing has no text entities")
    return Extraction(**base, segments=tuple(segments), metadata=metadata, error=error)


def extract_dxf(item: ItemRef, path: str | None, data: bytes | None) -> list[Extraction]:
    """One Extraction for a DXF drawing (DXF has no embedded members we read)."""
    base = {"uri": item.uri, "root": item.uri, "depth": 0, "size": item.size,
            "sha256": None, "mime": DXF_MIME}
    try:
        doc = _read(path, data)
    except Exception as exc:  # ezdxf raises several unrelated types for unreadable input
        error = ItemError(ErrorCode.CORRUPT, f"drawing did not parse: {type(exc).__name__}")
        return [Extraction(**base, error=error)]
    return [drawing_extraction(doc, base, "ezdxf", [("dxf:version", str(doc.dxfversion))])]
