"""Event dates (issue 5, helper d2): a completed past act whose sentence names no time takes
the time of the narrative it continues (`dating.narrative_time`).

Table: body paragraphs ("||" between paragraphs; the article has a title and a first paragraph
before them, so these are not the lead), publication timestamp, event type and trigger →
(date, granularity, date_from_article).  Sentences written for the tests, not taken from the
gold.  Rows marked "new" fail on the code before this round (it leaves every such event
undated); the other rows mark where the narrative's time must not be carried."""
from __future__ import annotations

import pytest

from khronika.extract.article import Article
from khronika.nlp.doc import Event

NOV = "2018-11-08T10:00:00+03:00"
UNDATED = (None, None, False)

CASES = [
    # "Перед этим", and a sentence between that moved the time, end the narrative (rev18_E 2)
    ("Суд вынес приговор Петрову 7 июля 2017 года. Перед этим полиция задержала Петрова.", NOV, "COERCE",
     "задержала", (None, None, False)),
    ("Суд вынес приговор Петрову 7 июля 2017 года. До этого Петров долго скрывался от следствия. Полиция задержала "
     "Петрова в Москве.", NOV, "COERCE", "задержала", (None, None, False)),
    # -- new: the narrative's time --
    # the sentence before, a day
    ("Акция в поддержку журналиста состоялась 12 июня 2019 года. Полиция задержала более 500 участников акции.", NOV,
     "COERCE", "задержала", ("2019-06-12", "day", False)),
    # two sentences back, over a sentence without a time
    ("Акция в поддержку журналиста состоялась 12 июня 2019 года. Власти не согласовали шествие. "
     "Полиция задержала более 500 участников акции.", NOV, "COERCE", "задержала", ("2019-06-12", "day", False)),
    # a frame "в конце октября": a month
    ("В конце октября Верховный суд Пакистана отменил приговор Асии Биби. Исламисты начали массовые акции протеста "
     "против этого решения.", NOV, "PROTEST", "акции", ("2018-10", "month", False)),
    # a year; a passive
    ("В 2017 году суд приговорил Ивана Петрова к пяти годам колонии. Его сообщник был задержан полицией.", NOV,
     "COERCE", "задержан", ("2017", "year", False)),
    # a relative day resolved against the publication day
    ("Во вторник протестующие перекрыли дорогу в столицу. Кроме этого, адвокат подал апелляцию в Верховный суд.", NOV,
     "REJECT", "апелляцию", ("2018-11-06", "day", False)),
    # -- where it must not --
    # an imperfective past tells of a state or a course of action
    ("26 января США передали России ответ. Россия требовала от НАТО гарантий безопасности.", NOV,
     "REQUEST", "требовала", UNDATED),
    # a present-tense comment
    ("Акция состоялась 12 июня 2019 года. Полиция задерживает участников акции.", NOV,
     "COERCE", "задерживает", UNDATED),
    # a word that moves to a later or earlier time or to another scene
    ("Акция состоялась 12 июня 2019 года. Позднее полиция задержала организатора акции.", NOV,
     "COERCE", "задержала", UNDATED),
    ("Акция состоялась 12 июня 2019 года. После этого полиция задержала организатора акции.", NOV,
     "COERCE", "задержала", UNDATED),
    ("Акция состоялась 12 июня 2019 года. За месяц до того полиция задержала организатора акции.", NOV,
     "COERCE", "задержала", UNDATED),
    ("Акция состоялась 12 июня 2019 года. Тем временем полиция задержала организатора акции.", NOV,
     "COERCE", "задержала", UNDATED),
    # a sentence that names its own source
    ("Акция состоялась 12 июня 2019 года. По данным правозащитников, полиция задержала организатора акции.", NOV,
     "COERCE", "задержала", UNDATED),
    # a time phrase the tagger leaves unresolved is the sentence's own
    ("Акция состоялась 12 июня 2019 года. Летом полиция задержала организатора акции.", NOV,
     "COERCE", "задержала", UNDATED),
    ("Акция состоялась 12 июня 2019 года. Несколько дней назад полиция задержала организатора акции.", NOV,
     "COERCE", "задержала", UNDATED),
    # an act said by someone, not told by the narrator
    ("Акция состоялась 12 июня 2019 года. Адвокат заявил, что полиция задержала организатора акции.", NOV,
     "COERCE", "задержала", UNDATED),
    # a new paragraph
    ("Акция в поддержку журналиста состоялась 12 июня 2019 года.||Полиция задержала более 500 участников акции.", NOV,
     "COERCE", "задержала", UNDATED),
    # more than two sentences back
    ("Акция в поддержку журналиста состоялась 12 июня 2019 года. Власти не согласовали шествие. Пришли тысячи людей. "
     "Полиция задержала более 500 участников акции.", NOV, "COERCE", "задержала", UNDATED),
    # the time opens a span, names a plan or a report, or dates something to come
    ("Власти со 2 ноября ввели карантин. Полиция задержала организатора акции.", NOV, "COERCE", "задержала", UNDATED),
    ("Слушания были назначены на 15 января. Полиция задержала организатора акции.", NOV,
     "COERCE", "задержала", UNDATED),
    ("О задержании Петрова стало известно 8 февраля 2011 года. Полиция задержала его сообщника.", NOV,
     "COERCE", "задержала", UNDATED),
    ("Петров родился в 1974 году. Полиция задержала его брата.", NOV, "COERCE", "задержала", UNDATED),
    ("Санкции будут введены в марте 2019 года. Полиция задержала организатора акции.", NOV,
     "COERCE", "задержала", UNDATED),
    # the earlier time dates an imperfective (background) act
    ("В 2009 году она работала на ферме. Полиция задержала ее мужа.", NOV, "COERCE", "задержала", UNDATED),
]


@pytest.fixture(scope="module")
def code_body(pipeline):
    def run(text: str, published: str):
        article = Article(id="t", source="test", title="Новости", published=published, language="ru", lead="",
                          paragraphs=["Текст.", *text.split("||")])
        return pipeline(article)
    return run


def _event(events: list[Event], type_: str, trigger: str) -> Event:
    found = [e for e in events if e.type == type_ and e.trigger == trigger]
    assert found, f"no {type_} {trigger} in {[(e.type, e.trigger) for e in events]}"
    return found[0]


@pytest.mark.parametrize("text, published, type_, trigger, expected", CASES)
def test_narrative_date(code_body, text: str, published: str, type_: str, trigger: str, expected: tuple) -> None:
    event = _event(code_body(text, published).events, type_, trigger)
    assert (event.date, event.date_granularity, event.date_from_article) == expected


# The title and lead keep the publication day (the news itself); the narrative's time is for the body.
LEAD_CASES = [
    ("Акция состоялась 12 июня 2019 года. Полиция задержала более 500 участников акции.", NOV,
     "COERCE", "задержала", ("2018-11-08", "day", True)),
]


@pytest.mark.parametrize("text, published, type_, trigger, expected", LEAD_CASES)
def test_lead_keeps_publication_day(pipeline, text: str, published: str, type_: str, trigger: str,
                                    expected: tuple) -> None:
    article = Article(id="t", source="test", title="Новости", published=published, language="ru", lead="",
                      paragraphs=[text])
    event = _event(pipeline(article).events, type_, trigger)
    assert (event.date, event.date_granularity, event.date_from_article) == expected
