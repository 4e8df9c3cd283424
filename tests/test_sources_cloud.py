"""GCS, Azure Blob and S3 sources against the real emulators, through the real SDKs.

Each test runs once per backend. A ``Cloud`` helper creates a bucket (container) and writes or
reads objects with the SDK directly, standing for "somebody else" changing things behind the
source's back.
"""

from __future__ import annotations

import io
import os
import pickle
import uuid
from dataclasses import dataclass
from typing import Any, Callable

import pytest

from pipeline.errors import ConfigError
from pipeline.records import ItemRef
from pipeline.sources import VersionConflict, open_source
from pipeline.sources.azure import AzureBlobSource
from pipeline.sources.gcs import GCSSource
from pipeline.sources.s3 import S3Source
from tests.emulators import AZURITE_ACCOUNT, azurite, gcs_server, s3_server  # noqa: F401

# "XI(c)" cannot be a tag value, and an empty value is refused as a tag by some services:
# both are written to metadata only.
LABELS = {"export_control": "ITAR", "enclave_category": "XI(c)", "enclave_note": ""}


@dataclass
class Cloud:
    """One backend: how to make a bucket, and raw SDK writes/reads that bypass the source."""

    name: str
    root: Callable[[str], str]                   # bucket name -> source uri of the bucket root
    create: Callable[[str], object]
    write: Callable[[str, str, bytes], object]   # bucket, key, data (overwrites)
    read: Callable[[str, str], bytes]
    source_cls: type


def gcs_cloud() -> Cloud:
    from google.cloud import storage

    client = storage.Client()
    return Cloud(
        name="gcs", root=lambda b: f"gs://{b}", create=lambda b: client.create_bucket(b),
        write=lambda b, k, d: client.bucket(b).blob(k).upload_from_string(d),
        read=lambda b, k: client.bucket(b).blob(k).download_as_bytes(),
        source_cls=GCSSource)


def azure_cloud() -> Cloud:
    from azure.storage.blob import BlobServiceClient

    service = BlobServiceClient.from_connection_string(os.environ["AZURE_STORAGE_CONNECTION_STRING"])
    return Cloud(
        name="azure", root=lambda c: f"az://{AZURITE_ACCOUNT}/{c}",
        create=lambda c: service.create_container(c),
        write=lambda c, k, d: service.get_blob_client(c, k).upload_blob(d, overwrite=True),
        read=lambda c, k: service.get_blob_client(c, k).download_blob().readall(),
        source_cls=AzureBlobSource)


def s3_cloud() -> Cloud:
    import boto3

    s3 = boto3.client("s3")
    return Cloud(
        name="s3", root=lambda b: f"s3://{b}", create=lambda b: s3.create_bucket(Bucket=b),
        write=lambda b, k, d: s3.put_object(Bucket=b, Key=k, Body=d),
        read=lambda b, k: s3.get_object(Bucket=b, Key=k)["Body"].read(),
        source_cls=S3Source)


EMULATORS = {"gcs": ("gcs_server", gcs_cloud), "azure": ("azurite", azure_cloud),
             "s3": ("s3_server", s3_cloud)}


@pytest.fixture(params=sorted(EMULATORS))
def cloud(request: pytest.FixtureRequest) -> Cloud:
    fixture, make = EMULATORS[request.param]
    request.getfixturevalue(fixture)
    return make()


@pytest.fixture
def bucket(cloud: Cloud) -> str:
    """A fresh bucket holding a prefix docs/ with three objects and a folder placeholder, and
    objects outside the prefix (one under a look-alike prefix)."""
    name = f"enclave-{uuid.uuid4().hex[:12]}"
    cloud.create(name)
    for key, data in CONTENT.items():
        cloud.write(name, key, data)
    return name


CONTENT = {
    "docs/a.txt": b"alpha\n",
    "docs/sub/b.bin": bytes(range(256)) * 3,
    "docs/sub/": b"",                       # a "folder" placeholder, not an item
    "docs/c.txt": b"",                      # a real empty object is an item
    "other/x.txt": b"outside",
    "docs-old/y.txt": b"look-alike prefix",
}
IN_PREFIX = {"docs/a.txt", "docs/sub/b.bin", "docs/c.txt"}


def source(cloud: Cloud, bucket: str, prefix: str = "docs", **kwargs: Any) -> Any:
    return cloud.source_cls(f"{cloud.root(bucket)}/{prefix}", **kwargs)


def ref_of(src: Any, key: str) -> ItemRef:
    refs = {r.uri: r for r in src.list()}
    return refs[src.uri_for(key)]


