"""Table tests: one sentence in, the events the coder must find out."""
from __future__ import annotations

import pytest

from khronika.nlp.doc import Event


def _names(actors) -> set[str]:
    return {a.name for a in actors}


def _find(events: list[Event], type_: str) -> Event:
    found = [e for e in events if e.type == type_]
    assert found, f"no {type_} in {[(e.type, _names(e.source_actors), _names(e.target_actors)) for e in events]}"
    return found[0]


# sentence, type, mode, participants/source, target (None = symmetric, compare the union)
CASES = [
    ("Президент России Владимир Путин и президент Франции Эммануэль Макрон провели телефонный разговор.",
     "CONSULT", "phone", {"Владимир Путин", "Эммануэль Макрон"}, None),
    ("Вопрос обсуждался на российско-американских переговорах в Женеве.",
     "CONSULT", "talks", {"Россия", "США"}, None),
    ("26 января США передали России ответ на предложения Москвы.",
     "COOPERATE", "written-response", {"США"}, {"Россия"}),
    ("Россия требовала, чтобы НАТО исключило дальнейшее расширение альянса.",
     "REQUEST", None, {"Россия"}, {"НАТО"}),
    ("Великобритания ввела санкции против России.", "SANCTION", "sanctions", {"Великобритания"}, {"Россия"}),
    ("Полиция задержала Алексея Навального.", "COERCE", "arrest", {"полиция"}, {"Алексей Навальный"}),
    ("Сергей Лавров обвинил Вашингтон во вмешательстве.", "ACCUSE", None, {"Сергей Лавров"}, {"США"}),
    ("Япония выразила решительный протест России.", "ACCUSE", None, {"Япония"}, {"Россия"}),
    ("Нападавшие на Леонида Волкова задержаны в Польше", "COERCE", "arrest", {"Польша"},
     {"Нападавшие на Леонида Волкова"}),
]


@pytest.mark.parametrize("text, type_, mode, source, target", CASES)
def test_sentence(code_sentence, text: str, type_: str, mode: str | None, source: set[str], target: set[str] | None) -> None:
    event = _find(code_sentence(text).events, type_)
    assert event.mode == mode
    if target is None:
        assert _names(event.source_actors) | _names(event.target_actors) == source
    else:
        assert _names(event.source_actors) == source
        assert _names(event.target_actors) == target


def test_negated(code_sentence) -> None:
    event = _find(code_sentence("Путин не встретился с Байденом.").events, "CONSULT")
    assert event.negated and not event.hypothetical


def test_hypothetical_and_location(code_sentence) -> None:
    event = _find(code_sentence("Лавров встретится с Блинкеном в Женеве.").events, "CONSULT")
    assert event.hypothetical
    assert event.location is not None and event.location.name == "Женева"


def test_date_from_text_and_from_article(code_sentence) -> None:
    dated = _find(code_sentence("26 января США передали России ответ.").events, "COOPERATE")
    assert (dated.date, dated.date_granularity, dated.date_from_article) == ("2022-01-26", "day", False)
    undated = _find(code_sentence("Великобритания ввела санкции против России.").events, "SANCTION")
    assert (undated.date, undated.date_from_article) == ("2022-01-28", True)


def test_event_offsets_point_at_the_trigger(code_sentence) -> None:
    doc = code_sentence("Великобритания ввела санкции против России.")
    event = _find(doc.events, "SANCTION")
    assert doc.text[event.start:event.stop] == event.trigger
    assert event.cameo == "16"
    assert 0 < event.confidence <= 1


def test_no_event_without_actors(code_sentence) -> None:
    assert code_sentence("Главной темой беседы стал вопрос безопасности.").events == []


