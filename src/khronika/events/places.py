"""Where an event happened, when the trigger's own locative says nothing (issue 5; eighteenth session, helper l1).

`attributes.choose_location` reads the trigger's own "в/на X" (a place noun naming its place in
its genitive or apposition counts: "в провинции Идлиб", "в аэропорту Болоньи" → Идлиб, Болонья).
The coder then tries, in this order, the fallbacks of this module (`fallback_place`):

1. a locative naming an institution by its building is in that building's town ("принимает в Белом доме"
   → Вашингтон, "пикет возле Госдумы" → Москва; a small table of seats, `SEATS`);
2. an act of a local institution named with its town or district is at that seat ("Окружной суд
   Амстердама наложил арест", "суд города Шейкхупура приговорил", "прокуратура Павии" → the town);
   a state's institutions ("Верховный суд Пакистана") are not placed: the state is their
   jurisdiction, and the gold leaves their acts without a place;
3. a strike or demonstration by a group named with its state ("немецкие пилоты", "пилоты в
   Германии") is in that state;
4. an attack, arrest or seizure is where its object is ("обстреляли объекты в ДНР", "разогнали лагеря в
   Каире"; a prepositional-case locative, not a direction: "экспорт в Великобританию");
5. a demand a protest is held with is made where the protest is ("пикет возле Госдумы с требованием").

A place the text states is kept as it is, a whole state included ("суд в Германии отклонил жалобу"
is in Германия): these fallbacks only fill a place the trigger's own locative left empty.
"""
from __future__ import annotations

from typing import Callable

from khronika.nlp.doc import Event, EventActor
from khronika.events.continuity import accompanied_protest
from khronika.events.tree import VERBAL, Found, Tree

# Common nouns of a place that name their place in the genitive or in apposition ("в провинции
# Идлиб", "в аэропорту Болоньи", "в центре Москвы", "в городе Торгау"); the named place is where.
CONTAINER_NOUNS = frozenset({
    "город", "столица", "провинция", "область", "район", "регион", "округ", "штат", "край", "республика",
    "графство", "кантон", "поселок", "посёлок", "село", "деревня", "аэропорт", "порт", "центр", "пригород",
    "окраина", "окрестность",
})
# Institutions whose seat their genitive place names ("суд Лахора", "прокуратура Павии").
INSTITUTION_NOUNS = frozenset({
    "суд", "прокуратура", "полиция", "милиция", "правительство", "мэрия", "администрация", "власть",
    "горсуд", "трибунал", "прокурор", "управление", "департамент",
})
# Institutions named by (or sitting in) one building, and the town of that building: "в Белом доме",
# "возле Госдумы" is there.  (Registry ids; a `seat` column of the registry would be their proper home.)
SEATS = {
    "org:white-house": "loc:washington", "org:kremlin": "loc:moscow", "org:state-duma": "loc:moscow",
    "org:moscow-city-duma": "loc:moscow", "org:elysee": "loc:paris", "org:bundestag": "loc:berlin",
    "org:verkhovna-rada": "loc:kyiv",
}
# Prepositions of being at or next to a place ("в Белом доме", "у Кремля", "возле Госдумы").
LOCATIVE_PREPS = frozenset({"в", "на", "у", "около", "возле", "под"})
# Types placed in the state their group source is named with ("немецкие пилоты", "пилоты в Германии").
PROTEST_TYPES = frozenset({"PROTEST"})
# Types whose act happens where its object is (a strike on objects, an arrest of people, a seizure).
OBJECT_PLACED_TYPES = frozenset({"ASSAULT", "COERCE"})
PLACE_TYPES = frozenset({"LOC", "GPE", "FAC"})


def is_state(tree: Tree, place: EventActor) -> bool:
    """A whole state (a registry `gpe:` id, or a document actor typed GPE), not a town or a region."""
    if not place.actor_id:
        return False
    if place.actor_id.startswith("gpe:"):
        return True
    actor = tree.doc.actor(place.actor_id)
    return actor is not None and actor.type == "GPE"


def _place_mention(tree: Tree, j: int) -> EventActor | None:
    mention = tree.mention_of[j]
    if mention is None or mention.type not in PLACE_TYPES or not mention.actor_id:
        return None
    return EventActor(mention.actor_id, tree.name_of(mention.actor_id, mention.normal or mention.text))


def contained_place(tree: Tree, j: int) -> EventActor | None:
    """The place a container noun names ("провинции Идлиб", "аэропорту Болоньи", "города Павия")."""
    if tree.lemma(j) not in CONTAINER_NOUNS or tree.tok(j).pos != "NOUN":
        return None
    for c in tree.kids(j, "appos", "flat", "flat:name", "nmod"):
        if tree.tok(c).rel == "nmod" and (tree.prep(c) is not None or tree.case(c) != "Gen"):
            continue
        place = _place_mention(tree, c) or contained_place(tree, c)
        if place is not None:
            return place
    return None


def _single(tree: Tree, j: int) -> bool:
    """The place is named alone, not one of several ("пилоты в Бельгии, Ирландии и Швеции"; also a
    coordinated sibling the parser attached beside it: "в Германии и остальных государствах")."""
    if tree.kids(j, "conj") or tree.tok(j).rel == "conj":
        return False
    head = tree.head(j)
    siblings = tree.kids(head, tree.tok(j).rel) if head is not None else []
    return not any(k > j and tree.kids(k, "cc") for k in siblings)


