"""Archive checks made before Tika opens an item, from the archive's own directory.

Two jobs, both read only headers and small members:

* **Decompression bombs.** Tika measures output against the bytes *a member* gives it, so a
  200 MB run of zeros stored as 200 kB in a zip reaches it as an honest 200 MB text file. Here a
  zip's central directory (and those of zips nested in it, down to ``max_depth``) and a gzip's
  trailer say how large the content claims to be; past ``Limits.max_ratio`` or
  ``Limits.max_expanded_bytes`` the item is ``E_DECOMPRESSION_BOMB`` and never parsed. Declared sizes can
  lie; the parse timeout is the backstop.
* **Drawings in archives.** Tika has no DXF text parser and no DWG parser, so DXF / DWG members of
  zip and tar(.gz) archives are read out here (bounded) and handed to the CAD reader.
"""

from __future__ import annotations

import gzip
import io
import os
import struct
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.errors import ErrorCode
from pipeline.extract.limits import Limits
from pipeline.records import MEMBER_SEPARATOR, ItemError

CAD_SUFFIXES = (".dxf", ".dwg")
_NESTED_READ_MAX = 64 * 1024**2         # nested archives / drawings read into memory up to this


@dataclass
class _Tally:
    stored: int = 0
    expanded: int = 0


def _zip_tally(archive: zipfile.ZipFile, tally: _Tally, depth: int, limits: Limits) -> None:
    for info in archive.infolist():
        tally.expanded += info.file_size
        if depth < limits.max_depth and info.filename.lower().endswith(".zip") \
                and info.file_size <= _NESTED_READ_MAX and tally.expanded <= limits.max_expanded_bytes:
            try:
                with zipfile.ZipFile(io.BytesIO(archive.read(info))) as inner:
                    _zip_tally(inner, tally, depth + 1, limits)
            except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, ValueError):
                continue                  # Tika will name what is wrong with it


def _gzip_expanded(path: str | None, data: bytes | None) -> int:
    if data is not None:
        return struct.unpack("<I", data[-4:])[0] if len(data) >= 4 else 0
    with open(path or "", "rb") as fh:
        fh.seek(-4, os.SEEK_END)
        return struct.unpack("<I", fh.read(4))[0]


def check_bomb(path: str | None, data: bytes | None, head: bytes, size: int,
               limits: Limits) -> ItemError | None:
    """``E_DECOMPRESSION_BOMB`` when a zip (with nested zips) or gzip claims too much expanded
    content."""
    tally = _Tally(stored=size)
    try:
        if head.startswith(b"PK\x03\x04"):
            with zipfile.ZipFile(io.BytesIO(data) if data is not None else path or "") as archive:
                _zip_tally(archive, tally, 1, limits)
        elif head.startswith(b"\x1f\x8b") and size >= 18:
            tally.expanded = _gzip_expanded(path, data)
        else:
            return None
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, ValueError,
            struct.error):
        return None                       # not readable here: Tika reports it properly
    ratio = tally.expanded / max(tally.stored, 1)
    if tally.expanded > limits.max_expanded_bytes or (
            ratio > limits.max_ratio and tally.expanded > 16 * 1024**2):
        return ItemError(ErrorCode.DECOMPRESSION_BOMB,
                         f"suspected decompression bomb: {tally.expanded} bytes expanded from "
                         f"{tally.stored} (ratio {ratio:.0f}, limit {limits.max_ratio:.0f})")
    return None


def _zip_drawings(archive: zipfile.ZipFile, prefix: str, depth: int,
                  limits: Limits) -> Iterator[tuple[str, bytes]]:
    for info in archive.infolist():
        lower = info.filename.lower()
        if info.is_dir() or info.file_size > min(limits.max_bytes, _NESTED_READ_MAX):
            continue
        uri = prefix + MEMBER_SEPARATOR + info.filename
        if lower.endswith(CAD_SUFFIXES):
            yield uri, archive.read(info)
        elif lower.endswith(".zip") and depth < limits.max_depth:
            try:
                with zipfile.ZipFile(io.BytesIO(archive.read(info))) as inner:
                    yield from _zip_drawings(inner, uri, depth + 1, limits)
            except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, ValueError):
                continue


def _tar_drawings(archive: tarfile.TarFile, prefix: str,
                  limits: Limits) -> Iterator[tuple[str, bytes]]:
    for member in archive:
        if member.isfile() and member.name.lower().endswith(CAD_SUFFIXES) \
                and member.size <= min(limits.max_bytes, _NESTED_READ_MAX):
            handle = archive.extractfile(member)
            if handle is not None:
                yield prefix + MEMBER_SEPARATOR + member.name, handle.read()


def cad_members(path: str | None, data: bytes | None, head: bytes, name: str, root_uri: str,
                limits: Limits) -> list[tuple[str, bytes]]:
    """``(member uri, bytes)`` of the DXF / DWG drawings inside a zip or tar(.gz) item.

    Member uris follow Tika's naming, so they replace the members Tika reported: a gzip's
    content is named after the file without ``.gz`` (``x.tar.gz!/x.tar!/a.dxf``).
    """
    source = io.BytesIO(data) if data is not None else path or ""
    try:
        if head.startswith(b"PK\x03\x04"):
            with zipfile.ZipFile(source) as archive:
                return list(_zip_drawings(archive, root_uri, 1, limits))
        if head.startswith(b"\x1f\x8b"):
            inner = name[:-3] if name.lower().endswith(".gz") else name.rsplit(".", 1)[0] + ".tar"
            with gzip.open(source) as stream, tarfile.open(fileobj=stream, mode="r|") as archive:
                return list(_tar_drawings(archive, root_uri + MEMBER_SEPARATOR + inner, limits))
        if head[257:262] == b"ustar":
            with tarfile.open(fileobj=source if isinstance(source, io.BytesIO) else None,
                              name=None if isinstance(source, io.BytesIO) else source,
                              mode="r:") as archive:
                return list(_tar_drawings(archive, root_uri, limits))
    except (zipfile.BadZipFile, tarfile.TarError, OSError, EOFError, RuntimeError,
            NotImplementedError, ValueError):
        return []
    return []
