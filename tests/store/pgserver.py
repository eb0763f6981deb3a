"""A throwaway PostgreSQL server for the test session.

initdb into a temporary directory, start on a Unix socket inside it (no TCP
port), hand out one fresh database per test, stop and delete at the end.
As root the server runs as the `postgres` system user (PostgreSQL refuses
to run as root).
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path


def find_bindir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


class PgServer:
    def __init__(self, bindir: Path, root: Path | None = None, settings: str = "") -> None:
        """`root`: keep the cluster there (benchmarks reuse it); default a fresh temp dir."""
        self.bindir = bindir
        self.keep = root is not None
        self.settings = settings  # extra `-c name=value` server options
        if root is not None:
            root.mkdir(parents=True, exist_ok=True)
        self.root = root if root is not None else Path(tempfile.mkdtemp(prefix="khronika-pg-"))
        self.data = self.root / "data"
        self.user = None
        if os.geteuid() == 0:
            self.user = "postgres"
            try:
                info = pwd.getpwnam(self.user)
            except KeyError as error:
                raise RuntimeError("running as root but no `postgres` user to run the server") from error
            os.chown(self.root, info.pw_uid, info.pw_gid)
        self.counter = 0

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        return subprocess.run(cmd, check=True, capture_output=True, text=True)

    def start(self) -> "PgServer":
        if not (self.data / "PG_VERSION").exists():  # a kept cluster is restarted as is
            self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                      "--locale=C.UTF-8" if _has_c_utf8() else "--locale=C")
        options = (f"-c listen_addresses='' -c unix_socket_directories='{self.root}' -c fsync=off "
                   f"-c synchronous_commit=off -c full_page_writes=off -c max_connections=50 {self.settings}")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "log"), "-w", "start")
        return self

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@/{dbname}?host={self.root}"

    def new_database(self) -> str:
        """A fresh, empty namespace: its own schema (cheap) in a shared test database."""
        import psycopg

        self.counter += 1
        name = f"t{os.getpid()}_{self.counter}_{int(time.time() * 1000) % 100000}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            if not conn.execute("SELECT 1 FROM pg_database WHERE datname = 'khronika_test'").fetchone():
                conn.execute('CREATE DATABASE "khronika_test"')
        with psycopg.connect(self.url("khronika_test"), autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{name}"')
        return f"{self.url('khronika_test')}&options=-csearch_path%3D{name}"

    def stop(self) -> None:
        # A kept cluster shuts down cleanly (fast) so it restarts without recovery.
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast" if self.keep else "immediate", "-w", "stop")
        except subprocess.CalledProcessError:
            pass
        if not self.keep:
            shutil.rmtree(self.root, ignore_errors=True)


def _has_c_utf8() -> bool:
    try:
        out = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower()
    except OSError:
        return False
    return "c.utf8" in out or "c.utf-8" in out
