"""JSON bodies for the hot read endpoints, serialised once.

FastAPI validates a returned dict against the route's `response_model` and
then serialises it; for a search page or an actor's timeline that doubled
the request's CPU.  These endpoints build plain dicts of exactly the
schema's fields, so they return the encoded body directly: the
`response_model` still documents the shape in OpenAPI, and the contract
tests (tests/api/test_contract.py) check every body against it.
"""
from __future__ import annotations

import json
from typing import Any

from fastapi.responses import Response

_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def json_response(data: Any, status_code: int = 200) -> Response:
    return Response(_ENCODER.encode(data).encode("utf-8"), status_code=status_code, media_type="application/json")
