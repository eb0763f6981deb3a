"""Assertions the table-driven quote tests share."""
from __future__ import annotations

from khronika.nlp.doc import Doc


def speaker_of(doc: Doc, content: str, label: str) -> str | None:
    """The speaker name of the quote whose text is exactly `content` (failing when there is none)."""
    found = [q for q in doc.quotes if q.text == content]
    assert found, f"{label}: no quote {content!r}; got {[q.text for q in doc.quotes]}"
    return found[0].speaker.name if found[0].speaker else None
