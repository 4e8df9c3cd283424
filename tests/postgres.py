"""A real PostgreSQL server for the tests, started from Debian's binaries and stopped afterwards.

    with PostgresServer.start() as pg:
        url = pg.new_database()      # postgresql://postgres@127.0.0.1:PORT/t_1, empty

The cluster lives in a fresh temporary folder, listens on a free port on 127.0.0.1 (and a
socket in that folder), trusts local connections and skips fsync: it is thrown away. PostgreSQL
refuses to run as root, so as root the folder is given to the ``postgres`` account and the
server runs as that account (``runuser``).
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from typing import Iterator

import pytest

PG_BIN = Path(os.environ.get("ENCLAVE_PG_BIN", "/usr/lib/postgresql/15/bin"))


class PostgresMissing(RuntimeError):
    pass


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    def __init__(self, folder: Path, port: int, as_user: str | None) -> None:
        self.folder, self.port, self.as_user = folder, port, as_user
        self.data = folder / "data"
        self._names = itertools.count(1)

    @classmethod
    def start(cls) -> "PostgresServer":
        if not (PG_BIN / "initdb").exists() or not (PG_BIN / "pg_ctl").exists():
            raise PostgresMissing(f"PostgreSQL server binaries not found in {PG_BIN}: "
                                  "run make setup (it installs Debian's postgresql)")
        folder = Path(tempfile.mkdtemp(prefix="enclave-pg-"))
        as_user = None
        if os.geteuid() == 0:
            as_user = "postgres"
            entry = pwd.getpwnam(as_user)
            os.chown(folder, entry.pw_uid, entry.pw_gid)
        server = cls(folder, _free_port(), as_user)
        try:
            server._run("initdb", "-D", str(server.data), "-U", "postgres", "--auth=trust",
                        "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")
            options = (f"-c listen_addresses=127.0.0.1 -c port={server.port} "
                       f"-c unix_socket_directories={folder} -c fsync=off "
                       "-c synchronous_commit=off -c full_page_writes=off "
                       "-c max_connections=50")
            server._run("pg_ctl", "-D", str(server.data), "-l", str(folder / "server.log"),
                        "-o", options, "-w", "-t", "60", "start")
        except BaseException:
            server.stop()
            raise
        return server

    def _run(self, tool: str, *args: str) -> None:
        cmd = [str(PG_BIN / tool), *args]
        if self.as_user:
            cmd = ["runuser", "-u", self.as_user, "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, cwd=self.folder, timeout=120)
        if done.returncode != 0:
            log = self.folder / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{tool} failed ({done.returncode}): {done.stderr.strip()}\n{tail}")

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def new_database(self) -> str:
        """An empty database of its own; returns its URL."""
        import psycopg

        name = f"t_{next(self._names)}"
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> "PostgresServer":
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """One real server for the whole test run; each test takes a fresh database from it.
    Not skipped when missing: the PostgreSQL variants are part of what is tested."""
    server = PostgresServer.start()
    try:
        yield server
    finally:
        server.stop()
