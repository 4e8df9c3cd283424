"""Where items come from: one module per backend behind the ``Source`` seam.

A source lists ``ItemRef`` records (stable uri, version, size) and opens an item's bytes.
Only the local file system exists so far; cloud and repository backends plug in here.
"""

from __future__ import annotations

from typing import Iterator, Protocol

from pipeline.errors import ConfigError
from pipeline.records import ItemRef


class Source(Protocol):
    """A place to sweep."""

    spec: str

    def list(self) -> Iterator[ItemRef]:
        """Every item under the source, streamed (never materialised as one list)."""
        ...


def open_source(spec: str) -> Source:
    """Turn what the user typed (``/srv/share``, ``file:///srv/share``) into a Source.

    Raises ConfigError for a scheme Enclave cannot read yet or a path that does not exist,
    so a bad command line fails at launch, not inside a worker.
    """
    from pipeline.sources.local import LocalSource

    if "://" in spec and not spec.startswith("file://"):
        scheme = spec.split("://", 1)[0]
        raise ConfigError(f"source {spec!r}: the {scheme}:// scheme is not supported yet "
                          "(supported: local paths and file:// URIs)")
    return LocalSource(spec)
