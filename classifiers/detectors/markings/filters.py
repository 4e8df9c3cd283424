"""False-positive filters for marking hits: plain named functions, one question each.

Every filter has the signature ``(text, start, end, score) -> new score | None`` (``None`` drops
the hit) and looks only at a bounded window around the hit, so cost does not grow with the text.
Recognizers list the filters that apply to them in ``FILTERS``; they run in that order.

Documents *about* export control (training decks, policies, job postings, vendor FAQs) quote the
same words that controlled documents carry. The filters weaken those hits instead of deleting
them, except where the sentence says the opposite of a marking:

=========================  ===========================================================
filter                     effect
=========================  ===========================================================
``negated``                "not ITAR controlled", "non-ITAR", "This item is not subject to the
                           EAR": drop
``part_number``            "P/N 3A001", "DWG NO. 9E003", "model 5A002": drop (ECCN only)
``quoted_example``         "must be marked 'ITAR CONTROLLED'", "e.g. 5A992.c": cap at 0.30
``instructional``          sentence speaks of training, policy, candidates, definitions:
                           prose hits (< 0.8) x0.40 (so they fall under the 0.25 floor),
                           legends x0.50
``company_statement``      "Our products are subject to the EAR": prose hits x0.40
``faq_classification``     "our products are classified 5A992.c": cap at 0.60 (still an ECCN)
=========================  ===========================================================

``DROP_BELOW`` (0.25) is the floor the detector applies after the filters.
"""

from __future__ import annotations

import regex as re

DROP_BELOW = 0.25
LEGEND_SCORE = 0.8          # hits scored at or above this are legends/banners, below is prose
QUOTED_CAP = 0.30
FAQ_CAP = 0.60
WINDOW = 240                # characters looked at on each side of a hit

_NEGATION_BEFORE = re.compile(
    r"(?i:\b(?:not|no|non|never|neither|nor|isn't|aren't|without)\b[\s-]*(?:\w+[\s-]+){0,2}|\bnon-)$"
)
_NEGATION_INSIDE = re.compile(r"(?i:\b(?:not|never)\b|n't\b)")
_PART_NUMBER_BEFORE = re.compile(
    r"(?i:\b(?:p/?n|part|dwg|drawing|model|serial|s/n|item|sheet|doc|document|rev|lot)"
    r"\.?\s*(?:no\.?|number|num\.?|#)?\s*[:#]?\s*)$"
)
_QUOTE_CHARS = "\"'“”‘’`«»"
_EXAMPLE_CUES = re.compile(
    r"(?i:\b(?:marked|marking|mark|labell?ed|label|legend|such\s+as|e\.g\.|for\s+example|"
    r"for\s+instance|example|like|stamped|reads?)\b)"
)
_INSTRUCTIONAL_CUES = re.compile(
    r"(?i:\b(?:training|trained|awareness|course|policy|policies|procedures?|guidance|"
    r"candidates?|applicants?|job|position|experience|preferred|eligib\w*|clearance|"
    r"responsibilit\w*|employees|staff|you\s+must|you\s+should|learn|quiz|able\s+to|environment|"
    r"what\s+is|means|refers\s+to|definition|defined\s+as|designation)\b)"
)
_COMPANY_CUES = re.compile(
    r"(?i:\b(?:our|we|all\s+of\s+our|most|many|some)\s+(?:products?|company|items|"
    r"goods|exports?|are|sell|ship|solutions|hardware|software)\b)"
)
_FAQ_CUES = re.compile(
    r"(?i:\b(?:our|we|faq|frequently\s+asked|customers?)\b)"
)


def _before(text: str, start: int, width: int = 60) -> str:
    return text[max(0, start - width):start]


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding ``text[start:end]``, bounded to ``WINDOW`` characters each side.

    A sentence ends at ``.``, ``!`` or ``?`` followed by white space, or at a blank line, so
    dotted ids (``3A001.a.7``, ``U.S.C.``) do not cut it. A banner, field or legend stands on
    its own lines: a hit in one (``position.in_marking_shape``) is judged by its own lines, not
    by the prose around them.
    """
    from .position import in_marking_shape

    if in_marking_shape(text, start, end):
        lo = text.rfind("\n", 0, start) + 1
        hi = text.find("\n", end)
        hi = hi if hi >= 0 else len(text)
        return text[max(lo, start - WINDOW):min(hi, end + WINDOW)]
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip(" \t-*>#|([:"):
        start_cut = line_start              # the hit opens its line: a legend starts there
    else:
        start_cut = max(0, start - WINDOW)
    left = text[start_cut:start]
    right = text[end:end + WINDOW]
    cut = max(left.rfind(". "), left.rfind("? "), left.rfind("! "), left.rfind("\n\n"),
              left.rfind(".\n"), left.rfind("?\n"), left.rfind("!\n"))
    head = left[cut + 2:] if cut >= 0 else left
    stops = [i for i in (right.find(". "), right.find("? "), right.find("! "), right.find("\n\n"),
                         right.find(".\n")) if i >= 0]
    tail = right[:min(stops) + 1] if stops else right
    return head + text[start:end] + tail


def negated(text: str, start: int, end: int, score: float) -> float | None:
    """Drop a hit that the words just before it, or inside it, negate ("not", "non-", "never").

    The inside check catches sentence patterns that span the verb ("This item is not subject to
    the EAR")."""
    if _NEGATION_BEFORE.search(_before(text, start, 40)) or _NEGATION_INSIDE.search(text[start:end]):
        return None
    return score


def part_number(text: str, start: int, end: int, score: float) -> float | None:
    """Drop an ECCN-shaped id that is introduced as a part, drawing or model number."""
    return None if _PART_NUMBER_BEFORE.search(_before(text, start, 24)) else score


def is_quoted(text: str, start: int, end: int) -> bool:
    """The hit is wrapped in quotation marks (within two characters either side)."""
    before = text[max(0, start - 2):start]
    after = text[end:end + 2]
    return any(q in before for q in _QUOTE_CHARS) and any(q in after for q in _QUOTE_CHARS)


def quoted_example(text: str, start: int, end: int, score: float) -> float | None:
    """Cap a hit that is quoted, or introduced as an example of how to mark ("e.g.")."""
    if is_quoted(text, start, end) or _EXAMPLE_CUES.search(_before(text, start, 40)):
        return min(score, QUOTED_CAP)
    return score


def instructional(text: str, start: int, end: int, score: float) -> float | None:
    """Weaken a hit in a sentence that teaches, regulates people or advertises a job."""
    if not _INSTRUCTIONAL_CUES.search(sentence_around(text, start, end)):
        return score
    return score * (0.5 if score >= LEGEND_SCORE else 0.4)


def company_statement(text: str, start: int, end: int, score: float) -> float | None:
    """Weaken prose like "Our products are subject to the EAR" (a claim, not a marking)."""
    if score >= LEGEND_SCORE or not _COMPANY_CUES.search(sentence_around(text, start, end)):
        return score
    return score * 0.4


def faq_classification(text: str, start: int, end: int, score: float) -> float | None:
    """Keep an ECCN stated in an FAQ or vendor note ("our products are classified 5A992.c")
    as an ECCN mark, but at a moderate score."""
    if _FAQ_CUES.search(sentence_around(text, start, end)):
        return min(score, FAQ_CAP)
    return score
