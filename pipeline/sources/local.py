"""Local and mounted file systems.

Identity is the file's ``file://`` URI; version is ``mtime_ns-size``, which changes whenever the
content may have changed. Symbolic links are not followed, so a sweep cannot escape its root or
loop; they are listed nowhere (a link is not an item, its target is swept where it lives).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Iterator
from urllib.parse import unquote, urlparse

from pipeline.errors import ConfigError
from pipeline.records import ItemRef


def path_from_spec(spec: str) -> Path:
    if spec.startswith("file://"):
        return Path(unquote(urlparse(spec).path))
    return Path(spec)


class LocalSource:
    """Every regular file under a folder (recursively), or one file."""

    def __init__(self, spec: str) -> None:
        self.spec = spec
        self.root = path_from_spec(spec).expanduser().absolute()
        if not self.root.exists():
            raise ConfigError(f"source {spec!r} does not exist")

    def list(self) -> Iterator[ItemRef]:
        if self.root.is_file():
            yield self._ref(self.root, self.root.stat())
            return
        yield from self._walk(self.root)

    def count(self) -> int:
        """How many items ``list`` will yield, without stat-ing file contents (for progress bars)."""
        return sum(1 for _ in self._walk(self.root)) if self.root.is_dir() else 1

    def _walk(self, folder: Path) -> Iterator[ItemRef]:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            # Not listable: report the folder itself as an item, so extraction records it as
            # unreadable (UNDETERMINED) instead of the sweep silently seeing nothing there.
            yield ItemRef(uri=folder.as_uri(), path=str(folder), size=0, version="unlistable",
                          source=self.spec)
            return
        for entry in entries:
            if entry.is_symlink():
                continue
            if entry.is_dir(follow_symlinks=False):
                yield from self._walk(Path(entry.path))
            elif entry.is_file(follow_symlinks=False):
                st = entry.stat(follow_symlinks=False)
                if stat.S_ISREG(st.st_mode):
                    yield self._ref(Path(entry.path), st)

    def _ref(self, path: Path, st: os.stat_result) -> ItemRef:
        return ItemRef(uri=path.as_uri(), path=str(path), size=st.st_size,
                       version=f"{st.st_mtime_ns}-{st.st_size}", source=self.spec)
