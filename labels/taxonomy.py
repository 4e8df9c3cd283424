"""The label taxonomy: which sensitivity label a decision gets, and how labels rank.

The taxonomy is a YAML file (``labels/taxonomy.yaml`` by default; a customer points Enclave at
their own copy whose label ids are their Purview tenant's label GUIDs). Loading validates it
completely and raises :class:`pipeline.errors.ConfigError` naming the file, the label and the
field at fault.

Label names follow Purview's rule for a label's unique name: at most 64 characters. Enclave is
stricter about the characters than Purview is (letters, digits, space and ``- _ . ( )``), so
that a name survives every place it is written: Office custom properties, PDF document
information, XMP, and DLP rule conditions.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from pipeline.errors import ConfigError
from pipeline.records import RESTRICTIVENESS, Jurisdiction

DEFAULT_TAXONOMY = Path(__file__).with_name("taxonomy.yaml")
NIL_GUID = "00000000-0000-0000-0000-000000000000"

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.()-]*$")
_NAME_MAX = 64
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_TAG = re.compile(r"^[a-z][a-z0-9_]*=[A-Za-z0-9_.:-]+$")
_GUID = re.compile(r"^\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}?$")
_LABEL_FIELDS = {"key", "id", "name", "display_name", "jurisdiction", "categories", "rank", "color",
                 "dlp_tags", "marking"}
_REQUIRED = _LABEL_FIELDS - {"categories"}
_TOP_FIELDS = {"version", "site_id", "labels"}


def normalize_guid(value: str) -> str:
    """``value`` as a lower-case GUID without braces; ValueError if it is not a GUID."""
    text = str(value).strip()
    if not _GUID.match(text) or text.startswith("{") != text.endswith("}"):
        raise ValueError(f"not a GUID: {value!r}")
    return str(uuid.UUID(text.strip("{}")))


@dataclass(frozen=True)
class Label:
    """One sensitivity label of the taxonomy."""

    key: str                       # short stable handle: itar, ear, ear99, ...
    id: str                        # lower-case GUID without braces
    name: str                      # unique name in the tenant (MSIP ..._Name)
    display_name: str
    jurisdiction: Jurisdiction
    categories: tuple[str, ...]    # exact categories this label is for; () = jurisdiction default
    rank: int                      # higher is more restrictive
    color: str                     # #RRGGBB
    dlp_tags: tuple[str, ...]      # key=value
    marking: str                   # content-marking (header) text
    taxonomy_version: str

    def tag_dict(self) -> dict[str, str]:
        return dict(tag.split("=", 1) for tag in self.dlp_tags)


@dataclass(frozen=True)
class ExistingLabel:
    """A sensitivity label found on a file, written by any tool.

    ``sources`` says where it was found: ``msip`` (Office custom properties), ``labelinfo``
    (``docMetadata/LabelInfo.xml``), ``pdf:info`` (PDF document information), ``xmp``.
    """

    id: str
    name: str | None = None
    enabled: bool = True
    removed: bool = False
    method: str | None = None
    site_id: str | None = None
    set_date: str | None = None
    action_id: str | None = None
    content_bits: int | None = None
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Taxonomy:
    version: str
    site_id: str
    labels: tuple[Label, ...]
    source: str = ""

    def by_id(self, guid: str) -> Label | None:
        """The label with this GUID (any case, braces or not), or None."""
        try:
            wanted = normalize_guid(guid)
        except ValueError:
            return None
        return next((label for label in self.labels if label.id == wanted), None)

    def by_key(self, key: str) -> Label:
        for label in self.labels:
            if label.key == key:
                return label
        raise KeyError(key)

    def for_decision(self, jurisdiction: Jurisdiction | str, category: str | None) -> Label:
        """The label for a decision: a label listing the category exactly, else the
        jurisdiction's default label. An EAR decision without an ECCN gets the EAR label."""
        try:
            juris = Jurisdiction(jurisdiction)
        except ValueError:
            raise ConfigError(f"unknown jurisdiction {jurisdiction!r}") from None
        wanted = (category or "").strip().upper()
        candidates = [label for label in self.labels if label.jurisdiction is juris]
        for label in candidates:
            if wanted and wanted in (c.upper() for c in label.categories):
                return label
        for label in candidates:
            if not label.categories:
                return label
        raise ConfigError(f"taxonomy {self.source}: no label for jurisdiction {juris.value}")

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(label.id for label in self.labels)


def needs_review_to_replace(existing: Label | None, new: Label) -> bool:
    """True when writing ``new`` over ``existing`` lowers the label (a person must agree)."""
    return existing is not None and existing.rank > new.rank


def _fail(source: str, where: str, message: str) -> ConfigError:
    return ConfigError(f"taxonomy {source}: {where}: {message}")


def _string(raw: dict[str, Any], field: str, source: str, where: str) -> str:
    value = raw.get(field)
    if not isinstance(value, str) or not value.strip():
        raise _fail(source, where, f"`{field}` must be a non-empty string")
    return value.strip()


