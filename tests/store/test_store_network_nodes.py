"""The actor network: parties the events name without an actor id are nodes with no page."""
from __future__ import annotations

from khronika.store.base import EventRow
from khronika.store.views import UNLINKED_PREFIX, actor_network


class EventsOnly:
    """A store that answers `events(actor=…)` from a fixed list (newest first) and knows no actors."""

    def __init__(self, rows: list[EventRow]) -> None:
        self.rows = rows

    def events(self, *, actor: str, limit: int, before: int | None = None, **_: object) -> list[EventRow]:
        ids = {a.get("actor_id") for r in self.rows for a in r.source_actors + r.target_actors}
        if actor not in ids:
            return []
        rows = [r for r in self.rows if before is None or r.id < before]
        return [r for r in rows if any(a.get("actor_id") == actor for a in r.source_actors + r.target_actors)][:limit]

    def get_actor(self, actor_id: str) -> None:
        return None


def event(row_id: int, source: dict, target: dict, type_: str = "ACCUSE") -> EventRow:
    return EventRow(row_id, 1, type_, "11", None, "обвинил", "", None, [source], [target], "example.org",
                    None, None, None)


RUSSIA = {"actor_id": "gpe:russia", "name": "Россия"}
UNKNOWN_BODY = {"actor_id": "x:org:byuro", "name": "Бюро"}  # an actor the store holds, not in the registry
ECONOMIST = {"actor_id": None, "name": "Экономист"}           # a party named only by a description


def test_parties_without_an_actor_id_are_unlinked_nodes():
    store = EventsOnly([event(3, ECONOMIST, RUSSIA), event(2, UNKNOWN_BODY, RUSSIA), event(1, RUSSIA, ECONOMIST)])
    network = actor_network(store, "gpe:russia", name="Россия")
    nodes = {n.id: n for n in network.nodes}
    assert set(nodes) == {"gpe:russia", "x:org:byuro", UNLINKED_PREFIX + "экономист"}
    assert nodes[UNLINKED_PREFIX + "экономист"].linked is False and nodes[UNLINKED_PREFIX + "экономист"].name == "Экономист"
    assert nodes["x:org:byuro"].linked and nodes["gpe:russia"].linked
    # Both directions with the description are kept as edges.
    assert {(e.source, e.target) for e in network.edges} == {
        (UNLINKED_PREFIX + "экономист", "gpe:russia"), ("x:org:byuro", "gpe:russia"), ("gpe:russia", UNLINKED_PREFIX + "экономист")}
