"""Shared fixtures: small hand-made items for pipeline and CLI tests."""

from __future__ import annotations

import os
import random
import tempfile
import zipfile
from pathlib import Path

import pytest

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
# Sweeps keep state (state.db, journal, audit log) in the user's state folder by default, and a
# second sweep of the same items is incremental: give every test session a fresh, private one.
os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="enclave-test-state-")

REPO = Path(__file__).resolve().parent.parent
SAMPLE_CORPUS = REPO / "sample_corpus"

ITAR_TEXT = ("ITAR CONTROLLED - USML CATEGORY XI(c)\n"
             "Receiver front-end alignment procedure for the AN/XYZ-1 radar, rev B.\n")
EAR_TEXT = ("EXPORT CONTROLLED - ECCN: 5A002.a\n"
            "Key schedule and firmware build steps for the link encryptor board.\n")
PLAIN_TEXT = "Cafeteria menu for Friday: lentil soup, grilled vegetables, apple pie.\n"


@pytest.fixture(scope="session")
def mixed_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Good items of each class, a zip with a controlled member, and three bad inputs."""
    root = tmp_path_factory.mktemp("mixed")
    (root / "itar.txt").write_text(ITAR_TEXT)
    (root / "ear.txt").write_text(EAR_TEXT)
    (root / "plain.txt").write_text(PLAIN_TEXT)
    with zipfile.ZipFile(root / "bundle.zip", "w") as z:
        z.writestr("docs/menu.txt", PLAIN_TEXT)
        z.writestr("docs/receiver.txt", ITAR_TEXT)
    bad = root / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "fake.docx").write_bytes(random.Random(7).randbytes(4096))
    (bad / "truncated.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R")
    return root


EXPECTED_MIXED = {
    "itar.txt": ("ITAR", "XI(c)"),
    "ear.txt": ("EAR", "5A002.a"),
    "plain.txt": ("UNCONTROLLED", None),
    "bundle.zip": ("ITAR", "XI(c)"),
    "bundle.zip!/docs/menu.txt": ("UNCONTROLLED", None),
    "bundle.zip!/docs/receiver.txt": ("ITAR", "XI(c)"),
    "bad/empty.txt": ("UNDETERMINED", None),
    "bad/fake.docx": ("UNDETERMINED", None),
    "bad/truncated.pdf": ("UNDETERMINED", None),
}


def relative(uri: str, root: Path) -> str:
    prefix = root.as_uri() + "/"
    return uri[len(prefix):] if uri.startswith(prefix) else uri
