"""Capitalised words that are names only because they open a sentence.

A sentence's first word is capitalised whatever it is, so the capital there is no evidence of
a name.  The tagger and the registry's ambiguous aliases still take such words for names:
"Как передает Укринформ" (LOC `Как`), "Воскресное заседание кабинета" (ORG), a rubric label
"Аналитика" (PER), "«Рады, честно говоря, рады»" (the Verkhovna Rada).  A one-word span that
opens a sentence is dropped when the dictionary reads the word as a common word and
nothing else in the document speaks for a name:

- a tagger span (no registry id) whose word has no name reading at all (no `Name`, `Surn`,
  `Patr`, `Geox`, `Orgn`, `Trad`, `Abbr` parse): for a person, any common word but a noun for a
  person in the tagged case ("Неприязнь", "Аналитика"; not "Христианку", which the events layer
  reads as the person described so); for the other types, only a word with no noun reading
  ("Как", "Воскресное"), since companies and bodies are often named by a common noun ("Почта",
  "Сбербанк");
- a registry alias ("Рады") the tagger read in an oblique case, whose word is also a
  predicative form (a short adjective, a verb or participle form, a predicative): "Рады,
  честно говоря" is "glad", while "Рада приняла закон" keeps its parliament.

Other evidence that keeps the span: the same word written with a capital inside a sentence
elsewhere in the document; and a conjunct that is a name of the same type: a word coordinated
with a span of its type ("Заречный и Лесной получат новые школы": the town Заречный, an
adjective-form name the dictionary does not know as a place, joined to the place Лесной; review
rev20_A L3) is listed with it as one of the same kind.
"""
from __future__ import annotations

from typing import Any

from khronika.nlp.doc import Doc
from khronika.nlp.ner_rules import RawSpan

NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init", "LATN"})
NOUN_POS = frozenset({"NOUN"})
PREDICATIVE_POS = frozenset({"ADJS", "VERB", "INFN", "PRTS", "PRED", "GRND"})
_NOMINAL_POS = frozenset({"NOUN", "PROPN", "ADJ"})
_PYMORPHY_CASE = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
# Punctuation that may stand before a sentence's first word.
_OPENERS = frozenset("«\"'„“(—–-…")


def sentence_initial_tokens(doc: Doc) -> set[int]:
    """Token index of each sentence's first word (after opening quotes or a dash)."""
    first: set[int] = set()
    for sentence in doc.sentences:
        for index in range(sentence.token_start, sentence.token_stop):
            text = doc.tokens[index].text
            if text and all(ch in _OPENERS for ch in text):
                continue
            first.add(index)
            break
    return first


def _capitalised_inside(doc: Doc, initial: set[int]) -> set[str]:
    """Lower-cased words written with a capital somewhere other than a sentence's start."""
    return {t.text.lower() for i, t in enumerate(doc.tokens)
            if i not in initial and t.text[:1].isupper()}


def drop_common_initials(doc: Doc, merged: list[tuple[RawSpan, str | None]],
                         vocab: Any) -> list[tuple[RawSpan, str | None]]:
    """`merged` (spans with their registry ids) without the sentence-initial common words."""
    if vocab is None or not doc.sentences:
        return merged
    initial = sentence_initial_tokens(doc)
    inside: set[str] | None = None
    kept: list[tuple[RawSpan, str | None]] = []
    for span, actor_id in merged:
        first, last = doc.token_span(span.start, span.stop)
        if last - first == 1 and first in initial:
            token = doc.tokens[first]
            word = token.text
            if word[:1].isupper() and not word.isupper() and word.isalpha():
                if inside is None:
                    inside = _capitalised_inside(doc, initial)
                if word.lower() not in inside and _common_word(vocab, word, span, actor_id, token) \
                        and not _coordinated_with_name(doc, first, span.type, merged):
                    continue
        kept.append((span, actor_id))
    return kept


def _coordinated_with_name(doc: Doc, index: int, type_: str, merged: list[tuple[RawSpan, str | None]]) -> bool:
    """Whether token `index` and a word of another span of type `type_` are conjuncts (UD `conj`,
    either way round): "Заречный и Лесной", "Мирный, Удачный и Айхал"."""
    token = doc.tokens[index]
    if token.pos not in _NOMINAL_POS:  # "Вот и Маркус Зёдер…" (a particle the parser joined to the name)
        return False
    partners = {j for j, t in enumerate(doc.tokens) if t.head == index and t.rel == "conj"}
    if token.rel == "conj" and token.head >= 0:
        partners.add(token.head)
    if not partners:
        return False
    for span, _ in merged:
        if span.type != type_:
            continue
        first, last = doc.token_span(span.start, span.stop)
        if not first <= index < last and any(first <= j < last for j in partners):
            return True
    return False


def _common_word(vocab: Any, word: str, span: RawSpan, actor_id: str | None, token: Any) -> bool:
    lower = word.lower()
    if not vocab.word_is_known(lower):
        return False
    parses = vocab.parse(lower)
    tags = [set(str(p.tag).replace(" ", ",").split(",")) for p in parses]
    if actor_id is not None:
        case = token.feats.get("Case")
        return bool(case) and case != "Nom" and any(t & PREDICATIVE_POS for t in tags)
    if any(t & NAME_GRAMMEMES for t in tags):
        return False
    if span.type == "PER":
        # A noun for a person in the case the tagger read ("Христианку приговорили", "Подруга
        # рассказала") is left to the events layer, which reads it as the person the document
        # describes so (events/titles.py, round 31).
        if token.pos not in ("NOUN", "PROPN"):
            return True
        case = _PYMORPHY_CASE.get(token.feats.get("Case", ""))
        return not any("NOUN" in t and "anim" in t and (case is None or case in t) for t in tags)
    return not any(t & NOUN_POS for t in tags)
