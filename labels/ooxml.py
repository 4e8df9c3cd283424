"""Sensitivity labels in Office Open XML files (docx, xlsx, pptx), the way Office keeps them.

A label is written in two places, as Microsoft Information Protection does:

* ``docProps/custom.xml`` custom properties ``MSIP_Label_<guid>_<Field>``: Enabled (``true``),
  SetDate (ISO 8601, UTC), Method (``Standard`` when applied automatically, ``Privileged`` when
  chosen by a person), Name (the label's unique name), SiteId (tenant id), ActionId (a new GUID
  each time the label is set), ContentBits (bit mask of content markings applied to the
  document: header 1, footer 2, watermark 4, encryption 8; Enclave applies none, so ``0``);
* the ``docMetadata/LabelInfo.xml`` part (``clbl:labelList`` / ``clbl:label`` with ``id``,
  ``enabled``, ``method``, ``siteId``, ``contentBits``, ``removed``, GUIDs in braces), with its
  content-type override and package relationship.

Enclave adds its own custom properties ``Enclave_Jurisdiction``, ``Enclave_Category`` (USML
category or ECCN), ``Enclave_TaxonomyVersion`` and ``Enclave_LabelId`` (which MSIP label Enclave
wrote, so that a later label change removes exactly that one).

The package is rewritten member by member: every member Enclave does not change is copied as
its original bytes (local header, compressed data, data descriptor) and keeps its central
directory record; only ``docProps/custom.xml``, ``docMetadata/LabelInfo.xml``,
``[Content_Types].xml`` and ``_rels/.rels`` are written anew, and only when they change. The new
file replaces the old one atomically. Writing a label that is already there (same label, site,
method, name, category, taxonomy version) changes nothing and returns False.
"""

from __future__ import annotations

import io
import os
import re
import struct
import tempfile
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from xml.etree import ElementTree
from xml.sax.saxutils import escape, quoteattr

from labels.taxonomy import ExistingLabel, Label, Taxonomy, normalize_guid
from pipeline.errors import LabelError

CUSTOM_PART = "docProps/custom.xml"
LABEL_INFO_PART = "docMetadata/LabelInfo.xml"
CONTENT_TYPES_PART = "[Content_Types].xml"
ROOT_RELS_PART = "_rels/.rels"

CP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CLBL_NS = "http://schemas.microsoft.com/office/2020/mipLabelMetadata"
CUSTOM_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
LABEL_INFO_CONTENT_TYPE = "application/vnd.ms-office.classificationlabels+xml"
LABEL_INFO_REL_TYPE = "http://schemas.microsoft.com/office/2020/02/relationships/classificationlabels"
# Format id of user-defined custom properties (FMTID_UserDefinedProperties).
USER_DEFINED_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"

MSIP_FIELDS = ("Enabled", "SetDate", "Method", "Name", "SiteId", "ActionId", "ContentBits")
# Fields whose value is new on every write; not part of the label's effective state.
VOLATILE_FIELDS = ("SetDate", "ActionId")
ENCLAVE_PROPS = ("Enclave_Jurisdiction", "Enclave_Category", "Enclave_TaxonomyVersion",
                 "Enclave_LabelId")
METHODS = ("Standard", "Privileged")
_MSIP_KEY = re.compile(r"^MSIP_Label_\{?([0-9A-Fa-f-]{36})\}?_(\w+)$")
_OOXML_LIMIT = 16 * 1024 * 1024          # largest metadata part Enclave will parse

_EOCD = struct.Struct("<4s4H2LH")
_CENTRAL = struct.Struct("<4s6H3L5H2L")
_LOCAL = struct.Struct("<4s5H3L2H")
_DOS_EPOCH = (0, 33)                     # 1980-01-01 00:00, as (time, date) in DOS format


# ---------------------------------------------------------------------------------------------
# Atomic replacement (shared with the PDF writer)

def atomic_write(path: Path, write: Callable[[io.BufferedWriter], None],
                 check: Callable[[Path], None] | None = None) -> None:
    """Write a file next to ``path`` through ``write``, fsync it, let ``check`` inspect it
    (it raises to abandon the write) and move it over ``path``."""
    directory = path.parent
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".enclave-tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        if check is not None:
            check(Path(tmp))
        try:
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        except OSError:
            pass
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:
        dir_fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


# ---------------------------------------------------------------------------------------------
# The zip container, read as raw spans

@dataclass
class _Entry:
    name: str
    central: bytes        # the raw central directory record (with name, extra, comment)
    offset: int           # of the local header
    span_end: int = 0     # where the next member (or the central directory) starts


