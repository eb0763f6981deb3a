"""(dvF) A speaker named by a generic region noun ("сообщили в пресс-службе правительства
региона", "губернатор области") is completed with the one region the document names after the
same owner noun ("По данным правительства Тульской области" -> "пресс-служба правительства
Тульской области").

Regional news names its region once and then says "региона"/"области"; the gold names the
speaker with the region.  The completion is taken only when the document gives exactly one
region after that owner noun, so a text about two regions keeps the generic word.

(dvQ) A generic "республики"/"страны" with no such region is the country the document is about
("пресс-служба генеральной прокуратуры республики" in a text on Belarus -> "… Белоруссии").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from khronika.nlp.doc import Mention, Quote, SpeakerRef
from khronika.quotes.cues import lemma

if TYPE_CHECKING:
    from khronika.quotes.context import QuoteContext

# Genitive forms of the generic region nouns that end a speaker's name ("правительства региона").
GENERIC_REGIONS = frozenset({"региона", "области", "края", "республики"})


def complete_regions(ctx: "QuoteContext", quotes: list[Quote]) -> None:
    """Give each speaker that ends in a generic region noun the document's one region after its owner."""
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None or speaker.actor_id is not None:
            continue
        words = speaker.name.split()
        regional = _regional_adjective_name(ctx, speaker, words)
        if regional is not None:
            quote.speaker = SpeakerRef(None, regional, speaker.text, speaker.start, speaker.stop)
            continue
        if len(words) < 2 or words[-1].lower() not in GENERIC_REGIONS | COUNTRY_WORDS:
            continue
        owner = _owner_lemma(ctx, speaker, words[-2])
        places = _regions_after(ctx, owner) if owner else set()
        # (cr32 F1) a republic the text names as "республика X" before any foreign country it mentions
        republic = _named_republic(ctx) if len(places) != 1 and words[-1].lower() == "республики" else None
        if republic is not None:
            name = " ".join(words[:-1] + ["Республики", republic])
            quote.speaker = SpeakerRef(None, name, speaker.text, speaker.start, speaker.stop)
            continue
        if len(places) != 1 and words[-1].lower() in COUNTRY_WORDS:
            places = _one_country(ctx, words[-1].lower())
        if len(places) == 1:
            name = " ".join(words[:-1] + [places.pop()])
            quote.speaker = SpeakerRef(None, name, speaker.text, speaker.start, speaker.stop)


def _named_republic(ctx: "QuoteContext") -> str | None:
    """(mA32, rv32_Q C1) "В республику Коми поступило … , сообщает пресс-служба главы республики": the one place
    the document names right after the noun "республика" - the republic a bare "республики" stands for (its name
    stays as written in that apposition); None when it names none or two."""
    tokens = ctx.doc.tokens
    places = {m.start: m for m in ctx.doc.mentions if m.type in ("LOC", "GPE")}
    found = set()
    for k in range(len(tokens) - 1):
        if lemma(tokens[k]) == "республика" and (place := places.get(tokens[k + 1].start)) is not None \
                and ctx.sent_of_token(k) == ctx.sent_of_token(k + 1):  # (not a next paragraph's first word)
            found.add(" ".join(place.normal.split()))
    return found.pop() if len(found) == 1 else None


# (dvQ) Generic country nouns that end a speaker's name ("пресс-служба генеральной прокуратуры республики",
# "канцелярия кабмина страны"), and the country a bare "республики" never means in Russian news: there
# it is one of Russia's republics (Коми, Татарстан), which the registry does not hold as countries.
COUNTRY_WORDS = frozenset({"республики", "страны"})
HOME_COUNTRY = "gpe:russia"


def _one_country(ctx: "QuoteContext", word: str) -> set[str]:
    """(dvQ) The genitive name of the country the document is about ("Власти Белоруссии … генеральной
    прокуратуры республики" -> {"Белоруссии"}): the one it names, or the one it names at least twice as
    often as all others together; empty when none stands out, or when a "республики" would be Russia.
    (cr32 F1, F2) The country is named twice at least when the text names other places (a delegation "из Китая"
    in a Kazan story is not what the text is about), and its name is written as the text writes it in the genitive, else not at all."""
    countries = sorted(((len(actor.mentions), actor.id, actor.mentions) for actor in ctx.doc.actors
                        if actor.type == "GPE" and actor.known and actor.id.startswith("gpe:")), reverse=True)
    if not countries:
        return set()
    # (a country met once stands out only in a text that names no other place: "Делегация из Китая посетила Казань")
    top = set(countries[0][2])
    elsewhere = any(m.type in ("LOC", "GPE") for i, m in enumerate(ctx.doc.mentions) if i not in top)
    if countries[0][0] < max(2 if elsewhere else 1, 2 * sum(count for count, _, _ in countries[1:])):
        return set()
    _, actor_id, mentions = countries[0]
    if word == "республики" and actor_id == HOME_COUNTRY:
        return set()
    genitive = _genitive_mention(ctx, mentions)
    return {genitive} if genitive else set()


