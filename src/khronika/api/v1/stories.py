"""Stories: articles folded into one real-world story, compared per outlet and per original source."""
from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Depends, Query

from khronika.api import schemas
from khronika.api.deps import StoreWorker, worker_of
from khronika.api.errors import not_found
from khronika.api.pagination import MAX_LIMIT, before_of, next_before
from khronika.store import views

router = APIRouter(tags=["stories"])


@router.get("/stories", response_model=schemas.Page[schemas.StorySummary], summary="Stories, newest first")
def list_stories(min_articles: int = Query(1, ge=1), limit: int = Query(50, ge=1, le=MAX_LIMIT),
                 cursor: str | None = None, worker: StoreWorker = Depends(worker_of)) -> dict[str, Any]:
    rows = worker.stories(limit=limit + 1, before=before_of(cursor), min_articles=min_articles)
    return {"items": [s.to_json() for s in rows[:limit]], "next_cursor": next_before(rows, limit)}


def story_json(worker: StoreWorker, story_id: int) -> dict[str, Any]:
    story = worker.get_story(story_id)
    if story is None:
        raise not_found(f"story {story_id}")
    return {**story.to_json(), "by_original_source": [asdict(s) for s in views.original_sources(story)]}


@router.get("/stories/{story_id}", response_model=schemas.StoryDetail,
            summary="One story: members, merged events and quotes, per-outlet and per-source comparison")
def get_story(story_id: int, worker: StoreWorker = Depends(worker_of)) -> dict[str, Any]:
    return story_json(worker, story_id)
