"""JSON bodies for the hot read endpoints, serialised once.

FastAPI validates a returned dict against the route's `response_model` and
then serialises it; for a search page or an actor's timeline that doubled
the request's CPU.  These endpoints build plain dicts of exactly the
schema's fields, so they return the encoded body directly: the
`response_model` still documents the shape in OpenAPI, and the contract
tests (tests/api/test_contract.py) check every body against it.
"""
from __future__ import annotations

from typing import Any

import orjson
from fastapi.responses import Response


def json_response(data: Any, status_code: int = 200) -> Response:
    # UTF-8 as is, compact; non-string keys become strings as with `json`.
    return Response(orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS), status_code=status_code,
                    media_type="application/json")
