"""Helper na (twentieth session, review rv20_Q): registry roles outside the registry's period,
a holder the article names for the registry's office, sentence-initial common words taken for
names, declined acronyms and unknown declined registry aliases."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import article, assert_role_resolves

# ---- H1: a registry role resolves to the registry holder only within 2017-2024, and a holder
# the article names for the same office wins ------------------------------------------------

# (text, published, role phrase as written, expected actor id or None = no registry person)
ROLES = [
    # the article names another holder of the registry's office
    ("Генеральный секретарь ООН Пан Ги Мун прибыл на Кипр. Генсек ООН прибыл в Никосию.",
     "2010-01-31T12:00:00+03:00", "Генсек ООН", "per:ban-ki-moon"),
    ("Генеральный секретарь ООН Пан Ги Мун прибыл на Кипр. Генсек ООН прибыл в Никосию.",
     None, "Генсек ООН", "per:ban-ki-moon"),
    ("Президент России Дмитрий Медведев прибыл в Сочи. Глава государства провел совещание.",
     "2009-05-15T12:00:00+04:00", "Глава государства", "per:dmitry-medvedev"),
    # outside the registry's period, nobody named: no registry person
    ("Генсек ООН прибыл на Кипр, чтобы помочь мирным переговорам.",
     "2010-01-31T12:00:00+03:00", "Генсек ООН", None),
    ("Начальник Генштаба ВС России посетил учения.", "2005-03-01T12:00:00+03:00", "Начальник Генштаба", None),
    # undated, but every year written is before 2017
    ("В 2010 году генсек ООН прибыл на Кипр, чтобы помочь мирным переговорам.",
     None, "генсек ООН", None),
    # guards: inside the period, undated without years, or the holder named himself
    ("Генсек ООН прибыл на Кипр, чтобы помочь мирным переговорам.",
     "2021-01-31T12:00:00+03:00", "Генсек ООН", "per:antonio-guterres"),
    ("Генсек ООН прибыл на Кипр, чтобы помочь мирным переговорам.", None, "Генсек ООН", "per:antonio-guterres"),
    ("В 2019 году генсек ООН прибыл на Кипр, а в 2014 году там не был.", None, "генсек ООН",
     "per:antonio-guterres"),
    ("Владимир Путин провел совещание. Президент России поручил правительству доработать закон.",
     "2015-06-01T12:00:00+03:00", "Президент России", "per:vladimir-putin"),
    ("Президент России поручил правительству доработать закон.", "2020-06-01T12:00:00+03:00",
     "Президент России", "per:vladimir-putin"),
]


@pytest.mark.parametrize("text, published, role, expected", ROLES,
                         ids=[f"{c[2]}-{c[1] or 'undated'}-{c[3]}" for c in ROLES])
def test_registry_roles_hold_in_their_period_and_yield_to_a_named_holder(nlp_pipeline, text, published, role,
                                                                          expected):
    assert_role_resolves(nlp_pipeline(article(text, published=published)), role, expected)


# ---- M1 and actor class 2: a sentence's first word is no name for its capital alone --------

# (title, text, word as written that must not be an entity)
COMMON_INITIALS = [
    ("Вакцинация в Саратове", "Жители пришли на прививку. «Рады, честно говоря, рады», — признается Мария Волошина.",
     "Рады"),
    ("Полиция направила дело \"минера\" столичного метро в суд",
     "Как передает Укринформ, об этом сообщается на сайте Нацполиции.", "Как"),
    ("Палестинцы связывают надежды с признанием ООН их государственности",
     "Воскресное заседание кабинета министров глава правительства Израиля Биньямин Нетаньяху провел в Старом "
     "городе, а не в традиционном месте в Западном Иерусалиме.", "Воскресное"),
    ("Присяжные оправдали мужчину, который обвинялся в убийстве активиста в Серпухове",
     "Неприязнь возникла после ДТП, которое устроил антикоррупционер Дмитрий Грибов\n\nМосковская область 982",
     "Неприязнь"),
    ("Вакцинация от коронавируса в России: противопоказания и особенности прививки от Covid",
     "Аналитика\n\nПрививка от коронавируса «Спутник V» — когда начнется массовая вакцинация.", "Аналитика"),
]
# (text, word as written that stays an entity, its type)
KEPT_INITIALS = [
    ("Рада приняла закон о языке.", "Рада", "ORG"),
    ("Волков заявил о давлении на штаб.", "Волков", "PER"),
    ("Песков заявил журналистам, что Кремль не комментирует.", "Песков", "PER"),
    ("Сбербанк снизил ставки по вкладам.", "Сбербанк", "ORG"),
    ("Москва приняла решение о новых мерах.", "Москва", "LOC"),
    ("Вера Брежнева выступила в Киеве.", "Вера Брежнева", "PER"),
]


@pytest.mark.parametrize("title, text, word", COMMON_INITIALS, ids=[c[2] for c in COMMON_INITIALS])
def test_a_sentence_initial_common_word_is_no_name(nlp_pipeline, title, text, word):
    doc = nlp_pipeline(article(text, title=title))
    assert not [m for m in doc.mentions if m.text == word], [(m.text, m.type, m.actor_id) for m in doc.mentions]


@pytest.mark.parametrize("text, word, type_", KEPT_INITIALS, ids=[c[1] for c in KEPT_INITIALS])
def test_a_sentence_initial_name_stays(nlp_pipeline, text, word, type_):
    doc = nlp_pipeline(article(text))
    assert [m for m in doc.mentions if m.text == word and m.type == type_], \
        [(m.text, m.type, m.actor_id) for m in doc.mentions]


# ---- actor class 1: normal forms of declined acronyms and unknown declined aliases ---------

# (text, mention as written, expected normal form or actor id)
NORMALS = [
    ("Представитель МИДа заявил, что ответ будет.", "МИДа", "МИД"),
    ("Вакцинация проходит в ГУМе.", "ГУМе", "ГУМ"),
    ("Глава ЦИКа Элла Памфилова выступила.", "ЦИКа", "ЦИК"),
    # guards
    ("Сотрудники ФСБ задержали его.", "ФСБ", "ФСБ"),
    ("Заявление Роскомнадзора вышло.", "Роскомнадзора", "Роскомнадзор"),
]
IDS = [
    ("Законопроект поступил в Совфед. В Совфеде его рассмотрят в среду.", "Совфеде", "org:federation-council"),
    ("В Совфеде законопроект рассмотрят в среду.", "Совфеде", "org:federation-council"),
]


@pytest.mark.parametrize("text, written, normal", NORMALS, ids=[c[1] for c in NORMALS])
def test_declined_acronym_normal_form(nlp_pipeline, text, written, normal):
    doc = nlp_pipeline(article(text))
    assert [m.normal for m in doc.mentions if m.text == written and m.type != "ROLE"] == [normal], \
        [(m.text, m.type, m.normal) for m in doc.mentions]


@pytest.mark.parametrize("text, written, actor_id", IDS, ids=[c[1] for c in IDS])
def test_unknown_declined_alias_links_to_the_registry(nlp_pipeline, text, written, actor_id):
    doc = nlp_pipeline(article(text))
    assert [m.actor_id for m in doc.mentions if m.text == written] == [actor_id], \
        [(m.text, m.type, m.actor_id) for m in doc.mentions]
