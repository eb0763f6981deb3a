"""mZ35 table tests, made-up sentences: speech verbs mined from unread text that the cue lexicon lacked.
1. mocking ("высмеять", "высмеивать") states what the speaker holds of its target: a short quotation
   after a colon, or a quotation the mocking verb follows after a dash with an object before its
   subject, is the speaker's (the unread text: "«…», – высмеивает Шнурова музыкант");
2. a command before a colon ("скомандовать") opens the speaker's words ("Соколов скомандовал: «…»").
Every CASES row fails on the code before mZ35 (the quote is not found); GUARDS rows pass on both."""
from __future__ import annotations

import pytest

from quote_checks import quote_of, speaker_of

# (mechanism, text, content of the quote, expected speaker name, expected cue)
CASES = [
    ("1. 'высмеять' before a colon and a short quotation",
     "Критик Антон Долин высмеял картину: «Это худший фильм года».",
     "Это худший фильм года", "Антон Долин", "высмеять"),
    ("1. 'высмеивать' after a dash, its object before its subject",
     "«Аккорд четвертый на гитаре рукой не в силах отыскать», — высмеивает Шнурова музыкант Илья Лагутенко.",
     "Аккорд четвертый на гитаре рукой не в силах отыскать", "Илья Лагутенко", "высмеивать"),
    ("2. 'скомандовать' before a colon and a short command",
     "Командир роты Олег Кузнецов скомандовал: «Всем отойти от машины!»",
     "Всем отойти от машины!", "Олег Кузнецов", "скомандовать"),
]

GUARDS = [
    ("guard: a listed cue before a colon is unchanged",
     "Критик Антон Долин заявил: «Это худший фильм года».",
     "Это худший фильм года", "Антон Долин", "заявить"),
]


@pytest.mark.parametrize("label,text,content,expected,cue", CASES, ids=[c[0] for c in CASES])
def test_mZ35(enrich, label, text, content, expected, cue):
    doc = enrich(text)
    assert speaker_of(doc, content, label) == expected, label
    assert quote_of(doc, content, label).cue == cue, label


@pytest.mark.parametrize("label,text,content,expected,cue", GUARDS, ids=[c[0] for c in GUARDS])
def test_mZ35_guards(enrich, label, text, content, expected, cue):
    doc = enrich(text)
    assert speaker_of(doc, content, label) == expected, label
    assert quote_of(doc, content, label).cue == cue, label