@dataclass
class _Package:
    entries: list[_Entry]          # central directory order
    cd_offset: int
    comment: bytes


def _read_package(fh: io.BufferedReader, size: int) -> _Package:
    tail_len = min(size, 0xFFFF + _EOCD.size)
    fh.seek(size - tail_len)
    tail = fh.read(tail_len)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + _EOCD.size > len(tail):
        raise LabelError("not a zip package (no end of central directory)")
    _, disk, cd_disk, n_disk, n_total, cd_size, cd_offset, comment_len = _EOCD.unpack_from(tail, at)
    eocd_pos = size - tail_len + at
    if (disk or cd_disk or n_disk != n_total or 0xFFFF in (n_disk, n_total)
            or 0xFFFFFFFF in (cd_size, cd_offset) or tail[max(0, at - 20):at - 16] == b"PK\x06\x07"):
        raise LabelError("multi-disk and ZIP64 packages are not supported")
    if cd_offset + cd_size != eocd_pos:
        raise LabelError("zip package has data before or inside its central directory")
    fh.seek(cd_offset)
    cd = fh.read(cd_size)
    entries: list[_Entry] = []
    pos = 0
    for _ in range(n_total):
        if cd[pos:pos + 4] != b"PK\x01\x02" or pos + _CENTRAL.size > len(cd):
            raise LabelError("zip central directory is damaged")
        fields = _CENTRAL.unpack_from(cd, pos)
        flags, name_len, extra_len, comment_len2, offset = fields[3], fields[10], fields[11], fields[12], fields[16]
        if flags & 0x1:
            raise LabelError("encrypted zip members are not supported")
        end = pos + _CENTRAL.size + name_len + extra_len + comment_len2
        raw_name = cd[pos + _CENTRAL.size:pos + _CENTRAL.size + name_len]
        name = raw_name.decode("utf-8" if flags & 0x800 else "cp437")
        entries.append(_Entry(name, cd[pos:end], offset))
        pos = end
    by_offset = sorted(entries, key=lambda e: e.offset)
    for entry, following in zip(by_offset, by_offset[1:] + [None]):
        entry.span_end = following.offset if following is not None else cd_offset
    comment = tail[at + _EOCD.size:at + _EOCD.size + comment_len]
    return _Package(entries, cd_offset, comment)


def _dos_stamp(central: bytes | None) -> tuple[int, int]:
    if central is None:
        return _DOS_EPOCH
    fields = _CENTRAL.unpack_from(central, 0)
    return fields[5], fields[6]


