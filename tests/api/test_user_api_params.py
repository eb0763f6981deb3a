"""API filters that would silently match nothing are the client's 4xx with the
accepted values; the ones the store understands still pass.  An empty store is
enough: the answer is decided before the store is read."""
from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="module")
def client(empty_store_client) -> Any:
    return empty_store_client


EVENT_TYPES = [
    ("CONSULT", 200), ("consult", 200), ("04", 200), ("042", 200), ("", 200),
    ("ENGAGE", 422), ("4", 422), ("CONSULT;DROP", 422), ("٠٤", 422),
]


@pytest.mark.parametrize("path", ["/api/v1/events", "/api/v1/events/export"])
@pytest.mark.parametrize("value, status", EVENT_TYPES, ids=[v or "empty" for v, _ in EVENT_TYPES])
def test_event_type_filter(client, path: str, value: str, status: int) -> None:
    response = client.get(path, params={"type": value})
    assert response.status_code == status, response.text
    if status == 422:
        error = response.json()["error"]
        assert error["code"] == "invalid_request" and "CONSULT" in error["message"]


@pytest.mark.parametrize("value, status", [("CONCEDE", 200), ("DEMAND", 422)])
def test_web_event_types_are_the_coders(client, value: str, status: int) -> None:
    page = client.get("/events")
    assert ">CONCEDE<" in page.text and ">DEMAND<" not in page.text
    assert client.get("/events", params={"type": value}).status_code == status
