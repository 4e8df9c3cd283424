"""Streaming: `enclave watch` on a local folder and on Azure Blob events from an Azurite queue.

Each test runs the real command in a child process (real Tika, real detectors), waits until it
says it is watching, makes a change, and measures how long the decision takes to appear.
"""

from __future__ import annotations

import base64
import json
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from pipeline.watch import parse_blob_events
from tests.conftest import EAR_TEXT, ITAR_TEXT, PLAIN_TEXT, REPO
from tests.emulators import AZURITE_ACCOUNT, azurite  # noqa: F401

DECIDED_WITHIN_S = 10.0        # from the change to the decision line
START_TIMEOUT_S = 120.0


class Watcher:
    """`enclave watch ...` as a child process, its output in files."""

    def __init__(self, tmp: Path, *args: str) -> None:
        self.out, self.err_path = tmp / "out", tmp / f"watch-{uuid.uuid4().hex[:6]}.err"
        self.err = self.err_path.open("w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "pipeline.cli", "watch", *args, "--out", str(self.out)],
            cwd=REPO, stdout=subprocess.PIPE, stderr=self.err, text=True)

    def stderr(self) -> str:
        return self.err_path.read_text()

    def wait_watching(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while "watching " not in self.stderr():
            assert self.proc.poll() is None, self.stderr()[-3000:]
            assert time.monotonic() < deadline, "watch did not start"
            time.sleep(0.1)

    def decisions(self) -> list[dict]:
        path = self.out / "decisions.jsonl"
        return [json.loads(x) for x in path.read_text().splitlines()] if path.exists() else []

    def wait_decision(self, uri: str, timeout: float = DECIDED_WITHIN_S) -> tuple[dict, float]:
        started = time.monotonic()
        while True:
            found = [d for d in self.decisions() if d["uri"] == uri]
            if found:
                return found[-1], time.monotonic() - started
            assert self.proc.poll() is None, self.stderr()[-3000:]
            assert time.monotonic() - started < timeout, \
                f"no decision for {uri} within {timeout} s: {self.stderr()[-2000:]}"
            time.sleep(0.05)

    def finish(self, timeout: float = 60) -> tuple[int, str]:
        try:
            stdout, _ = self.proc.communicate(timeout=timeout)
        finally:
            self.kill()
        return self.proc.returncode, stdout

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)
        self.err.close()


@pytest.fixture(autouse=True)
def _no_leftover_watchers(monkeypatch: pytest.MonkeyPatch):
    started: list[Watcher] = []
    original = Watcher.__init__

    def tracking(self, *args, **kwargs):
        original(self, *args, **kwargs)
        started.append(self)
    monkeypatch.setattr(Watcher, "__init__", tracking)
    yield
    for w in started:
        w.kill()


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT])
def test_a_new_file_in_a_watched_folder_is_decided_within_seconds(tmp_path: Path, how) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "menu.txt").write_text(PLAIN_TEXT)
    state = tmp_path / "state"
    w = Watcher(tmp_path, str(folder), "--state", str(state), "--interval", "0.2")
    w.wait_watching()
    menu, _ = w.wait_decision((folder / "menu.txt").as_uri(), timeout=30)   # already there
    assert menu["jurisdiction"] == "UNCONTROLLED"

    (folder / "receiver.txt").write_text(ITAR_TEXT)
    decision, latency = w.wait_decision((folder / "receiver.txt").as_uri())
    assert decision["jurisdiction"] == "ITAR" and decision["category"] == "XI(c)"
    assert latency < DECIDED_WITHIN_S

    (folder / "menu.txt").write_text(EAR_TEXT)                  # changed: decided again
    deadline = time.monotonic() + DECIDED_WITHIN_S
    while not [d for d in w.decisions() if d["uri"] == (folder / "menu.txt").as_uri()
               and d["jurisdiction"] == "EAR"]:
        assert time.monotonic() < deadline, w.stderr()[-2000:]
        time.sleep(0.05)

    w.proc.send_signal(how)
    code, stdout = w.finish()
    assert code == 0, w.stderr()[-2000:]
    assert "stopped:" in w.stderr()
    assert f"decided  {(folder / 'receiver.txt').as_uri()}  ITAR XI(c)" in stdout
    assert "Receiver front-end" not in stdout + w.stderr()        # no content in the output

    # A restart sees the same files again (a replay): nothing is decided a second time.
    before = len(w.decisions())
    again = Watcher(tmp_path, str(folder), "--state", str(state), "--interval", "0.2",
                    "--idle-exit", "2")
    code, stdout = again.finish(timeout=START_TIMEOUT_S)
    assert code == 0, again.stderr()[-2000:]
    assert "decided" not in stdout
    assert len(again.decisions()) == before


