"""Helper mD27 (twenty-seventh session) table tests mending review rv27_Q's speaker left-overs (cause 3):
a post written as a substantivised adjective with the organisation it serves after it ("Уполномоченный CNE")
stays a person's description, never the organisation.
Made-up sentences; guards keep the right answers the rule must not move."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("substantive post: 'Уполномоченный X' with the organisation after it stays a description",
     "Забастовка\n\nПилоты объявили забастовку. Уполномоченный профсоюза CNE подтвердил, что профсоюз обращался "
     "с просьбой.",
     "профсоюз обращался с просьбой", "Уполномоченный профсоюза CNE"),
    # (mD31) still a description, named as the gold names it: quotes-dev12 «Уполномоченный CNE» → представитель CNE
    ("substantive post: the same with an organisation named by its acronym alone",
     "Забастовка\n\nПилоты объявили забастовку. Уполномоченный CNE подтвердил, что профсоюз обращался "
     "с просьбой.",
     "профсоюз обращался с просьбой", "представитель CNE"),
    ("guard substantive post: the organisation itself as the subject stays the organisation",
     "Забастовка\n\nПилоты объявили забастовку. Профсоюз CNE подтвердил, что обращался с просьбой к властям.",
     "обращался с просьбой к властям", "CNE"),
    ("guard substantive post: a post noun with its organisation stays a description as before",
     "Забастовка\n\nПилоты объявили забастовку. Представитель CNE подтвердил, что профсоюз обращался "
     "с просьбой.",
     "профсоюз обращался с просьбой", "Представитель CNE"),
    ("guard substantive post: a substantivised post with the holder's name is that person",
     "Забастовка\n\nПилоты объявили забастовку. Уполномоченный профсоюза CNE Дидье Лебб подтвердил, что "
     "профсоюз обращался с просьбой.",
     "профсоюз обращался с просьбой", "Дидье Лебб"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_mD27(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
