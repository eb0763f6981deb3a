"""Naming round 1 (issues 5 and 4): an event's actor under the name the gold guide wants.  A first name alone
is the one person of the document with that first name; a bare role word is the one person the document
introduced with that role; a description the tagger kept before a name is no part of it; a bare
"правительство" in a story one foreign state leads is that state's.  Sentences written for the tests, not
taken from any gold or read document."""
from __future__ import annotations

import pytest

from event_checks import coded, forbidden, has_event


# paragraph, type, source, target: coded with these actors (each set must be among the event's names)
CODED = [
    # a first name alone: the one person of the document named in full with it
    ("Премьер-министр Канады Анна Ковальская приняла отставку Петра Зайцева. Премьер поблагодарила Петра за работу.",
     "SUPPORT", {"Анна Ковальская"}, {"Пётр Зайцев"}),
    # a bare role after the person was introduced with it: that person
    ("Премьер-министр Канады Анна Ковальская приняла отставку Петра Зайцева. "
     "«Премьер-министр благодарит Петра за его работу», — сообщил пресс-секретарь.",
     "SUPPORT", {"Анна Ковальская"}, {"Пётр Зайцев"}),
    # a description before a name at the start of a sentence: the name alone
    ("Москва. 1 ноября. Христианка Мария Ковальчук, приговор которой был ранее отменен Верховным судом Египта, "
     "может покинуть страну.", "RETREAT", {"Верховный суд Египта"}, {"Мария Ковальчук"}),
    # a bare "правительство" in a story about one foreign state: that state
    ("Верховный суд Египта оправдал Марию Ковальчук. В Египте начались протесты. Радикалы в Египте недовольны. "
     "Религиозные фанатики призвали правительство уйти в отставку.", "REQUEST", {"религиозный фанатик"},
     {"Египет"}),
]


@pytest.mark.parametrize("text, type_, source, target", CODED, ids=[c[0][:40] for c in CODED])
def test_naming_round1_coded(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


# paragraph, what must not be coded ("TYPE:name" = no event of TYPE with that name among its actors)
NOT_CODED = [
    # the first name alone is not left as a party of its own
    ("Премьер-министр Канады Анна Ковальская приняла отставку Петра Зайцева. Премьер поблагодарила Петра за работу.",
     "SUPPORT:Пётр"),
    # the first name of two persons of the document stays as written: no guess between them
    ("Пётр Зайцев и Пётр Смирнов прибыли в Лондон. Анна Ковальская поблагодарила Петра за работу.",
     "SUPPORT:Пётр Зайцев"),
    # a bare role before anyone was introduced with it is not linked to a later holder
    ("Премьер-министр поблагодарил Петра Зайцева. Позже премьер-министр Канады Анна Ковальская уехала в Лондон.",
     "SUPPORT:Анна Ковальская"),
    # a two-word name the parser split ("Борис Джонсон" as name + apposition) keeps its first name
    ("Пётр Зайцев поблагодарил Анну Ковальскую за помощь.", "SUPPORT:Зайцев"),
    # "правительство" where the sentence names another state is not the story's state
    ("Верховный суд Египта оправдал Марию Ковальчук. В Египте начались протесты. "
     "Бывший глава МИД Британии Пётр Зайцев призвал правительство предоставить Ковальчук убежище.",
     "REQUEST:Египет"),
]


@pytest.mark.parametrize("text, what", NOT_CODED, ids=[c[1] for c in NOT_CODED])
def test_naming_round1_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found
