"""Local file systems, git repositories and Microsoft Graph drives behind the Source seam.

Local and git run against real files and the real ``git`` command; Graph runs against the
stand-in server in ``tests/graph_server.py`` (no Graph service can run offline).
"""

from __future__ import annotations

import errno
import grp
import io
import os
import pwd
import subprocess
from pathlib import Path

import pytest

from pipeline.errors import ConfigError, SourceError
from pipeline.records import ItemRef
from pipeline.sources import VersionConflict, open_source
from pipeline.sources.git import GitSource, strip_credentials
from pipeline.sources.local import LocalSource
from tests import graph_server
from tests.graph_server import GraphServer

# -- local ---------------------------------------------------------------------------------


def _tree(root: Path) -> Path:
    (root / "docs").mkdir()
    (root / "docs" / "spec.txt").write_bytes(b"receiver alignment\n")
    (root / "top.bin").write_bytes(bytes(range(256)))
    os.chmod(root / "top.bin", 0o640)
    return root


def test_local_facts_owner_group_mode(tmp_path: Path) -> None:
    src = LocalSource(str(_tree(tmp_path)))
    items = {Path(r.path).name: r for r in src.list()}
    assert set(items) == {"spec.txt", "top.bin"}
    ref = items["top.bin"]
    st = os.stat(ref.path)
    assert ref.fact("mode") == "0640"
    assert ref.fact("owner") == pwd.getpwuid(st.st_uid).pw_name
    assert ref.fact("group") == grp.getgrgid(st.st_gid).gr_name
    assert ref.version == f"{st.st_mtime_ns}-{st.st_size}"
    assert [k for k, _ in ref.facts] == sorted(k for k, _ in ref.facts)
    with src.open(ref) as f:
        assert f.read() == bytes(range(256))
    assert src.stat(ref) == ref
    assert src.count() == 2
    assert src.uri_for("docs/spec.txt") == items["spec.txt"].uri
    assert "fs.type" in src.posture()


def test_local_put_is_atomic_and_conditional(tmp_path: Path) -> None:
    src = LocalSource(str(tmp_path))
    uri = src.uri_for("quarantine/2024/a.txt")
    ref = src.put(uri, io.BytesIO(b"first"))
    assert Path(ref.path).read_bytes() == b"first" and ref.size == 5
    with pytest.raises(VersionConflict):
        src.put(uri, io.BytesIO(b"second"))
    assert Path(ref.path).read_bytes() == b"first"
    replaced = src.put(uri, io.BytesIO(b"second!"), if_absent=False)
    assert Path(replaced.path).read_bytes() == b"second!"
    # no temporary files are left behind
    assert sorted(p.name for p in Path(ref.path).parent.iterdir()) == ["a.txt"]
    labelled = src.put(src.uri_for("t.txt"), io.BytesIO(b"x"), metadata={"tombstone": "yes"})
    assert src.get_labels(labelled)["tombstone"] == "yes"


def test_local_delete_only_at_listed_version(tmp_path: Path) -> None:
    src = LocalSource(str(_tree(tmp_path)))
    ref = next(r for r in src.list() if r.path.endswith("spec.txt"))
    Path(ref.path).write_bytes(b"changed by someone else, longer\n")
    with pytest.raises(VersionConflict):
        src.delete(ref)
    assert Path(ref.path).exists()
    fresh = src.stat(ref)
    src.delete(fresh)
    assert not Path(ref.path).exists()
    assert src.stat(ref) is None
    with pytest.raises(VersionConflict):
        src.delete(fresh)


def test_local_labels_in_xattrs_idempotent_version_unchanged(tmp_path: Path) -> None:
    src = LocalSource(str(_tree(tmp_path)))
    ref = next(r for r in src.list() if r.path.endswith("spec.txt"))
    os.setxattr(ref.path, "user.mip.label", b"Confidential")     # another tool's label
    after = src.set_labels(ref, {"jurisdiction": "ITAR", "category": "XI(c)"})
    assert after.version == ref.version                           # xattrs leave mtime alone
    assert os.getxattr(ref.path, "user.enclave.jurisdiction") == b"ITAR"
    assert src.get_labels(ref) == {"jurisdiction": "ITAR", "category": "XI(c)",
                                   "user.mip.label": "Confidential"}
    ctime = os.stat(ref.path).st_ctime_ns
    again = src.set_labels(after, {"jurisdiction": "ITAR"})
    assert again == after and os.stat(ref.path).st_ctime_ns == ctime   # nothing written
    assert Path(ref.path).read_bytes() == b"receiver alignment\n"
    assert not list(tmp_path.rglob("*.enclave-label.json"))
    Path(ref.path).write_bytes(b"new content, new size\n")
    with pytest.raises(VersionConflict):
        src.set_labels(ref, {"jurisdiction": "EAR"})


