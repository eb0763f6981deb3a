"""Helper dvE (twenty-sixth session) table tests for the rules made after the blind quotes-dev8 score:
- "счесть, что …" states a finding or an opinion like "посчитать";
- "по обвинению X, …" gives X's claim like "по утверждению X" (not a charge "по обвинению в …", which has no owner);
- a press piece with no owner ("говорится в заметке / в статье") is an outlet's: never the company named before it;
- a media verb whose outlet a reprint lost right before a capitalised sentence opener ("…, сообщает По словам X, …")
  ends its sentence: the words before it are reported by no one named, the frame after it is read on its own;
- a passive caption ("«…» – подписано видео") is the words of whoever the text shows posting the item (not of the
  item, nor of a participle's noun: "На видео, опубликованном в Instagram, …"); "подписать соглашение" signs;
- an infinitive cue under an implicative predicate ("вынуждена была заявить об …", "поспешила заявить об …") reports
  a statement made: its "о + NP" topic is a quote, and a trailing outlet relays it (not "может заявить об …").
Made-up sentences; guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("an interrupted quotation: the part before its frame is the speaker's",
     "Суд\n\n«Мы подали иск в арбитражный суд на прошлой неделе, – пояснил адвокат Иван Петров. – Суд рассмотрит "
     "его во вторник, и мы надеемся на успех».",
     "Мы подали иск в арбитражный суд на прошлой неделе", "Иван Петров"),
    ("an interrupted quotation: the part after its frame is the speaker's too",
     "Суд\n\n«Мы подали иск в арбитражный суд на прошлой неделе, – пояснил адвокат Иван Петров. – Суд рассмотрит "
     "его во вторник, и мы надеемся на успех».",
     "Суд рассмотрит его во вторник, и мы надеемся на успех", "Иван Петров"),
    ("guard: after a parenthetical opener the words after the frame are the speaker's",
     "Суд\n\nИван Петров выступил на заседании.\n\n«Мне кажется, – продолжил Петров, – что уже много сказали о "
     "деле, о неэффективности работы органов, но делать из этого культ – это уже перехлест».",
     "что уже много сказали о деле, о неэффективности работы органов, но делать из этого культ – это уже перехлест",
     "Иван Петров"),
    ("'счесть, что …' states a finding",
     "Суд\n\nАрбитражный суд Москвы счел, что компания нарушила условия договора поставки.",
     "компания нарушила условия договора поставки", "Арбитражный суд Москвы"),
    ("guard: 'посчитать, что …' unchanged",
     "Суд\n\nАрбитражный суд Москвы посчитал, что компания нарушила условия договора поставки.",
     "компания нарушила условия договора поставки", "Арбитражный суд Москвы"),
    ("'по обвинению X, …' gives X's claim",
     "Конфликт\n\nПо обвинению соседей, мужчина несколько раз угрожал им расправой.",
     "мужчина несколько раз угрожал им расправой", "соседи"),
    ("an ownerless note is no company's",
     "Забастовка\n\nАвиакомпания Ryanair проинформировала, что удалось договориться с профсоюзами в четырех странах. "
     "«Компания из-за забастовки отменяет 190 рейсов; затронутыми окажутся 30 000 пассажиров», — говорится в заметке.",
     "Компания из-за забастовки отменяет 190 рейсов; затронутыми окажутся 30 000 пассажиров", None),
    ("guard: an ownerless article after an outlet's frame is the outlet's",
     "Забастовка\n\nКомпания Ryanair отменила рейсы, передает The Guardian. «Компания из-за забастовки отменяет 190 "
     "рейсов; затронутыми окажутся 30 000 пассажиров», — говорится в статье.",
     "Компания из-за забастовки отменяет 190 рейсов; затронутыми окажутся 30 000 пассажиров", "The Guardian"),
    ("guard: an ownerless statement after the company's release is the company's",
     "Забастовка\n\nКомпания Ryanair выпустила заявление для прессы. «Компания из-за забастовки отменяет 190 рейсов; "
     "затронутыми окажутся 30 000 пассажиров», — говорится в сообщении.",
     "Компания из-за забастовки отменяет 190 рейсов; затронутыми окажутся 30 000 пассажиров", "Компания Ryanair"),
    ("a lost outlet before 'По словам X': the frame after it is read on its own",
     "Суд\n\nХристианка Асия Биби отпущена на свободу, сообщает По словам представителя МИД Пакистана, Биби "
     "находится в безопасности.",
     "Биби находится в безопасности", "представитель МИД Пакистана"),
    ("a lost outlet: the words before it are reported by no one named",
     "Суд\n\nХристианка Асия Биби отпущена на свободу, сообщает По словам представителя МИД Пакистана, Биби "
     "находится в безопасности.",
     "Христианка Асия Биби отпущена на свободу", None),
    ("guard: an outlet that is there speaks",
     "Суд\n\nХристианка Асия Биби отпущена на свободу, сообщает ТАСС. По словам представителя МИД Пакистана, Биби "
     "находится в безопасности.",
     "Христианка Асия Биби отпущена на свободу", "ТАСС"),
    ("a passive caption is the poster's",
     "Звезда\n\nПевица Анна Петрова выложила в соцсетях видео с прогулки.\n\nНа видео, опубликованном в Instagram "
     "певицы, она едет по улице на моноколесе.\n\n«Друзья, а как расслабляетесь вы после трудового дня?» – подписано "
     "видео.",
     "Друзья, а как расслабляетесь вы после трудового дня?", "Анна Петрова"),
    ("an implicative infinitive: the topic is a statement made",
     "Забастовка\n\nАвиакомпания Ryanair поспешила заявить об отмене 190 рейсов.",
     "отмене 190 рейсов", "Ryanair"),
    ("a trailing outlet relays the statement of an implicative infinitive",
     "Забастовка\n\nАвиакомпания Ryanair вынуждена была заявить об отмене 190 рейсов, информирует BBC.",
     "отмене 190 рейсов", "Авиакомпания Ryanair"),
    ("guard: a finite topic verb with a trailing outlet, unchanged",
     "Забастовка\n\nАвиакомпания Ryanair объявила об отмене 190 рейсов, информирует BBC.",
     "отмене 190 рейсов", "Авиакомпания Ryanair"),
    ("guard: an active caption keeps its subject",
     "Звезда\n\nПевица Анна Петрова опубликовала в Instagram новое фото.\n\n«Лето, море и никаких забот», — "
     "подписала снимок певица.",
     "Лето, море и никаких забот", "Анна Петрова"),
]

# (mechanism, text, words no quote may contain)
ABSENT = [
    ("guard: 'по обвинению в …' is a charge, no claim",
     "Задержание\n\nВчера в Москве по обвинению в убийстве бизнесмена задержан 35-летний мужчина.",
     "задержан 35-летний мужчина"),
    ("guard: 'подписать соглашение о том, что …' signs, no statement",
     "Губернатор\n\nВ конце года губернатор подписал соглашение с министерством о том, что вакцину будут "
     "производить на заводе.",
     "вакцину будут производить"),
    ("guard: a modal infinitive reports no statement",
     "Забастовка\n\nАвиакомпания Ryanair хочет заявить об отмене 190 рейсов.",
     "отмене 190 рейсов"),
    ("guard: a charge after the verb",
     "Задержание\n\nМужчину арестовали по обвинению в мошенничестве в особо крупном размере.",
     "Мужчину арестовали"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_dve(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


@pytest.mark.parametrize("label,text,absent", ABSENT, ids=[c[0] for c in ABSENT])
def test_no_quote_dve(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)
