"""Extraction: bytes and a name in, located text segments out, for an item and its members.

    Extractor ──► worker process (one JVM, reused) ──► Tika RecursiveParserWrapper ──► assemble
                                                  └──► ezdxf for DXF drawings

Public surface::

    Limits                 per-item bounds (size, time, depth, members, text)
    Extractor              built once per worker; extract(item) -> list[Extraction]; close()
    default_tika_jar()     where the Tika app jar is expected ($ENCLAVE_TIKA_JAR or vendor/)

``Extractor.extract`` never raises for a problem with an item; the problem is recorded as the
``error`` (an ``ErrorCode``) of the Extraction it concerns, so the item goes to review.
"""

from pipeline.extract.extractor import Extractor, default_tika_jar
from pipeline.extract.limits import Limits

__all__ = ["Extractor", "Limits", "default_tika_jar"]
