"""A page whose text is its description (no article text on the page, `extract.summary`) is
said to be so where a reader reads it (review rev23_B L5): the web article page and
`khronika show` put a note above the text; an article with its own text has none.  SQLite and
PostgreSQL."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Iterator

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))

from khronika.cli import main  # noqa: E402
from khronika.extract.article import Article  # noqa: E402
from khronika.extract.summary import EXTRACTOR, TEXT_NOTE, TEXT_NOTE_RU  # noqa: E402
from khronika.nlp.doc import Doc, Sentence  # noqa: E402
from khronika.store import open_store  # noqa: E402

from khronika_demo_store import empty_store_url, shared_analyzer  # noqa: E402

# (title, url, text, extractor): the page's description, then a page with its article text
PAGES = [
    ("ЦБ сохранил ключевую ставку", "https://news.example.ru/1",
     "Банк России на заседании в пятницу сохранил ключевую ставку на уровне 16 процентов годовых.", EXTRACTOR),
    ("В Казани открыли станцию метро", "https://news.example.ru/2",
     "Новую станцию метро в Казани открыли для пассажиров в четверг. Строительство заняло четыре года.", "khronika"),
]


def _doc(title: str, url: str, text: str, extractor: str) -> Doc:
    article = Article(id=url, source=url, title=title, published="2024-03-22T13:30:00+03:00", language="ru",
                      lead=text, paragraphs=[text], url=url, extractor=extractor)
    doc = Doc.from_article(article)
    doc.sentences = [Sentence(p.start, p.stop, doc.text[p.start:p.stop], 0, 0) for p in doc.parts]
    return doc


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def store_url(request, tmp_path_factory) -> str:
    url = empty_store_url(request.param, tmp_path_factory.mktemp("web_note"))
    with open_store(url, analyzer=shared_analyzer()) as store:
        for page in PAGES:
            store.add_document(_doc(*page))
    return url


@pytest.fixture(scope="module")
def client(store_url) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from khronika.api import create_app

    analyzer = shared_analyzer()
    app = create_app(lambda: open_store(store_url, create=False, analyzer=analyzer), cache_ttl=0)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("article_id, noted", [(1, True), (2, False)])
def test_the_article_page_says_its_text_is_the_description(client, article_id, noted):
    response = client.get(f"/articles/{article_id}")
    assert response.status_code == 200
    assert (TEXT_NOTE_RU in response.text) is noted
    assert PAGES[article_id - 1][2] in response.text


@pytest.mark.parametrize("article_id, noted", [(1, True), (2, False)])
def test_show_says_its_text_is_the_description(store_url, article_id, noted):
    result = CliRunner().invoke(main, ["show", str(article_id), "--db", store_url])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert (TEXT_NOTE in lines) is noted
    if noted:  # under the heading, above the text
        assert lines.index(TEXT_NOTE) < lines.index(PAGES[0][2])