def _strings(value: Any, field: str, source: str, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(source, where, f"`{field}` must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _label(raw: Any, index: int, version: str, source: str) -> Label:
    where = f"labels[{index}]"
    if not isinstance(raw, dict):
        raise _fail(source, where, "must be a mapping")
    if isinstance(raw.get("key"), str):
        where = f"label {raw['key']!r}"
    unknown = sorted(set(raw) - _LABEL_FIELDS)
    if unknown:
        raise _fail(source, where, f"unknown field(s) {', '.join(unknown)}")
    missing = sorted(_REQUIRED - set(raw))
    if missing:
        raise _fail(source, where, f"missing field(s) {', '.join(missing)}")
    key = _string(raw, "key", source, where)
    try:
        guid = normalize_guid(str(raw["id"]))
    except ValueError:
        raise _fail(source, where, f"`id` {raw['id']!r} is not a GUID") from None
    name = _string(raw, "name", source, where)
    if len(name) > _NAME_MAX or not _NAME.match(name):
        raise _fail(source, where, f"`name` {name!r} must be at most {_NAME_MAX} characters of "
                                   "letters, digits, spaces and - _ . ( )")
    try:
        juris = Jurisdiction(str(raw["jurisdiction"]).strip().upper())
    except ValueError:
        raise _fail(source, where, f"`jurisdiction` {raw['jurisdiction']!r} is not one of "
                                   + ", ".join(j.value for j in Jurisdiction)) from None
    rank = raw["rank"]
    if not isinstance(rank, int) or isinstance(rank, bool):
        raise _fail(source, where, "`rank` must be an integer")
    color = str(raw["color"]).strip()
    if not _COLOR.match(color):
        raise _fail(source, where, f"`color` {color!r} is not #RRGGBB")
    tags = _strings(raw["dlp_tags"], "dlp_tags", source, where)
    bad = [t for t in tags if not _TAG.match(t)]
    if bad:
        raise _fail(source, where, f"`dlp_tags` entries must be key=value: {bad[0]!r}")
    return Label(key=key, id=guid, name=name,
                 display_name=_string(raw, "display_name", source, where),
                 jurisdiction=juris,
                 categories=_strings(raw.get("categories"), "categories", source, where),
                 rank=rank, color=color.upper(), dlp_tags=tags,
                 marking=_string(raw, "marking", source, where), taxonomy_version=version)


def _unique(labels: Iterable[Label], attr: str, source: str, fold: bool = False) -> None:
    seen: dict[str, str] = {}
    for label in labels:
        value = getattr(label, attr)
        value = value.casefold() if fold else value
        if value in seen:
            raise _fail(source, f"label {label.key!r}",
                        f"`{attr}` {getattr(label, attr)!r} is already used by label {seen[value]!r}")
        seen[value] = label.key


def _check_order(labels: tuple[Label, ...], source: str) -> None:
    for juris in Jurisdiction:
        defaults = [l for l in labels if l.jurisdiction is juris and not l.categories]
        if len(defaults) != 1:
            raise _fail(source, "labels", f"jurisdiction {juris.value} needs exactly one label "
                                          f"without `categories`, found {len(defaults)}")
    for a in labels:
        for b in labels:
            if RESTRICTIVENESS[a.jurisdiction] > RESTRICTIVENESS[b.jurisdiction] and a.rank <= b.rank:
                raise _fail(source, f"label {a.key!r}",
                            f"`rank` {a.rank} must be above label {b.key!r} ({b.rank}): "
                            f"{a.jurisdiction.value} is more restrictive than {b.jurisdiction.value}")


def parse_taxonomy(data: Any, source: str = "<memory>") -> Taxonomy:
    """Validate an already-parsed taxonomy document."""
    if not isinstance(data, dict):
        raise _fail(source, "top level", "must be a mapping with version, site_id and labels")
    unknown = sorted(set(data) - _TOP_FIELDS)
    if unknown:
        raise _fail(source, "top level", f"unknown field(s) {', '.join(unknown)}")
    version = data.get("version")
    if not isinstance(version, (str, int, float)) or not str(version).strip():
        raise _fail(source, "top level", "`version` must be a non-empty string")
    version = str(version).strip()
    try:
        site_id = normalize_guid(str(data.get("site_id", NIL_GUID)))
    except ValueError:
        raise _fail(source, "top level", f"`site_id` {data.get('site_id')!r} is not a GUID") from None
    raw_labels = data.get("labels")
    if not isinstance(raw_labels, list) or not raw_labels:
        raise _fail(source, "top level", "`labels` must be a non-empty list")
    labels = tuple(_label(raw, i, version, source) for i, raw in enumerate(raw_labels))
    _unique(labels, "key", source)
    _unique(labels, "id", source)
    _unique(labels, "name", source, fold=True)
    _unique(labels, "rank", source)
    _check_order(labels, source)
    return Taxonomy(version=version, site_id=site_id, labels=labels, source=source)


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """Load and validate a taxonomy file (Enclave's own when ``path`` is None)."""
    file = Path(path) if path is not None else DEFAULT_TAXONOMY
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"taxonomy {file}: cannot read: {exc.strerror or exc}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"taxonomy {file}: not valid YAML: {exc}") from None
    return parse_taxonomy(data, str(file))
