"""POST /api/v1/ingest with the inputs clients get wrong: a bad per-page date is the
client's 422 naming the page, not a 500; URLs that cannot be fetched are in the run
log like every other input, each with a one-line reason.  The NLP is switched off
(the HTTP edge is under test) and the only server is a loopback one."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Iterator

import pytest

TOKEN = "user-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
API = "/api/v1"
PAGE = (Path(__file__).resolve().parents[2] / "examples" / "pages" / "002_txt_agency_tass.txt").read_text("utf-8")


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> str:
    from khronika.store import open_store

    path = str(tmp_path_factory.mktemp("user_api") / "k.db")
    open_store(path).close()
    return path


@pytest.fixture(scope="module")
def client(store_path: str) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from khronika.api import create_app
    from khronika.nlp.pipeline import DEFAULT_ORDER, Pipeline
    from khronika.store import open_store

    app = create_app(lambda: open_store(store_path, create=False), token=TOKEN,
                     pipeline_factory=lambda: Pipeline.build(disable=list(DEFAULT_ORDER)))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def loopback() -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server API)
            self.send_error(404)

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


BAD_BODIES = [
    ("page crawled_at", {"pages": [{"name": "a.txt", "content": PAGE, "crawled_at": "yesterday"}]}, "a.txt"),
    ("second page crawled_at", {"pages": [{"name": "a.txt", "content": PAGE},
                                          {"name": "b.txt", "content": PAGE, "crawled_at": "31.12.2024"}]}, "b.txt"),
    ("request crawled_at", {"pages": [{"name": "a.txt", "content": PAGE}], "crawled_at": "вчера"}, "crawled_at"),
]


@pytest.mark.parametrize("what, body, named", BAD_BODIES, ids=[b[0] for b in BAD_BODIES])
def test_bad_dates_are_the_clients_422(client, what: str, body: dict, named: str) -> None:
    # 422 `invalid_request`, as a bad `url` (review rv21_N L3; was 400 `bad_request`, undocumented).
    response = client.post(API + "/ingest", json=body, headers=AUTH)
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert error["code"] == "invalid_request"
    assert named in error["message"] and "crawled_at" in error["message"]


def test_failed_urls_are_in_the_run_log(client, store_path: str, loopback: str) -> None:
    from khronika.store import open_store

    body = {"urls": ["ftp://example.ru/x", f"{loopback}/gone.html"],
            "pages": [{"name": "a.txt", "content": PAGE}]}
    response = client.post(API + "/ingest", json=body, headers=AUTH)
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["counts"] == {"failed": 2, "new": 1}
    for item in result["items"]:
        assert "\n" not in (item["reason"] or "")
    with open_store(store_path, create=False) as store:
        run = store.get_run(result["run_id"])
    logged = {item.input: (item.status, item.reason) for item in run.items}
    assert logged["ftp://example.ru/x"] == ("failed", "not an http(s) URL")
    # A loopback address is refused unless the operator allows it (the 404 itself: test_api_ingest_guards.py).
    assert logged[f"{loopback}/gone.html"] == ("failed", "fetch failed (refused: 127.0.0.1 is a loopback address)")
    assert logged["a.txt"][0] == "new"
    assert run.counts == result["counts"]


def test_unchanged_page_points_to_the_stored_article(client) -> None:
    body = {"pages": [{"name": "same.txt", "content": PAGE.replace("ТАСС", "ТАСС ")}]}
    first = client.post(API + "/ingest", json=body, headers=AUTH).json()
    again = client.post(API + "/ingest", json=body, headers=AUTH).json()
    [stored], [item] = first["items"], again["items"]
    assert item["status"] == "unchanged" and item["article_id"] == stored["article_id"]
    assert f"article {stored['article_id']}" in item["reason"]


def test_a_reprint_at_another_url_is_stored_and_the_same_url_again_is_not(client) -> None:
    # The rule `khronika ingest` follows (rv16 M2): identity is the URL's; another outlet's verbatim
    # copy is that outlet's page (stored, a duplicate of the first), the same URL again is unchanged.
    text = PAGE.replace("ТАСС", "Интерфакс")
    pages = [{"name": "a.txt", "content": text, "url": "https://first.example/news/1"},
             {"name": "b.txt", "content": text, "url": "https://reprint.example/copy/1"},
             {"name": "c.txt", "content": text, "url": "https://first.example/news/1"}]
    answer = client.post(f"{API}/ingest", json={"pages": pages}, headers=AUTH)
    assert answer.status_code == 200, answer.text
    assert [item["status"] for item in answer.json()["items"]] == ["new", "new", "unchanged"]
