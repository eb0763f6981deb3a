"""The app factory: `create_app(store)` → the JSON API under /api/v1 and the web UI.

    app = create_app(lambda: open_store("khronika.db"), token="s3cret")

`store` is a Store or a callable that opens one; an opener is called on
the store's own worker thread (see `deps.StoreWorker`).
"""
from __future__ import annotations

import gc
import os
from contextlib import asynccontextmanager
from typing import Any, Callable

from fastapi import Depends, FastAPI

from khronika.api import errors, schemas
from khronika.api.deps import StoreSource, StoreWorker
from khronika.api.cache import TTLCache
from khronika.api.docs_page import install as install_docs
from khronika.api.ingesting import Ingester

API_DESCRIPTION = """Khronika's chronicle of Russian news: articles with their entities, quotes and
events, actors, stories compared across outlets, search in the CLI's query language.

Lists page with an opaque `cursor` (pass back `next_cursor`). Every error has the body
`{"error": {"code": "...", "message": "..."}}`. Article reads carry an ETag and answer
`If-None-Match` with 304. `POST /api/v1/ingest` needs `Authorization: Bearer <token>`."""


def create_app(store: StoreSource, *, token: str | None = None, web: bool = True,
               pipeline_factory: Callable[[], Any] | None = None, cache_ttl: float = 60.0,
               inline_store: bool = False, preload: bool = False) -> FastAPI:
    """`cache_ttl`: seconds to keep actor summaries and search pages (0 turns the cache off).
    `inline_store`: use the store on the event-loop thread (see `deps.StoreWorker`).
    `preload`: load what searches need (morphology) at start-up, not on the first search."""
    worker = StoreWorker(store, inline=inline_store)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        worker.open()  # fail at start-up, not on the first request, when the store is unusable
        if preload:
            await worker.run(lambda opened: opened.prepare_reads())
            # What start-up loaded lives as long as the process: frozen, it is no longer walked
            # by every full garbage collection (tens of thousands of objects, a pause per request
            # that happens to trigger one).
            gc.collect()
            gc.freeze()
        yield
        worker.close()

    app = FastAPI(title="Khronika", version="1", description=API_DESCRIPTION, lifespan=lifespan,
                  openapi_url="/api/v1/openapi.json", docs_url=None, redoc_url=None)
    app.state.store = worker
    app.state.token = token if token is not None else os.environ.get("KHRONIKA_TOKEN") or None
    app.state.ingester = Ingester(pipeline_factory)
    worker.cache = TTLCache(cache_ttl)

    from khronika.api.v1 import known_parameters, router

    app.include_router(router)
    install_docs(app)

    # Refuses unknown query parameters as every endpoint of the router does (review rev20_B L4).
    @app.get("/api/v1/health", response_model=schemas.Health, tags=["meta"], summary="Liveness and store counts",
             dependencies=[Depends(known_parameters)])
    async def health() -> dict[str, Any]:
        return {"status": "ok", "counts": await worker.run(lambda store: store.counts())}

    html_handler = None
    if web:
        from khronika.web.routes import install as install_web

        html_handler = install_web(app)
    errors.install(app, html_handler=html_handler)
    return app


__all__ = ["create_app"]
