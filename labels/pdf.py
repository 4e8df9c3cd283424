"""Sensitivity labels in PDF files, written as an incremental update.

Where the label goes:

* the document information dictionary gets ``/MSIP_Label_<guid>_<Field>`` entries (Enabled,
  SetDate, Method, Name, SiteId, ActionId, ContentBits), as Office writes them when it exports a
  labelled document to PDF, and Enclave's ``/Enclave_Jurisdiction``, ``/Enclave_Category``,
  ``/Enclave_TaxonomyVersion``, ``/Enclave_LabelId``;
* the XMP metadata stream gets the same MSIP entries in the ``pdfx`` namespace (where PDF tools
  mirror custom document information) and Enclave's own namespace :data:`ENCLAVE_NS`
  (``enclave:Classification`` = label name, ``LabelId``, ``Jurisdiction``, ``Category``,
  ``TaxonomyVersion``). The stream is written uncompressed, so a plain byte scan finds it.

The original file is kept byte for byte as the prefix of the labelled one: Enclave appends the
changed objects (information dictionary, metadata stream, and the catalog when it had no
metadata) and a new cross-reference section pointing back to the previous one (a classic table
or a cross-reference stream, whichever the file used). pikepdf reads the file and renders the
objects; it has no incremental save of its own. The result is opened again before it atomically
replaces the original. Writing a label that is already there changes nothing and returns False.
Encrypted PDFs are refused (the appended objects would have to be encrypted too).
"""

from __future__ import annotations

import io
import os
import re
import uuid
from datetime import datetime, timezone
from pathlib import Path

import pikepdf
from pikepdf.models.metadata import PdfMetadata

from labels.ooxml import (MSIP_FIELDS, VOLATILE_FIELDS, atomic_write, check_write_args,
                          desired_props, merge_found)
from labels.taxonomy import ExistingLabel, Label, Taxonomy
from pipeline.errors import LabelError

ENCLAVE_NS = "urn:enclave:xmp:label/1.0/"
PDFX_NS = "http://ns.adobe.com/pdfx/1.3/"
_MSIP_KEY = re.compile(r"^/?MSIP_Label_\{?([0-9A-Fa-f-]{36})\}?_(\w+)$")
_ENCLAVE_KEYS = ("Enclave_Jurisdiction", "Enclave_Category", "Enclave_TaxonomyVersion",
                 "Enclave_LabelId")
_XMP_FIELDS = ("Classification", "LabelId", "Jurisdiction", "Category", "TaxonomyVersion")

PdfMetadata.register_xml_namespace(ENCLAVE_NS, "enclave")


def _pdf_date(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _text(value: object) -> str:
    try:
        return str(value)
    except Exception:     # noqa: BLE001 - a value pikepdf cannot render as text is no label value
        return ""


def _info_values(pdf: pikepdf.Pdf) -> dict[str, str]:
    info = pdf.trailer.get("/Info")
    if not isinstance(info, pikepdf.Dictionary):
        return {}
    return {str(key)[1:]: _text(value) for key, value in info.items()
            if isinstance(value, pikepdf.String)}


def _xmp_values(pdf: pikepdf.Pdf) -> dict[str, str]:
    """The pdfx and Enclave-namespace values of the document's XMP, keyed ``pdfx:Name`` /
    ``enclave:Name``."""
    if "/Metadata" not in pdf.Root:
        return {}
    out: dict[str, str] = {}
    try:
        meta = pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False)
        for key in meta:
            for ns, prefix in ((PDFX_NS, "pdfx"), (ENCLAVE_NS, "enclave")):
                if key.startswith("{" + ns + "}"):
                    out[f"{prefix}:{key[len(ns) + 2:]}"] = _text(meta[key])
    except Exception:     # noqa: BLE001 - unreadable XMP counts as no XMP label
        return {}
    return out


def _enclave_xmp(label: Label, category: str | None) -> dict[str, str]:
    values = {"Classification": label.name, "LabelId": label.id,
              "Jurisdiction": label.jurisdiction.value, "TaxonomyVersion": label.taxonomy_version}
    if category:
        values["Category"] = category
    return values


