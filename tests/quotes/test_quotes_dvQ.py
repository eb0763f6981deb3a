"""Helper dvQ (thirty-second session) table tests for the rules made after the blind quotes-dev14 score
(slots 1-12).
- A speech verb in the future ("работодатели расскажут о конкурсах", "министр заявит, что …",
  "противники будут подчеркивать, что …") tells of an act still to come: no quote (the guide's
  statements that did not happen).  Quoted words keep their frame; a past or present form the tagger
  calls future ("поиронизировал", "клянутся") is still a report.
- A speaker named with a generic "республики"/"страны" ("пресс-служба генеральной прокуратуры
  республики", "канцелярия кабмина страны") is completed with the country the document is about: the
  one registry country it names, or one named at least twice as often as the others together; a
  "республики" is never Russia (there it is one of Russia's republics).
- A colon frame that closes its paragraph, followed by a paragraph that opens with a frame of its own
  ("Как сообщается, …") or with a pronoun going on with the statement ("Он добавил, что …"): the
  colon's words were lost (a dropped embed); the next paragraph is narration with quotes of its own.
Made-up sentences."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, a word of the content that must be in no quote)
NO_QUOTES = [
    ("a perfective future with an 'о'-phrase",
     "Фестиваль\n\nВ ходе сессии работодатели расскажут о ближайших конкурсах, дающих возможность пройти стажировку.",
     "конкурсах"),
    ("a perfective future with a content clause",
     "Налоги\n\nНа следующей неделе министр финансов заявит, что налоги не вырастут.",
     "налоги не вырастут"),
    ("an announcement still to come",
     "Связь\n\nОператор в ближайшее время объявит о присоединении к проекту бесплатного интернета.",
     "присоединении"),
    ("a future auxiliary",
     "Выборы\n\nПротивники ЕС, которые будут подчеркивать, что план отделения не тот, оживятся.",
     "план отделения"),
]

# (mechanism, text, content of the quote, expected speaker name)
SPEAKERS = [
    ("guard: the past tense of the same verb",
     "Налоги\n\nМинистр финансов Антон Силуанов заявил, что налоги не вырастут.",
     "налоги не вырастут", "Антон Силуанов"),
    ("guard: a present form the tagger calls future",
     "Долги\n\nВладельцы компании Иван Петров и Олег Смирнов клянутся, что уже погасили большую часть долга.",
     "уже погасили большую часть долга", "Иван Петров и Олег Смирнов"),
    ("'республики' is the one country of the document",
     "Забастовки\n\nВласти Белоруссии оценили забастовки. Забастовку объявили несколько кофеен, заявила "
     "пресс-служба генеральной прокуратуры республики.",
     "Забастовку объявили несколько кофеен", "пресс-служба генеральной прокуратуры Белоруссии"),
    ("'страны' is the one country of the document",
     "Отставка\n\nГлава МИД Великобритании Борис Джонсон ушел в отставку, говорится в заявлении канцелярии "
     "кабмина страны.",
     "Глава МИД Великобритании Борис Джонсон ушел в отставку", "канцелярия кабмина Великобритании"),
    ("a country named twice as often as the others",
     "Учения\n\nВ Белоруссии начались учения, сообщило министерство обороны республики. Учения в Белоруссии "
     "продлятся неделю. Ранее президент Белоруссии посетил Россию.",
     "В Белоруссии начались учения", "министерство обороны Белоруссии"),
    ("guard: 'республики' in a text about Russia stays generic",
     "Вакцина\n\nВ Коми поступила вакцина, произведенная в России, сообщила пресс-служба главы республики.",
     "В Коми поступила вакцина, произведенная в России", "пресс-служба главы республики"),
    ("guard: two countries named alike leave 'страны' generic",
     "Торговля\n\nТорговля Китая и Японии растет, сообщили в министерстве торговли страны.",
     "Торговля Китая и Японии растет", "министерство торговли страны"),
    ("a lost colon quote: the next paragraph's 'Он добавил, что' is its own quote",
     "Инициатива\n\nМарк Цукерберг заявил:\n\nОн добавил, что новая инициатива предусматривает разработку вакцин "
     "против вирусов.",
     "новая инициатива предусматривает разработку вакцин против вирусов", "Марк Цукерберг"),
    ("a lost colon quote: the next paragraph's 'Как сообщается' is an impersonal report",
     "Гибель\n\nСоветник главы СБУ Юрий Петров сказал об этом в эфире телеканала:\n\nКак сообщается, трагедия "
     "произошла в лифте жилого дома.",
     "трагедия произошла в лифте жилого дома", None),
    ("guard: a block of first-person words stays the colon's",
     "Итоги\n\nМинистр Антон Силуанов заявил:\n\nМы добились роста доходов бюджета в этом году.",
     "Мы добились роста доходов бюджета в этом году", "Антон Силуанов"),
    ("guard: quoted words with a future frame keep it",
     "Итоги\n\n«Это был трудный год», – скажет позже министр Антон Силуанов.",
     "Это был трудный год", "Антон Силуанов"),
]


@pytest.mark.parametrize("label,text,absent", NO_QUOTES, ids=[c[0] for c in NO_QUOTES])
def test_no_quotes_dvq(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_dvq(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
