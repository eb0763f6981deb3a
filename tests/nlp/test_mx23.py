"""A document's date read from the words, and a party named by its kind in another state's sentence (helper mx23,
twenty-third session; review rv23_Q H2, M11).

Rules:
- "от <day month>" right after a document noun and its genitive phrase ("в решении военного суда от 19 апреля",
  "по указу президента от 5 мая") is the document's issue day, never ahead, wherever the parser hangs the date (it
  may hang it on another noun of the sentence, "после вступления закона в силу"); "от 1 июня до 1 сентября" runs to
  an end and is no issue day; "от" after any other noun keeps its old reading;
- a registry party linked by its kind alone ("Лейбористская партия", "Консервативной партии") is a local ORG when
  its sentence names a state and not the party's, and the party's state does not lead the story.
Rows marked "old" fail on the code before the round; the controls hold on both.  The sentences are written for the
test.
"""
from __future__ import annotations

import pytest

from khronika.extract.article import Article
from khronika.nlp.pipeline import Pipeline

# (publication day, sentence, time expression, expected value)
TIMES = [
    # old: the parser hangs the date on "вступления"; the reportive present was then read as ahead
    ("2019-08-06", "Рядовой опубликовал снимки после вступления приказа в силу, говорится в решении суда от "
                   "19 апреля.", "19 апреля", "2019-04-19"),
    ("2019-08-06", "Солдат выложил видео после вступления закона в силу, говорится в решении военного суда от "
                   "19 апреля.", "19 апреля", "2019-04-19"),
    # controls
    ("2019-08-06", "Ограничения ввели после вступления поправок в силу, сообщается в постановлении правительства "
                   "области от 12 марта.", "12 марта", "2019-03-12"),
    ("2019-08-06", "Рядовой выложил снимки после выборов, говорится в решении суда от 19 апреля.",
     "19 апреля", "2019-04-19"),
    ("2019-08-06", "Новые тарифы от 1 сентября вырастут на пять процентов.", "1 сентября", "2019-09-01"),
]

# (paragraphs, mention text, expected actor id: a registry id, or None for a local actor)
PARTIES = [
    # old: another state's sentence
    (["Премьер Новой Зеландии Джасинда Ардерн возглавляет Лейбористскую партию с 2017 года."],
     "Лейбористскую партию", None),
    (["Бывший премьер Австралии Джулия Гиллард много лет состояла в Лейбористской партии."],
     "Лейбористской партии", None),
    # controls: the party's own state, or a story about it
    (["Лидер британской Лейбористской партии Кир Стармер выступил в Лондоне."], "Лейбористской партии",
     "org:uk-labour-party"),
    (["Выборы в Великобритании выиграла Лейбористская партия.",
      "В Великобритании лейбористы обещали снизить налоги. Премьер Великобритании говорил о США, "
      "а Лейбористская партия промолчала."], "Лейбористская партия", "org:uk-labour-party"),
]


@pytest.fixture(scope="module")
def times_pipeline(nlp_resources):
    return Pipeline.build(["segment", "morph", "syntax", "times"], resources=nlp_resources)


@pytest.mark.parametrize("anchor,sentence,expression,value", TIMES)
def test_document_date_by_words(times_pipeline, anchor, sentence, expression, value):
    article = Article(id="t", source="test", title="", published=anchor, language="ru",
                      lead=sentence, paragraphs=[sentence])
    assert [t.value for t in times_pipeline(article).times if t.text == expression] == [value]


@pytest.mark.parametrize("paragraphs,text,actor_id", PARTIES)
def test_party_by_kind_needs_its_state(nlp_pipeline, paragraphs, text, actor_id):
    article = Article(id="t", source="test", title="", published=None, language="ru",
                      lead=paragraphs[0], paragraphs=paragraphs)
    ids = [m.actor_id for m in nlp_pipeline(article).mentions if m.text == text]
    assert ids and all((i if i and not i.startswith("x:") else None) == actor_id for i in ids)
