"""dv19b (thirty-fifth session) table tests: misses of quotes-dev19 slots 13-24 mended by construction.

- A one-word name (a stage name, a nickname, a former surname) written once in brackets right after a person's full
  name ("рэпер Алексей Узенюк (Элджей)") is that person: a speaker resolved to the bracketed name speaks under the full
  name (the mirror of mE32's "Хаски (Дмитрия Кузнецова)").
- An evaluation the parse tears apart: a "как"-predicate hung on the participle clause after it ("охарактеризовал
  Дж.Коми как высококвалифицированного сотрудника, способного …").  (A gerund's "с"-phrase hung on the verb the
  gerund depends on, "вступилась за X, сравнив их историю с …", was mended too but fired on no unread text: left
  out, /tmp/dv19b/r2_nofire.py.)"""
from __future__ import annotations

import pytest

from quote_checks import quote_of, speaker_of

# (mechanism, text, headline, the whole content of the quote, expected speaker name)
BRACKETED_ALIAS_CASES = [
    ("description after a stage name in brackets (headline by the stage name)",
     "Рэпер Алексей Узенюк (Элджей) был госпитализирован после того, как у него обнаружили коронавирус, об этом "
     "музыкант сообщил в социальных сетях.",
     "Заболевшего коронавирусом рэпера Элджея госпитализировали",
     "Рэпер Алексей Узенюк (Элджей) был госпитализирован после того, как у него обнаружили коронавирус",
     "Алексей Узенюк"),
    ("headline speaker by the stage name the body glosses",
     "В честь юбилея певица Наталья Ионова (Глюкоза) рассказала о проблемах в юности.",
     "Певица Глюкоза заявила, что покидает сцену",
     "покидает сцену", "Наталья Ионова"),
]


@pytest.mark.parametrize("label,text,title,content,expected", BRACKETED_ALIAS_CASES,
                         ids=[c[0] for c in BRACKETED_ALIAS_CASES])
def test_dv19b_bracketed_alias(enrich, label, text, title, content, expected):
    assert speaker_of(enrich(text, title=title), content, label) == expected, label


# (mechanism, text, the whole content of the quote, expected speaker name)
TORN_EVALUATION_CASES = [
    ("'как'-predicate hung on the participle clause after it",
     "Б.Обама охарактеризовал Дж.Коми как высококвалифицированного сотрудника, способного решать весь спектр задач, "
     "стоящих сегодня перед ФБР.",
     "Дж.Коми как высококвалифицированного сотрудника", "Барак Обама"),
]


@pytest.mark.parametrize("label,text,content,expected", TORN_EVALUATION_CASES, ids=[c[0] for c in TORN_EVALUATION_CASES])
def test_dv19b_torn_evaluation(enrich, label, text, content, expected):
    quote = quote_of(enrich(text), content, label)
    assert quote.speaker is not None and quote.speaker.name == expected, label
