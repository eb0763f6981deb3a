"""Raw NER spans + gazetteer hits → `Mention`s with normal forms.

Merge policy (why): the registry is curated, so a gazetteer hit that
covers NER spans wins ("Совет Россия — НАТО" as one organisation); an NER
span that covers a hit wins (longer names the registry lacks: "Пресс-служба
Елисейского дворца"); exact matches take the registry's type and id.
"""
from __future__ import annotations

from typing import Any

from khronika.nlp.doc import Doc, Mention
from khronika.nlp.gazetteer import GazetteerHit
from khronika.nlp.natasha_adapter import normalize
from khronika.nlp.ner_rules import RawSpan
from khronika.nlp.registry import Registry

# Entity types whose normal form inflects only the head and its adjectives
# (Natasha's syntax normalisation): "Совета по правам человека" → "Совет по правам человека".
SYNTACTIC_NORMAL = frozenset({"ORG", "MEDIA", "FAC"})


def merge_gazetteer(doc: Doc, spans: list[RawSpan], hits: list[GazetteerHit],
                    registry: Registry) -> list[tuple[RawSpan, str | None]]:
    """Spans paired with the registry id a gazetteer hit gave them (or None)."""
    out: list[tuple[RawSpan, str | None]] = [(s, None) for s in spans]
    for hit in hits:
        start, stop = doc.tokens[hit.first].start, doc.tokens[hit.last - 1].stop
        rtype = registry.actors[hit.actor_id].type
        overlapping = [i for i, (s, _) in enumerate(out) if s.start < stop and start < s.stop]
        if any(out[i][0].start <= start and stop <= out[i][0].stop and
               (out[i][0].start, out[i][0].stop) != (start, stop) for i in overlapping):
            continue  # an NER span covers the hit: keep the longer name
        if any(not (start <= out[i][0].start and out[i][0].stop <= stop) for i in overlapping):
            continue  # partial overlap: trust NER
        inner = [out[i][0] for i in overlapping]
        if len(inner) == 1 and _only_descriptor_outside(doc, inner[0], start, stop):
            # "агентство Reuters": the name is "Reuters"; keep NER's extent, take the id.
            out[overlapping[0]] = (RawSpan(inner[0].start, inner[0].stop, rtype, "gazetteer"), hit.actor_id)
            continue
        for i in sorted(overlapping, reverse=True):
            del out[i]
        out.append((RawSpan(start, stop, rtype, "gazetteer"), hit.actor_id))
    return sorted(out, key=lambda pair: (pair[0].start, -pair[0].stop))


def _only_descriptor_outside(doc: Doc, span: RawSpan, start: int, stop: int) -> bool:
    outside = doc.text[start:span.start] + " " + doc.text[span.stop:stop]
    words = [w for w in outside.split() if w.strip("«»\"'")]
    return bool(words) and all(w[:1].islower() for w in words)


def make_mentions(doc: Doc, spans: list[tuple[RawSpan, str | None]], vocab: Any) -> list[Mention]:
    mentions = []
    for span, actor_id in spans:
        first, last = doc.token_span(span.start, span.stop)
        normal = normalize(vocab, doc.tokens[first:last], first, span.type in SYNTACTIC_NORMAL) if vocab else ""
        text = doc.text[span.start:span.stop]
        mentions.append(Mention(span.start, span.stop, text, span.type, normal or text, actor_id, span.source))
    return mentions
