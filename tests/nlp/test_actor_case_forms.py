"""One actor per person across case forms; names that run across sentences.

Tables of made-up sentences (no gold documents): a person's canonical name
is nominative even when the text only has oblique forms, one person keeps
one actor across case forms, and names and sentences are cut where the text
is glued together.
"""
from __future__ import annotations

import pytest

from khronika.nlp import natasha_adapter as nat
from khronika.nlp.actors import same_full_name, same_word_form
from khronika.nlp.components import Segment
from khronika.nlp.doc import Doc
from khronika.nlp.ner_rules import RawSpan, split_at_sentences, split_stacked_quoted_names
from khronika.nlp.sentence_splits import refine
from tests.nlp.conftest import article


def run(pipeline, text: str) -> Doc:
    return pipeline(article(text))


# ---- canonical names of persons seen only in oblique cases ----

PERSON_NAMES = [
    # (sentence, surface of the name, expected canonical name)
    ("Встреча с Линасом Линкявичюсом прошла в Вильнюсе.", "Линасом Линкявичюсом", "Линас Линкявичюс"),
    ("Памятник Юрию Долгорукому стоит в центре города.", "Юрию Долгорукому", "Юрий Долгорукий"),
    ("Песни Джоанны Стингрей слушали все.", "Джоанны Стингрей", "Джоанна Стингрей"),
    ("Фильм, снятый Уильямом Фридкином, вышел давно.", "Уильямом Фридкином", "Уильям Фридкин"),
    ("Журналисты поговорили с Сергеем Рязанским после полёта.", "Сергеем Рязанским", "Сергей Рязанский"),
    ("Мы поздравили Эдгарда Запашного с премьерой.", "Эдгарда Запашного", "Эдгард Запашный"),
    # nominative names stay as written
    ("Лера Кудрявцева вышла на сцену.", "Лера Кудрявцева", "Лера Кудрявцева"),
    ("Анна Ованнисян выступила в Ереване.", "Анна Ованнисян", "Анна Ованнисян"),
]


@pytest.mark.parametrize("sentence,surface,expected", PERSON_NAMES)
def test_person_canonical_name(nlp_pipeline, sentence, surface, expected):
    doc = run(nlp_pipeline, sentence)
    mention = next(m for m in doc.mentions if m.text == surface)
    assert mention.type == "PER"
    assert doc.actor(mention.actor_id).name == expected


ONE_ACTOR = [
    # (text, surfaces that must share one actor, its name)
    ("Концерт открыл Линас Линкявичюс. Зрители долго аплодировали Линасу Линкявичюсу.",
     ["Линас Линкявичюс", "Линасу Линкявичюсу"], "Линас Линкявичюс"),
    ("Премию вручили Эдгарду Запашному. Позже Запашный поблагодарил зрителей.",
     ["Эдгарду Запашному", "Запашный"], "Эдгард Запашный"),
]


@pytest.mark.parametrize("text,surfaces,name", ONE_ACTOR)
def test_one_actor_across_case_forms(nlp_pipeline, text, surfaces, name):
    doc = run(nlp_pipeline, text)
    ids = {m.actor_id for m in doc.mentions if m.text in surfaces}
    assert len(ids) == 1
    assert doc.actor(ids.pop()).name == name


# ---- the word matching behind in-document merging ----

WORD_FORMS = [
    ("Сона", "Соной", True),
    ("Фридкин", "Фридкином", True),
    ("Петров", "Петрова", True),
    ("Иванов", "Ивановский", False),
    ("Марк", "Мария", False),
    ("Юрий", "Юрий", True),
]


@pytest.mark.parametrize("a,b,same", WORD_FORMS)
def test_same_word_form(a, b, same):
    assert same_word_form(a, b) is same


FULL_NAMES = [
    ("Сона Ованнисян", "Соной Ованнисян", True),
    ("Линас Линкявичюс", "Линас Линкявичюсом", True),
    ("Сергей Лавров", "Сергей Лавровский", False),
    ("Лавров", "Лаврова", False),  # surnames alone are linked elsewhere, by lemma
    ("Анна Петрова", "Иван Петров", False),
]


@pytest.mark.parametrize("a,b,same", FULL_NAMES)
def test_same_full_name(a, b, same):
    assert same_full_name(a, b) is same


def test_person_normal_leaves_latin_names_alone(nlp_resources):
    vocab = nat.morph_vocab(nlp_resources)
    doc = Doc.from_article(article("Письмо получил John Smith."))
    Segment()(doc)
    first, last = doc.token_span(doc.text.index("John"), doc.text.index("Smith") + 5)
    assert nat.person_normal(vocab, doc.tokens[first:last]) is None


# ---- sentences glued together ----

