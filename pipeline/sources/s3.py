"""Amazon S3 (and S3-compatible stores): ``s3://bucket/prefix``.

Identity is ``s3://bucket/key``. Version is the object's VersionId where the bucket has
versioning enabled (reads are then pinned to it), else its ETag (reads are then conditional on
it: a changed object is refused rather than read under the old version). Writes are conditional:
``If-None-Match: *`` for new objects, ``If-Match: <etag>`` for deletes and for the copy onto
itself that rewrites metadata.

Labels are written as user metadata (names in lower case, as S3 stores them) and, where the
tag alphabet allows, as object tags too (up to S3's ten per object, other tools' tags kept).

Endpoint, credentials and region come from boto3's own configuration (``AWS_ENDPOINT_URL``,
``AWS_PROFILE``, ``AWS_DEFAULT_REGION``, instance roles ...), never from Enclave.
"""

from __future__ import annotations

import mimetypes
import re
from typing import IO, Any, Iterator, Mapping

from pipeline.errors import ConfigError, LabelError, SourceError
from pipeline.records import ItemRef
from pipeline.sources import VersionConflict
from pipeline.sources._cloud import Reconnecting, split_bucket_uri, tag_safe
from pipeline.sources._retry import s3_config

SCHEME = "s3://"
MAX_TAGS = 10
# Object tags allow a narrower alphabet than metadata: labels outside it are written to the
# object metadata only (a category such as "XI(c)" cannot be a tag value).
TAG_TEXT = re.compile(r"^[A-Za-z0-9 +\-=._:/@]*$")
MAX_COPY_BYTES = 5 * 1024**3   # one CopyObject call; larger objects need a multipart copy
# Headers a metadata-replacing copy would otherwise reset to their defaults.
KEPT_HEADERS = ("ContentType", "CacheControl", "ContentDisposition", "ContentEncoding",
                "ContentLanguage", "Expires", "WebsiteRedirectLocation")
NOT_FOUND = {"404", "NoSuchKey", "NotFound", "NoSuchVersion"}
CONFLICT = {"PreconditionFailed", "ConditionalRequestConflict", "412", "409"}
# What emulators and S3-compatible stores answer for a bucket setting they do not keep.
NOT_SET = {"ServerSideEncryptionConfigurationNotFoundError",
           "NoSuchPublicAccessBlockConfiguration", "NotImplemented", "404", "501",
           "MethodNotAllowed", "AccessDenied"}


def split_uri(uri: str) -> tuple[str, str]:
    """``s3://bucket/a/b`` -> (``bucket``, ``a/b``)."""
    return split_bucket_uri(uri, SCHEME)




def error_code(exc: Exception) -> str:
    response = getattr(exc, "response", None) or {}
    return str(response.get("Error", {}).get("Code", ""))


