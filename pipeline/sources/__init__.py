"""Where items come from: one module per backend behind the ``Source`` seam.

    /srv/share, file:///srv/share     pipeline.sources.local   (owner, group, mode)
    gs://bucket/prefix                pipeline.sources.gcs     (generation, location, KMS, ACLs)
    az://account/container/prefix     pipeline.sources.azure   (etag, metadata, index tags)
    s3://bucket/prefix                pipeline.sources.s3      (etag / version id, region, encryption)
    git+file:///repo[?history=all]    pipeline.sources.git     (HEAD, or every blob in history)
    graph://drives/{drive-id}/root    pipeline.sources.graph   (SharePoint / OneDrive drive items)

A source lists ``ItemRef`` records (stable uri, version, size, facts about where it lives),
opens an item's bytes, and performs the few writes that labelling and quarantine need. Every
write that changes an existing item is *conditional* on the version the sweep saw (generation,
etag, mtime+size), so an item changed by someone else in the meantime is never overwritten:
such a write raises ``VersionConflict``.

Endpoints and credentials come from each SDK's own environment variables and configuration
(``STORAGE_EMULATOR_HOST``, ``AZURE_STORAGE_CONNECTION_STRING``, ``AWS_ENDPOINT_URL`` ...),
never from Enclave's code or configuration.
"""

from __future__ import annotations

from typing import IO, Iterator, Mapping, Protocol

from pipeline.errors import ConfigError, EnclaveError
from pipeline.records import ItemRef


class VersionConflict(EnclaveError):
    """The item changed (or vanished) since it was listed; the write was not made."""


class Source(Protocol):
    """A place to sweep, and to write labels, quarantined copies and tombstones to."""

    spec: str            # what the user gave, e.g. gs://eng-share/drawings

    def list(self) -> Iterator[ItemRef]:
        """Every item under the source, streamed and paged (never materialised as one list)."""
        ...

    def open(self, ref: ItemRef) -> IO[bytes]:
        """A binary stream of the item's content at ``ref.version`` where the backend can pin
        versions (GCS generation, S3 version id, git blob), else its current content."""
        ...

    def stat(self, ref: ItemRef) -> ItemRef | None:
        """The item as it is now (fresh version and facts), or None if it no longer exists."""
        ...

    def posture(self) -> Mapping[str, str]:
        """What the source can tell about where its data lives: region / location, default
        encryption or KMS key, public-access settings, sharing. Empty where nothing is known."""
        ...

    def uri_for(self, key: str) -> str:
        """The uri of the item ``key`` (a relative path) under this source's root."""
        ...

    # Optional: ``place_uri(ref) -> str``, the uri under which something new can be written
    # in the item's place (tombstone, restored copy). Sources whose item uris are paths need
    # not define it (``place_uri`` below falls back to ``ref.uri``); Graph's item ids are not.

    def put(self, uri: str, data: IO[bytes], *, metadata: Mapping[str, str] | None = None,
            if_absent: bool = True) -> ItemRef:
        """Write a new item (a quarantined copy, a restored original, a tombstone). With
        ``if_absent`` the write fails with VersionConflict if something is already there."""
        ...

    def delete(self, ref: ItemRef) -> None:
        """Delete the item, only if it is still at ``ref.version`` (else VersionConflict)."""
        ...

    def get_labels(self, ref: ItemRef) -> dict[str, str]:
        """Label metadata/tags already on the item (ours or another tool's)."""
        ...

    def set_labels(self, ref: ItemRef, labels: Mapping[str, str]) -> ItemRef:
        """Write label metadata (and tags where the backend has them) on the item, only if it
        is still at ``ref.version``; returns the item's new ref. Idempotent."""
        ...


def ref_at(source: Source, uri: str) -> ItemRef | None:
    """The item at ``uri`` in ``source`` as it is now, or None."""
    return source.stat(ItemRef.at(uri, source=source.spec))


def place_uri(source: Source, ref: ItemRef) -> str:
    own = getattr(source, "place_uri", None)
    return own(ref) if own is not None else ref.uri


SCHEMES = {
    "file": "pipeline.sources.local:LocalSource",
    "gs": "pipeline.sources.gcs:GCSSource",
    "az": "pipeline.sources.azure:AzureBlobSource",
    "s3": "pipeline.sources.s3:S3Source",
    "git+file": "pipeline.sources.git:GitSource",
    "graph": "pipeline.sources.graph:GraphSource",
}


def scheme_of(spec: str) -> str:
    return spec.split("://", 1)[0] if "://" in spec else "file"


def open_source(spec: str) -> Source:
    """Turn what the user typed (``/srv/share``, ``gs://bucket/prefix`` ...) into a Source.

    Raises ConfigError for a scheme Enclave cannot read or a path that does not exist,
    so a bad command line fails at launch, not inside a worker.
    """
    import importlib

    scheme = scheme_of(spec)
    target = SCHEMES.get(scheme)
    if target is None:
        raise ConfigError(f"source {spec!r}: unknown scheme {scheme}:// (supported: "
                          + ", ".join(f"{s}://" for s in SCHEMES) + ", or a local path)")
    module_name, cls_name = target.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        raise ConfigError(f"source {spec!r}: the {scheme}:// backend is not available "
                          f"({exc.name} is missing)") from None
    return getattr(module, cls_name)(spec)
