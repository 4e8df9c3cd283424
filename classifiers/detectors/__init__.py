"""Detectors: each turns one ``Extraction`` into ``Evidence``.

    Extraction ──► Detector.detect ──► [Evidence, ...] ──► decider

A detector is anything with a stable ``id`` and a ``detect`` method; heavy state (Presidio
engines, lexicons, models) is built once in the constructor, so a Beam worker builds each
detector once in ``DoFn.setup`` and calls ``detect`` per element. ``detect`` raises
``pipeline.errors.DetectionError`` (never with document text in the message) when it cannot
score an item; the caller turns that into an ``UNDETERMINED`` decision.

Families live in sub-packages, in the order a sweep runs them:

    markings   legends, ECCN / EAR99 / USML marks, Distribution Statements, CUI banners
    existing_label  sensitivity labels already applied (MSIP properties, LabelInfo.xml, XMP)
    lexicon    controlled terms of USML paragraphs and CCL entries (derived from the kb)
    techdata   signals of technical data: tolerances, specs, part numbers, procedures, code
    context    writing *about* export control, marketing, public release
    textcat    the trained text classifiers (jurisdiction; technical data vs general)
    semantic   sentence embeddings against USML / CCL descriptions (only where an item may be
               controlled; it ranks categories)
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from pipeline.records import Evidence, Extraction


@runtime_checkable
class Detector(Protocol):
    """What the detect stage needs from a detector."""

    id: str

    def detect(self, extraction: Extraction) -> list[Evidence]:
        """All evidence found in ``extraction``'s segments, with segment-relative offsets."""
        ...
