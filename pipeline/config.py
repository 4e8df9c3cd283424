"""``enclave.yaml``: configuration as data, validated at launch.

A bad file fails the launch with a message that names the field, never a worker halfway
through a sweep. Every field has a default, so no file at all is a valid configuration.

    version: 1
    policy:                # when a person must look (see the README, "Review required")
      profile: default     # default | compliance: the documented starting points
      thresholds:          # below these confidences a decision goes to review
        itar: 0.90
        ear: 0.85
        uncontrolled: 0.60
      min_margin: 0.0      # review when the top two jurisdictions are closer than this
      review_on_disagreement: false   # review when the text classifier alone says otherwise
      subject_terms: 0.30  # review UNCONTROLLED when USML / CCL terms score this high (0: off)
      no_text: inventory   # items without text (photos, fonts, ...): inventory | review
    limits:                # per top-level item
      max_bytes: 536870912
      timeout_s: 120
      max_depth: 8
      max_members: 10000
      max_text_chars: 10000000
      max_ratio: 100               # archive expanded / stored bytes (decompression bombs)
      max_expanded_bytes: 4294967296
      max_ocr_pages: 50            # pages / frames OCR'd per item; 0 turns OCR off
    mode: report           # report (change nothing) | label | enforce (label and quarantine)
    state_dir: /var/lib/enclave    # journal and audit log (default: the user's state folder)
    contact: export.control@example.com   # named on tombstones
    labels:
      taxonomy: labels/taxonomy.yaml      # or your own file mapping to your tenant's label ids
      site_id: 00000000-0000-0000-0000-000000000000   # your Microsoft Entra tenant id
    review:                # the review queue (default: review.db, SQLite, in the state folder)
      url: postgresql://enclave@db.internal/enclave   # or ENCLAVE_REVIEW_URL
    sources:               # what `enclave sweep` reads when no SOURCE is given on the command line
      - uri: /srv/enclave/eng
        inside: true
      - uri: gs://partner-share/
        inside: false
        quarantine: gs://enclave-quarantine/partner-share/

With no file at all every source counts as inside the enclave and the mode is ``report``.
When the file lists sources, a source given on the command line must be one of them, so an
outside share is never mistaken for an inside one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
import os
import re

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from classifiers.decide import PROFILES, Policy
from pipeline.errors import ConfigError
from pipeline.extract import Limits
from pipeline.records import Jurisdiction

_DEFAULT_LIMITS = Limits()


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Thresholds(_Strict):
    """Overrides of the profile's thresholds; a field left out keeps the profile's value."""

    itar: float | None = Field(None, ge=0, le=1)
    ear: float | None = Field(None, ge=0, le=1)
    uncontrolled: float | None = Field(None, ge=0, le=1)


class PolicyConfig(_Strict):
    profile: Literal["default", "compliance"] = "default"
    thresholds: Thresholds = Thresholds()
    min_margin: float | None = Field(None, ge=0, le=1)
    review_on_disagreement: bool | None = None
    subject_terms: float | None = Field(None, ge=0, le=1)
    no_text: Literal["inventory", "review"] | None = None

    def build(self, legacy: Thresholds) -> Policy:
        base = PROFILES[self.profile]
        below = dict(base["review_below"])
        for source in (legacy, self.thresholds):      # `policy.thresholds` wins
            for j in (Jurisdiction.ITAR, Jurisdiction.EAR, Jurisdiction.UNCONTROLLED):
                value = getattr(source, j.value.lower())
                if value is not None:
                    below[j] = value
        pick = lambda name: base[name] if getattr(self, name) is None else getattr(self, name)  # noqa: E731
        return Policy(review_below=below, min_margin=pick("min_margin"),
                      review_on_disagreement=pick("review_on_disagreement"),
                      subject_terms=pick("subject_terms"), no_text=pick("no_text"))


class LimitsConfig(_Strict):
    max_bytes: int = Field(_DEFAULT_LIMITS.max_bytes, gt=0)
    timeout_s: float = Field(_DEFAULT_LIMITS.timeout_s, gt=0)
    max_depth: int = Field(_DEFAULT_LIMITS.max_depth, ge=0)
    max_members: int = Field(_DEFAULT_LIMITS.max_members, ge=0)
    max_text_chars: int = Field(_DEFAULT_LIMITS.max_text_chars, gt=0)
    max_ratio: float = Field(_DEFAULT_LIMITS.max_ratio, gt=0)
    max_expanded_bytes: int = Field(_DEFAULT_LIMITS.max_expanded_bytes, gt=0)
    max_ocr_pages: int = Field(_DEFAULT_LIMITS.max_ocr_pages, ge=0)


Mode = Literal["report", "label", "enforce"]
_GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def normalise_source(uri: str) -> str:
    """One spelling per source: local paths absolute as file:// URIs, no trailing slash."""
    from pathlib import Path as _P

    if "://" not in uri:
        uri = _P(uri).expanduser().absolute().as_uri()
    return uri.rstrip("/")


