"""Actors: who they are, how often they appear, what they said and did, with whom."""
from __future__ import annotations

from dataclasses import asdict
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query

from khronika.api import schemas
from khronika.api.deps import StoreWorker, worker_of
from khronika.api.errors import not_found
from khronika.api.pagination import MAX_LIMIT, before_of, encode, offset_of
from khronika.store import views
from khronika.store.base import ActorSummary, MentionRow

router = APIRouter(tags=["actors"])


def find_actor(worker: StoreWorker, actor: str) -> ActorSummary:
    found = worker.get_actor(actor)
    if found is None:
        raise not_found(f"actor {actor!r}")
    return found


@router.get("/actors", response_model=schemas.Page[schemas.ActorSummary], summary="Actors by number of articles")
def list_actors(
    q: str | None = Query(None, description="Id, name or alias"),
    limit: int = Query(50, ge=1, le=MAX_LIMIT),
    cursor: str | None = None,
    worker: StoreWorker = Depends(worker_of),
) -> dict[str, Any]:
    offset = offset_of(cursor)
    rows = worker.actors(limit=offset + limit + 1, query=q)
    page = rows[offset:offset + limit]
    more = len(rows) > offset + limit
    return {"items": [a.to_json() for a in page], "next_cursor": encode(offset=offset + limit) if more else None}


@router.get("/actors/{actor}", response_model=schemas.ActorSummary, summary="One actor by id or any alias")
def get_actor(actor: str, worker: StoreWorker = Depends(worker_of)) -> dict[str, Any]:
    return find_actor(worker, actor).to_json()


@router.get("/actors/{actor}/aliases", response_model=schemas.Aliases, summary="Names the actor goes by")
def aliases(actor: str, worker: StoreWorker = Depends(worker_of)) -> dict[str, Any]:
    found = find_actor(worker, actor)
    return {"actor_id": found.id, "aliases": found.aliases}


def mention_page(rows: list[MentionRow], limit: int) -> tuple[list[MentionRow], str | None]:
    """Mentions page by article id; never split one article's mentions over two pages."""
    if len(rows) <= limit:
        return rows, None
    page = rows[:limit]
    boundary = page[-1].article_id
    if rows[limit].article_id == boundary:
        whole = [r for r in page if r.article_id != boundary]
        page = whole or page
    return page, encode(before=min(r.article_id for r in page))


@router.get("/actors/{actor}/mentions", response_model=schemas.Page[schemas.MentionRow],
            summary="Mentions of the actor, newest articles first")
def mentions(actor: str, limit: int = Query(50, ge=1, le=MAX_LIMIT), cursor: str | None = None,
             worker: StoreWorker = Depends(worker_of)) -> dict[str, Any]:
    found = find_actor(worker, actor)
    rows = worker.actor_mentions(found.id, limit=limit + 1, before=before_of(cursor))
    page, next_cursor = mention_page(rows, limit)
    return {"items": [asdict(r) for r in page], "next_cursor": next_cursor}


@router.get("/actors/{actor}/timeline", response_model=schemas.Timeline,
            summary="Mentions, events and quotes per day")
def timeline(actor: str, worker: StoreWorker = Depends(worker_of)) -> dict[str, Any]:
    found = find_actor(worker, actor)
    return asdict(worker.call(views.actor_timeline, found.id))


@router.get("/actors/{actor}/quotes", response_model=schemas.Page[schemas.QuoteRow], summary="Quotes by the actor")
def quotes_by(actor: str, limit: int = Query(50, ge=1, le=MAX_LIMIT), cursor: str | None = None,
              worker: StoreWorker = Depends(worker_of)) -> dict[str, Any]:
    found = find_actor(worker, actor)
    result = worker.call(views.filter_quotes, speaker=found.id, limit=limit, before=before_of(cursor))
    return filtered_page(result)


@router.get("/actors/{actor}/events", response_model=schemas.Page[schemas.EventRow],
            summary="Events with the actor as source, target or either")
def events_of(actor: str, role: Literal["any", "source", "target"] = "any",
              limit: int = Query(50, ge=1, le=MAX_LIMIT), cursor: str | None = None,
              worker: StoreWorker = Depends(worker_of)) -> dict[str, Any]:
    found = find_actor(worker, actor)
    side = {"source": found.id} if role == "source" else {"target": found.id} if role == "target" else {}
    result = worker.call(views.filter_events, actor=found.id, **side, limit=limit, before=before_of(cursor))
    return filtered_page(result)


@router.get("/actors/{actor}/co-occurring", response_model=list[schemas.CoActor],
            summary="Actors mentioned in the same articles")
def co_occurring(actor: str, limit: int = Query(20, ge=1, le=MAX_LIMIT),
                 worker: StoreWorker = Depends(worker_of)) -> list[dict[str, Any]]:
    found = find_actor(worker, actor)
    return [asdict(c) for c in worker.co_occurring(found.id, limit=limit)]


@router.get("/actors/{actor}/network", response_model=schemas.Network,
            summary="Actors linked to this one by events (source → target)")
def network(actor: str, max_nodes: int = Query(40, ge=2, le=200),
            worker: StoreWorker = Depends(worker_of)) -> dict[str, Any]:
    found = find_actor(worker, actor)
    return asdict(worker.call(views.actor_network, found.id, max_nodes=max_nodes))


def filtered_page(result: views.Filtered) -> dict[str, Any]:
    items = [{**r.to_json(), **result.extra.get(r.id, {})} for r in result.rows]
    return {"items": items, "next_cursor": encode(before=result.next_before) if result.next_before else None}
