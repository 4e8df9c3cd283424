#!/usr/bin/env python3
"""Scan the collected public corpora for export-control wording.

Looks inside raw bytes (latin-1 and UTF-16LE views), ZIP members (OOXML/ODF/
plain zips), gzip/bz2/xz streams and PDF text (pdftotext).  Prints every hit
as  <split>/<path>\t<pattern>\t<context>.  Files with real hits are then listed
in public_dev/excluded.txt (dest paths) and collect.py is re-run.
"""
import bz2
import gzip
import io
import lzma
import os
import re
import subprocess
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PATTERNS = [
    re.compile(rb"\bITAR\b"), re.compile(rb"EAR99"), re.compile(rb"\bECCN\b"),
    re.compile(rb"\bUSML\b"),
    re.compile(rb"export[- ]control", re.I),
    re.compile(rb"distribution statement", re.I),
    re.compile(rb"international traffic in arms", re.I),
    re.compile(rb"export administration regulation", re.I),
    re.compile(rb"munitions list", re.I),
    re.compile(rb"\b(22|15) CFR\b", re.I),
    re.compile(rb"export (licen[cs]e|restrict|regulat)", re.I),
]


def views(data, name, depth=0):
    yield data
    try:
        yield data.decode("utf-16-le", "ignore").encode("utf-8", "ignore")
    except Exception:
        pass
    if depth > 2:
        return
    if data[:2] == b"PK":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                for info in z.infolist():
                    if info.file_size < 50_000_000:
                        try:
                            yield from views(z.read(info), info.filename, depth + 1)
                        except Exception:
                            pass
        except Exception:
            pass
    for magic, mod in ((b"\x1f\x8b", gzip), (b"BZh", bz2), (b"\xfd7zXZ", lzma)):
        if data.startswith(magic):
            try:
                yield from views(mod.decompress(data), name, depth + 1)
            except Exception:
                pass
    if data[:5] == b"%PDF-" or name.lower().endswith(".pdf"):
        try:
            out = subprocess.run(["pdftotext", "-q", "-", "-"], input=data,
                                 capture_output=True, timeout=60).stdout
            yield out
        except Exception:
            pass


def main():
    hits = 0
    for split in ("public_dev", "public_test"):
        base = os.path.join(ROOT, split)
        for dirpath, _, files in os.walk(base):
            for f in files:
                full = os.path.join(dirpath, f)
                rel = os.path.relpath(full, base)
                if "/" not in rel:  # labels.csv, PROVENANCE.md, scripts
                    continue
                data = open(full, "rb").read()
                seen = set()
                for v in views(data, f):
                    for p in PATTERNS:
                        for m in p.finditer(v):
                            ctx = v[max(0, m.start() - 60):m.end() + 60]
                            ctx = re.sub(rb"\s+", b" ", ctx).decode("latin-1")
                            key = (p.pattern, ctx)
                            if key in seen:
                                continue
                            seen.add(key)
                            hits += 1
                            print(f"{split}/{rel}\t{p.pattern.decode()}\t{ctx}")
    print("hits", hits, file=sys.stderr)


if __name__ == "__main__":
    main()