# Round 2 rules (issue 5): a broader lexicon, representative nouns, "попасть под обстрел",
# pronoun antecedents and carried-over subjects.  Sentences written for the tests, not from the gold.
ROUND2_CASES = [
    # representatives stand for the state they represent; negated agreement still typed AGREE
    ("Представители Киева и Москвы не смогли договориться об обмене пленными.",
     "AGREE", "agree", {"Украина", "Россия"}, None),
    # an unnamed head of a body stands for the body
    ("Глава МИД Германии раскритиковал США.", "ACCUSE", None, {"МИД Германии"}, {"США"}),
    ("Франция и Германия обсудили с Польшей ситуацию.", "CONSULT", "talks", {"Франция", "Германия", "Польша"}, None),
    ("Следственный комитет возбудил уголовное дело против Ивана Жданова.",
     "ACCUSE", None, {"Следственный комитет России"}, {"Иван Жданов"}),
    ("Полиция оштрафовала Ивана Жданова.", "COERCE", None, {"полиция"}, {"Иван Жданов"}),
    ("Армения отозвала посла из Азербайджана.", "SANCTION", "break-relations", {"Армения"}, {"Азербайджан"}),
    ("Роскомнадзор заблокировал Twitter.", "COERCE", "censor", {"Роскомнадзор"}, {"Twitter"}),
    ("Суд отклонил ходатайство России.", "REJECT", None, {"суд"}, {"Россия"}),
]


@pytest.mark.parametrize("text, type_, mode, source, target", ROUND2_CASES)
def test_round2_sentence(code_sentence, text: str, type_: str, mode: str | None, source: set[str],
                         target: set[str] | None) -> None:
    test_sentence(code_sentence, text, type_, mode, source, target)




# paragraph, type, source, target: arguments found across sentences
ACROSS_SENTENCES = [
    # object pronoun → the nearest named person of the previous sentences
    ("Иван Петров вышел на пикет у здания суда. Полиция задержала его через час.",
     "COERCE", {"полиция"}, {"Иван Петров"}),
    # subject pronoun → an earlier subject; object pronoun → a participant, not a possessor
    ("Глава МИД Украины Павел Климкин призывает ЕС принять санкции против Герхарда Шрёдера. "
     "В интервью газете он назвал его «путинским лоббистом».", "ACCUSE", {"Павел Климкин"}, {"Герхард Шрёдер"}),
    ("Министр иностранных дел Германии Хайко Маас прибыл в Москву. Он встретился с Сергеем Лавровым.",
     "CONSULT", {"Хайко Маас"}, {"Сергей Лавров"}),
    # an elided subject carried over from the previous sentence
    ("Павел Климкин прибыл в Берлин. Вечером встретился с Хайко Маасом.", "CONSULT", {"Павел Климкин"}, {"Хайко Маас"}),
    # plural subject pronoun → the previous sentence's plural subject (a group)
    ("Пилоты Ryanair объявили забастовку. Они требуют повышения зарплат.", "REQUEST", {"пилот Ryanair"}, {"Ryanair"}),
    # possessive pronoun of a nominal trigger
    ("Иван Голунов был задержан в Москве. Полиция объяснила его задержание подозрением в сбыте наркотиков.",
     "COERCE", {"полиция"}, {"Иван Голунов"}),
]


