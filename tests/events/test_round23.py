"""Round 23 (issue 5): gold events whose trigger the lexicon knows and the coder dropped, learnt from the read gold.

- Staff named again without their employer ("Бортпроводники требуют …") work for the employer named with staff
  before in the story ("Сотрудники авиакомпании X"), when no organisation clearly dominates the story (the outlet it
  quotes is named too): their demand or strike is aimed at that employer (the gold guide: labour strikes and demands
  are against the employer).
- An impersonal verb of success lends the infinitive its dative experiencer as the subject ("Министру удалось
  заручиться поддержкой X": X supports the minister); not a verb of necessity ("придётся").
- A headline act reported as done is not dropped as restated by a plan in the body ("Пилоты начали забастовку" over
  "бастовать намерены также бортпроводники"); an act noun a verb of threatening holds in the instrumental ("грозят
  новыми забастовками") is hypothetical, not done.

Sentences written for the tests, not taken from any gold or read document."""
from __future__ import annotations

import pytest

from event_checks import coded, forbidden, has_event
from khronika.extract.article import Article


# paragraph, type, source, target: coded with these actors (each set must be among the event's names)
CODED = [
    # staff without an employer: the one named with staff earlier (the outlet named too keeps any from dominating)
    ("Сотрудники авиакомпании «Аэрофлот» намерены провести забастовку, сообщает газета «Коммерсант». "
     "Бортпроводники требуют повышения зарплат.", "REQUEST", set(), {"Аэрофлот"}),
    # the dative experiencer of "удалось" is the subject of the infinitive
    ("Министру Олегу Смирнову удалось заручиться поддержкой президента Ивана Петрова.", "SUPPORT",
     {"Иван Петров"}, {"Олег Смирнов"}),
]


@pytest.mark.parametrize("text, type_, source, target", CODED)
def test_round23_coded(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


# paragraph, what must not be coded (type alone, "TYPE:name" among the actors, or "TYPE:source>target")
NOT_CODED = [
    # no staff named with an employer before: no guess (not the outlet)
    ("Газета «Коммерсант» сообщила о забастовке. Пилоты требуют повышения зарплат.", "REQUEST:Коммерсант"),
    # a verb of necessity does not make its dative the act's subject: a duty, not an act told
    ("Министру Олегу Смирнову придется встретиться с президентом Иваном Петровым.", "CONSULT:Олег Смирнов"),
]


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_round23_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found


# headline, body, type, target: a real (not hypothetical) event of the type against the target is kept
HEADLINES = [
    ("Пилоты авиакомпании «Аэрофлот» начали забастовку",
     "Бастовать в пятницу намерены также бортпроводники «Аэрофлота».", "PROTEST", "Аэрофлот"),
]


@pytest.mark.parametrize("title, body, type_, target", HEADLINES)
def test_round23_headline_not_restated_by_plan(pipeline, title: str, body: str, type_: str, target: str) -> None:
    doc = pipeline(Article(id="t", source="test", title=title, published="2022-01-28T16:49:00+03:00", language="ru", lead="",
                           paragraphs=[body]))
    real = [e for e in doc.events if e.type == type_ and not e.hypothetical
            and target in {a.name for a in e.target_actors}]
    assert real, [(e.type, [a.name for a in e.source_actors], [a.name for a in e.target_actors], e.hypothetical)
                  for e in doc.events]


# headline, type: no event of the type told as done (a threatened act is hypothetical)
NOT_REAL = [
    ("Пилоты авиакомпании «Аэрофлот» грозят новыми забастовками", "PROTEST"),
]


@pytest.mark.parametrize("text, type_", NOT_REAL)
def test_round23_threatened_act_not_done(code_sentence, text: str, type_: str) -> None:
    doc = code_sentence(text)
    done = [e for e in doc.events if e.type == type_ and not e.hypothetical]
    assert not done, [(e.type, [a.name for a in e.source_actors], [a.name for a in e.target_actors]) for e in done]
