"""(sp40) Reported speech the system recorded nothing for, found by mining unread text for speech signs outside every
quote: a postposed frame typed with the minus sign (U+2212) for the dash, a bare «Согласно сообщению/релизу,» that
takes up the report just quoted, and a document's «согласно которому»-clause when the text names no author
(gold/quotes/README.md: «согласно» frames; design gold gives documents as speakers) - not a law just passed (round 19's
guard).  Made-up sentences with
invented names; "guard" rows passed on the old code and must keep passing."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, quote_of, speaker_name

# (label, text, content of the quote, expected speaker name or None, expected cue)
CASES = [
    ("a postposed frame after the minus sign",
     "\"Вопросы энергетики должны решаться в Европе, а не за океаном\", − заявил министр Олег Петров.",
     "Вопросы энергетики должны решаться в Европе, а не за океаном", "Олег Петров", "заявить"),
    ("a postposed frame after the minus sign and guillemets",
     "«Разрешение конфликтов без соседей невозможно», − продолжил министр Олег Петров.",
     "Разрешение конфликтов без соседей невозможно", "Олег Петров", "продолжить"),
    ("guard: a postposed frame after the en dash",
     "«Разрешение конфликтов без соседей невозможно», – продолжил министр Олег Петров.",
     "Разрешение конфликтов без соседей невозможно", "Олег Петров", "продолжить"),
    ("a bare «Согласно релизу,» takes up the company's report just quoted",
     "Авиакомпания «Северный ветер» снизила прогноз годовой прибыли, сообщила компания.\n\n"
     "Согласно релизу, перевозчик планирует сократить число кресел на зимний сезон.",
     "перевозчик планирует сократить число кресел на зимний сезон", "Северный ветер", "согласно релизу"),
    ("a bare «Согласно сообщению,» with no quote before it is an unnamed report",
     "Согласно сообщению, задержанный находился в контакте с организаторами нападения.",
     "задержанный находился в контакте с организаторами нападения", None, "согласно сообщению"),
    ("a bill's «согласно которому»-clause with no author named",
     "В Госдуму внесен законопроект, согласно которому право на надбавку к пенсии возникает после 75 лет.",
     "право на надбавку к пенсии возникает после 75 лет", None, "согласно"),
    ("an examination's findings, the clause ending at the comma before the main predicate",
     "Выводы экспертизы, согласно которым водитель не превышал скорость, приобщили к материалам дела.",
     "водитель не превышал скорость", None, "согласно"),
    ("the clause hung on the agreement's partner: the agreement states it",
     "Властям пришлось пойти на соглашение с протестующими, согласно которому они обещали не продлевать запрет.",
     "они обещали не продлевать запрет", None, "согласно"),
    ("the clause hung on the law a bill is of: the bill's presenter states it",
     "В декабре Минюст представил проект закона, согласно которому будет введен досудебный порядок взыскания долгов.",
     "будет введен досудебный порядок взыскания долгов", "Минюст", "согласно"),
    ("guard: a document issued by a named subject keeps its author",
     "Губернатор Иван Котов подписал постановление, согласно которому школы закроются на карантин до понедельника.",
     "школы закроются на карантин до понедельника", "Иван Котов", "согласно"),
]


@pytest.mark.parametrize("label, text, content, speaker, cue", CASES, ids=[c[0][:60] for c in CASES])
def test_unrecorded_speech(enrich, label, text, content, speaker, cue):
    quote = quote_of(enrich(text), content, label)
    assert speaker_name(quote) == speaker, f"{label}: {quote.speaker}"
    assert quote.cue == cue, f"{label}: {quote.cue}"


# (label, text, words no quote may hold)
NOT_QUOTES = [
    ("a bare «Согласно результатам,» reports votes, no statement",
     "Согласно результатам, за выход из программы проголосовали жители 276 домов.", "проголосовали жители"),
    ("a principle's «согласно которому»-clause is no report",
     "Суд исходил из принципа, согласно которому сотрудник полиции действует в рамках закона.",
     "сотрудник полиции действует"),
    ("guard: the minus sign of a temperature opens no frame",
     "Ночью температура опустилась до −5 градусов, а днем потеплело.", "температура"),
]


@pytest.mark.parametrize("label, text, absent", NOT_QUOTES, ids=[c[0][:60] for c in NOT_QUOTES])
def test_not_quotes(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)
