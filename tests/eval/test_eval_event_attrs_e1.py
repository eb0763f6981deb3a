"""`khronika eval events`: the attributes of the paired events (helper e1) - mode agreement per type,
negated/hypothetical P/R, reported_by P/R under the scorer's actor keys.  Hand-made events, no models."""
from __future__ import annotations

import pytest

from khronika.eval.events import (ActorKeys, attribute_counts, attribute_misses, attribute_pairs, attribute_table,
                                  same_actor_name, score_document)
from khronika.nlp.doc import Event, EventActor
from khronika.nlp.registry import load_registry


@pytest.fixture(scope="module")
def keys() -> ActorKeys:
    return ActorKeys(load_registry())


def _event(type_: str, source: str, target: str, mode=None, trigger="", **kw) -> Event:
    return Event(type=type_, mode=mode, cameo="", source_actors=[EventActor(None, source)],
                 target_actors=[EventActor(None, target)], trigger=trigger, start=0, stop=0, sentence=0, **kw)


def _gold(type_: str, source: str, target: str, **kw) -> dict:
    return {"type": type_, "source": [source], "target": [target], "symmetric": False, **kw}


T = ("COERCE", "полиция", "активист")


@pytest.mark.parametrize("gold,system,restated,evidence,triggers,pairs", [
    # one to one, in order
    ([{T}, {T}], [{T}, {T}], [False, False], None, None, [(0, 0), (1, 1)]),
    # a system event sharing no triple is not paired
    ([{T}], [{("ACCUSE", "a", "b")}, {T}], [False], None, None, [(0, 1)]),
    # chain heads before their restatements
    ([{T}, {T}], [{T}], [True, False], None, None, [(1, 0)]),
    # the system event whose trigger stands (as whole words) in the gold evidence first
    ([{T}], [{T}, {T}], [False], ["полиция задержала активиста"], ["задержан", "задержала"], [(0, 1)]),
    ([{T}], [{T}, {T}], [False], ["ВСУ обстреляли сотрудников"], ["обстрел", "обстреляли"], [(0, 1)]),
])
def test_attribute_pairs(gold, system, restated, evidence, triggers, pairs) -> None:
    assert attribute_pairs(gold, system, restated, evidence, triggers) == pairs


@pytest.mark.parametrize("gold,system,same", [
    ("Дмитрий Песков", "Песков", True),        # a one-word name is a word of the other
    ("Reuters", "Reuters", True),
    ("Асия Биби", "Азия Биби", True),          # one-letter spelling variant
    ("Кремль", "Пресс-служба Кремля", False),  # registry ids differ
    ("Би-би-си", "Reuters", False),
])
def test_same_actor_name(keys: ActorKeys, gold: str, system: str, same: bool) -> None:
    assert same_actor_name(keys, gold, system) is same


@pytest.mark.parametrize("gold_kw,system_kw,expected", [
    # (gold fields, system fields) -> (mode key, hyp tp/system/gold, neg tp/system/gold, rb tp/system/gold)
    ({"mode": "arrest"}, {"mode": "arrest"}, (("COERCE", "arrest", "arrest"), (0, 0, 0), (0, 0, 0), (0, 0, 0))),
    ({"mode": "search"}, {"mode": None}, (("COERCE", "search", None), (0, 0, 0), (0, 0, 0), (0, 0, 0))),
    ({"hypothetical": True}, {"hypothetical": True}, ((("COERCE", None, None)), (1, 1, 1), (0, 0, 0), (0, 0, 0))),
    ({"hypothetical": True}, {}, ((("COERCE", None, None)), (0, 0, 1), (0, 0, 0), (0, 0, 0))),
    ({}, {"negated": True}, ((("COERCE", None, None)), (0, 0, 0), (0, 1, 0), (0, 0, 0))),
    ({"reported_by": "Дмитрий Песков"}, {"reported_by": "Песков"}, (("COERCE", None, None), (0, 0, 0), (0, 0, 0), (1, 1, 1))),
    ({"reported_by": "Reuters"}, {"reported_by": "Би-би-си"}, (("COERCE", None, None), (0, 0, 0), (0, 0, 0), (0, 1, 1))),
    ({}, {"reported_by": "Кремль"}, (("COERCE", None, None), (0, 0, 0), (0, 0, 0), (0, 1, 0))),
])
def test_attribute_counts(keys: ActorKeys, gold_kw, system_kw, expected) -> None:
    one = attribute_counts(_gold(*T, **gold_kw), _event(*T, **system_kw), keys)
    mode, hyp, neg, rb = expected
    assert one.pairs == 1 and one.modes == {mode: 1}
    for counts, (tp, system, gold) in ((one.hypothetical, hyp), (one.negated, neg), (one.reported_by, rb)):
        assert (counts.tp_gold, counts.system, counts.gold) == (tp, system, gold)


def test_document_table_and_misses(keys: ActorKeys) -> None:
    gold = [_gold(*T, mode="arrest", hypothetical=True, evidence="полиция задержала активиста", reported_by="ОВД-Инфо"),
            _gold("ACCUSE", "Кремль", "США")]
    system = [_event(*T, mode="search", trigger="задержала", reported_by="ОВД-Инфо"),
              _event("ACCUSE", "Кремль", "США"), _event("REJECT", "США", "Кремль")]
    result = score_document("d.json", "tune", "article", system, gold, keys)
    assert result.pairs == [(0, 0), (1, 1)]
    table = attribute_table([result])
    assert table["pairs"] == 2 and table["mode"]["agree"] == 1
    # (rev18_C 10) the ACCUSE pair has no mode to agree on: of the types with modes, 0 of 1 agree
    assert (table["mode"]["modal_agree"], table["mode"]["modal_pairs"]) == (0, 1)
    assert table["mode"]["per_type"]["COERCE"]["confusion"] == {"arrest → search": 1}
    assert (table["hypothetical"]["tp"], table["hypothetical"]["system"], table["hypothetical"]["gold"]) == (0, 0, 1)
    assert (table["reported_by"]["tp"], table["reported_by"]["agree"]) == (1, 2)
    lines = list(attribute_misses([result], keys))
    assert [line.split("\t")[2:5] for line in lines] == [["mode", "arrest", "search"], ["hypothetical", "True", "False"]]
    # the triple scores are untouched by the pairing
    assert result.counts["triple"]["*"].tp_gold == 2 and result.counts["triple"]["*"].system == 3
