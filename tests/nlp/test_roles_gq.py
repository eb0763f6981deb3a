"""Helper gq (nineteenth session), review rev19_C item 4: a genitive or dative role before a name
written in the nominative is no apposition of it when the name is the subject of its own clause.
1. A genitive role under a thing noun gives the name after it that role only when the thing is the
   clause's subject ("Визит министра … Зариф завершился") or its verb agrees with no one person
   ("Заявление … Имран Хан опубликовали"); a singular verb may have the name as its subject
   ("Вопрос журналиста Дмитрий Песков оставил без ответа": two people).
2. A word of the name the dictionary does not know ("Шнуров", "Дудь") no longer makes the whole name
   agree with any case when the role is a dative or under a preposition: the name's other, known words
   still show the case ("губернатору Сергей Шнуров", "у губернатора Сергей Шнуров": "Сергей" is
   nominative only, two people).  A bare genitive role keeps the old reading (a writer's slip, "подал
   министра финансов Андрей Б." on unread text), and a name with no known word agrees with any case.
Made-up sentences (the reviewer's probes); rows marked old=True gave the role on the code before gq."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import article

# (sentence, the name, does the name get a role?, old code gave it one?)
ROWS = [
    # 1. fronted object with the role in its genitive, the name the subject of a singular verb
    ("Вопрос журналиста Дмитрий Песков оставил без ответа.", "Дмитрий Песков", False, True),
    ("Слова министра Мария Захарова назвала ложью.", "Мария Захарова", False, True),
    ("Заявление президента Владимир Зеленский назвал провокацией.", "Владимир Зеленский", False, True),
    ("Решение губернатора Андрей Воробьев назвал правильным.", "Андрей Воробьев", False, True),
    ("Письмо губернатора Рамзан Кадыров получил вчера.", "Рамзан Кадыров", False, True),
    # 2. a known Nom-only first name with a surname the dictionary does not know
    ("Вчера губернатору Сергей Шнуров вручил награду.", "Сергей Шнуров", False, True),
    ("«Когда откроют мост?» – поинтересовался у губернатора Сергей Шнуров.", "Сергей Шнуров", False, True),
    ("Вопрос губернатору Юрий Дудь задал в эфире.", "Юрий Дудь", False, True),
    # guard: a bare genitive role before a name with an unknown word may be the writer's slip for the
    # nominative (no preposition, not a dative): the role is kept as before
    ("Вчера в отставку подал министра экономики Сергей Шнуров.", "Сергей Шнуров", True, True),
    # guards kept from round fq: the thing is the subject, or the verb is plural - the holder's name
    ("Заявление премьер-министра Пакистана Имран Хан опубликовали вчера.", "Имран Хан", True, True),
    ("Визит министра иностранных дел Ирана Мохаммад Джавад Зариф завершился вчера.", "Мохаммад Джавад Зариф",
     True, True),
    ("Заявление президента Турции Реджеп Тайип Эрдоган опубликовали вчера.", "Реджеп Тайип Эрдоган", True, True),
    # guards: plain appositions
    ("Губернатор Андрей Воробьев назвал решение правильным.", "Андрей Воробьев", True, True),
    ("Вчера губернатору Андрею Воробьеву вручили награду.", "Андрею Воробьеву", True, True),
]


@pytest.mark.parametrize("text, name, has_role, old", ROWS, ids=[r[0][:40] for r in ROWS])
def test_role_of_another_person(nlp_pipeline, text, name, has_role, old):
    doc = nlp_pipeline(article(text))
    person = next(m for m in doc.mentions if m.type == "PER" and m.text == name)
    actor = doc.actor(person.actor_id)
    assert bool(actor.roles) == has_role, actor.roles
