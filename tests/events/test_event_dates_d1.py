"""Event dates (issue 5, helper d1): the time of the trigger's own clause, relative
expressions against the publication day, and no publication day for background events.

Table: sentence, publication timestamp, where it stands ("title": the news itself; "body": a
later paragraph), event type → (date, granularity, date_from_article).  Sentences written for
the tests, not taken from the gold.  Rows marked "new" fail on the code before this round."""
from __future__ import annotations

import pytest

from khronika.extract.article import Article
from khronika.nlp.doc import Event

JAN = "2022-01-28T10:00:00+03:00"

CASES = [
    # -- the clause's own time (new) --
    # an infinitive shares the time of the verb it depends on
    ("В конце 2021 года Германия согласилась выплатить Намибии компенсацию.", JAN, "title", "CONCEDE", ("2021", "year", False)),
    # a verb joined to an earlier one shares its time
    ("В 2019 году Иванов прилетел в Рим, и в аэропорту его задержала полиция.", JAN, "title", "COERCE", ("2019", "year", False)),
    ("В 2019 году Иванов прилетел в Рим, но в аэропорту его задержала полиция.", JAN, "body", "COERCE", ("2019", "year", False)),
    # ... but not across a contrast in the news, which the publication day dates (rev18_A 3)
    ("В 2010 году суд приговорил Асию Биби к смерти, но Верховный суд оправдал её.", "2018-10-31T10:00:00+03:00",
     "title", "RETREAT", ("2018-10-31", "day", True)),
    # "а также" is no contrast: the joined verb shares the time (rev18_E 6)
    ("В 2015 году Лондон ввел санкции против Москвы, а также выслал российских дипломатов.", JAN, "title", "COERCE",
     ("2015", "year", False)),
    # "совсем недавно" tells of before the news: no publication day (rev18_E 5)
    ("Совсем недавно полиция задержала Ивана Петрова.", JAN, "title", "COERCE", (None, None, False)),
    # "накануне" after a day that sets no narrative (a future one) is the day before publication (rev18_E 4)
    ("Выборы состоятся 10 сентября. Накануне полиция задержала Ивана Петрова.", JAN, "title", "COERCE",
     ("2022-01-27", "day", False)),
    # "прежде всего", "не ранее чем": no earlier time, the news keeps its day (rev18_A 4)
    ("Прежде всего полиция задержала Ивана Петрова.", JAN, "title", "COERCE", ("2022-01-28", "day", True)),
    # "накануне" after a day the paragraph names is the day before that day; after a year, unknown (rev18_A 5)
    ("9 июля суд оправдал Ивана Петрова. Накануне полиция задержала Олега Сидорова.", JAN, "body", "COERCE",
     ("2021-07-08", "day", False)),
    ("В 2017 году суд оправдал Ивана Петрова. Накануне полиция задержала Олега Сидорова.", JAN, "title", "COERCE",
     (None, None, False)),
    # "в конце октября": the frame noun carries the time to the verb
    ("Суд отменил приговор Петрову в конце октября.", "2018-11-24T10:00:00+03:00", "title", "RETREAT", ("2018-10", "month", False)),
    # a day date in the scene of the act ("в телеобращении", "на пресс-конференции")
    ("Премьер-министр Пакистана в телеобращении к народу 31 октября резко осудил протесты исламистов.", JAN, "title", "ACCUSE",
     ("2021-10-31", "day", False)),
    ("Глава МИД на пресс-конференции 20 января обвинил США во вмешательстве.", JAN, "title", "ACCUSE", ("2022-01-20", "day", False)),
    # a time between a participle and the noun it modifies
    ("Еврокомиссия обеспокоена предстоящей 25 февраля забастовкой пилотов Lufthansa.", "2022-02-20T10:00:00+03:00", "title",
     "PROTEST", ("2022-02-25", "day", False)),
    # -- relative expressions (new) --
    ("Глава МИД Германии накануне осудил Россию.", JAN, "title", "ACCUSE", ("2022-01-27", "day", False)),
    ("Министр, который накануне встретился с послом США, подал в отставку.", JAN, "body", "CONSULT", ("2022-01-27", "day", False)),
    ("На прошлой неделе Канада обратилась к властям Пакистана с требованием освободить журналиста.", "2018-11-13T10:00:00+03:00",
     "title", "REQUEST", ("2018-11", "month", False)),
    # -- background events get no publication day (new) --
    ("Ранее полиция задержала Ивана Петрова.", JAN, "title", "COERCE", (None, None, False)),
    ("Недавно Япония ввела санкции против России.", JAN, "title", "SANCTION", (None, None, False)),
    ("Как сообщалось, суд арестовал Ивана Петрова.", JAN, "title", "COERCE", (None, None, False)),
    ("Как сообщали СМИ, суд арестовал Ивана Петрова.", JAN, "title", "COERCE", (None, None, False)),
    ("Журналисту, задержанному полицией Минска, предъявили обвинение.", JAN, "title", "COERCE", (None, None, False)),
    ("Асии Биби, оправданной Верховным судом Пакистана, запрещено покидать страну.", JAN, "title", "RETREAT", (None, None, False)),
    # -- unchanged --
    ("Асии Биби, оправданной Верховным судом Пакистана, запрещено покидать страну.", JAN, "title", "COERCE", ("2022-01-28", "day", True)),
    ("Полиция задержала Ивана Петрова.", JAN, "title", "COERCE", ("2022-01-28", "day", True)),
    ("Полиция задержала Ивана Петрова.", JAN, "body", "COERCE", (None, None, False)),
    ("Как сообщает ТАСС, полиция задержала Ивана Петрова.", JAN, "title", "COERCE", ("2022-01-28", "day", True)),
    ("Накануне выборов полиция задержала Ивана Петрова.", JAN, "title", "COERCE", ("2022-01-28", "day", True)),
    ("В статье от 5 января Лавров обвинил НАТО в расширении.", JAN, "title", "ACCUSE", ("2022-01-28", "day", True)),
    ("26 января США передали России ответ.", JAN, "title", "COOPERATE", ("2022-01-26", "day", False)),
]


