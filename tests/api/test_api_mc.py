"""A page's versions show their latest crawl (review rev21_B M1, helper mc), on SQLite and
PostgreSQL: `GET /api/v1/articles/ID` lists each version with `crawled_at` (its first crawl) and
`last_crawled_at` (the latest crawl that saw it), and the web article page names the latest
crawl of a version crawled again."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import pytest

from khronika_demo_store import empty_store_url

TOKEN = "mc-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
API = "/api/v1"
URL = "https://news.example.ru/2026/01/01/budget"
LEAD = "Министр финансов Антон Силуанов заявил в среду, что бюджет будет исполнен без дефицита."
TEXTS = {
    "A": f"Силуанов пообещал бюджет без дефицита\n\n{LEAD}\n\nДоходы выросли на десять процентов.",
    "B": f"Силуанов пообещал бюджет без дефицита\n\n{LEAD}\n\nДоходы выросли на двадцать процентов.",
}
# the review's example: A on 1 Jan, B on 5 Jan, A again on 9 Jan (current again)
CRAWLS = [("A", "2026-01-01T10:00:00+00:00"), ("B", "2026-01-05T10:00:00+00:00"), ("A", "2026-01-09T10:00:00+00:00")]


@pytest.fixture(params=["sqlite", "postgres"])
def client(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from khronika.api import create_app
    from khronika.nlp.pipeline import DEFAULT_ORDER, Pipeline
    from khronika.store import open_store

    url = empty_store_url(request.param, tmp_path)
    open_store(url).close()
    app = create_app(lambda: open_store(url, create=False), token=TOKEN,
                     pipeline_factory=lambda: Pipeline.build(disable=list(DEFAULT_ORDER)))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def _ingest(client: Any) -> list[dict[str, Any]]:
    items = []
    for text, when in CRAWLS:
        page = {"name": "budget.txt", "content": TEXTS[text], "url": URL, "crawled_at": when}
        response = client.post(API + "/ingest", json={"pages": [page]}, headers=AUTH)
        assert response.status_code == 200, response.text
        items.extend(response.json()["items"])
    return items


def test_the_versions_show_their_latest_crawl(client: Any) -> None:
    items = _ingest(client)
    assert [i["status"] for i in items] == ["new", "version", "version"]
    first, second = items[0]["article_id"], items[1]["article_id"]
    article = client.get(f"{API}/articles/{first}", headers=AUTH).json()
    assert article["is_current"] is True
    assert [(v["version"], v["is_current"], v["crawled_at"], v["last_crawled_at"]) for v in article["versions"]] == [
        (1, True, CRAWLS[0][1], CRAWLS[2][1]), (2, False, CRAWLS[1][1], CRAWLS[1][1])]
    # the web page of version 2 lists version 1 with its first and its latest crawl
    page = client.get(f"/articles/{second}").text
    assert "версия 1</a> <span class=\"meta\">2026-01-01 10:00 UTC · последний обход 2026-01-09 10:00 UTC" in page
    # version 2 was crawled once: no latest crawl named on version 1's page
    page = client.get(f"/articles/{first}").text
    assert "версия 2</a> <span class=\"meta\">2026-01-05 10:00 UTC</span>" in page
