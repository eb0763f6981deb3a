"""The event coder: lexicon triggers in a parsed Doc → `Event` records.

For every token whose lemma the lexicon knows, the most specific matching
entry (its context words next to the trigger in the tree) gives the type,
mode and argument roles; the roles are resolved to actors
(`arguments.py`), the context to negation, hypotheticality, date, place and
attribution (`attributes.py`).  An event is kept only when it has the
actors its type needs: two participants for a symmetric event, otherwise a
source (or, for entries flagged `nosrc`, at least a target).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from khronika.nlp.doc import Doc, Event, EventActor, Quote
from khronika.events.arguments import Found, Tree, follow, light_head
from khronika.events.attributes import choose_date, choose_location, is_hypothetical, is_negated, reporter
from khronika.events.lexicon import (
    ActorHints, CameoTable, LexEntry, Lexicon, fold, load_cameo, load_hints, load_lexicon, load_speech_verbs,
)

# Actor types that can take part in an event.  Places (LOC) take part only
# through a metonym ("Москва" → Россия) or as the target of an attack.
PARTICIPANT_TYPES = frozenset({"PER", "ORG", "GPE", "MEDIA"})
PLACE_TARGET_TYPES = frozenset({"ASSAULT"})

# Confidence: a rule-based score from how the arguments were found, so that
# consumers can threshold; it is not a calibrated probability.
BASE_CONFIDENCE = 0.45
NAMED_SOURCE_BONUS = 0.25
NAMED_TARGET_BONUS = 0.15
CONTEXT_BONUS = 0.1         # the entry needed context words: a multiword pattern matched
UNNAMED_PENALTY = 0.15
HYPOTHETICAL_PENALTY = 0.1


@dataclass
class EventCoder:
    lexicon: Lexicon
    cameo: CameoTable
    hints: ActorHints
    speech_verbs: frozenset[str] = frozenset()
    registry_names: dict[str, str] = field(default_factory=dict)      # registry id -> canonical name
    registry_countries: dict[str, str] = field(default_factory=dict)  # place id -> state id

    @classmethod
    def load(cls, registry_names: dict[str, str] | None = None,
             registry_countries: dict[str, str] | None = None) -> "EventCoder":
        return cls(load_lexicon(), load_cameo(), load_hints(), load_speech_verbs(),
                   registry_names or {}, registry_countries or {})

    def _state_of(self, place: EventActor | None) -> EventActor | None:
        """The state a place belongs to (a GPE is its own state)."""
        if place is None or not place.actor_id:
            return None
        if place.actor_id.startswith("gpe:"):
            return place
        state = self.registry_countries.get(place.actor_id)
        return EventActor(state, self.registry_names.get(state, state)) if state else None

    # ---- matching ----
    def _neighbours(self, tree: Tree, i: int) -> set[str]:
        near = set(tree.children[i])
        for c in tree.children[i]:
            near.update(tree.children[c])
        head = tree.head(i)
        if head is not None:
            near.add(head)
            near.update(tree.children[head])
        near.discard(i)
        return {tree.lemma(j) for j in near}

    def match(self, tree: Tree, i: int) -> LexEntry | None:
        entries = self.lexicon.candidates(tree.tok(i).lemma or tree.tok(i).text)
        if not entries:
            return None
        near = self._neighbours(tree, i)
        preps = {tree.prep(c) for c in tree.children[i]}
        preps |= {tree.prep(g) for c in tree.kids(i, "acl") for g in tree.children[c]}
        negated = is_negated(tree, i, self.lexicon.light_verbs)
        for entry in entries:
            if any(w not in near for w in entry.context) or any(w in near for w in entry.forbidden):
                continue
            if any(p not in preps for p in entry.preps):
                continue
            if "neg" in entry.flags and not negated:
                continue
            return entry
        return None

    # ---- arguments ----
    def _actors(self, tree: Tree, entry: LexEntry, roles: tuple[str, ...], i: int,
                allow_places: bool) -> tuple[list[Found], list[int]]:
        found: list[Found] = []
        tokens: list[int] = []
        for role in roles:
            for j in follow(tree, role, i, self.lexicon.light_verbs, self.speech_verbs):
                if j == i:
                    continue
                tokens.append(j)
                for f in tree.actors_at(j):
                    if f.type in PARTICIPANT_TYPES or (allow_places and f.type in ("LOC", "FAC")):
                        found.append(f)
        return _unique(found), tokens

    def _event(self, tree: Tree, entry: LexEntry, i: int, sentence: int) -> Event | None:
        doc = tree.doc
        allow_places = entry.type in PLACE_TARGET_TYPES
        source, source_tokens = self._actors(tree, entry, entry.source, i, False)
        target, target_tokens = self._actors(tree, entry, entry.target, i, allow_places)
        unnamed = False
        if entry.symmetric:
            participants = _unique(source + target)
            if len(participants) < 2:
                return None
            source, target = participants[:1], participants[1:]
        else:
            source_ids = {_key(f.actor) for f in source}
            target = [f for f in target if _key(f.actor) not in source_ids]
            if not target and "unnamed" in entry.flags:
                described = [tree.describe(j) for j in target_tokens if not tree.actors_at(j)]
                target = [d for d in described[:1] if d is not None]
                unnamed = bool(target)
        used = set(source_tokens) | set(target_tokens)
        location = choose_location(tree, i, used if not allow_places else set(source_tokens))
        if location is None and allow_places:
            # "удар по Днепру": the place attacked is where the event happened
            location = next((f.actor for f in target if f.type in ("LOC", "FAC")), None)
        implicit_source = False
        if not entry.symmetric and not source and "locsrc" in entry.flags:
            state = self._state_of(location)
            if state is not None and (not target or state.actor_id != target[0].actor.actor_id):
                source, implicit_source = [Found(state, i, "GPE")], True
        if not entry.symmetric:
            if not source and not ("nosrc" in entry.flags and target):
                return None
            if not source and unnamed:
                return None  # neither side named: nothing to put in a chronicle
        negated = is_negated(tree, i, self.lexicon.light_verbs) and "neg" not in entry.flags
        hypothetical = "hyp" in entry.flags or is_hypothetical(tree, i, self.lexicon.light_verbs)
        date = choose_date(tree, i, sentence, doc.article.published)
        quote_index, reported_by = _quote_of(doc.quotes, tree.tok(i).start)
        if reported_by is None and quote_index is None:
            light = light_head(tree, i, self.lexicon.light_verbs)
            reported_by = reporter(tree, i, sentence, self.speech_verbs, light)
        token = tree.tok(i)
        code = self.cameo.lookup(entry.type, entry.mode)
        confidence = BASE_CONFIDENCE
        confidence += NAMED_SOURCE_BONUS if source and not implicit_source else 0.0
        confidence += NAMED_TARGET_BONUS if target and not unnamed else 0.0
        confidence += CONTEXT_BONUS if entry.specificity else 0.0
        confidence -= UNNAMED_PENALTY if unnamed else 0.0
        confidence -= HYPOTHETICAL_PENALTY if hypothetical else 0.0
        return Event(
            type=entry.type, mode=entry.mode, cameo=code.root,
            source_actors=[f.actor for f in source], target_actors=[f.actor for f in target],
            trigger=token.text, start=token.start, stop=token.stop, sentence=sentence,
            date=date.value, date_granularity=date.granularity, date_from_article=date.from_article,
            location=location, negated=negated, hypothetical=hypothetical,
            reported_by=reported_by, quote=quote_index, confidence=round(max(0.05, min(0.95, confidence)), 2),
        )

    # ---- the document ----
    def code(self, doc: Doc) -> list[Event]:
        """Events of one Doc (its related headlines are coded separately)."""
        if not doc.tokens:
            return []
        tree = Tree.build(doc, self.hints, self.registry_names)
        events: list[Event] = []
        for s, sentence in enumerate(doc.sentences):
            for i in range(sentence.token_start, sentence.token_stop):
                entry = self.match(tree, i)
                if entry is None:
                    continue
                event = self._event(tree, entry, i, s)
                if event is not None:
                    events.append(event)
        return merge_duplicates(events, bool(doc.parts) and doc.parts[0].kind == "title" and len(doc.parts) > 1)


def _key(actor: EventActor) -> str:
    return actor.actor_id or fold(actor.name)


def _unique(found: list[Found]) -> list[Found]:
    seen: set[str] = set()
    out = []
    for f in found:
        if _key(f.actor) not in seen:
            seen.add(_key(f.actor))
            out.append(f)
    return out


def _quote_of(quotes: list[Quote], offset: int) -> tuple[int | None, str | None]:
    for index, quote in enumerate(quotes):
        if quote.start <= offset < quote.stop:
            return index, quote.speaker.name if quote.speaker else None
    return None, None


def event_key(event: Event) -> tuple:
    """Identity of an event within a document: the same act reported twice is one event."""
    src = frozenset(_key(a) for a in event.source_actors)
    tgt = frozenset(_key(a) for a in event.target_actors)
    symmetric = is_symmetric(event)
    sides = (src | tgt,) if symmetric else (src, tgt)
    return (event.type, event.mode, *sides, event.negated, event.hypothetical)


# Modes and types whose participants act together (no source/target order).
SYMMETRIC = {("CONSULT", "phone"), ("CONSULT", "talks"), ("CONSULT", "meeting"), ("AGREE", "sign"),
             ("AGREE", "agree"), ("COOPERATE", "military"), ("COOPERATE", "economic"), ("COOPERATE", None)}


def is_symmetric(event: Event) -> bool:
    return (event.type, event.mode) in SYMMETRIC


def merge_duplicates(events: list[Event], doc_title_first: bool = False) -> list[Event]:
    """Keep the first report of each event; a later report may add a date or a place."""
    kept: dict[tuple, Event] = {}
    for event in events:
        key = event_key(event)
        first = kept.get(key)
        if first is None:
            kept[key] = event
            continue
        if first.sentence == 0 and event.sentence > 0 and doc_title_first:
            # The headline repeats the body: the body report, with its context, represents the event.
            for name in ("trigger", "start", "stop", "sentence", "reported_by", "quote"):
                setattr(first, name, getattr(event, name))
        if first.date_from_article and not event.date_from_article and event.date:
            first.date, first.date_granularity, first.date_from_article = event.date, event.date_granularity, False
        if first.location is None and event.location is not None:
            first.location = event.location
        first.confidence = round(min(0.95, max(first.confidence, event.confidence) + 0.05), 2)
    return list(kept.values())
