"""Static sentence vectors: a per-token table distilled from MiniLM, no network at run time.

The table (``models/semantic/static_minilm.npy``, built by ``python -m models.training.workflow
static``) holds one row per WordPiece token of the MiniLM vocabulary: the model's mean-pooled
output for ``[CLS] token [SEP]``, centred and reduced by PCA, and scaled by the token's weight
(an inverse-frequency weight, see ``models/training/static.py``). A text's vector is the sum of
its tokens' rows, scaled to unit length: the weighted mean of its token vectors, since the
normalisation removes the denominator. Embedding is a tokenizer call and a gather, so a whole
document costs about as much as reading it.

``static_minilm.json`` next to the table records its source (package, ONNX sha256), the
tokenizer's sha256, the build settings and the table's own sha256, which ``StaticEncoder``
checks at load so that a table and a tokenizer from different builds are never mixed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from classifiers.detectors.semantic.encoder import TOKENIZER_PATH, sha256_of
from pipeline.errors import ConfigError

STATIC_DIR = Path(__file__).resolve().parents[3] / "models" / "semantic"
TABLE_FILE = "static_minilm.npy"
META_FILE = "static_minilm.json"

__all__ = ["STATIC_DIR", "TABLE_FILE", "META_FILE", "StaticEncoder"]


class StaticEncoder:
    """Text -> unit-length vectors from the distilled token table. Thread-compatible."""

    def __init__(self, folder: Path | None = None, tokenizer_path: Path | None = None,
                 table: np.ndarray | None = None) -> None:
        from tokenizers import Tokenizer

        folder = folder or STATIC_DIR
        target = tokenizer_path or TOKENIZER_PATH
        if not target.is_file():
            raise ConfigError(f"MiniLM tokenizer missing at {target}; run `make setup`")
        if table is None:
            table_path, meta_path = folder / TABLE_FILE, folder / META_FILE
            if not table_path.is_file() or not meta_path.is_file():
                raise ConfigError(f"static embedding table missing in {folder}; "
                                  "run `python -m models.training.workflow static`")
            self.meta = json.loads(meta_path.read_text(encoding="utf-8"))
            if self.meta["table_sha256"] != sha256_of(table_path):
                raise ConfigError(f"{table_path} does not match its sha256 in {META_FILE}; rebuild it")
            if self.meta["tokenizer_sha256"] != sha256_of(target):
                raise ConfigError("static table was built with a different tokenizer; rebuild it")
            table = np.load(table_path, allow_pickle=False)
        else:
            self.meta = {"table_sha256": "in-memory"}
        self.table = np.ascontiguousarray(table, dtype=np.float32)
        self.dimensions = int(self.table.shape[1])
        self.tokenizer = Tokenizer.from_file(str(target))
        self.tokenizer.no_truncation()
        self.tokenizer.no_padding()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """``(len(texts), dimensions)`` float32, each row of length one (zeros for an empty text)."""
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch(list(texts), add_special_tokens=False)
        lengths = np.fromiter((len(e.ids) for e in encodings), dtype=np.int64, count=len(encodings))
        if not lengths.sum():
            return out
        ids = np.fromiter((i for e in encodings for i in e.ids), dtype=np.int64, count=int(lengths.sum()))
        nonempty = lengths > 0
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))[nonempty]
        out[nonempty] = np.add.reduceat(self.table[ids], starts, axis=0)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-9)