SENTENCE_SPLITS = [
    ("Он ушёл домой.Она пришла позже.", ["Он ушёл домой.", "Она пришла позже."]),
    ("Об этом сообщил ТАСС.По его словам, всё хорошо.", ["Об этом сообщил ТАСС.", "По его словам, всё хорошо."]),
    ("Фрегат прибыл в порт\u2028Фрегат вошёл в гавань утром.", ["Фрегат прибыл в порт", "Фрегат вошёл в гавань утром."]),
    # abbreviations, initials and numbers are no sentence ends
    ("Дом стоит на ул.Ленина в г.Москва.", ["Дом стоит на ул.Ленина в г.Москва."]),
    ("Поэму написал А.Пушкин давно.", ["Поэму написал А.Пушкин давно."]),
    ("Цена выросла на 2.5 процента.", ["Цена выросла на 2.5 процента."]),
    ("Тираж составил 5 тыс.Экземпляры раскупили.", ["Тираж составил 5 тыс.Экземпляры раскупили."]),
    # agency datelines ending in a dash are no part of the sentence
    ("INTERFAX.RU - Суд вынес запрет, сообщила газета.", ["INTERFAX.RU -", "Суд вынес запрет, сообщила газета."]),
    ("Москва (Рейтер) - Цены на нефть выросли.", ["Москва (Рейтер) -", "Цены на нефть выросли."]),
    ("(ТАСС) — «Всё будет хорошо», — сказал он.", ["(ТАСС) —", "«Всё будет хорошо», — сказал он."]),
    # a dash inside the sentence, or no agency before it, splits nothing
    ("Суд - высшая инстанция, сообщил INTERFAX.RU.", ["Суд - высшая инстанция, сообщил INTERFAX.RU."]),
    ("Москва - столица России.", ["Москва - столица России."]),
    ("ТАСС - крупнейшее агентство.", ["ТАСС - крупнейшее агентство."]),
    # (rv33_Q C4) a «;» inside brackets ends no sentence; one outside them still does
    ("Он умер в городе Розенхайме (Бавария; Германия) в кругу семьи.",
     ["Он умер в городе Розенхайме (Бавария; Германия) в кругу семьи."]),
    ("Цены выросли (см. таблицу); Инфляция ускорилась.", ["Цены выросли (см. таблицу);", "Инфляция ускорилась."]),
]


@pytest.mark.parametrize("text,expected", SENTENCE_SPLITS)
def test_glued_sentences(text, expected):
    assert [text[a:b] for a, b in refine(text, nat.sentences(text))] == expected


def test_segment_uses_the_refined_sentences():
    doc = Doc.from_article(article("Он ушёл домой.Она пришла позже."))
    Segment()(doc)
    assert [s.text for s in doc.sentences] == ["Он ушёл домой.", "Она пришла позже."]
    assert [t.text for t in doc.sentence_tokens(1)][:2] == ["Она", "пришла"]


# ---- names cut where the text is glued ----

def _doc(text: str) -> Doc:
    doc = Doc.from_article(article(text))
    Segment()(doc)
    return doc


def test_name_is_cut_at_a_sentence_boundary():
    doc = _doc("Фрегат прибыл на Кипр\u2028Фрегат вошёл в гавань.")
    start = doc.text.index("Кипр")
    spans = split_at_sentences(doc, [RawSpan(start, doc.text.index(" вошёл"), "LOC")])
    assert [doc.text[s.start:s.stop] for s in spans] == ["Кипр", "Фрегат"]


STACKED = [
    ("Офис «Вестинформа» Медиахолдинг «Вестинформ» заявил об этом.",
     "Офис «Вестинформа» Медиахолдинг «Вестинформ»", ["Офис «Вестинформа»", "Медиахолдинг «Вестинформ»"]),
    ("Концерн «Северсталь» заявил об этом.", "Концерн «Северсталь»", ["Концерн «Северсталь»"]),
]


@pytest.mark.parametrize("text,surface,expected", STACKED)
def test_stacked_quoted_names(nlp_pipeline, text, surface, expected):
    doc = run(nlp_pipeline, text)  # morphology marks the capitalised common noun
    start = doc.text.index(surface)
    spans = split_stacked_quoted_names(doc, [RawSpan(start, start + len(surface), "ORG")])
    assert [doc.text[s.start:s.stop] for s in spans] == expected


# ---- organisations: descriptors and abbreviations tied to the name ----

ORG_LINKS = [
    # (text, surface that must resolve, surface of the named organisation)
    ("Фармацевтическая компания «Нордфарм» отозвала препарат. Компания объяснила, что проверит партии.",
     "Компания", "Нордфарм"),
    ("Об отзыве сообщили в Управлении по контролю лекарственных средств. "
     "Британский регулятор отмечает, что решение было превентивным.",
     "Британский регулятор", "Управлении по контролю лекарственных средств"),
    # introduced with a head noun once, named bare just before the descriptor
    ("Пилоты лоукостера «Аэросвит» объявили забастовку. Накануне «Аэросвит» раскрыл их зарплаты. "
     "Авиакомпания сказала, что наймёт новых пилотов.", "Авиакомпания", "Аэросвит"),
]