def test_local_labels_fall_back_to_a_sidecar_that_is_never_listed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = LocalSource(str(_tree(tmp_path)))
    ref = next(r for r in src.list() if r.path.endswith("spec.txt"))

    def refuse(*args, **kwargs):
        raise OSError(errno.ENOTSUP, "Operation not supported")

    monkeypatch.setattr(os, "setxattr", refuse)
    after = src.set_labels(ref, {"jurisdiction": "EAR", "category": "5A002.a"})
    sidecar = Path(ref.path + ".enclave-label.json")
    assert sidecar.exists() and after.version == ref.version
    assert src.get_labels(ref) == {"jurisdiction": "EAR", "category": "5A002.a"}
    stamp = sidecar.stat().st_mtime_ns
    src.set_labels(after, {"jurisdiction": "EAR"})               # idempotent: not rewritten
    assert sidecar.stat().st_mtime_ns == stamp
    src.set_labels(after, {"review": "pending"})
    assert src.get_labels(ref)["review"] == "pending"
    assert sorted(Path(r.path).name for r in src.list()) == ["spec.txt", "top.bin"]
    assert src.count() == 2
    src.delete(src.stat(ref))
    assert not sidecar.exists()


# -- git -----------------------------------------------------------------------------------

GIT_ENV = {**os.environ, "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.com",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.com",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                          env=GIT_ENV).stdout.decode().strip()


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("git") / "radar"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    (root / "docs").mkdir()
    (root / "docs" / "plan.txt").write_bytes(b"plan v1\n")
    (root / "secret.txt").write_bytes(b"ITAR CONTROLLED - USML XI(c)\n\x00\xff binary tail")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "first")
    (root / "docs" / "plan.txt").write_bytes(b"plan v2\n")
    (root / "name with space.txt").write_bytes(b"spaces\n")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "second")
    git(root, "rm", "-q", "secret.txt")
    os.symlink("docs/plan.txt", root / "link")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "remove the controlled file")
    git(root, "remote", "add", "origin", "https://deploy:s3cr3t-token@git.example.com/eng/radar.git")
    return root


def test_git_head_lists_files_at_head_with_exact_bytes(repo: Path) -> None:
    src = open_source(f"git+file://{repo}")
    assert isinstance(src, GitSource)
    head = git(repo, "rev-parse", "HEAD")
    items = {r.fact("path"): r for r in src.list()}
    assert set(items) == {"docs/plan.txt", "name with space.txt"}     # no symlink, no deleted
    plan = items["docs/plan.txt"]
    assert plan.version == head and plan.fact("commit") == head
    assert plan.fact("blob") == git(repo, "rev-parse", "HEAD:docs/plan.txt")
    assert plan.uri == f"git+file://{repo}@HEAD/docs/plan.txt"
    assert items["name with space.txt"].uri.endswith("@HEAD/name%20with%20space.txt")
    assert src.open(plan).read() == b"plan v2\n"
    assert src.open(items["name with space.txt"]).read() == b"spaces\n"
    assert src.stat(plan) == plan
    assert src.uri_for("docs/plan.txt") == plan.uri
    posture = src.posture()
    assert posture["git.branch"] == "main" and posture["git.bare"] == "false"
    assert posture["git.remote.origin"] == "https://git.example.com/eng/radar.git"