def _is_ours_to_drop(key: str, label: Label, remove_ids: set[str], category: str | None) -> bool:
    """Entries that must not remain: the replaced labels', and a stale Enclave_Category."""
    match = _MSIP_KEY.match(key)
    if match:
        guid = match.group(1).strip("{}").lower()
        return guid in remove_ids or (guid == label.id and match.group(2) not in MSIP_FIELDS)
    return key == "Enclave_Category" and not category


def _state(values: dict[str, str], keep: set[str]) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for key, value in values.items():
        if key not in keep:
            continue
        match = _MSIP_KEY.match(key.split(":", 1)[-1])
        out[key] = None if match and match.group(2) in VOLATILE_FIELDS else value
    return out


def _last_startxref(fh: io.BufferedReader, size: int) -> int:
    tail_len = min(size, 4096)
    fh.seek(size - tail_len)
    tail = fh.read(tail_len)
    at = tail.rfind(b"startxref")
    match = re.match(rb"startxref\s+(\d+)", tail[at:]) if at >= 0 else None
    if match is None:
        raise LabelError("PDF has no startxref: it cannot take an incremental update")
    return int(match.group(1))


def _xref_is_stream(fh: io.BufferedReader, offset: int) -> bool:
    fh.seek(offset)
    return not fh.read(64).lstrip().startswith(b"xref")


def _object(num: int, gen: int, body: bytes) -> bytes:
    return b"%d %d obj\n" % (num, gen) + body + b"\nendobj\n"


def _stream(num: int, gen: int, head: bytes, data: bytes) -> bytes:
    return _object(num, gen, head[:-2] + b" /Length %d >>\nstream\n" % len(data) + data
                   + b"\nendstream")


def _trailer_entries(pdf: pikepdf.Pdf, size: int, prev: int, root: tuple[int, int],
                     info: tuple[int, int]) -> bytes:
    parts = [b"/Size %d" % size, b"/Root %d %d R" % root, b"/Info %d %d R" % info,
             b"/Prev %d" % prev]
    if "/ID" in pdf.trailer:
        parts.append(b"/ID " + pdf.trailer.ID.unparse())
    return b" ".join(parts)


def _xref_table(entries: dict[int, tuple[int, int]]) -> bytes:
    out = [b"xref\n"]
    nums = sorted(entries)
    start = 0
    while start < len(nums):
        end = start
        while end + 1 < len(nums) and nums[end + 1] == nums[end] + 1:
            end += 1
        out.append(b"%d %d\n" % (nums[start], end - start + 1))
        for num in nums[start:end + 1]:
            offset, gen = entries[num]
            out.append(b"%010d %05d n \n" % (offset, gen))
        start = end + 1
    return b"".join(out)


def _xref_stream(num: int, entries: dict[int, tuple[int, int]], trailer: bytes) -> bytes:
    nums = sorted(entries)
    index = b" ".join(b"%d 1" % n for n in nums)
    rows = b"".join(b"\x01" + entries[n][0].to_bytes(4, "big") + entries[n][1].to_bytes(2, "big")
                    for n in nums)
    head = b"<< /Type /XRef /W [1 4 2] /Index [" + index + b"] " + trailer + b" >>"
    return _stream(num, 0, head, rows)


def _append_update(src: io.BufferedReader, size: int, out: io.BufferedWriter,
                   objects: list[tuple[int, int, bytes]], pdf: pikepdf.Pdf, new_size: int,
                   root: tuple[int, int], info: tuple[int, int], use_stream: bool, prev: int) -> None:
    src.seek(0)
    copied = 0
    last = b""
    while copied < size:
        chunk = src.read(min(size - copied, 1 << 20))
        if not chunk:
            raise LabelError("PDF changed while it was being labelled")
        out.write(chunk)
        copied += len(chunk)
        last = chunk[-1:]
    position = size
    if last not in (b"\n", b"\r"):
        out.write(b"\n")
        position += 1
    entries: dict[int, tuple[int, int]] = {}
    for num, gen, data in objects:
        entries[num] = (position, gen)
        out.write(data)
        position += len(data)
    if use_stream:
        xref_num = new_size
        entries[xref_num] = (position, 0)
        trailer = _trailer_entries(pdf, new_size + 1, prev, root, info)
        out.write(_xref_stream(xref_num, entries, trailer))
    else:
        out.write(_xref_table(entries) + b"trailer\n<< "
                  + _trailer_entries(pdf, new_size, prev, root, info) + b" >>\n")
    out.write(b"startxref\n%d\n%%%%EOF\n" % position)


