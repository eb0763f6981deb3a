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