@pytest.mark.parametrize("text,descriptor,name", ORG_LINKS)
def test_descriptor_refers_to_named_organisation(nlp_pipeline, text, descriptor, name):
    doc = run(nlp_pipeline, text)
    named = next(m for m in doc.mentions if m.text == name)
    start = doc.text.rindex(descriptor)
    linked = [m for m in doc.mentions if m.start == start and m.actor_id]
    assert linked and linked[0].actor_id == named.actor_id


NOT_LINKED = [
    # a descriptor followed by its own name, and a descriptor with nothing compatible before it
    "Компания «Северный ветер» открыла рейс. Компания «Южный ветер» его закрыла.",
    "Министр выступил в Государственной думе. Компания заявила о планах.",
    # an organisation never introduced with a compatible head noun
    "Накануне «Аэросвит» раскрыл зарплаты пилотов. Авиакомпания сказала, что наймёт новых.",
]


@pytest.mark.parametrize("text", NOT_LINKED)
def test_descriptor_without_antecedent_is_left_alone(nlp_pipeline, text):
    doc = run(nlp_pipeline, text)
    assert not [m for m in doc.mentions if m.source == "descriptor"]


def test_abbreviation_in_brackets_is_the_same_organisation(nlp_pipeline):
    doc = run(nlp_pipeline, "Федеральная антимонопольная служба (ФАС) возбудила дело. ФАС ждёт ответа.")
    ids = {m.actor_id for m in doc.mentions if m.type in ("ORG", "MEDIA")}
    assert len(ids) == 1


# ---- a body's name running through another's abbreviation and a tail ----

BODY_NAMES = [
    # (text, the mention's text, its normal form)
    ("Сотрудники Главного управления МВД по Самарской области задержали подозреваемого.",
     "Главного управления МВД по Самарской области", "Главное управление МВД по Самарской области"),
    # the parse hangs the name on its own tail: the first noun is still the head
    ("Указ уволил начальника Управления по контролю за оборотом наркотиков Главного управления МВД по Москве "
     "Юрия Девяткина.", "Главного управления МВД по Москве", "Главное управление МВД по Москве"),
    # a regional branch "по" a place the tagger found, whatever the place's first word
    ("В УФСБ по Свердловской области возбудили дело.", "УФСБ по Свердловской области", "УФСБ по Свердловской области"),
    ("В МВД по Республике Татарстан сообщили о задержании.", "МВД по Республике Татарстан",
     "МВД по Республике Татарстан"),
    # a unit's abbreviation takes the body after it
    ("Об этом сообщили в региональном ГУ МЧС.", "ГУ МЧС", "ГУ МЧС"),
    ("В ГСУ СК по Москве возбудили дело.", "ГСУ СК по Москве", "ГСУ СК по Москве"),
    # a capitalised participle the tagger reads as a verb is the name's first word
    ("Об этом сообщили в Объединенной судостроительной корпорации.", "Объединенной судостроительной корпорации",
     "Объединённая судостроительная корпорация"),
]


@pytest.mark.parametrize("text,surface,normal", BODY_NAMES)
def test_body_name_through_abbreviation_and_tail(nlp_pipeline, text, surface, normal):
    doc = run(nlp_pipeline, text)
    found = [m for m in doc.mentions if m.text == surface]
    assert found and found[0].normal == normal
    # no second mention cut from the same name
    start = doc.text.index(surface)
    assert not [m for m in doc.mentions if m.type == "ORG" and start < m.start < start + len(surface)
                and m.stop == start + len(surface)]


def test_descriptor_joined_to_a_name_does_not_name_the_actor(nlp_pipeline):
    # "Следственное управление" joins the abbreviation after it: one actor, named by the name
    doc = run(nlp_pipeline, "Следственное управление ГКЖЛ возбудило дело.")
    ids = {m.actor_id for m in doc.mentions if m.type == "ORG"}
    assert len(ids) == 1
    assert doc.actor(ids.pop()).name == "ГКЖЛ"


# ---- a genitive name after a role is whose role it is, not who holds it ----

@pytest.mark.parametrize("text,holder,not_holder", [
    ("Суд арестовал Ивана Петрова. Адвокат Петрова Олег Смирнов обжалует решение.", "Олег Смирнов", "Иван Петров"),
    ("Врач Сидорова Анна Козлова осмотрела пациентку.", "Анна Козлова", None),
])
def test_possessor_after_a_role_does_not_take_it(nlp_pipeline, text, holder, not_holder):
    doc = run(nlp_pipeline, text)
    roles = {a.name: a.roles for a in doc.actors}
    assert any(r.startswith(("адвокат", "врач")) for r in roles.get(holder, []))
    if not_holder:
        assert not roles.get(not_holder)
