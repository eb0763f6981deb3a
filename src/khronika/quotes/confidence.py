"""Quote confidence: a calibrated P(the quote's speaker is right) for each quote (issue 4).

Quotes are found well, their speakers less so, and *how* a speaker was found says much about
whether it is right: the explicit subject of the cue is right far more often than a bare
description or a speaker carried over from an earlier quote.  A small logistic regression (the
events' `ConfidenceModel`, reused) reads the features below and gives the probability that the
quote is one the scorer counts as an attributed overlap match (`khronika.eval.quotes`); a quote
that matches no gold span at all counts as wrong.  The weights are fitted by
`bench/quote_confidence.py` into `data/quote_confidence.json`; without that file every quote
keeps the default 0.5.

Features (in [0, 1], but `distance`: 0-3), from what `attribution.resolve` records on the candidate
(`Candidate.found`) and from the finished quote:
- how the speaker was found: `found_subject` (the subject of the cue, or the phrase the rules took
  for it), `found_owner` (the owner of a frame or source noun: "по словам X", "в заявлении X", "со
  ссылкой на X"), `found_impersonal` (an impersonal report read back to its source: "говорится в
  сообщении X", "сообщили в пресс-службе"), `found_zero_subject` (a dropped subject the verb's
  gender points back with), `found_carried` (carried over from an earlier quote: a continuation,
  a first-person or impersonal follow-up, the one interviewed), `found_headline` (a headline "X:
  …" frame, or a handle the cue names), `no_speaker` (nobody named), `renamed` (a later pass changed
  the speaker: a title description named by the body, a bare group noun given its fuller
  description, a description resolved to a named actor, or only its punctuation tidied);
- what the speaker is: `speaker_pronoun` (its mention is a pronoun or demonstrative: "он",
  "последний"), `speaker_role` (a common-noun mention - a post, a description - resolved to an
  actor), `speaker_registry` (an actor of the registry), `speaker_doc_actor` (an actor of this
  document only, "x:" id), `speaker_description` (no actor: a description left as it is),
  `speaker_person` (the actor is a person);
- the quote: `direct`, `indirect` (else mixed), `same_sentence` (the speaker's mention is in the
  content's sentence), `distance` (sentences between the mention and the content, 0-3, 3 when
  the speaker has no mention), `paragraph_crossed` (the mention is in another part of the page),
  `cue_verb` (the cue is a verb, not a frame noun or a mark), `title` (the quote is in sentence 0),
  `length` (words of the content, log-scaled: log(1+n)/log(1+100), capped at 1).
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from khronika.events.confidence import ConfidenceModel, load_model as load_weights
from khronika.nlp.doc import Doc, Quote, SpeakerRef

if TYPE_CHECKING:  # (candidate and context import speakers, which is heavy)
    from khronika.quotes.candidate import Candidate

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
WEIGHTS_FILE = "quote_confidence.json"
WEIGHTS_PATH = DATA_DIR / WEIGHTS_FILE
DEFAULT = 0.5   # a quote's confidence when no model is shipped (the `Quote` default)

# `Candidate.found` tags (set in `attribution.resolve`) → the feature they turn on
FOUND = {"subject": "found_subject", "owner": "found_owner", "impersonal": "found_impersonal",
         "zero_subject": "found_zero_subject", "carried": "found_carried", "interviewee": "found_carried",
         "headline": "found_headline", "given": "found_headline", "caption": "found_subject",
         "ranker": "found_subject", "none": "no_speaker"}
FEATURES = ("found_subject", "found_owner", "found_impersonal", "found_zero_subject", "found_carried",
            "found_headline", "no_speaker", "renamed", "speaker_pronoun", "speaker_role", "speaker_registry",
            "speaker_doc_actor", "speaker_description", "speaker_person", "direct", "indirect", "same_sentence",
            "distance", "paragraph_crossed", "cue_verb", "title", "length")
FAR_SENTENCES = 3
LONG_QUOTE = 100
PRONOUN_POS = frozenset({"PRON", "DET"})
# A mention word that points back without being a pronoun to the tagger ("последний заявил").
POINTING_WORDS = frozenset({"последний", "последняя", "последнее", "последние", "последнего", "последней",
                            "последнему", "последним", "последних"})


def _same(a: SpeakerRef | None, b: SpeakerRef | None) -> bool:
    if a is None or b is None:
        return a is b
    return (a.actor_id, a.name) == (b.actor_id, b.name)


def _surface(doc: Doc, speaker: SpeakerRef) -> str:
    """"pronoun", "common" (a common-noun or lower-case mention), "name" or "" (no mention)."""
    if speaker.start is None or speaker.stop is None:
        return ""
    first, last = doc.token_span(speaker.start, speaker.stop)
    if first >= last:
        return ""
    token = doc.tokens[first]
    if token.pos in PRONOUN_POS or token.text.lower() in POINTING_WORDS:
        return "pronoun"
    if token.pos == "PROPN" or token.text[:1].isupper() and token.pos not in ("NOUN", "ADJ") \
            or any(t.pos == "PROPN" for t in doc.tokens[first:last]) and token.pos != "NOUN":
        return "name"
    return "common"


def quote_features(doc: Doc, quote: Quote, cand: "Candidate | None" = None,
                   names: Iterable[str] = FEATURES) -> dict[str, float]:
    """The features `names` of one finished quote (its candidate says how the speaker was found;
    without it the speaker counts as found in the cue's subject).  Reads, never writes."""
    # (cr32 F6) an unnamed source kept by its mention (quotes/unnamed_sources.py) was fitted as no speaker
    speaker = None if quote.speaker is not None and quote.speaker.unnamed else quote.speaker
    found = (cand.found if cand is not None and cand.found else "subject") if speaker is not None else "none"
    values = dict.fromkeys(FEATURES, 0.0)
    values[FOUND.get(found, "found_subject")] = 1.0
    values["renamed"] = float(cand is not None and speaker is not None and not _same(cand.resolved, speaker))
    values["direct"] = float(quote.kind == "direct")
    values["indirect"] = float(quote.kind == "indirect")
    values["title"] = float(quote.sentence == 0)
    cue = cand.cue_token if cand is not None else None
    values["cue_verb"] = float(cue is not None and 0 <= cue < len(doc.tokens) and doc.tokens[cue].pos in ("VERB", "AUX"))
    values["length"] = min(1.0, math.log1p(len(quote.text.split())) / math.log1p(LONG_QUOTE))
    values["distance"] = float(FAR_SENTENCES)
    if speaker is not None:
        surface = _surface(doc, speaker)
        actor = doc.actor(speaker.actor_id) if speaker.actor_id else None
        values["speaker_pronoun"] = float(surface == "pronoun")
        values["speaker_role"] = float(speaker.actor_id is not None and surface == "common")
        values["speaker_registry"] = float(speaker.actor_id is not None and not speaker.actor_id.startswith("x:"))
        values["speaker_doc_actor"] = float(speaker.actor_id is not None and speaker.actor_id.startswith("x:"))
        values["speaker_description"] = float(speaker.actor_id is None)
        values["speaker_person"] = float(actor is not None and actor.type == "PER")
        if speaker.start is not None and 0 <= speaker.start < len(doc.text):
            at = doc.sentence_at(speaker.start)
            if at is not None and quote.sentence >= 0:
                gap = abs(quote.sentence - at)
                values["same_sentence"] = float(gap == 0)
                values["distance"] = float(min(gap, FAR_SENTENCES))
            here, there = doc.part_at(quote.start), doc.part_at(speaker.start)
            values["paragraph_crossed"] = float(here is not None and there is not None and here is not there)
    return {name: float(values[name]) for name in names}


def load_model(path: Path | None = None) -> ConfidenceModel | None:
    """The fitted model (the events' `ConfidenceModel`, same file layout and loader), or None when the weights
    file is missing or names a feature this code does not compute."""
    return load_weights(Path(path or WEIGHTS_PATH), FEATURES)


def calibrate(doc: Doc, scored: list[tuple[Quote, "Candidate | None"]], model: ConfidenceModel | None,
              record: list[dict[str, float]] | None = None) -> None:
    """Every quote gets the model's P(right), rounded to two decimals (no model: the default stays).
    With `record`, every quote's features are appended to it (the fitting data) in the same order."""
    for quote, cand in scored:
        if model is None and record is None:
            return
        values = quote_features(doc, quote, cand, FEATURES if record is not None else model.weights)
        if record is not None:
            record.append(values)
        if model is not None:
            quote.confidence = round(model.probability(values), 2)
