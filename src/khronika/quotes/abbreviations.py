"""(dvD) A speaker written as a Latin abbreviation the text spells out elsewhere: the headline
"WP: антироссийские санкции …" over a body that says "пишет газета Washington Post" is The
Washington Post, not an organisation called "WP".  The abbreviation must be the initials of the
capitalised words of another organisation or outlet the document names (articles aside), and
exactly one such one: "WSJ" is The Wall Street Journal, "NYT" The New York Times.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from khronika.nlp.doc import Quote, SpeakerRef

if TYPE_CHECKING:
    from khronika.quotes.context import QuoteContext

ABBREVIATION = re.compile(r"[A-Z]{2,5}")
# (mB28, review rv28_Q cause 4) A Cyrillic abbreviation ("НГ", "МЭА") is the initials of every word of a
# Russian name, lower-case words too ("Независимая газета", "Международное энергетическое агентство").
CYRILLIC_ABBREVIATION = re.compile(r"[А-ЯЁ]{2,5}")
# Words left out of a Russian name's initials ("Министерство по чрезвычайным ситуациям" -> "МЧС").
RUSSIAN_FUNCTION_WORDS = frozenset({"и", "по", "в", "во", "на", "для", "с", "со", "при", "о", "об"})
# Words left out of an outlet's initials.
ARTICLES = frozenset({"The", "the", "of", "and", "&"})
NAMED_TYPES = frozenset({"ORG", "MEDIA"})


def expand_abbreviations(ctx: "QuoteContext", quotes: list[Quote]) -> None:
    """Replace every abbreviation speaker by the one organisation whose initials it is."""
    for quote in quotes:
        _expand_owner_abbreviation(ctx, quote)
        speaker = quote.speaker
        if speaker is None or not (ABBREVIATION.fullmatch(speaker.name)
                                   or CYRILLIC_ABBREVIATION.fullmatch(speaker.name)):
            continue
        spelled = _spelled_out(ctx, speaker.name, speaker.actor_id)
        if spelled is not None:
            quote.speaker = SpeakerRef(spelled[0], spelled[1], speaker.text, speaker.start, speaker.stop)


LATIN_NAME_WORD = re.compile(r"[A-Z][A-Za-z.'’]*")
CYRILLIC_WORD = re.compile(r"[А-ЯЁа-яё]+")


def initials(name: str) -> str:
    """"The Washington Post" -> "WP"; "" when a word is not a capitalised Latin one."""
    return _first_letters(name, ARTICLES, LATIN_NAME_WORD, str)


def russian_initials(name: str) -> str:
    """"Независимая газета" -> "НГ"; "" when a word is not a Cyrillic one or the name is one word."""
    return _first_letters(name, RUSSIAN_FUNCTION_WORDS, CYRILLIC_WORD, str.lower).upper()


def _first_letters(name: str, skipped: frozenset[str], word: re.Pattern[str], fold: Callable[[str], str]) -> str:
    """The first letters of a name of two words or more, the words whose `fold` is `skipped` left out
    ("" when a word does not match `word`)."""
    words = [w for w in re.split(r"[\s-]+", name.strip()) if w and fold(w) not in skipped]
    if len(words) < 2 or not all(word.fullmatch(w) for w in words):
        return ""
    return "".join(w[0] for w in words)


def _spelled_out(ctx: "QuoteContext", abbreviation: str, own_id: str | None) -> tuple[str, str] | None:
    """(actor id, name) of the one other organisation of the document with these initials."""
    found: dict[str, str] = {}
    for mention in ctx.doc.mentions:
        if mention.type not in NAMED_TYPES or not mention.actor_id or mention.actor_id == own_id:
            continue
        actor = ctx.doc.actor(mention.actor_id)
        name = actor.name if actor else mention.text
        if abbreviation in (initials(name), initials(mention.text), russian_initials(name),
                            russian_initials(mention.text)):
            found[mention.actor_id] = name
    return next(iter(found.items())) if len(found) == 1 else None


# (mA30) "пресс-служба КС": a description whose last word is an abbreviation.
OWNER_ABBREVIATION = re.compile(r"(.+\s)([A-ZА-ЯЁ]{2,5})")


def _expand_owner_abbreviation(ctx: "QuoteContext", quote: Quote) -> None:
    """(mA30, rv30_Q cause 10) "Координационного совета (КС) … сообщила пресс-служба КС": a description
    owned by an abbreviation the text defines in brackets after the full name in the genitive is that
    name's ("пресс-служба Координационного совета"), as the document writes it."""
    speaker = quote.speaker
    match = OWNER_ABBREVIATION.fullmatch(speaker.name) if speaker is not None and speaker.actor_id is None else None
    if match is None:
        return
    full = _genitive_definition(ctx, match.group(2))
    if full is not None:
        quote.speaker = SpeakerRef(None, match.group(1) + full, speaker.text, speaker.start, speaker.stop)


def _genitive_definition(ctx: "QuoteContext", abbreviation: str) -> str | None:
    """The words of a genitive name right before "(abbreviation)" whose initials it is, as written."""
    text = ctx.doc.text
    at = text.find(f" ({abbreviation})")
    if at < 0:
        return None
    mention = next((m for m in ctx.doc.mentions if m.stop == at and m.type in NAMED_TYPES), None)
    if mention is None or russian_initials(mention.text) != abbreviation:
        return None
    first, last = ctx.doc.token_span(mention.start, mention.stop)
    words = [t for t in ctx.doc.tokens[first:last] if t.pos in ("NOUN", "ADJ", "PROPN")]
    return mention.text if words and all(t.feats.get("Case") == "Gen" for t in words) else None
