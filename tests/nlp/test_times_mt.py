"""Times of planned acts (helper mt, nineteenth session; review rv19_U H2, M1).

Each row: (publication day, sentence, time expression, expected value).  A plan stated in the
present ("намерены", "готовы", "должны", "обязаны" without a past copula; "запланирована на",
"назначена на", "перенесены на" as a present short participle) puts its day ahead; a future month
counts as ahead until its last day.  Rows marked "old" fail on the code before the round; the
controls hold on both: a past copula or a past finite verb ("была назначена на", "назначили на":
a scheduled day told after it, as the eighteenth session found in unread text), an appointment
("назначен на пост … в пятницу"), a past report.
"""
from __future__ import annotations

import pytest

from khronika.extract.article import Article
from khronika.nlp.pipeline import Pipeline

TABLE = [
    # old: plural/feminine "намерен…" (2018-08-08 is a Wednesday)
    ("2018-08-08", "Министры намерены встретиться с послами в пятницу.", "в пятницу", "2018-08-10"),
    ("2018-07-05", "Так в Италии бортпроводники намерены провести 24-часовую забастовку 25 июля.", "25 июля", "2018-07-25"),
    # old: other modal short adjectives without a copula
    ("2018-08-08", "Министры готовы встретиться с послами в пятницу.", "в пятницу", "2018-08-10"),
    ("2018-08-08", "Переговоры должны пройти в Брюсселе 21 августа.", "21 августа", "2018-08-21"),
    ("2018-08-08", "Отчитаться министры обязаны до 1 ноября.", "1 ноября", "2018-11-01"),
    # old: a present short participle of scheduling with "на"
    ("2018-08-08", "Встреча министров с послами запланирована на пятницу.", "на пятницу", "2018-08-10"),
    ("2018-08-08", "Встреча министров с послами назначена на 20 августа.", "20 августа", "2018-08-20"),
    ("2018-08-08", "Переговоры министров перенесены на 20 августа.", "20 августа", "2018-08-20"),
    # old: a future month is ahead until it ends
    ("2019-01-09", "В январе министр встретится с послом.", "В январе", "2019-01"),
    ("2019-11-20", "В ноябре в Москве пройдет саммит лидеров стран.", "В ноябре", "2019-11"),
    # controls
    ("2018-08-08", "Министр намерен встретиться с послом в пятницу.", "в пятницу", "2018-08-10"),
    ("2018-08-08", "Министры были готовы встретиться с послами в пятницу.", "в пятницу", "2018-08-03"),
    ("2018-08-26", "Встреча была назначена на 20 августа.", "20 августа", "2018-08-20"),
    ("2018-07-26", "Забастовку назначили на 12 июля.", "12 июля", "2018-07-12"),
    ("2018-08-08", "Иванов назначен на пост министра в пятницу.", "в пятницу", "2018-08-03"),
    ("2018-08-08", "Законопроект принят в пятницу.", "в пятницу", "2018-08-03"),
    ("2019-01-09", "В январе министр встречался с послом.", "В январе", "2019-01"),
    ("2019-01-09", "В декабре министр встретится с послом.", "В декабре", "2019-12"),
    ("2019-02-03", "В январе министр встретится с послом.", "В январе", "2020-01"),
]


@pytest.fixture(scope="module")
def times_pipeline(nlp_resources):
    return Pipeline.build(["segment", "morph", "syntax", "times"], resources=nlp_resources)


@pytest.mark.parametrize("anchor,sentence,expression,value", TABLE)
def test_planned_act_time(times_pipeline, anchor, sentence, expression, value):
    article = Article(id="t", source="test", title="", published=anchor, language="ru",
                      lead=sentence, paragraphs=[sentence])
    found = [t.value for t in times_pipeline(article).times if t.text == expression]
    assert found == [value]