def _genitive_mention(ctx: "QuoteContext", mentions: list[int]) -> str | None:
    """The country's name as one of its mentions writes it in the genitive ("Казахстана"), or in a dative or
    locative that is the genitive's form too ("в Белоруссии", "Великобритании": nouns in "-ия")."""
    for index in mentions:
        mention = ctx.doc.mentions[index]
        first, last = ctx.doc.token_span(mention.start, mention.stop)
        case = ctx.doc.tokens[first].feats.get("Case") if first < last else None
        if case == "Gen" or case in ("Loc", "Dat") and mention.text.endswith("ии"):
            return " ".join(mention.text.split())
    return None


def _owner_lemma(ctx: "QuoteContext", speaker: SpeakerRef, word: str) -> str | None:
    """The lemma of the noun the region noun depends on ("правительства" -> "правительство"): from
    the speaker's own words when its surface ends in the region noun, else from the document's
    token of that spelling."""
    tokens = ctx.doc.tokens
    if speaker.start is not None and speaker.stop is not None:
        first, last = ctx.doc.token_span(speaker.start, speaker.stop)
        if last - first >= 2 and tokens[last - 1].text.lower() in GENERIC_REGIONS:
            return lemma(tokens[last - 2])
    return next((lemma(t) for t in tokens if t.text.lower() == word.lower()), None)


def _regions_after(ctx: "QuoteContext", owner: str) -> set[str]:
    """The place names that follow a token of lemma `owner` anywhere in the document
    ("правительства Тульской области" -> {"Тульской области"})."""
    tokens = ctx.doc.tokens
    places = {m.start: m for m in ctx.doc.mentions if m.type == "LOC"}
    found = set()
    for k in range(len(tokens) - 1):
        if lemma(tokens[k]) != owner:
            continue
        place = places.get(tokens[k + 1].start)
        if place is not None and place.text.split()[0].lower() not in GENERIC_REGIONS:
            found.add(" ".join(place.text.split()))
    return found


# (dvJ) Adjectives of "the region" before a body ("региональное правительство", "областная дума") and the
# region nouns (nominative) each may stand for.
REGIONAL_ADJECTIVES = {"региональный": ("область", "край", "республика"), "областной": ("область",),
                       "краевой": ("край",), "республиканский": ("республика",)}


def _regional_adjective_name(ctx: "QuoteContext", speaker: SpeakerRef, words: list[str]) -> str | None:
    """(dvJ) "сообщается на сайте регионального правительства" -> "правительство Рязанской области":
    a body named by a regional adjective is that body of the one region the document names (written
    in the genitive somewhere), else None.
    (rG39) A press office keeps its word ("пресс-служба регионального управления по ЧС" -> "пресс-служба
    управления по ЧС Саратовской области"), and a republic counts as a region ("Республике Коми")."""
    press = bool(words) and words[0].lower() == PRESS_OFFICE
    body = words[1:] if press else words
    if len(body) < 2 or speaker.start is None or speaker.stop is None:
        return None
    first, last = ctx.doc.token_span(speaker.start, speaker.stop)
    adjective = last - len(body)
    if adjective < first or (not press and adjective != first):
        return None  # (the body's name is the surface word for word: "регионального правительства")
    kinds = REGIONAL_ADJECTIVES.get(lemma(ctx.doc.tokens[adjective]))
    if not kinds:
        return None
    regions = {m.normal for m in ctx.doc.mentions if m.type == "LOC" and _region_kind(ctx, m.normal) in kinds}
    if len(regions) != 1:
        return None
    genitive = _region_genitive(ctx, regions.pop())
    if genitive is None:
        return None
    return " ".join(([words[0]] if press else []) + body[1:] + [genitive])


PRESS_OFFICE = "пресс-служба"


def _region_kind(ctx: "QuoteContext", normal: str) -> str | None:
    """The region noun of a region's name ("Тульская область" -> "область", "Республика Коми" -> "республика"),
    and "республика" for a republic named short that the registry knows as "Республика <name>" ("Дагестан")."""
    parts = normal.split()
    if len(parts) == 1:
        known = ctx.res.known_actor(normal)
        return "республика" if known is not None and ctx.res.known_actor("Республика " + normal) == known else None
    if parts[0].lower() == "республика":
        return "республика"
    return parts[-1].lower() if parts[-1].lower() in ("область", "край", "республика") else None


def _region_genitive(ctx: "QuoteContext", normal: str) -> str | None:
    """The region's name in the genitive: as a mention writes it ("Тульской области"), or, for a republic
    named first ("Республике Коми"), its head noun put in the genitive ("Республики Коми")."""
    genitive = next((m.text for m in ctx.doc.mentions if m.normal == normal and m.text != m.normal
                     and m.text.split()[-1].lower() in GENERIC_REGIONS), None)
    if genitive is not None:
        return " ".join(genitive.split())
    parts = normal.split()
    if len(parts) == 1:  # (a republic named short is named as a genitive mention writes it: "Дагестана")
        return next((m.text for m in ctx.doc.mentions if m.normal == normal and _genitive_case(ctx, m)), None)
    if parts[0].lower() == "республика":
        return " ".join(["Республики"] + parts[1:])
    return None


def _genitive_case(ctx: "QuoteContext", mention: Mention) -> bool:
    """The mention's first word is in the genitive ("Дагестана")."""
    first, last = ctx.doc.token_span(mention.start, mention.stop)
    return first < last and ctx.doc.tokens[first].feats.get("Case") == "Gen"
