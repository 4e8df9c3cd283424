"""``enclave.yaml``: configuration as data, validated at launch.

A bad file fails the launch with a message that names the field, never a worker halfway
through a sweep. Every field has a default, so no file at all is a valid configuration.

    version: 1
    thresholds:            # below these confidences a person must review the decision
      itar: 0.90
      ear: 0.85
      uncontrolled: 0.50
    limits:                # per top-level item
      max_bytes: 536870912
      timeout_s: 120
      max_depth: 8
      max_members: 10000
      max_text_chars: 10000000
      max_ratio: 100               # archive expanded / stored bytes (decompression bombs)
      max_expanded_bytes: 4294967296
      max_ocr_pages: 50            # pages / frames OCR'd per item; 0 turns OCR off
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from classifiers.decide import Policy
from pipeline.errors import ConfigError
from pipeline.extract import Limits
from pipeline.records import Jurisdiction

_DEFAULT_LIMITS = Limits()
_DEFAULT_POLICY = Policy()


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Thresholds(_Strict):
    itar: float = Field(_DEFAULT_POLICY.review_below[Jurisdiction.ITAR], ge=0, le=1)
    ear: float = Field(_DEFAULT_POLICY.review_below[Jurisdiction.EAR], ge=0, le=1)
    uncontrolled: float = Field(_DEFAULT_POLICY.review_below[Jurisdiction.UNCONTROLLED], ge=0, le=1)


class LimitsConfig(_Strict):
    max_bytes: int = Field(_DEFAULT_LIMITS.max_bytes, gt=0)
    timeout_s: float = Field(_DEFAULT_LIMITS.timeout_s, gt=0)
    max_depth: int = Field(_DEFAULT_LIMITS.max_depth, ge=0)
    max_members: int = Field(_DEFAULT_LIMITS.max_members, ge=0)
    max_text_chars: int = Field(_DEFAULT_LIMITS.max_text_chars, gt=0)
    max_ratio: float = Field(_DEFAULT_LIMITS.max_ratio, gt=0)
    max_expanded_bytes: int = Field(_DEFAULT_LIMITS.max_expanded_bytes, gt=0)
    max_ocr_pages: int = Field(_DEFAULT_LIMITS.max_ocr_pages, ge=0)


class EnclaveConfig(_Strict):
    version: Literal[1] = 1
    thresholds: Thresholds = Thresholds()
    limits: LimitsConfig = LimitsConfig()

    def policy(self) -> Policy:
        t = self.thresholds
        return Policy(review_below={Jurisdiction.ITAR: t.itar, Jurisdiction.EAR: t.ear,
                                    Jurisdiction.UNCONTROLLED: t.uncontrolled})

    def extract_limits(self) -> Limits:
        return Limits(**self.limits.model_dump())


def load_config(path: str | Path | None) -> EnclaveConfig:
    """Read and validate a configuration file; ``None`` gives the defaults."""
    if path is None:
        return EnclaveConfig()
    p = Path(path)
    try:
        raw = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise ConfigError(f"cannot read config {p}: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"config {p} is not valid YAML: {exc}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"config {p} must be a mapping at the top level")
    try:
        return EnclaveConfig.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(x) for x in e['loc'])}: {e['msg']}"
                             for e in exc.errors())
        raise ConfigError(f"config {p} is invalid: {problems}") from None
