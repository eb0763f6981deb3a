"""Helper mE27 (twenty-seventh session) table tests for review rv27_R's quote causes: a leading frame whose
content runs into a trailing frame («По данным X, …, отмечает Y», cause 5), the past impersonal «Сообщалось,
что …» (cause 2), «По словам X, A: «B»» (cause 9) and «продемонстрировал, что» (cause 10).
Made-up sentences; guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of


# (mechanism, text, exact text of a quote that must exist, its speaker name or None)
FOUND = [
    ("cause 5: «По данным X, A, отмечает Y»: the content ends before the trailing frame",
     "Урожай\n\nПо данным Росстата, в прошлом году фермеры собрали 80 млн тонн зерна, отмечает ТАСС.",
     "в прошлом году фермеры собрали 80 млн тонн зерна", "Росстат"),
    ("cause 5: «По словам X, A, пишет Y» with a person owner",
     "Переговоры\n\nПо словам министра финансов Ивана Петрова, бюджет будет принят до конца года, пишет РБК.",
     "бюджет будет принят до конца года", "Иван Петров"),
    ("cause 5: «По словам X, A, добавил он»: the pronoun is the owner again, the content still ends before it",
     "Переговоры\n\nПо словам министра финансов Ивана Петрова, бюджет будет принят до конца года, добавил он.",
     "бюджет будет принят до конца года", "Иван Петров"),
    ("cause 5 guard: a trailing frame alone keeps the sentence before it",
     "Урожай\n\nВ прошлом году фермеры собрали 80 млн тонн зерна, отмечает ТАСС.",
     "В прошлом году фермеры собрали 80 млн тонн зерна", "ТАСС"),
    ("cause 5 guard: a leading frame alone keeps the rest of the sentence",
     "Урожай\n\nПо данным Росстата, в прошлом году фермеры собрали 80 млн тонн зерна.",
     "в прошлом году фермеры собрали 80 млн тонн зерна", "Росстат"),
    ("cause 2: «Сообщалось, что …» after a quote of X recalls earlier news, nobody named",
     "Отставка\n\nМинистр Иван Петров подал в отставку. Его заместитель Олег Сидоров назвал это решение "
     "ошибкой.\n\nСообщалось, что Петров критиковал бюджет.",
     "Петров критиковал бюджет", None),
    ("cause 2 guard: after earlier news («Ранее X сообщил, что …») «Сообщалось, что …» goes on with X's report",
     "Сделка\n\nРанее газета «Коммерсант» сообщила, что компания продаст завод. Сообщалось, что сделка "
     "составит 1 млрд рублей.",
     "сделка составит 1 млрд рублей", "Коммерсантъ"),
    ("cause 2 guard: present «Сообщается, что …» right after an outlet's quote goes on in the outlet's voice",
     "Пожар\n\nВ центре города загорелся склад, сообщает РИА Новости. Сообщается, что пострадавших нет.",
     "пострадавших нет", "РИА Новости"),
    ("cause 9: «По словам X, A: «B»» keeps the clause A before the colon as the owner's indirect words",
     "Бюджет\n\nПо словам министра финансов Ивана Петрова, ситуация остается сложной: «Мы не можем снизить "
     "налоги в этом году».",
     "ситуация остается сложной", "Иван Петров"),
    ("cause 9: … and the quotation after the colon as the owner's direct words",
     "Бюджет\n\nПо словам министра финансов Ивана Петрова, ситуация остается сложной: «Мы не можем снизить "
     "налоги в этом году».",
     "Мы не можем снизить налоги в этом году", "Иван Петров"),
    ("cause 9 guard: a clause that frames the quotation itself («брат сказал:») is no statement of its own",
     "Семья\n\nПо словам Анны Петровой, вечером ей позвонил брат и сказал: «Я уезжаю из города».",
     "Я уезжаю из города", "брат"),
    ("cause 9 guard: a frame whose content is only a quotation keeps it whole",
     "Бюджет\n\nПо словам министра финансов Ивана Петрова, «мы не можем снизить налоги в этом году».",
     "мы не можем снизить налоги в этом году", "Иван Петров"),
    ("cause 10 guard: a survey that «продемонстрировал, что …» still reports its author's finding",
     "Опрос\n\nОпрос ВЦИОМ продемонстрировал, что большинство россиян поддерживают реформу.",
     "большинство россиян поддерживают реформу", "ВЦИОМ"),
]


@pytest.mark.parametrize("label,text,content,expected", FOUND, ids=[r[0][:60] for r in FOUND])
def test_found_mE27(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, exact quote text, the source chain it must have)
CHAINS = [
    ("cause 5: the trailing frame's speaker relays the leading frame's owner",
     "Урожай\n\nПо данным Росстата, в прошлом году фермеры собрали 80 млн тонн зерна, отмечает ТАСС.",
     "в прошлом году фермеры собрали 80 млн тонн зерна", ["article", "ТАСС", "Росстат"]),
    ("cause 5: a pronoun trailing frame for the owner adds no relay",
     "Переговоры\n\nПо словам министра финансов Ивана Петрова, бюджет будет принят до конца года, добавил он.",
     "бюджет будет принят до конца года", ["article", "Иван Петров"]),
]


@pytest.mark.parametrize("label,text,content,chain", CHAINS, ids=[r[0][:60] for r in CHAINS])
def test_chain_mE27(enrich, label, text, content, chain):
    found = [q for q in enrich(text).quotes if q.text == content]
    assert found, f"{label}: no quote {content!r}"
    assert found[0].source_chain == chain, label


# (mechanism, text, a string no quote's text may contain)
ABSENT = [
    ("cause 5: the trailing frame is not in the leading frame's content",
     "Урожай\n\nПо данным Росстата, в прошлом году фермеры собрали 80 млн тонн зерна, отмечает ТАСС.",
     "отмечает ТАСС"),
    ("cause 10: showing by doing («продемонстрировал, что может …») is no speech",
     "Спорт\n\nПосле операции хоккеист Иван Петров продемонстрировал, что может сам ходить без костылей.",
     "может сам ходить без костылей"),
]


@pytest.mark.parametrize("label,text,absent", ABSENT, ids=[r[0][:60] for r in ABSENT])
def test_absent_mE27(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


# (mechanism, text, a text no quote may have exactly: the clause before a colon given as a quote of its own)
NOT_SPLIT = [
    ("cause 9 guard: a clause announcing the quotation («выглядит следующим образом:») is no quote of its own",
     "Олимпиада\n\nПо словам ректора Ивана Петрова, список лучших направлений выглядит следующим образом: "
     "«Психология», «Биология» и «Медицина».",
     "список лучших направлений выглядит следующим образом"),
    ("cause 9 guard: … nor a clause with its own speech verb before the colon",
     "Семья\n\nПо словам Анны Петровой, вечером ей позвонил брат и сказал: «Я уезжаю из города».",
     "вечером ей позвонил брат и сказал"),
]


@pytest.mark.parametrize("label,text,clause", NOT_SPLIT, ids=[r[0][:60] for r in NOT_SPLIT])
def test_not_split_mE27(enrich, label, text, clause):
    quotes = enrich(text).quotes
    assert not [q for q in quotes if q.text == clause], f"{label}: {[q.text for q in quotes]}"
