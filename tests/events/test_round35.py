"""Round 35 (issue 5): classes learnt from the misses of a fourth blind dev set (gold/events-dev4), checked against
events-dev3 and events-dev2 part A.

- Advice to a named addressee is a request (gold/events-dev3 hard case 7: a foreign office "посоветовал соблюдать
  бдительность" its fans; events-dev4: "представители России рекомендуют российским туристам отложить поездки"): the
  adviser → the dative addressee.  With no addressee named there is no event.
- A symmetric act whose second party the parser hung elsewhere: "партия «X» (ТЛП) и пакистанское правительство
  заключили соглашение" — the subject, "и", then a nominative phrase right before the verb; that phrase is the other
  side.

Sentences written for the tests, not taken from any gold or read document."""
from __future__ import annotations

import pytest

from event_checks import coded, forbidden, has_event

# paragraph, type, source, target: the event is coded with these names among its actors
CODED = [
    # advice to a named addressee
    ("Министерство иностранных дел Германии рекомендовало немецким туристам отказаться от поездок в Египет.",
     "REQUEST", {"МИД Германии"}, {"немецкий турист"}),
    ("Посол Франции посоветовал французским бизнесменам покинуть Ливию.", "REQUEST", {"посол Франции"},
     {"французский бизнесмен"}),
    ("Правительство Японии порекомендовало японским компаниям приостановить работу в Мьянме.", "REQUEST",
     {"Япония"}, {"японская компания"}),
    # the second party of a symmetric act, hung elsewhere by the parser (the first party is the subject the old code
    # already found; only the second is checked here)
    ('Вчера оппозиционная партия "Народный союз Непала" (НСН) и непальское правительство заключили соглашение, '
     'которое подтвердил, в частности, министр юстиции Рам Шарма.', "AGREE", set(), {"непальское правительство"}),
    ('Между тем радикальная партия "Джамаат-и-Ислами Бангладеш" (ДИБ) и бангладешское правительство подписали '
     'договор, текст которого опубликовал министр внутренних дел Асадуззаман Хан.', "AGREE", set(), {"Бангладеш"}),
]

# paragraph, what must not be coded ("TYPE", "TYPE:name" or "TYPE:source>target")
NOT_CODED = [
    ("Врачи рекомендуют делать прививку.", "REQUEST"),
    ("Эксперты советуют покупать билеты заранее.", "REQUEST"),
    ("Делегация Непала прибыла в Дели, и правительство Индии подписало соглашение.", "AGREE:Непал"),
]


@pytest.mark.parametrize("text, type_, source, target", CODED)
def test_round35_coded(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_round35_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found
