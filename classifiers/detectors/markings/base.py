"""What every marking recognizer declares, and the few hooks it may override.

A marking recognizer is a Presidio ``PatternRecognizer`` described by class constants:

- ``DETECTOR_ID`` — the stable id written into every Evidence (``marking.eccn.v1``). It is a
  promise: change the id only with a migration, bump the ``.vN`` suffix when behaviour changes.
- ``CODE`` — the stable reason code (``MARK_ECCN``); also the Presidio entity type.
- ``JURISDICTION`` — what a hit points to. Markings that say "export controlled" without
  naming the regime (CUI//SP-EXPT, an export-controlled Distribution Statement on its own) use
  ``REGIME_NOT_STATED``; ``None`` is for hits that are context only (a Distribution Statement
  B-F with no export reason).
- ``PATTERNS`` — ``(name, regex, score)`` triples. Scores follow one scale across recognizers:

  ========  ==================================================================
  0.85-0.95  a legend or banner as printed on controlled documents
  0.70-0.80  a formal statement that is shared by regimes or often boiler-plate
  0.50-0.55  prose that asserts control ("ITAR-controlled data") — kept without context
  0.35-0.40  a shape that needs a context word (bare ECCN, bare USML numeral)
  ========  ==================================================================

  Presidio's context stage adds 0.35 when a ``CONTEXT`` word sits within the window, and the
  analyzer keeps only results at or above ``CONTEXT_REQUIRED_BELOW`` (0.45). So a pattern scored
  under 0.45 is *required* to have context; one scored above it merely gains from it.
- ``CONTEXT`` — whole-word, lower-case context words (see ``classifiers/nlp.py`` for lemmas).
  Only recognizers with context-requiring shapes (ECCN, USML) declare them. Presidio counts the
  hit's own tokens as context, so a legend recognizer with "export" as a context word would
  boost itself ("subject to the Export Administration Regulations" 0.50 → 0.85) and blur the
  scale that the filters rely on.
- ``FILTERS`` — named false-positive filters from ``filters.py`` run on every hit, in order.
- ``FLAGS`` — regex flags. The default is case-sensitive, because banners are upper case and
  prose is not; patterns opt into case-insensitivity with scoped ``(?i:...)`` groups.

Hooks: ``category_for`` (ECCN / USML / EAR99 normalisation) and ``invalidate_result`` (Presidio's
pruning hook: an ECCN that is not on the CCL is not an ECCN). ``validate_result`` is left alone
on purpose: in Presidio a passing validation forces the score to 1.0, which would erase the scale.
"""

from __future__ import annotations

from typing import Callable, ClassVar, Optional

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

from pipeline.records import Jurisdiction

REGIME_NOT_STATED = Jurisdiction.EAR
"""Jurisdiction for "export controlled, regime not stated". EAR is the least restrictive
controlled jurisdiction: in the decider's order of review any ITAR evidence on the same item
still wins, an ECCN supplies the category, and on its own the hit leaves the category blank,
which sends the item to review. ``None`` would let the item pass as uncontrolled."""

MAX_MARKING_SCORE = 0.95
"""Ceiling after context: markings are strong evidence but never final (over-marking exists)."""

CONTEXT_REQUIRED_BELOW = 0.45
"""Analyzer score threshold: patterns scored below this survive only with a context word."""

Filter = Callable[[str, int, int, float], Optional[float]]
"""``(text, start, end, score) -> new score``, or ``None`` to drop the hit."""


class MarkingRecognizer(PatternRecognizer):
    """Base class: turns the class constants into a Presidio ``PatternRecognizer``."""

    DETECTOR_ID: ClassVar[str]
    CODE: ClassVar[str]
    JURISDICTION: ClassVar[Jurisdiction | None]
    PATTERNS: ClassVar[tuple[tuple[str, str, float], ...]]
    CONTEXT: ClassVar[tuple[str, ...]] = ()
    FILTERS: ClassVar[tuple[Filter, ...]] = ()
    FLAGS: ClassVar[int] = re.MULTILINE

    def __init__(self) -> None:
        super().__init__(
            supported_entity=self.CODE,
            name=self.DETECTOR_ID,
            supported_language="en",
            patterns=[Pattern(name, regex, score) for name, regex, score in self.PATTERNS],
            context=list(self.CONTEXT) or None,
            global_regex_flags=self.FLAGS,
            version=self.DETECTOR_ID.rsplit(".", 1)[-1],
        )

    def category_for(self, matched: str) -> str | None:
        """The category this hit points to (ECCN, USML paragraph, ``EAR99``); none by default."""
        return None

    def filter_score(self, text: str, start: int, end: int, score: float) -> float | None:
        """Run ``FILTERS`` in order; ``None`` as soon as one drops the hit."""
        current: float | None = score
        for rule in self.FILTERS:
            current = rule(text, start, end, current)
            if current is None:
                return None
        return current


ROMAN_NUMERALS = (
    "XXI", "XX", "XIX", "XVIII", "XVII", "XVI", "XV", "XIV", "XIII", "XII", "XI",
    "X", "IX", "VIII", "VII", "VI", "V", "IV", "III", "II", "I",
)
"""USML categories I-XXI, longest first so that alternation never stops early."""
