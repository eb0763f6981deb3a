"""Helper mq26 (twenty-sixth session) table tests for analyst review rv26_Q's quote findings: the relay of
«Об этом информирует X, ссылаясь на источники» and of «собеседник издания» (M5), a relay that repeats the speaker
(M6), a pre-posed quote whose frame ends with a colon (L4), the speaker inside an account frame («По сообщению СМИ,
собравшиеся начали скандировать: «…»»), the author of a document named by «в нем», and a relay after a quote of
several sentences.  Made-up sentences; guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from khronika.nlp.doc import Doc
from quote_checks import assert_no_quote_with, speaker_of


def chain_of(doc: Doc, content: str, label: str) -> list[str]:
    """The source chain of the quote whose text is exactly `content`."""
    found = [q for q in doc.quotes if q.text == content]
    assert found, f"{label}: no quote {content!r}; got {[q.text for q in doc.quotes]}"
    return found[0].source_chain


# (mechanism, text, content of the quote, expected source chain; mC32: an unnamed source ends it as "unknown")
CHAINS = [
    ("M5: the subject the parse hung on the gerund 'ссылаясь' is the cue's subject, and relays the sources",
     "Газ\n\nРечь идет о намеченном на 8 февраля голосовании Евросоюза. Об этом информирует немецкая газета "
     "Berliner Zeitung ссылаясь на источники во французском руководстве.",
     "Речь идет о намеченном на 8 февраля голосовании Евросоюза", ["article", "Berliner Zeitung", "unknown"]),
    ("M5: 'собеседник издания' is an unnamed source of the outlet named before",
     "Газ\n\nОб этом сообщает немецкая газета Handelsblatt ссылаясь на источники в правительстве. "
     "«Мы не хотим усиливать зависимость от одного поставщика», — пояснил собеседник издания.",
     "Мы не хотим усиливать зависимость от одного поставщика", ["article", "Handelsblatt", "unknown"]),
    ("M5: 'один из собеседников агентства' after 'Собеседники РБК' is RBC's source, not the outlet quoted before",
     "Банк\n\nForbes пишет, что глава банка ушел в отставку. Собеседники РБК сообщили, что решение принято в "
     "пятницу. Совет директоров собирался дважды, уточнил один из собеседников агентства.",
     "Совет директоров собирался дважды", ["article", "РБК", "unknown"]),
    ("M5: 'Он подчеркнул' after the unnamed 'собеседник издания' keeps the outlet's relay",
     "Газ\n\nОб этом сообщает немецкая газета Handelsblatt ссылаясь на источники в правительстве. "
     "«Мы не хотим усиливать зависимость от одного поставщика», — пояснил собеседник издания. Он подчеркнул, что "
     "решение еще не принято.",
     "решение еще не принято", ["article", "Handelsblatt", "unknown"]),
    ("M5 guard: 'собеседник агентства' with no outlet named before relays nothing",
     "Театр\n\nВ театре прошло собрание труппы. «Мы ждем решения министерства», — пояснил собеседник агентства.",
     "Мы ждем решения министерства", ["article", "unknown"]),
    ("M5 guard: 'источники агентства' is no organisation that is not an outlet ('группа' named before)",
     "Газ\n\nКанцлер встретилась с лидерами Вышеградской группы. По данным источников агентства в "
     "дипломатических кругах, Германия оказывает давление на другие европейские столицы.",
     "Германия оказывает давление на другие европейские столицы", ["article", "unknown"]),
    ("M6: the subject of 'выступил с заявлением:' is the speaker of 'он сообщил', not also its relay",
     "Суд\n\nВ ходе процесса Иван Петров выступил с заявлением: он сообщил, что в изоляторе ему угрожали.",
     "в изоляторе ему угрожали", ["article", "Иван Петров"]),
    ("M6 guard: 'согласно заявлению X' keeps the document and its author (gold/quotes README: source = document)",
     "Забастовка\n\nСогласно заявлению профсоюза пилотов, 96% членов проголосовали за забастовку.",
     "96% членов проголосовали за забастовку",
     ["article", "заявление профсоюза пилотов", "профсоюз пилотов"]),
    ("relay: an account frame's owner relays what the doer after it chanted; the next slogan keeps the relay",
     "Приговор\n\nПо сообщению местных СМИ, после оглашения приговора собравшиеся у здания суда начали "
     "скандировать: «Свободу политзаключенным!», «Позор судье!».",
     "Позор судье!", ["article", "местные СМИ", "собравшиеся у здания суда"]),
    ("relay: «…», сообщает X after a colon quote of several sentences",
     "Реформа\n\nЭксперт Иван Сидоров называет реформу ошибкой: «Это большая ошибка. Она дорого обойдется "
     "бюджету», сообщает ТАСС.",
     "Это большая ошибка. Она дорого обойдется бюджету", ["article", "ТАСС", "Иван Сидоров"]),
]


@pytest.mark.parametrize("label,text,content,expected", CHAINS, ids=[c[0] for c in CHAINS])
def test_chains_mq26(enrich, label, text, content, expected):
    assert chain_of(enrich(text), content, label) == expected, label


# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("relay: the doer after 'По сообщению X,' speaks the words its colon opens, not X",
     "Приговор\n\nПо сообщению местных СМИ, после оглашения приговора собравшиеся у здания суда начали "
     "скандировать: «Свободу политзаключенным!», «Позор судье!».",
     "Свободу политзаключенным!", "собравшиеся у здания суда"),
    ("relay guard: a cue verb after the account frame keeps its own frame",
     "Суд\n\nПо словам адвоката, Иван Петров ответил судье: «Я ни в чем не виноват».",
     "Я ни в чем не виноват", "Иван Петров"),
    ("document: 'в нем' is the statement the company filed in the sentence before",
     "Вакцина\n\nКомпания «Фармстандарт» подала заявление на регистрацию препарата. В нем указано, что "
     "лекарство уже зарегистрировано в Казахстане.",
     "лекарство уже зарегистрировано в Казахстане", "Фармстандарт"),
    ("L4: a pre-posed indirect quote whose frame ends with a colon",
     "Регулятор\n\nОбсуждать сроки блокировки пока рано, заявил пресс-секретарь министерства Олег Смирнов:\n\n"
     "Закон вступил в силу в марте.",
     "Обсуждать сроки блокировки пока рано", "Олег Смирнов"),
    ("L4 control: the same sentence with a full stop",
     "Регулятор\n\nОбсуждать сроки блокировки пока рано, заявил пресс-секретарь министерства Олег Смирнов.\n\n"
     "Закон вступил в силу в марте.",
     "Обсуждать сроки блокировки пока рано", "Олег Смирнов"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_mq26(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, words no quote may contain)
ABSENT = [
    ("L4 guard (rv23_Q M2): a colon cue whose words before are only its frame closes no content",
     "Телеграмма\n\nВ телеграмме губернатора, в частности, говорится: «Мы гордимся нашими врачами».",
     "В телеграмме губернатора"),
]


@pytest.mark.parametrize("label,text,absent", ABSENT, ids=[c[0] for c in ABSENT])
def test_absent_mq26(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)
