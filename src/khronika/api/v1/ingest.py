"""Ingest over HTTP: pages (or URLs to fetch) through the full pipeline into the store.

Token-protected: no token → 401, a wrong one → 403.  The token comes from
`khronika serve --token` or `KHRONIKA_TOKEN`; without one the endpoint is
closed to everyone (403).
"""
from __future__ import annotations

import hmac
from typing import Any

import httpx
from fastapi import APIRouter, Depends, Request
from starlette.concurrency import run_in_threadpool

from khronika.api import schemas
from khronika.api.deps import StoreWorker, worker_of
from khronika.api.errors import ApiError, ErrorBody
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


def fetch_pages(urls: list[str]) -> tuple[list[RawPage], list[dict[str, Any]]]:
    pages, failed = [], []
    with httpx.Client(timeout=FETCH_TIMEOUT, follow_redirects=True) as client:
        for url in urls:
            if not url.startswith(("http://", "https://")):
                failed.append({"input": url, "status": "failed", "reason": "not an http(s) URL", "article_id": None})
                continue
            try:
                response = client.get(url)
                response.raise_for_status()
            except httpx.HTTPError as error:
                failed.append({"input": url, "status": "failed", "reason": str(error), "article_id": None})
                continue
            if len(response.content) > MAX_FETCH_BYTES:
                failed.append({"input": url, "status": "failed", "reason": "page too large", "article_id": None})
                continue
            pages.append(RawPage(source=url, data=response.content,
                                 kind=_kind(url, response.headers.get("content-type")),  # type: ignore[arg-type]
                                 url=url, charset=response.charset_encoding))
    return pages, failed


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
    from khronika.extract.dates import parse_crawl_time

    try:
        crawled = parse_crawl_time(body.crawled_at) if body.crawled_at else None
    except Exception as error:  # noqa: BLE001 - a bad date is the client's mistake
        raise ApiError(400, f"crawled_at: {error}") from error
    raws = []
    for page in body.pages:
        when = parse_crawl_time(page.crawled_at) if page.crawled_at else crawled
        raws.append(RawPage(source=page.name, data=page.content, kind=_kind(page.name),  # type: ignore[arg-type]
                            crawled_at=when, url=page.url))
    fetched, failed = await run_in_threadpool(fetch_pages, body.urls) if body.urls else ([], [])
    raws.extend(fetched)
    ingester = request.app.state.ingester
    result = await worker.run(ingester, raws)
    worker.cache.clear()  # cached counts and search pages predate these articles
    result["items"] = failed + result["items"]
    for item in failed:
        result["counts"]["failed"] = result["counts"].get("failed", 0) + 1
    return result
