"""A title's quoted prefix that is someone's words - a person's pronoun, «не», a short predicate - is no speaker of
the words after the colon ('"Я не виноват": «Коммерсант» узнал о показаниях водителя' gave the words «Я не виноват» as
the speaker; found by mender mA39, thirty-ninth session).  Guards: a quoted outlet before the colon still speaks."""
from __future__ import annotations

import pytest

from quote_checks import assert_headline_speaker

BODY = "Водитель автобуса, задержанный после аварии в Подмосковье, дал показания следователям."

# (mechanism, title, content of the headline quote, expected speaker; None = no headline quote)
CASES = [
    ("a quoted first-person prefix with a short predicate is no speaker",
     '"Я не виноват": «Коммерсант» узнал о показаниях водителя', "«Коммерсант» узнал о показаниях водителя", None),
    ("guard: an unquoted 'Не виноват' prefix is no speaker either",
     "Не виноват: суд оправдал водителя автобуса", "суд оправдал водителя автобуса", None),
    ("guard: a quoted outlet before the colon speaks",
     "«Коммерсант»: в правительстве обсуждают новый налог", "в правительстве обсуждают новый налог", "Коммерсантъ"),
]


@pytest.mark.parametrize("label,title,content,expected", CASES, ids=[c[0] for c in CASES])
def test_prefix_words_are_no_speaker(enrich, label, title, content, expected):
    assert_headline_speaker(enrich(BODY, title=title), content, expected, label)
