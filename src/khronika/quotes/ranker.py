"""A learned choice among a quote's candidate speakers (a small conditional
logistic regression over named features; `bench/speaker_fit.py` fits it).

The rules (`attribution`, `speakers`) pick one speaker per quote.  Here that
pick becomes one candidate among the other mentions of the cue's sentence, each
described by the features below; the ranker scores every candidate with one
weight per feature and takes the best (a softmax over a quote's candidates, so
only differences between candidates matter and no bias is needed).

Candidates of a quote whose rules found a speaker:
- the rules' speaker (`rule`);
- every person, organisation, outlet, state, role or pronoun mention of the
  cue's sentence unit that lies outside the quote's content and outside the
  rules' speaker phrase, one per actor (the nearest to the cue).
A quote the rules leave without a speaker stays without one (anonymous sources,
passives, impersonal reports are deliberate), and so does a quote with a single
candidate: the rules are the fallback wherever the ranker has no choice.

Status (round 10): the shipped weights are fitted but **switched off**
(`"enabled": false`): on cross-validation and on RuOpinionNE's held-out split the
ranker chose exactly what the rules chose, and on unlabelled text the few speakers
it changed were mostly for the worse (bench/RESULTS.md, quotes round 10).  The
rules' wrong speakers are mostly missing from the candidates (a speaker never
resolved to the right actor) or annotation conventions, which no choice among
candidates can mend.  With the ranker off, no candidate is computed.

Features (all in [0, 1]; `head` is the candidate's syntactic head token, the
cue is the speech verb or frame noun of the quote):
- `rule`: the rules chose this candidate;
- `subject_of_cue`: head is the cue verb's nsubj (or inside the rules' subject phrase of the cue);
- `subject_elsewhere`: head is the nsubj of another verb;
- `agent`: head is an instrumental obl of the cue ("заявлено министром"; never fired in the fitting data);
- `frame_owner`: head depends on a frame or source noun ("по словам X", "в заявлении X");
- `appos`: head is an apposition or flat name part of another noun;
- `conj`: head is a later conjunct ("X и Y заявили" - Y);
- `genitive_owner`: head is a genitive dependent of a noun ("помощник Клинтон", "депутаты Госдумы");
- `object_of_cue`: head is an object or oblique (not an agent) of the cue verb;
- `prepositional`: head has a preposition other than "по";
- `nominative`: head is in the nominative;
- `agrees_with_cue`: the cue verb's number and gender do not contradict the head;
- `after_cue`: the candidate stands after the cue;
- `before_content`: the candidate stands before the content;
- `distance`: token distance to the cue, log-scaled (log(1+d)/log(1+60), capped at 1);
- `person`, `organisation` (ORG, MEDIA, GPE), `role` (a role or description), `pronoun`: the mention type;
- `has_actor`: the candidate points at a canonical actor;
- `most_salient`: its actor is the most salient one at the end of the cue's sentence (`nlp.salience`);
- `in_quotation_marks`: the candidate lies inside quotation marks (another quote, a title);
- `addressee`: the candidate lies in the cue's addressee phrase.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from khronika.nlp.doc import Doc, Mention, SpeakerRef, Token
from khronika.nlp.salience import Agreement

if TYPE_CHECKING:  # (context imports this module)
    from khronika.quotes.context import QuoteContext

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
WEIGHTS_FILE = "speaker_weights.json"
FEATURES = ("rule", "subject_of_cue", "subject_elsewhere", "agent", "frame_owner", "appos", "conj",
            "genitive_owner", "object_of_cue", "prepositional", "nominative", "agrees_with_cue", "after_cue",
            "before_content", "distance", "person", "organisation", "role", "pronoun", "has_actor",
            "most_salient", "in_quotation_marks", "addressee")
CANDIDATE_TYPES = frozenset({"PER", "ORG", "MEDIA", "GPE", "ROLE", "PRON"})
ORGANISATION_TYPES = frozenset({"ORG", "MEDIA", "GPE"})
# Distance (tokens) at which the distance feature saturates.
FAR = 60
SALIENCE_TYPES = frozenset({"PER", "ORG", "MEDIA", "GPE"})


@dataclass(frozen=True)
class SpeakerCandidate:
    """One possible speaker of a quote: what the quote's speaker becomes if it wins, and its features."""

    ref: SpeakerRef
    values: tuple[float, ...]  # in FEATURES order

    def feature(self, name: str) -> float:
        return self.values[FEATURES.index(name)]


