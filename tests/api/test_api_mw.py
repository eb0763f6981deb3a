"""The API mended after the user review rv19_U (helper mw).

- M4: an upload is read as the CLI reads the same bytes: a JSONL/JSON/CSV dump gives its
  records, one article each, not one junk article.
- H1: a page `url` that is not http(s) is refused (422); a dump record's own non-http(s) URL
  is not kept.
- M5: `outlet` takes a domain, its first label or a parent domain, with scheme, www. or path.
- L6: `from`/`to` take a month or a year.
- M7: the events CSV escapes cells that would start a spreadsheet formula (and the GDELT TSV
  too since rev19_B item 6).
The NLP is switched off: the HTTP edge is under test."""
from __future__ import annotations

import csv
import io
import json
from typing import Any, Iterator

import pytest

TOKEN = "mw-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
TEXT = ("Президент России Владимир Путин провел совещание с членами правительства в Кремле. "
        "Обсуждались вопросы бюджета на следующий год и поддержки регионов страны.")
RECORDS = [
    {"url": "https://russian.rt.com/news/1", "title": "Совещание в Кремле", "date": "2019-01-15", "text": TEXT},
    {"url": "https://www.volg.mk.ru/social/2", "title": "Бюджет регионов", "date": "2019-02-15",
     "text": TEXT + " Губернаторы представили свои предложения."},
]
JSONL = "\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n"
CSV = "url,title,date,text\n" + "".join(f'{r["url"]},{r["title"]},{r["date"]},"{r["text"]}"\n' for r in RECORDS)
PAGE = f"Совещание в Кремле\n\n15 января 2019\n\n{TEXT}\n"


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from khronika.api import create_app
    from khronika.nlp.pipeline import DEFAULT_ORDER, Pipeline
    from khronika.store import open_store

    path = str(tmp_path_factory.mktemp("api_mw") / "k.db")
    open_store(path).close()
    app = create_app(lambda: open_store(path, create=False), token=TOKEN, cache_ttl=0,
                     pipeline_factory=lambda: Pipeline.build(disable=list(DEFAULT_ORDER)))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def _ingest(client, page: dict[str, Any]):
    return client.post("/api/v1/ingest", json={"pages": [page]}, headers=AUTH)


# an uploaded page → the inputs of the run log and the stored articles' outlets (None: not stored)
UPLOADS = [
    ({"name": "dump.jsonl", "content": JSONL},
     [("dump.jsonl#line 1", "russian.rt.com"), ("dump.jsonl#line 2", "volg.mk.ru")]),
    ({"name": "dump.txt", "content": JSONL.replace("/1", "/11").replace("/2", "/12")},  # by content, as the CLI
     [("dump.txt#line 1", "russian.rt.com"), ("dump.txt#line 2", "volg.mk.ru")]),
    ({"name": "records.json", "content": json.dumps([{**r, "url": r["url"] + "3"} for r in RECORDS])},
     [("records.json#item 1", "russian.rt.com"), ("records.json#item 2", "volg.mk.ru")]),
    ({"name": "table.csv", "content": CSV.replace("/1,", "/14,").replace("/2,", "/24,")},
     [("table.csv#row 1", "russian.rt.com"), ("table.csv#row 2", "volg.mk.ru")]),
    ({"name": "page.txt", "content": PAGE, "url": "https://tass.ru/politika/5"}, [("page.txt", "tass.ru")]),
    ({"name": "empty-url.txt", "content": PAGE + "\nЕще один абзац о регионах.\n", "url": " "},  # no URL
     [("empty-url.txt", "unknown")]),
    ({"name": "js.jsonl", "content": json.dumps({**RECORDS[0], "url": "javascript:alert(5)",
                                                 "text": TEXT + " Отдельная запись."}, ensure_ascii=False)},
     [("js.jsonl#line 1", "unknown")]),
]


