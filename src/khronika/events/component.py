"""The `events` pipeline component: fills `doc.events` and the events of
every related headline's light Doc (`doc.related[i].events`), kept apart.

It needs the parse (`syntax`), actors and times; quotes are used when a
`quotes` component ran before it (events inside a quote are attributed to
its speaker), and ignored otherwise, so the component works with
`--no-quotes` pipelines too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable

from khronika.errors import PipelineError
from khronika.nlp import natasha_adapter as nat
from khronika.nlp.doc import Actor, Doc
from khronika.nlp.pipeline import DEFAULT_ORDER, Pipeline, Resources, register
from khronika.events.coder import PROJECT_NOUNS, EventCoder
from khronika.events.confidence import ConfidenceModel, calibrate, load_model

# "Astra: ...", "«Би-би-си»: ...": a short outlet name and a colon open the headline.
ATTRIBUTION = re.compile(r"^\s*([«\"]?[^\s:«»\"]+(?:[ -][^\s:«»\"]+){0,2}[»\"]?)\s*:\s+")
# nlp components a related headline needs before it can be coded.
LIGHT_ORDER = ["segment", "morph", "syntax", "ner", "actors", "times"]


def _has_syntax(doc: Doc) -> bool:
    return any(t.rel for t in doc.tokens)


@dataclass
class EventsComponent:
    coder: EventCoder
    resources: Resources
    name: str = "events"
    requires: frozenset[str] = frozenset({"sentences", "tokens", "mentions", "actors", "times"})
    assigns: frozenset[str] = frozenset({"events"})
    confidence: ConfidenceModel | None = None   # loaded once by the factory; None: the hand-set score stays
    _light: Pipeline | None = field(default=None, repr=False)

    def light_pipeline(self) -> Pipeline:
        # Built on first use: only needed when the related docs were made without a parse.
        if self._light is None:
            self._light = Pipeline.build(LIGHT_ORDER, resources=self.resources)
        return self._light

    def __call__(self, doc: Doc) -> None:
        if doc.tokens and not _has_syntax(doc):
            raise PipelineError("component 'events' needs the dependency parse: run 'syntax' before it")
        doc.events = self.coder.code(doc)
        self.add_event_actors(doc)
        for index, light in enumerate(doc.related):
            if not _has_syntax(light):
                light = self.light_pipeline()(light.article)
                doc.related[index] = light
            light.events = self.code_headline(light)
            light.layers.add("events")
        calibrate(doc, self.confidence)  # confidence = the fitted P(right) of each event (data/event_confidence.json)

    def add_event_actors(self, doc: Doc) -> None:
        """Registry actors an event names without a mention of their own ("белорусские
        силовики" → Белоруссия, a city's state) join `doc.actors`, so every actor id the Doc
        refers to is one of its actors (the store keeps an actor row, and a page, for each)."""
        from khronika.nlp.components import registry

        known = {actor.id for actor in doc.actors}
        actors = registry(self.resources).actors
        for event in doc.events:
            for party in [*event.source_actors, *event.target_actors, event.location]:
                entry = actors.get(party.actor_id) if party is not None and party.actor_id else None
                if entry is not None and entry.id not in known:
                    doc.actors.append(Actor(entry.id, entry.name, entry.type, entry.qid, list(entry.roles), [],
                                            known=True))
                    known.add(entry.id)

    def code_headline(self, light: Doc) -> list:
        """Events of one related headline.  "Astra: ..." / "«Би-би-си»: ..." name the outlet the
        news comes from; the parser reads such a prefix as an argument, so the rest is parsed on
        its own and its events are attributed to the outlet (offsets shifted back)."""
        match = ATTRIBUTION.match(light.text)
        if not match:
            return self.coder.code(light, article_dates=False)
        rest = light.text[match.end():]
        outlet = match.group(1).strip("«»\" ")
        inner = self.light_pipeline()(replace(light.article, title=rest))
        events = self.coder.code(inner, article_dates=False)
        for event in events:
            event.start += match.end()
            event.stop += match.end()
            event.sentence = light.sentence_at(event.start) or 0
            event.reported_by = event.reported_by or outlet
        return events


def load_coder(resources: Resources) -> EventCoder:
    from khronika.nlp.components import registry

    actors = registry(resources).actors
    names = {actor_id: actor.name for actor_id, actor in actors.items()}
    countries = {actor_id: actor.country for actor_id, actor in actors.items() if actor.country}
    projects = frozenset(actor_id for actor_id, actor in actors.items() if is_project(actor.aliases))
    vocab = nat.morph_vocab(resources)
    return EventCoder.load(names, countries, projects, _genitive_of(vocab), _nominative_adjective(vocab),
                           _genitive_of(vocab, "Loc"))


def _genitive_of(vocab, case: str = "Gen") -> Callable[[str], str]:
    """A one-word name in the genitive ("Россия" → "России"), or in `case` (round 27: "Loc", "Швеция" →
    "Швеции"); other names stay as they are."""

    def genitive(name: str) -> str:
        forms = vocab(name.lower()) if len(name.split()) == 1 and not name.isupper() else []
        if not forms:
            return name
        word = nat.inflect(vocab, name, forms[0].pos, dict(forms[0].feats), {case})
        return word[:1].upper() + word[1:] if word else name

    return genitive


def _nominative_adjective(vocab) -> Callable[[str, dict[str, str], str], str]:
    """An adjective in the nominative singular of a gender ("бывшего", "Masc" → "бывший"), keeping
    its capital; unchanged when the dictionary cannot inflect it.  (round 31) `gender` "Plur" asks for the
    nominative plural; a participle (`VerbForm` Part) is inflected as one ("протестующих" → "протестующие"),
    its "ё" written "е" unless the text had one."""

    def nominative(word: str, feats: dict[str, str], gender: str) -> str:
        grams = {"Nom", "Plur"} if gender == "Plur" else {"Nom", "Sing", gender}
        participle = feats.get("VerbForm") == "Part"
        inflected = nat.inflect(vocab, word, "VERB" if participle else "ADJ", feats, grams)
        if not inflected:
            return word
        if participle and "ё" not in word.lower():
            inflected = inflected.replace("ё", "е")
        return inflected[:1].upper() + inflected[1:] if word[:1].isupper() else inflected

    return nominative


def is_project(aliases: list[str]) -> bool:
    """Some alias of the actor starts with a project noun."""
    return any(alias.split()[0].lower() in PROJECT_NOUNS for alias in aliases if alias.split())


@register("events")
def _events(resources: Resources) -> EventsComponent:
    coder = resources.get("events.coder", lambda: load_coder(resources))
    return EventsComponent(coder, resources, confidence=resources.get("events.confidence", load_model))


def events_order(disable: Iterable[str] = ()) -> list[str]:
    """The enrichment order with `events` last, so related headlines exist when it runs."""
    disabled = set(disable)
    names = [n for n in DEFAULT_ORDER if n != "events" and n not in disabled]
    return names + ([] if "events" in disabled else ["events"])


def build_pipeline(resources: Resources | None = None, disable: Iterable[str] = ()) -> Pipeline:
    return Pipeline.build(events_order(disable), resources=resources or Resources())