def _new_member(name: str, data: bytes, stamp: tuple[int, int], offset: int) -> tuple[bytes, bytes]:
    """Local header + deflated data, and its central directory record."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    packed = compressor.compress(data) + compressor.flush()
    crc = zlib.crc32(data) & 0xFFFFFFFF
    raw_name = name.encode("utf-8")
    flags = 0 if raw_name.isascii() else 0x800
    time_, date_ = stamp
    local = _LOCAL.pack(b"PK\x03\x04", 20, flags, zipfile.ZIP_DEFLATED, time_, date_, crc,
                        len(packed), len(data), len(raw_name), 0) + raw_name + packed
    central = _CENTRAL.pack(b"PK\x01\x02", 20, 20, flags, zipfile.ZIP_DEFLATED, time_, date_, crc,
                            len(packed), len(data), len(raw_name), 0, 0, 0, 0, 0, offset) + raw_name
    return local, central


def _copy_span(src: io.BufferedReader, dst: io.BufferedWriter, start: int, end: int) -> None:
    src.seek(start)
    left = end - start
    while left > 0:
        chunk = src.read(min(left, 1 << 20))
        if not chunk:
            raise LabelError("zip package is truncated")
        dst.write(chunk)
        left -= len(chunk)


def _rewrite_package(src: io.BufferedReader, package: _Package, dst: io.BufferedWriter,
                     changed: dict[str, bytes]) -> None:
    """Copy ``package`` to ``dst`` replacing or adding the members in ``changed``."""
    centrals: dict[str, bytes] = {}
    position = 0
    known = {e.name for e in package.entries}
    for entry in sorted(package.entries, key=lambda e: e.offset):
        if entry.name in changed:
            local, central = _new_member(entry.name, changed[entry.name], _dos_stamp(entry.central),
                                         position)
            dst.write(local)
            centrals[entry.name] = central
            position += len(local)
        else:
            record = bytearray(entry.central)
            struct.pack_into("<L", record, 42, position)
            centrals[entry.name] = bytes(record)
            _copy_span(src, dst, entry.offset, entry.span_end)
            position += entry.span_end - entry.offset
    added = [name for name in changed if name not in known]
    for name in added:
        local, central = _new_member(name, changed[name], _DOS_EPOCH, position)
        dst.write(local)
        centrals[name] = central
        position += len(local)
    cd_offset = position
    order = [e.name for e in package.entries] + added
    cd = b"".join(centrals[name] for name in order)
    dst.write(cd)
    dst.write(_EOCD.pack(b"PK\x05\x06", 0, 0, len(order), len(order), len(cd), cd_offset,
                         len(package.comment)) + package.comment)


# ---------------------------------------------------------------------------------------------
# XML parts

def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _parse(data: bytes | None, part: str) -> ElementTree.Element | None:
    if data is None:
        return None
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise LabelError(f"{part} is not well-formed XML: {exc}") from None


def _serialize(element: ElementTree.Element, prefixes: dict[str, str]) -> str:
    """An element as XML text, using ``prefixes`` (namespace -> prefix, "" for the default one
    declared by the enclosing part); other namespaces are declared where they are used."""
    declared: dict[str, str] = {}

    def qname(tag: str) -> str:
        if not tag.startswith("{"):
            return tag
        ns, name = tag[1:].split("}", 1)
        if ns in prefixes:
            prefix = prefixes[ns]
        else:
            prefix = declared.setdefault(ns, f"ns{len(declared) + 1}")
        return f"{prefix}:{name}" if prefix else name

    def walk(el: ElementTree.Element, top: bool) -> str:
        tag = qname(el.tag)
        attrs = "".join(f" {qname(k)}={quoteattr(v)}" for k, v in el.attrib.items())
        inner = escape(el.text or "") + "".join(walk(child, False) + escape(child.tail or "")
                                                for child in el)
        body = f"<{tag}{attrs}" + ("\x00" if top else "")   # NUL cannot occur in XML
        return body + (f">{inner}</{tag}>" if inner else "/>")

    text = walk(element, True)
    decl = "".join(f" xmlns:{p}={quoteattr(ns)}" for ns, p in declared.items())
    return text.replace("\x00", decl, 1)


@dataclass
class _Prop:
    name: str
    value: str | None                 # text of the value element (None when not a simple value)
    element: ElementTree.Element      # the original <property>, kept as it was


def _props(root: ElementTree.Element | None) -> list[_Prop]:
    out = []
    for el in (root if root is not None else []):
        if _local(el.tag) != "property":
            continue
        child = next(iter(el), None)
        value = (child.text or "") if child is not None and len(child) == 0 else None
        out.append(_Prop(el.get("name", ""), value, el))
    return out


def _prop_element(name: str, value: str, pid: int) -> ElementTree.Element:
    el = ElementTree.Element(f"{{{CP_NS}}}property",
                             {"fmtid": USER_DEFINED_FMTID, "pid": str(pid), "name": name})
    ElementTree.SubElement(el, f"{{{VT_NS}}}lpwstr").text = value
    return el


def _custom_xml(props: Iterable[_Prop]) -> bytes:
    body = "".join(_serialize(p.element, {CP_NS: "", VT_NS: "vt"}) for p in props)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Properties xmlns="{CP_NS}" xmlns:vt="{VT_NS}">{body}</Properties>').encode("utf-8")


def _label_info_xml(children: Iterable[ElementTree.Element]) -> bytes:
    body = "".join(_serialize(el, {CLBL_NS: "clbl"}) for el in children)
    return ('<?xml version="1.0" encoding="utf-8" standalone="yes"?>'
            f'<clbl:labelList xmlns:clbl="{CLBL_NS}">{body}</clbl:labelList>').encode("utf-8")


def _bare_guid(value: str | None) -> str:
    try:
        return normalize_guid(value or "")
    except ValueError:
        return (value or "").strip("{}").lower()


def _insert_before_close(data: bytes, close_tag: bytes, fragment: str, part: str) -> bytes:
    at = data.rfind(close_tag)
    if at < 0:
        raise LabelError(f"{part} has no {close_tag.decode()} to add to")
    return data[:at] + fragment.encode("utf-8") + data[at:]


def _ensure_override(data: bytes, part_name: str, content_type: str) -> bytes:
    root = _parse(data, CONTENT_TYPES_PART)
    assert root is not None
    for el in root:
        if _local(el.tag) == "Override" and el.get("PartName", "").lower() == part_name.lower():
            return data
    return _insert_before_close(data, b"</Types>", f'<Override PartName={quoteattr(part_name)} '
                                f'ContentType={quoteattr(content_type)}/>', CONTENT_TYPES_PART)


def _ensure_relationship(data: bytes, rel_type: str, target: str) -> bytes:
    root = _parse(data, ROOT_RELS_PART)
    assert root is not None
    ids = set()
    for el in root:
        ids.add(el.get("Id", ""))
        if el.get("Type") == rel_type and el.get("Target", "").lstrip("/") == target:
            return data
    n = 1
    while f"rIdEnclave{n}" in ids:
        n += 1
    return _insert_before_close(data, b"</Relationships>", f'<Relationship Id="rIdEnclave{n}" '
                                f'Type={quoteattr(rel_type)} Target={quoteattr(target)}/>', ROOT_RELS_PART)


# ---------------------------------------------------------------------------------------------
# Reading

def _read_members(path: Path, names: Iterable[str]) -> dict[str, bytes | None]:
    out: dict[str, bytes | None] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            present = set(archive.namelist())
            for name in names:
                if name not in present:
                    out[name] = None
                    continue
                if archive.getinfo(name).file_size > _OOXML_LIMIT:
                    raise LabelError(f"{name} is larger than {_OOXML_LIMIT} bytes")
                out[name] = archive.read(name)
    except (zipfile.BadZipFile, zipfile.LargeZipFile) as exc:
        raise LabelError(f"{path.name} is not a readable Office package: {exc}") from None
    return out


def merge_found(found: dict[str, dict], guid: str, source: str, **fields) -> None:
    """Add what ``source`` says of label ``guid``; the first source to name a field wins."""
    entry = found.setdefault(guid, {"id": guid, "sources": []})
    if source not in entry["sources"]:
        entry["sources"].append(source)
    for key, value in fields.items():
        if value is not None and entry.get(key) is None:
            entry[key] = value


def _flag(value: str | None) -> bool | None:
    if value is None:
        return None
    return value.strip().lower() in ("true", "1")


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def labels_from_parts(custom: bytes | None, label_info: bytes | None) -> list[ExistingLabel]:
    """The labels in a package's custom properties and LabelInfo.xml, one per label id."""
    found: dict[str, dict] = {}
    msip: dict[str, dict[str, str]] = {}
    for prop in _props(_parse(custom, CUSTOM_PART)):
        match = _MSIP_KEY.match(prop.name)
        if match and prop.value is not None:
            msip.setdefault(_bare_guid(match.group(1)), {})[match.group(2)] = prop.value.strip()
    for guid, fields in msip.items():
        merge_found(found, guid, "msip", name=fields.get("Name"), enabled=_flag(fields.get("Enabled")),
               method=fields.get("Method"), site_id=_bare_guid(fields.get("SiteId")) or None,
               set_date=fields.get("SetDate"), action_id=fields.get("ActionId"),
               content_bits=_int(fields.get("ContentBits")))
    root = _parse(label_info, LABEL_INFO_PART)
    for el in (root.iter() if root is not None else []):
        if _local(el.tag) == "label" and el.get("id"):
            merge_found(found, _bare_guid(el.get("id")), "labelinfo", enabled=_flag(el.get("enabled")),
                   removed=_flag(el.get("removed")), method=el.get("method"),
                   site_id=_bare_guid(el.get("siteId")) or None,
                   content_bits=_int(el.get("contentBits")))
    out = []
    for entry in found.values():
        entry["sources"] = tuple(entry["sources"])
        entry = {k: v for k, v in entry.items() if v is not None}
        out.append(ExistingLabel(**entry))
    return out


