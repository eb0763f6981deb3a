"""The demo store the API and web tests share: `examples/pages` ingested
through the real pipeline (Natasha models load once per session) into
SQLite and, when its binaries exist, a throwaway PostgreSQL."""
from __future__ import annotations

import atexit
import functools
import shutil
import socket
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "examples" / "pages"
TOKEN = "test-token"  # the ingest token of the test apps
CRAWLED_AT = datetime.fromisoformat("2024-04-19T12:00:00+03:00")
sys.path.insert(0, str(ROOT / "tests" / "store"))  # the store helper's throwaway PostgreSQL

from pgserver import PgServer, find_bindir  # noqa: E402


def build_store(url: str, pipeline: Any, analyzer: Any) -> str:
    from khronika.store import open_store
    from khronika.store.ingest import ingest_pages

    with open_store(url, analyzer=analyzer) as store:
        report, _ = ingest_pages(store, [str(PAGES)], pipeline, crawled_at=CRAWLED_AT)
        assert report.stored >= 15, report.summary()
    return url


def opener(url: str, analyzer: Any) -> Callable[[], Any]:
    from khronika.store import open_store

    return lambda: open_store(url, create=False, analyzer=analyzer)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveServer:
    """uvicorn on 127.0.0.1 in a thread, for browsers and load."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                                    lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


# -- shared by tests/api and tests/web: built once per session, whichever asks first --

@functools.cache
def shared_pipeline() -> Any:
    from khronika.nlp.pipeline import Pipeline

    return Pipeline.build()


@functools.cache
def shared_analyzer() -> Any:
    from khronika.stories.similarity import Analyzer

    return Analyzer.load()


@functools.cache
def demo_sqlite() -> str:
    folder = Path(tempfile.mkdtemp(prefix="khronika-demo-"))
    atexit.register(shutil.rmtree, folder, True)
    return build_store(str(folder / "demo.db"), shared_pipeline(), shared_analyzer())


@functools.cache
def _pg_server() -> PgServer | None:
    bindir = find_bindir()
    if bindir is None:
        return None
    server = PgServer(bindir).start()
    atexit.register(server.stop)
    return server


def empty_store_url(backend: str, folder: Path) -> str:
    """A new store's URL: a SQLite file in `folder`, or ("postgres") a new database of the shared
    throwaway server; skips the calling test when PostgreSQL's binaries are missing."""
    if backend == "sqlite":
        return str(folder / "k.db")
    server = _pg_server()
    if server is None:
        import pytest

        pytest.skip("PostgreSQL binaries not found (apt-get install postgresql); PostgreSQL half skipped")
    return server.new_database()


@functools.cache
def demo_postgres() -> str | None:
    """URL of the demo store on a throwaway PostgreSQL, or None without the binaries."""
    server = _pg_server()
    if server is None:
        return None
    return build_store(server.new_database(), shared_pipeline(), shared_analyzer())