@dataclass(frozen=True)
class SpeakerChoice:
    """A quote's candidates as the rules left them (the fitting data), and the speaker given."""

    start: int
    stop: int
    candidates: tuple[SpeakerCandidate, ...]
    speaker: SpeakerRef | None


@dataclass(frozen=True)
class SpeakerRanker:
    weights: tuple[float, ...]  # in FEATURES order
    enabled: bool = False

    def score(self, candidate: SpeakerCandidate) -> float:
        return sum(w * v for w, v in zip(self.weights, candidate.values))

    def choose(self, candidates: tuple[SpeakerCandidate, ...]) -> SpeakerCandidate:
        """The best candidate; ties go to the rules' pick, then to text order (deterministic)."""
        return max(enumerate(candidates),
                   key=lambda ic: (round(self.score(ic[1]), 9), ic[1].feature("rule"), -ic[0]))[1]

    def to_json(self, note: dict[str, object]) -> str:
        data = {"enabled": self.enabled, "features": list(FEATURES),
                "weights": {name: round(w, 6) for name, w in zip(FEATURES, self.weights)}, **note}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def load_ranker(path: Path | None = None) -> SpeakerRanker | None:
    """The fitted ranker, or None when no weights file is shipped.  A feature the
    file does not know weighs 0 (an older file keeps working)."""
    file = path or DATA_DIR / WEIGHTS_FILE
    if not file.exists():
        return None
    data = json.loads(file.read_text(encoding="utf-8"))
    weights = data.get("weights", {})
    return SpeakerRanker(tuple(float(weights.get(name, 0.0)) for name in FEATURES), bool(data.get("enabled", False)))


def head_token(tokens: list[Token], first: int, last: int) -> int:
    """The token of [first, last) whose head lies outside the span (the phrase's head)."""
    for i in range(first, last):
        if not first <= tokens[i].head < last:
            return i
    return first


def speaker_candidates(ctx: QuoteContext, cue: int | None, subject: int | None, rule: SpeakerRef | None,
                       start: int, stop: int) -> tuple[SpeakerCandidate, ...]:
    """The candidates of a quote with content [start, stop), cue token `cue`, the
    rules' subject head `subject` and the rules' speaker `rule` (module doc)."""
    if rule is None:
        return ()
    doc, tokens = ctx.doc, ctx.tokens
    anchor = cue if cue is not None else doc.token_span(start, stop)[0]
    if anchor >= len(tokens):
        return ()
    unit_start, unit_stop = ctx.unit_chars(ctx.sent_of_token(anchor))
    rule_span = (rule.start, rule.stop) if rule.start is not None and rule.stop is not None else None
    subject_span = _phrase_span(ctx, subject)
    addressee_span = ctx.res.addressed
    salient = _most_salient(ctx, unit_stop)
    out = [_candidate(ctx, rule, _span_head(ctx, rule_span), cue, subject_span, start, stop,
                      addressee_span, salient, True, _ref_type(ctx, rule))]
    seen_actors = {rule.actor_id} if rule.actor_id else set()
    nearest: dict[str, Mention] = {}
    for mention in ctx.res.mentions_in(unit_start, unit_stop):
        if mention.type not in CANDIDATE_TYPES or start <= mention.start < stop or mention.stop > unit_stop \
                or rule_span and rule_span[0] <= mention.start and mention.stop <= rule_span[1]:
            continue
        if mention.type == "PRON" and not mention.actor_id:
            continue  # an unresolved pronoun names nobody
        key = mention.actor_id or f"@{mention.start}"
        if key in seen_actors:
            continue
        if key not in nearest or _gap(doc, mention, anchor) < _gap(doc, nearest[key], anchor):
            nearest[key] = mention
    for mention in sorted(nearest.values(), key=lambda m: m.start):
        ref = _mention_ref(ctx, mention)
        first, last = doc.token_span(mention.start, mention.stop)
        out.append(_candidate(ctx, ref, head_token(tokens, first, last) if first < last else None, cue,
                              subject_span, start, stop, addressee_span, salient, False, mention.type))
    return tuple(out)


def _gap(doc: Doc, mention: Mention, anchor: int) -> int:
    first, _ = doc.token_span(mention.start, mention.stop)
    return abs(first - anchor)


def _phrase_span(ctx: QuoteContext, head: int | None) -> tuple[int, int] | None:
    if head is None:
        return None
    first, last = ctx.res.subtree(head)
    return ctx.tokens[first].start, ctx.tokens[last - 1].stop


