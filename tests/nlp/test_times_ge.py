"""Mend ge (nineteenth session; review rev19_C item 2): a full past participle's clause is past.

"намерен/намерена/намерены …" puts the day of its own clause ahead, but a day inside a participle clause under it
("договоренности, достигнутые в Хельсинки 16 июля") is when that act was done: the walk to the governing verb
ends at a full past participle, so the sentence-wide cue word is not consulted.  Only a day that says when
(bare or with "в"); "на"/"к" give a day the act was set for, and a short participle takes its tense from its
modal or copula.  Each row: (publication day, sentence, time expression, expected value).  Rows marked "old"
fail on the code before the mend; the controls hold on both.  Sentences written for the tests.
"""
from __future__ import annotations

import pytest

from khronika.extract.article import Article
from khronika.nlp.pipeline import Pipeline

TABLE = [
    # old (2018-08-08 is a Wednesday)
    ("2018-08-08", "Москва намерена выполнять договоренности, достигнутые в Хельсинки 16 июля.", "16 июля", "2018-07-16"),
    ("2018-08-08", "Путин намерен выполнять договоренности, достигнутые в Хельсинки 16 июля.", "16 июля", "2018-07-16"),
    ("2018-08-08", "Компания намерена оспорить решение суда, вынесенное 25 июля.", "25 июля", "2018-07-25"),
    ("2018-08-08", "Защита намерена обжаловать приговор, вынесенный в понедельник.", "в понедельник", "2018-08-06"),
    ("2018-07-10", "Подпись, поставленная министром в пятницу, может стоить ему поста.", "в пятницу", "2018-07-06"),
    # controls
    ("2018-09-26", "Пилоты намерены отменить рейсы, задуманные на пятницу.", "на пятницу", "2018-09-28"),
    ("2018-08-08", "Министр намерен подписать документ, подготовленный к 20 августа.", "20 августа", "2018-08-20"),
    ("2018-08-08", "Отчет должен быть представлен 20 августа.", "20 августа", "2018-08-20"),
    ("2018-08-08", "Министры намерены встретиться с послами в пятницу.", "в пятницу", "2018-08-10"),
    ("2018-08-08", "Иран обязан соблюдать соглашение, подписанное 14 июля.", "14 июля", "2018-07-14"),
]


@pytest.fixture(scope="module")
def times_pipeline(nlp_resources):
    return Pipeline.build(["segment", "morph", "syntax", "times"], resources=nlp_resources)


@pytest.mark.parametrize("day, sentence, expression, value", TABLE)
def test_participle_clause_time(times_pipeline, day, sentence, expression, value):
    article = Article(id="t", source="test", title="", published=day + "T12:00:00+03:00", language="ru",
                      lead=sentence, paragraphs=[sentence])
    found = [t.value for t in times_pipeline(article).times if t.text == expression]
    assert found == [value]
