"""Stories: articles folded into one real-world story, compared per outlet and per original source."""
from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, Path, Query

from khronika.api import schemas
from khronika.api.deps import StoreWorker, worker_of
from khronika.api.errors import not_found
from khronika.api.pagination import MAX_ID, MAX_LIMIT, before_of, next_story, seen_of
from khronika.store import views
from khronika.store.base import Store

router = APIRouter(tags=["stories"])


@router.get("/stories", response_model=schemas.StoryPage,
            summary="Stories, newest first: by their latest article's publication, else crawl time (order=recent; stories with neither last) "
                    "or as stored (order=stored)")
async def list_stories(min_articles: int = Query(1, ge=1, le=1_000_000), limit: int = Query(50, ge=1, le=MAX_LIMIT),
                       order: Literal["recent", "stored"] = "recent",
                       cursor: str | None = None, worker: StoreWorker = Depends(worker_of)) -> dict[str, Any]:
    before, seen = before_of(cursor), seen_of(cursor)

    def body(store: Store) -> dict[str, Any]:
        rows = store.stories(limit=limit + 1, before=before, min_articles=min_articles, order=order, seen=seen)
        return {"items": [s.to_json() for s in rows[:limit]], "next_cursor": next_story(rows, limit, order)}

    return await worker.run(body)


def story_json(store: Store, story_id: int) -> dict[str, Any]:
    """The story as the web page and `khronika show story:ID` give it too (`views.story_record`)."""
    story = views.story_record(store, story_id)
    if story is None:
        raise not_found(f"story {story_id}")
    return story


@router.get("/stories/{story_id}", response_model=schemas.StoryDetail,
            summary="One story: members, merged events and quotes, per-outlet and per-source comparison")
async def get_story(story_id: int = Path(ge=1, le=MAX_ID), *,
                    worker: StoreWorker = Depends(worker_of)) -> dict[str, Any]:
    return await worker.run(story_json, story_id)
