"""Helper qs28 (twenty-eighth session) table tests for quote spans the system missed: one clause quote that held two
contents of one sentence («X сообщила, что A, хотя, по её словам, B», `merge._cut_clause_before_inner_frame`),
«согласно» frames of guidance and demands («Согласно инструкциям Минздрава, …», `frames._issued_guidance`) and a
directive's infinitive phrase with one quoted word («пообещал «разобраться» с протестующими»,
`clauses._quoted_infinitive`, `merge._drop_directed_infinitives`).
Made-up sentences; guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of


# (mechanism, text, exact text of a quote that must exist, its speaker name or None)
FOUND = [
    ("two contents: the clause ends before a frame that opens further words",
     "Отравление\n\nКанцлер Ангела Меркель сообщила, что окончательное решение еще не принято, хотя, по ее словам, "
     "доказано, что политик был отравлен.",
     "окончательное решение еще не принято", "Ангела Меркель"),
    ("two contents: … and the frame's words are a quote of their own, of the pronoun's speaker",
     "Отравление\n\nКанцлер Ангела Меркель сообщила, что окончательное решение еще не принято, хотя, по ее словам, "
     "доказано, что политик был отравлен.",
     "доказано, что политик был отравлен", "Ангела Меркель"),
    ("two contents: another speaker's frame after «а» gives that speaker's quote",
     "Бюджет\n\nМинистр финансов Иван Петров заявил, что бюджет будет принят в срок, а по словам его заместителя "
     "Олега Сидорова, дефицит не превысит двух процентов.",
     "бюджет будет принят в срок", "Иван Петров"),
    ("two contents: … and the second speaker keeps the words after the frame",
     "Бюджет\n\nМинистр финансов Иван Петров заявил, что бюджет будет принят в срок, а по словам его заместителя "
     "Олега Сидорова, дефицит не превысит двух процентов.",
     "дефицит не превысит двух процентов", "Олег Сидоров"),
    ("two contents guard: a frame that interrupts a subject and its predicate leaves the clause whole",
     "Бюджет\n\nМинистр финансов Иван Петров заявил, что в этом году компания, по словам аналитиков, потеряет "
     "миллиард рублей.",
     "в этом году компания, по словам аналитиков, потеряет миллиард рублей", "Иван Петров"),
    ("two contents guard: a frame right after «что» opens the only content",
     "Бюджет\n\nМинистр финансов Иван Петров заявил, что, по его словам, дефицит не превысит двух процентов.",
     "по его словам, дефицит не превысит двух процентов", "Иван Петров"),
    ("guidance: «Согласно инструкциям X, …» reports X's guidance",
     "Прививки\n\nСогласно инструкциям Минздрава России, обязательное обследование на антитела перед прививкой "
     "не предусмотрено.",
     "обязательное обследование на антитела перед прививкой не предусмотрено", "Минздрав России"),
    ("guidance: «согласно требованиям регулятора, …» with the owner named by its class noun",
     "Вакцина\n\nСогласно требованиям регулятора, производитель должен предоставить данные о безопасности препарата.",
     "производитель должен предоставить данные о безопасности препарата", "регулятор"),
    ("guidance: «Согласно рекомендациям ВОЗ, …»",
     "Маски\n\nСогласно рекомендациям ВОЗ, маски нужно носить во всех закрытых помещениях.",
     "маски нужно носить во всех закрытых помещениях", "ВОЗ"),
    ("directive: one quoted word in the infinitive phrase makes it the speaker's words (a mixed quote)",
     "Пакистан\n\nПремьер-министр Имран Хан обещал принять решительные меры против «провокаторов».",
     "принять решительные меры против «провокаторов»", "Имран Хан"),
    ("directive: a quoted first word keeps its opening mark",
     "Минск\n\nПрезидент Белоруссии Александр Лукашенко пообещал «разобраться» с протестующими.",
     "«разобраться» с протестующими", "Александр Лукашенко"),
    ("directive: a naming infinitive inside the directive's words is part of them",
     "Пожар\n\nСтанислав Соболев призвал «остановиться» и не называть его поджигателем.",
     "«остановиться» и не называть его поджигателем", "Станислав Соболев"),
]


@pytest.mark.parametrize("label,text,content,expected", FOUND, ids=[r[0][:60] for r in FOUND])
def test_found_qs28(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, a string no quote's text may contain)
ABSENT = [
    ("guidance guard: a norm followed inside a clause is no frame",
     "Стройка\n\nРаботы идут согласно инструкции компании, дом будет построен к 2025 году.",
     "дом будет построен к 2025 году"),
    ("guidance guard: a law's demands speak for no one",
     "Закон\n\nСогласно требованиям закона, все участники обязаны сдать анализы.",
     "все участники обязаны сдать анализы"),
    ("directive guard: a capitalised quoted word is a name, not the speaker's words",
     "Бизнес\n\nПредприниматель Иван Петров предложил открыть магазин «Ромашка» в центре города.",
     "открыть магазин"),
    ("directive: the naming infinitive inside a directive's words is no quote of its own",
     "Пожар\n\nСтанислав Соболев призвал «остановиться» и не называть его поджигателем, так как он сам "
     "«помогал чем мог».",
     "его поджигателем"),
    ("guidance guard: an instruction with no owner says nothing of its own",
     "Вакцина\n\nСогласно инструкции, препарат нужно хранить в холодильнике.",
     "препарат нужно хранить в холодильнике"),
]


@pytest.mark.parametrize("label,text,absent", ABSENT, ids=[r[0][:60] for r in ABSENT])
def test_absent_qs28(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


# (mechanism, text, a text no quote may have exactly: a clause cut before a frame that only interrupts it)
NOT_CUT = [
    ("two contents guard: a frame inside a relative clause («в котором, как намекнула X, …») does not cut it",
     "Скандал\n\nПевица заявила, что соседка проникла в ее комнату и открыла комод, в котором, по словам "
     "телеведущей, лежали письма.",
     "соседка проникла в ее комнату и открыла комод, в котором"),
    ("two contents guard: nor a frame between a subject and its predicate after a concessive «хотя»",
     "Омлет\n\nВ администрации заявили, что омлет сняли с продажи, хотя его цвет, по словам технологов, "
     "не влияет на вкус.",
     "омлет сняли с продажи, хотя его цвет"),
]


@pytest.mark.parametrize("label,text,clause", NOT_CUT, ids=[r[0][:60] for r in NOT_CUT])
def test_not_cut_qs28(enrich, label, text, clause):
    quotes = enrich(text).quotes
    assert not [q for q in quotes if q.text == clause], f"{label}: {[q.text for q in quotes]}"
