"""Google Cloud Storage: ``gs://bucket/prefix``.

Identity is ``gs://bucket/key``; version is the object's *generation*, which changes whenever
the content is rewritten (a metadata change bumps only the metageneration). Reads are pinned to
the listed generation; every write carries a generation precondition (``if_generation_match``,
``0`` for "must not exist"), and label writes also carry the metageneration they read, so a
concurrent change is never overwritten. Each conditional write first reads the object and
compares its generation (the read is needed anyway to merge labels with the metadata already
there); the precondition then closes the gap between read and write on the server, and the read
keeps the guarantee on servers that ignore preconditions (some emulators do).

Labels are custom object metadata (GCS has no object tags).

The client comes from the SDK's own configuration: Application Default Credentials, or
``STORAGE_EMULATOR_HOST`` (anonymous) for an emulator.
"""

from __future__ import annotations

import mimetypes
from typing import IO, Any, Iterator, Mapping

from pipeline.errors import ConfigError, SourceError
from pipeline.records import ItemRef
from pipeline.sources import VersionConflict
from pipeline.sources._cloud import Reconnecting, split_bucket_uri
from pipeline.sources._retry import gcs_retry, gcs_timeout

SCHEME = "gs://"


def split_uri(uri: str) -> tuple[str, str]:
    """``gs://bucket/a/b`` -> (``bucket``, ``a/b``)."""
    return split_bucket_uri(uri, SCHEME)


def is_folder(name: str) -> bool:
    """A zero-byte "folder" placeholder written by consoles and sync tools, not an item."""
    return name.endswith("/")


