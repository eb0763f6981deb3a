"""Lead, twenty-fifth session (review rev24_A L3): a quote's kind when a comma alone sets off the
frame after it.  Words wholly in quotation marks are the speaker's own, so the quote is direct as
with a dash ("«…», – сказала X"); unquoted words before "…, сказала X" stay an indirect report
(the form of reprints that lost their marks), and a clause with a quoted fragment stays mixed.
Made-up sentences."""
from __future__ import annotations

import pytest

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
