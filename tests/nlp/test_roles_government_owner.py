"""A genitive name after "правительства", "кабинета" or "администрации" that closes a role phrase
names the government's head, not the role's holder, unless the role leads that government (lead,
twentieth session; user review rv19_U L2).  Made-up sentences with registry and made-up names,
one row per case; the first rows failed on the code before."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import article

# (sentence, the name, the role phrase's first word, is the role phrase the name's?)
ROWS = [
    # the government's head, not the role's holder
    ("Борис Джонсон объявил о своей отставке с поста министра иностранных дел правительства Терезы Мэй.",
     "Терезы Мэй", "министра", False),
    ("Решение принял бывший советник администрации Дональда Трампа.", "Дональда Трампа", "советник", False),
    ("Об этом рассказал один из министров правительства Михаила Мишустина.", "Михаила Мишустина", "министров",
     False),
    ("В отставку ушел министр финансов кабинета Ивана Петрова.", "Ивана Петрова", "министр", False),
    # guards: the role leads the government, or its staff; the name follows the role directly
    ("Встреча прошла с участием председателя правительства Михаила Мишустина.", "Михаила Мишустина",
     "председателя", True),
    ("Письмо подписали у заместителя председателя правительства Ивана Петрова.", "Ивана Петрова",
     "заместителя", True),
    ("Письмо направили в адрес главы администрации Антона Вайно.", "Антона Вайно", "главы", True),
    ("Слова руководителя аппарата правительства Ивана Петрова привели журналисты.", "Ивана Петрова",
     "руководителя", True),
    ("Слова министра иностранных дел Сергея Лаврова привели журналисты.", "Сергея Лаврова", "министра", True),
    # an adjective before the government: a programme's name, the holder's own post (unread text)
    ("Соучастница бывшего министра открытого правительства Михаила Абызова доставлена в СК.", "Михаила Абызова",
     "бывшего", True),
]


@pytest.mark.parametrize("text, name, role, own", ROWS, ids=[r[0][:50] for r in ROWS])
def test_government_named_by_its_head(nlp_pipeline, text, name, role, own):
    doc = nlp_pipeline(article(text))
    person = next(m for m in doc.mentions if m.type == "PER" and m.text == name)
    start = text.index(role)
    linked = [m for m in doc.mentions if m.type == "ROLE" and m.start == start and m.actor_id == person.actor_id]
    assert bool(linked) == own
