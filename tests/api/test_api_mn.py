"""Review rv21_N, API side, on SQLite and PostgreSQL:
M2  a page's content goes through the binary check a file's bytes go through: skipped, not
    stored as an article (SQLite) or failed by the store (PostgreSQL);
H2  a NUL in a page's text (a dump record) is removed, not a store error;
H3  a truncated JSON array uploaded as a page gives its complete records and a failed item
    saying so;
L3  a bad `crawled_at` is a 422 `invalid_request`, as a bad `url` is (docs/api.md)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

import pytest

from khronika_demo_store import empty_store_url

TOKEN = "mn-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
API = "/api/v1"


@pytest.fixture(params=["sqlite", "postgres"])
def client(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from khronika.api import create_app
    from khronika.nlp.pipeline import DEFAULT_ORDER, Pipeline
    from khronika.store import open_store

    url = empty_store_url(request.param, tmp_path)
    open_store(url).close()
    app = create_app(lambda: open_store(url, create=False), token=TOKEN, web=False,
                     pipeline_factory=lambda: Pipeline.build(disable=list(DEFAULT_ORDER)))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def _ingest(client: Any, body: dict) -> Any:
    return client.post(API + "/ingest", json=body, headers=AUTH)


BINARY = [
    ("controls", "\u0000\u0001\u0002" * 500),
    # ("one NUL in text", …) moved to tests/api/test_api_me.py: a few NULs in a client's text are
    # removed, as the CLI removes them from a JSONL record (review rev21_B M3)
]


@pytest.mark.parametrize("what, content", BINARY, ids=[b[0] for b in BINARY])
def test_binary_content_is_skipped_as_the_cli_skips_it(client: Any, what: str, content: str) -> None:
    response = _ingest(client, {"pages": [{"name": "nul.txt", "content": content},
                                          {"name": "ok.txt", "content": "Заголовок новости\n\nПесков заявил, что "
                                                                        "переговоры продолжатся."}]})
    assert response.status_code == 200, response.text
    first, second = response.json()["items"]
    assert first["status"] == "skipped" and "binary data" in first["reason"], first
    assert second["status"] == "new"


def test_a_dump_record_with_a_nul_is_stored_without_it(client: Any) -> None:
    rows = [{"url": f"https://nul.example/{i}", "text": f"Новость {i}\n\nВ Москве снег\u0000 номер {i}."}
            for i in range(3)]
    response = _ingest(client, {"pages": [{"name": "d.jsonl", "content": "\n".join(json.dumps(r) for r in rows)}]})
    assert response.status_code == 200, response.text
    assert response.json()["counts"] == {"new": 3}


def test_a_truncated_json_array_keeps_its_complete_records(client: Any) -> None:
    whole = json.dumps([{"url": f"https://arr.example/{i}", "text": f"Новость {i}\n\nДмитрий Песков заявил, что "
                                                                   f"Кремль ждёт ответа номер {i}.\n\nЕщё абзац."}
                        for i in range(5)], ensure_ascii=False)
    response = _ingest(client, {"pages": [{"name": "a.json", "content": whole[:int(len(whole) * 0.7)]}]})
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    assert [i["status"] for i in items] == ["new", "new", "new", "failed"]
    assert items[-1]["reason"] == "truncated JSON array after 3 items"


BAD_FIELDS = [
    ({"crawled_at": "garbage", "pages": [{"name": "a.txt", "content": "x"}]}, "crawled_at"),
    ({"pages": [{"name": "a.txt", "content": "x", "crawled_at": "вчера"}]}, "pages[0] (a.txt): crawled_at"),
    ({"pages": [{"name": "a.txt", "content": "x", "url": "javascript:alert(1)"}]}, "url"),
]


@pytest.mark.parametrize("body, named", BAD_FIELDS, ids=["crawled_at", "page crawled_at", "url"])
def test_a_bad_field_is_one_documented_code(client: Any, body: dict, named: str) -> None:
    response = _ingest(client, body)
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert error["code"] == "invalid_request" and named in error["message"]
    docs = (Path(__file__).resolve().parents[2] / "docs" / "api.md").read_text("utf-8")
    assert "| 422 | `invalid_request` | a bad field of an ingest body" in docs
