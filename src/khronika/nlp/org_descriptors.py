"""Organisations named by a common noun and a place: "посольство США",
"мэрия Москвы", "правительства Киргизии", "российское правительство",
"британские власти".  Both factRuEval and NEREL annotate these as
organisations, and they are real actors for events ("посольство США
заявило").  A bare head ("правительство") is left alone: without the place
it does not say whose.  Tuned on NEREL train.
"""
from __future__ import annotations

from khronika.nlp.doc import Doc, Token
from khronika.nlp.ner_rules import RawSpan

# Lemmas of nouns that head an organisation's descriptive name.
ORG_HEADS = frozenset({
    "правительство", "министерство", "посольство", "консульство", "генконсульство", "прокуратура",
    "генпрокуратура", "мэрия", "администрация", "парламент", "полиция", "власть", "ведомство",
    "армия", "флот", "спецслужба", "генштаб", "кабинет", "суд", "минобороны", "минфин", "минздрав",
    "минюст", "департамент", "управление", "служба", "комитет", "совет", "милиция", "правоохранитель",
    "руководство", "командование", "пограничник", "силовик", "дипмиссия", "миссия", "представительство",
})
PLACE_TYPES = frozenset({"GPE", "LOC"})
MAX_INNER = 3  # genitive words between head and place: "министерство иностранных дел | России"


def _is_inner(token: Token) -> bool:
    return token.pos in ("ADJ", "NOUN") and token.feats.get("Case") == "Gen" and token.text[:1].islower()


def _head(token: Token) -> bool:
    return (token.lemma or "").replace("ё", "е") in ORG_HEADS and token.pos == "NOUN"


def descriptor_orgs(doc: Doc, spans: list[tuple[RawSpan, str | None]]) -> list[RawSpan]:
    """New ORG spans; `spans` are the merged mentions so far (places found by
    NER, the gazetteer or as geo-adjectives)."""
    taken = [s for s, _ in spans if s.type in ("ORG", "PER", "MEDIA")]
    found: list[RawSpan] = []
    for span, _ in spans:
        first, last = doc.token_span(span.start, span.stop)
        if first >= last:
            continue
        if span.type in PLACE_TYPES:
            org = _head_then_place(doc, first, last)
        elif span.type == "GEO_ADJ":
            org = _geo_adj_then_head(doc, first)
        else:
            org = None
        if org and not any(t.start < org.stop and org.start < t.stop for t in taken + found):
            found.append(org)
    return found


def _head_then_place(doc: Doc, first: int, last: int) -> RawSpan | None:
    # Walk left from the place over lower-case genitive words to a head noun.
    k = first - 1
    while k >= 0 and first - k <= MAX_INNER + 1:
        token = doc.tokens[k]
        if _head(token):
            if token.feats.get("Case") == "Gen" and k > 0 and _head(doc.tokens[k - 1]):
                k -= 1  # "пресс-служба | посольства США": keep the outer head
            k = _leading_adjectives(doc, k)  # "следственный комитет России"
            if "\n" in doc.text[doc.tokens[k].start:doc.tokens[last - 1].stop]:
                return None  # never across paragraphs
            return RawSpan(doc.tokens[k].start, doc.tokens[last - 1].stop, "ORG", "descriptor")
        if not _is_inner(token):
            return None
        k -= 1
    return None


MAX_LEADING_ADJ = 2


def _leading_adjectives(doc: Doc, k: int) -> int:
    head = doc.tokens[k]
    j = k
    while (j - 1 >= 0 and k - (j - 1) <= MAX_LEADING_ADJ and doc.tokens[j - 1].pos == "ADJ"
           and doc.tokens[j - 1].feats.get("Case") == head.feats.get("Case")):
        j -= 1
    return j


def _geo_adj_then_head(doc: Doc, first: int) -> RawSpan | None:
    # "российское (дипломатическое) ведомство": adjectives then the head.
    k = first + 1
    while k < len(doc.tokens) and k - first <= 2:
        token = doc.tokens[k]
        if _head(token):
            return RawSpan(doc.tokens[first].start, token.stop, "ORG", "descriptor")
        if token.pos != "ADJ":
            return None
        k += 1
    return None
