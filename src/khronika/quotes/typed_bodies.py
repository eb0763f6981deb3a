"""(bA38, rv37_Q C1a) A body described by its type: "«…», – добавили в полиции", "по данным
ведомства", "добавили в надзорном органе", "по сообщениям сетевого издания", "на портале
сообщается".

A news text names the body that speaks once ("сообщили в областном ГУМВД", "сообщила Уральская
транспортная прокуратура", "сообщается в Telegram-канале сетевого издания tut.by") and then calls
it by what kind of body it is.  A reader takes the type noun's class - police, prosecutor,
supervisor, investigators, state body, outlet (`TYPE_PHRASES`) - and looks for the one body of
that class that has spoken shortly before (`BODY_VIEW_SENTENCES`, `LAST_SPEAKERS`); a body's class
is read off its own name (`NAME_MARKS`: "ГУ МВД" is police, "…прокуратура" a prosecutor, "tut.by"
or a MEDIA actor an outlet), and a press office speaks for the body its phrase names ("пресс-служба
Нацполиции").  Only a source counts: a body the text names only as a target ("доставили в отдел
полиции") is nobody's antecedent, though a second body of the class named after the body last
spoke, as source or not, leaves the description as it is.  A quote with no speaker gets the place
of its frame verb ("добавили в надзорном органе", "на портале сообщается").

What stays out: a description with a complement or any other modifier ("полиция Лондона",
"британская полиция": someone else); a plural ("в правоохранительных органах": an unnamed body,
as quotes-dev15 has it); a frame that speaks of habit ("в полиции обычно советуют"); a territorial
body's frame that names a place its candidate does not, or a place named between them ("В Твери в
полиции заявили" after the Moscow ГУ МВД; cr38 F6); "портал", "газета", "телеканал" for an outlet
not introduced with that word (cr38 F9: "сообщает РИА Новости … сообщается на портале"); a quote
whose own content names the candidate.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from khronika.nlp.doc import Quote, SpeakerRef
from khronika.quotes.cues import PLACE_PREPOSITIONS, lemma as _lemma

if TYPE_CHECKING:
    from khronika.quotes.context import QuoteContext

POLICE, PROSECUTOR, SUPERVISOR, INVESTIGATORS, STATE, OUTLET = (
    "police", "prosecutor", "supervisor", "investigators", "state", "outlet")
# (cr38 F9) Kinds of outlet a press noun names by itself: "на портале", "газета пишет", "в телеканале"
# stand only for an outlet the text introduced with that same word ("портал Onliner", "газета
# «Ведомости»", "телеканал CNN"), a portal also for one named by its web address; "издание",
# "редакция" stand for any outlet (`OUTLET`).
PORTAL, NEWSPAPER, CHANNEL = "portal", "newspaper", "channel"
PRESS_KINDS: dict[str, str] = {PORTAL: "портал", NEWSPAPER: "газет", CHANNEL: "телеканал"}
# The classes of body whose bodies are territorial: a place named in the frame must be theirs.
TERRITORIAL = frozenset({POLICE, PROSECUTOR, SUPERVISOR, INVESTIGATORS, STATE})


@dataclass(frozen=True)
class TypePhrase:
    """A type noun, the one adjective it needs (None: bare), and the classes of body it can name."""
    noun: str
    adjective: str | None
    classes: frozenset[str]


_LAW = frozenset({PROSECUTOR, SUPERVISOR})
TYPE_PHRASES: tuple[TypePhrase, ...] = (
    TypePhrase("полиция", None, frozenset({POLICE})),
    TypePhrase("милиция", None, frozenset({POLICE})),
    TypePhrase("прокуратура", None, frozenset({PROSECUTOR})),
    # "надзорный орган" is a prosecutor's office or a "…надзор" agency in Russian news
    TypePhrase("орган", "надзорный", _LAW),
    TypePhrase("ведомство", "надзорный", _LAW),
    TypePhrase("служба", "надзорный", frozenset({SUPERVISOR})),
    TypePhrase("орган", "правоохранительный", frozenset({POLICE, PROSECUTOR, INVESTIGATORS})),
    TypePhrase("орган", "следственный", frozenset({INVESTIGATORS})),
    TypePhrase("ведомство", None, frozenset({POLICE, PROSECUTOR, SUPERVISOR, INVESTIGATORS, STATE})),
    TypePhrase("министерство", None, frozenset({POLICE, STATE})),
    TypePhrase("издание", None, frozenset({OUTLET})),
    TypePhrase("издание", "сетевой", frozenset({OUTLET})),
    TypePhrase("издание", "печатный", frozenset({OUTLET})),
    TypePhrase("портал", None, frozenset({PORTAL})),
    TypePhrase("газета", None, frozenset({NEWSPAPER})),
    TypePhrase("телеканал", None, frozenset({CHANNEL})),
    TypePhrase("редакция", None, frozenset({OUTLET})),
)
# What a body's own name shows of its class (lower case): "ГУ МВД", "УВД по Западному округу",
# "Уральская транспортная прокуратура", "Роскомнадзор", "ГСУ СК", "Минздрав".
NAME_MARKS: dict[str, re.Pattern[str]] = {
    POLICE: re.compile(r"полици|милици|(?<![а-яё])(?:гу\s?|у|о|го)?мвд(?![а-яё])"
                       r"|(?<![а-яё])(?:гувд|увд|овд)(?![а-яё])"),
    PROSECUTOR: re.compile(r"прокурат"),
    SUPERVISOR: re.compile(r"надзор"),
    INVESTIGATORS: re.compile(r"следствен|(?<![а-яё])(?:гсу|ск)(?![а-яё])"),
    STATE: re.compile(r"министерств|(?<![а-яё])мин[а-яё]{3,}|(?<![а-яё])(?:мид|мчс|фсб|фсин|фас)(?![а-яё])"
                      r"|служб|агентств|инспекци|департамент|управлени"),
}
# An outlet's name that is its web address ("tut.by", "URA.RU", "e1.ru").
WEB_NAME = re.compile(r"\w\.(?:ru|by|ua|kz|com|net|org|info|su|рф)(?!\w)", re.I)
# Press nouns with which the text introduces an outlet ("сетевое издание tut.by").
PRESS_WORDS = re.compile(r"издани|газет|журнал|телеканал|портал|агентств|сайт")
# How many sentences before the description's own the body it stands for may have spoken in.
BODY_VIEW_SENTENCES = 4
# Or among how many of the last speakers (a long quotation of someone else's may stand between:
# "сообщили в ГУМВД. … «…» – рассказал водитель. … «…», – добавили в полиции").
LAST_SPEAKERS = 3
# Words that make a frame a statement of habit, not one report ("в полиции обычно советуют").
HABIT_WORDS = frozenset({"обычно", "традиционно", "нередко", "часто", "всегда", "правило"})
# Marks that may stand between a press noun and the outlet's name ("газета «Ведомости»").
NAME_QUOTES = "«\"„“'"


@dataclass(frozen=True)
class Body:
    """An earlier speaker that is a body: its speaker reference, where it was named and the quote it gave."""
    ref: SpeakerRef
    at: int
    quote: Quote


def resolve_typed_bodies(ctx: "QuoteContext", quotes: list[Quote]) -> None:
    """Give each quote whose speaker is a bare type description - or none, with a frame "в/на + type
    noun" - the one body of that class that spoke just before (module docstring)."""
    for index, quote in enumerate(quotes):
        if quote.speaker is not None and quote.speaker.actor_id is not None:
            continue
        phrase = _speaker_phrase(ctx, quote)
        if phrase is None:
            continue
        _, first, last, classes = phrase
        body = _sole_body(ctx, quotes[:index], quote, ctx.tokens[first].start, classes)
        if body is None:
            continue
        start, stop = ctx.tokens[first].start, ctx.tokens[last - 1].stop
        quote.speaker = SpeakerRef(body.ref.actor_id, body.ref.name, ctx.doc.text[start:stop], start, stop)


