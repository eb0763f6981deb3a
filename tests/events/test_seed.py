"""Acceptance on the seed page (bundled in examples/pages/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from khronika.extract import extract_file
from khronika.nlp.doc import Doc, Event

SEED = Path(__file__).resolve().parents[2] / "examples" / "pages" / "000_seed.txt"


@pytest.fixture(scope="module")
def seed(pipeline) -> Doc:
    return pipeline(extract_file(SEED, crawled_at="2024-04-19T12:00:00+03:00"))


def _names(actors) -> set[str]:
    return {a.name for a in actors}


def _one(events: list[Event], type_: str, mode: str | None = None, **checks) -> Event:
    for event in events:
        if event.type != type_ or (mode is not None and event.mode != mode):
            continue
        if all(check(event) for check in checks.values()):
            return event
    raise AssertionError(f"no {type_}/{mode} among {[(e.type, e.mode, _names(e.source_actors), _names(e.target_actors)) for e in events]}")


def test_phone_call(seed: Doc) -> None:
    event = _one(seed.events, "CONSULT", "phone")
    assert _names(event.source_actors) | _names(event.target_actors) == {"Владимир Путин", "Эммануэль Макрон"}
    assert event.date == "2022-01-28" and event.date_from_article


def test_geneva_talks_and_brussels_meeting(seed: Doc) -> None:
    talks = _one(seed.events, "CONSULT", "talks")
    assert _names(talks.source_actors) | _names(talks.target_actors) == {"Россия", "США"}
    assert talks.location.name == "Женева"
    meeting = _one(seed.events, "CONSULT", "meeting")
    assert _names(meeting.source_actors) | _names(meeting.target_actors) == {"Россия", "НАТО"}
    assert meeting.location.name == "Брюссель"


def test_written_response(seed: Doc) -> None:
    event = _one(seed.events, "COOPERATE", "written-response", both=lambda e: len(e.source_actors) == 2)
    assert _names(event.source_actors) == {"США", "НАТО"}
    assert _names(event.target_actors) == {"Россия"}
    assert event.date == "2022-01-26" and not event.date_from_article


def test_request_no_expansion(seed: Doc) -> None:
    event = _one(seed.events, "REQUEST")
    assert _names(event.source_actors) == {"Россия"} and _names(event.target_actors) == {"НАТО"}


def test_complaint_ignored_concerns(seed: Doc) -> None:
    event = _one(seed.events, "ACCUSE")
    assert _names(event.source_actors) == {"Владимир Путин"}
    assert _names(event.target_actors) == {"США", "НАТО"}
    assert event.reported_by == "Кремль" and event.quote is not None


def test_founding_act_1997(seed: Doc) -> None:
    event = _one(seed.events, "AGREE", "sign")
    assert _names(event.source_actors) | _names(event.target_actors) == {"Россия", "НАТО"}
    assert (event.date, event.date_granularity) == ("1997", "year")


def test_sidebar_events_are_kept_apart(seed: Doc) -> None:
    assert len(seed.related) == 10
    related = [e for r in seed.related for e in r.events]
    article_triggers = {e.trigger for e in seed.events}
    assert not article_triggers & {"обыски", "задержаны", "удара", "задержании"}
    search = _one(related, "COERCE", "search")
    assert _names(search.target_actors) == {"журналист «Фонтанки»"}
    assert search.location.name == "Санкт-Петербург"
    arrest = _one(related, "COERCE", "arrest", poland=lambda e: e.location is not None and e.location.name == "Польша")
    assert "Волкова" in " ".join(_names(arrest.target_actors))
    # "погибших от удара по Днепру": a strike on a named place is coded though it names no attacker
    strike = _one(related, "ASSAULT", "strike")
    assert _names(strike.target_actors) == {"Днепр"}
    sbu = _one(related, "COERCE", "arrest", sbu=lambda e: _names(e.source_actors) == {"СБУ"})
    assert _names(sbu.target_actors) == {"гражданин Польши"}


def test_sidebar_dates_stay_null_without_text_dates(seed: Doc) -> None:
    assert all(e.date is None for r in seed.related for e in r.events)


def test_outlet_prefix_is_attribution(seed: Doc) -> None:
    astra = next(r for r in seed.related if r.text.startswith("Astra"))
    assert astra.events and all(e.reported_by == "Astra" for e in astra.events)
    assert all(astra.text[e.start:e.stop] == e.trigger for e in astra.events)


def test_record_carries_events(seed: Doc) -> None:
    record = seed.to_record()
    assert record["events"] and record["related"][0]["events"]
