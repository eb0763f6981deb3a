"""Helper mB28 (twenty-eighth session) table tests for review rv28_Q's document and institution speakers: a
Cyrillic abbreviation of a name the text spelt out (cause 4), a medium «в Сети» as no speaker and an unknown unit kept
with its genitive owner (cause 13).  Made-up sentences; guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of


# (mechanism, title, text, exact text of a quote that must exist, its speaker name or None)
FOUND = [
    ("cause 4: a Cyrillic abbreviation is the name the text spelt out before it",
     "", "Отставка\n\nРанее в статье «Вечерней газеты» сообщалось, что министр уходит. Как говорилось в "
     "публикации «ВГ», министр подал прошение об отставке.",
     "министр подал прошение об отставке", "Вечерняя газета"),
    ("cause 4: the initials of a name with lower-case words",
     "", "Нефть\n\nМеждународное энергетическое агентство опубликовало доклад о рынке нефти. По данным МЭА, спрос "
     "на нефть упадет на два процента.",
     "спрос на нефть упадет на два процента", "Международное энергетическое агентство"),
    ("cause 4 guard: an abbreviation that is not the initials of the name stays itself",
     "", "Нефть\n\nМеждународное энергетическое агентство опубликовало доклад о рынке нефти. По данным ОПЕК, спрос "
     "на нефть упадет на два процента.",
     "спрос на нефть упадет на два процента", "ОПЕК"),
    ("cause 13: «сообщают в Сети»: a medium is no speaker",
     "", "Свадьба\n\nНа свадьбе в пригороде произошла массовая драка, сообщают в Сети.",
     "На свадьбе в пригороде произошла массовая драка", None),
    ("cause 13 guard: «в сети магазинов X» has an owner: the chain speaks",
     "", "Цены\n\nВ сети магазинов «Пятерочка» сообщили, что цены на хлеб не вырастут.",
     "цены на хлеб не вырастут", "Пятёрочка"),
    ("cause 13 guard: a subject who writes «в соцсетях» speaks",
     "", "Выборы\n\nГубернатор Иван Петров написал в соцсетях, что выборы пройдут в срок.",
     "выборы пройдут в срок", "Иван Петров"),
    ("cause 13: an unknown unit keeps the organisation that owns it in the genitive",
     "", "Визы\n\nВыдача виз приостановлена до понедельника, сообщил Департамент визовой политики МИД Польши.",
     "Выдача виз приостановлена до понедельника", "Департамент визовой политики МИД Польши"),
    ("cause 13: a service of an outlet keeps the outlet",
     "", "Протесты\n\nВ Египте проходят акции протеста. Как сообщает Арабская служба Радио Свобода, в Каире "
     "сторонники оппозиции перекрыли дороги.",
     "в Каире сторонники оппозиции перекрыли дороги", "Арабская служба Радио Свобода"),
    ("cause 13 guard: the owner alone stays itself",
     "", "Визы\n\nВыдача виз приостановлена до понедельника, сообщил МИД Польши.",
     "Выдача виз приостановлена до понедельника", "МИД Польши"),
]


@pytest.mark.parametrize("label,title,text,content,expected", FOUND, ids=[r[0][:60] for r in FOUND])
def test_found_mB28(enrich, label, title, text, content, expected):
    assert speaker_of(enrich(text, title=title), content, label) == expected, label