def same_item(a: ItemRef | None, b: ItemRef) -> bool:
    """Same item at the same version (a listing may carry fewer facts than a stat)."""
    return a is not None and (a.uri, a.version, a.size, a.source) == (b.uri, b.version, b.size,
                                                                       b.source)


def test_list_returns_exactly_the_prefix(cloud: Cloud, bucket: str) -> None:
    src = source(cloud, bucket)
    refs = list(src.list())
    root = cloud.root(bucket)
    assert sorted(r.uri for r in refs) == sorted(f"{root}/{k}" for k in IN_PREFIX)
    for ref in refs:
        key = ref.uri[len(root) + 1:]
        assert ref.size == len(CONTENT[key])
        assert ref.version and ref.path is None and ref.source == src.spec
        assert list(ref.facts) == sorted(ref.facts)
        assert all(isinstance(k, str) and isinstance(v, str) for k, v in ref.facts)
    assert src.uri_for("sub/b.bin") == f"{root}/docs/sub/b.bin"


def test_open_returns_the_exact_bytes(cloud: Cloud, bucket: str) -> None:
    src = source(cloud, bucket)
    for ref in src.list():
        with src.open(ref) as stream:
            assert stream.read() == CONTENT[ref.uri[len(cloud.root(bucket)) + 1:]]


def test_stat_follows_changes_and_deletion(cloud: Cloud, bucket: str) -> None:
    src = source(cloud, bucket)
    ref = ref_of(src, "a.txt")
    assert same_item(src.stat(ref), ref)
    cloud.write(bucket, "docs/a.txt", b"alpha, revised\n")
    fresh = src.stat(ref)
    assert fresh is not None and fresh.version != ref.version and fresh.size == 15
    src.delete(fresh)
    assert src.stat(ref) is None


def test_put_refuses_to_overwrite(cloud: Cloud, bucket: str) -> None:
    src = source(cloud, bucket)
    uri = src.uri_for("a.txt")
    with pytest.raises(VersionConflict):
        src.put(uri, io.BytesIO(b"tombstone"))
    assert cloud.read(bucket, "docs/a.txt") == CONTENT["docs/a.txt"]

    new = src.put(src.uri_for("quarantined/a.txt.tombstone"), io.BytesIO(b"moved"),
                  metadata={"enclave_tombstone": "true"})
    assert new.size == 5 and same_item(src.stat(new), new)
    assert src.get_labels(new)["enclave_tombstone"] == "true"
    assert cloud.read(bucket, "docs/quarantined/a.txt.tombstone") == b"moved"
    replaced = src.put(new.uri, io.BytesIO(b"moved again"), if_absent=False)
    assert replaced.version != new.version


def test_put_into_another_bucket(cloud: Cloud, bucket: str) -> None:
    """Quarantine writes to a bucket (container) of its own, through the same client."""
    other = f"enclave-q-{uuid.uuid4().hex[:10]}"
    cloud.create(other)
    src = source(cloud, bucket)
    copy = src.put(f"{cloud.root(other)}/held/a.txt", io.BytesIO(b"alpha\n"))
    assert copy.uri == f"{cloud.root(other)}/held/a.txt" and copy.size == 6
    assert same_item(src.stat(copy), copy)
    with src.open(copy) as stream:
        assert stream.read() == b"alpha\n"
    src.delete(copy)
    assert src.stat(copy) is None


def test_labels_round_trip_and_are_idempotent(cloud: Cloud, bucket: str) -> None:
    src = source(cloud, bucket)
    ref = ref_of(src, "sub/b.bin")
    assert src.get_labels(ref) == {}
    labelled = src.set_labels(ref, LABELS)
    assert labelled.uri == ref.uri
    assert src.get_labels(labelled) == LABELS
    again = src.set_labels(labelled, LABELS)
    assert again == labelled
    assert same_item(src.stat(labelled), labelled)   # nothing written the second time
    with src.open(labelled) as stream:
        assert stream.read() == CONTENT["docs/sub/b.bin"]
    if cloud.name == "azure":    # labels become index tags too, where tags can hold them
        facts = dict(src.stat(labelled).facts)
        assert facts["tag.export_control"] == "ITAR"
        assert "tag.enclave_category" not in facts and "tag.enclave_note" not in facts
    if cloud.name == "s3":       # ... and object tags
        import boto3

        tags = boto3.client("s3").get_object_tagging(Bucket=bucket, Key="docs/sub/b.bin")
        assert tags["TagSet"] == [{"Key": "export_control", "Value": "ITAR"}]


