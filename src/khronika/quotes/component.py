"""The `quotes` pipeline component: fills `doc.quotes`."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from khronika.nlp.doc import Doc, Token
from khronika.nlp.pipeline import Resources, register
from khronika.quotes.cues import Lexicon
from khronika.quotes.extract import QuoteExtractor
from khronika.quotes.speakers import SpeakerResolver


@dataclass
class Quotes:
    """Reported speech: direct, indirect and mixed quotes with their speakers."""

    lexicon: Lexicon
    registry: Any = None
    nominative: Callable[[Token], str | None] = lambda token: None
    name: str = "quotes"
    requires: frozenset[str] = frozenset({"sentences", "tokens", "mentions", "actors"})
    assigns: frozenset[str] = frozenset({"quotes"})

    def __call__(self, doc: Doc) -> None:
        doc.quotes = extract_quotes(doc, self.lexicon, self.registry, self.nominative)


def extract_quotes(doc: Doc, lexicon: Lexicon, registry: Any = None,
                   nominative: Callable[[Token], str | None] = lambda token: None) -> list:
    """Quotes of an already parsed Doc (sentences, tokens with syntax, mentions, actors)."""
    from khronika.nlp.roles import resolve_role

    resolver = SpeakerResolver(doc, lambda role: resolve_role(doc, registry, role), nominative)
    return QuoteExtractor(doc, lexicon, resolver).run()


def speech_lexicon(resources: Resources) -> Lexicon:
    return resources.get("speech_lexicon", Lexicon.load)


@register("quotes")
def _quotes(resources: Resources) -> Quotes:
    from khronika.nlp import natasha_adapter as nat
    from khronika.nlp.components import registry
    from khronika.nlp.roles import inflector

    return Quotes(speech_lexicon(resources), registry(resources), inflector(nat.morph_vocab(resources)))
