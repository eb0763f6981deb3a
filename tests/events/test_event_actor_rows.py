"""Every actor an event names is one of the Doc's actors, even when the text names it only
through a place or a capital (the store keeps a row, and the web UI a page, per Doc actor)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,state", [
    ("В Минске по подозрению в мошенничестве задержан сын известного журналиста", "gpe:belarus"),
    ("МИД обвиняет Тбилиси в раскручивании антироссийской кампании", "gpe:georgia"),
])
def test_event_parties_are_doc_actors(code_sentence, text, state):
    doc = code_sentence(text)
    parties = {a.actor_id for e in doc.events for a in [*e.source_actors, *e.target_actors] if a.actor_id}
    assert state in parties
    actors = {a.id: a for a in doc.actors}
    assert parties <= set(actors)
    assert actors[state].known and actors[state].type == "GPE"
