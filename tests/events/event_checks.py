"""Helpers the table-driven event tests share."""
from __future__ import annotations

from khronika.nlp.doc import Doc


def coded(doc: Doc) -> list[tuple[str, set[str], set[str]]]:
    """Each event of a document as (type, source names, target names)."""
    return [(e.type, {a.name for a in e.source_actors}, {a.name for a in e.target_actors}) for e in doc.events]
