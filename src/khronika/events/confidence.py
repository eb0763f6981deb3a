"""Event confidence: a calibrated P(right) for each coded event (issue 5).

The coder gives every event a hand-set score (`coder.BASE_CONFIDENCE` plus bonuses); it does not separate
right from wrong events.  Here a small logistic regression reads features of the finished event and its Doc
(the trigger's part of speech, how the source and target were named, where the sentence sits, the flags, the
hand-set score, ...) and turns them into the probability that the event is one the gold accepts (one of its
(type, source, target) units in the gold's ok set, as `khronika.eval.events` matches).  The weights are fitted
by `bench/event_confidence.py` into `data/event_confidence.json` (standardised features: value → (value -
mean) / scale); without that file the hand-set score stays.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from khronika.nlp.doc import Doc, Event, EventActor

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
WEIGHTS_FILE = "event_confidence.json"
WEIGHTS_PATH = DATA_DIR / WEIGHTS_FILE

PLOVER_TYPES = ("AGREE", "AID", "ACCUSE", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "MOBILIZE",
                "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN")
# Every feature the extractor knows, in a fixed order.  The weights file names the ones the model uses.
FEATURES = (
    "hand_set",            # the coder's hand-set confidence
    "verb_trigger",        # trigger is a finite verb or infinitive (not a participle)
    "participle_trigger",  # trigger is a participle ("задержанный") or a short participle ("задержан")
    "noun_trigger",        # trigger is a noun ("задержание")
    "source_registry",     # some source actor has a registry id
    "source_doc_actor",    # some source actor is an actor of the document only ("x:" id)
    "source_description",  # every source actor is a description without an id ("силовики")
    "target_registry",
    "target_doc_actor",
    "target_description",
    "source_in_sentence",  # every source actor is named (not by a pronoun) in the trigger's sentence
    "source_pronoun",      # a source actor is there only as a pronoun
    "target_in_sentence",
    "target_pronoun",
    "source_person",       # a source actor is a person (PER)
    "target_person",
    "source_place",        # a source / target actor is a place (LOC, FAC)
    "target_place",
    "no_target",           # a symmetric event with one side only
    "actors",              # number of source and target actors
    "hypothetical",
    "negated",
    "reported",            # reported_by someone
    "in_quote",
    "headline",            # sentence 0 (the title)
    "lead",                # the lead paragraph, or the first paragraph when the page marks no lead
    "late",                # sentence index 6 or later
    "date_from_text",
    "date_from_article",
    "located",
    "mode",                # the lexicon entry has a mode ("arrest", "ban", ...)
    "related",             # an event of a related headline
    "modifier_trigger",    # the trigger hangs off a noun or is a clause's subject/oblique (acl, obl, nsubj, xcomp)
    "rare_actor",          # some actor has at most one mention in the document (or no id)
) + tuple(f"type_{t}" for t in PLOVER_TYPES)  # one indicator per PLOVER type
PLACE_TYPES = frozenset({"LOC", "FAC"})
MODIFIER_RELATIONS = frozenset({"acl", "acl:relcl", "obl", "nsubj", "nsubj:pass", "xcomp"})
PRONOUN_TYPES = frozenset({"PRON"})
LATE_SENTENCE = 6


def _kind(actor: EventActor) -> str:
    if not actor.actor_id:
        return "description"
    return "doc_actor" if actor.actor_id.startswith("x:") else "registry"


def _trigger_token(doc: Doc, event: Event):
    for token in doc.tokens[slice(*doc.token_span(event.start, event.stop))]:
        return token
    return None


def _presence(doc: Doc, event: Event, actor: EventActor) -> str:
    """"named" when the actor is named in the trigger's sentence, "pronoun" when it is there only as a
    pronoun, "absent" otherwise.  An actor without an id counts as named when the first word of its name
    starts a word of the sentence (its first five letters, so inflected forms match)."""
    if not 0 <= event.sentence < len(doc.sentences):
        return "absent"
    sentence = doc.sentences[event.sentence]
    found = "absent"
    if actor.actor_id:
        for mention in doc.mentions:
            if mention.stop <= sentence.start or mention.start >= sentence.stop or mention.actor_id != actor.actor_id:
                continue
            if mention.type in PRONOUN_TYPES or mention.source == "pronoun":
                found = "pronoun"
            else:
                return "named"
        return found
    words = actor.name.lower().split()
    stem = words[0][:5] if words else ""
    text = sentence.text.lower()
    return "named" if stem and any(w.startswith(stem) for w in text.replace("«", " ").replace("»", " ").split()) \
        else "absent"


def _actor_type(doc: Doc, actor: EventActor) -> str:
    found = doc.actor(actor.actor_id) if actor.actor_id else None
    return found.type if found is not None else ""


def _mentions(doc: Doc, actor: EventActor) -> int:
    """How many mentions of the actor the document has (0 for an actor without an id)."""
    return sum(1 for m in doc.mentions if m.actor_id == actor.actor_id) if actor.actor_id else 0


def _lead(doc: Doc, event: Event) -> bool:
    part = doc.part_at(event.start)
    if part is None:
        return False
    if part.kind == "lead":
        return True
    has_lead = any(p.kind == "lead" for p in doc.parts)
    return part.kind == "paragraph" and not has_lead and part.index == 0


# Features that read the document's mentions or parts (a scan per actor): computed only when asked for.
PRESENCE_FEATURES = frozenset({"source_in_sentence", "source_pronoun", "target_in_sentence", "target_pronoun"})
TYPE_FEATURES = frozenset({"source_person", "target_person", "source_place", "target_place"})


def event_features(event: Event, doc: Doc, hand_set: float | None = None, related: bool = False,
                   names: Iterable[str] = FEATURES) -> dict[str, float]:
    """The features `names` of one coded event in its Doc (values 0/1 except `hand_set` and `actors`).
    The shipped model reads five of them, so `calibrate` asks only for those."""
    wanted = tuple(names)
    token = _trigger_token(doc, event)
    pos = token.pos if token is not None else ""
    participle = token is not None and token.feats.get("VerbForm") == "Part"
    sources, targets = event.source_actors, event.target_actors
    source_kinds = {_kind(a) for a in sources}
    target_kinds = {_kind(a) for a in targets}
    values = {
        "hand_set": event.confidence if hand_set is None else hand_set,
        "verb_trigger": pos in ("VERB", "AUX") and not participle,
        "participle_trigger": participle,
        "noun_trigger": pos == "NOUN",
        "source_registry": "registry" in source_kinds,
        "source_doc_actor": "doc_actor" in source_kinds,
        "source_description": bool(sources) and source_kinds == {"description"},
        "target_registry": "registry" in target_kinds,
        "target_doc_actor": "doc_actor" in target_kinds,
        "target_description": bool(targets) and target_kinds == {"description"},
        "no_target": not targets,
        "actors": len(sources) + len(targets),
        "hypothetical": event.hypothetical,
        "negated": event.negated,
        "reported": event.reported_by is not None,
        "in_quote": event.quote is not None,
        "headline": event.sentence == 0,
        "late": event.sentence >= LATE_SENTENCE,
        "date_from_text": bool(event.date) and not event.date_from_article,
        "date_from_article": event.date_from_article,
        "located": event.location is not None,
        "mode": event.mode is not None,
        "related": related,
        "modifier_trigger": token is not None and token.rel in MODIFIER_RELATIONS,
    }
    values.update({f"type_{t}": event.type == t for t in PLOVER_TYPES})
    if PRESENCE_FEATURES.intersection(wanted):
        source_seen = [_presence(doc, event, a) for a in sources]
        target_seen = [_presence(doc, event, a) for a in targets]
        values.update({
            "source_in_sentence": bool(sources) and all(s == "named" for s in source_seen),
            "source_pronoun": "pronoun" in source_seen,
            "target_in_sentence": bool(targets) and all(s == "named" for s in target_seen),
            "target_pronoun": "pronoun" in target_seen,
        })
    if TYPE_FEATURES.intersection(wanted):
        source_types = {_actor_type(doc, a) for a in sources}
        target_types = {_actor_type(doc, a) for a in targets}
        values.update({
            "source_person": "PER" in source_types,
            "target_person": "PER" in target_types,
            "source_place": bool(source_types & PLACE_TYPES),
            "target_place": bool(target_types & PLACE_TYPES),
        })
    if "lead" in wanted:
        values["lead"] = _lead(doc, event)
    if "rare_actor" in wanted:
        values["rare_actor"] = any(_mentions(doc, a) <= 1 for a in [*sources, *targets])
    return {name: float(values[name]) for name in wanted}


@dataclass(frozen=True)
class ConfidenceModel:
    """Standardised logistic regression: P = sigmoid(bias + Σ weight · (value - mean) / scale)."""

    bias: float
    weights: dict[str, float]
    means: dict[str, float]
    scales: dict[str, float]

    def logit(self, values: dict[str, float]) -> float:
        return self.bias + sum(w * (values.get(name, 0.0) - self.means.get(name, 0.0)) / (self.scales.get(name) or 1.0)
                               for name, w in self.weights.items())

    def probability(self, values: dict[str, float]) -> float:
        z = self.logit(values)
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))

    def to_json(self, note: dict[str, object]) -> str:
        data = {"features": list(self.weights), "bias": round(self.bias, 6),
                "weights": {k: round(v, 6) for k, v in self.weights.items()},
                "means": {k: round(self.means[k], 6) for k in self.weights},
                "scales": {k: round(self.scales[k], 6) for k in self.weights}, **note}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def load_model(path: Path | None = None, known: Iterable[str] = FEATURES) -> ConfidenceModel | None:
    """The fitted model, or None when the weights file is missing.  A feature not in `known` (the features this
    code computes) is an error in the file, not something to guess: such a file is ignored (None).  The quotes'
    model (`quotes.confidence`) is read by the same function."""
    file = Path(path or WEIGHTS_PATH)
    if not file.is_file():
        return None
    data = json.loads(file.read_text(encoding="utf-8"))
    weights = {k: float(v) for k, v in data["weights"].items()}
    known = set(known)
    if any(name not in known for name in weights):
        return None
    return ConfidenceModel(float(data["bias"]), weights, {k: float(v) for k, v in data["means"].items()},
                           {k: float(v) for k, v in data["scales"].items()})


def calibrate(doc: Doc, model: ConfidenceModel | None) -> None:
    """Every event of the Doc and of its related headlines gets the model's P(right), rounded to two
    decimals; without a model (no weights file) the hand-set confidence stays."""
    if model is None:
        return
    scoped = [(doc, event, False) for event in doc.events] + \
        [(light, event, True) for light in doc.related for event in light.events]
    for owner, event, related in scoped:
        values = event_features(event, owner, related=related, names=model.weights)
        event.confidence = round(model.probability(values), 2)
