"""The extraction worker: a long-lived child process that owns the JVM.

Why a separate process: Tika, PDFBox, POI and Tesseract run native and Java code on hostile
bytes. A parse can loop forever, exhaust the heap or take the process down; in the parent it
would take the sweep with it. Here the parent can simply SIGKILL the worker (and its process
group, which holds any ``tesseract`` it started) and start a fresh one.

Protocol over one ``multiprocessing`` Pipe, one request at a time:

    worker -> parent   ("ready", pid, {"startup_s": .., "tika": ..})  or ("failed", reason)
    parent -> worker   ExtractRequest  ...  worker -> parent   list[Extraction]
    parent -> worker   None                                     (worker exits)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection

from pipeline.errors import ErrorCode
from pipeline.extract.archives import cad_members, check_bomb
from pipeline.extract.assemble import assemble, cut_text
from pipeline.extract.dwg import extract_dwg, is_dwg
from pipeline.extract.dxf import extract_dxf, is_dxf
from pipeline.extract.labels import FoundLabels, label_info, read_xmp, xmp_packet
from pipeline.extract.limits import Limits
from pipeline.extract.ocr import OcrResult, is_image, ocr_image, ocr_pdf_pages
from pipeline.extract.tika_engine import RawParse, TikaEngine
from pipeline.extract.xhtml import xhtml_segments
from pipeline.records import Extraction, ItemError, ItemRef, Segment


@dataclass(frozen=True)
class ExtractRequest:
    """One top-level item to extract: read from ``path``, or from ``data`` when given."""

    item: ItemRef
    path: str | None
    data: bytes | None
    name: str
    limits: Limits


_HEAD_BYTES = 512
_OOXML_SUFFIXES = (".docx", ".docm", ".dotx", ".xlsx", ".xlsm", ".pptx", ".pptm", ".vsdx")


def _head(request: ExtractRequest) -> bytes:
    if request.data is not None:
        return request.data[:_HEAD_BYTES]
    with open(request.path or "", "rb") as fh:
        return fh.read(_HEAD_BYTES)


def _size(request: ExtractRequest) -> int:
    return len(request.data) if request.data is not None else os.stat(request.path or "").st_size


def _cut(results: list[Extraction], limits: Limits) -> list[Extraction]:
    segments, cut = cut_text(list(results[0].segments), limits.max_text_chars)
    if cut:
        meta = results[0].metadata + (("enclave:text_truncated", "true"),)
        results[0] = replace(results[0], segments=tuple(segments), metadata=meta)
    return results


def _drawing(request: ExtractRequest, head: bytes) -> list[Extraction] | None:
    if is_dxf(request.name, head):
        return _cut(extract_dxf(request.item, request.path, request.data), request.limits)
    if is_dwg(request.name, head):
        return _cut(extract_dwg(request.item, request.path, request.data, head), request.limits)
    return None


def _page_chars(raw: RawParse) -> dict[int, int]:
    top = raw.documents[0] if raw.documents else None
    chars: dict[int, int] = {}
    for seg in xhtml_segments(top.xhtml if top else ""):
        if seg.where.startswith("page:") and seg.where[5:].isdigit():
            chars[int(seg.where[5:])] = len("".join(seg.text.split()))
    return chars


def _ocr(request: ExtractRequest, is_pdf: bool, raw: RawParse) -> tuple[list[Segment], list[tuple[str, str]]]:
    """OCR the item's text-less pages (PDF) or its frames (image); segments and metadata."""
    limit = request.limits.max_ocr_pages
    if is_pdf:
        try:
            result, pages = ocr_pdf_pages(request.path, request.data, _page_chars(raw), limit)
        except Exception as exc:  # pdfium refuses some files Tika read: record it, keep Tika's text
            result, pages = OcrResult(error=type(exc).__name__), 0
    else:
        result, pages = ocr_image(request.path, request.data, limit), 0
    meta = [("enclave:ocr_pages", str(len(result.seconds))),
            ("enclave:ocr_seconds", f"{sum(result.seconds.values()):.3f}")]
    if pages:
        meta.append(("enclave:pages", str(pages)))
    if result.rotated:
        meta.append(("enclave:ocr_rotated_pages", ",".join(map(str, result.rotated))))
    if result.skipped:
        meta.append(("enclave:ocr_pages_skipped", str(result.skipped)))
    if result.error:
        meta.append(("enclave:ocr_error", result.error))
    segments = [Segment(f"ocr:page:{n}", text) for n, text in sorted(result.pages.items())]
    return segments, meta


def _labels(request: ExtractRequest, head: bytes, is_pdf: bool) -> FoundLabels:
    found = FoundLabels()
    if head.startswith(b"PK\x03\x04") and request.name.lower().endswith(_OOXML_SUFFIXES):
        found.label_info = label_info(request.path, request.data)
    if is_pdf:
        read_xmp(xmp_packet(request.path, request.data), found)
    return found


