"""dv39b table tests (quotes-dev21 slots 13-24, tgcontest articles), made-up titles whose speaker's words come
before the colon and the frame after it ('"Сначала …": Поляков возмутился …', "Не делайте …: Кличко ответил
на …"): the words are a headline quote of the name after the colon - quoted whole with a verb, or unquoted in
the imperative or the first/second person.
Guards: a topic or a reporter's third-person clause before the colon, a frame with its own clause after it,
names in marks before the colon."""
from __future__ import annotations

import pytest

from quote_checks import assert_headline_speaker

BODY = "Мэр города Иван Петров объяснил, почему на набережной появились другие растения."

# (mechanism, title, content of the headline quote, expected speaker; None = no headline quote)
TITLE_CASES = [
    ("quoted words with a verb before the colon, a reaction verb after the name",
     '"Сначала уберите всех бездельников": Петров возмутился решением совета', "Сначала уберите всех бездельников",
     "Иван Петров"),
    ("unquoted imperative words before the colon",
     "Не делайте из тополя трагедии: Петров ответил на скандал с вырубкой", "Не делайте из тополя трагедии",
     "Иван Петров"),
    ("guard: a topic before the colon is no one's words",
     "Вырубка тополей: Петров ответил на скандал", "Вырубка тополей", None),
    ("guard: a reporter's third-person clause before the colon",
     "Мэрия заметает следы: Петров ответил на скандал", "Мэрия заметает следы", None),
    ("guard: names in marks before the colon",
     '"Спартак" и "Зенит": Петров высказался о матче', '"Спартак" и "Зенит"', None),
]


@pytest.mark.parametrize("label,title,content,expected", TITLE_CASES, ids=[c[0] for c in TITLE_CASES])
def test_dv39b_title(enrich, label, title, content, expected):
    doc = enrich(BODY, title=title)
    assert_headline_speaker(doc, content, expected, label)
