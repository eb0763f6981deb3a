"""NER round n1: organisation names — quoted names an organisation noun
classes, quoted names a thing noun classes, body nouns nested in a name,
parenthesised aliases, place names in guillemets.
Designed on NEREL train (documents 200-499); tables of made-up sentences,
real models.  Each rule's cases fail on the code before the round; the
negatives pin what the rules must leave alone."""
from __future__ import annotations

import pytest

from khronika.eval.ner import doc_for_text
from khronika.nlp.pipeline import Pipeline



def _found(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.run(doc_for_text(text))
    return [(m.text, "ORG" if m.type in ("ORG", "MEDIA") else m.type) for m in doc.mentions]


# A capitalised quoted name an organisation noun classes, before it or as the
# predicate of "является" after it: sentence → organisation mentions that must be there.
QUOTED_ORGS = [
    ("«Танкер», которая является оператором судна, назвала задержание незаконным.", ["Танкер"]),
    ("«Танкер», которая является оператором судна. «Танкер» назвала задержание незаконным.", ["Танкер", "Танкер"]),
    ("«Северный путь» является крупнейшим перевозчиком региона.", ["Северный путь"]),
    ("В квартиру соавтора видеоблога «Немагия» пришли с обыском.", ["Немагия"]),
    ("Ранее телеграм-канал «Опер слил» сообщал об обысках.", ["Опер слил"]),
    ("Она руководила благотворительным фондом \"Дорога будущего\".", ["Дорога будущего"]),
]

# Quoted capitalised words the rule leaves alone: no class noun, a thing noun, a person's name.
NOT_QUOTED_ORGS = [
    ("Он сказал «Привет» и ушёл.", "Привет"),
    ("Бабушка испекла пирог «Наполеон» к празднику.", "Наполеон"),
    ("«Весна», которая является любимым временем года, пришла рано.", "Весна"),
]

# A quoted name after a noun for a work, prize, substance, event or venue is no
# organisation, there and wherever it recurs in the document.
NAMED_THINGS = [
    ("Актёра лишили премии «Эмми» на фоне обвинений. Он получил «Эмми» в 2010 году.", "Эмми"),
    ("Врач прописал певцу анестетик «Пропофол» для сна. «Пропофол» не был одобрен.", "Пропофол"),
    ("Матч прошёл на стадионе «Лужники» в Москве.", "Лужники"),
    ("Лучшим фильмом признана картина «Артист».", "Артист"),
]

# A body's noun opening a longer organisation's name is the short name nested in it
# (ORG_CORE, never an actor): sentence, the noun.
NESTED_BODIES = [
    ("Правительство Германии не прекратит сотрудничество.", "Правительство"),
    ("Полиция Лас-Вегаса задержала подозреваемого.", "Полиция"),
    ("Депутаты парламента Словении отправили кабинет в отставку.", "парламента"),
]

# Left alone: a bare noun (no name it opens), nouns NEREL seldom nests, a noun inside a name.
NOT_NESTED_BODIES = [
    ("Полиция задержала подозреваемого в субботу.", "Полиция"),
    ("Решение может обжаловать прокуратура Милана.", "прокуратура"),
    ("Заседание прошло в здании правительства.", "правительства"),
]


@pytest.mark.parametrize("text,names", QUOTED_ORGS)
def test_quoted_name_classed_by_organisation_noun(ner_pipeline, text, names):
    found = _found(ner_pipeline, text)
    assert [t for t, type_ in found if type_ == "ORG"] == names, found


@pytest.mark.parametrize("text,name", NOT_QUOTED_ORGS)
def test_quoted_words_left_alone(ner_pipeline, text, name):
    assert (name, "ORG") not in _found(ner_pipeline, text)


@pytest.mark.parametrize("text,name", NAMED_THINGS)
def test_named_things_are_not_organisations(ner_pipeline, text, name):
    found = _found(ner_pipeline, text)
    assert not any(t.startswith(name) and type_ == "ORG" for t, type_ in found), found


@pytest.mark.parametrize("text,name", NESTED_BODIES)
def test_body_noun_nested_in_organisation(ner_pipeline, text, name):
    doc = ner_pipeline.run(doc_for_text(text))
    mentions = [(m.text, m.type, m.actor_id) for m in doc.mentions]
    assert (name, "ORG_CORE", None) in mentions, mentions
    assert any(m.type == "ORG" and m.text.startswith(name) and len(m.text) > len(name) for m in doc.mentions)


@pytest.mark.parametrize("text,name", NOT_NESTED_BODIES)
def test_body_noun_left_alone(ner_pipeline, text, name):
    doc = ner_pipeline.run(doc_for_text(text))
    assert (name, "ORG_CORE") not in [(m.text, m.type) for m in doc.mentions]
    assert (name, "ORG") not in [(m.text, m.type) for m in doc.mentions]


# A foreign name or an abbreviation in parentheses right after an organisation names it again.
PAREN_ALIASES = [
    ("Американская фирма «Спейс адвентчерс» (Space Adventures) организовала полёт.", "Space Adventures"),
    ("Сеть ресторанов «Бургер Кинг» (Burger King) предложила ему работу.", "Burger King"),
    ("Комиссия по ценным бумагам и биржам (SEC) начала проверку.", "SEC"),
]

# Parentheses the alias rule leaves alone: a state, a person's Latin name.
NOT_PAREN_ALIASES = [
    ("Министерство обороны (США) сообщило о потерях.", "США"),
    ("Гендиректор «Газпрома» Алексей Миллер (Alexey Miller) выступил.", "Alexey Miller"),
]

# A place's name in guillemets names a club or a company; after a facility noun it stays apart.
QUOTED_PLACES = [
    ("Он вышел на поле в кубковом матче с «Краснодаром» и забил.", "Краснодаром"),
    ("Полузащитник испанской «Барселоны» получил травму.", "Барселоны"),
    ("Роналду обошёл Лионеля Месси («Барселона») в голосовании.", "Барселона"),
]
NOT_QUOTED_PLACES = [
    ("Пострадавшим на остановке у метро «Сходненская» оказали помощь.", "Сходненская"),
    ("Клуб стартовал в соревнованиях зоны «Москва» в 2017 году.", "Москва"),
    ("Он вернулся в Краснодар в пятницу.", "Краснодар"),
]


@pytest.mark.parametrize("text,name", PAREN_ALIASES)
def test_parenthesised_alias_of_an_organisation(ner_pipeline, text, name):
    assert (name, "ORG") in _found(ner_pipeline, text)


@pytest.mark.parametrize("text,name", NOT_PAREN_ALIASES)
def test_parentheses_left_alone(ner_pipeline, text, name):
    assert (name, "ORG") not in _found(ner_pipeline, text)


@pytest.mark.parametrize("text,name", QUOTED_PLACES)
def test_quoted_place_name_is_an_organisation(ner_pipeline, text, name):
    found = _found(ner_pipeline, text)
    assert (name, "ORG") in found and (name, "LOC") not in found and (name, "GPE") not in found, found


@pytest.mark.parametrize("text,name", NOT_QUOTED_PLACES)
def test_place_names_stay_places(ner_pipeline, text, name):
    assert (name, "ORG") not in _found(ner_pipeline, text)
