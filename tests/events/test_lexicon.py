"""The rule data: every lexicon entry names a known type, role steps and a CAMEO row."""
from __future__ import annotations

import pytest

from khronika.events.lexicon import PLOVER_TYPES, load_cameo, load_hints, load_lexicon, parse_pattern

KNOWN_STEPS = {"subj", "obj", "iobj", "dat", "gen", "adj", "agent", "clsubj", "recv", "speaker", "frame", "np", "hsubj", "during", "at", "basis", "join", "cause", "reason", "hagent", "after"}


def test_exact_plover_set() -> None:
    assert PLOVER_TYPES == (
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    )


@pytest.mark.parametrize("pattern, expected", [
    ("[переговоры]", ("переговоры", (), (), ())),
    ("телефонный [разговор]", ("разговор", ("телефонный",), (), ())),
    ("[удар] по", ("удар", (), (), ("по",))),
    ("передать [ответ]", ("ответ", ("передать",), (), ())),
    ("[соглашение] !подписать", ("соглашение", (), ("подписать",), ())),
    ("ввести [санкция]", ("санкция", ("ввести",), (), ())),
])
def test_parse_pattern(pattern: str, expected: tuple) -> None:
    assert parse_pattern(pattern) == expected


def test_lexicon_entries_are_well_formed() -> None:
    lexicon = load_lexicon()
    cameo = load_cameo()
    entries = [e for bucket in lexicon.entries.values() for e in bucket]
    assert len(entries) > 100
    for entry in entries:
        assert entry.type in PLOVER_TYPES
        cameo.lookup(entry.type, entry.mode)  # every type/mode has a CAMEO row
        for role in entry.source + entry.target:
            for alternative in role.split("|"):
                for step in alternative.split("."):
                    assert step in KNOWN_STEPS or step.startswith("prep:"), (entry.pattern, step)
    assert {"провести", "нанести", "ввести"} <= lexicon.light_verbs


def test_requested_patterns_are_in_the_lexicon() -> None:
    lexicon = load_lexicon()
    patterns = {e.pattern for bucket in lexicon.entries.values() for e in bucket}
    for wanted in ("телефонный [разговор]", "[переговоры]", "[встреча]", "передать [ответ]", "[потребовать]",
                   "[обвинить]", "[задержать]", "[обыск]", "[удар] по", "ввести [санкция]", "[отказаться] от"):
        assert wanted in patterns


def test_cameo_table() -> None:
    cameo = load_cameo()
    assert cameo.lookup("CONSULT", "phone").code == "041"
    assert cameo.lookup("CONSULT", "phone").root == "04"
    assert cameo.lookup("COERCE", "arrest").code == "173"
    assert cameo.lookup("ASSAULT", "strike").root == "19"
    assert cameo.lookup("REQUEST", None).quad == 3
    assert cameo.lookup("AGREE", "unknown-mode").root == "05"  # falls back to the type's row


def test_hints() -> None:
    hints = load_hints()
    assert hints.adjective("российско-американский") == ["gpe:russia", "gpe:usa"]
    assert hints.adjective("натовский") == ["org:nato"]
    assert hints.adjective("телефонный") == []
    assert hints.metonyms["loc:moscow"] == "gpe:russia"
    assert hints.composites["org:nato-russia-council"] == ["gpe:russia", "org:nato"]
