"""Azure Blob Storage: ``az://account/container/prefix``.

Identity is ``az://account/container/blob``; version is the blob's ETag, which changes with any
write to its content or metadata (not with its index tags). Reads and writes of an existing blob
carry ``If-Match: <etag>`` (``MatchConditions.IfNotModified``), new blobs are written with
``If-None-Match: *`` (``overwrite=False``), so a concurrent change is never overwritten.

Labels are written as blob metadata (names must be C# identifiers) and, where the tag alphabet
allows, as blob index tags too (up to Azure's ten per blob, other tools' tags kept), so that
policies and ``find_blobs_by_tags`` can select labelled blobs.

The client comes from ``AZURE_STORAGE_CONNECTION_STRING`` (whose account must be the one the
uri names), or else from azure-identity's DefaultAzureCredential when that package is installed.
"""

from __future__ import annotations

import base64
import io
import mimetypes
import os
import re
from typing import IO, Any, Iterator, Mapping

from pipeline.errors import ConfigError, LabelError, SourceError
from pipeline.records import ItemRef
from pipeline.sources import VersionConflict
from pipeline.sources._cloud import Reconnecting, tag_safe
from pipeline.sources._retry import azure_client_kwargs

SCHEME = "az://"
MAX_TAGS = 10
# Metadata names must be C# identifiers (they travel as x-ms-meta-<name> headers).
METADATA_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# Index tags allow a narrower alphabet than metadata: labels outside it are written to the
# blob metadata only (a category such as "XI(c)" cannot be a tag value).
TAG_TEXT = re.compile(r"^[A-Za-z0-9 +\-=._:/]*$")
CONNECTION_STRING = "AZURE_STORAGE_CONNECTION_STRING"


def split_uri(uri: str) -> tuple[str, str, str]:
    """``az://account/container/a/b`` -> (``account``, ``container``, ``a/b``)."""
    if not uri.startswith(SCHEME):
        raise ConfigError(f"{uri!r} is not an az:// uri")
    account, _, rest = uri[len(SCHEME):].partition("/")
    container, _, key = rest.partition("/")
    if not account or not container:
        raise ConfigError(f"{uri!r}: expected az://account/container[/prefix]")
    return account, container, key


def quoted(etag: str) -> str:
    """ETags as the blob service sends them in headers; listings give them without quotes."""
    return etag if etag.startswith('"') else f'"{etag}"'




def connection_account(conn: str) -> str | None:
    for part in conn.split(";"):
        name, _, value = part.partition("=")
        if name.strip().lower() == "accountname":
            return value.strip()
    return None


class _Download(io.RawIOBase):
    """A binary stream over a StorageStreamDownloader (which fetches chunk by chunk)."""

    def __init__(self, downloader: Any) -> None:
        self._downloader = downloader

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._downloader.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


