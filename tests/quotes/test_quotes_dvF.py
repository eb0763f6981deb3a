"""Helper dvF (twenty-sixth session) table tests for the rules made after the blind quotes-dev8 score
(slots 13-24):
- a speech infinitive under a verb of possibility or intention in the third person ("может говорить, что",
  "хочет потребовать гарантий, что") reports words not said: no quote; the first person and a negated
  infinitive ("не может не признать") are left alone;
- a focus particle before a speaker's phrase ("говорят даже российские эксперты") is no part of its name;
- a speaker named with a generic region noun ("пресс-служба правительства региона") takes the one region
  the document names after the same owner noun ("правительства Тульской области");
- "X заявил, что …, а глава ведомства Имя Фамилия отметил, что …": a second report whose subject phrase has
  six words ends the first content, and its subject is the noun the parse hung on the second clause;
- "обвинил X в Y" with the charge hung on the accused or on a word after it by the parse is still an
  accusation, and its content starts with the accused phrase's own modifiers;
- "чемпион мира по версии WBC": "по версии" after a title noun names who awards the title, no frame;
- "отказался утвердить назначение: …": a colon after a refusal to act gives the reason, not words;
- "Некоторые обращают внимание на то, что …": a plural quantifier with no noun is an unnamed group that may
  speak through a support-verb frame (speaker unknown).
Made-up sentences; guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("a generic region noun takes the one region named after the same owner",
     "Больница\n\nПо данным правительства Орловской области, больница переведена на карантин. "
     "«Посещения пациентов запрещены до конца месяца», – сообщили в пресс-службе правительства региона.",
     "Посещения пациентов запрещены до конца месяца", "пресс-служба правительства Орловской области"),
    ("guard: two regions after the owner keep the generic noun",
     "Больница\n\nПо данным правительства Орловской области, больница переведена на карантин. "
     "По данным правительства Курской области, карантин там не вводился. "
     "«Посещения пациентов запрещены до конца месяца», – сообщили в пресс-службе правительства региона.",
     "Посещения пациентов запрещены до конца месяца", "пресс-служба правительства региона"),
    ("a focus particle before the speaker's phrase is no part of its name",
     "Проект\n\nО том, что проект угрожает экологии, говорят даже российские эксперты.",
     "проект угрожает экологии", "российские эксперты"),
    ("a focus particle opening the sentence",
     "Закон\n\nЛишь некоторые аналитики считают, что рубль укрепится.",
     "рубль укрепится", "некоторые аналитики"),
    ("guard: a speaker without a particle",
     "Закон\n\nНекоторые аналитики считают, что рубль укрепится.",
     "рубль укрепится", "Некоторые аналитики"),
    ("a second report with a six-word subject ends the first content",
     "Визит\n\nПремьер-министр Японии Н. Кан заявил, что этот визит «вызывает сожаление», а глава японского "
     "МИДа Сэйдзи Маэхара отметил, что этот поступок «ранит чувства японского народа».",
     "этот визит «вызывает сожаление»", "Н. Кан"),
    ("the second report's subject is the noun the parse hung on its clause",
     "Визит\n\nПремьер-министр Японии Н. Кан заявил, что этот визит «вызывает сожаление», а глава японского "
     "МИДа Сэйдзи Маэхара отметил, что этот поступок «ранит чувства японского народа».",
     "этот поступок «ранит чувства японского народа»", "Сэйдзи Маэхара"),
    ("guard: a second report with a short subject",
     "Визит\n\nМинистр Иван Петров заявил, что визит прошел успешно, а Олег Смирнов отметил, что переговоры "
     "продолжатся.",
     "переговоры продолжатся", "Олег Смирнов"),
    ("an accusation whose charge the parse hung on a word after it",
     "Дело\n\nКовальчук был заочно арестован, а его адвокат обвинил американские спецслужбы и аргентинскую "
     "полицию в совместной провокации с целью дискредитировать российскую дипломатическую миссию.",
     "американские спецслужбы и аргентинскую полицию в совместной провокации с целью дискредитировать "
     "российскую дипломатическую миссию", "адвокат Ковальчука"),
    ("an accusation whose charge the parse hung on the accused keeps the accused's adjective",
     "Дело\n\nАдвокат Иван Петров обвинил американские спецслужбы в провокации.",
     "американские спецслужбы в провокации", "Иван Петров"),
    ("guard: the charge on the verb, as before",
     "Дело\n\nЛавров обвинил Запад в попытках испортить отношения.",
     "Запад в попытках испортить отношения", "Сергей Лавров"),
    ("guard: 'по версии' of an investigation is a frame",
     "Дело\n\nПо версии следствия, он является организатором поставок.",
     "он является организатором поставок", "следствие"),
    ("guard: a refusal to comment before quoted words keeps them",
     "Решение\n\nМинистр Иван Петров отказался комментировать решение: «Мне нечего добавить».",
     "Мне нечего добавить", "Иван Петров"),
    ("a quantifier with no noun of its own is an unnamed group for a support-verb frame",
     "Газ\n\nНекоторые обращают внимание на то, что зона боевых действий не доходит до газопроводов.",
     "зона боевых действий не доходит до газопроводов", None),
    ("guard: a quantifier with its noun stays the speaker",
     "Зима\n\nНекоторые жители обращают внимание на то, что дороги не чистят.",
     "дороги не чистят", "Некоторые жители"),
    ("guard: a decided statement is said",
     "Реформа\n\nМинистр Иван Петров решил заявить, что реформа провалилась.",
     "реформа провалилась", "Иван Петров"),
]


# (mechanism, text, words no quote may contain)
ABSENT = [
    ("a speech infinitive under 'может' is a possible statement",
     "Газ\n\nИ если о Польше Россия может говорить, что она возражает против проекта, то к Литве это не относится.",
     "возражает против проекта"),
    ("a speech infinitive under 'хочет' is a planned statement",
     "Газ\n\nЕвросоюз хочет потребовать от Москвы гарантий, что поставки будут идти «прозрачно».",
     "поставки будут идти"),
    ("a speech infinitive under 'намерен' is a planned statement",
     "Газ\n\nМинистр Иван Петров намерен заявить, что поставки прекращены.",
     "поставки прекращены"),
    ("a second person under 'можете' addresses the reader",
     "Прививка\n\nУкол в плечо — и можете считать, что организм уже начал вырабатывать иммунитет.",
     "организм уже начал"),
    ("'по версии' after a title noun names who awards the title",
     "Бокс\n\nБоксер Иван Петров победил Олега Смирнова, защитив титул чемпиона мира по версии Всемирного "
     "боксерского совета.",
     "Иван Петров победил"),
    ("a colon after a refusal to act gives the reason",
     "Суд\n\nНо комитет отказался утвердить назначение: сенаторам не нравились его политические взгляды.",
     "сенаторам не нравились"),
]


@pytest.mark.parametrize("label,text,absent", ABSENT, ids=[c[0] for c in ABSENT])
def test_absent_dvf(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_dvf(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
