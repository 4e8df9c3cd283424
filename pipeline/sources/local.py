"""Local and mounted file systems.

Identity is the file's ``file://`` URI; version is ``mtime_ns-size``, which changes whenever the
content may have changed. Symbolic links are not followed, so a sweep cannot escape its root or
loop; they are listed nowhere (a link is not an item, its target is swept where it lives).
Each item carries the facts ``owner``, ``group`` (names where the system can resolve them, else
the numeric ids) and ``mode`` (permission bits as an octal string, ``0640``).

Labels on plain files live in user extended attributes, one per key: ``user.enclave.<key>``.
Extended attributes travel with the file when it is renamed or moved within a file system, are
kept by ``cp -a``, ``rsync -X`` and ``tar --xattrs``, and never change a byte of the content,
so a file's hash, signature and format stay exactly as they were (a label written into the
content would alter what other tools checksum). Where the file system refuses user extended
attributes (some network and FUSE mounts, ``tmpfs`` on older kernels: ``ENOTSUP`` or
``EPERM``), the labels go to a sidecar ``<name>.enclave-label.json`` next to the file instead;
sidecars are never listed as items. ``get_labels`` also reports other tools' ``user.*``
attributes, under their full attribute name.

Setting an extended attribute (or writing a sidecar) changes the file's ctime but not its mtime
or size, so labelling leaves the item's version unchanged: a labelled file is not re-read by the
next sweep because of its label.

Writes are conditional where the file system lets them be: ``put`` writes a temporary file in
the target folder, flushes it to disk and then moves it into place in one step (with
``if_absent`` by a hard link, which fails if the name is taken, so nothing is ever overwritten);
``delete`` and ``set_labels`` first check that the file is still at the version the sweep saw.
POSIX has no compare-and-delete, so a change that lands between that check and the unlink is
not detected; the window is a single system call.
"""

from __future__ import annotations

import errno
import functools
import grp
import json
import os
import pwd
import shutil
import stat
import tempfile
from pathlib import Path
from typing import IO, Iterator, Mapping
from urllib.parse import unquote, urlparse

from pipeline.errors import ConfigError, LabelError, SourceError
from pipeline.records import ItemRef
from pipeline.sources import VersionConflict

XATTR_PREFIX = "user.enclave."
SIDECAR_SUFFIX = ".enclave-label.json"
TEMP_PREFIX = ".enclave-tmp-"
_NO_XATTR = (errno.ENOTSUP, errno.EOPNOTSUPP, errno.EPERM)


def path_from_spec(spec: str) -> Path:
    if spec.startswith("file://"):
        return Path(unquote(urlparse(spec).path))
    return Path(spec)


def version_of(st: os.stat_result) -> str:
    return f"{st.st_mtime_ns}-{st.st_size}"


@functools.lru_cache(maxsize=1024)
def _user_name(uid: int) -> str:
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


@functools.lru_cache(maxsize=1024)
def _group_name(gid: int) -> str:
    try:
        return grp.getgrgid(gid).gr_name
    except KeyError:
        return str(gid)


def _is_own_file(name: str) -> bool:
    """Files Enclave itself keeps beside items: label sidecars and half-written temporaries."""
    return name.endswith(SIDECAR_SUFFIX) or name.startswith(TEMP_PREFIX)


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR_SUFFIX)


