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
from khronika.api.pagination import MAX_LIMIT, SearchCursor, query_key, search_cursor
from khronika.store.base import SearchHit, Store

router = APIRouter(tags=["search"])

Q_DESCRIPTION = (
    "Free words (matched by lemma) plus filters: actor:, speaker:, event: (PLOVER type or CAMEO root), "
    "source: (outlet), from:/to: (YYYY-MM-DD, YYYY-MM or YYYY), story: (id). Values with spaces go in quotes."
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


def run_search(store: Store, q: str, limit: int, cursor: SearchCursor | None = None,
               cache: TTLCache | None = None) -> dict[str, Any]:
    """One page of hits as JSON-ready data (cached whole: building it is most of the cost once cached).

    A page whose cursor carries the previous page's ranking is read by id from it; the
    first page, and a page past the carried ranking, is ranked by the store."""
    cursor = cursor or SearchCursor()

    def build() -> dict[str, Any]:
        carried = cursor.ranked
        if carried is not None and (len(carried) >= limit or not cursor.more):
            hits = store.search_hits(q, carried[:limit])
            following, more = carried[limit:], cursor.more
        else:
            page = store.search_page(q, limit=limit, offset=cursor.offset)
            hits, following, more = page.hits, page.following, page.more
        offset = cursor.offset + limit
        following = [(article_id, round(score, 6)) for article_id, score in following]
        if following:
            next_cursor = SearchCursor(offset, following, more, query_key(q)).encode()
        elif more:  # the ranking ended with this page: the store ranks the next one deeper
            next_cursor = SearchCursor(offset, None, True, query_key(q)).encode()
        else:
            next_cursor = None
        return {"query": q, "items": [h.to_json() for h in hits], "next_cursor": next_cursor, "facets": facets(hits)}

    key = ("search", q, limit, cursor.offset, tuple(cursor.ranked or ()), cursor.more)
    return cache.get_or_compute(key, build) if cache else build()


@router.get("/search", response_model=schemas.SearchPage, summary="Search articles")
async def search(
    q: str = Query(..., min_length=1, max_length=500, description=Q_DESCRIPTION),
    limit: int = Query(20, ge=1, le=MAX_LIMIT),
    cursor: str | None = None,
    worker: StoreWorker = Depends(worker_of),
) -> Response:
    return json_response(await worker.run(run_search, q, limit, search_cursor(cursor, q), worker.cache))
