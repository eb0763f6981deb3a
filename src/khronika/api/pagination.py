"""Opaque cursors.

The store pages lists by `before=<last id>` and search by `offset`; a
client sees neither, only `next_cursor`, which it passes back as
`?cursor=`.  The cursor is base64url JSON so it can grow a field without
breaking old clients.
"""
from __future__ import annotations

import base64
import json
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
