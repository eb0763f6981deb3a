"""Round 29 (issue 5): actor naming, fifth pass — a group whose owner the story as a whole gives, not the phrase
(the gold guide names unnamed bodies "<body> <страны>": "суд Пакистана", "власти Катара").

- A bare royal family ("членами королевской семьи": a royal adjective, no state adjective, genitive or apposition
  of its own) belongs to the state of the one monarch its sentence names ("эмир Катара", "иорданский король"); no
  monarch's state in the sentence (other states, or the story's main state, say nothing of whose family it is), or
  two: the family stays as written.
- Bare judges ("судьи", plural, no modifiers) sit on the one high court ("Верховный суд", "Конституционный суд")
  the story names within two sentences of theirs, with that court's state (else the story's main state); another
  court named by modifiers in that window ("суд города …"), or no named court: "судья" stays alone.

Sentences written for the tests, not taken from any gold or read document."""
from __future__ import annotations

import pytest

from event_checks import coded, has_event

# paragraph, type, target: the event is coded with this target among its names
OWNED = [
    ("Король Марокко Мухаммед VI встретится во вторник с членами королевской семьи.", "CONSULT",
     {"член королевской семьи Марокко"}),
    ("Иорданский король Абдалла встретится во вторник с членами королевской семьи.", "CONSULT",
     {"член королевской семьи Иордании"}),
    ("Верховный суд Ирана оправдал журналиста Ивана Петрова. Лидер партии «Новый путь» Семён Кузнецов заявил, "
     "что судьи заслуживают смерти за оправдательный приговор.", "THREATEN", {"судья Верховного суда Ирана"}),
    ("Лидер партии «Новый путь» Семён Кузнецов заявил, что судьи заслуживают смерти за оправдательный приговор. "
     "Протесты в Иране начались после вердикта Верховного суда.", "THREATEN", {"судья Верховного суда Ирана"}),
]

# paragraph, type, target: the owner the story might give is not taken (named as written)
PLAIN = [
    ("Власти Иордании объявили о реформе правительства. Власти Иордании сообщили о новых назначениях. "
     "Премьер-министр Иван Петров встретится во вторник с членами королевской семьи.", "CONSULT",
     {"член королевской семьи"}),
    ("Принц Иван и его жена Мария, переехавшие в США, отказались от обязанностей членов королевской семьи.",
     "REJECT", {"член королевской семьи"}),
    ("Президент Франции Эмманюэль Макрон и премьер-министр Испании Педро Санчес встретятся во вторник с членами "
     "королевской семьи.", "CONSULT", {"член королевской семьи"}),
    ("Суд города Тегеран приговорил журналиста Ивана Петрова к смерти. Верховный суд Ирана оправдал журналиста "
     "Ивана Петрова. Лидер партии «Новый путь» Семён Кузнецов заявил, что судьи заслуживают смерти за "
     "оправдательный приговор.", "THREATEN", {"судья"}),
    ("Протесты в Иране продолжаются. Лидер партии «Новый путь» Семён Кузнецов заявил, что судьи заслуживают "
     "смерти за оправдательный приговор.", "THREATEN", {"судья"}),
]


@pytest.mark.parametrize("text, type_, target", OWNED)
def test_round29_owned(code_paragraph, text: str, type_: str, target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, set(), target), found


@pytest.mark.parametrize("text, type_, target", PLAIN)
def test_round29_plain(code_paragraph, text: str, type_: str, target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, set(), target), found