class LocalSource:
    """Every regular file under a folder (recursively), or one file."""

    def __init__(self, spec: str) -> None:
        self.spec = spec
        self.root = path_from_spec(spec).expanduser().absolute()
        if not self.root.exists():
            raise ConfigError(f"source {spec!r} does not exist")

    # -- listing ---------------------------------------------------------------------------

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
            elif entry.is_file(follow_symlinks=False) and not _is_own_file(entry.name):
                st = entry.stat(follow_symlinks=False)
                if stat.S_ISREG(st.st_mode):
                    yield self._ref(Path(entry.path), st)

    def _ref(self, path: Path, st: os.stat_result) -> ItemRef:
        facts = (("group", _group_name(st.st_gid)),
                 ("mode", format(stat.S_IMODE(st.st_mode), "04o")),
                 ("owner", _user_name(st.st_uid)))
        return ItemRef(uri=path.as_uri(), path=str(path), size=st.st_size,
                       version=version_of(st), source=self.spec, facts=facts)

    # -- reading ---------------------------------------------------------------------------

    def _path_of(self, ref: ItemRef) -> Path:
        return Path(ref.path) if ref.path else path_from_spec(ref.uri)

    def open(self, ref: ItemRef) -> IO[bytes]:
        return open(self._path_of(ref), "rb")

    def stat(self, ref: ItemRef) -> ItemRef | None:
        path = self._path_of(ref)
        try:
            st = os.lstat(path)
        except FileNotFoundError:
            return None
        if not stat.S_ISREG(st.st_mode):
            return None
        fresh = self._ref(path, st)
        return ItemRef(uri=fresh.uri, path=fresh.path, size=fresh.size, version=fresh.version,
                       source=ref.source, facts=fresh.facts)

    def posture(self) -> dict[str, str]:
        """The file system type and mount point the root lives on (Linux ``/proc/self/mounts``)."""
        try:
            with open("/proc/self/mounts", encoding="utf-8", errors="replace") as f:
                mounts = [line.split()[:3] for line in f if line.strip()]
        except OSError:
            return {}
        root = os.path.realpath(self.root)
        best: tuple[str, str] | None = None
        for fields in mounts:
            if len(fields) < 3:
                continue
            point = fields[1].replace("\\040", " ")
            inside = root == point or root.startswith(point.rstrip("/") + "/")
            if inside and (best is None or len(point) >= len(best[0])):
                best = (point, fields[2])
        return {"fs.mount": best[0], "fs.type": best[1]} if best else {}

    def uri_for(self, key: str) -> str:
        base = self.root if self.root.is_dir() else self.root.parent
        target = (base / key).absolute()
        return target.as_uri()

    # -- writing ---------------------------------------------------------------------------

    def put(self, uri: str, data: IO[bytes], *, metadata: Mapping[str, str] | None = None,
            if_absent: bool = True) -> ItemRef:
        path = path_from_spec(uri)
        path.parent.mkdir(parents=True, exist_ok=True)
        if if_absent and os.path.lexists(path):
            raise VersionConflict(f"{uri}: an item already exists there")
        fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=path.parent)
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                shutil.copyfileobj(data, out, 1 << 20)
                out.flush()
                os.fsync(out.fileno())
            if metadata:
                self._write_labels(tmp, metadata)
            if if_absent:
                try:
                    os.link(tmp, path)          # fails if the name is taken: never overwrites
                except FileExistsError:
                    raise VersionConflict(f"{uri}: an item already exists there") from None
                moved_sidecar = sidecar_path(tmp)
                if moved_sidecar.exists():
                    os.replace(moved_sidecar, sidecar_path(path))
                tmp.unlink()
            else:
                moved_sidecar = sidecar_path(tmp)
                if moved_sidecar.exists():
                    os.replace(moved_sidecar, sidecar_path(path))
                os.replace(tmp, path)
        except BaseException:
            for leftover in (tmp, sidecar_path(tmp)):
                try:
                    leftover.unlink()
                except FileNotFoundError:
                    pass
            raise
        _fsync_dir(path.parent)
        st = os.lstat(path)
        ref = self._ref(path, st)
        return ItemRef(uri=ref.uri, path=ref.path, size=ref.size, version=ref.version,
                       source=self.spec, facts=ref.facts)

    def delete(self, ref: ItemRef) -> None:
        path = self._path_of(ref)
        self._check_version(path, ref)
        try:
            path.unlink()
        except FileNotFoundError:
            raise VersionConflict(f"{ref.uri}: the item vanished before it was deleted") from None
        try:
            sidecar_path(path).unlink()
        except FileNotFoundError:
            pass
        _fsync_dir(path.parent)

    def _check_version(self, path: Path, ref: ItemRef) -> os.stat_result:
        try:
            st = os.lstat(path)
        except FileNotFoundError:
            raise VersionConflict(f"{ref.uri}: the item no longer exists") from None
        if not stat.S_ISREG(st.st_mode) or version_of(st) != ref.version:
            raise VersionConflict(f"{ref.uri}: changed since it was listed "
                                  f"(listed {ref.version}, now {version_of(st)})")
        return st

    # -- labels ----------------------------------------------------------------------------

    def get_labels(self, ref: ItemRef) -> dict[str, str]:
        return _read_labels(self._path_of(ref))

    def set_labels(self, ref: ItemRef, labels: Mapping[str, str]) -> ItemRef:
        path = self._path_of(ref)
        self._check_version(path, ref)
        self._write_labels(path, labels)
        fresh = self.stat(ref)
        if fresh is None:
            raise VersionConflict(f"{ref.uri}: the item vanished while it was labelled")
        return fresh

    def _write_labels(self, path: Path, labels: Mapping[str, str]) -> None:
        """Write what differs from what is there already (so writing twice changes nothing)."""
        for key in labels:
            if not key or "\x00" in key:
                raise LabelError(f"invalid label key {key!r}")
        current = _read_labels(path)
        wanted = {k: str(v) for k, v in labels.items() if current.get(k) != str(v)}
        if not wanted:
            return
        try:
            for key, value in wanted.items():
                os.setxattr(path, XATTR_PREFIX + key, value.encode("utf-8"),
                            follow_symlinks=False)
            return
        except OSError as exc:
            if exc.errno not in _NO_XATTR:
                raise LabelError(f"{path.name}: cannot write extended attributes "
                                 f"({errno.errorcode.get(exc.errno, exc.errno)})") from None
        _write_sidecar(path, wanted)


def _read_labels(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    sidecar = sidecar_path(path)
    if sidecar.exists():
        try:
            stored = json.loads(sidecar.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            stored = {}
        if isinstance(stored, dict):
            out.update({str(k): str(v) for k, v in stored.items()})
    try:
        names = os.listxattr(path, follow_symlinks=False)
    except OSError as exc:
        if exc.errno in _NO_XATTR:
            return out
        if exc.errno == errno.ENOENT:
            raise SourceError(f"{path.name}: no longer exists") from None
        raise
    for name in names:
        if not name.startswith("user."):
            continue
        try:
            value = os.getxattr(path, name, follow_symlinks=False).decode("utf-8", "replace")
        except OSError:
            continue
        key = name[len(XATTR_PREFIX):] if name.startswith(XATTR_PREFIX) else name
        out[key] = value
    return out


def _write_sidecar(path: Path, labels: Mapping[str, str]) -> None:
    sidecar = sidecar_path(path)
    merged: dict[str, str] = {}
    if sidecar.exists():
        try:
            stored = json.loads(sidecar.read_text(encoding="utf-8"))
            if isinstance(stored, dict):
                merged.update({str(k): str(v) for k, v in stored.items()})
        except (OSError, ValueError):
            pass
    merged.update(labels)
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(merged, out, sort_keys=True, indent=1)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, sidecar)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

