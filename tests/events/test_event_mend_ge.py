"""Mend ge (nineteenth session; review rev19_C items 1 and 5).

- A bare title ("Президент", "Министр") whose bearer the sentence names only further on stands for that bearer
  only when the bearer owns the teller or the message of a reporting frame around the title's clause ("…, —
  сообщил пресс-секретарь премьер-министра Терезы Мэй", "говорится в сообщении канцелярии …").  A bearer inside
  the title's own clause is the other party of the same event ("Президент встретился с президентом Франции
  Эммануэлем Макроном"), and a frame's own teller ("…, заявил президент Франции Эммануэль Макрон") speaks of
  another holder of the title.
- A meeting set for a day by a past verb or under a past copula ("назначили на 16 июля", "была назначена на 20
  августа") is news of a day that has come, not a plan: not hypothetical.  A present setting ("назначена на 20
  августа") or a day after the publication ("перенесли на следующий год") stays a plan.

Sentences written for the tests (most from the review's probes), not taken from any gold or read document.
Rows marked "old" fail on the code before the mend; the others are controls."""
from __future__ import annotations

import pytest

from event_checks import coded, forbidden, has_event
from khronika.extract.article import Article

# paragraph, type, source, target: the bare title stays unlinked, the event is kept (old: all dropped as a self-event)
OTHER_PARTY = [
    ("Владимир Путин прилетел в Париж. Президент встретился с президентом Франции Эммануэлем Макроном.", "CONSULT",
     {"президент"}, {"Эммануэль Макрон"}),
    ("Сергей Лавров прибыл в Тегеран. Министр обсудил с министром иностранных дел Ирана Мохаммадом Джавадом "
     "Зарифом ядерную сделку.", "CONSULT", {"министр"}, {"Мохаммад Джавад Зариф"}),
    ("Дмитрий Медведев прибыл в Дели. Премьер-министр провел переговоры с премьер-министром Индии Нарендрой Моди.",
     "CONSULT", {"премьер-министр"}, {"Нарендра Моди"}),
]

# paragraph, what must not be coded (old: each coded)
WRONG_SOURCE = [
    ("Президент провел переговоры с премьер-министром Индии Нарендрой Моди и президентом Франции Эммануэлем "
     "Макроном.", "CONSULT:Эммануэль Макрон>Нарендра Моди"),
    ("Министр встретился с послом США и министром обороны Сирии Али Аюбом.", "CONSULT:Али Аюб>посол США"),
    ("Президент раскритиковал премьер-министра Индии Нарендру Моди, заявил президент Франции Эммануэль Макрон.",
     "ACCUSE:Эммануэль Макрон"),
    ("Министр обвинил Украину в провокации, сообщил журналистам министр иностранных дел России Сергей Лавров.",
     "ACCUSE:Сергей Лавров"),
]

# paragraph, type, source, target: the bearer owns the frame's teller or message (controls; the round's rows in
# test_event_precision_ep.py hold too)
OWNER_OF_FRAME = [
    ("Президент провел переговоры с канцлером Германии Ангелой Меркель, сообщила пресс-служба президента Франции "
     "Эммануэля Макрона.", "CONSULT", {"Эммануэль Макрон"}, {"Ангела Меркель"}),
]

# (published day, sentence, type, trigger, date, hypothetical)
SCHEDULED = [
    # old: a past setting was a plan
    ("2018-07-20", "Встречу Путина и Трампа назначили на 16 июля.", "CONSULT", "Встречу", "2018-07-16", False),
    ("2018-07-20", "Переговоры Путина и Трампа были перенесены на 16 июля.", "CONSULT", "Переговоры", "2018-07-16",
     False),
    ("2018-08-26", "Встреча Путина и Трампа была назначена на 20 августа.", "CONSULT", "Встреча", "2018-08-20", False),
    # controls: a present setting for a day ahead
    ("2018-08-08", "Встреча министров с послами назначена на 20 августа.", "CONSULT", "Встреча", "2018-08-20", True),
    ("2018-08-08", "Встреча министров с послами запланирована на пятницу.", "CONSULT", "Встреча", "2018-08-10", True),
    # controls: a past setting for a day after the publication stays a plan
    ("2018-07-20", "Встречу Путина и Трампа перенесли на следующий год.", "CONSULT", "Встречу", "2019", True),
    ("2018-07-20", "Переговоры Путина и Трампа были отложены на 2019 год.", "CONSULT", "Переговоры", "2019", True),
]


@pytest.mark.parametrize("text, type_, source, target", OTHER_PARTY + OWNER_OF_FRAME)
def test_ge_title_kept(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


@pytest.mark.parametrize("text, what", WRONG_SOURCE)
def test_ge_title_not_the_other_party(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found


@pytest.mark.parametrize("day, text, type_, trigger, date, hypothetical", SCHEDULED)
def test_ge_scheduled(pipeline, day, text, type_, trigger, date, hypothetical):
    article = Article(id="t", source="test", title="Новости", published=day + "T12:00:00+03:00", language="ru",
                      lead="", paragraphs=[text])
    found = [(e.date, e.hypothetical) for e in pipeline(article).events if e.type == type_ and e.trigger == trigger]
    assert found == [(date, hypothetical)]
