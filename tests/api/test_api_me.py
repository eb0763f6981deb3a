"""Review rev21_B M3, on SQLite and PostgreSQL: a text the client sent with a few NULs (valid in a
JSON string) is stored without them, with the warning a JSONL record's NULs give, as the CLI
stores the same record; content that is binary (control characters, NULs among them, in more
than 2% of it) is still skipped as binary data (review rv21_N M2).  And review rev21_B L1: the
refusal of a foreign PostgreSQL schema names the remedy, a schema of the store's own."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import pytest

from khronika_demo_store import empty_store_url

TOKEN = "me-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
API = "/api/v1"
TEXT = "Заголовок про бюджет\n\nМинистр финансов Антон Силуанов заявил в среду, что бюджет будет исполнен."


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    from khronika.store import open_store

    url = empty_store_url(request.param, tmp_path)
    open_store(url).close()
    return url


@pytest.fixture
def client(store_url: str) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from khronika.api import create_app
    from khronika.nlp.pipeline import DEFAULT_ORDER, Pipeline
    from khronika.store import open_store

    app = create_app(lambda: open_store(store_url, create=False), token=TOKEN, web=False,
                     pipeline_factory=lambda: Pipeline.build(disable=list(DEFAULT_ORDER)))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


# content → status (reason holds)
CONTENT = [
    ("one NUL in text", TEXT.replace("в среду", "в\u0000 среду"), "new", None),
    ("NULs in title and text", TEXT.replace("бюджет", "бюджет\u0000"), "new", None),
    ("controls", "\u0000\u0001\u0002" * 500, "skipped", "binary data"),
    ("every other character NUL", "\u0000".join("Министр финансов заявил, что бюджет исполнен. " * 20),
     "skipped", "binary data"),
]


@pytest.mark.parametrize("what, content, status, reason", CONTENT, ids=[c[0] for c in CONTENT])
def test_a_few_nuls_are_removed_binary_is_skipped(client: Any, what: str, content: str, status: str,
                                                  reason: str | None) -> None:
    response = client.post(API + "/ingest", json={"pages": [{"name": "nul.txt", "content": content}]}, headers=AUTH)
    assert response.status_code == 200, response.text
    [item] = response.json()["items"]
    assert item["status"] == status, item
    if reason:
        assert reason in item["reason"]
        return
    article = client.get(f"{API}/articles/{item['article_id']}", headers=AUTH)
    assert article.status_code == 200, article.text
    body = article.text
    assert "\\u0000" not in body and "в среду, что бюджет будет исполнен" in body


def test_the_warning_is_the_clis() -> None:
    from khronika.api.v1.ingest import uploaded_pages
    from khronika.api.schemas import IngestPage
    from khronika.extract import extract_page

    [raw] = uploaded_pages(IngestPage(name="nul.txt", content=TEXT.replace("в среду", "в\u0000 среду")), None, "p")
    assert "text: nul.txt: 1 NUL character(s) removed" in extract_page(raw).warnings


def test_a_foreign_postgres_schema_is_refused_naming_the_remedy(tmp_path: Path) -> None:
    import psycopg

    from khronika.errors import StoreError
    from khronika.store import open_store

    url = empty_store_url("postgres", tmp_path)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE spatial_ref_sys (srid integer)")
    with pytest.raises(StoreError) as refused:
        open_store(url).close()
    message = str(refused.value)
    assert "not a Khronika store" in message and "CREATE SCHEMA khronika" in message
    assert "options=-csearch_path%3Dkhronika" in message
    # the remedy works: the store in a schema of its own (the name made unique for the shared test
    # database), the other table left alone
    with psycopg.connect(url, autocommit=True) as conn:
        foreign = conn.execute("SELECT current_schema()").fetchone()[0]
        conn.execute(f'CREATE SCHEMA "{foreign}_own"')
    own = url + f"&options=-csearch_path%3D{foreign}_own"
    open_store(own).close()
    open_store(own, create=False).close()
    with psycopg.connect(url, autocommit=True) as conn:
        tables = {r[0] for r in conn.execute("SELECT table_name FROM information_schema.tables "
                                             "WHERE table_schema = current_schema()").fetchall()}
    assert tables == {"spatial_ref_sys"}


def test_a_foreign_sqlite_file_gets_no_postgres_remedy(tmp_path: Path) -> None:
    import sqlite3

    from khronika.errors import StoreError
    from khronika.store import open_store

    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE users (id integer)")
    with pytest.raises(StoreError) as refused:
        open_store(str(path)).close()
    assert "not a Khronika store" in str(refused.value) and "search_path" not in str(refused.value)
