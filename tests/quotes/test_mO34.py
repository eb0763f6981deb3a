"""mO34 table tests (sentences from the design sets and from unread text, or made up): the design sets'
false quotes and speakerless quotes, mended by construction -
1. a survey with no pollster named is nobody's statement: "Другой опрос показал, что …" is no quote (the
   design gold's non-quotes in quotes-dev2 part 1, -dev9, -dev11, -dev14), "Опрос ВЦИОМ показал, что …" is;
2. a "что" after a comma that closes the cue's "о"-topic, as the subject of its clause ("заявили о сложении
   полномочий, что «несколько удивило» Мэй"), is the relative pronoun of the whole report: the report is the
   topic (quotes-dev14), the "что" clause no content.
(A third rule, a counted group of organisations as a group speaker - "семь профсоюзов заявляли", quotes-dev10 -
fired nowhere on unread text: it is kept on the branch mO34-nofire.)
Every CASES row fails on the code before mO34; GUARDS rows pass on both (the rules' limits)."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, quote_of, speaker_name

# (mechanism, text, words no quote may hold)
NO_QUOTE = [
    ("1. a survey with no author (quotes-dev11)",
     "Другой опрос показал , что 69% граждан недовольны тем, как идут переговоры по Brexit.",
     "69% граждан недовольны"),
    ("1. surveys of public opinion, in the present (unread text)",
     "Многочисленные опросы общественного мнения показывают, что только 40% французов готовы сделать прививку.",
     "40% французов"),
    ("1. surveys with a colon (quotes-dev11)",
     "Опросы, прошедшие в то время, показали: каждый 20 пакистанец был готов лично убить богохульницу.",
     "пакистанец был готов"),
    ("2. the relative 'что' is no content (unread text)",
     "Джонсон и Дэвис заявили о сложении своих полномочий, что «несколько удивило» Мэй.",
     "удивило"),
]

# (mechanism, text, content of the quote, expected speaker name or None)
FOUND = [
    ("2. the report is the topic before the relative 'что' (unread text)",
     "Джонсон и Дэвис заявили о сложении своих полномочий, что «несколько удивило» Мэй.",
     # (the registry gives Джонсон his full name)
     "сложении своих полномочий", "Борис Джонсон и Дэвис"),
    ("2. a topic closed by a quoted name, a parenthetical in the relative clause (quotes-dev14)",
     "Депутаты заявили о выходе из состава парламентской коалиции «Европейский выбор», что, как "
     "предполагается, позволит начать процедуру роспуска Верховной рады.",
     "выходе из состава парламентской коалиции «Европейский выбор»", "Депутаты"),
]

GUARDS_FOUND = [
    ("guard 1: a survey with its pollster named",
     "Опрос ВЦИОМ показал, что большинство россиян поддерживают поправки.",
     "большинство россиян поддерживают поправки", "ВЦИОМ"),
    ("guard 1: a study (no survey) with no author stays a speakerless finding (quotes-dev7)",
     "Исследование показало, что вакцина эффективна против нового штамма.",
     "вакцина эффективна против нового штамма", None),
    ("guard 2: 'о том, что' is the content clause",
     "Ранее Иван Охлобыстин говорил о том, что не отказывается от дружбы с Михаилом Ефремовым.",
     "не отказывается от дружбы с Михаилом Ефремовым", "Иван Охлобыстин"),
    ("guard 2: the correlative 'от того, что' opens a content clause (unread text)",
     "Лайма Вайкуле выступила в Юрмале. Также она добавила об отсутствии теплых чувств к СССР и о радости от "
     "того, что «все разрушилось».",
     "все разрушилось", "Лайма Вайкуле"),
    ("guard 2: a 'что' clause with a subject of its own is content",
     "Министр заявил о своей уверенности, что компания справится с кризисом.",
     "компания справится с кризисом", "Министр"),
]


@pytest.mark.parametrize("label,text,absent", NO_QUOTE, ids=[c[0] for c in NO_QUOTE])
def test_mO34_no_quote(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


@pytest.mark.parametrize("label,text,content,expected", FOUND + GUARDS_FOUND,
                         ids=[c[0] for c in FOUND + GUARDS_FOUND])
def test_mO34_found(enrich, label, text, content, expected):
    assert speaker_name(quote_of(enrich(text), content, label)) == expected, label