def read_ooxml_labels(path: str | os.PathLike[str]) -> list[ExistingLabel]:
    """Every sensitivity label on an Office file (MSIP custom properties and LabelInfo.xml),
    whichever tool wrote it."""
    parts = _read_members(Path(path), (CUSTOM_PART, LABEL_INFO_PART))
    return labels_from_parts(parts[CUSTOM_PART], parts[LABEL_INFO_PART])


def read_enclave_properties(path: str | os.PathLike[str]) -> dict[str, str]:
    """Enclave's own custom properties on an Office file (``Enclave_*``)."""
    custom = _read_members(Path(path), (CUSTOM_PART,))[CUSTOM_PART]
    return {p.name: p.value or "" for p in _props(_parse(custom, CUSTOM_PART))
            if p.name.startswith("Enclave_")}


# ---------------------------------------------------------------------------------------------
# Writing

def check_write_args(method: str, site_id: str, category: str | None) -> tuple[str, str | None]:
    """(normalised site id, category or None) for a label writer; LabelError when invalid."""
    if method not in METHODS:
        raise LabelError(f"method must be one of {', '.join(METHODS)}, not {method!r}")
    try:
        site = normalize_guid(site_id)
    except ValueError:
        raise LabelError(f"site id {site_id!r} is not a GUID") from None
    return site, (category or "").strip() or None


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def desired_props(label: Label, category: str | None, site_id: str, method: str,
                  stamp: dict[str, str]) -> dict[str, str]:
    """The custom properties (Office) or document-info entries (PDF) a label consists of."""
    prefix = f"MSIP_Label_{label.id}_"
    values = {
        prefix + "Enabled": "true",
        prefix + "SetDate": stamp["SetDate"],
        prefix + "Method": method,
        prefix + "Name": label.name,
        prefix + "SiteId": site_id,
        prefix + "ActionId": stamp["ActionId"],
        prefix + "ContentBits": "0",
        "Enclave_Jurisdiction": label.jurisdiction.value,
        "Enclave_TaxonomyVersion": label.taxonomy_version,
        "Enclave_LabelId": label.id,
    }
    if category:
        values["Enclave_Category"] = category
    return values