def _speaker_phrase(ctx: "QuoteContext", quote: Quote) -> tuple[int, int, int, frozenset[str]] | None:
    """The type phrase that stands for the speaker: the quote's bare description, or, with no speaker,
    the "в/на + type noun" place of its frame verb; its head, token range and classes."""
    speaker = quote.speaker
    if speaker is not None:
        if speaker.start is None or speaker.stop is None:
            return None
        roots = ctx.phrase_roots(speaker.start, speaker.stop)
        if len(roots) != 1:
            return None
        first, last = ctx.doc.token_span(speaker.start, speaker.stop)
        classes = _type_classes(ctx, roots[0], first, last)
        return (roots[0], first, last, classes) if classes else None
    place = _frame_place(ctx, quote)
    if place is None:
        return None
    first, last = ctx.res.subtree(place, no_pp=True)
    classes = _type_classes(ctx, place, first, last)
    return (place, first, last, classes) if classes else None


def _type_classes(ctx: "QuoteContext", head: int, first: int, last: int) -> frozenset[str]:
    """The classes a singular type phrase names when its words are the type noun and at most the
    one adjective its entry needs ("надзорном органе", "сетевого издания", "полиции")."""
    token = ctx.tokens[head]
    if token.pos != "NOUN" or token.feats.get("Number") == "Plur":
        return frozenset()
    words = [k for k in range(first, last) if k != head and re.search(r"\w", ctx.tokens[k].text)
             and ctx.tokens[k].pos != "ADP"]
    if len(words) > 1 or words and ctx.tokens[words[0]].pos != "ADJ":
        return frozenset()
    noun = _lemma(token)
    adjective = _lemma(ctx.tokens[words[0]]) if words else None
    for phrase in TYPE_PHRASES:
        if phrase.noun == noun and phrase.adjective == adjective:
            return phrase.classes
    return frozenset()


