"""Opaque cursors.

The store pages lists by `before=<last id>` and search by `offset` plus the
rest of the ranking the previous page came from (`SearchCursor`); a client
sees none of it, only `next_cursor`, which it passes back as `?cursor=`.
The cursor is base64url JSON so it can grow a field without breaking old
clients.
"""
from __future__ import annotations

import base64
import json
import zlib
from dataclasses import dataclass
from typing import Any, Sequence

from khronika.api.errors import ApiError

MAX_LIMIT = 200
MAX_ID = 2**63 - 1  # ids are 64-bit in both backends


def encode(**state: Any) -> str:
    raw = json.dumps(state, separators=(",", ":"), sort_keys=True).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(cursor: str | None) -> dict[str, Any]:
    if not cursor:
        return {}
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        state = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (ValueError, UnicodeDecodeError) as error:
        raise ApiError(400, "malformed cursor", "bad_cursor") from error
    if not isinstance(state, dict):
        raise ApiError(400, "malformed cursor", "bad_cursor")
    return state


def before_of(cursor: str | None) -> int | None:
    value = decode(cursor).get("before")
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= MAX_ID):
        raise ApiError(400, "malformed cursor", "bad_cursor")
    return value


def seen_of(cursor: str | None) -> str | None:
    """The date half of a story-list cursor in date order (the last row's `last_seen`)."""
    value = decode(cursor).get("seen")
    if value is not None and (not isinstance(value, str) or len(value) > 64):
        raise ApiError(400, "malformed cursor", "bad_cursor")
    return value


def next_story(rows: Sequence[Any], limit: int, order: str) -> str | None:
    """Cursor after a page of stories fetched with limit+1 rows, in `order`."""
    if len(rows) <= limit:
        return None
    last = rows[limit - 1]
    return encode(before=last.id, seen=last.last_seen) if order == "recent" else encode(before=last.id)


def offset_of(cursor: str | None) -> int:
    value = decode(cursor).get("offset", 0)
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 10**6:
        raise ApiError(400, "malformed cursor", "bad_cursor")
    return value


def next_before(rows: Sequence[Any], limit: int, key: str = "id") -> str | None:
    """Cursor after a page fetched with limit+1 rows (the extra row only says 'there is more')."""
    if len(rows) <= limit:
        return None
    return encode(before=getattr(rows[limit - 1], key))


MAX_CARRIED = 1000  # more ranked pairs than any store ranks for a cursor


@dataclass
class SearchCursor:
    """Where the next search page starts, and what ranked it.

    `ranked` is the rest of the ranking the previous page came from ((article id, score),
    best first; store/base.py SearchPage): the next page is read by id, not ranked again,
    and it continues the previous page exactly even if articles arrived in between.
    `more`: matches exist beyond `ranked`.  `query` ties the cursor to its query.
    """

    offset: int = 0
    ranked: list[tuple[int, float]] | None = None
    more: bool = True
    query: int | None = None

    def encode(self) -> str:
        state: dict[str, Any] = {"offset": self.offset, "q": self.query}
        if self.ranked is not None:
            state["ranked"] = [[article_id, score] for article_id, score in self.ranked]
            state["more"] = self.more
        return encode(**state)


def query_key(q: str) -> int:
    return zlib.crc32(q.encode("utf-8"))


def search_cursor(cursor: str | None, q: str) -> SearchCursor:
    """The cursor of a search page (a bare offset cursor is accepted too)."""
    state = decode(cursor)
    offset = offset_of(cursor)
    key = state.get("q")
    if key is not None and key != query_key(q):
        raise ApiError(400, "the cursor belongs to another query", "bad_cursor")
    ranked = state.get("ranked")
    if ranked is None:
        return SearchCursor(offset, None, True, key)
    if not isinstance(ranked, list) or len(ranked) > MAX_CARRIED or not all(_is_ranked_pair(p) for p in ranked):
        raise ApiError(400, "malformed cursor", "bad_cursor")
    return SearchCursor(offset, [(int(a), float(s)) for a, s in ranked], bool(state.get("more", True)), key)


def _is_ranked_pair(pair: Any) -> bool:
    return (isinstance(pair, list) and len(pair) == 2
            and isinstance(pair[0], int) and not isinstance(pair[0], bool) and 0 < pair[0] <= MAX_ID
            and isinstance(pair[1], (int, float)) and not isinstance(pair[1], bool))
