"""Search with the CLI's query language (`khronika.store.query`)."""
from __future__ import annotations

from collections import Counter
from typing import Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from khronika.api import schemas
from khronika.api.cache import TTLCache
from khronika.api.deps import StoreWorker, worker_of
from khronika.api.responses import json_response
from khronika.api.pagination import MAX_LIMIT, encode, offset_of
from khronika.store.base import SearchHit, Store

router = APIRouter(tags=["search"])

Q_DESCRIPTION = (
    "Free words (matched by lemma) plus filters: actor:, speaker:, event: (PLOVER type or CAMEO root), "
    "source: (outlet), from:/to: (YYYY-MM-DD), story: (id). Values with spaces go in quotes."
)


def facets(hits: list[SearchHit]) -> dict[str, list[dict[str, Any]]]:
    """Counts over the hits by outlet, month and story (what the filters can narrow to)."""
    outlets = Counter(h.article.outlet for h in hits)
    months = Counter((h.article.published or h.article.crawled_at or "")[:7] for h in hits)
    stories = Counter(h.article.story_id for h in hits if h.article.story_id is not None)
    return {
        "source": [{"value": o, "label": o, "count": n} for o, n in outlets.most_common()],
        "month": [{"value": m, "label": m, "count": n} for m, n in sorted(months.items(), reverse=True) if m],
        "story": [{"value": str(s), "label": f"сюжет {s}", "count": n} for s, n in stories.most_common(10)],
    }


def run_search(store: Store, q: str, limit: int, offset: int, cache: TTLCache | None = None) -> dict[str, Any]:
    """One page of hits as JSON-ready data (cached whole: building it is most of the cost once cached)."""
    def build() -> dict[str, Any]:
        hits = store.search(q, limit=limit + 1, offset=offset)
        page = hits[:limit]
        return {
            "query": q,
            "items": [h.to_json() for h in page],
            "next_cursor": encode(offset=offset + limit) if len(hits) > limit else None,
            "facets": facets(page),
        }

    return cache.get_or_compute(("search", q, limit, offset), build) if cache else build()


@router.get("/search", response_model=schemas.SearchPage, summary="Search articles")
async def search(
    q: str = Query(..., min_length=1, max_length=500, description=Q_DESCRIPTION),
    limit: int = Query(20, ge=1, le=MAX_LIMIT),
    cursor: str | None = None,
    worker: StoreWorker = Depends(worker_of),
) -> Response:
    return json_response(await worker.run(run_search, q, limit, offset_of(cursor), worker.cache))
