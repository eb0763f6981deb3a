"""Round 31 table tests, made-up sentences (class counted over 250 unread SlavicNER, RuNormAS,
NEREL and factRuEval documents): a bare channel noun ("паблик", "Telegram-канал", "канал") is
the channel that spoke last, when that speaker was written with a channel noun and has a name
of its own ("сообщает Telegram-канал Baza … отмечает паблик").  Not after another speaker, not
far away, not after an outlet written with another noun."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

SOURCE = 'Сбой затронул три района города, сообщает Telegram-канал Baza. '

# (mechanism, text, content of the quote, expected speaker name)
CASES = [
    ("a bare 'паблик' after a named channel",
     SOURCE + 'Света не было около шести часов, отмечает паблик.',
     'Света не было около шести часов', 'Baza'),
    ("a bare 'Telegram-канал' after a named channel",
     SOURCE + '«Энергетики до сих пор молчат», – пишет Telegram-канал.',
     'Энергетики до сих пор молчат', 'Baza'),
    ("a chain: 'паблик', then 'Telegram-канал'",
     SOURCE + 'Света не было около шести часов, отмечает паблик. '
     '«Энергетики до сих пор молчат», – заключает Telegram-канал.',
     'Энергетики до сих пор молчат', 'Baza'),
    ("guard: no channel spoke before",
     'Сбой затронул три района города, сообщил мэр Иван Петров. Света не было около шести часов, отмечает паблик.',
     'Света не было около шести часов', 'паблик'),
    # (mA32, rv32_Q C1: the review judged the bare noun the one channel the text named, whoever spoke since and
    # however far back - these two rows were guards, now the one named channel)
    ("another speaker in between: the one channel named",
     SOURCE + 'Мэр Иван Петров заявил, что ремонт займет неделю. Света не было около шести часов, отмечает паблик.',
     'Света не было около шести часов', 'Baza'),
    ("the channel spoke far back: the one channel named",
     SOURCE + 'Ремонт начался утром. Бригады работали всю ночь. Жители жаловались на холод. Горожане ждали '
     'помощи. Света не было около шести часов, отмечает паблик.',
     'Света не было около шести часов', 'Baza'),
    ("guard: an outlet written with another noun",
     'Сбой затронул три района города, сообщает агентство Reuters. Света не было около шести часов, отмечает паблик.',
     'Света не было около шести часов', 'паблик'),
]


@pytest.mark.parametrize("label,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_round31(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