def write_pdf_label(path: str | os.PathLike[str], label: Label, *, category: str | None,
                    site_id: str, method: str = "Standard", set_date: datetime | None = None,
                    taxonomy: Taxonomy | None = None) -> bool:
    """Write ``label`` into a PDF as an incremental update. True if the file changed, False if
    the label was already there. The label Enclave wrote before (``/Enclave_LabelId``) and any
    label of ``taxonomy`` other than ``label`` are removed; other entries stay."""
    file = Path(path)
    site, category = check_write_args(method, site_id, category)
    try:
        pdf = pikepdf.open(file)
    except pikepdf.PasswordError:
        raise LabelError(f"{file.name} is encrypted: labels are not written into encrypted PDFs") from None
    except pikepdf.PdfError as exc:
        raise LabelError(f"{file.name} is not a readable PDF: {exc}") from None
    with pdf:
        if pdf.is_encrypted:
            raise LabelError(f"{file.name} is encrypted: labels are not written into encrypted PDFs")
        info_values = _info_values(pdf)
        xmp_values = _xmp_values(pdf)
        remove_ids = set(taxonomy.ids) if taxonomy is not None else set()
        if info_values.get("Enclave_LabelId"):
            remove_ids.add(info_values["Enclave_LabelId"].strip().lower())
        remove_ids.discard(label.id)

        prefix = f"MSIP_Label_{label.id}_"
        stamp = {f: info_values.get(prefix + f, "") for f in VOLATILE_FIELDS}
        want_info = desired_props(label, category, site, method, stamp)
        want_xmp = {f"pdfx:{k}": v for k, v in want_info.items()}
        want_xmp.update({f"enclave:{k}": v for k, v in _enclave_xmp(label, category).items()})
        drop_info = [k for k in info_values if _is_ours_to_drop(k, label, remove_ids, category)]
        drop_xmp = [k for k in xmp_values
                    if (k.startswith("pdfx:") and _is_ours_to_drop(k[5:], label, remove_ids, category))
                    or (k.startswith("enclave:") and k[8:] not in want_xmp and k[8:] in _XMP_FIELDS
                        and f"enclave:{k[8:]}" not in want_xmp)]
        same = (not drop_info and not drop_xmp and all(stamp.values())
                and _state(info_values, set(want_info)) == _state(want_info, set(want_info))
                and _state(xmp_values, set(want_xmp)) == _state(want_xmp, set(want_xmp)))
        if same:
            return False

        fresh = {"SetDate": _pdf_date(set_date or datetime.now(timezone.utc)),
                 "ActionId": str(uuid.uuid4())}
        want_info = desired_props(label, category, site, method, fresh)
        want_xmp = {f"pdfx:{k}": v for k, v in want_info.items()}
        want_xmp.update({f"enclave:{k}": v for k, v in _enclave_xmp(label, category).items()})
        with open(file, "rb") as src:
            size = os.fstat(src.fileno()).st_size
            prev = _last_startxref(src, size)
            use_stream = _xref_is_stream(src, prev)
            new_size = int(pdf.trailer.get("/Size", 0))
            if new_size <= 0:
                raise LabelError(f"{file.name} has no /Size in its trailer")

            objects: list[tuple[int, int, bytes]] = []
            root_ref = pdf.Root.objgen
            # The information dictionary, old entries kept, ours set, replaced labels dropped.
            old_info = pdf.trailer.get("/Info")
            info = pikepdf.Dictionary()
            if isinstance(old_info, pikepdf.Dictionary):
                for key, value in old_info.items():
                    if str(key)[1:] not in drop_info:
                        info[key] = value
            for key, value in want_info.items():
                info["/" + key] = pikepdf.String(value)
            if isinstance(old_info, pikepdf.Dictionary) and old_info.is_indirect:
                info_ref = old_info.objgen
            else:
                info_ref = (new_size, 0)
                new_size += 1
            objects.append((*info_ref, _object(*info_ref, info.unparse())))
            # The catalog is rewritten only when it gains a /Metadata entry.
            old_meta = pdf.Root.get("/Metadata")
            if isinstance(old_meta, pikepdf.Stream) and old_meta.is_indirect:
                meta_ref = old_meta.objgen
            else:
                meta_ref = (new_size, 0)
                new_size += 1
                catalog = pdf.Root.unparse(resolved=True)
                if "/Metadata" in pdf.Root:
                    raise LabelError(f"{file.name} has a /Metadata entry that is not a stream")
                catalog = b"<< /Metadata %d %d R " % meta_ref + catalog.lstrip()[2:]
                objects.append((*root_ref, _object(*root_ref, catalog)))
            # XMP: edit the existing packet (or a new one) and render it.
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
                for key in drop_xmp:
                    prefix_, name = key.split(":", 1)
                    ns = PDFX_NS if prefix_ == "pdfx" else ENCLAVE_NS
                    if "{" + ns + "}" + name in meta:
                        del meta["{" + ns + "}" + name]
                for key, value in want_xmp.items():
                    prefix_, name = key.split(":", 1)
                    meta["{" + (PDFX_NS if prefix_ == "pdfx" else ENCLAVE_NS) + "}" + name] = value
            xmp = pdf.Root.Metadata.read_bytes()
            objects.append((*meta_ref, _stream(*meta_ref, b"<< /Type /Metadata /Subtype /XML >>", xmp)))

            def check(tmp: Path) -> None:
                if not _same_prefix(src, tmp, size):
                    raise LabelError("incremental update did not keep the original bytes")
                try:
                    with pikepdf.open(tmp) as again:
                        if _text(again.trailer.Info.get("/Enclave_LabelId", "")) != label.id:
                            raise LabelError("labelled PDF does not read back its label")
                except pikepdf.PdfError as exc:
                    raise LabelError(f"labelled PDF does not open: {exc}") from None

            atomic_write(file, lambda out: _append_update(src, size, out, objects, pdf, new_size,
                                                          root_ref, info_ref, use_stream, prev),
                         check)
    return True


