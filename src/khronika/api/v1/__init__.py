"""Version 1 of the JSON API, mounted under /api/v1."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request

from khronika.api.errors import ERROR_RESPONSES, ApiError
from khronika.api.v1 import actors, articles, events, ingest, quotes, search, stories

_KNOWN: dict[int, frozenset[str]] = {}

# Query parameters every endpoint accepts and ignores: `_`, the cache buster jQuery
# (`cache: false`) and many proxies and HTTP clients append (review rev20_B L4).
IGNORED = frozenset({"_"})


def _query_names(dependant: Any) -> set[str]:
    """The query parameters an endpoint declares, its dependencies' included."""
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def known_parameters(request: Request) -> None:
    """A query parameter the endpoint does not take is a 422 naming it and the ones it takes:
    ignored, `/quotes?source=rbc.ru` (the outlet filter is `outlet`) answered every quote as if
    it were filtered.  `_` (a cache buster, `IGNORED`) is accepted by every endpoint."""
    route = request.scope.get("route")
    if route is None or not hasattr(route, "dependant"):
        return
    known = _KNOWN.get(id(route))
    if known is None:
        known = _KNOWN[id(route)] = frozenset(_query_names(route.dependant))
    unknown = sorted(set(request.query_params) - known - IGNORED)
    if unknown:
        takes = ", ".join(sorted(known)) or "none"
        raise ApiError(422, f"unknown query parameter{'s' if len(unknown) > 1 else ''}: {', '.join(unknown)} "
                            f"(this endpoint takes: {takes})", "invalid_request")


router = APIRouter(prefix="/api/v1", responses=ERROR_RESPONSES, dependencies=[Depends(known_parameters)])
for _module in (articles, search, actors, quotes, events, stories, ingest):
    router.include_router(_module.router)

__all__ = ["IGNORED", "known_parameters", "router"]
