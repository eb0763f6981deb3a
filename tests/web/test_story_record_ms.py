"""One story record and one unit of reports for the API, the web page and the CLI (review
rv21_J L1, L2; helper ms), on SQLite and PostgreSQL.

A report is an article carrying an event or quote (`n_reports`); each telling of it in an
article is a mention (`n_mentions`, the `reports` listed, the rows of `/events?story=`).  The
story here: two outlets' articles; one tells the strike twice (one report, two mentions) with
its place, one quotes the minister twice with an addressee.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))

from khronika.extract.article import Article  # noqa: E402
from khronika.nlp.doc import Actor, Doc, Event, EventActor, Mention, Quote, Sentence, SpeakerRef  # noqa: E402
from khronika.store import open_store  # noqa: E402

from khronika_demo_store import empty_store_url, shared_analyzer  # noqa: E402

MINISTER = ("per:ivan-petrov", "Иван Петров", "PER")
UNION = ("org:pilots-union", "профсоюз пилотов", "ORG")
MOSCOW = EventActor("loc:moscow", "Москва")
QUOTE = "переговоры будут продолжены"
TEXTS = {
    "https://a.example.ru/news/1": [
        "Профсоюз пилотов объявил забастовку в Москве, сообщил министр Иван Петров.",
        "Иван Петров заявил пилотам: «переговоры будут продолжены». Забастовку поддержали экипажи.",
        "Министр повторил: «переговоры будут продолжены»."],
    "https://b.example.ru/news/2": [
        "Профсоюз пилотов объявил забастовку в Москве, сообщил министр Иван Петров.",
        "По словам министра Ивана Петрова, «переговоры будут продолжены»."],
}


def _doc(url: str, paragraphs: list[str]) -> Doc:
    title = "Профсоюз пилотов объявил забастовку"
    article = Article(id=url, source=url, title=title, published="2018-07-25T10:00:00+03:00", language="ru",
                      lead=paragraphs[0], paragraphs=paragraphs, url=url)
    doc = Doc.from_article(article)
    doc.sentences = [Sentence(p.start, p.stop, doc.text[p.start:p.stop], 0, 0) for p in doc.parts]
    for actor_id, name, kind in (MINISTER, UNION):
        doc.actors.append(Actor(actor_id, name, kind, None, [], [], True))
    at = doc.text.find("Иван Петров")
    doc.mentions.append(Mention(at, at + len("Иван Петров"), "Иван Петров", "PER", MINISTER[1], MINISTER[0]))
    for match in re.finditer(QUOTE, doc.text):
        doc.quotes.append(Quote(QUOTE, "direct", match.start(), match.end(), doc.sentence_at(match.start()) or 0,
                                "заявил", SpeakerRef(MINISTER[0], MINISTER[1], MINISTER[1]),
                                addressee=SpeakerRef(None, "пилоты", "пилотам")))
    for match in re.finditer("забастовку|Забастовку", doc.text):
        doc.events.append(Event("STRIKE", None, "14", [EventActor(UNION[0], UNION[1])], [], match.group(),
                                match.start(), match.end(), doc.sentence_at(match.start()) or 0,
                                date="2018-07-25", date_from_article=True, location=MOSCOW))
    doc.layers |= {"mentions", "actors", "quotes", "events"}
    return doc


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def story_store(request, tmp_path_factory):
    url = empty_store_url(request.param, tmp_path_factory.mktemp("story_ms"))
    with open_store(url, analyzer=shared_analyzer()) as store:
        ids = [store.add_document(_doc(u, p)).story_id for u, p in TEXTS.items()]
    assert ids[0] == ids[1]
    return url, ids[0]


@pytest.fixture(scope="module")
def client(story_store):
    from fastapi.testclient import TestClient

    from khronika.api import create_app

    url, _ = story_store
    with TestClient(create_app(lambda: open_store(url, create=False, analyzer=shared_analyzer()))) as c:
        yield c


def _cli(url: str, *args: str) -> str:
    from khronika.cli import main

    result = CliRunner().invoke(main, ["show", *args, "--db", url])
    assert result.exit_code == 0, result.output
    return result.output


def test_the_api_counts_reports_and_mentions(client, story_store):
    story = client.get(f"/api/v1/stories/{story_store[1]}").json()
    # merged: the strike (5 tellings, the headlines' too, in 2 articles), the quote (3 tellings in 2 articles)
    got = sorted((e["type"], e["n_reports"], e["n_mentions"], len(e["reports"])) for e in story["events"])
    assert got == [("STRIKE", 2, 5, 5)]
    assert [(q["n_reports"], q["n_mentions"], len(q["reports"])) for q in story["quotes"]] == [(2, 3, 3)]


def test_the_api_story_reports_carry_place_date_flag_and_addressee(client, story_store):
    story = client.get(f"/api/v1/stories/{story_store[1]}").json()
    assert {(r["location"], r["date_from_article"]) for e in story["events"] for r in e["reports"]} == {("Москва", True)}
    assert {(r["addressee_id"], r["addressee_name"]) for q in story["quotes"] for r in q["reports"]} == {(None, "пилоты")}
    # as the event list gives them
    listed = client.get("/api/v1/events", params={"story": story_store[1]}).json()["items"]
    assert {(r["location"], r["date_from_article"]) for r in listed} == {("Москва", True)}


def test_the_web_page_counts_in_the_same_unit(client, story_store):
    text = client.get(f"/stories/{story_store[1]}").text
    assert "События сюжета <span class=\"meta\">(1 разных, 2 сообщения, 5 упоминаний)</span>" in text
    assert "Цитаты сюжета <span class=\"meta\">(1 разных, 2 сообщения, 3 упоминания)</span>" in text
    assert "· сообщений: 2, упоминаний: 5 (" in text and "сообщений: 2, упоминаний: 3 · передают" in text
    assert "Таблица событий сюжета (5 упоминаний)" in text and "Все цитаты сюжета списком (3 упоминания)" in text


def test_the_cli_gives_the_api_record(client, story_store):
    url, story_id = story_store
    api = client.get(f"/api/v1/stories/{story_id}").json()
    assert json.loads(_cli(url, f"story:{story_id}", "--format", "json")) == api
    assert api["by_original_source"] and api["by_original_source"][0]["name"] == MINISTER[1]
    text = _cli(url, f"story:{story_id}")
    assert "Original sources" in text and "mentions" in text
    original = text[text.index("Original sources"):]
    row = next(line for line in original.splitlines() if MINISTER[1] in line)
    assert "a.example.ru, b.example.ru" in row
