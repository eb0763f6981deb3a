"""Round 26 (issue 5): actor naming, second pass — bodies named whole, and a trial party named by the body it
stands for (the gold guide's "Conventions a scorer must know": bodies as the text names them, a description joins
a named actor only when the document makes the referent unique).

- A court keeps the territory it serves when the text gives it as a genitive phrase with a place name right after
  the court's name ("Федеральный суд округа Колумбия в США" → "Федеральный суд округа Колумбия"), not the bare
  "Федеральный суд"; a territory noun with no place named ("суд округа") is left alone.
- A bare singular "обвинитель" / "гособвинитель" is the prosecutor's office the document names, when it names
  exactly one ("Прокуратура города Лион обвинила … Обвинитель требовал …" → "прокуратура Лиона"); with two offices
  named, or none, the noun stays.

Sentences written for the tests, not taken from any gold or read document."""
from __future__ import annotations

import pytest

from event_checks import coded, forbidden, has_event


# paragraph, type, source, target: coded with these actors (each set must be among the event's names)
CODED = [
    # a court with the territory it serves
    ("Федеральный суд округа Массачусетс в США отклонил иск Ивана Петрова.", "REJECT",
     {"Федеральный суд округа Массачусетс"}, {"Иван Петров"}),
    ("Федеральный суд Южного округа Нью-Йорка приговорил Ивана Петрова к трём годам тюрьмы.", "COERCE",
     {"Федеральный суд Южного округа Нью-Йорка"}, {"Иван Петров"}),
    # a bare prosecutor: the one office the document names
    ("Окружной суд Лиона рассматривает дело Ивана Петрова. Французская прокуратура города Лион обвинила Петрова "
     "в мошенничестве. Обвинитель требовал для Петрова пять лет тюрьмы.", "REQUEST",
     {"прокуратура Лиона"}, {"Окружной суд Лиона"}),
]


@pytest.mark.parametrize("text, type_, source, target", CODED)
def test_round26_coded(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


# paragraph, what must not be coded (type alone, "TYPE:name" among the actors, or "TYPE:source>target")
NOT_CODED = [
    # the court's name alone when the text names the territory: not the bare name
    ("Федеральный суд округа Массачусетс в США отклонил иск Ивана Петрова.", "REJECT:Федеральный суд"),
    # two prosecutor's offices named: which one the prosecutor speaks for is not said
    ("Окружной суд Лиона рассматривает дело Ивана Петрова. Прокуратура города Лион и прокуратура города Марсель "
     "обвинили Петрова в мошенничестве. Обвинитель требовал для Петрова пять лет тюрьмы.",
     "REQUEST:прокуратура Лиона"),
    ("Окружной суд Лиона рассматривает дело Ивана Петрова. Прокуратура города Лион и прокуратура города Марсель "
     "обвинили Петрова в мошенничестве. Обвинитель требовал для Петрова пять лет тюрьмы.",
     "REQUEST:прокуратура Марселя"),
]


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_round26_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found
