"""Version 1 of the JSON API, mounted under /api/v1."""
from __future__ import annotations

from fastapi import APIRouter

from khronika.api.errors import ERROR_RESPONSES
from khronika.api.v1 import actors, articles, events, ingest, quotes, search, stories

router = APIRouter(prefix="/api/v1", responses=ERROR_RESPONSES)
for _module in (articles, search, actors, quotes, events, stories, ingest):
    router.include_router(_module.router)

__all__ = ["router"]