def _frame_place(ctx: "QuoteContext", quote: Quote) -> int | None:
    """For a quote with no speaker: the place noun ("в надзорном органе", "на портале") of its
    frame verb - the token of the cue's lemma outside the quote in the sentence where it ends."""
    here = ctx.doc.sentence_at(max(quote.start, quote.stop - 1))
    if here is None:
        return None
    sentence = ctx.doc.sentences[here]
    for k in range(sentence.token_start, sentence.token_stop):
        token = ctx.tokens[k]
        if token.pos != "VERB" or _lemma(token) != quote.cue or quote.start <= token.start < quote.stop:
            continue
        for c in ctx.kids(k, "obl"):
            if quote.start <= ctx.tokens[c].start < quote.stop:
                continue
            if any(ctx.tokens[p].text.lower() in PLACE_PREPOSITIONS for p in ctx.kids(c, "case")):
                return c
    return None


def _sole_body(ctx: "QuoteContext", earlier: list[Quote], quote: Quote, at: int,
               classes: frozenset[str]) -> Body | None:
    """The one body of the classes that spoke in the `BODY_VIEW_SENTENCES` before offset `at` (and
    its own sentence), when no other body of them is named between its last word and `at` (one named
    before the body last spoke is not what the text is now about), the frame speaks of no habit and
    names no other place, and the quote does not name it."""
    here = ctx.doc.sentence_at(at)
    if here is None or _habitual(ctx, here):
        return None
    view = ctx.doc.sentences[max(0, here - BODY_VIEW_SENTENCES)].start
    recent = {id(q) for q in [q for q in earlier if q.speaker is not None][-LAST_SPEAKERS:]}
    bodies = [Body(q.speaker, q.speaker.start if q.speaker.start is not None else q.start, q) for q in earlier
              if q.speaker is not None and q.speaker.name and (_spoke_in(q, view, at) or id(q) in recent)
              and _body_classes(ctx, q.speaker) & classes]
    if not bodies or len({_identity(ctx, b.ref) for b in bodies}) != 1:
        return None
    # (the body by its own name rather than by its press office: "Национальная полиция Украины" for
    # "пресс-служба Нацполиции", the latest otherwise)
    body = max(bodies, key=lambda b: (b.ref.actor_id is not None, b.at))
    last_spoke = max(b.at for b in bodies)
    if _other_body_named(ctx, body, last_spoke, at, _rival_classes(classes)):
        return None
    if body.ref.actor_id and any(m.actor_id == body.ref.actor_id for m in ctx.res.mentions_in(quote.start, quote.stop)):
        return None  # (a quote about the body is not the body's)
    same = [b for b in bodies if _identity(ctx, b.ref) == _identity(ctx, body.ref)]
    if classes & TERRITORIAL and not classes & {OUTLET} and _other_place(ctx, last_spoke, here, quote, same):
        return None
    return body


