"""Actors: who they are, how often they appear, what they said and did, with whom."""
from __future__ import annotations

from typing import Any, Callable, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from khronika.api import schemas
from khronika.api.cache import TTLCache
from khronika.api.deps import StoreWorker, worker_of
from khronika.api.errors import not_found
from khronika.api.responses import json_response
from khronika.api.pagination import MAX_LIMIT, before_of, encode, offset_of
from khronika.plain import plain
from khronika.store import views
from khronika.store.base import ActorSummary, MentionRow, Store

router = APIRouter(tags=["actors"])


def find_actor(store: Store, actor: str, cache: TTLCache | None = None, *, aliases: bool = True) -> ActorSummary:
    """The actor by id or alias, or a 404.  Sub-resources need only its id and name
    (`aliases=False`: one statement less per request)."""
    found = (cache.get_or_compute(("actor", actor, aliases), lambda: store.get_actor(actor, aliases=aliases))
             if cache else store.get_actor(actor, aliases=aliases))
    if found is None:
        raise not_found(f"actor {actor!r}")
    return found


async def with_actor(worker: StoreWorker, actor: str, fn: Callable[[Store, ActorSummary], Any]) -> Any:
    """Resolve `actor` (id or alias) and run `fn(store, actor)` in one hop to the store thread."""
    return await worker.run(lambda store: fn(store, find_actor(store, actor, worker.cache, aliases=False)))


@router.get("/actors", response_model=schemas.ActorPage, summary="Actors by number of articles")
async def list_actors(
    q: str | None = Query(None, description="Id, name or alias"),
    limit: int = Query(50, ge=1, le=MAX_LIMIT),
    cursor: str | None = None,
    worker: StoreWorker = Depends(worker_of),
) -> Response:
    offset = offset_of(cursor)
    rows = await worker.run(lambda store: store.actors(limit=offset + limit + 1, query=q))
    page = rows[offset:offset + limit]
    more = len(rows) > offset + limit
    return json_response({"items": [a.to_json() for a in page],
                          "next_cursor": encode(offset=offset + limit) if more else None})


@router.get("/actors/{actor}", response_model=schemas.ActorSummary, summary="One actor by id or any alias")
async def get_actor(actor: str, worker: StoreWorker = Depends(worker_of)) -> Response:
    return json_response((await worker.run(find_actor, actor, worker.cache)).to_json())


@router.get("/actors/{actor}/aliases", response_model=schemas.Aliases, summary="Names the actor goes by")
async def aliases(actor: str, worker: StoreWorker = Depends(worker_of)) -> dict[str, Any]:
    found = await worker.run(find_actor, actor, worker.cache)
    return {"actor_id": found.id, "aliases": found.aliases}


def mention_page(store: Store, actor_id: str, limit: int,
                 before: int | None) -> tuple[list[MentionRow], str | None]:
    """Mentions page by article id, so one article's mentions never straddle two pages
    (a page may run past `limit` to finish an article)."""
    rows = store.actor_mentions(actor_id, limit=limit + 1, before=before)
    if len(rows) <= limit:
        return rows, None
    page = rows[:limit]
    boundary = page[-1].article_id
    if rows[limit].article_id == boundary:
        whole = [r for r in page if r.article_id != boundary]
        if whole:
            page = whole
        else:  # one article fills the page: take all of it
            rest = store.actor_mentions(actor_id, limit=100_000, before=boundary + 1)
            page = [r for r in rest if r.article_id == boundary]
    return page, encode(before=min(r.article_id for r in page))


@router.get("/actors/{actor}/mentions", response_model=schemas.MentionPage,
            summary="Mentions of the actor, the most recently stored articles first")
async def mentions(actor: str, limit: int = Query(50, ge=1, le=MAX_LIMIT), cursor: str | None = None,
                   worker: StoreWorker = Depends(worker_of)) -> Response:
    before = before_of(cursor)
    page, next_cursor = await with_actor(worker, actor, lambda s, a: mention_page(s, a.id, limit, before))
    return json_response({"items": plain(page), "next_cursor": next_cursor})


@router.get("/actors/{actor}/timeline", response_model=schemas.Timeline,
            summary="Mentions, events and quotes per day")
async def timeline(actor: str, worker: StoreWorker = Depends(worker_of)) -> Response:
    return json_response(plain(await with_actor(worker, actor, lambda s, a: views.actor_timeline(s, a.id))))


@router.get("/actors/{actor}/quotes", response_model=schemas.QuotePage, summary="Quotes by the actor")
async def quotes_by(actor: str, limit: int = Query(50, ge=1, le=MAX_LIMIT), cursor: str | None = None,
                    worker: StoreWorker = Depends(worker_of)) -> dict[str, Any]:
    before = before_of(cursor)
    result = await with_actor(worker, actor,
                              lambda s, a: views.filter_quotes(s, speaker=a.id, limit=limit, before=before))
    return filtered_page(result)


@router.get("/actors/{actor}/events", response_model=schemas.EventPage,
            summary="Events with the actor as source, target or either")
async def events_of(actor: str, role: Literal["any", "source", "target"] = "any",
                    limit: int = Query(50, ge=1, le=MAX_LIMIT), cursor: str | None = None,
                    worker: StoreWorker = Depends(worker_of)) -> dict[str, Any]:
    before = before_of(cursor)

    def body(store: Store, found: ActorSummary) -> views.Filtered:
        side = {"source": found.id} if role == "source" else {"target": found.id} if role == "target" else {}
        return views.filter_events(store, actor=found.id, **side, limit=limit, before=before)

    return filtered_page(await with_actor(worker, actor, body))


@router.get("/actors/{actor}/co-occurring", response_model=list[schemas.CoActor],
            summary="Actors mentioned in the same articles")
async def co_occurring(actor: str, limit: int = Query(20, ge=1, le=MAX_LIMIT),
                       worker: StoreWorker = Depends(worker_of)) -> Response:
    rows = await with_actor(worker, actor, lambda s, a: s.co_occurring(a.id, limit=limit))
    return json_response(plain(rows))


@router.get("/actors/{actor}/network", response_model=schemas.Network,
            summary="Actors linked to this one by events (source → target), and their links among themselves")
async def network(actor: str, max_nodes: int = Query(40, ge=2, le=200),
                  worker: StoreWorker = Depends(worker_of)) -> Response:
    return json_response(plain(await with_actor(
        worker, actor, lambda s, a: views.actor_network(s, a.id, max_nodes=max_nodes, name=a.name))))


def filtered_page(result: views.Filtered) -> dict[str, Any]:
    items = [{**r.to_json(), **result.extra.get(r.id, {})} for r in result.rows]
    return {"items": items, "next_cursor": encode(before=result.next_before) if result.next_before else None}
