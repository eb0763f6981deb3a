"""Round 32 table tests, made-up sentences (class counted over 250 unread SlavicNER, RuNormAS,
NEREL and factRuEval documents): an outlet noun followed by the outlet's name written in a form
NER does not read as a name - a web address ("сетевое издание tut.by", "сайт lenta.ru") or a
name between doubled apostrophes, wiki-style quotation marks ("журнал ''Rolling Stone''") - is
the outlet of that name, as a bare web address already is.  Not for a noun with no name after it,
not for an address that is not the noun's own."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

LEAD = 'Протесты начались в полдень. '

# (mechanism, text, content of the quote, expected speaker name)
CASES = [
    ("an outlet noun with its web address",
     'Водомет применили на площади, сообщает сетевое издание tut.by.',
     'Водомет применили на площади', 'tut.by'),
    ("a web address after 'сайт'",
     LEAD + 'Задержаны десятки человек, сообщает сайт newsportal.ru.',
     'Задержаны десятки человек', 'newsportal.ru'),
    ("a web address of an outlet owning a channel",
     'Водомет применили на площади, сообщается в Telegram-канале сетевого издания tut.by.',
     'Водомет применили на площади', 'tut.by'),
    ("a magazine named between doubled apostrophes",
     "Журнал ''Rolling Stone'' называл певца одним из самых влиятельных авторов своего поколения.",
     'певца одним из самых влиятельных авторов своего поколения', 'Rolling Stone'),
    ("a newspaper named between doubled apostrophes, as the frame's subject after the content",
     "Задержаны десятки человек, пишет газета ''Вечерний Город''.",
     'Задержаны десятки человек', 'Вечерний Город'),
    ("guard: a bare web address stays itself",
     'Водомет применили на площади, сообщает tut.by.',
     'Водомет применили на площади', 'tut.by'),
    ("guard: an outlet NER names is untouched",
     'Водомет применили на площади, сообщает агентство Reuters.',
     'Водомет применили на площади', 'Reuters'),
]


@pytest.mark.parametrize("label,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_round32(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
