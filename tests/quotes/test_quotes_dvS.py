"""Helper dvS (thirty-third session) table tests for the rules made after the blind quotes-dev15 score
(slots 1-12):
- "…владельцем «Российско-украинского предприятия «Агринол», который «контролирует Бердянск» и «всю власть».\n\n
  «Бердянск – …», – утверждает X": a name holding a name, written with one closer for both and left open
  mid-sentence, is no long quote running on into the next paragraph - the next paragraph's « opens a quote of
  its own (with its own frame);
- "за весьма спорное, по мнению норвежского населения, решение о …": an according-to frame set off by commas
  between an adjective and the noun it agrees with qualifies that word - no statement is reported.
- "Сопредседатель ассоциации Александр Брод указал на … . «…», – заявил эксперт", "Директор … Виктор Потуремский
  поделился результатами исследования. Эксперт рассказал о …": a bare expert noun that resolved to nobody takes up
  the one person named as a main clause's subject in the last sentences (whether quoted or not), when the verb
  shows no other gender.
Made-up sentences; guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("a name in a name left open does not swallow the next paragraph's quote",
     "Убийство\n\nЖурналист Юрий Бутусов заявил, что у погибшего был конфликт с бизнесменом Иваном Петровым, "
     "владельцем «Научно-производственного предприятия «Агринол», который «контролирует город».\n\n"
     "«Город маленький, тех, кто выступает против власти, единицы. Поэтому ему все сходит с рук», – утверждает "
     "Бутусов.",
     "Город маленький, тех, кто выступает против власти, единицы. Поэтому ему все сходит с рук", "Юрий Бутусов"),
    ("the same with a quoted fragment holding a quoted fragment",
     "Чечня\n\nПо словам Рамзана Кадырова, в республике трудятся «верные последователи курса, которые «24 часа в "
     "сутки стоят на страже вашего спокойствия».\n\n«А тем, кто все еще неспокоен, советую пропить курс "
     "успокоительного», – заключил глава Чечни.",
     "А тем, кто все еще неспокоен, советую пропить курс успокоительного", "Рамзан Кадыров"),
    ("guard: a quote opened by its paragraph runs on into the next one",
     "Выставка\n\nХудожник Петр Сидоров рассказал о замысле.\n\n«Мы долго готовили выставку «Лето». Это было "
     "непросто.\n\n«Теперь мы ждем зрителей», – сказал Сидоров.",
     "Мы долго готовили выставку «Лето». Это было непросто.\n\n«Теперь мы ждем зрителей", "Пётр Сидоров"),
    ("guard: a quote opened after a colon frame runs on into the next one",
     "Выставка\n\nХудожник Петр Сидоров сказал: «Мы долго готовили выставку в галерее «Лето». Это было "
     "непросто.\n\n«Теперь мы ждем зрителей».",
     "Мы долго готовили выставку в галерее «Лето». Это было непросто.\n\n«Теперь мы ждем зрителей",
     "Пётр Сидоров"),
    ("guard: a quote opened by a sentence runs on into the next paragraph",
     "Компания\n\nДиректор Иван Петров вышел к журналистам. «Компания «Ромашка» работает плохо. Мы это видим.\n\n"
     "«Мы это исправим», – сказал Петров.",
     "Компания «Ромашка» работает плохо. Мы это видим.\n\n«Мы это исправим", "Иван Петров"),
    ("guard: a frame between commas before the verb still reports",
     "Эпидемия\n\nСитуация в Башкирии, по данным оперативного штаба, стабилизируется.",
     "стабилизируется", "оперативный штаб"),
    ("guard: a frame after the subject noun phrase still reports",
     "Налоги\n\nСтавка ежеквартальных отчислений, по мнению депутатов, должна составить два процента выручки.",
     # (dvW, thirty-fifth session: the subject before a medial frame is cut out before a modal predicate too)
     "должна составить два процента выручки", "депутаты"),
    ("a bare expert noun takes up the person just named as a subject",
     "Выборы\n\nУчастники обсудили цифровые технологии. Сопредседатель ассоциации «Гражданский контроль», член "
     "Совета при президенте Российской Федерации Александр Брод указал на учет законодателями веяний времени. "
     "«Надо учитывать и непростую ситуацию. Это всегда право выбора избирателя», – заявил эксперт.",
     "Надо учитывать и непростую ситуацию. Это всегда право выбора избирателя", "Александр Брод"),
    ("the same for an expert's report of a topic",
     "Опрос\n\nДиректор по политическому анализу института Виктор Потуремский поделился результатами "
     "исследования. Эксперт рассказал о трансформации восприятия информации о COVID-19 и о росте запроса на "
     "освещение работы властей.",
     "трансформации восприятия информации о COVID-19 и о росте запроса на освещение работы властей",
     "Виктор Потуремский"),
    ("the same a few sentences on, a woman",
     "Опрос\n\nРуководитель департамента Дарья Кислицына выделила каналы информирования. К примеру, единая система "
     "работает в Приморском крае. В Курской области действует центр информирования. «Я бы хотела отметить "
     "практики глав регионов», – сказала эксперт журналистам.",
     "Я бы хотела отметить практики глав регионов", "Дарья Кислицына"),
    ("guard: two persons named, the expert stays unnamed",
     "Опрос\n\nМинистр Иван Петров встретился с губернатором Сергеем Ивановым. «Ситуация сложная», – сказал "
     "эксперт.",
     "Ситуация сложная", "эксперт"),
    ("guard: the verb shows another gender",
     "Опрос\n\nДиректор Виктор Потуремский поделился результатами исследования. «Ситуация сложная», – сказала "
     "эксперт.",
     "Ситуация сложная", "эксперт"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_dvs(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, a word that no quote's text may contain)
ABSENT = [
    ("a name in a name left open: the clause's quote ends in its paragraph",
     "Убийство\n\nЖурналист Юрий Бутусов заявил, что у погибшего был конфликт с бизнесменом Иваном Петровым, "
     "владельцем «Научно-производственного предприятия «Агринол», который «контролирует город».\n\n"
     "«Город маленький, тех, кто выступает против власти, единицы. Поэтому ему все сходит с рук», – утверждает "
     "Бутусов.",
     "контролирует город».\n\n«Город"),
    ("a frame wedged between an adjective and its noun reports nothing",
     "Министр\n\nМинистра критиковали за проект, а также за весьма спорное, по мнению норвежского населения, "
     "решение о строительстве ЛЭП.",
     "строительстве"),
    ("the same with another adjective",
     "Завод\n\nРабочие снесли старый, по мнению местных жителей, забор на окраине города.",
     "окраине"),
]


@pytest.mark.parametrize("label,text,absent", ABSENT, ids=[c[0] for c in ABSENT])
def test_absent_dvs(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)