def test_stale_ref_writes_nothing(cloud: Cloud, bucket: str) -> None:
    src = source(cloud, bucket)
    stale = ref_of(src, "a.txt")
    cloud.write(bucket, "docs/a.txt", b"changed by someone else\n")
    with pytest.raises(VersionConflict):
        src.set_labels(stale, LABELS)
    with pytest.raises(VersionConflict):
        src.delete(stale)
    assert cloud.read(bucket, "docs/a.txt") == b"changed by someone else\n"
    fresh = src.stat(stale)
    assert fresh is not None and src.get_labels(fresh) == {}


def test_delete_of_a_vanished_item_is_a_conflict(cloud: Cloud, bucket: str) -> None:
    src = source(cloud, bucket)
    ref = ref_of(src, "c.txt")
    src.delete(ref)
    with pytest.raises(VersionConflict):
        src.delete(ref)


def test_posture_is_a_mapping_of_strings(cloud: Cloud, bucket: str) -> None:
    posture = source(cloud, bucket).posture()
    assert posture and all(isinstance(v, str) for v in posture.values())
    expected = {"gcs": "location", "azure": "public_access", "s3": "region"}[cloud.name]
    assert expected in posture


def test_listing_is_paged(cloud: Cloud, bucket: str) -> None:
    # Azurite and moto honour the page size; gcp-storage-emulator answers in one page whatever
    # maxResults says, so for GCS this checks the pager's result, not several round trips.
    keys = {f"many/{i:02d}.txt" for i in range(25)}
    for key in keys:
        cloud.write(bucket, key, key.encode())
    src = source(cloud, bucket, "many", page_size=4)
    assert sorted(r.uri for r in src.list()) == sorted(f"{cloud.root(bucket)}/{k}" for k in keys)


def test_a_uri_naming_one_object_lists_that_object(cloud: Cloud, bucket: str) -> None:
    src = source(cloud, bucket, "docs/a.txt")
    assert [r.uri for r in src.list()] == [f"{cloud.root(bucket)}/docs/a.txt"]


def test_open_source_picks_the_backend(cloud: Cloud, bucket: str) -> None:
    src = open_source(f"{cloud.root(bucket)}/docs")
    assert type(src) is cloud.source_cls


def test_a_source_travels_to_workers(cloud: Cloud, bucket: str) -> None:
    src = source(cloud, bucket, page_size=7)
    copy = pickle.loads(pickle.dumps(src))
    assert copy.spec == src.spec and copy.page_size == 7
    assert sorted(r.uri for r in copy.list()) == sorted(r.uri for r in src.list())


def test_a_missing_bucket_is_a_config_error(cloud: Cloud) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        open_source(f"{cloud.root('enclave-no-such-bucket')}/docs")


def test_azure_account_must_match_the_connection_string(azurite: str) -> None:  # noqa: F811
    with pytest.raises(ConfigError, match="not otheraccount"):
        AzureBlobSource("az://otheraccount/container/docs")


def test_azure_without_credentials_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    monkeypatch.delenv("AZURE_STORAGE_CONNECTION_STRING", raising=False)
    if importlib.util.find_spec("azure.identity") is not None:
        pytest.skip("azure-identity is installed: it would look for a real identity")
    with pytest.raises(ConfigError, match="AZURE_STORAGE_CONNECTION_STRING"):
        AzureBlobSource("az://someaccount/container/docs")


def test_s3_versioned_bucket_pins_reads_and_writes(s3_server: str) -> None:  # noqa: F811
    import boto3

    s3 = boto3.client("s3")
    name = f"enclave-{uuid.uuid4().hex[:12]}"
    s3.create_bucket(Bucket=name)
    s3.put_bucket_versioning(Bucket=name, VersioningConfiguration={"Status": "Enabled"})
    s3.put_object(Bucket=name, Key="docs/a.txt", Body=b"first")
    src = S3Source(f"s3://{name}/docs")
    assert src.posture()["versioning"] == "enabled"
    (ref,) = src.list()
    assert ref.version == ref.fact("version_id")
    s3.put_object(Bucket=name, Key="docs/a.txt", Body=b"second")
    with src.open(ref) as stream:
        assert stream.read() == b"first"            # the listed version, not the newest
    with pytest.raises(VersionConflict):
        src.set_labels(ref, LABELS)
    fresh = src.stat(ref)
    assert fresh is not None and fresh.version != ref.version
    labelled = src.set_labels(fresh, LABELS)
    assert labelled.version != fresh.version        # the metadata copy is a new version
    assert src.set_labels(labelled, LABELS) == labelled
    src.delete(labelled)
    assert src.stat(labelled) is None
    # The delete left a delete marker: every version written is still there.
    versions = s3.list_object_versions(Bucket=name, Prefix="docs/")
    assert len(versions["Versions"]) == 3 and len(versions["DeleteMarkers"]) == 1
