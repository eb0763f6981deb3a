"""Helper ra21 (twenty-first session, review rev21_A): mends of helper ma's actor rules.

H1  A bare "first name + patronymic" joined every full name with those two words, and its registry id (the alias
    "Владимир Владимирович" of Путин) relabelled the other full name: "Ведущий Владимир Владимирович Познер … у
    Владимира Владимировича Путина. Владимир Владимирович ответил" made Познер Путин.  A bare pair now joins a full
    name only when no full name of another surname carries the same two words, and a full name never takes its
    id from a bare pair.
L4  "Иван Иванович Петров и его сын Иван Петров": a kin noun between the two names in one sentence makes them two
    persons.
M2  A bracket after a registry organisation was merged into it whatever body it named ("организации ООН (ФАО)",
    "при ООН (OHCHR)"); after a one-word name a bracketed owner was the name ("«Россия-24» (ВГТРК)").
L5  After a tagging mistake, a person's name or a product in brackets became the organisation ("Time Out Melbourne
    (Roberto Seba)", "Sinovac Biotech (CoronaVac)").
M3  The gazetteer's case-ending fallback ("изобретение Маска" → Маск) counted a capital as a sentence's only after a
    full stop: after a headline with no full stop or after an opening quote «Трасса»/«Трассу» was Liz Truss again.
"""
from __future__ import annotations

import pytest

from tests.nlp.conftest import article

# (title, text, two mentions as written that stay two actors)
TWO_ACTORS = [
    ("", "Ведущий Владимир Владимирович Познер взял интервью у Владимира Владимировича Путина. Владимир "
     "Владимирович ответил на вопросы.", "Владимир Владимирович Познер", "Владимира Владимировича Путина"),      # H1
    ("", "Михаил Сергеевич Горбачев и Михаил Сергеевич Иванов встретились. Михаил Сергеевич ответил на вопросы.",
     "Михаил Сергеевич Горбачев", "Михаил Сергеевич Иванов"),                                                    # H1
    ("", "Михаил Сергеевич Горбачев и Михаил Сергеевич Иванов встретились. Михаил Сергеевич ответил на вопросы.",
     "Михаил Сергеевич Иванов", "Михаил Сергеевич"),                                                             # H1
    ("", "Иван Иванович Петров и его сын Иван Петров приехали в город.", "Иван Иванович Петров", "Иван Петров"),  # L4
    ("", "Эксперты Продовольственной и сельскохозяйственной организации ООН (ФАО) заявили. Эксперты ФАО считают.",
     "ООН", "ФАО"),                                                                                               # M2
    ("", "Об этом сообщили специалисты по правам человека при ООН (OHCHR).", "ООН", "OHCHR"),                    # M2
    ("", "Об этом сообщили телеканалу «Россия-24» (ВГТРК). ВГТРК подтвердила.", "Россия-24", "ВГТРК"),         # M2
    ("", "Об этом пишет журнал Time Out Melbourne (Roberto Seba).", "Time Out Melbourne", "Roberto Seba"),       # L5
    ("", "Препарат компании Sinovac Biotech (CoronaVac) одобрен. CoronaVac безопасен.", "Sinovac Biotech",
     "CoronaVac"),                                                                                                # L5
    # guards
    ("", "Умер Михаил Сергеевич Боярский. Его сын Михаил Михайлович Боярский выступил.",
     "Михаил Сергеевич Боярский", "Михаил Михайлович Боярский"),
]
# (title, text, two mentions as written that are one actor): guards
SAME_ACTOR = [
    ("", "Михаил Сергеевич Горбачёв дал интервью. Михаил Сергеевич устал.", "Михаил Сергеевич Горбачёв",
     "Михаил Сергеевич"),
    ("", "Владимир Владимирович Познер дал интервью. Владимир Владимирович устал.", "Владимир Владимирович Познер",
     "Владимир Владимирович"),
    ("", "Умер писатель Юрий Бондарев. Юрий Васильевич Бондарев родился в 1924 году. Юрий Васильевич любил Москву.",
     "Юрий Бондарев", "Юрий Васильевич"),
    ("", "Иван Иванович Петров приехал в город. Иван Петров выступил.", "Иван Иванович Петров", "Иван Петров"),
    ("", "Антидопинговое агентство США (USADA) заявило о нарушении.", "Антидопинговое агентство США", "USADA"),
    ("", "Международный союз конькобежцев (ИСУ) принял решение. ИСУ отстранил спортсменку.",
     "Международный союз конькобежцев", "ИСУ"),
    ("", "Российская премьер-лига (РПЛ) приняла решение.", "Российская премьер-лига", "РПЛ"),
    ("", "«Мы довольны игрой», заявил клуб «Рома» (Roma Calcio).", "Рома", "Roma Calcio"),
    ("", "Концерт прошел в зале Медисон-сквер-гарден (Madison Square Garden) в Нью-Йорке.", "Медисон-сквер-гарден",
     "Madison Square Garden"),
    ("", "Вакцину разработали немецкая «Байонтек» (BioNTech) и американская «Пфайзер». BioNTech ответила.",
     "Байонтек", "BioNTech"),
    ("", "Список приведён на странице организации EURid (The European Registry of Internet Domain Names).", "EURid",
     "The European Registry of Internet Domain Names"),
    ("", "Новое правительство Пакистана Tehreek-e-Insaf (PTI), похоже, отступило.", "Tehreek-e-Insaf", "PTI"),
    ("", "Всемирная организация здравоохранения (ВОЗ) сообщила о вспышке.", "Всемирная организация здравоохранения",
     "ВОЗ"),
]
# (title, text, word as written, registry id the word must NOT link to)
NOT_LINKED = [
    ("Новости дня", "Трасса протяженностью 336 км соединит два города.", "Трасса", "per:liz-truss"),           # M3
    ("Новости дня", "Трассу «Таврида» проверили с помощью чашки кофе.", "Трассу", "per:liz-truss"),            # M3
    ("", "Губернатор сообщил: «Трасса М-12 откроется в декабре».", "Трасса", "per:liz-truss"),                  # M3
]
# (title, text, word as written, registry id it links to): guards
LINKED = [
    ("Новости дня", "Цены на изобретение Маска выросли.", "Маска", "per:elon-musk"),
    ("", "Глава МИД Лиз Трасс прилетела в Москву. Трасс заявила, что переговоры трудные.", "Трасс", "per:liz-truss"),
    ("", "Ведущий Владимир Владимирович Познер взял интервью у Владимира Владимировича Путина.",
     "Владимира Владимировича Путина", "per:vladimir-putin"),
]


