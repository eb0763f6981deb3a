"""Helper fq (nineteenth session), review rev19_A item 10: foreign names written undeclined after a
genitive role keep the role.
1. A case clash between a genitive role and a nominative name is declared only when every word of the
   name is known to the dictionary as a person's; a word it does not know ("Тайип") may be a foreign name
   the writer left undeclined.
2. No case clash when the genitive role depends on a thing noun before it, under no preposition
   ("Заявление премьер-министра Пакистана Имран Хан опубликовали") and not itself a genitive of another noun,
   and the name is no clause's subject: it can be no one else's name.
Made-up sentences, one row per case; the first rows failed on the old code, the guards pass on both."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import article

# (sentence, the name, the role noun's text, is the role noun the name's apposition?)
APPOSITION = [
    ("Заявление президента Турции Реджеп Тайип Эрдоган опубликовали вчера.", "Реджеп Тайип Эрдоган",
     "президента", True),
    ("Заявление министра Тайип Эрдоган опубликовали вчера.", "Тайип Эрдоган", "министра", True),
    ("Заявление премьер-министра Пакистана Имран Хан опубликовали вчера.", "Имран Хан", "премьер-министра", True),
    ("Визит министра иностранных дел Ирана Мохаммад Джавад Зариф завершился вчера.", "Мохаммад Джавад Зариф",
     "министра", True),
    # guards: the name is a clause's subject, or the role depends on a person noun - two people
    ("После отставки губернатора Петров ушел из политики.", "Петров", "губернатора", False),
    ("Бывший кандидат на пост президента Светлана Петрова уехала из страны.", "Светлана Петрова", "президента",
     False),
    ("В заседании принял участие замруководителя администрации президента Сергей Петров.", "Сергей Петров",
     "президента", False),
    ("Пресс-секретарь президента Турции Ибрагим Калын заявил, что переговоры продолжатся.", "Ибрагим Калын",
     "президента", False),
    # guards (the qn rows): every word known as a person's, no case shared - two people
    ("«Когда откроют мост?» – поинтересовался у губернатора Петров.", "Петров", "губернатора", False),
    ("Вчера мэру Иван Кузнецов вручил награду за работу.", "Иван Кузнецов", "мэру", False),
    ("Заявление министра Шойгу опубликовали вчера.", "Шойгу", "министра", True),
]


@pytest.mark.parametrize("text, name, role, apposed", APPOSITION, ids=[c[0][:40] for c in APPOSITION])
def test_undeclined_foreign_name_keeps_its_role(nlp_pipeline, text, name, role, apposed):
    doc = nlp_pipeline(article(text))
    person = next(m for m in doc.mentions if m.type == "PER" and m.text == name)
    start = text.index(role)
    linked = [m for m in doc.mentions if m.type == "ROLE" and m.start == start and m.actor_id == person.actor_id]
    assert bool(linked) == apposed
    actor = doc.actor(person.actor_id)
    lemma = {"губ": "губернатор", "мин": "министр", "мэр": "мэр", "пре": "президент", "пре-": "премьер-министр"}[
        "пре-" if role.startswith("премьер") else role[:3]]
    assert any(r.split()[0] == lemma for r in actor.roles) == apposed
