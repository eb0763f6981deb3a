"""Geo-adjectives: "российский", "американские", "башкирской" → the place.

Two sources, both from the registry (data, not logic):
- adjectives inside GPE/LOC aliases ("Российская Федерация", "Турецкая
  Республика", "Советский Союз") give irregular ones;
- a stem rule pairs an adjective lemma in -ский/-цкий with a one-word place
  name it starts with, allowing only the usual linking pieces ("росс|ий|ский",
  "америк|ан|ский", "итал|ьян|ский", "моск|ов|ский").
Found adjectives become GEO_ADJ mentions linked to the place when the link
is unique.  NEREL counts them as locations; factRuEval and SlavicNER do not.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from khronika.nlp.doc import Token
from khronika.nlp.registry import Registry, alias_key

_ADJ_SUFFIX = re.compile(r"(?:ск|цк)ий$")
_NOT_GEO = re.compile(r"(?:ическ|истск|ологическ)ий$")  # политический, туристский
_PLACE_ENDING = re.compile(r"(?:ия|ья|ея|а|я|ь|о|е|и|ы)$")
_LINKS = ("", "и", "ий", "ан", "ян", "ьян", "ов", "ев", "ин", "ей", "ийн", "ск")
MIN_STEM = 3  # shorter stems ("уф" of "Уфа") match too many words
# Adjectives no rule derives from the place name ("немецкий" ← Германия).
IRREGULAR = {
    "немецкий": "gpe:germany", "шведский": "gpe:sweden", "английский": "gpe:uk",
    "голландский": "gpe:netherlands", "чешский": "gpe:czechia", "датский": "gpe:denmark",
    "норвежский": "gpe:norway", "бельгийский": "gpe:belgium", "испанский": "gpe:spain",
    "московский": "loc:moscow",
}
PLACE_TYPES = frozenset({"GPE", "LOC"})


def _stems(name: str) -> list[str]:
    """Stems an adjective may start from: "россия" → "росс"; "одесса" → "одесс", "одес"."""
    if "-" in name or " " in name:
        return []
    stem = _PLACE_ENDING.sub("", name)
    stems = [stem, name] if stem != name else [name]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stems.append(stem[:-1])
    return [s for s in stems if len(s) >= MIN_STEM]


@dataclass
class GeoAdjectives:
    by_lemma: dict[str, set[str]] = field(default_factory=dict)   # adjective lemma -> place ids
    stems: dict[str, set[str]] = field(default_factory=dict)      # place stem -> place ids

    @classmethod
    def build(cls, registry: Registry, analyse: Callable[[str], list[tuple[str, str, dict]]],
              tokenize: Callable[[str], list[str]]) -> "GeoAdjectives":
        geo = cls()
        for actor in registry.actors.values():
            if actor.type not in PLACE_TYPES:
                continue
            for alias in {actor.name, *actor.aliases}:
                words = tokenize(alias)
                if len(words) == 1 and words[0][:1].isupper():
                    for stem in _stems(alias_key(words[0])):
                        geo.stems.setdefault(stem, set()).add(actor.id)
                for word in words:
                    parses = analyse(word)
                    if parses and parses[0][1] == "ADJ" and _ADJ_SUFFIX.search(parses[0][0]):
                        geo.by_lemma.setdefault(alias_key(parses[0][0]), set()).add(actor.id)
        for lemma, place in IRREGULAR.items():
            if place in registry.actors:
                geo.by_lemma[lemma] = {place}
        return geo

    def places(self, lemma: str) -> set[str]:
        """Place ids an adjective lemma may derive from (empty if none)."""
        lemma = alias_key(lemma)
        if not _ADJ_SUFFIX.search(lemma) or _NOT_GEO.search(lemma):
            return set()
        if lemma in IRREGULAR:
            return self.by_lemma.get(lemma, set())
        return self._derived(lemma)

    def readings(self, lemma: str) -> frozenset[str]:
        """Every place an adjective lemma may name: the one usage gives it ("английский" →
        Britain) and the one its stem gives ("англ|ий|ский" → England).  For comparing names
        written by different people, not for linking a mention to one place."""
        lemma = alias_key(lemma)
        if not _ADJ_SUFFIX.search(lemma) or _NOT_GEO.search(lemma):
            return frozenset()
        return frozenset(self.places(lemma) | self._derived(lemma))

    def _derived(self, lemma: str) -> set[str]:
        """Places whose name the adjective lemma is built on."""
        base = _ADJ_SUFFIX.sub("", lemma)
        for link in _LINKS:
            if link and not base.endswith(link):
                continue
            stem = base[: len(base) - len(link)] if link else base
            if stem in self.stems:
                return self.stems[stem]
        if lemma[:-2] in self.stems:  # Томск → томский
            return self.stems[lemma[:-2]]
        return self.by_lemma.get(lemma, set())

    def find(self, tokens: list[Token]) -> list[tuple[int, str | None]]:
        """(token index, place id or None when ambiguous) for every geo-adjective."""
        hits = []
        for i, token in enumerate(tokens):
            if token.pos != "ADJ":
                continue
            places = self.places(token.lemma or token.text)
            if places:
                hits.append((i, next(iter(places)) if len(places) == 1 else None))
        return hits