def _seen(doc):
    return [(m.text, m.type, m.actor_id) for m in doc.mentions]


def _ids(doc, text):
    return {m.actor_id for m in doc.mentions if m.text == text and m.actor_id}


@pytest.mark.parametrize("title, text, one, other", TWO_ACTORS, ids=[f"{c[2]}|{c[3]}" for c in TWO_ACTORS])
def test_two_actors(nlp_pipeline, title, text, one, other):
    doc = nlp_pipeline(article(text, title=title))
    first, second = _ids(doc, one), _ids(doc, other)
    assert first and second and not first & second, _seen(doc)


@pytest.mark.parametrize("title, text, one, other", SAME_ACTOR, ids=[f"{c[2]}|{c[3]}" for c in SAME_ACTOR])
def test_one_actor(nlp_pipeline, title, text, one, other):
    doc = nlp_pipeline(article(text, title=title))
    first, second = _ids(doc, one), _ids(doc, other)
    assert len(first) == 1 and first == second, _seen(doc)


@pytest.mark.parametrize("title, text, word, actor_id", NOT_LINKED, ids=[c[1][:30] for c in NOT_LINKED])
def test_a_common_word_is_no_registry_name(nlp_pipeline, title, text, word, actor_id):
    doc = nlp_pipeline(article(text, title=title))
    assert not [m for m in doc.mentions if m.text == word and m.actor_id == actor_id], _seen(doc)


@pytest.mark.parametrize("title, text, word, actor_id", LINKED, ids=[c[2] for c in LINKED])
def test_a_registry_name_still_links(nlp_pipeline, title, text, word, actor_id):
    doc = nlp_pipeline(article(text, title=title))
    assert [m for m in doc.mentions if m.text == word and m.actor_id == actor_id], _seen(doc)
