"""Organisations named by a common noun and a place: "посольство США",
"мэрия Москвы", "правительства Киргизии", "российское правительство",
"британские власти".  Both factRuEval and NEREL annotate these as
organisations, and they are real actors for events ("посольство США
заявило").  A bare head ("правительство") is left alone: without the place
it does not say whose.  Tuned on NEREL train.
"""
from __future__ import annotations

from typing import Any

from khronika.nlp.doc import Doc, Mention, Token
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
    found.extend(nested_body_cores(doc, [s for s, _ in spans] + found))
    found.extend(named_org_cores(doc, [s for s, _ in spans] + found))
    return found


def drop_places_in_descriptors(doc: Doc, spans: list[tuple[RawSpan, str | None]],
                               found: list[RawSpan]) -> list[tuple[RawSpan, str | None]]:
    """(mx26, rv26_Q H2) A place the tagger made of an organisation's own head noun and the words before it
    ("Чертановский суд" LOC inside "Чертановский суд Москвы") is a piece of that organisation's name, not a
    place: it goes when a descriptor organisation covers it.  A place the registry knows, or one without an
    organisation noun ("Москвы" ending the name), stays."""
    orgs = [org for org in found if org.type == "ORG"]
    if not orgs:
        return spans
    kept = []
    for span, actor_id in spans:
        first, last = doc.token_span(span.start, span.stop)
        if (span.type in PLACE_TYPES and actor_id is None and any(_head(doc.tokens[k]) for k in range(first, last))
                and any(org.start <= span.start and span.stop < org.stop for org in orgs)):
            continue
        kept.append((span, actor_id))
    return kept


# Institution nouns that NEREL annotates again, as an organisation of their own, when
# they open a longer organisation's name ("правительство | Германии", "Полиция |
# Лас-Вегаса"): on NEREL train documents 200-499, 33 of 41 such heads were gold
# ("прокуратура" 2 of 5, left out).
NESTED_BODIES = frozenset({"полиция", "правительство", "парламент", "сенат", "конгресс"})


