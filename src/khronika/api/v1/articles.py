"""Articles: list, filter, and one article with its text and every layer."""
from __future__ import annotations

import hashlib
from typing import Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, Response

from khronika.api import schemas
from khronika.api.errors import not_found
from khronika.api.pagination import MAX_ID, MAX_LIMIT, before_of, next_before
from khronika.api.deps import StoreWorker, worker_of
from khronika.api.records import doc_from_record
from khronika.store.base import ArticleDetail, Store

router = APIRouter(tags=["articles"])


@router.get("/articles", response_model=schemas.ArticlePage, summary="List articles, the most recently stored first (by id, not by publication date)")
async def list_articles(
    outlet: str | None = Query(None, description="Outlet: a domain (tass.ru, with its subdomains) or its first "
                                                 "label (tass) when that names one outlet (else 400 listing them), "
                                                 "with or without scheme, www. or path"),
    story: int | None = Query(None, ge=1, le=MAX_ID, description="Only articles of this story"),
    all_versions: bool = Query(False, description="Include superseded versions"),
    limit: int = Query(50, ge=1, le=MAX_LIMIT),
    cursor: str | None = None,
    worker: StoreWorker = Depends(worker_of),
) -> dict[str, Any]:
    before = before_of(cursor)

    def body(store: Store) -> dict[str, Any]:
        rows = store.list_articles(limit=limit + 1, before=before, outlet=outlet,
                                   story_id=story, current_only=not all_versions)
        return {"items": [r.to_json() for r in rows[:limit]], "next_cursor": next_before(rows, limit)}

    return await worker.run(body)


def article_json(detail: ArticleDetail) -> dict[str, Any]:
    """The article as the API shows it: summary, laid-out text, layers, versions."""
    record = detail.record
    doc = doc_from_record(record)
    return {
        **detail.summary.to_json(),
        "text": doc.text,
        "parts": [{"kind": p.kind, "index": p.index, "start": p.start, "stop": p.stop} for p in doc.parts],
        "lead": record.get("lead") or "",
        "paragraphs": detail.paragraphs or record.get("paragraphs") or [],
        "credits": record.get("credits") or [],
        "authors": record.get("authors") or [],
        "language": record.get("language") or "ru",
        "entities": record.get("entities") or [],
        "mentions": record.get("mentions") or [],
        "times": record.get("times") or [],
        "quotes": record.get("quotes") or [],
        "events": record.get("events") or [],
        "related": record.get("related") or [],
        "versions": [v.to_json() for v in detail.versions],
        "duplicates": [d.to_json() for d in detail.duplicates],
    }


def etag_of(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def matches(if_none_match: str | None, etag: str) -> bool:
    if not if_none_match:
        return False
    tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
    return "*" in tags or etag in tags


@router.get(
    "/articles/{article_id}", response_model=schemas.ArticleDetail,
    summary="One article with entities, quotes, events (offsets into `text`)",
    responses={304: {"description": "Not modified (the If-None-Match ETag still matches)"}},
)
async def get_article(request: Request, article_id: int = Path(ge=1, le=MAX_ID),
                      worker: StoreWorker = Depends(worker_of)) -> Response:
    return await worker.run(article_response, article_id, request.headers.get("if-none-match"))


def article_response(store: Store, article_id: int, if_none_match: str | None) -> Response:
    detail = store.get_article(article_id)
    if detail is None:
        raise not_found(f"article {article_id}")
    # Validate through the model once so the body is exactly what the schema promises.
    body = schemas.ArticleDetail.model_validate(article_json(detail)).model_dump_json().encode()
    etag = etag_of(body)
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    if matches(if_none_match, etag):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="application/json", headers=headers)
