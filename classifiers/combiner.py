"""The decision combiner: a calibrated multinomial logistic regression over evidence features.

    features(evidence) ──► z = W·x + b ──► softmax(z / T) ──► P(ITAR), P(EAR), P(UNCONTROLLED)

``W`` and ``b`` are fitted on the training split (with out-of-fold text-classifier scores), the
temperature ``T`` on the dev split so that confidences are calibrated. Plain numpy: the model is a
few hundred numbers in ``models/decider/combiner.json``, readable and diffable.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import numpy as np

from classifiers.features import FEATURE_NAMES, FEATURES_VERSION
from pipeline.errors import ConfigError

CLASSES = ("ITAR", "EAR", "UNCONTROLLED")
COMBINER_PATH = Path(__file__).resolve().parent.parent / "models" / "decider" / "combiner.json"


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


@dataclass
class Combiner:
    weights: np.ndarray                     # (classes, features)
    bias: np.ndarray                        # (classes,)
    temperature: float = 1.0
    # Category ranking and EAR99 parameters, tuned on train + dev (see classifiers.category).
    category: dict[str, float] = field(default_factory=dict)
    version: str = "combiner-0"

    def probabilities(self, x: Sequence[float]) -> np.ndarray:
        z = self.weights @ np.asarray(x, dtype=float) + self.bias
        return softmax(z / self.temperature)

    @staticmethod
    def fit(x: np.ndarray, y: np.ndarray, l2: float = 1e-2, steps: int = 3000,
            lr: float = 0.5) -> "Combiner":
        """Full-batch gradient descent on the L2-regularised cross-entropy (deterministic)."""
        n, f = x.shape
        w, b = np.zeros((len(CLASSES), f)), np.zeros(len(CLASSES))
        onehot = np.eye(len(CLASSES))[y]
        for _ in range(steps):
            p = softmax(x @ w.T + b)
            g = (p - onehot) / n
            w -= lr * (g.T @ x + l2 * w)
            b -= lr * g.sum(axis=0)
        return Combiner(w, b)

    def calibrate(self, x: np.ndarray, y: np.ndarray) -> None:
        """Pick the temperature that minimises negative log-likelihood on held-out data."""
        z = x @ self.weights.T + self.bias
        best = min(np.exp(np.linspace(np.log(0.2), np.log(5.0), 121)),
                   key=lambda t: -np.log(softmax(z / t)[np.arange(len(y)), y] + 1e-12).mean())
        self.temperature = float(best)

    def save(self, path: Path = COMBINER_PATH) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({
            "version": self.version, "features_version": FEATURES_VERSION,
            "classes": list(CLASSES), "features": list(FEATURE_NAMES),
            "weights": np.round(self.weights, 6).tolist(), "bias": np.round(self.bias, 6).tolist(),
            "temperature": round(self.temperature, 6), "category": self.category,
        }, indent=1) + "\n")

    @staticmethod
    def load(path: Path = COMBINER_PATH) -> "Combiner":
        if not path.is_file():
            raise ConfigError(f"decision combiner not found at {path}; build it with "
                              "`python -m models.training.workflow combiner`")
        data = json.loads(path.read_text())
        if data["features_version"] != FEATURES_VERSION or tuple(data["features"]) != FEATURE_NAMES:
            raise ConfigError(f"{path} was fitted on other features; retrain the combiner")
        return Combiner(np.array(data["weights"]), np.array(data["bias"]),
                        data["temperature"], data["category"], data["version"])