def _spoke_in(quote: Quote, view: int, at: int) -> bool:
    speaker = quote.speaker
    start = speaker.start if speaker is not None and speaker.start is not None else quote.start
    return view <= start < at or view <= quote.start < at


def _identity(ctx: "QuoteContext", ref: SpeakerRef) -> str:
    """Which body a speaker is: its actor, else the one organisation its own phrase names ("пресс-служба
    Нацполиции" speaks for the Нацполиция, as the gold guide's "пресс-служба Кремля" for the Кремль),
    else its name."""
    if ref.actor_id:
        return ref.actor_id
    if ref.start is not None and ref.stop is not None:
        owners = {m.actor_id for m in ctx.res.mentions_in(ref.start, ref.stop) if m.type in ("ORG", "MEDIA")
                  and m.actor_id}
        if len(owners) == 1:
            return owners.pop()
    return ref.name.lower()


def _names(ctx: "QuoteContext", ref: SpeakerRef) -> list[str]:
    """The body's names, lower case: its actor's name and mentions, else the reference's own words."""
    actor = ctx.doc.actor(ref.actor_id) if ref.actor_id else None
    names = [ref.name.lower(), (ref.text or "").lower()]
    if actor is not None:
        names += [actor.name.lower()] + [ctx.doc.mentions[i].text.lower() for i in actor.mentions]
    return names


def _body_classes(ctx: "QuoteContext", ref: SpeakerRef) -> frozenset[str]:
    """The classes a speaker's names show: police, prosecutor, … (`NAME_MARKS`), an outlet by a
    MEDIA actor, a web address or a press noun it was introduced with; a person is no body."""
    actor = ctx.doc.actor(ref.actor_id) if ref.actor_id else None
    if actor is not None and actor.type not in ("ORG", "MEDIA") or actor is None and _person_phrase(ctx, ref):
        return frozenset()  # ("корреспондент издания «UA:Харьков»" is a person, no outlet)
    names = _names(ctx, ref)
    found = {name for name, marks in NAME_MARKS.items() if any(marks.search(n) for n in names)}
    if found - {STATE}:
        found.add(STATE)  # (the police, a prosecutor's office … are state bodies: "ведомство")
    web = any(WEB_NAME.search(n) for n in names)
    if actor is not None and actor.type == "MEDIA" or web \
            or actor is None and PRESS_WORDS.search((ref.text or "").lower()):
        found.add(OUTLET)
        found |= {kind for kind, word in PRESS_KINDS.items()
                  if kind == PORTAL and web or _introduced_with(ctx, ref, names, word)}
    if actor is None and not _proper(ref.name):
        return frozenset()  # (a description left unresolved - "полиция", "Печатное издание" - is no named body)
    return frozenset(found)