def _plan_props(existing: list[_Prop], label: Label, category: str | None, site_id: str,
                method: str, remove_ids: set[str], stamp: dict[str, str]) -> list[_Prop]:
    """The custom properties after labelling, keeping everything not Enclave's to change."""
    desired = desired_props(label, category, site_id, method, stamp)
    ours_prefix = f"msip_label_{label.id}_"
    out: list[_Prop] = []
    pids = [int(p.element.get("pid", "0")) for p in existing if p.element.get("pid", "").isdigit()]
    next_pid = max(pids + [1]) + 1
    placed: set[str] = set()
    for prop in existing:
        match = _MSIP_KEY.match(prop.name)
        guid = _bare_guid(match.group(1)) if match else None
        if guid is not None and guid in remove_ids:
            continue                                   # the label Enclave wrote before
        if guid == label.id and prop.name.lower().startswith(ours_prefix):
            # Our own label's properties: write them in the canonical spelling.
            canonical = f"MSIP_Label_{label.id}_{match.group(2)}"
            if canonical not in desired or canonical in placed:
                continue
            prop = _replace_value(prop, canonical, desired[canonical])
            placed.add(canonical)
        elif prop.name in ENCLAVE_PROPS:
            if prop.name not in desired or prop.name in placed:
                continue
            prop = _replace_value(prop, prop.name, desired[prop.name])
            placed.add(prop.name)
        out.append(prop)
    for name, value in desired.items():
        if name not in placed:
            out.append(_Prop(name, value, _prop_element(name, value, next_pid)))
            next_pid += 1
    return out


def _replace_value(prop: _Prop, name: str, value: str) -> _Prop:
    is_string = (prop.value is not None and len(prop.element) == 1
                 and prop.element[0].tag == f"{{{VT_NS}}}lpwstr")
    if prop.name == name and is_string and prop.value == value:
        return prop
    return _Prop(name, value, _prop_element(name, value, int(prop.element.get("pid", "2") or 2)))


def _plan_label_info(root: ElementTree.Element | None, label: Label, site_id: str, method: str,
                     remove_ids: set[str]) -> list[ElementTree.Element]:
    ours = ElementTree.Element(f"{{{CLBL_NS}}}label")
    for key, value in (("id", "{" + label.id + "}"), ("enabled", "1"), ("method", method),
                       ("siteId", "{" + site_id + "}"), ("contentBits", "0"), ("removed", "0")):
        ours.set(key, value)
    out: list[ElementTree.Element] = []
    placed = False
    for el in (root if root is not None else []):
        if _local(el.tag) == "label":
            guid = _bare_guid(el.get("id"))
            if guid in remove_ids:
                continue
            if guid == label.id:
                if not placed:
                    out.append(el if _same_element(el, ours) else ours)
                    placed = True
                continue
        out.append(el)
    if not placed:
        # Labels come before any extension list.
        at = next((i for i, el in enumerate(out) if _local(el.tag) != "label"), len(out))
        out.insert(at, ours)
    return out


def _same_element(a: ElementTree.Element, b: ElementTree.Element) -> bool:
    return a.tag == b.tag and list(a.attrib.items()) == list(b.attrib.items()) and len(a) == 0


