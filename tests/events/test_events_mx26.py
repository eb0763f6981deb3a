"""An organisation's event kept when the tagger also made a place of its words, and a possessive of a coordination
read as its first conjunct's (helper mx26, twenty-sixth session; review rv26_Q H2, L3).

Rules:
- a place the tagger made of an organisation's head noun and the words before it ("Чертановский суд" LOC inside the
  descriptor organisation "Чертановский суд Москвы") goes, so the organisation is the event's source;
- a possessive pronoun in the second conjunct of a coordination refers to the first conjunct when it agrees with it
  ("в адрес ЕС и его лидеров": the EU's leaders, not the subject's), so a source is not its own target.
Each row: (title, paragraph, trigger) → expected (type, source names, whether a target names the source).  Rows
marked "old" fail on the code before the round; the controls hold on both.  The sentences are written for the test.
"""
from __future__ import annotations

import pytest

from khronika.extract.article import Article

PUBLISHED = "2019-08-06T15:14:00+03:00"

# (title, paragraph, trigger, expected type, expected source names)
SOURCES = [
    # old: the court's own words typed as a place too; no event
    ("Кандидата в Мосгордуму Юлию Галямину арестовали на 15 суток",
     "Чертановский суд Москвы арестовал незарегистрированного кандидата в Мосгордуму Юлию Галямину еще на 15 суток.",
     "арестовал", "COERCE", ["Чертановский суд Москвы"]),
    # controls: the headline that makes no such place; another court
    ("Суд в Москве", "Чертановский суд Москвы арестовал незарегистрированного кандидата в Мосгордуму Юлию Галямину "
                     "еще на 15 суток.", "арестовал", "COERCE", ["Чертановский суд Москвы"]),
    ("Новости", "Тверской суд Москвы арестовал активиста Ивана Петрова на 10 суток.", "арестовал", "COERCE",
     ["Тверской суд Москвы"]),
]

# (paragraph, trigger, expected type, the source's name, expected target names)
OWNERS = [
    # old: "его" read as the subject: "лидер Борис Джонсон" among the targets
    ("Перед референдумом Борис Джонсон не раз обрушивался с критикой в адрес ЕС и его лидеров.", "критикой",
     "ACCUSE", "Борис Джонсон"),
    ("Лидер партии Иван Петров обрушился с критикой на Евросоюз и его руководство.", "обрушился", "ACCUSE",
     "Иван Петров"),
    ("Министр Иван Петров раскритиковал НАТО и его генсека.", "раскритиковал", "ACCUSE", "Иван Петров"),
    ("Дональд Трамп резко раскритиковал Китай и его руководство.", "раскритиковал", "ACCUSE", "Дональд Трамп"),
    # controls: a feminine possessive whose first conjunct is a woman; a possessive outside any coordination
    ("Борис Джонсон раскритиковал Терезу Мэй и ее кабинет.", "раскритиковал", "ACCUSE", "Борис Джонсон"),
]


def _events(pipeline, title, paragraph, trigger):
    article = Article(id="t", source="test", title=title, published=PUBLISHED, language="ru",
                      lead=paragraph, paragraphs=[paragraph])
    return [e for e in pipeline(article).events if e.trigger == trigger]


@pytest.mark.parametrize("title,paragraph,trigger,type_,sources", SOURCES)
def test_organisation_source_beside_a_stray_place(pipeline, title, paragraph, trigger, type_, sources):
    found = _events(pipeline, title, paragraph, trigger)
    assert [(e.type, [a.name for a in e.source_actors]) for e in found] == [(type_, sources)]


@pytest.mark.parametrize("paragraph,trigger,type_,source", OWNERS)
def test_possessive_of_a_coordination(pipeline, paragraph, trigger, type_, source):
    found = _events(pipeline, "Новости", paragraph, trigger)
    assert [e.type for e in found] == [type_]
    assert [a.name for a in found[0].source_actors] == [source]
    assert found[0].target_actors and not any(source.split()[-1] in a.name for a in found[0].target_actors)
