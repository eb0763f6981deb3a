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
