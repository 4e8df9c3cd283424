"""Cue phrases, declared per context code with a weight each.

Weights: 1.0 for a phrase that almost only appears in writing *about* the subject ("deemed
export", "empowered official", "approved for public release"); 0.5 for phrases that such writing
uses a lot but technical documents also use now and then ("training", "policy", "license"
questions). Cues are whole-word, case-insensitive regular expressions; one match per position.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

MAX_HITS_PER_CUE = 50


@dataclass(frozen=True)
class CueSet:
    """The cues of one context code."""

    code: str
    cues: tuple[tuple[str, str, float], ...]     # (name, regex, weight)
    compiled: tuple[tuple[str, re.Pattern[str]], ...] = field(init=False, repr=False, compare=False)
    _any: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", tuple(
            (name, re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)) for name, pattern, _ in self.cues))
        # One pass that finds whether any cue occurs at all: most texts carry none of a set's
        # cues, and then the per-cue passes are skipped (same hits either way).
        object.__setattr__(self, "_any", re.compile(
            "|".join(rf"\b(?:{pattern})\b" for _, pattern, _ in self.cues), re.IGNORECASE))

    @property
    def weights(self) -> dict[str, float]:
        return {name: weight for name, _, weight in self.cues}

    def find(self, text: str) -> Iterator[tuple[str, int, int]]:
        if self._any.search(text) is None:
            return
        for name, pattern in self.compiled:
            for hits, match in enumerate(pattern.finditer(text)):
                if hits >= MAX_HITS_PER_CUE:
                    break
                yield name, match.start(), match.end()


ABOUT_EXPORT_CONTROL = CueSet("CTX_ABOUT_EXPORT_CONTROL", (
    ("employees_must", r"(?:all\s)?employees\s(?:must|shall|are required to|should)", 1.0),
    ("training", r"(?:export|compliance|awareness|annual|mandatory)\s(?:control\s)?training|training\s(?:course|module|is due|deadline)", 1.0),
    ("license_exception", r"license exceptions?\s(?:STA|ENC|TMP|LVS|GBS|TSR|BAG|RPL)?", 0.7),
    ("empowered_official", r"empowered officials?", 1.0),
    ("deemed_export", r"deemed (?:export|re-?export)s?", 1.0),
    ("us_person", r"U\.?S\.? persons?|foreign (?:persons?|nationals?)|non-U\.?S\.? persons?", 0.5),
    ("self_classification", r"self[-\s]classif\w+|classify (?:your|our) (?:products?|items?)", 1.0),
    ("our_products_classified", r"(?:our|these|the company's) products? (?:is|are) (?:classified|controlled|subject)", 1.0),
    ("apply_for_license", r"apply for (?:an?\s)?(?:export\s)?licen[cs]e|licen[cs]e applications?|licen[cs]e is (?:needed|required)", 1.0),
    ("list_consists", r"the (?:USML|CCL|Commerce Control List|Munitions List) (?:consists|is divided|contains|has)", 1.0),
    ("screening", r"(?:restricted|denied) part(?:y|ies)(?: screening)?|entity list|red flags|know your customer", 1.0),
    ("compliance_office", r"(?:export\s)?compliance (?:office|team|department|officer|program(?:me)?|policy)", 0.7),
    ("violations", r"violations?|penalt(?:y|ies)|voluntary (?:self-)?disclosures?", 0.5),
    ("agencies", r"Directorate of Defense Trade Controls|DDTC|Bureau of Industry and Security|BIS", 0.3),
    ("jurisdiction_request", r"commodity jurisdiction|CJ (?:request|determination)|CCATS|classification requests?", 1.0),
    ("tcp", r"technology control plans?", 1.0),
    ("faq", r"FAQ|frequently asked questions|what is an?|who is an?|does this apply", 0.5),
    ("policy", r"this policy|our policy|policy statement|procedure applies", 0.5),
    ("job_us_person", r"(?:must be|are) (?:a\s)?U\.?S\.? (?:person|citizen)s?", 1.0),
    ("job_apply", r"apply now|equal opportunity employer|to apply,? (?:send|submit)", 1.0),
    ("job_sections", r"(?:key\s)?responsibilities|(?:required|preferred)?\s?qualifications", 0.5),
    ("regulation_news", r"final rule|interim final rule|Federal Register|proposed rule|amend(?:s|ed|ment to) the (?:EAR|ITAR)", 1.0),
    ("reminder", r"reminder|due by|complete the (?:course|module|quiz)|quiz", 0.5),
    ("classification_talk", r"(?:export\s)?classifications?\s(?:of|rationale|register|notice|statement|field|basis)"
     r"|classified (?:as|under)|ECCNs? (?:of|for) (?:our|your|the|these|this)|No License Required|NLR", 0.7),
    ("regime_names", r"the (?:ITAR|EAR|USML|CCL)|USML categor(?:y|ies)|600[-\s]series|export control reform"
     r"|Wassenaar", 0.5),
    ("exemptions", r"(?:ITAR\s)?exemptions?|(?:temporary|permanent) (?:export|import)s?|BAG|TMP", 0.5),
    ("audit", r"audit (?:actions?|findings?|report|plan)|working group|trade compliance", 0.7),
    ("cfr_section", r"(?:15|22)\s*C\.?\s?F\.?\s?R\.?\s*(?:Parts?\s*|§+\s*)?(?:7[3-7]\d|12\d)"
     r"(?:\.\d+(?:\([a-z0-9]+\))*)?|§+\s*(?:7[3-7]\d|12\d)\.\d+", 0.5),
    ("classification_question", r"what (?:is|are) (?:the |an? )?ECCNs?|what ECCN|which ECCN"
     r"|(?:how|whether) (?:do |should |to )?(?:we |you |I )?classify"
     r"|is (?:this|it|the \w+) (?:ITAR|EAR99|export[- ]controlled)\?"
     r"|(?:need|needs|needing|require|requires) (?:an? )?(?:export )?licen[cs]e", 1.0),
    ("scope_terms", r"published information|fundamental research|educational information"
     r"|public domain|de minimis|foreign direct product|not subject to the (?:EAR|ITAR)"
     r"|(?:is|are) designated EAR99|not (?:listed )?on the (?:CCL|USML)", 0.7),
))

MARKETING = CueSet("CTX_MARKETING", (
    ("superlative", r"industry[-\s]leading|world[-\s]class|best[-\s]in[-\s]class|state[-\s]of[-\s]the[-\s]art|cutting[-\s]edge|award[-\s]winning|next[-\s]generation", 1.0),
    ("call_to_action", r"contact (?:our|us|your)(?:\s(?:sales|local))?|request a (?:quote|demo)|learn more|visit (?:us|our booth)|get in touch", 1.0),
    ("customers", r"trusted by|our customers|customer success|leading provider|proud to", 0.7),
    ("solutions", r"solutions? for|turnkey|innovative|seamless(?:ly)?|unmatched|unparalleled", 0.5),
    ("brochure", r"brochure|product overview|company overview|at a glance|why choose", 1.0),
    ("rights", r"all rights reserved|©", 0.3),
))

PUBLIC_RELEASE = CueSet("CTX_PUBLIC_RELEASE", (
    ("approved", r"approved for public release|cleared for (?:open\s)?publication|cleared for public release", 1.0),
    ("unlimited", r"distribution (?:is\s)?unlimited", 1.0),
    ("press", r"press release|for immediate release|media contact", 1.0),
    ("published", r"published in|proceedings of|journal of|arXiv|doi:\s?10\.", 0.7),
    ("open_source", r"licensed under the (?:Apache|MIT|BSD|GNU|GPL)|open[-\s]source", 0.7),
    ("fundamental", r"fundamental research|public domain|publicly available", 0.7),
))

CUE_SETS: tuple[CueSet, ...] = (ABOUT_EXPORT_CONTROL, MARKETING, PUBLIC_RELEASE)