def _event(conn: str, container: str, name: str, etag: str, size: int) -> str:
    endpoint = next(p.split("=", 1)[1] for p in conn.split(";") if p.startswith("BlobEndpoint="))
    event = {
        "topic": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/"
                 f"providers/Microsoft.Storage/storageAccounts/{AZURITE_ACCOUNT}",
        "subject": f"/blobServices/default/containers/{container}/blobs/{name}",
        "eventType": "Microsoft.Storage.BlobCreated",
        "id": str(uuid.uuid4()), "eventTime": "2026-01-01T00:00:00Z",
        "data": {"api": "PutBlob", "eTag": etag, "contentType": "text/plain",
                 "contentLength": size, "blobType": "BlockBlob",
                 "url": f"{endpoint}/{container}/{name}"},
        "dataVersion": "", "metadataVersion": "1"}
    # Event Grid writes queue messages base64-encoded.
    return base64.b64encode(json.dumps(event).encode()).decode()


def test_a_blob_announced_on_an_azurite_queue_is_decided(tmp_path: Path, azurite: str) -> None:  # noqa: F811
    from azure.storage.blob import BlobServiceClient
    from azure.storage.queue import QueueClient

    container, queue_name = f"drop{uuid.uuid4().hex[:8]}", f"events{uuid.uuid4().hex[:8]}"
    blobs = BlobServiceClient.from_connection_string(azurite).create_container(container)
    queue = QueueClient.from_connection_string(azurite, queue_name)
    queue.create_queue()
    w = Watcher(tmp_path, f"az://{AZURITE_ACCOUNT}/{container}", "--queue-url", queue_name,
                "--state", str(tmp_path / "state"), "--interval", "0.2", "--max-events", "2")
    w.wait_watching()

    data = ITAR_TEXT.encode()
    written = blobs.upload_blob("specs/receiver.txt", data).get_blob_properties()
    uri = f"az://{AZURITE_ACCOUNT}/{container}/specs/receiver.txt"
    message = _event(azurite, container, "specs/receiver.txt", written.etag, len(data))
    queue.send_message(message)
    decision, latency = w.wait_decision(uri)
    assert decision["jurisdiction"] == "ITAR" and decision["category"] == "XI(c)"
    assert latency < DECIDED_WITHIN_S

    # An event for a blob outside the watched container is acknowledged and ignored (not
    # counted); Event Grid delivers at least once: the same event again repeats nothing.
    queue.send_message(_event(azurite, "elsewhere", "x.txt", '"0x1"', 1))
    queue.send_message(message)
    code, stdout = w.finish()
    assert code == 0, w.stderr()[-2000:]
    assert "stopped: 2 events, 1 items decided" in w.stderr()
    assert [d["uri"] for d in w.decisions()] == [uri]
    assert list(queue.receive_messages(visibility_timeout=1)) == []      # all acknowledged
    assert stdout.count("decided") == 1


def test_blob_events_in_either_schema_and_encoding() -> None:
    grid = {"topic": "/subscriptions/s/resourceGroups/r/providers/Microsoft.Storage/"
                     "storageAccounts/acct", "subject": "/blobServices/default/containers/c/blobs/a/b.pdf",
            "eventType": "Microsoft.Storage.BlobCreated", "data": {}}
    cloud = {"source": grid["topic"], "subject": grid["subject"],
             "type": "Microsoft.Storage.BlobDeleted",
             "data": {"url": "https://acct.blob.core.windows.net/c/a/b.pdf"}}
    url_only = {"eventType": "Microsoft.Storage.BlobCreated",
                "data": {"url": "https://acct.blob.core.windows.net/c/a%20b.pdf"}}
    assert parse_blob_events(json.dumps(grid)) == [("Microsoft.Storage.BlobCreated",
                                                    "az://acct/c/a/b.pdf")]
    assert parse_blob_events(base64.b64encode(json.dumps([cloud]).encode()).decode()) == [
        ("Microsoft.Storage.BlobDeleted", "az://acct/c/a/b.pdf")]
    assert parse_blob_events(json.dumps(url_only)) == [("Microsoft.Storage.BlobCreated",
                                                        "az://acct/c/a b.pdf")]
    with pytest.raises(ValueError):
        parse_blob_events("not an event")