def _state(props: list[_Prop]) -> list[tuple[str, str | None, bytes]]:
    """Properties as compared for idempotence: SetDate and ActionId values do not count."""
    out = []
    for prop in props:
        match = _MSIP_KEY.match(prop.name)
        volatile = match is not None and match.group(2) in VOLATILE_FIELDS
        out.append((prop.name, None if volatile else prop.value,
                    b"" if volatile else ElementTree.tostring(prop.element)))
    return out


def write_ooxml_label(path: str | os.PathLike[str], label: Label, *, category: str | None,
                      site_id: str, method: str = "Standard", set_date: datetime | None = None,
                      taxonomy: Taxonomy | None = None) -> bool:
    """Write ``label`` into an Office file. True if the file changed, False if the label was
    already there.

    The MSIP label Enclave wrote before (``Enclave_LabelId``), and any label of ``taxonomy``
    other than ``label``, is removed from both places; labels and properties of other tools stay.
    """
    file = Path(path)
    site, category = check_write_args(method, site_id, category)
    parts = _read_members(file, (CUSTOM_PART, LABEL_INFO_PART, CONTENT_TYPES_PART, ROOT_RELS_PART))
    if parts[CONTENT_TYPES_PART] is None or parts[ROOT_RELS_PART] is None:
        raise LabelError(f"{file.name} is not an Office Open XML package (no content types or "
                         "package relationships)")
    existing = _props(_parse(parts[CUSTOM_PART], CUSTOM_PART))
    remove_ids = {p.value.strip().lower() for p in existing
                  if p.name == "Enclave_LabelId" and p.value}
    if taxonomy is not None:
        remove_ids |= set(taxonomy.ids)
    remove_ids.discard(label.id)

    prefix = f"MSIP_Label_{label.id}_"
    old = {p.name: p.value for p in existing}
    stamp = {"SetDate": old.get(prefix + "SetDate") or "", "ActionId": old.get(prefix + "ActionId") or ""}
    props = _plan_props(existing, label, category, site, method, remove_ids, stamp)
    label_info_root = _parse(parts[LABEL_INFO_PART], LABEL_INFO_PART)
    info_children = _plan_label_info(label_info_root, label, site, method, remove_ids)
    content_types = _ensure_override(parts[CONTENT_TYPES_PART], "/" + CUSTOM_PART, CUSTOM_CONTENT_TYPE)
    content_types = _ensure_override(content_types, "/" + LABEL_INFO_PART, LABEL_INFO_CONTENT_TYPE)
    rels = _ensure_relationship(parts[ROOT_RELS_PART], CUSTOM_REL_TYPE, CUSTOM_PART)
    rels = _ensure_relationship(rels, LABEL_INFO_REL_TYPE, LABEL_INFO_PART)

    changed: dict[str, bytes] = {}
    stale_stamp = not stamp["SetDate"] or not stamp["ActionId"]
    if parts[CUSTOM_PART] is None or _state(props) != _state(existing) or stale_stamp:
        fresh = {"SetDate": _iso(set_date or datetime.now(timezone.utc)), "ActionId": str(uuid.uuid4())}
        props = _plan_props(existing, label, category, site, method, remove_ids, fresh)
        changed[CUSTOM_PART] = _custom_xml(props)
    old_children = list(label_info_root) if label_info_root is not None else None
    if old_children is None or len(old_children) != len(info_children) or any(
            a is not b for a, b in zip(old_children, info_children)):
        changed[LABEL_INFO_PART] = _label_info_xml(info_children)
    if content_types != parts[CONTENT_TYPES_PART]:
        changed[CONTENT_TYPES_PART] = content_types
    if rels != parts[ROOT_RELS_PART]:
        changed[ROOT_RELS_PART] = rels
    if not changed:
        return False
    if CUSTOM_PART in changed or LABEL_INFO_PART in changed:
        # A label change always renews SetDate/ActionId together with the rest.
        if CUSTOM_PART not in changed:
            fresh = {"SetDate": _iso(set_date or datetime.now(timezone.utc)), "ActionId": str(uuid.uuid4())}
            changed[CUSTOM_PART] = _custom_xml(
                _plan_props(existing, label, category, site, method, remove_ids, fresh))

    with open(file, "rb") as src:
        size = os.fstat(src.fileno()).st_size
        package = _read_package(src, size)
        atomic_write(file, lambda out: _rewrite_package(src, package, out, changed))
    return True