@pytest.mark.parametrize("page, expected", UPLOADS, ids=[u[0]["name"] for u in UPLOADS])
def test_uploads_are_read_as_the_cli_reads_them(client, page, expected):
    response = _ingest(client, page)
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    got = []
    for item in items:
        assert item["status"] == "new", item
        article = client.get(f"/api/v1/articles/{item['article_id']}").json()
        assert not article["title"].lstrip().startswith(("{", "[")), article["title"]
        assert article["url"] is None or article["url"].startswith("https://")
        got.append((item["input"], article["outlet"]))
    assert got == expected


# a page → the 422's message
REFUSED = [
    ({"name": "p.txt", "content": PAGE, "url": "javascript:alert(1)"}, "not an http(s) URL"),
    ({"name": "p.txt", "content": PAGE, "url": "data:text/html,x"}, "not an http(s) URL"),
    ({"name": "dump.jsonl", "content": JSONL, "url": "https://tass.ru/1"}, "holds 2 records"),
]


@pytest.mark.parametrize("page, message", REFUSED, ids=[r[0].get("url", "")[:12] for r in REFUSED])
def test_refused_uploads(client, page, message):
    response = _ingest(client, page)
    assert response.status_code == 422
    assert message in response.json()["error"]["message"]


# /api/v1/articles?outlet=… → the outlets listed (after the uploads above)
OUTLETS = [
    ("volg.mk.ru", {"volg.mk.ru"}),
    ("mk.ru", {"volg.mk.ru"}),               # a parent domain
    ("volg", {"volg.mk.ru"}),                # a first label
    ("https://www.volg.mk.ru/social/", {"volg.mk.ru"}),
    ("TASS", {"tass.ru"}),
    ("lenta.ru", set()),
]


@pytest.mark.parametrize("outlet, expected", OUTLETS)
def test_article_outlet_forms(client, outlet, expected):
    _ingest(client, {"name": "dump.jsonl", "content": JSONL})  # (unchanged when already there)
    _ingest(client, {"name": "page.txt", "content": PAGE, "url": "https://tass.ru/politika/5"})
    response = client.get("/api/v1/articles", params={"outlet": outlet, "limit": 200})
    assert response.status_code == 200
    assert {a["outlet"] for a in response.json()["items"]} == expected


# (path, params) → status
DATES = [
    ("/api/v1/quotes", {"from": "2019-01"}, 200),
    ("/api/v1/quotes", {"from": "2019", "to": "2019"}, 200),
    ("/api/v1/quotes", {"to": "2019-02"}, 200),
    ("/api/v1/events", {"from": "2019-01", "to": "2019-01"}, 200),
    ("/api/v1/events/export", {"from": "2019"}, 200),
    ("/api/v1/quotes", {"from": "2019-13"}, 422),
    ("/api/v1/events", {"to": "2019-02-30"}, 422),
    ("/api/v1/events", {"from": "вчера"}, 422),
]


@pytest.mark.parametrize("path, params, status", DATES, ids=[f"{p} {q}" for p, q, _ in DATES])
def test_months_and_years(client, path, params, status):
    response = client.get(path, params=params)
    assert response.status_code == status, response.text[:200]
    if status == 422:
        assert "YYYY-MM" in response.json()["error"]["message"]


def test_events_csv_and_tsv_escape_formulas(client, monkeypatch):
    from khronika.api.v1 import events

    row = ["1", "=HYPERLINK(\"http://evil.example\")", "-5", "+7 звоните", "@SUM(A1)", "обычный текст"]
    monkeypatch.setattr(events, "gdelt_table", lambda store, rows, extra, **kw: (["A", "B", "C", "D", "E", "F"], [row]))
    body = client.get("/api/v1/events/export", params={"format": "csv"}).text.lstrip("\ufeff")
    assert list(csv.reader(io.StringIO(body)))[1] == [
        "1", "'=HYPERLINK(\"http://evil.example\")", "-5", "'+7 звоните", "'@SUM(A1)", "обычный текст"]
    tsv = client.get("/api/v1/events/export", params={"format": "tsv"}).text
    # the TSV too (rev19_B item 6, helper gw): the web page offers it as a download
    assert list(csv.reader(io.StringIO(tsv), delimiter="\t"))[1] == [
        "1", "'=HYPERLINK(\"http://evil.example\")", "-5", "'+7 звоните", "'@SUM(A1)", "обычный текст"]
