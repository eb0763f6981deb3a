"""Ingest over HTTP: pages (or URLs to fetch) through the full pipeline into the store.

Token-protected: no token → 401, a wrong one → 403.  The token comes from
`khronika serve --token` or `KHRONIKA_TOKEN`; without one the endpoint is
closed to everyone (403).
"""
from __future__ import annotations

import hmac
from datetime import datetime
from typing import Any

import httpx
from fastapi import APIRouter, Depends, Request
from starlette.concurrency import run_in_threadpool

from khronika.api import schemas
from khronika.api.deps import StoreWorker, worker_of
from khronika.api.errors import ApiError, ErrorBody
from khronika.errors import InputError
from khronika.ingest.rawpage import RawPage

router = APIRouter(tags=["ingest"])
FETCH_TIMEOUT = 20.0
MAX_FETCH_BYTES = 10 * 1024 * 1024


async def require_token(request: Request) -> None:
    given = None
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        given = auth[7:].strip()
    given = given or request.headers.get("x-khronika-token")
    if not given:
        raise ApiError(401, "ingest needs a token (Authorization: Bearer …)", headers={"WWW-Authenticate": "Bearer"})
    expected = request.app.state.token
    if not expected:
        raise ApiError(403, "ingest is disabled on this server (start it with --token or KHRONIKA_TOKEN)")
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise ApiError(403, "wrong token")


def _kind(name: str, content_type: str | None = None) -> str:
    if content_type and "html" in content_type:
        return "html"
    lowered = name.lower().split("?")[0]
    return "html" if lowered.endswith((".html", ".htm", ".xhtml", "/")) or lowered.startswith("http") else "text"


def fetch_pages(urls: list[str]) -> list[RawPage | InputError]:
    """Each URL fetched as a page, or the reason it could not be (kept for the run log)."""
    from khronika.ingest.feeds import failure_reason

    pages: list[RawPage | InputError] = []
    with httpx.Client(timeout=FETCH_TIMEOUT, follow_redirects=True) as client:
        for url in urls:
            if not url.startswith(("http://", "https://")):
                pages.append(InputError(url, "not an http(s) URL"))
                continue
            try:
                response = client.get(url)
                response.raise_for_status()
            except httpx.HTTPError as error:
                pages.append(InputError(url, failure_reason(error)))
                continue
            if len(response.content) > MAX_FETCH_BYTES:
                pages.append(InputError(url, "page too large"))
                continue
            pages.append(RawPage(source=url, data=response.content,
                                 kind=_kind(url, response.headers.get("content-type")),  # type: ignore[arg-type]
                                 url=url, charset=response.charset_encoding))
    return pages


@router.post(
    "/ingest", response_model=schemas.IngestResult, dependencies=[Depends(require_token)],
    summary="Add pages (or URLs to fetch) to the store",
    responses={401: {"model": ErrorBody, "description": "No token"},
               403: {"model": ErrorBody, "description": "Wrong token"}},
)
async def ingest(body: schemas.IngestRequest, request: Request,
           worker: StoreWorker = Depends(worker_of)) -> dict[str, Any]:
    if not body.pages and not body.urls:
        raise ApiError(400, "nothing to ingest: give `pages` or `urls`")
    crawled = _crawl_time(body.crawled_at, "crawled_at")
    raws: list[RawPage | InputError] = []
    for number, page in enumerate(body.pages):
        when = _crawl_time(page.crawled_at, f"pages[{number}] ({page.name}): crawled_at") or crawled
        raws.append(RawPage(source=page.name, data=page.content, kind=_kind(page.name),  # type: ignore[arg-type]
                            crawled_at=when, url=page.url))
    # Fetch failures go through the ingester too, so the run log lists every input.
    fetched = await run_in_threadpool(fetch_pages, body.urls) if body.urls else []
    ingester = request.app.state.ingester
    result = await worker.run(ingester, fetched + raws)
    worker.cache.clear()  # cached counts and search pages predate these articles
    return result


def _crawl_time(value: str | None, where: str) -> datetime | None:
    """A client's crawl time; a bad one is the client's mistake (400 naming the field)."""
    from khronika.extract.dates import parse_crawl_time

    try:
        return parse_crawl_time(value) if value else None
    except ValueError as error:
        raise ApiError(400, f"{where}: {error}") from error
