"""The events scorer's abbreviation tolerance (round ea; review rev19_A 5): an abbreviation matches the
institution it abbreviates when neither name is a registered actor, never a person and never another
registered actor.  Table: (system name, gold name) → whether the triple is right."""
from __future__ import annotations

import pytest

from khronika.eval.events import ActorKeys, score_document
from khronika.nlp.doc import Event, EventActor
from khronika.nlp.registry import load_registry

CASES = [
    ("КСИР", "Корпус стражей Исламской революции", True),
    ("Корпус стражей Исламской революции", "КСИР", True),
    # the registry's "ВСУ" is the armed forces, not the Supreme Court
    ("Верховный суд Украины", "ВСУ", False),
    # a person's initials are no abbreviation of an institution
    ("СК", "Сергей Кириенко", False),
    ("ЕС", "Евгений Семенов", False),
]


@pytest.fixture(scope="module")
def keys() -> ActorKeys:
    return ActorKeys(load_registry())


@pytest.mark.parametrize("system_name,gold_name,right", CASES)
def test_abbreviation_alignment(keys, system_name, gold_name, right):
    system = [Event("ACCUSE", None, "11", [EventActor(None, system_name)], [EventActor(None, "Иван Петров")],
                    "обвинил", 0, 7, 0)]
    gold = [{"type": "ACCUSE", "source": [gold_name], "target": ["Иван Петров"]}]
    counts = score_document("d", "tune", "article", system, gold, keys).counts["triple"]["*"]
    assert (counts.tp_system == 1) == right