class AzureBlobSource(Reconnecting):
    """Every blob under a container prefix (or the one blob the uri names)."""

    def __init__(self, spec: str, *, page_size: int = 1000) -> None:
        from azure.core.exceptions import (ClientAuthenticationError, HttpResponseError,
                                           ResourceNotFoundError, ServiceRequestError)

        self.spec = spec
        self.page_size = page_size
        self.account, self.container, prefix = split_uri(spec)
        self.prefix = prefix.rstrip("/")
        service = self._service(spec)
        self._container = service.get_container_client(self.container)
        try:
            props = self._container.get_container_properties()
        except ResourceNotFoundError:
            raise ConfigError(f"source {spec!r}: container {self.container} does not exist "
                              f"in account {self.account}") from None
        except ClientAuthenticationError:
            raise ConfigError(f"source {spec!r}: no access to container {self.container}") from None
        except ServiceRequestError:
            raise SourceError(f"source {spec!r}: cannot reach the blob service of account "
                              f"{self.account}") from None
        except HttpResponseError as exc:
            if exc.status_code == 403:
                raise ConfigError(f"source {spec!r}: no access to container {self.container}"
                                  ) from None
            raise SourceError(f"source {spec!r}: cannot read container {self.container} "
                              f"(HTTP {exc.status_code})") from None
        self._posture = self._read_posture(service, props)

    def _service(self, spec: str) -> Any:
        from azure.storage.blob import BlobServiceClient

        conn = os.environ.get(CONNECTION_STRING)
        if conn:
            named = connection_account(conn)
            if named != self.account:
                raise ConfigError(f"source {spec!r}: {CONNECTION_STRING} is for account "
                                  f"{named or '(none)'}, not {self.account}")
            return BlobServiceClient.from_connection_string(conn, **azure_client_kwargs())
        try:
            from azure.identity import DefaultAzureCredential
        except ImportError:
            raise ConfigError(f"source {spec!r}: set {CONNECTION_STRING}, or install "
                              f"azure-identity to sign in with an Azure identity") from None
        return BlobServiceClient(f"https://{self.account}.blob.core.windows.net",
                                 credential=DefaultAzureCredential(), **azure_client_kwargs())

    # -- reading ---------------------------------------------------------------------------

    def list(self) -> Iterator[ItemRef]:
        from azure.core.exceptions import HttpResponseError

        try:
            if self.prefix:
                uri = self._uri(self.prefix)
                single = self._properties(uri)
                if single is not None and not _is_folder(single):
                    yield self._ref(single, self._tags(uri, single))
            prefix = f"{self.prefix}/" if self.prefix else ""
            blobs = self._container.list_blobs(name_starts_with=prefix,
                                               include=["metadata", "tags"],
                                               results_per_page=self.page_size)
            for page in blobs.by_page():
                for blob in page:
                    if not _is_folder(blob):
                        yield self._ref(blob, blob.tags or {})
        except HttpResponseError as exc:
            raise SourceError(f"source {self.spec!r}: listing failed "
                              f"(HTTP {exc.status_code})") from None

    def open(self, ref: ItemRef) -> IO[bytes]:
        from azure.core import MatchConditions
        from azure.core.exceptions import HttpResponseError, ResourceModifiedError

        try:
            # Every chunk the downloader fetches carries If-Match: the bytes are those of the
            # listed version, or the read fails.
            downloader = self._blob(ref.uri).download_blob(
                etag=ref.version, match_condition=MatchConditions.IfNotModified)
        except ResourceModifiedError:
            raise SourceError(f"{ref.uri}: changed since version {ref.version}") from None
        except HttpResponseError as exc:
            raise SourceError(f"{ref.uri}: cannot read (HTTP {exc.status_code})") from None
        return io.BufferedReader(_Download(downloader))

    def stat(self, ref: ItemRef) -> ItemRef | None:
        props = self._properties(ref.uri)
        return self._ref(props, self._tags(ref.uri, props)) if props is not None else None

    def posture(self) -> Mapping[str, str]:
        return dict(self._posture)

    def uri_for(self, key: str) -> str:
        root = f"{self.prefix}/" if self.prefix else ""
        return f"{SCHEME}{self.account}/{self.container}/{root}{key.lstrip('/')}"

    def get_labels(self, ref: ItemRef) -> dict[str, str]:
        props = self._current(ref)
        return {**(props.metadata or {}), **self._tags(ref.uri, props)}

    # -- writing ---------------------------------------------------------------------------

    def put(self, uri: str, data: IO[bytes], *, metadata: Mapping[str, str] | None = None,
            if_absent: bool = True) -> ItemRef:
        from azure.core.exceptions import HttpResponseError, ResourceExistsError
        from azure.storage.blob import ContentSettings

        _, _, key = split_uri(uri)
        content_type = mimetypes.guess_type(key)[0] or "application/octet-stream"
        try:
            # overwrite=False sends If-None-Match: * : the service refuses an existing blob.
            written = self._blob(uri).upload_blob(
                data, overwrite=not if_absent, metadata=dict(metadata or {}),
                content_settings=ContentSettings(content_type=content_type))
        except ResourceExistsError:
            raise VersionConflict(f"{uri}: already exists") from None
        except HttpResponseError as exc:
            raise SourceError(f"{uri}: write failed (HTTP {exc.status_code})") from None
        props = self._properties(uri)
        if props is None or quoted(props.etag) != quoted(written["etag"]):
            raise VersionConflict(f"{uri}: changed again right after it was written")
        return self._ref(props, self._tags(uri, props))

    def delete(self, ref: ItemRef) -> None:
        from azure.core import MatchConditions
        from azure.core.exceptions import (HttpResponseError, ResourceModifiedError,
                                           ResourceNotFoundError)

        try:
            self._blob(ref.uri).delete_blob(etag=ref.version,
                                            match_condition=MatchConditions.IfNotModified)
        except (ResourceModifiedError, ResourceNotFoundError):
            raise VersionConflict(f"{ref.uri}: changed since version {ref.version}") from None
        except HttpResponseError as exc:
            raise SourceError(f"{ref.uri}: delete failed (HTTP {exc.status_code})") from None

    def set_labels(self, ref: ItemRef, labels: Mapping[str, str]) -> ItemRef:
        from azure.core import MatchConditions
        from azure.core.exceptions import (HttpResponseError, ResourceModifiedError,
                                           ResourceNotFoundError)

        bad = sorted(k for k in labels if not METADATA_NAME.match(k))
        if bad:
            raise LabelError(f"{ref.uri}: label names {bad} are not valid Azure metadata names")
        props = self._current(ref)
        metadata = dict(props.metadata or {})
        tags = self._tags(ref.uri, props)
        new_metadata = {**metadata, **labels}
        new_tags = {**tags, **{k: v for k, v in labels.items() if tag_safe(k, v, TAG_TEXT)}}
        if new_metadata == metadata and new_tags == tags:
            return ref
        if len(new_tags) > MAX_TAGS:
            raise LabelError(f"{ref.uri}: labels would make {len(new_tags)} index tags "
                             f"(Azure allows {MAX_TAGS})")
        blob = self._blob(ref.uri)
        etag = ref.version
        try:
            if new_metadata != metadata:
                # Set Blob Metadata replaces the whole set, hence the merge above.
                etag = blob.set_blob_metadata(new_metadata, etag=ref.version,
                                              match_condition=MatchConditions.IfNotModified
                                              )["etag"]
            if new_tags != tags:
                # Index tags take no ETag condition (and do not change the ETag); the metadata
                # write above was conditional, and a change in the instant since keeps these tags.
                blob.set_blob_tags(new_tags)
        except (ResourceModifiedError, ResourceNotFoundError):
            raise VersionConflict(f"{ref.uri}: changed while its labels were written") from None
        except HttpResponseError as exc:
            raise LabelError(f"{ref.uri}: label write failed (HTTP {exc.status_code})") from None
        fresh = self._properties(ref.uri)
        if fresh is None or quoted(fresh.etag) != quoted(etag):
            raise VersionConflict(f"{ref.uri}: changed while its labels were written")
        return self._ref(fresh, new_tags)

    # -- helpers ---------------------------------------------------------------------------

    def _blob(self, uri: str) -> Any:
        account, container, key = split_uri(uri)
        if account != self.account:
            raise ConfigError(f"{uri}: account {account} is not this source's ({self.account})")
        if container == self.container:
            return self._container.get_blob_client(key)
        return self._container._get_blob_service_client().get_blob_client(container, key)

    def _uri(self, key: str, container: str | None = None) -> str:
        return f"{SCHEME}{self.account}/{container or self.container}/{key}"

    def _properties(self, uri: str) -> Any:
        from azure.core.exceptions import HttpResponseError, ResourceNotFoundError

        try:
            return self._blob(uri).get_blob_properties()
        except ResourceNotFoundError:
            return None
        except HttpResponseError as exc:
            raise SourceError(f"{uri}: cannot read (HTTP {exc.status_code})") from None

    def _tags(self, uri: str, props: Any) -> dict[str, str]:
        from azure.core.exceptions import HttpResponseError, ResourceNotFoundError

        if not props.tag_count:
            return {}
        try:
            return dict(self._blob(uri).get_blob_tags())
        except ResourceNotFoundError:
            raise VersionConflict(f"{uri}: no longer exists") from None
        except HttpResponseError as exc:
            if exc.status_code == 403:   # reading tags needs its own permission
                return {}
            raise SourceError(f"{uri}: cannot read tags (HTTP {exc.status_code})") from None

    def _current(self, ref: ItemRef) -> Any:
        """The blob's properties as they are now, provided it is still at ``ref.version``."""
        props = self._properties(ref.uri)
        if props is None:
            raise VersionConflict(f"{ref.uri}: no longer exists")
        if quoted(props.etag) != quoted(ref.version):
            raise VersionConflict(f"{ref.uri}: changed since version {ref.version}")
        return props

    def _read_posture(self, service: Any, props: Any) -> dict[str, str]:
        from azure.core.exceptions import HttpResponseError

        out: dict[str, str] = {"public_access": props.public_access or "none"}
        if props.encryption_scope and props.encryption_scope.default_encryption_scope:
            out["encryption_scope"] = props.encryption_scope.default_encryption_scope
        out["immutability_policy"] = str(bool(props.has_immutability_policy)).lower()
        out["legal_hold"] = str(bool(props.has_legal_hold)).lower()
        try:
            # Needs account-level rights (a container SAS or a data-reader role is refused).
            info = service.get_account_information()
        except HttpResponseError:
            return out
        for fact, field in (("account_kind", "account_kind"), ("sku", "sku_name"),
                            ("hierarchical_namespace", "is_hns_enabled")):
            if info.get(field) is not None:
                out[fact] = _text(info[field])
        return out

    def _ref(self, blob: Any, tags: Mapping[str, str]) -> ItemRef:
        # Container posture is known for this source's container only.
        facts = dict(self._posture) if blob.container == self.container else {}
        settings = blob.content_settings
        if settings.content_type:
            facts["content_type"] = settings.content_type
        if settings.content_md5:
            facts["md5"] = base64.b64encode(bytes(settings.content_md5)).decode("ascii")
        for fact, value in (("blob_type", blob.blob_type), ("access_tier", blob.blob_tier),
                            ("server_encrypted", blob.server_encrypted),
                            ("encryption_scope", blob.encryption_scope)):
            if value is not None:
                facts[fact] = _text(value)
        for name, value in tags.items():
            facts[f"tag.{name}"] = value
        return ItemRef(uri=self._uri(blob.name, blob.container), path=None, size=int(blob.size or 0), version=quoted(blob.etag),
                       source=self.spec, facts=tuple(sorted(facts.items())))


def _is_folder(blob: Any) -> bool:
    """A "folder" placeholder: a name ending in / or a directory marker of a hierarchical
    namespace account (metadata hdi_isfolder=true). Not an item."""
    metadata = blob.metadata or {}
    return bool(blob.name.endswith("/") or metadata.get("hdi_isfolder") == "true")


def _text(value: object) -> str:
    """A fact as text: booleans as true/false, SDK enums by their value."""
    if isinstance(value, bool):
        return str(value).lower()
    return str(getattr(value, "value", value))