def test_git_history_all_finds_a_file_deleted_from_head(repo: Path) -> None:
    src = open_source(f"git+file://{repo}?history=all")
    items = list(src.list())
    blobs = [r.version for r in items]
    assert len(blobs) == len(set(blobs)) == 4     # plan v1, plan v2, secret, spaces
    secret = next(r for r in items if r.fact("path") == "secret.txt")
    first = git(repo, "rev-list", "--max-parents=0", "HEAD")
    assert secret.fact("first_commit") == first and secret.fact("at_head") == "false"
    assert secret.uri == f"git+file://{repo}@{first}/secret.txt"
    assert secret.size == len(b"ITAR CONTROLLED - USML XI(c)\n\x00\xff binary tail")
    assert src.open(secret).read() == b"ITAR CONTROLLED - USML XI(c)\n\x00\xff binary tail"
    assert src.stat(secret) == secret
    plan_versions = sorted(src.open(r).read() for r in items if r.fact("path") == "docs/plan.txt")
    assert plan_versions == [b"plan v1\n", b"plan v2\n"]
    at_head = {r.fact("path") for r in items if r.fact("at_head") == "true"}
    assert at_head == {"docs/plan.txt", "name with space.txt"}
    assert "secret.txt" not in {r.fact("path") for r in open_source(f"git+file://{repo}").list()}


def test_git_bare_repository(repo: Path, tmp_path: Path) -> None:
    bare = tmp_path / "radar.git"
    subprocess.run(["git", "clone", "-q", "--bare", str(repo), str(bare)], check=True,
                   env=GIT_ENV, capture_output=True)
    src = GitSource(f"git+file://{bare}")
    assert src.posture()["git.bare"] == "true"
    items = {r.fact("path"): r for r in src.list()}
    assert src.open(items["docs/plan.txt"]).read() == b"plan v2\n"
    hist = {r.fact("path") for r in GitSource(f"git+file://{bare}?history=all").list()}
    assert "secret.txt" in hist


def test_git_is_read_only_and_plain_paths_stay_local(repo: Path) -> None:
    src = GitSource(f"git+file://{repo}")
    ref = next(iter(src.list()))
    for attempt in (lambda: src.put(src.uri_for("x.txt"), io.BytesIO(b"x")),
                    lambda: src.delete(ref),
                    lambda: src.set_labels(ref, {"jurisdiction": "ITAR"})):
        with pytest.raises(SourceError, match="read-only to Enclave"):
            attempt()
    assert src.get_labels(ref) == {}
    assert isinstance(open_source(str(repo)), LocalSource)
    with pytest.raises(ConfigError):
        GitSource(f"git+file://{repo}/docs/plan.txt")
    with pytest.raises(ConfigError):
        GitSource(f"git+file://{repo}?history=some")


def test_git_stat_sees_a_file_removed_at_head(repo: Path, tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(repo), str(clone)], check=True, env=GIT_ENV,
                   capture_output=True)
    src = GitSource(f"git+file://{clone}")
    ref = next(r for r in src.list() if r.fact("path") == "docs/plan.txt")
    git(clone, "rm", "-q", "docs/plan.txt")
    git(clone, "commit", "-q", "-m", "gone")
    assert src.stat(ref) is None


def test_credentials_are_stripped_from_remotes() -> None:
    assert strip_credentials("https://u:p@h.example/r.git") == "https://h.example/r.git"
    assert strip_credentials("https://ghp_token@h.example/r.git") == "https://h.example/r.git"
    assert strip_credentials("ssh://git@h.example/r.git") == "ssh://git@h.example/r.git"
    assert strip_credentials("git@h.example:org/r.git") == "git@h.example:org/r.git"


# -- Microsoft Graph -----------------------------------------------------------------------

GUEST_LOGIN = "i:0#.f|membership|pat_partner.example#ext#@contoso.onmicrosoft.com"


@pytest.fixture()
def graph(monkeypatch: pytest.MonkeyPatch):
    with GraphServer() as server:
        server.point_clients_here(monkeypatch)
        st = server.state
        st.add_file("/Engineering/RF/rx-align.docx", b"PK\x03\x04 receiver" + bytes(range(256)),
                    modified_by="bob@contoso.com", versions=3,
                    permissions=[{"id": "1", "roles": ["read"],
                                  "link": {"scope": "anonymous", "type": "view",
                                           "webUrl": "https://contoso.sharepoint.com/:w:/x"}}])
        st.add_file("/Engineering/RF/notes.txt", b"notes")
        st.add_file("/Engineering/menu.txt", b"soup",
                    permissions=[{"id": "2", "roles": ["write"],
                                  "link": {"scope": "users", "type": "edit"},
                                  "grantedToIdentitiesV2": [
                                      {"siteUser": {"id": "7", "loginName": GUEST_LOGIN}}]}])
        st.add_file("/Engineering/plan.pdf", b"%PDF-1.7 plan",
                    permissions=[{"id": "3", "roles": ["read"],
                                  "link": {"scope": "organization", "type": "view"}}])
        st.add_file("/Engineering/team.txt", b"team")
        st.add_file("/HR/handbook.txt", b"handbook")
        yield server


