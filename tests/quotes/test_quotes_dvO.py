"""Helper dvO (thirty-first session) table tests for the rules made after the blind quotes-dev13 score
(slots 1-12):
- "Мэй, по некоторым данным, пыталась сохранить …", "Причиной пожара, по предварительным данным, стало …":
  a speakerless report frame set off by commas inside its sentence reports the part after it (the
  guide's interrupted frame), as one that opens the sentence reports the rest - not after a speech
  verb or a "что" (another's words), not with "по собственным данным" (the subject's own report);
- "Уполномоченный CNE подтвердил, что …": the synonymised reprints' word for a spokesman is named as
  the representative ("представитель CNE", the quotes-dev11/dev12 norm) - not an ombudsman ("по …");
- "Ryanair выпустила объявление, что …", "Правительство выпустило сообщение, что …": a report noun
  published by the subject carries its что-clause;
- "Смирнов сравнил брак с покупкой автомобиля": a comparison is an evaluation the subject states,
  like "назвал X Y" (quotes-dev9 decision).
Made-up sentences; guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("unowned 'по некоторым данным' after the subject",
     "Кабинет\n\nПремьер, по некоторым данным, пыталась сохранить министра в составе кабинета.",
     "пыталась сохранить министра в составе кабинета", None),
    ("unowned 'по предварительным данным' after a fronted predicate",
     "Пожар\n\nПричиной пожара, по предварительным данным, стало короткое замыкание в проводке.",
     "стало короткое замыкание в проводке", None),
    ("unowned frame after 'и,' in a second conjunct",
     "Суд\n\nВласти не раскрывают местонахождение осужденного и, по неофициальным данным, решили отложить "
     "его освобождение.",
     "решили отложить его освобождение", None),
    ("guard: the unowned frame inside a speaker's clause stays that speaker's",
     "Певица\n\nОтец артистки сообщил, что она, по предварительным данным, умерла от болезни.",
     "она, по предварительным данным, умерла от болезни", "Отец артистки"),
    ("'Уполномоченный CNE' is the union's representative",
     "Авиация\n\nRyanair отменила рейсы. Уполномоченный CNE подтвердил, что профсоюз обращался с просьбой о проверке.",
     "профсоюз обращался с просьбой о проверке", "представитель CNE"),
    ("guard: an ombudsman keeps the post",
     "Дети\n\nУполномоченный по правам ребенка заявил, что права детей нарушены.",
     "права детей нарушены", "Уполномоченный по правам ребенка"),
    ("'выпустила объявление, что …'",
     "Авиация\n\nВ результате забастовок авиакомпания Ryanair выпустила объявление, что отменила часть рейсов.",
     "отменила часть рейсов", "Ryanair"),
    ("'выпустило сообщение, что …'",
     "Политика\n\nПравительство Великобритании выпустило сообщение, что премьер приняла отставку министра.",
     "премьер приняла отставку министра", "Правительство Великобритании"),
    ("'сравнил X с Y' with the phrase on the object",
     "Церковь\n\nПротоиерей Иван Петров сравнил брак с покупкой автомобиля.",
     "брак с покупкой автомобиля", "Иван Петров"),
    ("'сравнил X с Y' with a participle on Y",
     "Политика\n\nДепутат Иван Петров сравнил бывшего министра с Невиллом Чемберленом.",
     "бывшего министра с Невиллом Чемберленом", "Иван Петров"),
    ("'сравнил X с тем, что …': the demonstrative's clause is content",
     "Эфир\n\nЖурналист Иван Петров также сравнил события в Турции с тем, что происходило на Украине.",
     "события в Турции с тем, что происходило на Украине", "Иван Петров"),
    ("'сравнив X с Y' (a gerund)",
     "Эфир\n\nЖурналист Иван Петров оскорбил жителей региона, сравнив их с парнокопытными животными.",
     "их с парнокопытными животными", "Иван Петров"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_dvo(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, a quote text that must not be found)
ABSENT = [
    ("guard: no second, speakerless quote inside the father's clause",
     "Певица\n\nОтец артистки сообщил, что она, по предварительным данным, умерла от болезни.",
     "умерла от болезни"),
    ("guard: 'по собственным данным' is the subject's own report",
     "История\n\nЗа девять месяцев, по собственным данным, отряд уничтожил более двух тысяч партизан.",
     "отряд уничтожил более двух тысяч партизан"),
    ("guard: a frame without commas is no parenthesis",
     "Бизнес\n\nВыручка компании по предварительным данным выросла на десять процентов.",
     "выросла на десять процентов"),
    ("guard: a comparison without a 'с'-phrase is no statement",
     "Наука\n\nУченые сравнили результаты двух групп пациентов.",
     "результаты двух групп пациентов"),
    # (review cr31 M8) a measurement, not an evaluation
    ("guard: comparing like with like and finding a difference is no statement",
     "Цены\n\nИванов сравнил цены в магазинах с ценами на рынках и обнаружил разницу в 30 %.",
     "цены в магазинах с ценами на рынках"),
]


@pytest.mark.parametrize("label,text,absent", ABSENT, ids=[c[0] for c in ABSENT])
def test_absent_dvo(enrich, label, text, absent):
    doc = enrich(text)
    assert not [q.text for q in doc.quotes if q.text == absent], f"{label}: {[q.text for q in doc.quotes]}"