def _cad_members(request: ExtractRequest, head: bytes, results: list[Extraction]) -> list[Extraction]:
    """Replace what Tika made of DXF / DWG archive members with the CAD reader's text."""
    if not (head.startswith((b"PK\x03\x04", b"\x1f\x8b")) or head[257:262] == b"ustar"):
        return results
    index = {r.uri: i for i, r in enumerate(results)}
    for uri, data in cad_members(request.path, request.data, head, request.name,
                                 request.item.uri, request.limits):
        at = index.get(uri)
        if at is None:
            continue
        member = results[at]
        ref = ItemRef(uri, None, len(data), request.item.version, request.item.source)
        read = _drawing(replace(request, item=ref, path=None, data=data, name=uri), data[:_HEAD_BYTES])
        if read:
            results[at] = replace(read[0], uri=uri, root=member.root, depth=member.depth,
                                  size=member.size, sha256=member.sha256)
    return results


def _handle(engine: TikaEngine, request: ExtractRequest) -> list[Extraction]:
    head = _head(request)
    bomb = check_bomb(request.path, request.data, head, _size(request), request.limits)
    if bomb is not None:
        item = request.item
        return [Extraction(uri=item.uri, root=item.uri, depth=0, size=item.size, sha256=None,
                           mime=None, error=bomb)]
    drawing = _drawing(request, head)
    if drawing is not None:
        return drawing
    is_pdf = head.startswith(b"%PDF-") or (request.name.lower().endswith(".pdf") and b"%PDF-" in head)
    own_ocr = request.limits.max_ocr_pages > 0 and (is_pdf or is_image(request.name, head))
    raw = engine.parse(request.path, request.data, request.name, tika_ocr=not own_ocr)
    top = raw.documents[0] if raw.documents else None
    failed = bool(raw.thrown) or (top is not None and bool(top.exceptions))
    segments: list[Segment] = []
    meta: list[tuple[str, str]] = []
    if own_ocr and not failed:
        segments, meta = _ocr(request, is_pdf, raw)
    if failed or top is None or not (xhtml_segments(top.xhtml) or segments):
        # Only now is it worth asking whether the name and the bytes agree on the type.
        engine.detect_types(raw, request.path, request.data, request.name)
    results = assemble(request.item, raw, request.limits, f"tika-{engine.version}",
                       root_segments=segments, root_metadata=meta,
                       root_labels=_labels(request, head, is_pdf))
    return _plain_text_fallback(request, head, _cad_members(request, head, results))


# A parser that chose the wrong type by the name (a Rust ``.rs`` file taken for RLS services
# XML, a ``.ts`` script for an MPEG stream) fails or finds no text. When the bytes themselves are
# plain UTF-8 text, that text is the item's content.
_FALLBACK_CODES = frozenset({ErrorCode.CORRUPT, ErrorCode.TYPE_MISMATCH, ErrorCode.NO_TEXT})
# A damaged document stays an error even when its bytes happen to be text (a truncated PDF).
_DOCUMENT_MAGIC = (b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"{\\rtf", b"%!PS")


def _plain_text(data: bytes) -> str | None:
    if b"\x00" in data:
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    printable = sum(c.isprintable() or c in "\n\r\t" for c in text)
    return text if text.strip() and printable >= 0.97 * len(text) else None


def _plain_text_fallback(request: ExtractRequest, head: bytes,
                         results: list[Extraction]) -> list[Extraction]:
    root = results[0]
    if root.error is None or root.error.code not in _FALLBACK_CODES or b"\x00" in head \
            or head.lstrip().startswith(_DOCUMENT_MAGIC):
        return results
    if _size(request) > request.limits.max_text_chars:
        return results
    if request.data is not None:
        data = request.data
    else:
        with open(request.path or "", "rb") as fh:
            data = fh.read()
    text = _plain_text(data)
    if text is None:
        return results
    meta = root.metadata + (("enclave:text_fallback", f"read as plain text after "
                                                      f"{root.error.code.value}"),)
    fixed = replace(root, mime="text/plain", segments=(Segment("body", text),), metadata=meta,
                    error=None)
    return [fixed] + results[1:]


def _internal_error(request: ExtractRequest, exc: BaseException) -> list[Extraction]:
    item = request.item
    error = ItemError(ErrorCode.INTERNAL, f"extraction failed: {type(exc).__name__}")
    return [Extraction(uri=item.uri, root=item.uri, depth=0, size=item.size, sha256=None,
                       mime=None, error=error)]


def serve(conn: Connection, jar: str, heap: str, limits: Limits) -> None:
    """Worker main: start the JVM once, then answer requests until told to stop or orphaned."""
    os.setpgrp()                          # one process group: a kill also reaches tesseract
    os.environ["OMP_THREAD_LIMIT"] = "1"  # inherited by tesseract; threads only slow it here
    try:
        engine = TikaEngine(jar, heap, limits.max_members, limits.max_text_chars)
    except Exception as exc:  # report why the engine could not start, then exit
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", os.getpid(), {"startup_s": engine.startup_seconds, "tika": engine.version}))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return                        # the parent went away
        if request is None:
            return
        try:
            result = _handle(engine, request)
        except Exception as exc:  # a bug here must not take the worker down; report its type
            result = _internal_error(request, exc)
        conn.send(result)