@pytest.mark.parametrize("text, type_, source, target", ACROSS_SENTENCES)
def test_across_sentences(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    events = [e for e in code_paragraph(text).events if e.type == type_]
    assert any(_names(e.source_actors) == source and _names(e.target_actors) == target for e in events), \
        [(e.type, _names(e.source_actors), _names(e.target_actors)) for e in code_paragraph(text).events]


def test_attack_suffered_by_a_group(code_sentence) -> None:
    event = _find(code_sentence("Сотрудники Красного Креста попали под обстрел ВСУ.").events, "ASSAULT")
    assert event.source_actors and event.source_actors[0].actor_id == "org:afu"
    assert event.target_actors and "Красного Креста" in event.target_actors[0].name


def test_bare_people_are_not_actors(code_sentence) -> None:
    """"5 человек", "мужчина": nobody identifiable, so no event (the guide codes identifiable actors)."""
    events = code_sentence("Полиция задержала 5 человек.").events
    assert not [e for e in events if e.type == "COERCE"]


# Round 3: paragraph, type, source, target
ROUND3_ACROSS = [
    # an agentless sentence comes from a court: "суд <state>" with the state the story is about
    ("Журналист Иван Петров вернулся в Киев. Ранее в России его приговорили к 5 годам тюрьмы.",
     "COERCE", {"суд России"}, {"Иван Петров"}),
    # ... or the court named in this or the previous sentence
    ("Басманный суд рассмотрел дело блогера Олега Смирнова. Смирнов осуждён на 3 года.",
     "COERCE", {"Басманный суд Москвы"}, {"Олег Смирнов"}),  # the registry's canonical name
    # a title noun the document put before a person's name refers back to that person
    ("Президента Египта Али Хасана свергли в 2013 году. Позже бывшего президента приговорили к 20 годам тюрьмы.",
     "COERCE", {"суд Египта"}, {"Али Хасан"}),
    # "новые власти" without a state: the state the story is about
    ("Президента Египта Али Хасана свергли в 2013 году. Он был арестован новыми властями.",
     "COERCE", {"Египет"}, {"Али Хасан"}),
    # ... but "сербские власти" are Serbia's
    ("Международный трибунал приговорил генерала Ратко Младича. В 2011 году сербские власти арестовали его.",
     "COERCE", {"Сербия"}, {"Ратко Младич"}),
    # staff striking or demanding without a named employer: the organisation the story is about
    ("Авиакомпания Ryanair отменила рейсы. Ryanair ведёт переговоры с профсоюзом. Пилоты требуют повышения зарплат.",
     "REQUEST", {"пилот Ryanair"}, {"Ryanair"}),
    # the target named as a thing ("его доводы", "сана кардинала") is its owner
    ("Министр Джон Смит предложил новый план. Премьер-министр Мэри Браун не согласилась с его доводами.",
     "REJECT", {"Мэри Браун"}, {"Джон Смит"}),
    ("Епископ Джон Браун лишил духовного сана священника Питера Смита.", "SANCTION", {"Джон Браун"}, {"Питер Смит"}),
    # unnamed officers are their service
    ("Полицейские задержали активиста Ивана Петрова.", "COERCE", {"полиция"}, {"Иван Петров"}),
    # the agent of a light-verb participle is the source of a nominal trigger
    ("Санкции, введенные Евросоюзом против России, продлены на полгода.", "SANCTION", {"Евросоюз"}, {"Россия"}),
    # "в ходе / во время визита": the visitor is the clause's subject
    ("Во время визита в Москву Хайко Маас встретился с Сергеем Лавровым.", "CONSULT", {"Хайко Маас"}, {"Россия"}),
]


@pytest.mark.parametrize("text, type_, source, target", ROUND3_ACROSS)
def test_round3_across_sentences(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    test_across_sentences(code_paragraph, text, type_, source, target)


# Round 3: paragraph, type that must NOT be coded (with any arguments)
ROUND3_NOT_CODED = [
    # acts aimed at a project are not coded (the guide's convention)
    ("США ввели санкции против газопровода «Северный поток — 2».", "SANCTION"),
    # a bill is not an actor
    ("Законопроект запрещает министерству финансов США любые сделки.", "COERCE"),
    # naming a thing is not accusing its owner
    ("Министр здравоохранения Зулема Томас назвала состояние Алана Гарсии «очень тяжёлым».", "ACCUSE"),
    # links to other stories left in the body
    ("Читайте также: Полиция задержала Ивана Петрова.", "COERCE"),
    # nobody visits their own country; another's visit is not the subject's
    ("В этом Мааса заверил Сергей Лавров во время визита в Москву.", "CONSULT"),
]


@pytest.mark.parametrize("text, type_", ROUND3_NOT_CODED)
def test_round3_not_coded(code_paragraph, text: str, type_: str) -> None:
    events = code_paragraph(text).events
    assert not [e for e in events if e.type == type_], \
        [(e.type, _names(e.source_actors), _names(e.target_actors)) for e in events]
