"""Event dates a sentence states (helper mx23, twenty-third session; review rv23_Q M10).

Rules:
- the part of the day a date is told with ("Утром 4 апреля …", "вечером 5 мая") frames it as "в конце …" does: the
  date dates the clause the part-of-day noun hangs on;
- a "в котором" clause the parser hangs on the noun after a document noun ("написал письмо в журнал X, в котором
  обвинил …") is the document's when the relative word agrees with the document noun: the act it tells is dated by
  the writing;
- a time between the conjunction that joins a verbal trigger's clause and the trigger, with no other finite verb
  between, is the trigger's own ("…, и в марте 2015 года судом он был приговорен");
Each row: (paragraphs of one article, trigger) → expected (type, date).  Rows marked "old"
fail on the code before the round; the controls hold on both.  The sentences are written for the test.
"""
from __future__ import annotations

import pytest

from khronika.extract.article import Article

PUBLISHED = "2021-06-10T12:00:00+03:00"

DATES = [
    # old: a part of the day frames the date
    (["Вечером 12 марта 2016 года в своем кабинете в Казани сотрудники ФСБ задержали мэра города Ивана Сидорова."],
     "задержали", ("COERCE", "2016-03-12")),
    (["Утром 3 октября 2018 года у здания суда полиция задержала журналиста Павла Орлова."],
     "задержала", ("COERCE", "2018-10-03")),
    # old: the "в котором" clause is the letter's, not the newspaper's or the magazine's
    (["15 мая 2012 года Умберто Эко, известный писатель и философ, написал письмо в газету La Repubblica, в котором "
      "достаточно резко раскритиковал премьер-министра Марио Монти и обвинил его во лжи."],
     "обвинил", ("ACCUSE", "2012-05-15")),
    (["2 марта 2014 года Дарио Фо, драматург и актер, направил письмо в журнал Espresso, в котором довольно жестко "
      "раскритиковал мэра Рима Иньяцио Марино и обвинил его в обмане."], "обвинил", ("ACCUSE", "2014-03-02")),
    # old: a time after "и" in the trigger's own clause
    (["На фермершу Марию Хан напала толпа, ее арестовали, и в марте 2015 года судом провинции Синд она была "
      "приговорена к смертной казни по закону о богохульстве."], "приговорена", ("COERCE", "2015-03")),
    # controls: a date the parser already hangs on the trigger; the act before the conjunction keeps its own
    (["Полиция задержала Ивана Петрова, и 5 мая 2019 года он был арестован судом."],
     "арестован", ("COERCE", "2019-05-05")),
    (["На фермершу Марию Хан напали соседи, ее задержали, и в марте 2015 года судом провинции Синд она была "
      "приговорена к смертной казни."], "напали", ("ASSAULT", PUBLISHED[:10])),
]


def _events(pipeline, paragraphs, trigger):
    article = Article(id="t", source="test", title="Новости", published=PUBLISHED, language="ru",
                      lead=paragraphs[0], paragraphs=paragraphs)
    return [e for e in pipeline(article).events if e.trigger == trigger]


@pytest.mark.parametrize("paragraphs,trigger,expected", DATES)
def test_event_date_from_own_sentence(pipeline, paragraphs, trigger, expected):
    assert [(e.type, e.date) for e in _events(pipeline, paragraphs, trigger)] == [expected]