def _span_head(ctx: QuoteContext, span: tuple[int, int] | None) -> int | None:
    if span is None:
        return None
    first, last = ctx.doc.token_span(*span)
    return head_token(ctx.tokens, first, last) if first < last else None


def _mention_ref(ctx: QuoteContext, mention: Mention) -> SpeakerRef:
    if mention.actor_id:
        ref = ctx.res.ref(mention)
        # a pronoun or role keeps its own surface, the actor gives the name
        return SpeakerRef(ref.actor_id, ref.name, mention.text, mention.start, mention.stop)
    return SpeakerRef(None, mention.normal or mention.text, mention.text, mention.start, mention.stop)


def _ref_type(ctx: QuoteContext, ref: SpeakerRef) -> str:
    actor = ctx.doc.actor(ref.actor_id) if ref.actor_id else None
    if ref.text and ref.text.lower() in ("он", "она", "они", "его", "ее", "её", "их"):
        return "PRON"
    if actor is None:
        return "ROLE"
    if ref.start is not None and any(m.type == "ROLE" and m.start == ref.start and m.actor_id == actor.id
                                     for m in ctx.res.mentions_in(ref.start, ref.stop or ref.start)):
        return "ROLE"
    return actor.type


def _most_salient(ctx: QuoteContext, before: int) -> str | None:
    ranked = ctx.res.salience.rank(Agreement(SALIENCE_TYPES), before)
    return ranked[0].actor_id if ranked else None


def _candidate(ctx: QuoteContext, ref: SpeakerRef, head: int | None, cue: int | None,
               subject_span: tuple[int, int] | None, start: int, stop: int,
               addressee_span: tuple[int, int], salient: str | None, rule: bool, kind: str) -> SpeakerCandidate:
    tokens = ctx.tokens
    values = dict.fromkeys(FEATURES, 0.0)
    values["rule"] = float(rule)
    values["person"] = float(kind == "PER")
    values["organisation"] = float(kind in ORGANISATION_TYPES)
    values["role"] = float(kind == "ROLE")
    values["pronoun"] = float(kind == "PRON")
    values["has_actor"] = float(ref.actor_id is not None)
    values["most_salient"] = float(ref.actor_id is not None and ref.actor_id == salient)
    position = ref.start if ref.start is not None else (tokens[head].start if head is not None else start)
    values["before_content"] = float(position < start)
    values["in_quotation_marks"] = float(ctx.in_span(position) is not None)
    values["addressee"] = float(addressee_span[0] <= position < addressee_span[1])
    if subject_span is not None and subject_span[0] <= position < subject_span[1]:
        values["subject_of_cue"] = 1.0
    if head is not None:
        token = tokens[head]
        governor = tokens[token.head] if token.head >= 0 else None
        rel = token.rel
        prepositions = [tokens[c].text.lower() for c in ctx.kids(head, "case")]
        values["nominative"] = float(token.feats.get("Case") == "Nom")
        values["prepositional"] = float(any(p != "по" for p in prepositions))
        values["appos"] = float(rel in ("appos", "flat", "flat:name"))
        values["conj"] = float(rel == "conj" and token.head < head)
        values["genitive_owner"] = float(token.feats.get("Case") == "Gen" and governor is not None
                                         and governor.pos in ("NOUN", "PROPN") and rel == "nmod")
        values["frame_owner"] = float(governor is not None and rel == "nmod" and (
            ctx.lex.is_source(governor) or any(ctx.lex.is_frame(governor, k) for k in ctx.lex.frames)))
        if cue is not None:
            on_cue = token.head == cue
            values["subject_of_cue"] = max(values["subject_of_cue"], float(on_cue and rel.startswith("nsubj")))
            values["subject_elsewhere"] = float(rel.startswith("nsubj") and not on_cue)
            instrumental = token.feats.get("Case") == "Ins" and not prepositions
            values["agent"] = float(on_cue and rel.startswith("obl") and instrumental)
            values["object_of_cue"] = float(on_cue and rel in ("obj", "iobj", "obl") and not instrumental)
            values["agrees_with_cue"] = float(_agrees(tokens[cue], token))
            values["after_cue"] = float(head > cue)
            values["distance"] = min(1.0, math.log1p(abs(head - cue)) / math.log1p(FAR))
        else:
            values["subject_elsewhere"] = float(rel.startswith("nsubj"))
    return SpeakerCandidate(ref, tuple(values[name] for name in FEATURES))


def _agrees(verb: Token, subject: Token) -> bool:
    from khronika.quotes.cues import agrees

    return verb.pos in ("VERB", "AUX", "ADJ") and agrees(verb, subject)