@pytest.fixture(scope="module")
def code_at(pipeline):
    def run(text: str, published: str, where: str):
        if where == "title":
            article = Article(id="t", source="test", title=text, published=published, language="ru", lead="", paragraphs=[])
        else:
            article = Article(id="t", source="test", title="Новости", published=published, language="ru", lead="",
                              paragraphs=["Текст.", text])
        return pipeline(article)
    return run


def _event(events: list[Event], type_: str) -> Event:
    found = [e for e in events if e.type == type_]
    assert found, f"no {type_} in {[(e.type, e.trigger) for e in events]}"
    return found[0]


@pytest.mark.parametrize("text, published, where, type_, expected", CASES)
def test_event_date(code_at, text: str, published: str, where: str, type_: str, expected: tuple) -> None:
    event = _event(code_at(text, published, where).events, type_)
    assert (event.date, event.date_granularity, event.date_from_article) == expected


# -- the pieces, without the parser --

@pytest.mark.parametrize("value, granularity, expected", [
    ("2018-W45", "week", ("2018-11", "month")),     # 5-11 November
    ("2021-W04", "week", ("2021-01", "month")),     # 25-31 January
    ("2019-W05", "week", ("2019-01", "month")),     # 28 January - 3 February: Thursday 31 January
    ("2019-W09", "week", ("2019-02", "month")),     # 25 February - 3 March: Thursday 28 February
    ("2022-01-26", "day", ("2022-01-26", "day")),
    ("1997", "year", ("1997", "year")),
])
def test_week_as_month(value: str, granularity: str, expected: tuple) -> None:
    from khronika.events.dating import as_event_date
    from khronika.nlp.doc import TimeExpr
    assert as_event_date(TimeExpr(0, 1, "x", value, granularity)) == expected


MERGED_DATES = [  # (first report's date, from_article), (later report's) → the kept event's (date, from_article)
    ((None, False), ("2010", False), ("2010", False)),               # an undated background report takes the text's date
    (("2018-11-04", True), ("2018-10-31", False), ("2018-10-31", False)),
    (("2018-10-31", False), ("2018-11-04", True), ("2018-10-31", False)),   # a text date is not replaced
    (("2010", False), ("2011", False), ("2010", False)),             # the first text date stays
    ((None, False), ("2018-11-04", True), (None, False)),            # the publication day dates no background event
]


@pytest.mark.parametrize("first, later, kept", MERGED_DATES)
def test_a_later_report_dates_an_undated_first_one(first, later, kept):
    from khronika.events.coder import merge_duplicates
    from khronika.nlp.doc import Event, EventActor

    def event(date, from_article, sentence):
        return Event("COERCE", None, "17", [EventActor("org:x", "суд")], [EventActor(None, "Биби")], "признали",
                     0, 8, sentence, date=date, date_granularity="year" if date and len(date) == 4 else "day",
                     date_from_article=from_article)

    [merged] = merge_duplicates([event(*first, 1), event(*later, 2)], keys=[("k",), ("k",)])
    assert (merged.date, merged.date_from_article) == kept
