"""The trained spaCy text classifiers as a detector.

A bag-of-n-gram classifier trained on the project's labelled corpus (``models/training``)
with independent scores for ITAR / EAR / UNCONTROLLED, for technical data vs. general or
regulatory text, and for the coarse category (USML category; CCL category + product group). Their probabilities become ``kind="model"`` evidence that the decision combiner
weighs with everything else; they are never a decision on their own.

The model ships in ``models/textcat/model``; a missing model fails loudly (nothing is ever
downloaded). Text beyond ``MAX_CHARS`` is not read by the classifier (the other detectors see it).
"""

from __future__ import annotations

from pathlib import Path

import spacy

from classifiers.detectors.markings.position import without_legends
from pipeline.errors import ConfigError
from pipeline.records import Evidence, Extraction, Jurisdiction

COMPONENT = "textcat_enclave"
JURISDICTION_LABELS = ("ITAR", "EAR", "UNCONTROLLED")
TECHDATA_LABELS = ("TECHNICAL", "GENERAL")
_NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
             "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI")
# Coarse category labels: the USML category, and the CCL category digit + product group
# ("3A", "5D"), which the category ranking combines with the subject detectors' paragraphs.
USML_LABELS = tuple(f"USML_{n}" for n in _NUMERALS)
CCL_LABELS = tuple(f"CCL_{d}{g}" for d in "0123456789" for g in "ABCDE")
CATEGORY_TOP = 3
MAX_CHARS = 40_000
MODEL_PATH = Path(__file__).resolve().parents[3] / "models" / "textcat" / "model"
DETECTOR_ID = "model.textcat.v1"


def subject_text(extraction: Extraction) -> str:
    """What the item is about, as the classifier reads it (in training too): its own text
    without properties, headers, footers, legends, banners and classification fields. Markings
    are the marking detectors' and the fail-safe rule's business; read here, a legend's
    citations of 22 CFR and penalties would teach the classifier that marked technical data
    reads like a compliance policy."""
    return "\n".join(without_legends(s.text) for s in extraction.content_segments
                     if not s.where.startswith(("header", "footer")))


class TextcatDetector:
    """Jurisdiction and technical-data probabilities for an item's whole text."""

    id = DETECTOR_ID

    def __init__(self, path: Path = MODEL_PATH) -> None:
        if not (path / "config.cfg").is_file():
            raise ConfigError(f"text classifier not found at {path}; build it with "
                              "`python -m models.training.workflow textcat`")
        self.nlp = spacy.load(path)
        self.version = f"textcat-{self.nlp.meta.get('version', '0')}"

    def detect(self, extraction: Extraction) -> list[Evidence]:
        text = subject_text(extraction)[:MAX_CHARS]
        if not text.strip():
            return []
        return evidence_from_cats(self.nlp(text).cats, len(text))


def evidence_from_cats(cats: dict[str, float], length: int) -> list[Evidence]:
    """The classifiers' probabilities as evidence (also used when fitting the combiner)."""
    out = [Evidence(code=f"MODEL_{label}", detector=DETECTOR_ID, kind="model",
                    jurisdiction=Jurisdiction(label), category=None, where="item", start=0,
                    end=length, score=round(float(cats[label]), 4))
           for label in JURISDICTION_LABELS]
    out.append(Evidence(code="MODEL_TECHNICAL_DATA", detector=DETECTOR_ID, kind="model",
                        jurisdiction=None, category=None, where="item", start=0, end=length,
                        score=round(float(cats["TECHNICAL"]), 4)))
    for labels, code, jurisdiction in ((USML_LABELS, "MODEL_CATEGORY_USML", Jurisdiction.ITAR),
                                       (CCL_LABELS, "MODEL_CATEGORY_CCL", Jurisdiction.EAR)):
        top = sorted((lab for lab in labels if lab in cats), key=lambda lab: -cats[lab])
        out.extend(Evidence(code=code, detector=DETECTOR_ID, kind="model",
                            jurisdiction=jurisdiction, category=lab.split("_", 1)[1],
                            where="item", start=0, end=length,
                            score=round(float(cats[lab]), 4)) for lab in top[:CATEGORY_TOP])
    return out