def seat_locative(tree: Tree, i: int, source: list[Found], target: list[Found],
                  country_of: Callable[[str], str | None]) -> EventActor | None:
    """1. The town of a building-institution the trigger's locative names ("принимает в Белом доме" →
    Вашингтон, "пикет возле Госдумы" → Москва), when that institution is not the act's source ("в Кремле
    заявили" is the Kremlin speaking, not a place) and its state is the state of one of the act's
    parties (a "Белый дом" read as Washington's in a story between Russians is Moscow's, or misread)."""
    sources = {found.actor.actor_id for found in source}
    states = {country_of(found.actor.actor_id or "") for found in source + target} - {None}
    hosts = [i]
    head = tree.head(i)
    if head is not None and tree.tok(i).rel in ("nsubj", "nsubj:pass", "obj", "obl") and tree.tok(head).pos in VERBAL:
        hosts.append(head)
    for host in hosts:
        for c in tree.children[host]:
            mention = tree.mention_of[c]
            if mention is None or mention.actor_id not in SEATS or mention.actor_id in sources \
                    or tree.prep(c) not in LOCATIVE_PREPS or country_of(mention.actor_id) not in states:
                continue
            town = SEATS[mention.actor_id]
            return EventActor(town, tree.registry_names.get(town, town))
    return None


def _head_tokens(tree: Tree, found: Found) -> list[int]:
    """The source's own token and the head tokens of its actor's mentions in the document."""
    out = [found.token]
    actor = tree.doc.actor(found.actor.actor_id) if found.actor.actor_id else None
    for k in (actor.mentions if actor is not None else []):
        first, last = tree.doc.token_span(tree.doc.mentions[k].start, tree.doc.mentions[k].stop)
        span = range(first, last)
        out += [j for j in span if tree.head(j) not in span][:1]
    return out


def institution_seat(tree: Tree, source: list[Found]) -> EventActor | None:
    """2. The town or district a local institution source is named with ("суд Лахора" → Лахор)."""
    for found in source:
        for h in _head_tokens(tree, found):
            if tree.lemma(h) not in INSTITUTION_NOUNS:
                continue
            for c in tree.kids(h, "nmod"):
                if tree.prep(c) is not None or tree.case(c) != "Gen":
                    continue
                place = _place_mention(tree, c) or contained_place(tree, c)
                if place is not None and not is_state(tree, place):
                    # a district of a town is placed at the town ("суд Южного округа Нью-Йорка" → Нью-Йорк)
                    return _outer_town(tree, c) or place
    return None


def _outer_town(tree: Tree, j: int) -> EventActor | None:
    """The town a district token names in its genitive ("Партизанского района города Минска" → Минск)."""
    for c in tree.kids(j, "nmod"):
        if tree.prep(c) is None and tree.case(c) == "Gen":
            place = _place_mention(tree, c) or contained_place(tree, c)
            if place is not None and not is_state(tree, place):
                return place
    return None


def protesters_state(tree: Tree, source: list[Found]) -> EventActor | None:
    """3. The state a protesting group is named with ("немецкие пилоты", "пилоты Ryanair в Германии")."""
    for found in source:
        if found.type != "GROUP":
            continue
        j = found.token
        for c in tree.kids(j, "amod"):
            mention = tree.mention_of[c]
            if mention is not None and mention.type == "GEO_ADJ" and (mention.actor_id or "").startswith("gpe:") \
                    and _single(tree, c):
                return EventActor(mention.actor_id, tree.name_of(mention.actor_id, mention.normal or mention.text))
        for c in tree.kids(j, "nmod"):
            place = _place_mention(tree, c) if tree.prep(c) == "в" and _single(tree, c) else None
            if place is not None and is_state(tree, place):
                return place
    return None


def object_locative(tree: Tree, i: int) -> EventActor | None:
    """4. Where the attacked or seized object is ("обстреляли объекты в ДНР", "задержали активистов в Минске")."""
    for o in tree.kids(i, "obj", "nsubj:pass"):
        for c in tree.kids(o, "nmod"):
            if tree.prep(c) in ("в", "на") and tree.case(c) == "Loc" and _single(tree, c):  # not "экспорт в X"
                place = _place_mention(tree, c) or contained_place(tree, c)
                if place is not None:
                    return place
    return None


def fallback_place(tree: Tree, i: int, type_: str, source: list[Found], target: list[Found],
                   country_of: Callable[[str], str | None], earlier: list[Event]) -> EventActor | None:
    """The fallbacks 1-5 of the module docstring, in order (the trigger's own locative said nothing).
    `country_of`: the state of a registry id (a state is its own); `earlier`: the document's events so far."""
    place = seat_locative(tree, i, source, target, country_of)
    place = place or institution_seat(tree, source)
    if place is None and type_ in PROTEST_TYPES:
        place = protesters_state(tree, source)
    if place is None and type_ in OBJECT_PLACED_TYPES:
        place = object_locative(tree, i)
    if place is None and type_ == "REQUEST":
        # 5. a demand a protest is held with is made where the protest is ("пикет возле Госдумы с требованием")
        protest = accompanied_protest(tree, i, earlier)
        place = protest.location if protest is not None else None
    return place
