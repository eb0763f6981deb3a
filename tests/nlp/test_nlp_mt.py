"""Times of past clauses with a present verb, and ranges across New Year (helper mt, twenty-first
session; review rv21_Q H1, M5).

Each row: (publication day, sentence, time expression, expected value[, expected end]).  Rules:
- the reportive present ("сообщает во вторник агентство", "пишет 9 сентября газета", "об этом
  сообщается 18 января") governs the day of the report: never ahead;
- a document's date ("в решении суда от 19 апреля", "указ от 5 мая") is past, whatever verb the
  sentence has;
- a relative clause's verb governs only the times inside the clause: a time the parse hangs on it
  from outside ("вакцины, которая защищает от вируса, начали поступать еще в понедельник") takes the
  nearest verb outside the clause;
- a date in apposition to its weekday ("в четверг, 13 сентября") shares the weekday's head;
- a planning participle needs no "на" to set a day ahead ("16 мая запланированы рейсы");
- "с 31 декабря по 3 января": the year belongs to the end; a start later in the calendar is in the year
  before.
Rows marked "old" fail on the code before the round; the controls hold on both.
"""
from __future__ import annotations

import pytest

from khronika.extract.article import Article
from khronika.nlp.pipeline import Pipeline

TABLE = [
    # old: a document's date under "говорится" (rv21_Q H1, record 2; 2019-08-06 is a Tuesday)
    ("2019-08-06", "Военнослужащий Андрей Тарханов опубликовал фотографии в социальной сети Instagram, говорится "
     "в решении Саратовского гарнизонного военного суда от 19 апреля.", "19 апреля", "2019-04-19"),
    ("2019-08-06", "Об этом говорится в письме министерства от 30 мая.", "30 мая", "2019-05-30"),
    # old: the reportive present
    ("2019-06-12", "Правоохранительные органы обнаружили в доме пулеметы, сообщает во вторник пресс-служба МВД.",
     "во вторник", "2019-06-11"),
    ("2019-06-20", "Его отставка была принята, пишет 9 июня газета «Коммерсантъ».", "9 июня", "2019-06-09"),
    ("2019-06-20", "Об этом сообщается 10 июня на сайте Кремля.", "10 июня", "2019-06-10"),
    # old: a date in apposition to the weekday of a reportive present
    ("2019-06-20", "Об этом в понедельник, 10 июня, сообщает РИА Новости.", "в понедельник, 10 июня", "2019-06-10"),
    # old: a time outside a relative clause (rv21_Q H1, record 7; 2020-12-18 is a Friday)
    ("2020-12-18", "Первые 3 млн доз вакцины от Pfizer/BioNTech, которая на 95% защищает от коронавируса, начали "
     "поступать в медицинские учреждения 50 штатов еще в понедельник.", "в понедельник", "2020-12-14"),
    # old: a plan with a bare date
    ("2020-05-05", "Так, 16 мая запланированы рейсы Ларнака – Санкт-Петербург.", "16 мая", "2020-05-16"),
    # controls: a present that speaks of a day ahead; a future inside a relative clause; the past
    ("2020-12-18", "Саммит, который открывается в понедельник, продлится два дня.", "в понедельник", "2020-12-21"),
    ("2018-07-10", "План, который будет обнародован в четверг, 12 июля, предусматривает мягкий выход.",
     "в четверг, 12 июля", "2018-07-12"),
    ("2020-12-18", "Первые 3 млн доз вакцины начали поступать в учреждения еще в понедельник.", "в понедельник",
     "2020-12-14"),
    ("2019-06-12", "Министр встретится с послом 20 июня.", "20 июня", "2019-06-20"),
    ("2019-06-12", "Выставка откроется в пятницу, сообщает пресс-служба музея.", "в пятницу", "2019-06-14"),
    ("2019-08-06", "Указ от 19 апреля вступит в силу 1 сентября.", "1 сентября", "2019-09-01"),
    ("2018-08-08", "Иванов назначен на пост министра в пятницу.", "в пятницу", "2018-08-03"),
]

RANGES = [
    # old: the start after the end (rv21_Q M5, record 5)
    ("2020-12-18", "С 31 декабря по 3 января итальянцам будет запрещено выходить из дома.", "С 31 декабря по 3 января",
     "2020-12-31", "2021-01-03"),
    ("2021-01-10", "С 31 декабря по 3 января итальянцам было запрещено выходить из дома.", "С 31 декабря по 3 января",
     "2020-12-31", "2021-01-03"),
    ("2020-06-01", "Ограничения действуют с 13 ноября до 15 января 2021 года.", "с 13 ноября до 15 января 2021 года",
     "2020-11-13", "2021-01-15"),
    # controls: within one year
    ("2020-06-01", "Выставка прошла с 5 по 8 мая.", "с 5 по 8 мая", "2020-05-05", "2020-05-08"),
    ("2020-06-01", "Фестиваль пройдет с 28 июня по 3 июля.", "с 28 июня по 3 июля", "2020-06-28", "2020-07-03"),
]


@pytest.fixture(scope="module")
def times_pipeline(nlp_resources):
    return Pipeline.build(["segment", "morph", "syntax", "times"], resources=nlp_resources)


def _times(pipeline, anchor: str, sentence: str):
    article = Article(id="t", source="test", title="", published=anchor, language="ru",
                      lead=sentence, paragraphs=[sentence])
    return pipeline(article).times


@pytest.mark.parametrize("anchor,sentence,expression,value", TABLE)
def test_past_clause_time(times_pipeline, anchor, sentence, expression, value):
    found = [t.value for t in _times(times_pipeline, anchor, sentence) if t.text == expression]
    assert found == [value]


@pytest.mark.parametrize("anchor,sentence,expression,start,end", RANGES)
def test_range_across_new_year(times_pipeline, anchor, sentence, expression, start, end):
    found = [(t.value, t.end) for t in _times(times_pipeline, anchor, sentence) if t.text == expression]
    assert found == [(start, end)]
