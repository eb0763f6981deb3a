"""mE39 (thirty-ninth session, review cr39 F15): a writer's aside in brackets between a speech verb and its «что»
(«сообщил (позже уточнили, что …), что …») keeps the verb's own content after the bracket, and the aside's
content ends at the bracket that closes it.  Made-up sentences."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name)
CASES = [
    ("the verb's own 'что' after a bracketed aside",
     "Глава ведомства сообщил (позже в пресс-службе уточнили, что речь идет о 2021 годе), что бюджет сбалансирован.",
     "бюджет сбалансирован", "Глава ведомства"),
    ("the aside's content ends at its closing bracket",
     "Глава ведомства сообщил (позже в пресс-службе уточнили, что речь идет о 2021 годе), что бюджет сбалансирован.",
     "речь идет о 2021 годе", "пресс-служба"),
    ("a named speaker's 'что' after an aside with its own report",
     "Губернатор Иван Петров заявил (позже его пресс-секретарь уточнил, что речь шла о региональном бюджете), что "
     "дефицита в следующем году не будет.",
     "дефицита в следующем году не будет", "Иван Петров"),
]


@pytest.mark.parametrize("label,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_mE39_verb_content_after_aside(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, words no quote may hold)
NO_QUOTE = [
    ("the aside's content does not run past its bracket into the verb's clause",
     "Глава ведомства сообщил (позже в пресс-службе уточнили, что речь идет о 2021 годе), что бюджет сбалансирован.",
     "), что"),
]


@pytest.mark.parametrize("label,text,absent", NO_QUOTE, ids=[c[0] for c in NO_QUOTE])
def test_mE39_aside_ends_at_bracket(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)
