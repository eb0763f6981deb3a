"""Helper dvU (thirty-fourth session) table tests for the rules made after the blind quotes-dev16 score
(slots 1-12):
- "Многие комментаторы пригрозили «отписаться»", "угрожали вывезти ее за границу «живой или по частям»": a threat
  with an infinitive phrase that carries the speaker's quoted words is a mixed quote, like "пообещал «разобраться»"
  (the guideline's exception for directives); a threat without quoted words, with a quoted noun phrase, or denied
  stays no quote;
- "Певица Алла Пугачева … «Алла Борисовна как девочка» … Пугачева заявила": a person the text names both with first
  name and surname and with first name and patronymic is named by the first pair ("Алла Пугачёва", not "Алла
  Борисовна"), also when only the patronymic pair stands in the nominative ("Михаилу Ведерникову … Михаил Юрьевич");
- "Виктор Янукович … Янукович уехал … Виктор Федорович рассказал": a two-word name whose second word ends like a
  patronymic is still a full name when the text writes that word alone for a person (a surname: nobody is called
  by a patronymic alone), so a first name and patronymic can join it.
Made-up sentences; guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, quote_of, speaker_name

# (mechanism, text, content of the quote, expected speaker name, expected kind, expected cue)
QUOTES = [
    ("a threat with one quoted word of the speakers",
     "Блогеры\n\nСнимок вызвал гнев блогеров. Многие комментаторы пригрозили «отписаться», а некоторые оскорбляли "
     "автора.",
     "отписаться", "Многие комментаторы", "mixed", "пригрозить"),
    ("a threat whose infinitive phrase ends in quoted words",
     "Похищение\n\nПохитители угрожали вывезти ее за границу «живой или по частям».",
     "вывезти ее за границу «живой или по частям»", "Похитители", "mixed", "угрожать"),
    ("the same with another threat verb",
     "Соседи\n\nСосед грозился «навести порядок» во дворе.",
     "«навести порядок» во дворе", "Сосед", "mixed", "грозиться"),
    ("guard: a promise keeps its answer",
     "Протесты\n\nПрезидент пообещал «разобраться» с чиновниками.",
     "«разобраться» с чиновниками", "Президент", "mixed", "пообещать"),
]


@pytest.mark.parametrize("label,text,content,speaker,kind,cue", QUOTES, ids=[c[0] for c in QUOTES])
def test_quotes_dvu(enrich, label, text, content, speaker, kind, cue):
    quote = quote_of(enrich(text), content, label)
    assert (speaker_name(quote), quote.kind, quote.cue) == (speaker, kind, cue), label


# (mechanism, text, a word that no quote's text may contain)
ABSENT = [
    ("guard: a threat with a bare infinitive reports no words",
     "Суд\n\nДепутат пригрозил подать в суд на журналистов.",
     "суд"),
    ("guard: a threat with a quoted noun phrase is no directive",
     "Рейс\n\nЧиновница пригрозила «Аэрофлоту» «звонком из правительства».",
     "звонком"),
    ("guard: a denied threat",
     "Соседи\n\nОн не угрожал «уничтожить» соседей.",
     "уничтожить"),
]


@pytest.mark.parametrize("label,text,absent", ABSENT, ids=[c[0] for c in ABSENT])
def test_absent_dvu(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


# (mechanism, text, content of the quote, expected speaker name)
NAMES = [
    ("first name and surname, not first name and patronymic",
     "Певица\n\nПевица Алла Пугачева опубликовала фото. «Алла Борисовна как девочка», – пишет ekaterinasochilina. "
     "В середине декабря Пугачева заявила о возвращении на сцену.",
     "возвращении на сцену", "Алла Пугачёва"),
    ("the same when only the patronymic pair is in the nominative",
     "Губернатор\n\nПрезидент Владимир Путин пообещал губернатору Псковской области Михаилу Ведерникову поддержку. "
     "Михаил Юрьевич, сказал президент, работает хорошо. Ведерников заявил, что область справится.",
     "область справится", "Михаил Ведерников"),
    ("first name and patronymic of one whose surname ends like a patronymic and stands alone",
     "Интервью\n\nЭкс-президент Виктор Янукович дал интервью. Позже Янукович уехал в Россию. Виктор Федорович "
     "рассказал, что расстался с женой.",
     "расстался с женой", "Виктор Янукович"),
    ("guard: such a surname never written alone may be a patronymic the dictionary lacks",
     "Интервью\n\nЭкс-президент Виктор Янукович дал интервью. Виктор Федорович рассказал, что расстался с женой.",
     "расстался с женой", "Виктор Фёдорович"),
    ("guard: another first name and patronymic stays another person",
     "Врачи\n\nОлегу Мееровичу 80 лет. Олег Аронович, врач скорой помощи, рассказал, что ждет вакцину.",
     "ждет вакцину", "Олег Аронович"),
    ("guard: a person named only with first name and patronymic keeps that name",
     "Врачи\n\n«Мы ждем вакцину», – сказал Олег Аронович.",
     "Мы ждем вакцину", "Олег Аронович"),
    ("guard: a surname of a patronymic's ending stays the name",
     "Концерт\n\nПевица Анна Семенович рассказала, что готовит новую программу.",
     "готовит новую программу", "Анна Семенович"),
]


@pytest.mark.parametrize("label,text,content,expected", NAMES, ids=[c[0] for c in NAMES])
def test_names_dvu(enrich, label, text, content, expected):
    assert speaker_name(quote_of(enrich(text), content, label)) == expected, label
