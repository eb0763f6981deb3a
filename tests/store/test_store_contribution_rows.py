"""A new article's share of the actor aggregates is taken from its doc
(`aggregates.written_rows`) instead of being read back from the rows its write has just
inserted; it must be the very contribution the read-back gives (both backends)."""
from __future__ import annotations

import pytest

from khronika.nlp.doc import EventActor
from khronika.store import aggregates

PUTIN = ("per:vladimir-putin", "Владимир Путин", "PER", ["Путин", "Путина"])
MACRON = ("per:emmanuel-macron", "Эмманюэль Макрон", "PER", ["Макрон"])
PESKOV = ("per:dmitry-peskov", "Дмитрий Песков", "PER", ["Песков"])
TEXT = ("Путин встретился с Макроном. Макрон обвинил Путина. «Переговоры прошли хорошо», — сказал Песков. "
        "«Мы готовы», — добавил неизвестный.")

CASES = [
    # (label, actors, quotes, events, published, location)
    ("no layers", [], [], [], "2024-04-19T10:00:00+03:00", None),
    ("mentions only", [PUTIN, MACRON], [], [], "2024-04-19T10:00:00+03:00", None),
    ("quotes with and without a speaker id", [PUTIN, PESKOV],
     [("Переговоры прошли хорошо", "per:dmitry-peskov", "Дмитрий Песков"), ("Мы готовы", None, "неизвестный")],
     [], "2024-04-19T10:00:00+03:00", None),
    ("events, an unknown actor, own dates", [PUTIN, MACRON], [],
     [("CONSULT", "встретился", ["per:vladimir-putin"], ["per:emmanuel-macron"], "2024-04-18"),
      ("ACCUSE", "обвинил", ["per:emmanuel-macron"], ["org:unknown"], None)],
     "2024-04-19T10:00:00+03:00", None),
    ("event with a location, undated article", [PUTIN, MACRON], [],
     [("CONSULT", "встретился", ["per:vladimir-putin"], ["per:emmanuel-macron"], None)], None,
     EventActor("loc:paris", "Париж")),
    ("event actor without an id", [PUTIN], [],
     [("CONSULT", "встретился", ["per:vladimir-putin"], [], "2024-04-19")], "2024-04-19T10:00:00+03:00",
     EventActor(None, "Париж")),
]


@pytest.mark.parametrize("label, actors, quotes, events, published, location", CASES, ids=[c[0] for c in CASES])
def test_contribution_from_the_doc_equals_the_read_back(store, make_doc, label, actors, quotes, events,
                                                          published, location):
    doc = make_doc(f"Встреча: {label}", [TEXT], url=f"https://n.ru/{label}", published=published,
                   actors=actors, quotes=quotes, events=events)
    if location is not None:
        doc.events[0].location = location
    article_id = store.add_document(doc).article_id
    read_back = aggregates.contribution(store._execute, article_id)
    from_doc = aggregates.contribution_of(aggregates.written_rows(doc.article.published, doc))
    assert from_doc == read_back
    assert from_doc.empty == (not actors and not events)
