"""Round 32 (issue 5): gold events whose trigger the coder knows but codes nothing for.

- An act a letter carries is the sender's, aimed at the addressee: "направил Сбербанку письмо с [угрозами] …",
  "направил Сбербанку письмо, в котором [пригрозил] …".  The sender is the letter's possessor or the subject of the
  verb sending it, the addressee its dative or that verb's (`events/messages.py`).
- A demand a protest is held with ("вышла на пикет возле Госдумы с [требованием] …") is the protesters' demand of
  the one the protest is aimed at (`continuity.accompanied_protest`).

Sentences written for the tests, not taken from any gold or read document."""
from __future__ import annotations

import pytest

from event_checks import coded, forbidden, has_event

# paragraph, type, source, target: the letter's sender acts on its addressee
LETTERS = [
    ("Губернатор Иван Петров направил Сбербанку письмо с угрозами отозвать лицензию.", "THREATEN",
     {"Иван Петров"}, {"Сбербанк"}),
    ("Президент Иван Петров направил Сбербанку письмо, в котором пригрозил отозвать лицензию.", "THREATEN",
     {"Иван Петров"}, {"Сбербанк"}),
]

# paragraph, type, source, target: a demand made with a protest goes to the protest's target
DEMANDS = [
    ("Накануне Мария Петрова вышла на одиночный пикет возле Госдумы с требованием отправить в отставку депутата "
     "Ивана Сидорова.", "REQUEST", {"Мария Петрова"}, {"Государственная дума"}),
]

# paragraph, what must not be coded ("TYPE", "TYPE:name", "TYPE:source>target"): guards
NOT_CODED = [
    # a letter nobody is said to have sent, published by others: no sender, no threat
    ("Журналисты опубликовали письмо с угрозами, которое получил губернатор Иван Петров.", "THREATEN:Журналисты"),
    # a protest with no target coded: the demand takes no one
    ("Активисты вышли на пикет у здания мэрии с требованием отставки мэра.", "REQUEST"),
]


@pytest.mark.parametrize("text, type_, source, target", LETTERS)
def test_round32_letters(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


@pytest.mark.parametrize("text, type_, source, target", DEMANDS)
def test_round32_demands(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_round32_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found