def _same_prefix(src: io.BufferedReader, tmp: Path, size: int) -> bool:
    """Whether ``tmp`` starts with the first ``size`` bytes of ``src``."""
    src.seek(0)
    with open(tmp, "rb") as fh:
        left = size
        while left > 0:
            n = min(left, 1 << 20)
            if src.read(n) != fh.read(n):
                return False
            left -= n
    return True


def read_pdf_labels(path: str | os.PathLike[str]) -> list[ExistingLabel]:
    """Every sensitivity label on a PDF: MSIP entries of the document information (any tool),
    the same in the XMP ``pdfx`` namespace, and Enclave's XMP label."""
    try:
        pdf = pikepdf.open(Path(path))
    except pikepdf.PdfError as exc:
        raise LabelError(f"{Path(path).name} is not a readable PDF: {exc}") from None
    with pdf:
        sources = (("pdf:info", _info_values(pdf)),
                   ("xmp", {k[5:]: v for k, v in _xmp_values(pdf).items() if k.startswith("pdfx:")}))
        xmp_enclave = {k[8:]: v for k, v in _xmp_values(pdf).items() if k.startswith("enclave:")}
    found: dict[str, dict] = {}

    for source, values in sources:
        grouped: dict[str, dict[str, str]] = {}
        for key, value in values.items():
            match = _MSIP_KEY.match(key)
            if match:
                grouped.setdefault(match.group(1).strip("{}").lower(), {})[match.group(2)] = value
        for guid, fields in grouped.items():
            bits = fields.get("ContentBits")
            merge_found(found, guid, source, name=fields.get("Name"),
                  enabled=(fields["Enabled"].lower() in ("true", "1")) if "Enabled" in fields else None,
                  method=fields.get("Method"), site_id=fields.get("SiteId"),
                  set_date=fields.get("SetDate"), action_id=fields.get("ActionId"),
                  content_bits=int(bits) if bits and bits.isdigit() else None)
    if xmp_enclave.get("LabelId"):
        merge_found(found, xmp_enclave["LabelId"].strip().lower(), "xmp", name=xmp_enclave.get("Classification"))
    out = []
    for entry in found.values():
        entry["sources"] = tuple(entry["sources"])
        out.append(ExistingLabel(**{k: v for k, v in entry.items() if v is not None}))
    return out