class GCSSource(Reconnecting):
    """Every object under a bucket prefix (or the one object the uri names)."""

    def __init__(self, spec: str, *, page_size: int = 1000) -> None:
        from google.api_core import exceptions as gexc
        from google.auth.exceptions import DefaultCredentialsError
        from google.cloud import storage

        self.spec = spec
        self.page_size = page_size
        self.bucket_name, prefix = split_uri(spec)
        self.prefix = prefix.rstrip("/")
        try:
            self._client = storage.Client()
        except DefaultCredentialsError:
            raise ConfigError(f"source {spec!r}: no Google Cloud credentials (set up Application "
                              f"Default Credentials, or STORAGE_EMULATOR_HOST for an emulator)"
                              ) from None
        self._bucket = self._client.bucket(self.bucket_name)
        try:
            self._bucket.reload(retry=gcs_retry(), timeout=gcs_timeout())
        except gexc.NotFound:
            raise ConfigError(f"source {spec!r}: bucket {self.bucket_name} does not exist") from None
        except gexc.Forbidden:
            raise ConfigError(f"source {spec!r}: no access to bucket {self.bucket_name}") from None
        except gexc.GoogleAPICallError as exc:
            raise SourceError(f"source {spec!r}: cannot read bucket {self.bucket_name} "
                              f"(HTTP {exc.code})") from None
        self._posture = self._read_posture()
        self._acl_readable = True

    # -- reading ---------------------------------------------------------------------------

    def list(self) -> Iterator[ItemRef]:
        if self.prefix:
            single = self._get(self.prefix)
            if single is not None and not is_folder(single.name):
                yield self._ref(single)
        prefix = f"{self.prefix}/" if self.prefix else ""
        yield from self._list(prefix)

    def _list(self, prefix: str) -> Iterator[ItemRef]:
        from google.api_core import exceptions as gexc

        # The full projection carries each object's ACL; where that is refused (no
        # storage.objects.getIamPolicy), list again without ACLs before anything was yielded.
        projection = "full" if self._acl_readable else "noAcl"
        blobs = self._client.list_blobs(self._bucket, prefix=prefix, page_size=self.page_size,
                                        projection=projection, retry=gcs_retry(),
                                        timeout=gcs_timeout())
        try:
            for page in blobs.pages:
                for blob in page:
                    if not is_folder(blob.name):
                        yield self._ref(blob)
        except gexc.Forbidden:
            if projection == "full" and blobs.num_results == 0:
                self._acl_readable = False
                yield from self._list(prefix)
                return
            raise SourceError(f"source {self.spec!r}: listing refused") from None
        except gexc.GoogleAPICallError as exc:
            raise SourceError(f"source {self.spec!r}: listing failed (HTTP {exc.code})") from None

    def open(self, ref: ItemRef) -> IO[bytes]:
        bucket_name, key = split_uri(ref.uri)
        blob = self._bucket_named(bucket_name).blob(key, generation=int(ref.version))
        # The reader fetches lazily in chunks, each pinned to this generation: a generation
        # that is gone (overwritten without versioning) fails on the first read with NotFound.
        return blob.open("rb", retry=gcs_retry())  # type: ignore[no-any-return]

    def stat(self, ref: ItemRef) -> ItemRef | None:
        bucket_name, key = split_uri(ref.uri)
        blob = self._get(key, self._bucket_named(bucket_name))
        return self._ref(blob) if blob is not None else None

    def posture(self) -> Mapping[str, str]:
        return dict(self._posture)

    def uri_for(self, key: str) -> str:
        root = f"{self.prefix}/" if self.prefix else ""
        return f"{SCHEME}{self.bucket_name}/{root}{key.lstrip('/')}"

    def get_labels(self, ref: ItemRef) -> dict[str, str]:
        blob = self._current(ref)
        return dict(blob.metadata or {})

    # -- writing ---------------------------------------------------------------------------

    def put(self, uri: str, data: IO[bytes], *, metadata: Mapping[str, str] | None = None,
            if_absent: bool = True) -> ItemRef:
        from google.api_core import exceptions as gexc

        bucket_name, key = split_uri(uri)
        bucket = self._bucket_named(bucket_name)
        blob = bucket.blob(key)
        if metadata:
            blob.metadata = dict(metadata)
        if if_absent and self._get(key, bucket) is not None:
            # The precondition below decides on GCS itself; this read makes the refusal
            # explicit (and holds on emulators that ignore preconditions).
            raise VersionConflict(f"{uri}: already exists")
        content_type = mimetypes.guess_type(key)[0] or "application/octet-stream"
        try:
            blob.upload_from_file(data, content_type=content_type,
                                  if_generation_match=0 if if_absent else None,
                                  retry=gcs_retry(), timeout=gcs_timeout())
        except gexc.PreconditionFailed:
            raise VersionConflict(f"{uri}: already exists") from None
        except gexc.GoogleAPICallError as exc:
            raise SourceError(f"{uri}: write failed (HTTP {exc.code})") from None
        return self._ref(blob)

    def delete(self, ref: ItemRef) -> None:
        from google.api_core import exceptions as gexc

        blob = self._current(ref)
        try:
            blob.delete(if_generation_match=int(ref.version), retry=gcs_retry(),
                        timeout=gcs_timeout())
        except (gexc.PreconditionFailed, gexc.NotFound):
            raise VersionConflict(f"{ref.uri}: changed since generation {ref.version}") from None
        except gexc.GoogleAPICallError as exc:
            raise SourceError(f"{ref.uri}: delete failed (HTTP {exc.code})") from None

    def set_labels(self, ref: ItemRef, labels: Mapping[str, str]) -> ItemRef:
        from google.api_core import exceptions as gexc

        blob = self._current(ref)
        existing = dict(blob.metadata or {})
        if all(existing.get(k) == v for k, v in labels.items()):
            return ref
        # Send every key: the JSON API merges metadata on patch, but some servers replace it.
        blob.metadata = {**existing, **labels}
        try:
            blob.patch(if_generation_match=blob.generation,
                       if_metageneration_match=blob.metageneration,
                       retry=gcs_retry(), timeout=gcs_timeout())
        except (gexc.PreconditionFailed, gexc.NotFound):
            raise VersionConflict(f"{ref.uri}: changed while its labels were written") from None
        except gexc.GoogleAPICallError as exc:
            raise SourceError(f"{ref.uri}: label write failed (HTTP {exc.code})") from None
        return self._ref(blob)

    # -- helpers ---------------------------------------------------------------------------

    def _bucket_named(self, name: str) -> Any:
        return self._bucket if name == self.bucket_name else self._client.bucket(name)

    def _get(self, key: str, bucket: Any = None) -> Any:
        from google.api_core import exceptions as gexc

        blob = (bucket or self._bucket).blob(key)
        try:
            blob.reload(projection="full" if self._acl_readable else "noAcl",
                        retry=gcs_retry(), timeout=gcs_timeout())
        except gexc.NotFound:
            return None
        except gexc.Forbidden:
            if not self._acl_readable:
                raise SourceError(f"{SCHEME}{blob.bucket.name}/{key}: access refused") from None
            self._acl_readable = False
            return self._get(key, bucket)
        except gexc.GoogleAPICallError as exc:
            raise SourceError(f"{SCHEME}{blob.bucket.name}/{key}: cannot read (HTTP {exc.code})"
                              ) from None
        return blob

    def _current(self, ref: ItemRef) -> Any:
        """The object as it is now, provided it is still at ``ref.version``."""
        bucket_name, key = split_uri(ref.uri)
        blob = self._get(key, self._bucket_named(bucket_name))
        if blob is None:
            raise VersionConflict(f"{ref.uri}: no longer exists")
        if str(blob.generation) != ref.version:
            raise VersionConflict(f"{ref.uri}: changed since generation {ref.version}")
        return blob

    def _read_posture(self) -> dict[str, str]:
        props = self._bucket._properties
        iam = props.get("iamConfiguration") or {}
        out = {
            "location": props.get("location"),
            "location_type": props.get("locationType"),
            "kms_key": (props.get("encryption") or {}).get("defaultKmsKeyName"),
            "public_access_prevention": iam.get("publicAccessPrevention"),
            "uniform_access": _flag((iam.get("uniformBucketLevelAccess") or {}).get("enabled")),
            "versioning": _flag((props.get("versioning") or {}).get("enabled")),
        }
        return {k: str(v) for k, v in out.items() if v is not None}

    def _ref(self, blob: Any) -> ItemRef:
        # Bucket posture is known for this source's bucket only.
        facts = dict(self._posture) if blob.bucket.name == self.bucket_name else {}
        props = blob._properties
        for fact, field in (("content_type", "contentType"), ("md5", "md5Hash"),
                            ("crc32c", "crc32c"), ("storage_class", "storageClass"),
                            ("metageneration", "metageneration"),
                            ("object_kms_key", "kmsKeyName")):
            if props.get(field):
                facts[fact] = str(props[field])
        acl = sorted(f"{e['entity']}:{e['role']}" for e in props.get("acl") or []
                     if e.get("entity") and e.get("role"))
        if acl:
            facts["acl"] = ",".join(acl)
        return ItemRef(uri=f"{SCHEME}{blob.bucket.name}/{blob.name}", path=None,
                       size=int(blob.size or 0), version=str(blob.generation), source=self.spec,
                       facts=tuple(sorted(facts.items())))


def _flag(value: object) -> str | None:
    return None if value is None else str(bool(value)).lower()