def test_graph_lists_every_file_across_pages_with_facts(graph: GraphServer) -> None:
    src = open_source(f"graph://drives/{graph_server.DRIVE}/root")
    items = {r.fact("path"): r for r in src.list()}
    assert set(items) == {"/Engineering/RF/rx-align.docx", "/Engineering/RF/notes.txt",
                          "/Engineering/menu.txt", "/Engineering/plan.pdf",
                          "/Engineering/team.txt", "/HR/handbook.txt"}
    pages = [p for m, p in graph.state.requests if p.endswith("/children")]
    assert len(pages) == 5      # four folders; Engineering (4 children) took two pages
    rx = items["/Engineering/RF/rx-align.docx"]
    item = graph.state.by_path("/Engineering/RF/rx-align.docx")
    assert rx.uri == f"graph://drives/{graph_server.DRIVE}/items/{item.id}"
    assert rx.version == item.etag and rx.size == len(item.content)
    assert rx.fact("web_host") == "contoso.sharepoint.com"
    assert rx.fact("modified_by") == "bob@contoso.com"
    assert rx.fact("versions") == "3"
    assert (rx.fact("sharing"), rx.fact("sharing_external")) == ("anonymous", "true")
    menu = items["/Engineering/menu.txt"]
    assert (menu.fact("sharing"), menu.fact("sharing_external")) == ("users", "true")
    plan = items["/Engineering/plan.pdf"]
    assert (plan.fact("sharing"), plan.fact("sharing_external")) == ("organization", "false")
    assert items["/HR/handbook.txt"].fact("sharing") == "none"
    assert graph.state.token_requests == 1         # one token for the whole listing
    folder = open_source(f"graph://drives/{graph_server.DRIVE}/root:/Engineering/RF")
    assert {r.fact("path") for r in folder.list()} == {"/Engineering/RF/rx-align.docx",
                                                       "/Engineering/RF/notes.txt"}
    assert src.posture()["graph.drive_type"] == "documentLibrary"


def test_graph_content_bytes_through_the_download_redirect(graph: GraphServer) -> None:
    src = open_source(f"graph://drives/{graph_server.DRIVE}/root")
    ref = next(r for r in src.list() if r.fact("path").endswith("rx-align.docx"))
    with src.open(ref) as stream:
        assert stream.read() == b"PK\x03\x04 receiver" + bytes(range(256))
    assert graph.state.download_auth_headers == [""]     # the bearer token stays with Graph
    assert src.stat(ref) == ref


def test_graph_delete_is_conditional_on_the_etag(graph: GraphServer) -> None:
    src = open_source(f"graph://drives/{graph_server.DRIVE}/root:/Engineering")
    ref = next(r for r in src.list() if r.fact("path") == "/Engineering/team.txt")
    graph.state.by_path("/Engineering/team.txt").generation += 1     # edited meanwhile
    with pytest.raises(VersionConflict):
        src.delete(ref)
    assert graph.state.by_path("/Engineering/team.txt") is not None
    fresh = src.stat(ref)
    assert fresh is not None and fresh.version != ref.version
    src.delete(fresh)
    assert graph.state.by_path("/Engineering/team.txt") is None
    assert src.stat(ref) is None


def test_graph_put_refuses_a_taken_name_and_creates_folders(graph: GraphServer) -> None:
    src = open_source(f"graph://drives/{graph_server.DRIVE}/root:/Engineering")
    with pytest.raises(VersionConflict):
        src.put(src.uri_for("menu.txt"), io.BytesIO(b"other"))
    assert graph.state.by_path("/Engineering/menu.txt").content == b"soup"
    ref = src.put(src.uri_for("Quarantine/2024/menu.txt"), io.BytesIO(b"copy"))
    assert ref.fact("path") == "/Engineering/Quarantine/2024/menu.txt"
    assert src.open(ref).read() == b"copy"
    big = os.urandom(5 * 1024 * 1024 + 17)               # above 4 MiB: an upload session
    ref = src.put(src.uri_for("Quarantine/big.bin"), io.BytesIO(big))
    assert ref.size == len(big) and src.open(ref).read() == big
    with pytest.raises(VersionConflict):
        src.put(src.uri_for("Quarantine/big.bin"), io.BytesIO(big))


