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


# (mt21) A section heading of a roundup ("Австралия: на северные пляжи пришел вирус", "Италия"): a body paragraph
# of at most this many words, not ended as a sentence is, that opens with a state's name followed by a colon or a
# dash, or is that name alone.  (A headline that merely names a state, "Власти ищут пути наладить проезд фур по
# Белоруссии", heads no section of that state: on unread text it was the only wrong firing.)
HEADING_WORDS = 12
SENTENCE_ENDS = (".", "!", "?", "…", ":", ";")
HEADING_MARKS = (":", "—", "–", "-")


def section_state(doc: Doc, offset: int, metonyms: dict[str, str] | None = None) -> str | None:
    """(mt21) The state that heads the section holding `offset`: the nearest body paragraph before it that is
    a heading (short, not ended as a sentence is); its state when it opens with one ("Австралия: …"; a capital
    stands for its state through `metonyms`).  None without such a heading, or when it opens otherwise."""
    part = doc.part_at(offset)
    if part is None or part.kind != "paragraph":
        return None
    earlier = [p for p in doc.parts if p.kind == "paragraph" and p.stop <= part.start]
    for heading in reversed(earlier):
        text = doc.text[heading.start:heading.stop]
        if not text.strip() or text.strip().endswith(SENTENCE_ENDS) or len(text.split()) > HEADING_WORDS:
            continue
        first = heading.start + len(text) - len(text.lstrip(' «"\''))
        opening = [m for m in doc.mentions if m.start == first and m.actor_id and m.stop <= heading.stop]
        for mention in opening:
            rest = doc.text[mention.stop:heading.stop].strip()
            state = (metonyms or {}).get(mention.actor_id, mention.actor_id)
            if state.startswith("gpe:") and (not rest or rest.startswith(HEADING_MARKS)):
                return state
        return None
    return None
