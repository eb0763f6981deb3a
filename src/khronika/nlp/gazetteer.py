"""Registry aliases found in tokenised text (longest match first).

An alias matches a run of tokens when every word matches by surface form
or by lemma, so "Кремля", "Женеве", "Североатлантического альянса" are
found from the nominative aliases.  Capitalised alias words need a
capitalised token: the lemma of "штат" must not find "Штаты" (USA).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from khronika.nlp.doc import Token
from khronika.nlp.registry import Registry, alias_key

# Aliases this short are too ambiguous as surface strings ("ЕС" is fine
# because it is upper case; lower-case one-letter words are not).
MIN_ALIAS_CHARS = 2
# Case endings of masculine nouns, tried off a word the dictionary does not know ("Совфеде").
_CASE_ENDINGS = ("ами", "ом", "ах", "ам", "ов", "е", "а", "у", "ы")
_SENTENCE_ENDS = frozenset({".", "!", "?", "…", "\n"})
# (ra21 M3) Opening quotes: the word after one starts quoted speech or a title, its capital no name's.
_OPENING_QUOTES = frozenset({"«", "„", "“"})
_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
# Only nominal words are matched by lemma ("" = no morphology ran).
_NAME_POS = frozenset({"NOUN", "PROPN", "ADJ", "X", ""})


@dataclass
class GazetteerHit:
    first: int   # token index
    last: int    # one past the last token
    actor_id: str


@dataclass
class Gazetteer:
    # key: tuple of per-word keys; each entry carries whether the word is capitalised
    by_words: dict[tuple[str, ...], list[tuple[str, tuple[bool, ...]]]] = field(default_factory=dict)
    max_words: int = 1
    first_words: set[str] = field(default_factory=set)
    # Keys that exist only as an alias's lemmas, never as an alias as written,
    # with the positions where the lemma differs from the written word: there
    # a token must match with a lemma of its own, never with its surface
    # ("Умеров" → "умер" must not find the verb "Умер").
    lemma_only: dict[tuple[str, ...], frozenset[int]] = field(default_factory=dict)
    # The dictionary's view of a lower-case word: 2 = it reads the word as a name of its own
    # (surname, first name, place, organisation: "Крымов" is a surname, not "Крым" + "ов"), 1 = a
    # common word ("маска"), 0 = unknown ("совфеде").  None: no dictionary.
    known: Callable[[str], int] | None = None

    @classmethod
    def build(
        cls, registry: Registry, lemma_of: Callable[..., str], tokenize: Callable[[str], list[str]],
        known: Callable[[str], int] | None = None,
    ) -> "Gazetteer":
        """Index every alias by its surface words and by their lemmas.

        `lemma_of` lemmatises one word out of context (pymorphy's first
        parse; with `alone=True`, a one-word alias, its nominative reading's);
        `tokenize` must split like the text tokenizer does.
        """
        gaz = cls(known=known)
        written: set[tuple[str, ...]] = set()
        lemma_positions: dict[tuple[str, ...], set[int]] = {}
        for actor in registry.actors.values():
            for alias in {actor.name, *actor.aliases}:
                raw = tokenize(alias)
                words = [alias_key(w) for w in raw]
                if not words or len(alias) < MIN_ALIAS_CHARS or not all(words):
                    continue
                caps = tuple(w[:1].isupper() for w in raw)
                entry = (actor.id, caps)
                written.add(tuple(words))
                # (a one-word alias as written: an abbreviation is told by its capitals)
                lemmas = ((alias_key(lemma_of(raw[0], alone=True)),) if len(words) == 1
                          else tuple(lemma_of(w) for w in words))
                lemma_positions.setdefault(lemmas, set()).update(
                    j for j, (w, lemma) in enumerate(zip(words, lemmas)) if w != lemma)
                for key in {tuple(words), lemmas}:
                    gaz.first_words.add(key[0])
                    ids = gaz.by_words.setdefault(key, [])
                    if entry not in ids:
                        ids.append(entry)
                gaz.max_words = max(gaz.max_words, len(words))
        gaz.lemma_only = {key: frozenset(at) for key, at in lemma_positions.items() if key not in written}
        return gaz

    def find(self, tokens: list[Token], offset: int = 0, starts: frozenset[int] = frozenset()) -> list[GazetteerHit]:
        """Non-overlapping longest hits in a token list (indices shifted by `offset`).  `starts`: indices
        into `tokens` of the first tokens of the document's sentences (a headline with no full stop ends one)."""
        # Keys are computed once per token; only windows whose first word
        # starts some alias are tried (most tokens start none).
        surface = [alias_key(t.text) for t in tokens]
        nominal = [bool(t.lemma) and t.pos in _NAME_POS for t in tokens]
        lemmas = [alias_key(t.lemma) if own else key for t, key, own in zip(tokens, surface, nominal)]
        hits: list[GazetteerHit] = []
        i = 0
        while i < len(tokens):
            hit = None
            if surface[i] in self.first_words or lemmas[i] in self.first_words:
                hit = self._longest(tokens, surface, lemmas, nominal, i)
            if not hit:
                # (ra21 M3) A capital is a sentence's also after a headline with no full stop and after an
                # opening quote: «Трасса М-12 откроется», «Трассу «Таврида» проверили» are no Liz Truss.
                initial = i == 0 or i in starts or tokens[i - 1].text in _SENTENCE_ENDS | _OPENING_QUOTES
                hit = self._stem(tokens[i], surface[i], initial)
            if hit:
                n, actor_id = hit
                hits.append(GazetteerHit(offset + i, offset + i + n, actor_id))
                i += n
            else:
                i += 1
        return hits

    def _stem(self, token: Token, surface: str, initial: bool = False) -> tuple[int, str] | None:
        """A capitalised word that neither as written nor by its lemma starts an alias, read
        with a noun's case ending taken off: "Совфеде" (a word the dictionary lacks, lemma
        guessed "совфедя") is the alias "Совфед"; "изобретение Маска" (a common word where no
        sentence starts) the alias "Маск"; never a name of its own ("Крымов").  Only for a capitalised one-word alias of
        at least four letters that ends in a consonant, as masculine nouns with these endings do."""
        if not token.text[:1].isupper() or token.text.isupper():
            return None
        # Only off a word that is no name of its own, and off a common word only where its capital
        # is no sentence's ("изобретение Маска", not "Маска. Коронавирус").
        if self.known is not None and self.known(token.text.lower()) >= (1 if initial else 2):
            return None
        for ending in _CASE_ENDINGS:
            stem = surface[:-len(ending)]
            if not surface.endswith(ending) or len(stem) < 4 or stem[-1] not in _CONSONANTS:
                continue
            entries = self.by_words.get((stem,))
            if entries and (stem,) not in self.lemma_only and len({found for found, _ in entries}) == 1 \
                    and all(caps[0] for _, caps in entries):
                return 1, entries[0][0]
        return None

    def _longest(self, tokens: list[Token], surface: list[str], lemmas: list[str], nominal: list[bool],
                 i: int) -> tuple[int, str] | None:
        for n in range(min(self.max_words, len(tokens) - i), 0, -1):
            window = tokens[i:i + n]
            for key, lemmatised in ((tuple(surface[i:i + n]), False), (tuple(lemmas[i:i + n]), True)):
                entries = self.by_words.get(key)
                if not entries:
                    continue
                at = self.lemma_only.get(key)
                if at and not (lemmatised and all(nominal[i + j] for j in at)):
                    continue
                for actor_id, caps in entries:
                    if all(not cap or t.text[:1].isupper() for cap, t in zip(caps, window)):
                        if len({found for found, _ in entries}) == 1:
                            return n, actor_id
                        return None  # ambiguous alias: leave it to NER
        return None
