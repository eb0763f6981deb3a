"""What a document is about: its protagonist (`topic_person`) and its main state
(`main_state`), used when a pronoun or "власти" has nothing closer to refer to.
"""
from __future__ import annotations

from khronika.nlp.doc import Doc


def dominant(counts: dict[str, int], minimum: int = 2) -> str | None:
    """The key a document is clearly about: counted at least `minimum` times and more than twice as
    often as any other (a story names its protagonist again and again; a near tie means none)."""
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < minimum or (len(ranked) > 1 and ranked[0][1] <= 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def topic_person(doc: Doc) -> str | None:
    """The person the story is about (see `dominant`), by mentions."""
    return dominant({a.id: len(a.mentions) for a in doc.actors if a.type == "PER"})


def main_state(doc: Doc) -> str | None:
    """The state the document names most often (ties: the first named), if any."""
    counts: dict[str, int] = {}
    for mention in doc.mentions:
        if mention.actor_id and mention.actor_id.startswith("gpe:"):
            counts[mention.actor_id] = counts.get(mention.actor_id, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None  # dicts keep first-seen order
