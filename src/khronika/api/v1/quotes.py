"""Quotes: who said what, to whom, when, reported by which outlet."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query

from khronika.api import schemas
from khronika.api.deps import StoreWorker, worker_of
from khronika.api.pagination import MAX_ID, MAX_LIMIT, before_of
from khronika.api.v1.actors import filtered_page
from khronika.api.v1.events import DAY_DESCRIPTION, api_day
from khronika.store import views

router = APIRouter(tags=["quotes"])


@router.get("/quotes", response_model=schemas.QuotePage, summary="Filter quotes")
async def list_quotes(
    speaker: str | None = Query(None, description="Speaker id, name or alias"),
    addressee: str | None = Query(None, description="Addressee id, name or alias"),
    text: str | None = Query(None, description="Substring of the quote (any case)"),
    date_from: str | None = Query(None, alias="from", description=DAY_DESCRIPTION),
    date_to: str | None = Query(None, alias="to", description=DAY_DESCRIPTION),
    outlet: str | None = Query(None, description="Outlet: a domain (tass.ru, with its subdomains) or its first "
                                                 "label (tass) when that names one outlet (else 400 listing them), "
                                                 "with or without scheme, www. or path"),
    story: int | None = Query(None, ge=1, le=MAX_ID),
    article: int | None = Query(None, ge=1, le=MAX_ID),
    limit: int = Query(50, ge=1, le=MAX_LIMIT),
    cursor: str | None = None,
    worker: StoreWorker = Depends(worker_of),
) -> dict[str, Any]:
    result = await worker.run(
        views.filter_quotes, speaker=speaker, addressee=addressee, text=text,
        date_from=api_day(date_from, "from"), date_to=api_day(date_to, "to"),
        outlet=outlet, story_id=story, article_id=article, limit=limit, before=before_of(cursor))
    return filtered_page(result)