def nested_body_cores(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    """The body's noun opening an organisation's name, as the short name nested in
    it (ORG_CORE, as "МВД" in "МВД Киргизии"): a mention, never an actor of its own.
    Source `descriptor`: it names no one by itself, and factRuEval scores no name part
    for it."""
    found: list[RawSpan] = []
    for token in doc.tokens:
        # PROPN too: the tagger calls a capitalised "Правительство" opening a name a proper noun.
        if token.pos not in ("NOUN", "PROPN") or (token.lemma or "").lower().replace("ё", "е") not in NESTED_BODIES:
            continue
        covering = [s for s in spans if s.start < token.stop and token.start < s.stop]
        if covering and all(s.type == "ORG" and s.start == token.start and s.stop > token.stop for s in covering):
            found.append(RawSpan(token.start, token.stop, "ORG_CORE", "descriptor"))
    return found


# Nouns that, capitalised alone before a place, are not a short name NEREL annotates
# ("Банк | России", "Суд | Вены", "Власти | США", "Посольство | США"); contracted names
# ("Минобороны", "Генпрокуратуры") are.
GENERIC_HEADS = (ORG_HEADS | frozenset({"банк", "университет"})) - frozenset({
    "минобороны", "минфин", "минздрав", "минюст", "генпрокуратура", "генштаб"})
_OPENING_QUOTES = "«„\"“'"


def _lemma(token: Token) -> str:
    return (token.lemma or token.text).lower().replace("ё", "е")


def named_org_cores(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    """A named organisation ending in a genitive place ("МИД | России", "Верховной Рады |
    Украины", "Следственный комитет | РФ") keeps its name before the place as the short
    name nested in it (ORG_CORE), as NEREL annotates it.  `extend_org_with_place` does
    this when the tagger ends the name before the place; here the tagger (or the
    registry) took the place in.  Not after a preposition ("МВД по | Башкирии"), not
    an adjective agreeing with the place ("Единой | России"), not a common noun
    ("посольства | США"): a name starts capitalised."""
    taken = {(s.start, s.stop) for s in spans}
    found: list[RawSpan] = []
    for org in spans:
        if org.type != "ORG":
            continue
        places = [p for p in spans if p.type in PLACE_TYPES and p.stop == org.stop and p.start > org.start]
        if not places:
            continue
        place = min(places, key=lambda p: p.start)
        if doc.text[place.start - 1:place.start] != " ":
            continue
        first, last = doc.token_span(org.start, place.start - 1)
        p_first, _ = doc.token_span(place.start, place.stop)
        if first >= last or not doc.tokens[first].text[:1].isupper():
            continue
        place_word = doc.tokens[p_first]
        if place_word.feats.get("Case") != "Gen" and not place_word.text.isupper():
            continue  # "Реал | Мадрид", "Единая | Россия"
        if doc.tokens[last - 1].pos in ("ADJ", "ADP", "DET"):
            continue  # "Единой | России", "МВД по | Башкирии"
        if org.start > 0 and doc.text[org.start - 1] in _OPENING_QUOTES:
            continue  # «Почта России», «Свободная партия Эстонии»: the quoted name is one name
        if last - first == 1 and _lemma(doc.tokens[first]) in GENERIC_HEADS:
            continue  # "Банк | России", "Суд | Вены", "Власти | США": a common noun, capitalised
        core = (doc.tokens[first].start, doc.tokens[last - 1].stop)
        if core not in taken:
            taken.add(core)
            found.append(RawSpan(core[0], core[1], "ORG_CORE", "descriptor"))
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


# ---- descriptors that refer back to a named organisation ----

# A descriptor noun → the head nouns an organisation it refers back to may be
# introduced with ("Британский регулятор" → "британское Управление по
# контролю …"; "компания" → "компания GlaxoSmithKline", "концерн «…»").
_BUSINESS = frozenset({"компания", "авиакомпания", "корпорация", "концерн", "холдинг", "медиахолдинг", "фирма",
                       "производитель", "перевозчик", "лоукостер", "банк", "оператор", "ритейлер", "группа"})
_REGULATOR = frozenset({"регулятор", "управление", "агентство", "служба", "комиссия", "инспекция", "надзор",
                        "ведомство", "министерство", "департамент", "комитет"})
DESCRIPTOR_KINDS: dict[str, frozenset[str]] = {
    "компания": _BUSINESS, "корпорация": _BUSINESS, "концерн": _BUSINESS | {"концерн"},
    "холдинг": _BUSINESS, "медиахолдинг": frozenset({"медиахолдинг", "холдинг"}),
    "авиакомпания": frozenset({"авиакомпания", "перевозчик", "лоукостер"}),
    "авиаперевозчик": frozenset({"авиакомпания", "перевозчик", "лоукостер"}),
    "перевозчик": frozenset({"авиакомпания", "перевозчик", "лоукостер", "компания"}),
    "лоукостер": frozenset({"авиакомпания", "перевозчик", "лоукостер"}),
    "производитель": _BUSINESS, "банк": frozenset({"банк"}),
    "регулятор": _REGULATOR, "ведомство": _REGULATOR - {"регулятор"},
}
MAX_SENTENCES_BACK = 6  # a descriptor refers to an organisation named in the last few sentences


def _kinds(doc: Doc, mention: Mention) -> set[str]:
    """Head nouns the mention is introduced with: its own first word
    ("Управление по контролю …") or the noun before it ("компания «X»")."""
    first, _ = doc.token_span(mention.start, mention.stop)
    kinds = {_lemma(doc.tokens[first])} if first < len(doc.tokens) else set()
    k = first - 1
    while k >= 0 and doc.tokens[k].text in "«\"„“":
        k -= 1
    if k >= 0 and doc.tokens[k].pos == "NOUN":
        kinds.add(_lemma(doc.tokens[k]))
    return kinds


def _actor_kinds(orgs: list[tuple[Mention, set[str]]], actor_id: str | None, before: int) -> set[str]:
    """Head nouns any mention of the actor before `before` is introduced with."""
    kinds: set[str] = set()
    for mention, introduced in orgs:
        if mention.actor_id == actor_id and mention.stop <= before:
            kinds |= introduced
    return kinds


def _names_follow(doc: Doc, index: int, starts: set[int]) -> bool:
    # "компания «X»", "компания GlaxoSmithKline", "регулятор рынка": not an anaphor.
    if index + 1 >= len(doc.tokens):
        return False
    nxt = doc.tokens[index + 1]
    return nxt.text in "«\"„“" or nxt.start in starts or nxt.feats.get("Case") == "Gen" or nxt.pos == "PROPN"


# Adjectives that make a descriptor another organisation than the one named ("любая другая авиакомпания").
OTHER_ADJ = frozenset({"другой", "иной"})


def _descriptor_state(doc: Doc, first: int, index: int) -> str | None:
    """The state a geo adjective of the descriptor names ("украинская компания" → gpe:ukraine)."""
    for k in range(first, index):
        offset = doc.tokens[k].start
        adjective = next((m for m in doc.mentions if m.type == "GEO_ADJ" and m.start <= offset < m.stop), None)
        if adjective is not None and adjective.actor_id:
            return adjective.actor_id
    return None


def _other_state(registry: Any, actor_id: str | None, state: str | None) -> bool:
    """The registry places the actor in another state than `state` (unknown actors: no one knows)."""
    known = registry.actors.get(actor_id) if registry is not None and actor_id and state else None
    place = registry.actors.get(state) if known is not None else None
    if known is None or place is None or place.type != "GPE":
        return False  # "европейская авиакомпания": Europe is no state
    own = known.id if known.type == "GPE" else known.country
    return own is not None and own != state


def _of_state(registry: Any, actor_id: str | None, state: str) -> bool:
    """The registry places the actor in `state`."""
    known = registry.actors.get(actor_id) if registry is not None and actor_id else None
    return known is not None and (known.country or (known.id if known.type == "GPE" else None)) == state


def _state_elsewhere(registry: Any, orgs: list[tuple[Mention, set[str]]], antecedent: Mention, state: str | None,
                     earliest: int, before: int) -> bool:
    """(mV35, rv35_Q C1) "Суд арестовал принадлежащие «Газпрому» акции компании «Блэк Си Пайплайн Компани Б.В.». Об
    этом говорится в отчете российской компании": a descriptor with a state's adjective is not a company of unknown
    state when an organisation the registry places in that state is named in reach (which is meant, the text does
    not say: no link)."""
    if state is None or _of_state(registry, antecedent.actor_id, state):
        return False
    return any(earliest <= m.start and m.stop <= before and _of_state(registry, m.actor_id, state) for m, _ in orgs)


def descriptor_mentions(doc: Doc, registry: Any = None) -> list[Mention]:
    """ROLE mentions for bare organisation descriptors, with the actor of the
    latest organisation named before them with a compatible head noun.  A descriptor
    with a state's adjective ("украинская компания") is no registry organisation of
    another state (`registry` tells); "другая компания" is none of those named."""
    covered = {i for m in doc.mentions if m.type != "GEO_ADJ" for i in range(*doc.token_span(m.start, m.stop))}
    starts = {m.start for m in doc.mentions}
    named = [m for m in doc.mentions if m.type in ("ORG", "MEDIA") and m.actor_id]
    # Each named organisation with the head nouns it is introduced with: read once, at the first descriptor.
    orgs: list[tuple[Mention, set[str]]] | None = None
    found: list[Mention] = []
    for index, token in enumerate(doc.tokens):
        lemma = _lemma(token)
        if (lemma not in DESCRIPTOR_KINDS or token.pos != "NOUN" or index in covered
                or token.feats.get("Number") == "Plur" or _names_follow(doc, index, starts)):
            continue
        if orgs is None:
            orgs = [(m, _kinds(doc, m)) for m in named]
        here = doc.sentence_at(token.start)
        earliest = doc.sentences[max(0, here - MAX_SENTENCES_BACK)].start if here is not None else 0
        first = _leading_adjectives(doc, index)
        if any(_lemma(doc.tokens[k]) in OTHER_ADJ for k in range(first, index)):
            continue
        state = _descriptor_state(doc, first, index)
        # An organisation is introduced by a head noun once ("лоукостер RyanAir") and named bare
        # later ("Ryanair обнародовала …. Авиакомпания сказала"): any earlier mention of its actor counts.
        antecedent = next((m for m, _ in reversed(orgs) if earliest <= m.start and m.stop <= token.start
                           and _actor_kinds(orgs, m.actor_id, token.start) & DESCRIPTOR_KINDS[lemma]
                           and not _other_state(registry, m.actor_id, state)), None)
        if antecedent is None or _state_elsewhere(registry, orgs, antecedent, state, earliest, token.start):
            continue
        start = doc.tokens[first].start
        found.append(Mention(start, token.stop, doc.text[start:token.stop], "ROLE", lemma,
                             antecedent.actor_id, "descriptor"))
    return found
