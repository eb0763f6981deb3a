"""Stored records back into the library's own types (Article, Doc, Event).

The store keeps each article's enriched record as JSON (`Doc.to_record()`);
pages and exports that need offsets or the events helper's exporter rebuild
the pieces they need here, in one place.
"""
from __future__ import annotations

from dataclasses import fields
from typing import Any

from khronika.extract.article import Article, RelatedItem
from khronika.nlp.doc import Doc, Event, EventActor

RELATED_FIELDS = {f.name for f in fields(RelatedItem)}
ARTICLE_FIELDS = {f.name for f in fields(Article)}
EVENT_FIELDS = {f.name for f in fields(Event)}


def doc_from_record(record: dict[str, Any]) -> Doc:
    """The Doc's text layout (title, lead, paragraphs with offsets) from a stored record."""
    related = [{k: v for k, v in r.items() if k in RELATED_FIELDS} for r in record.get("related") or []]
    article = Article.from_json({**{k: v for k, v in record.items() if k in ARTICLE_FIELDS}, "related": related})
    return Doc.from_article(article)


def _actor(value: Any) -> EventActor | None:
    if not isinstance(value, dict):
        return None
    return EventActor(value.get("actor_id"), value.get("name") or "")


def event_from_record(layer: dict[str, Any]) -> Event:
    data = {k: v for k, v in layer.items() if k in EVENT_FIELDS}
    data["source_actors"] = [a for a in map(_actor, layer.get("source_actors") or []) if a]
    data["target_actors"] = [a for a in map(_actor, layer.get("target_actors") or []) if a]
    data["location"] = _actor(layer.get("location"))
    return Event(**data)
