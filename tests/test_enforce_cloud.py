"""Sweeps on real storage: Azurite, gcp-storage-emulator and moto's S3 server, started by the
tests, driven through the real SDKs. An Azure container inside the enclave is labelled in place;
controlled items in a GCS bucket outside it are quarantined into an S3 bucket inside it; one is
restored; crashes between copy and delete and between delete and tombstone are recovered."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import yaml

from labels.audit import AuditLog
from labels.journal import FAILPOINT_EXIT
from pipeline.cli import main
from tests.conftest import EAR_TEXT, ITAR_TEXT, PLAIN_TEXT, REPO
from tests.emulators import azurite, gcs_server, s3_server  # noqa: F401

pytestmark = pytest.mark.slow

ACCOUNT = "devstoreaccount1"
FILES = {"itar.txt": ITAR_TEXT.encode(), "ear.txt": EAR_TEXT.encode(),
         "plain.txt": PLAIN_TEXT.encode()}


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture()
def world(gcs_server, azurite, s3_server, tmp_path: Path):  # noqa: F811
    """Fresh buckets and containers per test (names from the test), and a policy file."""
    import boto3
    from azure.storage.blob import BlobServiceClient
    from google.cloud import storage

    tag = uuid.uuid4().hex[:10]
    gcs = storage.Client(project="test")
    outside = gcs.create_bucket(f"partner-{tag}")
    for name, data in FILES.items():
        outside.blob(f"drop/{name}").upload_from_string(data)
    outside.blob("elsewhere/itar.txt").upload_from_string(FILES["itar.txt"])

    blobs = BlobServiceClient.from_connection_string(os.environ["AZURE_STORAGE_CONNECTION_STRING"])
    container = blobs.create_container(f"eng-{tag}")
    for name, data in FILES.items():
        container.upload_blob(f"specs/{name}", data)

    s3 = boto3.client("s3")
    vault = f"vault-{tag}"
    s3.create_bucket(Bucket=vault)

    config = tmp_path / "enclave.yaml"
    config.write_text(yaml.safe_dump({
        "version": 1, "mode": "enforce", "contact": "exports@example.com",
        # This test is about acting: ITAR and uncontrolled items are labelled whatever their
        # confidence, every EAR decision goes to review (the path an unsure item takes).
        "thresholds": {"itar": 0.3, "ear": 0.999, "uncontrolled": 0.3},
        "state_dir": str(tmp_path / "state"),
        "sources": [
            {"uri": f"az://{ACCOUNT}/eng-{tag}/specs/", "inside": True},
            {"uri": f"gs://partner-{tag}/drop/", "inside": False,
             "quarantine": f"s3://{vault}/partner/"}]}))
    return {"gcs": outside, "azure": container, "s3": s3, "vault": vault, "config": config,
            "state": tmp_path / "state", "out": tmp_path / "out"}


def _vault(world) -> dict[str, bytes]:
    s3 = world["s3"]
    listed = s3.list_objects_v2(Bucket=world["vault"]).get("Contents", [])
    return {o["Key"]: s3.get_object(Bucket=world["vault"], Key=o["Key"])["Body"].read()
            for o in listed}


def _gcs(world) -> dict[str, bytes]:
    return {b.name: b.download_as_bytes() for b in world["gcs"].list_blobs()}


def test_sweep_labels_inside_quarantines_outside_and_restores(world) -> None:
    assert main(["sweep", "--config", str(world["config"]), "--out", str(world["out"]),
                 "--no-progress"]) == 3          # controlled items found
    actions = [json.loads(x) for x in (world["out"] / "actions.jsonl").read_text().splitlines()]
    by = {(a["uri"].split("://")[0], a["uri"].rsplit("/", 1)[-1]): a for a in actions}

    # Inside (Azure): labelled with metadata and index tags, content untouched; the EAR item,
    # whose bare legend names no regime, waits for a reviewer instead.
    assert by[("az", "ear.txt")]["status"] == "review"
    assert "enclave_jurisdiction" not in (
        world["azure"].get_blob_client("specs/ear.txt").get_blob_properties().metadata or {})
    for name, juris in (("itar.txt", "ITAR"), ("plain.txt", "UNCONTROLLED")):
        assert by[("az", name)]["action"] == "label" and by[("az", name)]["status"] == "done"
        blob = world["azure"].get_blob_client(f"specs/{name}")
        props = blob.get_blob_properties()
        assert props.metadata["enclave_jurisdiction"] == juris
        assert blob.download_blob().readall() == FILES[name]
    itar_tags = world["azure"].get_blob_client("specs/itar.txt").get_blob_tags()
    assert itar_tags.get("export_control") == "itar"

    # Outside (GCS): controlled items moved to the S3 vault, byte for byte, with tombstones.
    assert by[("gs", "itar.txt")]["status"] == "done"
    assert by[("gs", "ear.txt")]["status"] == "done"
    gcs = _gcs(world)
    assert "drop/itar.txt" not in gcs and "drop/ear.txt" not in gcs
    assert gcs["drop/plain.txt"] == FILES["plain.txt"]
    assert gcs["elsewhere/itar.txt"] == FILES["itar.txt"]          # not under the swept prefix
    tomb = gcs["drop/itar.txt.quarantined.txt"].decode()
    assert "exports@example.com" in tomb and by[("gs", "itar.txt")]["id"] in tomb
    assert "XI(c)" not in tomb and "AN/XYZ" not in tomb
    vault = _vault(world)
    assert sorted(k.rsplit("/", 1)[-1] for k in vault) == ["ear.txt", "itar.txt"]
    for key, data in vault.items():
        assert data == FILES[key.rsplit("/", 1)[-1]]
        head = world["s3"].head_object(Bucket=world["vault"], Key=key)
        assert head["Metadata"]["enclave_original"].startswith("gs://")
    plain = world["gcs"].get_blob("drop/plain.txt")
    assert (plain.metadata or {}).get("enclave_jurisdiction") == "UNCONTROLLED"

    # Audit: one chain, every action, each quarantine step once.
    log = AuditLog(world["state"] / "audit.jsonl")
    assert log.verify().ok
    entries = list(log.entries())
    kinds = [e["action"] for e in entries]
    assert kinds.count("label.applied") == 3              # two in Azure, plain.txt in GCS
    for step in ("start", "copied", "deleted", "done"):
        assert kinds.count(f"quarantine.{step}") == 2
    copied = {e["item"].rsplit("/", 1)[-1]: e for e in entries if e["action"] == "quarantine.copied"}
    assert copied["itar.txt"]["sha256"] == _sha(FILES["itar.txt"])
    assert copied["itar.txt"]["decision"]["jurisdiction"] == "ITAR"

    # Restore one.
    qid = by[("gs", "itar.txt")]["id"]
    assert main(["quarantine", "restore", qid, "--config", str(world["config"])]) == 0
    gcs = _gcs(world)
    assert gcs["drop/itar.txt"] == FILES["itar.txt"]
    assert "drop/itar.txt.quarantined.txt" not in gcs
    assert sorted(k.rsplit("/", 1)[-1] for k in _vault(world)) == ["ear.txt"]
    assert [e["action"] for e in log.entries()][-2:] == ["restore.start", "restore.done"]
    assert log.verify().ok


def _sweep_process(world, failpoint: str | None) -> int:
    env = dict(os.environ)
    env.pop("ENCLAVE_FAILPOINT", None)
    if failpoint:
        env["ENCLAVE_FAILPOINT"] = failpoint
    cmd = [sys.executable, "-m", "pipeline.cli", "sweep", "--config", str(world["config"]),
           "--out", str(world["out"]), "--no-progress"]
    return subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, timeout=300).returncode


@pytest.mark.parametrize("failpoint", ["quarantine.copied", "quarantine.deleted"])
def test_a_killed_sweep_finishes_on_the_next_run(world, failpoint: str) -> None:
    assert _sweep_process(world, failpoint) == FAILPOINT_EXIT
    gcs, vault = _gcs(world), _vault(world)
    # Killed mid-way: every controlled byte still exists at least once.
    for name in ("itar.txt", "ear.txt"):
        copies = [d for k, d in vault.items() if k.endswith("/" + name)]
        assert gcs.get(f"drop/{name}") == FILES[name] or copies == [FILES[name]]

    assert _sweep_process(world, None) == 3            # controlled items found
    gcs, vault = _gcs(world), _vault(world)
    assert sorted(k.rsplit("/", 1)[-1] for k in vault) == ["ear.txt", "itar.txt"]
    for key, data in vault.items():
        assert data == FILES[key.rsplit("/", 1)[-1]]
    assert sorted(k for k in gcs if k.startswith("drop/")) == [
        "drop/ear.txt.quarantined.txt", "drop/itar.txt.quarantined.txt", "drop/plain.txt"]
    log = AuditLog(world["state"] / "audit.jsonl")
    assert log.verify().ok
    kinds = [e["action"] for e in log.entries()]
    for step in ("start", "copied", "deleted", "done"):
        assert kinds.count(f"quarantine.{step}") == 2, (step, kinds)
