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
from pipeline.extract.assemble import assemble, cut_text
from pipeline.extract.dxf import extract_dxf, is_dxf
from pipeline.extract.limits import Limits
from pipeline.extract.tika_engine import TikaEngine
from pipeline.extract.xhtml import xhtml_segments
from pipeline.records import Extraction, ItemError, ItemRef


@dataclass(frozen=True)
class ExtractRequest:
    """One top-level item to extract: read from ``path``, or from ``data`` when given."""

    item: ItemRef
    path: str | None
    data: bytes | None
    name: str
    limits: Limits


def _head(request: ExtractRequest) -> bytes:
    if request.data is not None:
        return request.data[:64]
    with open(request.path or "", "rb") as fh:
        return fh.read(64)


def _handle(engine: TikaEngine, request: ExtractRequest) -> list[Extraction]:
    if is_dxf(request.name, _head(request)):
        results = extract_dxf(request.item, request.path, request.data)
        segments, cut = cut_text(list(results[0].segments), request.limits.max_text_chars)
        if cut:
            meta = results[0].metadata + (("enclave:text_truncated", "true"),)
            results[0] = replace(results[0], segments=tuple(segments), metadata=meta)
        return results
    raw = engine.parse(request.path, request.data, request.name)
    top = raw.documents[0] if raw.documents else None
    failed = bool(raw.thrown) or (top is not None and bool(top.exceptions))
    if failed or top is None or not xhtml_segments(top.xhtml):
        # Only now is it worth asking whether the name and the bytes agree on the type.
        engine.detect_types(raw, request.path, request.data, request.name)
    return assemble(request.item, raw, request.limits, f"tika-{engine.version}")


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
