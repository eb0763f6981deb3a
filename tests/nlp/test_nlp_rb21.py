"""Helper rb21 (twenty-first session; review rev21_A M1): a date after "от" is a document's date only on a
document noun.

mt21 made any noun + "от DATE" a document's date, never ahead of publication.  The rule now needs the noun
to name a dated document ("решение", "указ", "письмо", "приказ", "постановление", …) and the phrase to have
no end ("от 1 июня до 1 сентября" is a range).  On any other noun "от" opens a start: "тарифы от 1 июня
вырастут", "в период от 1 июня до 1 сентября" keep the day ahead.

Each row: (publication day, sentence, time expression, expected value).  Rows marked "old" fail on the code
before the round (5aaffa4); the guards hold on both.  Sentences written for the tests.
"""
from __future__ import annotations

import pytest

from khronika.extract.article import Article
from khronika.nlp.pipeline import Pipeline

TABLE = [
    # old: a start, not a document (2019-05-15: 1 June is ahead)
    ("2019-05-15", "Тарифы от 1 июня вырастут на пять процентов.", "1 июня", "2019-06-01"),
    ("2019-05-15", "Скидки от 1 июня будут отменены.", "1 июня", "2019-06-01"),
    ("2019-05-15", "Продажи билетов по ценам от 1 июня будут открыты.", "1 июня", "2019-06-01"),
    # old: a range "от … до …"
    ("2019-05-15", "Отпуск в период от 1 июня до 1 сентября будет оплачен.", "1 июня до 1 сентября", "2019-06-01"),
    ("2019-05-15", "Цены на билеты от 1 июня до 1 сентября составят 100 рублей.", "1 июня до 1 сентября",
     "2019-06-01"),
    # guards: a document's date stays past
    ("2019-05-15", "Об этом говорится в решении суда от 19 июня.", "19 июня", "2018-06-19"),
    ("2019-05-15", "В указе от 20 июня говорится о новых мерах.", "20 июня", "2018-06-20"),
    ("2019-05-15", "Как следует из письма министерства от 30 мая, школы откроются в сентябре.", "30 мая",
     "2018-05-30"),
    # guards: the parse hangs the date on the document's genitive owner
    ("2019-01-05", "Об этом говорится в заявлении института от 14 января.", "14 января", "2018-01-14"),
    ("2019-01-05", "Об этом стало известно из ответа заместителя главы ФНС Даниила Егорова от 28 января на запрос.",
     "28 января", "2018-01-28"),
    ("2019-08-06", "Военнослужащий опубликовал фотографии, говорится в решении гарнизонного военного суда от "
     "19 апреля.", "19 апреля", "2019-04-19"),
]


@pytest.fixture(scope="module")
def times_pipeline(nlp_resources):
    return Pipeline.build(["segment", "morph", "syntax", "times"], resources=nlp_resources)


@pytest.mark.parametrize("anchor,sentence,expression,value", TABLE)
def test_document_date_after_ot(times_pipeline, anchor, sentence, expression, value):
    article = Article(id="t", source="test", title="", published=anchor, language="ru",
                      lead=sentence, paragraphs=[sentence])
    found = [t.value for t in times_pipeline(article).times if t.text == expression]
    assert found == [value]
