"""Lead, twenty-fifth session (review rev24_A L3): a quote's kind when a comma alone sets off the
frame after it.  Words wholly in quotation marks are the speaker's own, so the quote is direct as
with a dash ("«…», – сказала X"); unquoted words before "…, сказала X" stay an indirect report
(the form of reprints that lost their marks), and a clause with a quoted fragment stays mixed.
A subjectless plural speech verb with its own topic after a comma ("…, рассказали о своих планах")
is the narration's next predicate, not an impersonal frame of the words before it (left over from
helper mb24's notes).  Made-up sentences."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with

# (mechanism, text, content of the quote, expected kind)
CASES = [
    ("wholly quoted words, comma frame", "Актриса вышла к трибуне. «Это слегка неловко», сказала Анна Петрова.",
     "Это слегка неловко", "direct"),
    ("guard: the direct rules' own comma frame (direct on the old code too)",
     "Министр ответил журналистам. «Мы не будем повышать налоги», заявил министр финансов Антон Силуанов.",
     "Мы не будем повышать налоги", "direct"),
    ("guard: the same with a dash", "Актриса вышла к трибуне. «Это слегка неловко», – сказала Анна Петрова.",
     "Это слегка неловко", "direct"),
    ("guard: unquoted words, comma frame", "Актриса вышла к трибуне. Это было слегка неловко, сказала Анна Петрова.",
     "Это было слегка неловко", "indirect"),
    ("guard: a quoted fragment inside the clause",
     "Министр ответил журналистам. Налоги «повышать не будут» в этом году, сказал Антон Силуанов.",
     "Налоги «повышать не будут» в этом году", "mixed"),
]


@pytest.mark.parametrize("label, text, content, expected", CASES, ids=[c[0] for c in CASES])
def test_kind(enrich, label, text, content, expected):
    found = [q for q in enrich(text).quotes if q.text == content]
    assert found, f"{label}: no quote {content!r}"
    assert found[0].kind == expected, label


# (mechanism, text, words that must not be a quote's content, content that must stay a quote or None)
TOPICS = [
    ("a plural predicate with its own topic", "В районе прошла встреча. Депутаты провели встречу с избирателями, "
     "рассказали о своих планах.", "Депутаты провели встречу", None),
    ("guard: another plural predicate with a topic (no quote on the old code either)", "Власти подвели итоги года. Чиновники посетили "
     "новую школу, сообщили о ремонте дорог.", "Чиновники посетили новую школу", None),
    ("guard: an impersonal frame with its source", "В районе прошла встреча. Ремонт дорог завершится в мае, "
     "сообщили в администрации района.", "", "Ремонт дорог завершится в мае"),
    ("guard: a topic that points back", "В районе прошла встреча. Ремонт дорог завершится в мае, сообщили об этом "
     "в администрации района.", "", "Ремонт дорог завершится в мае"),
]


@pytest.mark.parametrize("label, text, absent, kept", TOPICS, ids=[c[0] for c in TOPICS])
def test_topic_frame(enrich, label, text, absent, kept):
    doc = enrich(text)
    if absent:
        assert_no_quote_with(doc, absent, label)
    if kept:
        assert any(q.text == kept for q in doc.quotes), f"{label}: {[q.text for q in doc.quotes]}"