def _introduced_with(ctx: "QuoteContext", ref: SpeakerRef, names: list[str], word: str) -> bool:
    """The outlet's names hold the press word, or the word stands right before one of its mentions
    ("телеканал CNN", "газета «Ведомости»")."""
    if any(word in n for n in names):
        return True
    actor = ctx.doc.actor(ref.actor_id) if ref.actor_id else None
    spans = [(ctx.doc.mentions[i].start, ctx.doc.mentions[i].stop) for i in actor.mentions] if actor else []
    if ref.start is not None and ref.stop is not None:
        spans.append((ref.start, ref.stop))
    for start, stop in spans:
        k = ctx.doc.token_span(start, stop)[0] - 1
        while k >= 0 and ctx.tokens[k].text in NAME_QUOTES:
            k -= 1
        if k >= 0 and ctx.tokens[k].text.lower().startswith(word):
            return True
    return False


def _rival_classes(classes: frozenset[str]) -> frozenset[str]:
    """The classes of a body that, named after the candidate, may be the one the phrase stands for:
    any outlet for a kind of outlet (a "газета" after "Ведомости" and then "РИА Новости" is unclear)."""
    return classes | {OUTLET} if classes & PRESS_KINDS.keys() else classes


def _person_phrase(ctx: "QuoteContext", ref: SpeakerRef) -> bool:
    """The reference's own phrase is headed by an animate noun (a person's description)."""
    if ref.start is None or ref.stop is None:
        return False
    roots = ctx.phrase_roots(ref.start, ref.stop)
    return any(ctx.tokens[k].feats.get("Animacy") == "Anim" or ctx.tokens[k].pos == "PROPN"
               and any(m.type == "PER" for m in ctx.res.mentions_in(ctx.tokens[k].start, ctx.tokens[k].stop))
               for k in roots)


def _proper(name: str) -> bool:
    """A name that is no common phrase: a web address or a capital inside it ("пресс-служба ГУ МВД")."""
    return bool(WEB_NAME.search(name)) or any(ch.isupper() for ch in name[1:])


def _other_body_named(ctx: "QuoteContext", body: Body, start: int, stop: int, classes: frozenset[str]) -> bool:
    """Another organisation of the classes is named between `start` and `stop` (as a source or
    not): the type noun may stand for it."""
    for mention in ctx.res.mentions_in(start, stop):
        if mention.type not in ("ORG", "MEDIA") or not mention.actor_id or mention.actor_id == body.ref.actor_id:
            continue
        ref = SpeakerRef(mention.actor_id, mention.text, mention.text, mention.start, mention.stop)
        if _body_classes(ctx, ref) & classes and mention.text.lower() != body.ref.name.lower():
            return True
    return False


def _habitual(ctx: "QuoteContext", sentence: int) -> bool:
    return any(_lemma(t) in HABIT_WORDS for t in ctx.doc.sentence_tokens(sentence))


def _other_place(ctx: "QuoteContext", start: int, sentence: int, quote: Quote, bodies: list[Body]) -> bool:
    """From the body's last word (`start`) to the end of the frame's sentence, outside the quote, the
    text names a place that the body's names, the sentences it spoke in and its words do not ("В Твери
    в полиции заявили" after "ГУ МВД по Москве"; cr38 F6: "Похожий случай произошел … в Твери: …" in
    between - the story moved there)."""
    s = ctx.doc.sentences[sentence]
    places = [m for m in ctx.res.mentions_in(min(start, s.start), s.stop) if m.type in ("GPE", "LOC")
              and not quote.start <= m.start < quote.stop]
    if not places:
        return False
    known = " ".join(name for body in bodies for name in _names(ctx, body.ref))
    for body in bodies:
        there = ctx.doc.sentence_at(body.at)
        if there is not None:
            known += " " + ctx.doc.sentences[there].text.lower()
        known += " " + ctx.doc.text[body.quote.start:body.quote.stop].lower()
    return any(_place_stem(m.text) not in known for m in places)


def _place_stem(text: str) -> str:
    """A place's name without its case ending, to find it in other forms ("Твери" - "Тверь")."""
    word = text.lower().replace("ё", "е")
    return word[:max(4, len(word) - 2)]
