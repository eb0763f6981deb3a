"""Helper qn (nineteenth session): roles and relatives the actor layer hung on the wrong person.
Made-up names and sentences, one row per case; each rule has rows the old code failed.
1. A singular role noun in an oblique case is no apposition of a name written in the nominative
   ("поинтересовался у губернатора Петров": Петров is not the governor) - apposition agrees in case;
   an indeclinable name ("министра Шойгу") or one in the role's case keeps the role.
2. "младший/старший X" is another bearer of the surname than the X the text names in full.
3. A noun governing a genitive name ("сын Петрова", "с адвокатом Петрова") is not the class the name is
   introduced with: the salience profile of Петров gets no head "сын"/"адвокат"."""
from __future__ import annotations

import pytest

from khronika.nlp.salience import _profile
from tests.nlp.conftest import article

# --- 1. (sentence, the name, the role noun's text, is the role noun the name's apposition?)
APPOSITION = [
    # a role in the genitive/dative/instrumental before a nominative name: two people
    ("«Когда откроют мост?» – поинтересовался у губернатора Петров.", "Петров", "губернатора", False),
    ("Накануне министру Сидоров передал письмо с жалобами.", "Сидоров", "министру", False),
    ("Вчера мэру Иван Кузнецов вручил награду за работу.", "Иван Кузнецов", "мэру", False),
    ("С губернатором Андрей Смирнов встречался дважды.", "Андрей Смирнов", "губернатором", False),
    # guards: the role agrees with its name
    ("Об этом заявил губернатор Иван Петров.", "Иван Петров", "губернатор", True),
    ("Письмо губернатору Ивану Петрову передали вчера.", "Ивану Петрову", "губернатору", True),
    ("Встреча с министром Павлом Сидоровым прошла вчера.", "Павлом Сидоровым", "министром", True),
    ("Слова губернатора Петрова привели журналисты.", "Петрова", "губернатора", True),
    # an acting holder: "врио", "и.о.", "исполняющий обязанности", "на посту" before the genitive role
    ("Врио губернатора области Павел Смирнов встретился с депутатами.", "Павел Смирнов", "губернатора", True),
    ("И.о. губернатора Павел Смирнов встретился с депутатами.", "Павел Смирнов", "губернатора", True),
    ("На посту министра Сидоров проработал два года.", "Сидоров", "министра", True),
    # a relative or a candidate named with the role of another person
    ("Старшая дочь первого президента страны Анна Петрова написала письмо.", "Анна Петрова", "президента", False),
    ("Бывший кандидат на пост президента Светлана Петрова уехала из страны.", "Светлана Петрова", "президента",
     False),
    # an indeclinable surname agrees with any case
    ("Заявление министра Шойгу опубликовали вчера.", "Шойгу", "министра", True),
    ("Заявление мэра Виталия Кличко опубликовали вчера.", "Виталия Кличко", "мэра", True),
]


@pytest.mark.parametrize("text, name, role, apposed", APPOSITION, ids=[c[0][:40] for c in APPOSITION])
def test_role_agrees_with_its_name(nlp_pipeline, text, name, role, apposed):
    doc = nlp_pipeline(article(text))
    person = next(m for m in doc.mentions if m.type == "PER" and m.text == name)
    start = text.index(role)
    linked = [m for m in doc.mentions if m.type == "ROLE" and m.start == start and m.actor_id == person.actor_id]
    assert bool(linked) == apposed
    actor = doc.actor(person.actor_id)
    lemma = {"губ": "губернатор", "мин": "министр", "мэр": "мэр", "пре": "президент"}[role[:3]]
    assert any(r.split()[0] == lemma for r in actor.roles) == apposed


# --- 2. (text, the mention, is it the person named in full?)
GENERATION = [
    ("Сын актера Михаила Петрова, известного по сериалам, Никита дал интервью. «Я многого боялся», – "
     "рассказал младший Петров.", "Петров", False),
    ("Актер Михаил Петров приехал на съемки вместе с сыном. «Я доволен», – сказал старший Петров.", "Петров", False),
    # guard: a bare surname is the person named in full
    ("Актер Михаил Петров приехал на съемки вместе с сыном. «Я доволен», – сказал Петров.", "Петров", True),
]


@pytest.mark.parametrize("text, name, same", GENERATION, ids=[c[0][-40:] for c in GENERATION])
def test_younger_and_elder_are_other_people(nlp_pipeline, text, name, same):
    doc = nlp_pipeline(article(text))
    full = next(m for m in doc.mentions if m.type == "PER" and m.text.startswith("Михаил"))
    bare = [m for m in doc.mentions if m.type == "PER" and m.text == name]
    assert bare and (bare[-1].actor_id == full.actor_id) == same


# --- 3. (text, the genitive name's mention, a noun that must not / must be among its heads, must it?)
HEADS = [
    ("Сын Петрова рассказал о детстве.", "Петрова", "сын", False),
    ("Журналисты поговорили с адвокатом Петрова.", "Петрова", "адвокат", False),
    # guards: a noun in the name's case introduces it (the nearer genitive "актрисы" already kept "дочь" off)
    ("Дочь актрисы Анны Петровой рассказала о детстве.", "Анны Петровой", "дочь", False),
    ("Журналисты поговорили с адвокатом Ивановым.", "Ивановым", "адвокат", True),
    ("Дочь актрисы Анны Петровой рассказала о детстве.", "Анны Петровой", "актриса", True),
]


@pytest.mark.parametrize("text, name, noun, head", HEADS, ids=[f"{c[0][:30]}-{c[2]}" for c in HEADS])
def test_genitive_name_is_not_its_governors_class(nlp_pipeline, text, name, noun, head):
    doc = nlp_pipeline(article(text))
    mention = next(m for m in doc.mentions if m.type == "PER" and m.text == name)
    profile = _profile(doc, mention.actor_id, "PER", [], [mention])
    assert (noun in profile.heads) == head
