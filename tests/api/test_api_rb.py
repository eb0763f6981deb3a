"""Review rev20_B L4 (helper rb): `_`, the cache buster, is accepted by every endpoint of
/api/v1, and /api/v1/health refuses unknown query parameters as the others do."""
from __future__ import annotations

import pytest

# (URL) → status, the parameters a 422 names
PARAMETER_CASES = [
    ("/api/v1/search?q=covid&_=1700000000", 200, None),   # before: 422 "unknown query parameter: _"
    ("/api/v1/quotes?_=1", 200, None),                      # before: 422
    ("/api/v1/events?limit=5&_=1", 200, None),              # before: 422
    ("/api/v1/articles?_=", 200, None),                     # before: 422
    ("/api/v1/health?x=1", 422, "x"),                       # before: 200 (outside the router's rule)
    ("/api/v1/health?_=1", 200, None),                      # guard
    ("/api/v1/health", 200, None),                          # guard
    ("/api/v1/quotes?source=rbc.ru", 422, "source"),        # guard: the misplaced filter is still refused
    ("/api/v1/search?q=covid&__=1", 422, "__"),             # guard: only `_` itself
    ("/api/v1/search?q=covid&_=1&sourse=x", 422, "sourse"),  # guard: `_` does not hide another name
    ("/quotes?_=1", 200, None),                             # guard: web pages
]


@pytest.mark.parametrize("url, status, named", PARAMETER_CASES)
def test_query_parameters_accepted_and_refused(empty_store_client, url, status, named):
    response = empty_store_client.get(url)
    assert response.status_code == status, response.text
    if named is not None:
        assert response.json()["error"]["message"].startswith(f"unknown query parameter: {named} (")


def test_health_names_what_it_takes(tmp_path):
    from fastapi.testclient import TestClient

    from khronika.api import create_app
    from khronika.store import open_store

    path = str(tmp_path / "k.db")
    open_store(path).close()
    with TestClient(create_app(lambda: open_store(path, create=False)), raise_server_exceptions=False) as c:
        answer = c.get("/api/v1/health?verbose=1").json()
    assert answer["error"]["message"] == "unknown query parameter: verbose (this endpoint takes: none)"
