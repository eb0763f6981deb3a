"""Fixtures for the store tests: every store test runs on SQLite and PostgreSQL.

PostgreSQL is a throwaway server started once per session (see
`pgserver.py`), one fresh database per test; the PostgreSQL half skips with
a message only when the server binaries are not installed.
"""
from __future__ import annotations

from typing import Callable, Iterator

import pytest

from khronika.extract.article import Article, RelatedItem
from khronika.nlp.doc import Actor, Doc, Event, EventActor, Mention, Quote, Sentence, SpeakerRef
from khronika.store import open_store
from khronika.stories.similarity import Analyzer

from pgserver import PgServer, find_bindir


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return Analyzer.load()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer | None]:
    bindir = find_bindir()
    if bindir is None:
        yield None
        return
    server = PgServer(bindir).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path, pg_server) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "khronika.db")
    if pg_server is None:
        pytest.skip("PostgreSQL binaries not found (apt-get install postgresql); PostgreSQL half skipped")
    return pg_server.new_database()


@pytest.fixture
def pg_url(pg_server) -> str:
    """A fresh PostgreSQL database, for the tests that are about PostgreSQL alone."""
    if pg_server is None:
        pytest.skip("PostgreSQL binaries not found (apt-get install postgresql)")
    return pg_server.new_database()


@pytest.fixture
def store(store_url: str, analyzer: Analyzer):
    with open_store(store_url, analyzer=analyzer) as opened:
        yield opened


def _find(text: str, needle: str) -> int:
    at = text.find(needle)
    assert at >= 0, needle
    return at


def build_doc(
    title: str,
    paragraphs: list[str],
    *,
    url: str | None = None,
    published: str | None = "2024-04-19T10:00:00+03:00",
    source: str | None = None,
    actors: list[tuple[str, str, str, list[str]]] = (),
    quotes: list[tuple[str, str | None, str]] = (),
    events: list[tuple[str, str, list[str], list[str], str | None]] = (),
    related: list[str] = (),
) -> Doc:
    """A Doc built by hand, as the pipeline would fill it.

    actors:  (actor_id, name, type, [surface forms found in the text])
    quotes:  (quote text found in the text, speaker actor id or None, speaker name)
    events:  (PLOVER type, trigger found in the text, [source actor ids], [target actor ids], date)
    """
    article = Article(
        id=str(abs(hash((title, tuple(paragraphs))))), source=source or (url or title), title=title,
        published=published, language="ru", lead=paragraphs[0] if paragraphs else "", paragraphs=paragraphs,
        url=url, related=[RelatedItem(r) for r in related],
    )
    doc = Doc.from_article(article)
    # One sentence per part is enough for evidence lookups.
    doc.sentences = [Sentence(p.start, p.stop, doc.text[p.start:p.stop], 0, 0) for p in doc.parts]
    names = {}
    for actor_id, name, type_, forms in actors:
        names[actor_id] = name
        mention_ids = []
        for form in forms:
            start = _find(doc.text, form)
            doc.mentions.append(Mention(start, start + len(form), form, type_, name, actor_id))
            mention_ids.append(len(doc.mentions) - 1)
        doc.actors.append(Actor(actor_id, name, type_, None, [], mention_ids, True))
    for text, speaker_id, speaker_name in quotes:
        start = _find(doc.text, text)
        doc.quotes.append(Quote(text, "direct", start, start + len(text), doc.sentence_at(start) or 0, "заявил",
                                SpeakerRef(speaker_id, speaker_name, speaker_name)))
    for type_, trigger, sources, targets, date in events:
        start = _find(doc.text, trigger)
        doc.events.append(Event(
            type_, None, {"CONSULT": "04", "ACCUSE": "11", "ASSAULT": "18"}.get(type_, "01"),
            [EventActor(a, names.get(a, a)) for a in sources], [EventActor(a, names.get(a, a)) for a in targets],
            trigger, start, start + len(trigger), doc.sentence_at(start) or 0, date=date,
        ))
    doc.layers |= {"mentions", "actors", "quotes", "events"}
    return doc


@pytest.fixture
def make_doc() -> Callable[..., Doc]:
    return build_doc
