"""The parent side of extraction: checks, hashing, and a supervised worker process.

``Extractor`` is what a pipeline stage builds once per worker (``DoFn.setup``). It never parses
anything itself. It checks the cheap things (size, zero bytes, readability), hashes the item,
and hands the parse to one long-lived child process (``worker.serve``) that owns the JVM. It
then waits with a deadline: past ``Limits.timeout_s`` the child and its process group are
killed with SIGKILL and the item gets ``E_TIMEOUT``; if the child dies on an item, the item gets
``E_EXTRACTOR_CRASH``. Either way the next call starts a fresh child, so one hostile file costs
one item and a JVM start (about two seconds), never the sweep.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import signal
from dataclasses import replace
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from types import TracebackType
from typing import Any

from pipeline.errors import ErrorCode, ExtractionError
from pipeline.extract.limits import Limits
from pipeline.extract.worker import ExtractRequest, serve
from pipeline.records import Extraction, ItemError, ItemRef

TIKA_JAR_NAME = "tika-app-3.3.1.jar"
_EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()


def default_tika_jar() -> Path:
    """``$ENCLAVE_TIKA_JAR``, else ``<repo>/vendor/tika-app-3.3.1.jar``; it must exist."""
    configured = os.environ.get("ENCLAVE_TIKA_JAR")
    jar = Path(configured) if configured else Path(__file__).resolve().parents[2] / "vendor" / TIKA_JAR_NAME
    if not jar.is_file():
        raise ExtractionError(ErrorCode.UNSUPPORTED,
                              f"Apache Tika jar not found at {jar}; run `make setup` "
                              "(or set ENCLAVE_TIKA_JAR to the tika-app jar)")
    return jar


def _failed(item: ItemRef, code: ErrorCode, message: str, *, size: int | None = None,
            sha256: str | None = None) -> list[Extraction]:
    return [Extraction(uri=item.uri, root=item.uri, depth=0,
                       size=item.size if size is None else size, sha256=sha256, mime=None,
                       error=ItemError(code, message))]


def _item_name(item: ItemRef) -> str:
    raw = item.path or item.uri.split("?", 1)[0].split("#", 1)[0]
    return raw.rstrip("/").rsplit("/", 1)[-1]


class Extractor:
    """Extracts text from items through a supervised Tika worker. Built once per worker (heavy).

    Not thread-safe: use one per worker thread. Use as a context manager or call ``close()``.
    ``limits`` may be replaced between calls; ``max_members`` and the text write limit inside
    Tika take effect when the next worker starts, the other bounds at once.
    """

    def __init__(self, limits: Limits = Limits(), tika_jar: str | None = None, *,
                 jvm_heap: str = "1g", start_timeout_s: float = 120.0) -> None:
        self.limits = limits
        self._jar = Path(tika_jar) if tika_jar else default_tika_jar()
        if not self._jar.is_file():
            raise ExtractionError(ErrorCode.UNSUPPORTED,
                                  f"Apache Tika jar not found at {self._jar}; run `make setup`")
        self._heap = jvm_heap
        self._start_timeout_s = start_timeout_s
        self._ctx = multiprocessing.get_context("spawn")
        self._proc: BaseProcess | None = None
        self._conn: Connection | None = None
        self.startup_seconds: float | None = None   # JVM + Tika start of the current worker
        self.tika_version: str | None = None
        self.starts = 0
        self._start()

    # -- worker lifecycle ----------------------------------------------------------------
    @property
    def pid(self) -> int | None:
        """Process id of the live worker, or None between a kill and the next call."""
        return self._proc.pid if self._proc is not None else None

    def _start(self) -> None:
        parent_conn, child_conn = self._ctx.Pipe()
        proc = self._ctx.Process(target=serve, args=(child_conn, str(self._jar), self._heap, self.limits),
                                 name="enclave-extract", daemon=True)
        proc.start()
        child_conn.close()
        self._proc, self._conn = proc, parent_conn
        self.starts += 1
        if not parent_conn.poll(self._start_timeout_s):
            self._kill()
            raise ExtractionError(ErrorCode.EXTRACTOR_CRASH, "extraction worker did not start in time")
        try:
            hello: tuple[Any, ...] = parent_conn.recv()
        except EOFError:
            hello = ("failed", "worker exited during start")
        if hello[0] != "ready":
            self._kill()
            raise ExtractionError(ErrorCode.EXTRACTOR_CRASH, f"extraction worker failed to start: {hello[1]}")
        self.startup_seconds = float(hello[2]["startup_s"])
        self.tika_version = str(hello[2]["tika"])

    def _kill(self) -> None:
        proc, conn = self._proc, self._conn
        self._proc, self._conn = None, None
        if proc is not None and proc.pid is not None:
            try:
                os.killpg(proc.pid, signal.SIGKILL)   # the worker leads its own process group
            except (ProcessLookupError, PermissionError):
                proc.kill()
            proc.join(5)
        if conn is not None:
            conn.close()

    def close(self) -> None:
        """Stop the worker politely, then firmly."""
        proc, conn = self._proc, self._conn
        if proc is None or conn is None:
            return
        try:
            conn.send(None)
            proc.join(5)
        except (OSError, ValueError):
            pass                                 # already gone: the kill below cleans up
        self._kill()

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- extraction ----------------------------------------------------------------------
    def _prepare(self, item: ItemRef, data: bytes | None
                 ) -> tuple[ExtractRequest, int, str] | list[Extraction]:
        """Cheap checks and the item's size and hash; an error list when it cannot go further."""
        if data is None and not item.path:
            return _failed(item, ErrorCode.UNREADABLE, "no local path and no bytes given")
        try:
            size = len(data) if data is not None else os.stat(item.path or "").st_size
            if size > self.limits.max_bytes:
                return _failed(item, ErrorCode.TOO_LARGE, f"{size} bytes over the limit of "
                               f"{self.limits.max_bytes}", size=size)
            if size == 0:
                return _failed(item, ErrorCode.EMPTY, "zero bytes", size=0, sha256=_EMPTY_SHA256)
            if data is not None:
                digest = hashlib.sha256(data).hexdigest()
            else:
                with open(item.path or "", "rb") as fh:
                    digest = hashlib.file_digest(fh, "sha256").hexdigest()
        except OSError as exc:
            return _failed(item, ErrorCode.UNREADABLE, f"cannot read item: {type(exc).__name__}")
        request = ExtractRequest(item=item, path=item.path if data is None else None, data=data,
                                 name=_item_name(item), limits=self.limits)
        return request, size, digest

    def extract(self, item: ItemRef, data: bytes | None = None) -> list[Extraction]:
        """Extract the item (from ``item.path``, or from ``data``) and everything embedded in it.

        Returns the item's Extraction first, then one per member. Never raises for a problem
        with the item: the problem is the ``error`` of the Extraction it concerns.
        """
        prepared = self._prepare(item, data)
        if isinstance(prepared, list):
            return prepared
        request, size, digest = prepared
        if self._proc is not None and not self._proc.is_alive():
            self._kill()                         # died between items (OOM killer, operator)
        if self._proc is None:
            try:
                self._start()
            except ExtractionError as exc:
                return _failed(item, ErrorCode.EXTRACTOR_CRASH, str(exc), size=size, sha256=digest)
        conn = self._conn
        assert conn is not None
        try:
            conn.send(request)
            if not conn.poll(self.limits.timeout_s):
                self._kill()
                return _failed(item, ErrorCode.TIMEOUT, f"no result within {self.limits.timeout_s} s; "
                               "worker killed", size=size, sha256=digest)
            results: list[Extraction] = conn.recv()
        except (EOFError, OSError):
            self._kill()
            return _failed(item, ErrorCode.EXTRACTOR_CRASH, "extraction worker died on this item",
                           size=size, sha256=digest)
        results[0] = replace(results[0], size=size, sha256=digest)
        return results