class S3Source(Reconnecting):
    """Every object under a bucket prefix (or the one object the uri names)."""

    def __init__(self, spec: str, *, page_size: int = 1000) -> None:
        import boto3
        from botocore.exceptions import BotoCoreError, ClientError, NoCredentialsError

        self.spec = spec
        self.page_size = page_size
        self.bucket, prefix = split_uri(spec)
        self.prefix = prefix.rstrip("/")
        self._s3 = boto3.client("s3", config=s3_config())
        try:
            self._s3.head_bucket(Bucket=self.bucket)
            versioning = self._s3.get_bucket_versioning(Bucket=self.bucket).get("Status")
        except NoCredentialsError:
            raise ConfigError(f"source {spec!r}: no AWS credentials (AWS_PROFILE, "
                              f"AWS_ACCESS_KEY_ID, an instance role ...)") from None
        except ClientError as exc:
            code = error_code(exc)
            if code in {"404", "NoSuchBucket"}:
                raise ConfigError(f"source {spec!r}: bucket {self.bucket} does not exist") from None
            if code in {"403", "AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch"}:
                raise ConfigError(f"source {spec!r}: no access to bucket {self.bucket}") from None
            raise SourceError(f"source {spec!r}: cannot read bucket {self.bucket} ({code})"
                              ) from None
        except BotoCoreError as exc:
            raise SourceError(f"source {spec!r}: cannot reach S3 ({type(exc).__name__})") from None
        self.versioned = versioning == "Enabled"
        self._posture = self._read_posture(versioning)

    # -- reading ---------------------------------------------------------------------------

    def list(self) -> Iterator[ItemRef]:
        from botocore.exceptions import ClientError

        try:
            if self.prefix:
                single = self._head(self.bucket, self.prefix)
                if single is not None and not self.prefix.endswith("/"):
                    yield self._ref(self.bucket, self.prefix, single)
            prefix = f"{self.prefix}/" if self.prefix else ""
            yield from (self._list_versions(prefix) if self.versioned else self._list(prefix))
        except ClientError as exc:
            raise SourceError(f"source {self.spec!r}: listing failed ({error_code(exc)})") from None

    def _list(self, prefix: str) -> Iterator[ItemRef]:
        pages = self._s3.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket, Prefix=prefix, PaginationConfig={"PageSize": self.page_size})
        for page in pages:
            for obj in page.get("Contents", []):
                if not obj["Key"].endswith("/"):
                    yield self._ref(self.bucket, obj["Key"], {
                        "ContentLength": obj["Size"], "ETag": obj["ETag"],
                        "StorageClass": obj.get("StorageClass")})

    def _list_versions(self, prefix: str) -> Iterator[ItemRef]:
        pages = self._s3.get_paginator("list_object_versions").paginate(
            Bucket=self.bucket, Prefix=prefix, PaginationConfig={"PageSize": self.page_size})
        for page in pages:
            # Only current versions; a key whose latest entry is a delete marker is gone
            # (its latest entry is then in DeleteMarkers, not in Versions).
            for obj in page.get("Versions", []):
                if obj.get("IsLatest") and not obj["Key"].endswith("/"):
                    yield self._ref(self.bucket, obj["Key"], {
                        "ContentLength": obj["Size"], "ETag": obj["ETag"],
                        "VersionId": obj["VersionId"], "StorageClass": obj.get("StorageClass")})

    def open(self, ref: ItemRef) -> IO[bytes]:
        from botocore.exceptions import ClientError

        bucket, key = split_uri(ref.uri)
        pin = {"VersionId": ref.version} if ref.fact("version_id") else {"IfMatch": ref.version}
        try:
            body = self._s3.get_object(Bucket=bucket, Key=key, **pin)["Body"]
        except ClientError as exc:
            code = error_code(exc)
            if code in NOT_FOUND or code in CONFLICT:
                raise SourceError(f"{ref.uri}: version {ref.version} is no longer there") from None
            raise SourceError(f"{ref.uri}: cannot read ({code})") from None
        return body  # type: ignore[no-any-return]   # botocore's StreamingBody is an io.IOBase

    def stat(self, ref: ItemRef) -> ItemRef | None:
        bucket, key = split_uri(ref.uri)
        head = self._head(bucket, key)
        return self._ref(bucket, key, head) if head is not None else None

    def posture(self) -> Mapping[str, str]:
        return dict(self._posture)

    def uri_for(self, key: str) -> str:
        root = f"{self.prefix}/" if self.prefix else ""
        return f"{SCHEME}{self.bucket}/{root}{key.lstrip('/')}"

    def get_labels(self, ref: ItemRef) -> dict[str, str]:
        bucket, key = split_uri(ref.uri)
        head = self._current(ref)
        return {**head.get("Metadata", {}), **self._tags(bucket, key, head.get("VersionId"))}

    # -- writing ---------------------------------------------------------------------------

    def put(self, uri: str, data: IO[bytes], *, metadata: Mapping[str, str] | None = None,
            if_absent: bool = True) -> ItemRef:
        from botocore.exceptions import ClientError

        bucket, key = split_uri(uri)
        args: dict[str, Any] = {
            "Bucket": bucket, "Key": key, "Body": data, "Metadata": dict(metadata or {}),
            "ContentType": mimetypes.guess_type(key)[0] or "application/octet-stream"}
        if if_absent:
            args["IfNoneMatch"] = "*"     # S3 refuses the write if the key exists (412)
        try:
            written = self._s3.put_object(**args)
        except ClientError as exc:
            if error_code(exc) in CONFLICT:
                raise VersionConflict(f"{uri}: already exists") from None
            raise SourceError(f"{uri}: write failed ({error_code(exc)})") from None
        head = self._head(bucket, key, written.get("VersionId"))
        if head is None:
            raise SourceError(f"{uri}: written but not found afterwards")
        return self._ref(bucket, key, head)

    def delete(self, ref: ItemRef) -> None:
        from botocore.exceptions import ClientError

        bucket, key = split_uri(ref.uri)
        head = self._current(ref)
        # If-Match makes the delete itself conditional on the content we saw. Without a
        # VersionId a versioned bucket keeps the data as a noncurrent version behind a delete
        # marker (recoverable); deleting the VersionId would destroy it for good. The head
        # check above also refuses a newer version that happens to have the same content.
        try:
            self._s3.delete_object(Bucket=bucket, Key=key, IfMatch=head["ETag"])
        except ClientError as exc:
            if error_code(exc) in CONFLICT or error_code(exc) in NOT_FOUND:
                raise VersionConflict(f"{ref.uri}: changed since version {ref.version}") from None
            raise SourceError(f"{ref.uri}: delete failed ({error_code(exc)})") from None

    def set_labels(self, ref: ItemRef, labels: Mapping[str, str]) -> ItemRef:
        from botocore.exceptions import ClientError

        bucket, key = split_uri(ref.uri)
        head = self._current(ref)
        metadata = head.get("Metadata", {})
        tags = self._tags(bucket, key, head.get("VersionId"))
        # S3 stores user-metadata names in lower case.
        new_metadata = {**metadata, **{k.lower(): v for k, v in labels.items()}}
        new_tags = {**tags, **{k: v for k, v in labels.items() if tag_safe(k, v, TAG_TEXT)}}
        if new_metadata == metadata and new_tags == tags:
            return ref
        if len(new_tags) > MAX_TAGS:
            raise LabelError(f"{ref.uri}: labels would make {len(new_tags)} object tags "
                             f"(S3 allows {MAX_TAGS})")
        if head["ContentLength"] > MAX_COPY_BYTES:
            raise LabelError(f"{ref.uri}: metadata of objects over 5 GiB cannot be rewritten "
                             f"in one copy")
        version_id = head.get("VersionId")
        if new_metadata != metadata:
            source = {"Bucket": bucket, "Key": key}
            if version_id:
                source["VersionId"] = version_id
            copy: dict[str, Any] = {h: head[h] for h in KEPT_HEADERS if head.get(h)}
            if head.get("StorageClass"):
                copy["StorageClass"] = head["StorageClass"]
            if head.get("ServerSideEncryption") == "aws:kms":
                copy["ServerSideEncryption"] = "aws:kms"
                if head.get("SSEKMSKeyId"):
                    copy["SSEKMSKeyId"] = head["SSEKMSKeyId"]
            try:
                # Both conditions: the source must still be what we read (CopySourceIfMatch),
                # and so must the destination, the same key (IfMatch). Tags are copied along.
                copied = self._s3.copy_object(
                    Bucket=bucket, Key=key, CopySource=source, MetadataDirective="REPLACE",
                    Metadata=new_metadata, CopySourceIfMatch=head["ETag"], IfMatch=head["ETag"],
                    **copy)
            except ClientError as exc:
                if error_code(exc) in CONFLICT or error_code(exc) in NOT_FOUND:
                    raise VersionConflict(f"{ref.uri}: changed while its labels were written"
                                          ) from None
                raise LabelError(f"{ref.uri}: label write failed ({error_code(exc)})") from None
            version_id = copied.get("VersionId") or version_id
        if new_tags != tags:
            # Tagging has no condition of its own; with versioning it is pinned to the version
            # just written, without it a change in the instant since the copy would keep tags.
            pinned = {"VersionId": version_id} if version_id else {}
            try:
                self._s3.put_object_tagging(
                    Bucket=bucket, Key=key, Tagging={"TagSet": [
                        {"Key": k, "Value": v} for k, v in sorted(new_tags.items())]}, **pinned)
            except ClientError as exc:
                raise LabelError(f"{ref.uri}: tag write failed ({error_code(exc)})") from None
        fresh = self._head(bucket, key, version_id)
        if fresh is None:
            raise VersionConflict(f"{ref.uri}: vanished while its labels were written")
        return self._ref(bucket, key, fresh)

    # -- helpers ---------------------------------------------------------------------------

    def _head(self, bucket: str, key: str, version_id: str | None = None) -> dict[str, Any] | None:
        from botocore.exceptions import ClientError

        try:
            if version_id:
                return self._s3.head_object(Bucket=bucket, Key=key,  # type: ignore[no-any-return]
                                            VersionId=version_id)
            return self._s3.head_object(Bucket=bucket, Key=key)  # type: ignore[no-any-return]
        except ClientError as exc:
            if error_code(exc) in NOT_FOUND:
                return None
            raise SourceError(f"{SCHEME}{bucket}/{key}: cannot read ({error_code(exc)})") from None

    def _current(self, ref: ItemRef) -> dict[str, Any]:
        """The object's head as it is now, provided it is still at ``ref.version``."""
        bucket, key = split_uri(ref.uri)
        head = self._head(bucket, key)
        if head is None:
            raise VersionConflict(f"{ref.uri}: no longer exists")
        now = head.get("VersionId") if ref.fact("version_id") else head.get("ETag")
        if now != ref.version:
            raise VersionConflict(f"{ref.uri}: changed since version {ref.version}")
        return head

    def _tags(self, bucket: str, key: str, version_id: str | None) -> dict[str, str]:
        from botocore.exceptions import ClientError

        pinned = {"VersionId": version_id} if version_id else {}
        try:
            tagging = self._s3.get_object_tagging(Bucket=bucket, Key=key, **pinned)
        except ClientError as exc:
            if error_code(exc) in NOT_FOUND:
                raise VersionConflict(f"{SCHEME}{bucket}/{key}: no longer exists") from None
            raise SourceError(f"{SCHEME}{bucket}/{key}: cannot read tags ({error_code(exc)})"
                              ) from None
        return {t["Key"]: t["Value"] for t in tagging.get("TagSet", [])}

    def _read_posture(self, versioning: str | None) -> dict[str, str]:
        from botocore.exceptions import ClientError

        out: dict[str, str] = {"versioning": (versioning or "Disabled").lower()}
        try:
            location = self._s3.get_bucket_location(Bucket=self.bucket).get("LocationConstraint")
            out["region"] = location or "us-east-1"   # S3 reports us-east-1 as no constraint
        except ClientError as exc:
            if error_code(exc) not in NOT_SET:
                raise SourceError(f"source {self.spec!r}: cannot read bucket location "
                                  f"({error_code(exc)})") from None
        try:
            rules = self._s3.get_bucket_encryption(Bucket=self.bucket)[
                "ServerSideEncryptionConfiguration"]["Rules"]
            default = rules[0]["ApplyServerSideEncryptionByDefault"] if rules else {}
            if default.get("SSEAlgorithm"):
                out["default_encryption"] = default["SSEAlgorithm"]
            if default.get("KMSMasterKeyID"):
                out["kms_key"] = default["KMSMasterKeyID"]
        except ClientError as exc:
            if error_code(exc) not in NOT_SET:
                raise SourceError(f"source {self.spec!r}: cannot read bucket encryption "
                                  f"({error_code(exc)})") from None
        try:
            block = self._s3.get_public_access_block(Bucket=self.bucket)[
                "PublicAccessBlockConfiguration"]
            for setting in ("BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy",
                            "RestrictPublicBuckets"):
                if setting in block:
                    out[f"public_access_block.{setting}"] = str(bool(block[setting])).lower()
        except ClientError as exc:
            if error_code(exc) not in NOT_SET:
                raise SourceError(f"source {self.spec!r}: cannot read public access block "
                                  f"({error_code(exc)})") from None
        return out

    def _ref(self, bucket: str, key: str, head: Mapping[str, Any]) -> ItemRef:
        facts = dict(self._posture) if bucket == self.bucket else {}
        facts["etag"] = str(head["ETag"])
        facts["storage_class"] = str(head.get("StorageClass") or "STANDARD")
        for fact, field in (("content_type", "ContentType"),
                            ("encryption", "ServerSideEncryption"),
                            ("object_kms_key", "SSEKMSKeyId"), ("version_id", "VersionId")):
            if head.get(field):
                facts[fact] = str(head[field])
        version_id = head.get("VersionId")
        # "null" is the VersionId of objects written before versioning was enabled.
        version = str(version_id) if version_id and version_id != "null" else str(head["ETag"])
        if version == head["ETag"]:
            facts.pop("version_id", None)
        return ItemRef(uri=f"{SCHEME}{bucket}/{key}", path=None, size=int(head["ContentLength"]),
                       version=version, source=self.spec, facts=tuple(sorted(facts.items())))
