"""Review mends of the thirteenth session, as tables (pure functions, no models)."""
from __future__ import annotations

import pytest

from khronika.events.groups import PARTICIPLE_FORM
from khronika.quotes.attribution import _head_word

HEADS = [
    # (speaker name, the head word an institution check reads)
    ("объединенная пресс-служба судов города", "пресс-служба"),
    ("управление роспотребнадзора", "управление"),   # a noun in "-ие" is no adjective
    ("пресс-служба кремля", "пресс-служба"),
    ("новое издание", "издание"),
]


@pytest.mark.parametrize("name, head", HEADS)
def test_head_word_of_a_description(name, head):
    assert _head_word(name) == head


PARTICIPLE_FORMS = [
    ("протестующих", True), ("осужденной", True), ("пришедших", True), ("заключенных", True),
    ("властей", False), ("частью", False), ("сетей", False), ("областей", False),
]


@pytest.mark.parametrize("word, participle", PARTICIPLE_FORMS)
def test_participle_form(word, participle):
    assert (PARTICIPLE_FORM.search(word) is not None) == participle
