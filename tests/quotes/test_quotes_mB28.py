"""Helper mB28 (twenty-eighth session) table tests for review rv28_Q's document and institution speakers: a
relative «где говорится» on a document or its origin (cause 2), a Cyrillic abbreviation of a name the text spelt
out (cause 4), a bare «агентство» that is the reporter, not a source it cites «со ссылкой на» (cause 5), a medium
«в Сети» as no speaker and an unknown unit kept with its genitive owner (cause 13), and «Также указано, что …» after
a direct quote (cause 11).  Made-up sentences; guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of


# (mechanism, title, text, exact text of a quote that must exist, its speaker name or None)
FOUND = [
    ("cause 2: «где говорится» on the origin of a document: the body it comes from",
     "", "Суд\n\nНа заседании адвокат зачитал справку из больницы, где говорится, что пациент полностью здоров.",
     "пациент полностью здоров", "больница"),
    ("cause 2 guard: «где говорят» (active plural) in a place is no document's body",
     "", "Урожай\n\nЖурналисты побывали в деревне, где говорят, что урожай погиб.",
     "урожай погиб", None),
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
    ("cause 5: a bare «агентство» is the reporter, not the agency it cites «со ссылкой на данные»",
     "Доходы от экспорта зерна выросли на треть – Bloomberg",
     "Доходы от экспорта зерна выросли на треть. Об этом со ссылкой на данные Всемирного продовольственного "
     "агентства сообщило агентство.\n\nЭкспорт продолжает расти, пишет агентство.",
     "Экспорт продолжает расти", "Bloomberg"),
    ("cause 5 guard: «по данным X» then «Агентство отметило» takes X up",
     "", "Нефть\n\nПо данным Всемирного продовольственного агентства, урожай зерна упал. Агентство также отметило, "
     "что цены на хлеб вырастут.",
     "цены на хлеб вырастут", "Всемирное продовольственное агентство"),
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
    ("cause 11: «Также указано, что …» after a direct quote is not the quoted person's",
     "", "Отставка\n\n«Министр поблагодарил коллег за работу», — рассказал пресс-секретарь министерства. Также "
     "указано, что министр покинет пост в пятницу.",
     "министр покинет пост в пятницу", None),
    ("cause 11 guard: «Также отмечается, что …» after a document's quoted words goes on with the document",
     "", "Митинг\n\nМилиция Минска опубликовала сообщение о задержаниях. «Задержаны двадцать человек», – говорится "
     "в сообщении милиции. Также отмечается, что участники митинга разошлись к вечеру.",
     "участники митинга разошлись к вечеру", "Милиция Минска"),
    ("cause 11 guard: «Отмечается, что …» without «также» goes on with the quoted person",
     "", "Отставка\n\n«Министр поблагодарил коллег за работу», — рассказал пресс-секретарь министерства. "
     "Отмечается, что министр покинет пост в пятницу.",
     "министр покинет пост в пятницу", "пресс-секретарь министерства"),
]


@pytest.mark.parametrize("label,title,text,content,expected", FOUND, ids=[r[0][:60] for r in FOUND])
def test_found_mB28(enrich, label, title, text, content, expected):
    assert speaker_of(enrich(text, title=title), content, label) == expected, label
