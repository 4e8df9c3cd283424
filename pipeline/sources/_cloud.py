"""What the bucket-style backends (GCS, Azure Blob, S3) share."""

from __future__ import annotations

import re
from typing import Any

from pipeline.errors import ConfigError


def split_bucket_uri(uri: str, scheme: str) -> tuple[str, str]:
    """``scheme://bucket/a/b`` -> (``bucket``, ``a/b``)."""
    if not uri.startswith(scheme):
        raise ConfigError(f"{uri!r} is not a {scheme} uri")
    bucket, _, key = uri[len(scheme):].partition("/")
    if not bucket:
        raise ConfigError(f"{uri!r} names no bucket")
    return bucket, key


def tag_safe(key: str, value: str, alphabet: re.Pattern[str]) -> bool:
    """Whether a label can also be a tag in a service whose tags use ``alphabet``. Empty values
    stay in metadata only: some services refuse an empty tag value."""
    return 0 < len(key) <= 128 and 0 < len(value) <= 256 and bool(alphabet.match(key + value))


class Reconnecting:
    """SDK clients do not pickle: a copy (e.g. on a Beam worker) reconnects from the spec."""

    spec: str
    page_size: int

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.spec,), {"page_size": self.page_size})

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.page_size = state["page_size"]
