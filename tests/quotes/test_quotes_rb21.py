"""Helper rb21 (twenty-first session; review rev21_A L3): the content after an adverbial clause.

q21 stopped the search for a cue verb's "что" at a "что" that opens an adverbial clause ("в связи с тем, что",
"из-за того, что") and so lost the whole quote when the content followed the clause: "подчеркнул в связи с
тем, что число случаев растет, что ограничения сохранятся".  The search now goes on to the next ", что" of
the sentence, unless a speech verb inside the adverbial clause could own it, or a colon, semicolon or
quotation mark comes first.

Sentences written for the tests.  Rows marked "old" fail on the code before the round (5aaffa4)."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (label, text, content of the quote, expected speaker name)
SPEAKERS = [
    ("old: the content after 'в связи с тем, что …'",
     "Глава ведомства подчеркнул в связи с тем, что число случаев растет, что ограничения сохранятся.",
     "ограничения сохранятся", "Глава ведомства"),
    ("old: the content after 'из-за того, что …'",
     "Министр финансов Иван Петров заявил из-за того, что бюджет сокращен, что новых программ не будет.",
     "новых программ не будет", "Иван Петров"),
    ("guard: 'из-за того, что' inside a content clause stays in it",
     "Министр промышленности Иван Петров заявил, что завод закроют из-за того, что он убыточен.",
     "завод закроют из-за того, что он убыточен", "Иван Петров"),
]


@pytest.mark.parametrize("label, text, content, speaker", SPEAKERS)
def test_rb21_speaker(enrich, label: str, text: str, content: str, speaker: str | None) -> None:
    assert speaker_of(enrich(text), content, label) == speaker


# (label, text, words no quote may contain)
ABSENT = [
    ("guard: a relative 'что' after the adverbial clause opens no content",
     "Иван Петров уволился из-за того, что начальник его критиковал, что и стало причиной конфликта.",
     "стало причиной"),
]


@pytest.mark.parametrize("label, text, absent", ABSENT)
def test_rb21_absent(enrich, label: str, text: str, absent: str) -> None:
    assert_no_quote_with(enrich(text), absent, label)
