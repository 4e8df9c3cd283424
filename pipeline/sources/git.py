"""Git repositories, read through the ``git`` command line (bare repositories and clones).

    git+file:///srv/git/radar.git                 every file at HEAD
    git+file:///srv/git/radar.git?history=all     every blob reachable from any ref, once

A plain path is always a local folder (``LocalSource``), even when it is a clone: sweeping a
working copy and sweeping its history are different questions, and the user says which.

Item URIs name the repository, a commit and the path inside the tree at that commit::

    git+file:///srv/git/radar.git@HEAD/docs/rx-align.txt            (an item at HEAD)
    git+file:///srv/git/radar.git@3f2a…c9/docs/old-notes.txt        (a blob found in history)

The part after the last ``@`` that is followed by ``HEAD`` or a full hexadecimal commit id and a
``/`` is the revision; the rest of the path is percent-encoded. HEAD items keep one stable URI
per path (``@HEAD``); their version is the commit id HEAD pointed to when listed and their facts
carry the blob id, so a state store can tell an unchanged blob under a new commit. History items
are blobs: their version is the blob id, and their URI names the first commit (oldest first, in
topological order) that holds the blob, at the path it had there; facts say that commit, that
path and whether the blob is still somewhere in HEAD's tree. History listing keeps the set of
blob ids it has seen, so its memory grows with the number of distinct blobs, not with their size.

Symbolic links (mode 120000) and submodule entries (160000) are not items, as on file systems.

A repository is read-only to Enclave: rewriting history to label or remove a file would break
every clone. ``put``, ``delete`` and ``set_labels`` raise ``SourceError``; quarantine and
labels apply where a working copy lives. ``git`` runs without a shell, with terminal prompts
off; nothing is fetched from remotes.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import threading
from typing import IO, Iterator, Mapping
from urllib.parse import parse_qs, quote, unquote, urlsplit, urlunsplit

from pipeline.errors import ConfigError, SourceError
from pipeline.records import ItemRef

READ_ONLY = ("git repositories are read-only to Enclave: quarantine and labels apply where a "
             "working copy lives")
_REV = re.compile(r"@(HEAD|[0-9a-f]{40}|[0-9a-f]{64})/")
_SKIP_MODES = {"120000", "160000", "040000"}
_SPOOL_BYTES = 8 << 20


def _git_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update({"GIT_TERMINAL_PROMPT": "0", "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C",
                "GIT_LITERAL_PATHSPECS": "1"})
    return env


def strip_credentials(url: str) -> str:
    """A remote URL without user name or password (``https://tok@host/x`` -> ``https://host/x``).

    scp-like addresses (``git@host:org/repo``) carry an account name, not a secret, and are
    returned as they are."""
    if "://" not in url:
        return url
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    if parts.scheme in ("ssh", "git+ssh") and parts.username and parts.password is None:
        host = f"{parts.username}@{host}"
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def _null_split(stream: IO[bytes]) -> Iterator[bytes]:
    """Tokens of a NUL-separated stream, read in chunks (never the whole output at once)."""
    pending = b""
    while True:
        chunk = stream.read(1 << 16)
        if not chunk:
            break
        pending += chunk
        *done, pending = pending.split(b"\0")
        yield from done
    if pending:
        yield pending


class GitSource:
    """Every file at HEAD of a repository, or with ``?history=all`` every blob ever committed."""

    def __init__(self, spec: str) -> None:
        self.spec = spec
        if not spec.startswith("git+file://"):
            raise ConfigError(f"source {spec!r}: expected git+file:///path/to/repository")
        parts = urlsplit(spec[len("git+"):])
        if parts.netloc not in ("", "localhost"):
            raise ConfigError(f"source {spec!r}: only local repositories (git+file:///path)")
        query = parse_qs(parts.query)
        unknown = set(query) - {"history"}
        if unknown:
            raise ConfigError(f"source {spec!r}: unknown option {sorted(unknown)[0]!r} "
                              "(supported: history=all)")
        history = query.get("history", ["head"])[-1]
        if history not in ("all", "head"):
            raise ConfigError(f"source {spec!r}: history must be 'all' or 'head'")
        self.history = history == "all"
        self.repo = os.path.abspath(unquote(parts.path))
        if not os.path.exists(self.repo):
            raise ConfigError(f"source {spec!r} does not exist")
        if shutil.which("git") is None:
            raise ConfigError(f"source {spec!r}: the git command is not installed")
        probe = self._run("rev-parse", "--is-bare-repository", check=False)
        if probe.returncode != 0:
            raise ConfigError(f"source {spec!r} is not a git repository")
        self.bare = probe.stdout.strip() == b"true"
        self.root_uri = "git+file://" + quote(self.repo)
        self._batch: subprocess.Popen | None = None
        self._lock = threading.Lock()

    # Sources travel to Beam workers: the cat-file process stays behind and restarts there.
    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["_batch"] = None
        state["_lock"] = None
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()

    # -- git plumbing ----------------------------------------------------------------------

    def _cmd(self, *args: str) -> list[str]:
        return ["git", "-C", self.repo, "-c", "core.quotepath=off", *args]

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        done = subprocess.run(self._cmd(*args), capture_output=True, env=_git_env(),
                              stdin=subprocess.DEVNULL, timeout=300)
        if check and done.returncode != 0:
            raise SourceError(f"{self.spec}: git {args[0]} failed (exit {done.returncode})")
        return done

    def _head(self) -> str | None:
        done = self._run("rev-parse", "--verify", "-q", "HEAD^{commit}", check=False)
        return done.stdout.decode().strip() if done.returncode == 0 else None

    def _ls_tree(self, commit: str, *paths: str) -> Iterator[tuple[str, str, int, str]]:
        """(mode, blob id, size, path) of every blob in the commit's tree."""
        args = ["ls-tree", "-r", "-l", "-z", "--full-tree", commit]
        if paths:
            args += ["--", *paths]
        proc = subprocess.Popen(self._cmd(*args), stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                                env=_git_env())
        try:
            assert proc.stdout is not None
            for token in _null_split(proc.stdout):
                meta, _, path = token.partition(b"\t")
                mode, kind, sha, size = meta.decode().split(None, 3)
                if kind != "blob" or mode in _SKIP_MODES:
                    continue
                yield mode, sha, int(size.strip()), path.decode("utf-8", "surrogateescape")
        finally:
            proc.stdout.close() if proc.stdout else None
            proc.wait()

    # -- listing ---------------------------------------------------------------------------

    def list(self) -> Iterator[ItemRef]:
        if self.history:
            yield from self._list_history()
        else:
            yield from self._list_head()

    def count(self) -> int:
        return sum(1 for _ in self.list())

    def _item_uri(self, rev: str, path: str) -> str:
        return f"{self.root_uri}@{rev}/{quote(path, safe='/')}"

    def _head_ref(self, head: str, mode: str, blob: str, size: int, path: str) -> ItemRef:
        facts = (("blob", blob), ("commit", head), ("mode", mode), ("path", path))
        return ItemRef(uri=self._item_uri("HEAD", path), path=None, size=size, version=head,
                       source=self.spec, facts=facts)

    def _list_head(self) -> Iterator[ItemRef]:
        head = self._head()
        if head is None:        # an empty repository: nothing committed yet
            return
        for mode, blob, size, path in self._ls_tree(head):
            yield self._head_ref(head, mode, blob, size, path)

    def _list_history(self) -> Iterator[ItemRef]:
        head = self._head()
        if head is None:
            return
        at_head = {blob for _, blob, _, _ in self._ls_tree(head)}
        seen: set[str] = set()
        log = subprocess.Popen(
            self._cmd("log", "--all", "--reverse", "--topo-order", "--format=%x01%H", "--raw",
                      "--no-abbrev", "-z", "-m", "--no-renames", "--root"),
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
            env=_git_env())
        sizes = subprocess.Popen(self._cmd("cat-file", "--batch-check"), stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                 env=_git_env())
        assert log.stdout is not None and sizes.stdin is not None and sizes.stdout is not None
        try:
            commit = ""
            tokens = _null_split(log.stdout)
            for token in tokens:
                token = token.lstrip(b"\n")
                if token.startswith(b"\x01"):
                    commit = token[1:].decode().strip()
                    continue
                if not token.startswith(b":"):
                    continue
                path = next(tokens, b"").decode("utf-8", "surrogateescape")
                _, new_mode, _, new_sha, status = token[1:].decode().split()[:5]
                if status.startswith("D") or new_mode in _SKIP_MODES or set(new_sha) == {"0"}:
                    continue
                if new_sha in seen:
                    continue
                seen.add(new_sha)
                sizes.stdin.write(new_sha.encode() + b"\n")
                sizes.stdin.flush()
                answer = sizes.stdout.readline().decode().split()
                if len(answer) != 3 or answer[1] != "blob":
                    continue
                facts = (("at_head", "true" if new_sha in at_head else "false"),
                         ("blob", new_sha), ("first_commit", commit), ("mode", new_mode),
                         ("path", path))
                yield ItemRef(uri=self._item_uri(commit, path), path=None, size=int(answer[2]),
                              version=new_sha, source=self.spec, facts=facts)
        finally:
            for proc in (log, sizes):
                for pipe in (proc.stdin, proc.stdout):
                    if pipe:
                        pipe.close()
                proc.kill() if proc.poll() is None else None
                proc.wait()

    # -- reading ---------------------------------------------------------------------------

    def _parse_uri(self, uri: str) -> tuple[str, str]:
        """(revision, path in the tree) of one of this repository's item URIs."""
        if not uri.startswith(self.root_uri + "@"):
            raise SourceError(f"{uri}: not an item of {self.spec}")
        match = _REV.match(uri, len(self.root_uri))
        if not match:
            raise SourceError(f"{uri}: no revision in the item uri")
        return match.group(1), unquote(uri[match.end():])

    def _blob_of(self, ref: ItemRef) -> str:
        blob = ref.fact("blob")
        if blob:
            return blob
        rev, path = self._parse_uri(ref.uri)
        done = self._run("rev-parse", "--verify", "-q", f"{rev}:{path}", check=False)
        if done.returncode != 0:
            raise SourceError(f"{ref.uri}: not in the repository")
        return done.stdout.decode().strip()

    def open(self, ref: ItemRef) -> IO[bytes]:
        """The blob's bytes (the exact blob listed: git objects never change)."""
        blob = self._blob_of(ref)
        out = tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES)
        with self._lock:
            proc = self._batch_process()
            assert proc.stdin is not None and proc.stdout is not None
            try:
                proc.stdin.write(blob.encode() + b"\n")
                proc.stdin.flush()
                header = proc.stdout.readline().decode().split()
                if len(header) != 3 or header[1] != "blob":
                    # "<id> missing": nothing else follows on the stream.
                    raise SourceError(f"{ref.uri}: blob {blob} is not in the repository")
                remaining = int(header[2])
                while remaining:
                    chunk = proc.stdout.read(min(remaining, 1 << 20))
                    if not chunk:
                        raise SourceError(f"{ref.uri}: git cat-file ended early")
                    out.write(chunk)
                    remaining -= len(chunk)
                proc.stdout.read(1)    # the newline after the content
            except (OSError, ValueError) as exc:
                self._close_batch()
                raise SourceError(f"{ref.uri}: git cat-file failed ({type(exc).__name__})") \
                    from None
            except SourceError:
                if proc.poll() is not None:
                    self._close_batch()
                raise
        out.seek(0)
        return out

    def _batch_process(self) -> subprocess.Popen:
        if self._batch is None or self._batch.poll() is not None:
            self._batch = subprocess.Popen(self._cmd("cat-file", "--batch"),
                                           stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                           stderr=subprocess.DEVNULL, env=_git_env())
        return self._batch

    def _close_batch(self) -> None:
        proc, self._batch = self._batch, None
        if proc is None:
            return
        for pipe in (proc.stdin, proc.stdout):
            if pipe:
                pipe.close()
        if proc.poll() is None:
            proc.kill()
        proc.wait()

    def close(self) -> None:
        self._close_batch()

    def __del__(self) -> None:
        try:
            self._close_batch()
        except Exception:
            pass

    def stat(self, ref: ItemRef) -> ItemRef | None:
        rev, path = self._parse_uri(ref.uri)
        head = self._head()
        if rev == "HEAD":
            if head is None:
                return None
            for mode, blob, size, found in self._ls_tree(head, path):
                if found == path:
                    return ItemRef(uri=ref.uri, path=None, size=size, version=head,
                                   source=ref.source,
                                   facts=self._head_ref(head, mode, blob, size, path).facts)
            return None
        blob = ref.version
        if self._run("cat-file", "-e", f"{blob}^{{blob}}", check=False).returncode != 0:
            return None
        still = head is not None and any(b == blob for _, b, _, _ in self._ls_tree(head))
        facts = dict(ref.facts)
        facts["at_head"] = "true" if still else "false"
        return ItemRef(uri=ref.uri, path=None, size=ref.size, version=blob, source=ref.source,
                       facts=tuple(sorted(facts.items())))

    def posture(self) -> dict[str, str]:
        out: dict[str, str] = {"git.bare": "true" if self.bare else "false"}
        branch = self._run("symbolic-ref", "--short", "-q", "HEAD", check=False)
        out["git.branch"] = branch.stdout.decode().strip() if branch.returncode == 0 \
            else "(detached)"
        remotes = self._run("config", "--get-regexp", r"^remote\..*\.url$", check=False)
        for line in remotes.stdout.decode("utf-8", "replace").splitlines():
            key, _, url = line.partition(" ")
            name = key[len("remote."):-len(".url")]
            out[f"git.remote.{name}"] = strip_credentials(url.strip())
        return out

    def uri_for(self, key: str) -> str:
        return self._item_uri("HEAD", key.lstrip("/"))

    # -- writing: never --------------------------------------------------------------------

    def put(self, uri: str, data: IO[bytes], *, metadata: Mapping[str, str] | None = None,
            if_absent: bool = True) -> ItemRef:
        raise SourceError(READ_ONLY)

    def delete(self, ref: ItemRef) -> None:
        raise SourceError(READ_ONLY)

    def get_labels(self, ref: ItemRef) -> dict[str, str]:
        return {}

    def set_labels(self, ref: ItemRef, labels: Mapping[str, str]) -> ItemRef:
        raise SourceError(READ_ONLY)