def test_graph_retries_after_429(graph: GraphServer) -> None:
    src = open_source(f"graph://drives/{graph_server.DRIVE}/root:/HR")
    graph.inject(429, "/children", {"Retry-After": "0"})
    items = list(src.list())
    assert [r.fact("path") for r in items] == ["/HR/handbook.txt"]
    children = [p for m, p in graph.state.requests if p.endswith("/children")]
    assert len(children) == 2                            # the throttled call, then the retry


def test_graph_sensitivity_label_round_trip(graph: GraphServer) -> None:
    src = open_source(f"graph://drives/{graph_server.DRIVE}/root:/Engineering/RF")
    ref = next(r for r in src.list() if r.fact("path").endswith("rx-align.docx"))
    assert src.get_labels(ref) == {}
    label = "5feba255-812e-446a-ac59-a7044ef827b5"
    after = src.set_labels(ref, {"sensitivityLabelId": label,
                                 "justificationText": "ITAR XI(c) by export-control review"})
    assert graph.state.assignments == [{"sensitivityLabelId": label,
                                        "assignmentMethod": "standard",
                                        "justificationText": "ITAR XI(c) by export-control review"}]
    assert after.version != ref.version                  # the label is written into the file
    got = src.get_labels(after)
    assert got["sensitivityLabelId"] == label and got["tenantId"] == graph_server.TENANT
    assert src.set_labels(after, {"sensitivityLabelId": label}) == after   # idempotent
    assert len(graph.state.assignments) == 1
    with pytest.raises(VersionConflict):
        src.set_labels(ref, {"sensitivityLabelId": "another"})      # stale version
    graph.state.by_path("/Engineering/RF/notes.txt").locked = True
    notes = next(r for r in src.list() if r.fact("path").endswith("notes.txt"))
    assert src.get_labels(notes) == {}                   # 423: the service cannot say


def test_graph_static_token_and_bad_specs(graph: GraphServer,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    token = "tok-static"
    graph.state.tokens.add(token)
    monkeypatch.setenv("GRAPH_ACCESS_TOKEN", token)
    src = open_source(f"graph://drives/{graph_server.DRIVE}/root:/HR")
    assert len(list(src.list())) == 1 and graph.state.token_requests == 0
    with pytest.raises(ConfigError):
        open_source("graph://sites/contoso/root")
    monkeypatch.delenv("GRAPH_ACCESS_TOKEN")
    monkeypatch.delenv("AZURE_CLIENT_SECRET")
    with pytest.raises(ConfigError):
        open_source(f"graph://drives/{graph_server.DRIVE}/root")


def test_graph_takes_enclave_label_keys_and_finds_copies_by_path(graph: GraphServer) -> None:
    src = open_source(f"graph://drives/{graph_server.DRIVE}/root:/Engineering")
    label = "a8374767-ff97-4bfd-bf53-5bc757f17977"
    uri = src.uri_for("Quarantine/q1/plan.pdf")
    written = src.put(uri, io.BytesIO(b"%PDF-1.7 copy"),
                      metadata={"enclave_label_id": label, "enclave_jurisdiction": "ITAR",
                                "enclave_category": "XI(c)", "enclave_quarantine_id": "q1"})
    assert graph.state.assignments[-1]["sensitivityLabelId"] == label
    assert "ITAR XI(c)" in graph.state.assignments[-1]["justificationText"]
    assert src.get_labels(written)["enclave_label_id"] == label
    found = src.stat(ItemRef(uri=uri, path=None, size=0, version="", source=src.spec))
    assert found == written
    assert src.stat(ItemRef(uri=src.uri_for("nothing/here.txt"), path=None, size=0,
                            version="", source=src.spec)) is None
    with pytest.raises(SourceError):
        src.put(written.uri + ".quarantined.txt", io.BytesIO(b"tombstone"))
