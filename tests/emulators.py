"""The real storage emulators, started once per test session on free loopback ports.

    gcs_server   gcp-storage-emulator (from the venv)     STORAGE_EMULATOR_HOST
    azurite      Azurite blob + queue + table (npm)        AZURE_STORAGE_CONNECTION_STRING
    s3_server    moto's S3 server (from the venv)          AWS_ENDPOINT_URL, dummy keys, region

Each fixture starts the process, waits until it listens, points the SDK's standard environment
variables at it for the session (restoring them afterwards) and stops the process by its PID.
Import the fixtures into a test module: ``from tests.emulators import gcs_server  # noqa: F401``.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator, Mapping

import pytest

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
AZURITE = REPO / "node_modules" / ".bin" / "azurite"

# Azurite's well-known development account (public, documented by Microsoft; not a secret).
AZURITE_ACCOUNT = "devstoreaccount1"
AZURITE_KEY = ("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/"
               "KBHBeksoGMGw==")

START_TIMEOUT_S = 30.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _listening(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.2)
        return s.connect_ex(("127.0.0.1", port)) == 0


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@contextlib.contextmanager
def running(name: str, cmd: list[str], ports: list[int]) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``cmd`` until the block ends; fail (not skip) if it does not listen on ``ports``."""
    # Output goes to a file, not a pipe: a server that logs every request would block on a
    # full pipe nobody reads.
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                            cwd=REPO)
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not all(_listening(p) for p in ports):
            if proc.poll() is not None:
                log.seek(0)
                out = log.read().decode(errors="replace")[-2000:]
                pytest.fail(f"{name} exited with code {proc.returncode} before listening: {out}")
            if time.monotonic() > deadline:
                pytest.fail(f"{name} did not listen on 127.0.0.1:{ports} "
                            f"within {START_TIMEOUT_S:.0f} s")
            time.sleep(0.1)
        yield proc
    finally:
        _stop(proc)
        log.close()


@contextlib.contextmanager
def environ(values: Mapping[str, str]) -> Iterator[None]:
    """Set environment variables for the block, then restore what was there before."""
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, old in saved.items():
            if old is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = old


@pytest.fixture(scope="session")
def gcs_server() -> Iterator[str]:
    """gcp-storage-emulator in memory; yields its base URL."""
    port = free_port()
    cmd = [str(BIN / "gcp-storage-emulator"), "start", "--host", "127.0.0.1",
           "--port", str(port), "--in-memory"]
    url = f"http://127.0.0.1:{port}"
    with running("gcp-storage-emulator", cmd, [port]), \
            environ({"STORAGE_EMULATOR_HOST": url}):
        yield url


@pytest.fixture(scope="session")
def azurite() -> Iterator[str]:
    """Azurite (blob, queue and table services) in memory; yields its connection string."""
    if not AZURITE.exists():
        pytest.fail(f"Azurite is not installed ({AZURITE} is missing): run `make setup`")
    blob, queue, table = free_port(), free_port(), free_port()
    cmd = [str(AZURITE), "--blobHost", "127.0.0.1", "--blobPort", str(blob),
           "--queueHost", "127.0.0.1", "--queuePort", str(queue),
           "--tableHost", "127.0.0.1", "--tablePort", str(table),
           "--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry", "--silent"]
    conn = (f"DefaultEndpointsProtocol=http;AccountName={AZURITE_ACCOUNT};"
            f"AccountKey={AZURITE_KEY};"
            f"BlobEndpoint=http://127.0.0.1:{blob}/{AZURITE_ACCOUNT};"
            f"QueueEndpoint=http://127.0.0.1:{queue}/{AZURITE_ACCOUNT};"
            f"TableEndpoint=http://127.0.0.1:{table}/{AZURITE_ACCOUNT};")
    with running("Azurite", cmd, [blob, queue, table]), \
            environ({"AZURE_STORAGE_CONNECTION_STRING": conn}):
        yield conn


@pytest.fixture(scope="session")
def s3_server() -> Iterator[str]:
    """moto's S3 server; yields its endpoint URL."""
    port = free_port()
    cmd = [str(BIN / "moto_server"), "-H", "127.0.0.1", "-p", str(port)]
    url = f"http://127.0.0.1:{port}"
    env = {"AWS_ENDPOINT_URL": url, "AWS_ACCESS_KEY_ID": "testing",
           "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1",
           "AWS_EC2_METADATA_DISABLED": "true"}
    with running("moto_server", cmd, [port]), environ(env):
        yield url
