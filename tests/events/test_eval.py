"""The event scorer on hand-made events (no models)."""
from __future__ import annotations

import pytest

from khronika.eval.events import ActorKeys, name_stems, score_document, split_of
from khronika.nlp.doc import Event, EventActor
from khronika.nlp.registry import load_registry


@pytest.fixture(scope="module")
def keys() -> ActorKeys:
    return ActorKeys(load_registry())


def _event(type_: str, source: list[tuple[str | None, str]], target: list[tuple[str | None, str]], mode=None, **kw) -> Event:
    return Event(type=type_, mode=mode, cameo="", source_actors=[EventActor(*a) for a in source],
                 target_actors=[EventActor(*a) for a in target], trigger="", start=0, stop=0, sentence=0, **kw)


def _gold(type_: str, source: list[str], target: list[str], symmetric=False, **kw) -> dict:
    return {"type": type_, "source": source, "target": target, "symmetric": symmetric, **kw}


def test_symmetric_and_aliases(keys: ActorKeys) -> None:
    system = [_event("CONSULT", [("per:emmanuel-macron", "Эммануэль Макрон")], [("per:vladimir-putin", "Владимир Путин")], "phone")]
    gold = [_gold("CONSULT", ["Владимир Путин"], ["Эммануэль Макрон"], symmetric=True)]
    counts = score_document("d", "tune", "article", system, gold, keys).counts["triple"]["*"]
    assert (counts.tp_system, counts.system, counts.tp_gold, counts.gold) == (1, 1, 1, 1)


def test_directed_order_matters(keys: ActorKeys) -> None:
    system = [_event("REQUEST", [("org:nato", "НАТО")], [("gpe:russia", "Россия")])]
    gold = [_gold("REQUEST", ["Россия"], ["НАТО"])]
    counts = score_document("d", "tune", "article", system, gold, keys).counts["triple"]["*"]
    assert counts.tp_system == 0 and counts.tp_gold == 0


def test_multi_actor_events_expand_and_restatements_are_optional(keys: ActorKeys) -> None:
    system = [_event("COOPERATE", [("gpe:usa", "США")], [("gpe:russia", "Россия")], "written-response")]
    gold = [_gold("COOPERATE", ["США", "НАТО"], ["Россия"]), _gold("COOPERATE", ["США"], ["Россия"], same_as=0)]
    result = score_document("d", "tune", "article", system, gold, keys)
    counts = result.counts["triple"]["*"]
    assert (counts.tp_system, counts.system, counts.tp_gold, counts.gold) == (1, 1, 1, 2)
    assert result.missed == [("COOPERATE", "org:nato", "gpe:russia")]


def test_descriptive_names_match_across_inflection(keys: ActorKeys) -> None:
    assert name_stems("журналистов «Фонтанки»") == name_stems("журналисты «Фонтанки»")
    assert name_stems("гражданина Польши") == name_stems("гражданин Польши")
    system = [_event("COERCE", [(None, "силовики")], [(None, "журналист «Фонтанки»")], "search")]
    gold = [_gold("COERCE", ["силовики"], ["журналисты «Фонтанки»"])]
    assert score_document("d", "tune", "related", system, gold, keys).counts["triple"]["*"].tp_gold == 1


def test_date_and_location_variants(keys: ActorKeys) -> None:
    system = [_event("SANCTION", [("gpe:uk", "Великобритания")], [("gpe:russia", "Россия")], "sanctions",
                     date="2022-02-24", location=EventActor("loc:london", "Лондон"))]
    gold = [_gold("SANCTION", ["Великобритания"], ["Россия"], date="2022-02-25", location="Лондон")]
    counts = score_document("d", "tune", "article", system, gold, keys).counts
    assert counts["triple"]["*"].tp_gold == 1
    assert counts["triple+loc"]["*"].tp_gold == 1
    assert counts["triple+date"]["*"].tp_gold == 0


def test_real_variant_drops_flagged_events(keys: ActorKeys) -> None:
    system = [_event("CONSULT", [("gpe:russia", "Россия")], [("gpe:usa", "США")], "talks", hypothetical=True)]
    gold = [_gold("CONSULT", ["Россия"], ["США"], symmetric=True, hypothetical=True)]
    counts = score_document("d", "tune", "article", system, gold, keys).counts
    assert counts["triple"]["*"].tp_gold == 1 and counts["real"]["*"].gold == 0


def test_split_is_stable() -> None:
    from pathlib import Path

    assert split_of(Path("a.json")) == split_of(Path("x/a.json"))
    assert {split_of(Path(f"{n}.json")) for n in range(20)} == {"tune", "held"}


def test_government_of_a_state_is_the_state(keys: ActorKeys) -> None:
    """Round 3 scorer fix: "власти Пакистана" (the guide's name for unnamed authorities) and the state
    itself (the guide's name for a government, "Правительство Японии" → Япония) are one actor."""
    assert keys.key("власти Пакистана") == keys.key("Пакистан") == "gpe:pakistan"
    assert keys.key("правительство Египта") == "gpe:egypt"
    assert keys.key("власти Москвы") != keys.key("Россия")  # a city's authorities stay apart


def test_one_letter_spelling_variants_match(keys: ActorKeys) -> None:
    """Round 3 scorer fix: the guide asks to tolerate transliteration variants ("Азия/Асия Биби")."""
    system = [_event("RETREAT", [(None, "Верховный суд Пакистана")], [(None, "Асия Биби")])]
    gold = [_gold("RETREAT", ["Верховный суд Пакистана"], ["Азия Биби"])]
    assert score_document("d", "tune", "article", system, gold, keys).counts["triple"]["*"].tp_gold == 1
    other = [_event("RETREAT", [(None, "Верховный суд Пакистана")], [(None, "Мария Иванова")])]
    assert score_document("d", "tune", "article", other, gold, keys).counts["triple"]["*"].tp_gold == 0
