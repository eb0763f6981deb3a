"""Web pages mended after the review rev20_B (helper rc), on SQLite and PostgreSQL.

L9  on /events, `source` and `target` are the event's sides: a value that names no side of any stored
    event but a stored outlet (`/events?source=tass.ru`) is a 400 page
    saying that `source` is the acting party and pointing to the search's `source:` (before: a 200
    page filtering by an actor "tass.ru", empty).
L8  /quotes/export writes at most QUOTE_EXPORT_ROWS rows: past it, the response says so in
    `X-Khronika-Truncated` and the quotes page's link text names the limit (before: silent).
"""
from __future__ import annotations

import csv
import io
import re
from typing import Any, Iterator

import pytest

from khronika.extract.article import Article
from khronika.nlp.doc import Actor, Doc, Event, EventActor, Mention, Quote, Sentence, SpeakerRef
from khronika.store import open_store
from khronika.web import routes

from khronika_demo_store import empty_store_url, shared_analyzer

PUTIN = "per:vladimir-putin"


def _doc(title: str, url: str, target: str, said: str) -> Doc:
    text = f"Президент Владимир Путин провел переговоры ({title}). «{said}», — заявил он."
    article = Article(id=title, source=url, title=title, published="2019-01-15T10:00:00+03:00", language="ru",
                      lead=text, paragraphs=[text], url=url)
    doc = Doc.from_article(article)
    doc.sentences = [Sentence(p.start, p.stop, doc.text[p.start:p.stop], 0, 0) for p in doc.parts]
    start = doc.text.index("Владимир Путин")
    doc.mentions.append(Mention(start, start + 14, "Владимир Путин", "PER", "Владимир Путин", PUTIN))
    doc.actors.append(Actor(PUTIN, "Владимир Путин", "PER", None, [], [0], True))
    at = doc.text.index(said)
    doc.quotes.append(Quote(said, "direct", at, at + len(said), doc.sentence_at(at) or 0, "заявил",
                            SpeakerRef(PUTIN, "Владимир Путин", "Владимир Путин")))
    at = doc.text.index("провел переговоры")
    doc.events.append(Event("CONSULT", None, "04", [EventActor(PUTIN, "Владимир Путин")], [EventActor(None, target)],
                            "провел переговоры", at, at + 17, doc.sentence_at(at) or 0))
    doc.layers |= {"mentions", "actors", "quotes", "events"}
    return doc


# (title, url, the event's target: an unregistered name, said)
PAGES = [("Переговоры в Москве", "https://tass.ru/politika/1", "Делегация", "Мы поддержим регионы"),
         ("Переговоры в Крыму", "https://crimea.ria.ru/2", "Ria", "Мы поддержим города")]


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def client(request, tmp_path_factory) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from khronika.api import create_app

    url = empty_store_url(request.param, tmp_path_factory.mktemp("web_rc"))
    analyzer = shared_analyzer()
    with open_store(url, analyzer=analyzer) as store:
        for page in PAGES:
            store.add_document(_doc(*page))
    app = create_app(lambda: open_store(url, create=False, analyzer=analyzer), cache_ttl=0)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


# /events parameters → (status, events listed; None: the error page, with this outlet in its message)
EVENT_SIDES = [
    ({"source": "tass.ru"}, (400, "source:tass.ru")),              # L9: was 200, no events
    ({"source": "https://www.tass.ru/x"}, (400, "source:tass.ru")),  # L9
    ({"target": "tass"}, (400, "source:tass")),                    # L9: a bare outlet label
    ({"source": "crimea.ria.ru"}, (400, "source:crimea.ria.ru")),  # L9
    ({"source": "Владимир Путин"}, (200, 2)),                      # guard: an actor
    ({"source": PUTIN}, (200, 2)),                                 # guard
    ({"target": "ria"}, (200, 1)),                                 # guard: an event's side is so named
    ({"target": "Делегация"}, (200, 1)),                           # guard
    ({"source": "lenta.ru"}, (200, 0)),                            # guard: no stored outlet: filters, as before
    ({"actor": "tass.ru"}, (200, 0)),                              # guard: `actor` is not the outlet's name anywhere
]


@pytest.mark.parametrize("params, expected", EVENT_SIDES, ids=[str(p) for p, _ in EVENT_SIDES])
def test_events_page_outlet_as_side(client, params, expected):
    response = client.get("/events", params=params)
    status, what = expected
    assert response.status_code == status
    if status == 400:
        text = response.text
        assert "это издание, а не участник" in text and what in text
        assert ("тот, кто действует" if "source" in params else "тот, на кого направлено действие") in text
        assert f'value="{params.get("source", params.get("target"))}"' in text  # the form as typed
    else:
        assert len(re.findall(r'<a href="/events\?type=CONSULT">', response.text)) == what


def _rows(response) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(response.text.lstrip("\ufeff"))))


# QUOTE_EXPORT_ROWS → (rows written, X-Khronika-Truncated)
EXPORT_LIMITS = [
    (1, (1, "1")),      # L8: was 1 row and no word of the other
    (2, (2, None)),     # guard: exactly all
    (20000, (2, None)),  # guard
]


@pytest.mark.parametrize("limit, expected", EXPORT_LIMITS)
def test_quote_export_says_it_stopped(client, monkeypatch, limit, expected):
    monkeypatch.setattr(routes, "QUOTE_EXPORT_ROWS", limit)
    response = client.get("/quotes/export")
    assert response.status_code == 200
    assert (len(_rows(response)), response.headers.get("x-khronika-truncated")) == expected


def test_quotes_page_link_names_the_limit(client):
    text = client.get("/quotes").text
    assert re.search(r"CSV</a> \(не больше 20\s000 строк", text), text[text.find("Скачать"):][:300]
