"""The spaCy pipeline Presidio runs on, shipped with the project and never downloaded.

The marking recognizers are regular expressions; Presidio needs spaCy only for tokens and
lemmas, which its ``LemmaContextAwareEnhancer`` compares with each recognizer's context words
("ECCN", "export", "USML" ...). A full statistical model (``en_core_web_sm``) costs about ten
times as much per word and adds NER labels we do not use. A blank English pipeline is fast but
leaves every ``lemma_`` empty, so context words are never found and no score is ever boosted.

The shipped pipeline is therefore a blank ``en`` tokenizer plus one tiny component,
``enclave_lower_lemma``, that sets each token's lemma to its lower-cased text. Inflections are
covered by listing them as context words ("classified", "classification"); nothing else here
needs a real lemmatizer.

The component's factory is registered when this module is imported, which must happen before the
pipeline is loaded; :func:`load_nlp` and :func:`load_nlp_engine` do that for you. The pipeline
itself is written by ``models/nlp/build.py`` into ``models/nlp/en_enclave_tokenizer/``.

If the folder is missing we raise instead of handing Presidio a name: Presidio downloads a model
whenever the name is neither an installed package nor an existing path.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from presidio_analyzer.nlp_engine import NlpEngine, SpacyNlpEngine
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.errors import ConfigError

LEMMA_COMPONENT = "enclave_lower_lemma"
PIPELINE_NAME = "en_enclave_tokenizer"
PIPELINE_PATH = Path(__file__).resolve().parent.parent / "models" / "nlp" / PIPELINE_NAME
LANGUAGE = "en"


@Language.component(LEMMA_COMPONENT)
def lower_lemma(doc: Doc) -> Doc:
    """Set every token's lemma to its lower-cased text (what context matching compares)."""
    for token in doc:
        token.lemma = token.lower
    return doc


def pipeline_path(path: Path | None = None) -> Path:
    """The shipped pipeline folder; raise ``ConfigError`` when it is absent."""
    target = path or PIPELINE_PATH
    if not (target / "config.cfg").is_file():
        raise ConfigError(
            f"spaCy pipeline not found at {target}; run `python models/nlp/build.py`"
        )
    return target


def load_nlp(path: Path | None = None) -> Language:
    """Load the shipped spaCy pipeline (tokens + lower-case lemmas)."""
    return spacy.load(pipeline_path(path))


def load_nlp_engine(path: Path | None = None) -> NlpEngine:
    """A loaded Presidio ``NlpEngine`` over the shipped pipeline; nothing is downloaded."""
    engine = SpacyNlpEngine(
        models=[{"lang_code": LANGUAGE, "model_name": str(pipeline_path(path))}]
    )
    engine.load()
    return engine
