"""`khronika serve`: the JSON API and the web UI over a store, with uvicorn."""
from __future__ import annotations

import os
from typing import Any

import click

from khronika.cli.app import main

# How `--workers` processes learn what to serve (uvicorn starts them from an import string).
_ENV_DB = "KHRONIKA_SERVE_DB"
_ENV_CACHE = "KHRONIKA_SERVE_CACHE_TTL"
_ENV_PARENT = "KHRONIKA_SERVE_PARENT"  # the pid of `khronika serve`, whose death ends the workers
PARENT_CHECK_SECONDS = 1.0
SHUTDOWN_GRACE_SECONDS = 10.0  # for uvicorn's own shutdown (open requests) before a hard exit
_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def exit_with_parent(parent: int) -> None:
    """End this server process when `parent` dies, even by SIGKILL (OOM killer, `kill -9`).

    Otherwise the orphans go on serving an old store on the port, and with SO_REUSEPORT a new
    `khronika serve` starts beside them without a "port busy" error.  On Linux the kernel
    sends SIGTERM at once (PR_SET_PDEATHSIG); everywhere a thread checks the parent each
    second (also covering a parent that died before the prctl call).  SIGTERM lets uvicorn
    shut down as usual; a process still alive SHUTDOWN_GRACE_SECONDS later exits hard.
    """
    import signal
    import sys
    import threading
    import time

    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)
        except (OSError, AttributeError):
            pass  # the watcher below still works

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(SHUTDOWN_GRACE_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="khronika-parent-watch", daemon=True).start()


def app_from_env() -> Any:
    """App factory for uvicorn worker processes: the store URL and token come from the environment."""
    from khronika.api import create_app
    from khronika.store.base import open_store

    if os.environ.get(_ENV_PARENT, "").isdigit():
        exit_with_parent(int(os.environ[_ENV_PARENT]))
    url = os.environ[_ENV_DB]
    return create_app(lambda: open_store(url, create=False), token=os.environ.get("KHRONIKA_TOKEN") or None,
                      cache_ttl=float(os.environ.get(_ENV_CACHE, "60")), inline_store=True, preload=True)


@main.command()
@click.option("--db", "db_url", envvar="KHRONIKA_DB", default=None,
              help="Store: a path, sqlite:///PATH or postgresql://… (default khronika.db).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--token", envvar="KHRONIKA_TOKEN", default=None,
              help="Token for POST /api/v1/ingest (also KHRONIKA_TOKEN); without one ingest is closed.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Server processes (each with its own store connection).")
@click.option("--cache-ttl", default=60.0, show_default=True, type=click.FloatRange(0),
              help="Seconds to keep actor summaries and search pages (0: no cache).")
@click.option("--log-level", default="info", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]))
@click.option("--reuse-port/--shared-socket", default=True, show_default=True,
              help="With --workers > 1: one SO_REUSEPORT socket per process, so the kernel spreads "
                   "connections evenly (Linux), or uvicorn's one shared socket.")
def serve(db_url: str | None, host: str, port: int, token: str | None, workers: int, cache_ttl: float,
          log_level: str, reuse_port: bool) -> None:
    """Serve the REST API (/api/v1, docs at /api/v1/docs) and the web UI (/)."""
    try:
        import uvicorn

        from khronika.api import create_app
    except ImportError as error:  # the web extra is optional
        raise click.ClickException(f"{error.name} is missing: pip install 'khronika[web]'") from error
    from khronika.errors import KhronikaError
    from khronika.cli.store_cmd import interrupted_before_work
    from khronika.store.base import DEFAULT_DB, open_store, redact_url

    url = db_url or DEFAULT_DB
    if "://" not in url and not os.path.exists(url):
        raise click.ClickException(f"no store at {url} (run `khronika ingest … --db {url}` first)")
    try:
        # Fail here, with a message, not in a worker; and migrate here, saying so.
        open_store(url, create=False, on_migrate=lambda m: click.echo(
            f"khronika serve: upgrading the store: migration {m}", err=True)).close()
    except KhronikaError as error:
        raise click.ClickException(str(error)) from error
    except KeyboardInterrupt:  # as every command's store opening (review rev22_B L1)
        interrupted_before_work("while opening the store: the store is whole (a migration cut short is "
                                 "rolled back, each is all-or-nothing)")
    click.echo(f"khronika serve: http://{host}:{port}/ (API docs /api/v1/docs); store {redact_url(url)}"
               + ("" if token else "; ingest closed (no --token)"), err=True)
    if workers == 1:
        app = create_app(lambda: open_store(url, create=False), token=token, cache_ttl=cache_ttl,
                         inline_store=True, preload=True)
        uvicorn.run(app, host=host, port=port, log_level=log_level)
        return
    os.environ[_ENV_DB] = url
    os.environ[_ENV_PARENT] = str(os.getpid())
    os.environ[_ENV_CACHE] = str(cache_ttl)
    if token:
        os.environ["KHRONIKA_TOKEN"] = token
    from khronika.cli.workers import reuse_port_supported, serve_processes

    if reuse_port and reuse_port_supported():
        serve_processes(app_from_env, host, port, workers, log_level)
        return
    uvicorn.run("khronika.cli.serve_cmd:app_from_env", factory=True, workers=workers,
                host=host, port=port, log_level=log_level)
