"""mT34 (thirty-fourth session) table tests: a member body speaks as itself, not as its members' employer.

A union or a trade association whose genitive names whom its members work for ("Профсоюз пилотов компании
Ryanair", "Профсоюзы бортпроводников Ryanair" once Ryanair is introduced as an airline) is the speaker, named
by its phrase; before, the phrase was reduced to the employer ("Ryanair" announcing strikes against itself).
A body named by its own name ("профсоюз пилотов Vereinigung Cockpit", "Профсоюз Forsa ирландской авиакомпании
Ryanair") keeps the name; a company's press office, management and staff are as before.
Sentences are made up or taken from unread text."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name)
MEMBER_BODY_CASES = [
    ("a union of a company's pilots, the company named after its noun",
     "Профсоюз пилотов компании Ryanair заявил, что начнет забастовку.",
     "начнет забастовку", "Профсоюз пилотов компании Ryanair"),
    ("plural unions, the company noun with its adjective",
     "Профсоюзы пилотов ирландской авиакомпании Ryanair заявили, что они начнут забастовку.",
     "они начнут забастовку", "Профсоюзы пилотов ирландской авиакомпании Ryanair"),
    ("the union's places after it are left out, the topic is the union's",
     "Профсоюзы пилотов ирландской авиакомпании Ryanair в Бельгии, Испании и Италии объявили о забастовке "
     "10 августа, передает агентство Reuters.",
     "забастовке", "Профсоюзы пилотов ирландской авиакомпании Ryanair"),
    ("a union of a plant's workers",
     "Профсоюз работников завода «Северсталь» заявил, что начнет забастовку.",
     "начнет забастовку", "Профсоюз работников завода «Северсталь»"),
    ("guard: a trade association NER named whole, as before",
     "Ассоциация дилеров концерна Volkswagen заявила, что цены вырастут.",
     "цены вырастут", "Ассоциация дилеров концерна Volkswagen"),
    ("the employer named bare on the members' noun, introduced as an airline before",
     "Авиакомпания Ryanair отменила рейсы.\n\nПрофсоюзы бортпроводников Ryanair объявили о забастовках.",
     "забастовках", "Профсоюзы бортпроводников Ryanair"),
    ("the unread text's unions, the employer named elsewhere as the owner of people",
     "Бортпроводники Ryanair проведут забастовки.\n\nПрофсоюзы бортпроводников Ryanair сразу из нескольких "
     "европейских стран объявили о грядущих забастовках.",
     "грядущих забастовках", "Профсоюзы бортпроводников Ryanair"),
    ("guard: the unread text's union named after a company noun, named after the union's noun elsewhere",
     "Ryanair и профсоюз ирландских пилотов компании Forsa объявили о достижении соглашения по условиям труда. "
     "Члены профсоюза Forsa насчитывают примерно треть всех ирландских пилотов авиакомпании.",
     "достижении соглашения по условиям труда", "Ryanair и Forsa"),
    ("guard: a union named by its own name after the members' noun",
     "Профсоюз пилотов Vereinigung Cockpit заявил, что начнет забастовку.",
     "начнет забастовку", "Vereinigung Cockpit"),
    ("guard: a union named right after its noun, the employer after the name",
     "Профсоюз Forsa ирландской авиакомпании Ryanair объявил, что 12 июля начнет забастовку.",
     "12 июля начнет забастовку", "Forsa"),
    ("guard: a company's press office as before",
     "Пресс-служба компании Ryanair заявила, что рейсы отменены.",
     "рейсы отменены", "Пресс-служба компании Ryanair"),
    ("guard: a company's management as before",
     "Руководство Ryanair заявило, что рейсы отменены.",
     "рейсы отменены", "руководство Ryanair"),
    ("guard: a company's staff as before",
     "Сотрудники компании Ryanair заявили, что начнут забастовку.",
     "начнут забастовку", "Сотрудники компании Ryanair"),
]


@pytest.mark.parametrize("label,text,content,expected", MEMBER_BODY_CASES, ids=[c[0] for c in MEMBER_BODY_CASES])
def test_mT34_member_body_speaks_as_itself(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
