"""Text out of DWG drawings: ezdwg converts the drawing to DXF, the DXF reader does the rest.

Tika only recognises DWG; it reads no text from it. ezdwg (MIT, on PyPI) reads the R2000-era
formats it knows (AC1012 to AC1015 for certain; newer versions as far as its decoder goes) and
converts to DXF, so a DWG gets exactly the locators and title-block fields a DXF gets. A DWG it
cannot read is ``E_UNSUPPORTED`` with the version tag in the message, never an empty text: the
item then goes to a person. The version tag is the file's first six bytes (``AC1015``), not text.
"""

from __future__ import annotations

import os
import tempfile
from typing import Any

from pipeline.errors import ErrorCode
from pipeline.extract.dxf import drawing_extraction
from pipeline.records import Extraction, ItemError, ItemRef

DWG_MIME = "image/vnd.dwg"


def is_dwg(name: str, head: bytes) -> bool:
    return head[:2] == b"AC" and head[2:6].isdigit() or name.lower().endswith(".dwg")


def _version(head: bytes) -> str:
    tag = head[:6]
    return tag.decode("ascii") if tag[:2] == b"AC" and tag[2:].isdigit() else "unknown"


def _convert(source: str, folder: str) -> Any:
    import ezdwg
    from ezdxf import recover

    target = os.path.join(folder, "drawing.dxf")
    ezdwg.to_dxf(source, target)
    doc, _auditor = recover.readfile(target)
    return doc


def extract_dwg(item: ItemRef, path: str | None, data: bytes | None, head: bytes) -> list[Extraction]:
    """One Extraction for a DWG drawing, or one error record saying why it could not be read."""
    base = {"uri": item.uri, "root": item.uri, "depth": 0, "size": item.size,
            "sha256": None, "mime": DWG_MIME}
    version = _version(head)
    with tempfile.TemporaryDirectory(prefix="enclave-dwg-") as folder:
        source = path
        if data is not None or source is None:
            source = os.path.join(folder, "drawing.dwg")
            with open(source, "wb") as fh:
                fh.write(data or b"")
        try:
            doc = _convert(source, folder)
        except Exception as exc:  # ezdwg raises ValueError / RuntimeError / panics as exceptions
            if version == "unknown":
                error = ItemError(ErrorCode.CORRUPT, f"not a readable DWG: {type(exc).__name__}")
            else:
                error = ItemError(ErrorCode.UNSUPPORTED,
                                  f"DWG {version} could not be read by ezdwg: {type(exc).__name__}")
            return [Extraction(**base, metadata=(("dwg:version", version),), error=error)]
    return [drawing_extraction(doc, base, "ezdwg+ezdxf", [("dwg:version", version)])]
