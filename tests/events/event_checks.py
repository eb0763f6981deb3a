"""Helpers the table-driven event tests share."""
from __future__ import annotations

from khronika.nlp.doc import Doc


def coded(doc: Doc) -> list[tuple[str, set[str], set[str]]]:
    """Each event of a document as (type, source names, target names)."""
    return [(e.type, {a.name for a in e.source_actors}, {a.name for a in e.target_actors}) for e in doc.events]


def forbidden(found: list[tuple[str, set[str], set[str]]], what: str) -> list[tuple[str, set[str], set[str]]]:
    """The coded events a "must not be coded" row forbids: "TYPE" (any), "TYPE:name" (with that
    name among the actors) or "TYPE:source>target" (in that direction)."""
    type_, _, pair = what.partition(":")
    source, _, target = pair.partition(">")
    if target:
        return [c for c in found if c[0] == type_ and source in c[1] and target in c[2]]
    return [c for c in found if c[0] == type_ and (not source or source in c[1] | c[2])]


def has_event(found: list[tuple[str, set[str], set[str]]], type_: str, source: set[str], target: set[str]) -> bool:
    """An event of `type_` whose actors include `source` (case aside: a sentence-initial
    description keeps its capital) and `target`."""
    lower = {n.lower() for n in source}
    return any(t == type_ and lower <= {n.lower() for n in s} and target <= g for t, s, g in found)
