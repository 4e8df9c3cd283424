"""Bring a remote item's bytes to this worker for extraction.

Cloud objects and repository blobs have no local path; the parsers need a file. ``Fetcher``
copies the item into a private spool folder under its own name (parsers look at the name),
at most ``max_bytes + 1`` bytes of it (enough for the extractor to report ``E_TOO_LARGE``
without downloading a huge object whole), hands the path to the caller and deletes the copy
afterwards, whatever happens. One source client per source spec, built on first use.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from typing import Iterator

from pipeline.records import ItemRef
from pipeline.sources import Source, open_source

_CHUNK = 1 << 20


class Fetcher:
    def __init__(self, max_bytes: int, spool_dir: str | None = None) -> None:
        self.max_bytes = max_bytes
        self.spool_dir = spool_dir
        self._sources: dict[str, Source] = {}

    def source(self, spec: str) -> Source:
        if spec not in self._sources:
            self._sources[spec] = open_source(spec)
        return self._sources[spec]

    @contextlib.contextmanager
    def __call__(self, item: ItemRef) -> Iterator[str]:
        folder = tempfile.mkdtemp(prefix="enclave-fetch-", dir=self.spool_dir)
        try:
            name = item.uri.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1] or "item"
            local = os.path.join(folder, name)
            budget = self.max_bytes + 1
            with self.source(item.source).open(item) as stream, open(local, "wb") as out:
                while budget > 0 and (chunk := stream.read(min(_CHUNK, budget))):
                    out.write(chunk)
                    budget -= len(chunk)
            yield local
        finally:
            shutil.rmtree(folder, ignore_errors=True)