class SourceConfig(_Strict):
    uri: str
    inside: bool = True
    quarantine: str | None = None


class LabelsConfig(_Strict):
    taxonomy: str | None = None
    site_id: str = "00000000-0000-0000-0000-000000000000"

    @field_validator("site_id")
    @classmethod
    def _guid(cls, v: str) -> str:
        if not _GUID.match(v):
            raise ValueError("must be a GUID like 72f988bf-86f1-41af-91ab-2d7cd011db47")
        return v


class ReviewConfig(_Strict):
    url: str | None = None

    @field_validator("url")
    @classmethod
    def _url(cls, v: str | None) -> str | None:
        if v is not None and not v.startswith(("postgresql://", "postgres://", "sqlite://")):
            raise ValueError("must be a postgresql:// (or sqlite:///path) URL")
        return v


class EnclaveConfig(_Strict):
    version: Literal[1] = 1
    policy_config: PolicyConfig = Field(PolicyConfig(), alias="policy")
    thresholds: Thresholds = Thresholds()      # the older spelling of policy.thresholds
    limits: LimitsConfig = LimitsConfig()
    mode: Mode = "report"
    state_dir: str | None = None
    contact: str = "your export-control office"
    labels: LabelsConfig = LabelsConfig()
    review: ReviewConfig = ReviewConfig()
    sources: list[SourceConfig] = []

    @model_validator(mode="after")
    def _quarantine_places(self) -> "EnclaveConfig":
        seen: set[str] = set()
        for i, s in enumerate(self.sources):
            key = normalise_source(s.uri)
            if key in seen:
                raise ValueError(f"sources[{i}]: {s.uri} is listed twice")
            seen.add(key)
            if s.quarantine and normalise_source(s.quarantine).startswith(key + "/"):
                raise ValueError(f"sources[{i}]: the quarantine location must not lie inside "
                                 "the source it protects")
            if self.mode == "enforce" and not s.inside and not s.quarantine:
                raise ValueError(f"sources[{i}]: {s.uri} is outside the enclave; enforce mode "
                                 "needs a quarantine location for it")
        return self

    def source_policy(self, uri: str) -> SourceConfig:
        """How to treat a source: listed ones as configured, all as inside when none are."""
        if not self.sources:
            return SourceConfig(uri=uri, inside=True)
        key = normalise_source(uri)
        for s in self.sources:
            if normalise_source(s.uri) == key:
                return s
        raise ConfigError(f"source {uri} is not listed under `sources` in the configuration; "
                          "add it with `inside: true` or `inside: false`")

    def state_path(self, override: str | None = None) -> Path:
        if override or self.state_dir:
            return Path(override or self.state_dir).expanduser()
        base = os.environ.get("XDG_STATE_HOME") or os.path.expanduser("~/.local/state")
        return Path(base) / "enclave"

    def policy(self) -> Policy:
        return self.policy_config.build(self.thresholds)

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
