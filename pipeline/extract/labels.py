"""Sensitivity labels already on a document: evidence for the detectors, in one vocabulary.

Three places carry them:

* Microsoft Information Protection writes ``MSIP_Label_<guid>_<Field>`` custom properties
  (Enabled, Name, SiteId, Method, SetDate, ActionId, ContentBits) into Office files, and Office
  carries them into PDFs it exports (Tika reports them as ``custom:`` or
  ``pdf:docinfo:custom:`` properties);
* newer Office files keep the label in the ``docMetadata/LabelInfo.xml`` part, by id only;
* PDFs carry an XMP packet, where tools put classification fields Tika does not map.

What the detectors get (segment ``where``, its text):

    metadata:label:msip        the label's name (its id when it has no name), one per label
    metadata:label:labelinfo   for each LabelInfo.xml label: its name when an MSIP property
                               names the same id, else the id
    metadata:label:xmp         "<element>: <value>" lines of XMP elements whose name says
                               classification, label, marking, distribution, export ...
    metadata:xmp               all text values of the XMP packet

and metadata pairs ``label:msip:<guid>:<field>`` and ``label:labelinfo:<guid>:<attribute>``.
"""

from __future__ import annotations

import io
import mmap
import re
import zipfile
from dataclasses import dataclass, field
from xml.etree import ElementTree

from pipeline.records import Segment

_MSIP_KEY = re.compile(r"MSIP_Label_\{?([0-9A-Fa-f-]{36})\}?_(\w+)$")
_LABEL_INFO_PART = "docMetadata/LabelInfo.xml"
_XMP_START, _XMP_END = b"<x:xmpmeta", b"</x:xmpmeta>"
_XMP_MAX = 1024 * 1024
_XMP_LABEL_NAMES = re.compile(
    r"classif|label|marking|sensitiv|distribution|export|caveat|handling|dissem|itar|ear",
    re.IGNORECASE)


@dataclass
class FoundLabels:
    """Labels found on one document."""

    msip: dict[str, dict[str, str]] = field(default_factory=dict)     # guid -> field -> value
    label_info: list[dict[str, str]] = field(default_factory=list)    # LabelInfo.xml attributes
    xmp_fields: list[tuple[str, str]] = field(default_factory=list)   # (element, value)
    xmp_text: str = ""


def is_msip_key(key: str) -> bool:
    return _MSIP_KEY.search(key) is not None


def msip_labels(properties: list[tuple[str, str]]) -> dict[str, dict[str, str]]:
    """``MSIP_Label_<guid>_<Field>`` properties grouped by label id (lower case)."""
    labels: dict[str, dict[str, str]] = {}
    for key, value in properties:
        match = _MSIP_KEY.search(key)
        if match:
            labels.setdefault(match.group(1).lower(), {})[match.group(2)] = value.strip()
    return labels


def label_info(path: str | None, data: bytes | None) -> list[dict[str, str]]:
    """The labels of an OOXML file's ``docMetadata/LabelInfo.xml`` part (empty if none)."""
    try:
        source = path if data is None else io.BytesIO(data)
        with zipfile.ZipFile(source or "") as archive:
            if _LABEL_INFO_PART not in archive.namelist():
                return []
            if archive.getinfo(_LABEL_INFO_PART).file_size > _XMP_MAX:
                return []
            root = ElementTree.fromstring(archive.read(_LABEL_INFO_PART))
    except (zipfile.BadZipFile, ElementTree.ParseError, OSError, KeyError, ValueError):
        return []
    out = []
    for element in root.iter():
        if element.tag.rsplit("}", 1)[-1] == "label":
            attrs = {k: v.strip("{}") for k, v in element.attrib.items()}
            if attrs.get("id"):
                attrs["id"] = attrs["id"].lower()
                out.append(attrs)
    return out


def _find_xmp(buffer: bytes | mmap.mmap) -> bytes | None:
    start = buffer.rfind(_XMP_START)          # the last: an incremental update appends the newest
    if start < 0:
        return None
    end = buffer.find(_XMP_END, start, start + _XMP_MAX)
    return bytes(buffer[start:end + len(_XMP_END)]) if end > 0 else None


def xmp_packet(path: str | None, data: bytes | None) -> bytes | None:
    """The last uncompressed XMP packet in a file (PDF keeps its metadata stream plain)."""
    if data is not None:
        return _find_xmp(data)
    try:
        with open(path or "", "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            return _find_xmp(mm)
    except (OSError, ValueError):
        return None


def read_xmp(packet: bytes | None, found: FoundLabels) -> None:
    """Fill ``found`` with the XMP text values and the label-like fields among them."""
    if not packet:
        return
    try:
        root = ElementTree.fromstring(packet)
    except ElementTree.ParseError:
        return
    values: list[str] = []
    for element in root.iter():
        name = element.tag.rsplit("}", 1)[-1]
        text = (element.text or "").strip()
        for attr, value in element.attrib.items():   # rdf:Description may hold values inline
            attr_name = attr.rsplit("}", 1)[-1]
            if value.strip() and not attr.startswith("{http://www.w3.org/1999/02/22-rdf"):
                values.append(value.strip())
                if _XMP_LABEL_NAMES.search(attr_name):
                    found.xmp_fields.append((attr_name, value.strip()))
        if text:
            values.append(text)
            if _XMP_LABEL_NAMES.search(name):
                found.xmp_fields.append((name, text))
    found.xmp_text = "\n".join(values)


def label_segments(found: FoundLabels) -> tuple[list[Segment], list[tuple[str, str]]]:
    """Segments and metadata pairs for the labels found (see the module docstring)."""
    segments: list[Segment] = []
    meta: list[tuple[str, str]] = []
    for guid, fields in found.msip.items():
        segments.append(Segment("metadata:label:msip", fields.get("Name") or guid))
        meta.extend((f"label:msip:{guid}:{k}", v) for k, v in sorted(fields.items()))
    for attrs in found.label_info:
        guid = attrs["id"]
        name = found.msip.get(guid, {}).get("Name")
        segments.append(Segment("metadata:label:labelinfo", name or guid))
        meta.extend((f"label:labelinfo:{guid}:{k}", v) for k, v in sorted(attrs.items()) if k != "id")
    if found.xmp_fields:
        segments.append(Segment("metadata:label:xmp",
                                "\n".join(f"{k}: {v}" for k, v in found.xmp_fields)))
    if found.xmp_text:
        segments.append(Segment("metadata:xmp", found.xmp_text))
    return segments, meta
