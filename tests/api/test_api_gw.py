"""The API and web mends after the review rev19_B (helper gw).

- 2: the 500-page cap of an upload counts a dump's records (one page `dump.jsonl` of 1,500
  records was stored whole): beyond it, 413 and nothing stored.
- 3: `from`/`to` find events dated only to that month or year.
- 4: `outlet` / `source` that names several outlets is a 400 listing them, not their union.
- 6: the GDELT TSV the web events page offers escapes a cell that would start a formula.
- 11: the API keeps a record's URL by the readers' check (`ingest.urls.web_url`), as the CLI does.
The NLP is switched off: the HTTP edge is under test."""
from __future__ import annotations

import csv
import io
import json
from typing import Any, Iterator

import pytest

TOKEN = "gw-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
TEXT = ("Президент России Владимир Путин провел совещание с членами правительства в Кремле. "
        "Обсуждались вопросы бюджета на следующий год и поддержки регионов страны.")


def _dump(n: int, host: str = "x.example.ru", start: int = 0) -> str:
    return "".join(json.dumps({"url": f"https://{host}/{i}", "title": f"Новость {i}",
                               "text": f"{TEXT} Номер {i}."}, ensure_ascii=False) + "\n"
                   for i in range(start, start + n))


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from khronika.api import create_app
    from khronika.nlp.pipeline import DEFAULT_ORDER, Pipeline
    from khronika.store import open_store

    path = str(tmp_path_factory.mktemp("api_gw") / "k.db")
    open_store(path).close()
    app = create_app(lambda: open_store(path, create=False), token=TOKEN, cache_ttl=0,
                     pipeline_factory=lambda: Pipeline.build(disable=list(DEFAULT_ORDER)))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def _count(client) -> int:
    return len(client.get("/api/v1/articles", params={"limit": 200, "outlet": "cap.example.ru"}).json()["items"])


# pages (name, records) → status
CAPS = [
    ([("dump.jsonl", 1500)], 413),
    ([("dump.jsonl", 501)], 413),
    ([("a.jsonl", 250), ("b.jsonl", 251)], 413),   # the records of all pages together
]


@pytest.mark.parametrize("pages, status", CAPS, ids=["1500", "501", "250+251"])
def test_upload_cap_counts_dump_records(client, pages, status):
    start, body = 0, []
    for name, n in pages:
        body.append({"name": name, "content": _dump(n, "cap.example.ru", start)})
        start += n
    response = client.post("/api/v1/ingest", json={"pages": body}, headers=AUTH)
    assert response.status_code == status, response.text[:300]
    assert "at most 500" in response.json()["error"]["message"]
    assert _count(client) == 0     # nothing stored


def test_upload_of_500_records_is_stored(client):
    response = client.post("/api/v1/ingest", json={"pages": [{"name": "d.jsonl", "content": _dump(500, "ok.example.ru")}]},
                           headers=AUTH)
    assert response.status_code == 200, response.text[:300]
    assert response.json()["counts"] == {"new": 500}


# a dump record's url → the stored article's url (the CLI's reader keeps the same)
RECORD_URLS = [
    ("lenta.ru/news/11", "lenta.ru/news/11"),     # no scheme: kept, as the CLI keeps it
    ("https://lenta.ru/news/12", "https://lenta.ru/news/12"),
    ("javascript:alert(1)", None),
    ("data:text/html,x", None),
]


@pytest.mark.parametrize("url, kept", RECORD_URLS)
def test_record_urls_checked_as_the_readers_check_them(client, url, kept):
    from khronika.ingest.files import read_stream

    text = f"Губернатор открыл новую школу номер {sum(map(ord, url))} в районе. Подробности позже."
    content = json.dumps({"url": url, "title": f"Школа {sum(map(ord, url))}", "text": text}, ensure_ascii=False) + "\n"
    response = client.post("/api/v1/ingest", json={"pages": [{"name": "r.jsonl", "content": content}]}, headers=AUTH)
    assert response.status_code == 200, response.text[:300]
    item = response.json()["items"][0]
    article = client.get(f"/api/v1/articles/{item['article_id']}").json()
    assert "url" in article, (item, article)
    assert article["url"] == kept
    cli = list(read_stream(io.BytesIO(content.encode()), "r.jsonl", None))[0]
    assert cli.url == kept


# a page's own `url` → status
PAGE_URLS = [("lenta.ru/news/21", 200), ("https://lenta.ru/news/22", 200), ("javascript:alert(1)", 422)]


@pytest.mark.parametrize("url, status", PAGE_URLS)
def test_page_url_check(client, url, status):
    page = {"name": "p.txt", "content": f"Заголовок\n\n{TEXT} {url}\n", "url": url}
    response = client.post("/api/v1/ingest", json={"pages": [page]}, headers=AUTH)
    assert response.status_code == status, response.text[:300]


def test_outlets_under_several_domains_are_a_400(client):
    for host in ("gazeta.ru", "gazeta.ua"):
        client.post("/api/v1/ingest", json={"pages": [{"name": "g.jsonl", "content": _dump(1, host, 900)}]},
                    headers=AUTH)
    for path, key in (("/api/v1/articles", "outlet"), ("/api/v1/quotes", "outlet"), ("/quotes", "source")):
        response = client.get(path, params={key: "gazeta"})
        assert response.status_code == 400, (path, response.text[:200])
        assert "gazeta.ru, gazeta.ua" in response.text
    response = client.get("/api/v1/search", params={"q": "source:gazeta"})
    assert response.status_code == 400 and "gazeta.ru, gazeta.ua" in response.text
    items = client.get("/api/v1/articles", params={"outlet": "gazeta.ua"}).json()["items"]
    assert {a["outlet"] for a in items} == {"gazeta.ua"}


def test_tsv_escapes_an_uploaded_formula(client):
    name = '=HYPERLINK("http://evil.example","Открыть").txt'   # an uploaded page's name, as SOURCEURL
    from khronika.api.v1 import events

    rows = [["1", name, "-5.0", "042"]]
    original = events.gdelt_table
    events.gdelt_table = lambda store, found, extra, **kw: (["GLOBALEVENTID", "SOURCEURL", "GoldsteinScale", "EventCode"],
                                                      rows)
    try:
        tsv = client.get("/api/v1/events/export", params={"format": "tsv"}).text
    finally:
        events.gdelt_table = original
    assert list(csv.reader(io.StringIO(tsv), delimiter="\t"))[1] == ["1", "'" + name, "-5.0", "042"]
