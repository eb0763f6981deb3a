"""Round 24 (issue 5): actor naming — events coded with the right type and reading whose actors the gold guide
names otherwise ("Conventions a scorer must know": "суд <страны>", "полиция <страны>", full personal names, groups
named whole).

- An unnamed court, prosecutor's office or police is named by the place it serves: a city given as "города X" or
  "в X" ("прокуратура города Павия" → "прокуратура Павии"; courts and prosecutors only), else a state given as
  "в X" or by its nationality adjective ("Суд в Италии", "итальянская полиция" → "суд Италии", "полиция
  Италии").  Not a body with an adjective of its own ("Окружной суд") or another modifier ("суд присяжных").
- A bare "КГБ" or "МВД" belongs to the state the story is about, when that is not Russia and the sentence names
  no other state ("КГБ" → "КГБ Белоруссии", "сотрудники МВД" → "сотрудники МВД Белоруссии").
- A group's name keeps the coordinated places and people of its modifier ("профсоюзы пилотов в Бельгии, Испании и
  Италии", "профсоюзы пилотов и бортпроводников"), and is named by the person a genitive title introduces
  ("сторонники лидера партии X Ивана Петрова" → "сторонники Ивана Петрова").
- One person named after a plural noun in the genitive is whose the group is, not the group's name
  ("задержала сторонников Алексея Навального" codes the supporters, not Навальный).

Sentences written for the tests, not taken from any gold or read document."""
from __future__ import annotations

import pytest

from event_checks import coded, forbidden, has_event


# paragraph, type, source, target: coded with these actors (each set must be among the event's names)
CODED = [
    # a city's prosecutor's office and court: the city, in the genitive, not the country's adjective
    ("Французская прокуратура города Лион обвинила Ивана Петрова в мошенничестве.", "ACCUSE",
     {"прокуратура Лиона"}, {"Иван Петров"}),
    ("В прошлом году суд города Самара приговорил Ивана Петрова к трём годам колонии.", "COERCE",
     {"суд Самары"}, {"Иван Петров"}),
    # a state's court and police: by the locative or the nationality adjective
    ("Суд в Германии приговорил Ивана Петрова к трём годам тюрьмы.", "COERCE", {"суд Германии"}, {"Иван Петров"}),
    ("Испанская полиция задержала Ивана Петрова в Мадриде.", "COERCE", {"полиция Испании"}, {"Иван Петров"}),
    # a bare security body in a story about another state than Russia
    ("В Белоруссии продолжается чистка силовых структур. Президент Белоруссии сменил министра. "
     "КГБ начал расследование против сотрудников МВД.", "ACCUSE", {"КГБ Белоруссии"}, {"сотрудник МВД Белоруссии"}),
    # a group with its coordinated places and members
    ("Профсоюзы пилотов авиакомпании «Аэрофлот» в Германии, Франции и Италии объявили о забастовке.", "PROTEST",
     {"профсоюз пилотов «Аэрофлот» в Германии, Франции и Италии"}, set()),
    ("Профсоюзы водителей и кондукторов объявили забастовку против мэрии Самары.", "PROTEST",
     {"профсоюз водителей и кондукторов"}, {"мэрия Самары"}),
    # a group named by the person its genitive title introduces
    ("Полиция задержала двадцать сторонников лидера партии «Родина» Ивана Петрова.", "COERCE",
     {"полиция"}, {"сторонник Ивана Петрова"}),
    # one person after a plural noun: the group's owner, not its name
    ("Полиция задержала сторонников Ивана Петрова.", "COERCE", {"полиция"}, {"сторонник Ивана Петрова"}),
]


@pytest.mark.parametrize("text, type_, source, target", CODED)
def test_round24_coded(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


# paragraph, what must not be coded (type alone, "TYPE:name" among the actors, or "TYPE:source>target")
NOT_CODED = [
    # a court with an adjective of its own is a named court: not turned into "суд <страны>"
    ("Окружной суд приговорил Ивана Петрова к штрафу.", "COERCE:суд России"),
    # another modifier says which court: left as it is
    ("Суд присяжных в Италии оправдал Ивана Петрова.", "RETREAT:суд Италии"),
    # police in a city go by their state (the guide's "полиция <страны>"), not by the city
    ("Полиция в Мадриде задержала Ивана Петрова.", "COERCE:полиция Мадрида"),
    # a story about Russia: a bare "МВД" stays bare
    ("В России продолжается реформа. Президент России сменил министра. КГБ начал расследование против "
     "сотрудников МВД.", "ACCUSE:сотрудник МВД России"),
    # the supporters are arrested, not the person they support
    ("Полиция задержала сторонников Ивана Петрова.", "COERCE:полиция>Иван Петров"),
]


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_round24_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found
