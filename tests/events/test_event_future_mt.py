"""Planned acts as events (helper mt, nineteenth session; review rv19_U H2, L5).

Each row: a sentence (a body paragraph published on Wednesday 8 August 2018) → the type, trigger,
date and hypothetical flag of its event.  Rows marked "old" fail on the code before the round;
the controls hold on both.
"""
from __future__ import annotations

import pytest

from khronika.extract.article import Article

PUBLISHED = "2018-08-08T12:00:00+03:00"

# (sentence, type, trigger, date, hypothetical)
ROWS = [
    # old: a future auxiliary over the trigger ("будут бастовать"; the tagger reads "будут" as present)
    ("Пилоты Ryanair будут бастовать в пятницу.", "PROTEST", "бастовать", "2018-08-10", True),
    # old: set for a day with "назначена на": a plan, dated ahead
    ("Встреча министров с послами назначена на 20 августа.", "CONSULT", "Встреча", "2018-08-20", True),
    # old: dated ahead through "намерены" / "запланирована на"
    ("Министры намерены встретиться с послами в пятницу.", "CONSULT", "встретиться", "2018-08-10", True),
    ("Встреча министров с послами запланирована на пятницу.", "CONSULT", "Встреча", "2018-08-10", True),
    # controls: the synthetic future; a past act; a future "будет" that is no auxiliary of the trigger
    ("В пятницу пилоты Ryanair проведут забастовку.", "PROTEST", "забастовку", "2018-08-10", True),
    ("Пилоты Ryanair бастовали в пятницу.", "PROTEST", "бастовали", "2018-08-03", False),
    ("США пригрозили инвесторам «Северного потока-2» — Будет жесткий ответ.", "THREATEN", "пригрозили",
     "2018-08-08", False),
]


@pytest.mark.parametrize("text,type_,trigger,date,hypothetical", ROWS)
def test_planned_act(pipeline, text, type_, trigger, date, hypothetical):
    article = Article(id="t", source="test", title="Новости", published=PUBLISHED, language="ru",
                      lead="", paragraphs=[text])
    found = [(e.date, e.hypothetical) for e in pipeline(article).events if e.type == type_ and e.trigger == trigger]
    assert found == [(date, hypothetical)]
