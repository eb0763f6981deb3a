"""The event coder: lexicon triggers in a parsed Doc → `Event` records.

For every token whose lemma the lexicon knows, the most specific matching
entry (its context words next to the trigger in the tree) gives the type,
mode and argument roles; the roles are resolved to actors
(`paths.py` then `actors.py`), the context to negation, hypotheticality, date, place and
attribution (`attributes.py`).  An event is kept only when it has the
actors its type needs: two participants for a symmetric event, otherwise a
source and a target (an act whose agent the text leaves unknown is not coded).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Callable

from khronika.nlp.doc import Doc, Event, EventActor, Quote, SpeakerRef, Token
from khronika.events.actors import actors_at, is_proxy, owners
from khronika.events.assets import asset_owner_tokens
from khronika.events.claims import claim_tellers, relay_cue
from khronika.events.latter import stray_latter
from khronika.events.reasons import prompted_by_verdict
from khronika.events.groups import describe, subunit_places
from khronika.events.holders import entry_destination, manner_verb, order_authors
from khronika.events.court_restatements import merge_court_restatements
from khronika.events.dating import later_report_dates
from khronika.events.obligations import duty_head
from khronika.events.forecasts import hedged_forecast
from khronika.events.visits import named_state, names_itself, official
from khronika.events.mentions16 import (
    called_killing, conditional_mention, interview, is_gloss, opinion_content, victim_tokens,
)
from khronika.events.completion import COMPLETION_PENALTY, complete_target, stray_genitive_agent
from khronika.events.conjuncts import stray_subject_conjunct
from khronika.events.continuity import (
    PAIR_LOOKBACK, accompanied_protest, continued_agent, coordinated_agent, pair_noun, protested_court, restated_agent,
    sentenced,
)
from khronika.events.discourse import salient_adversary
from khronika.events.focus import dominant, main_state, topic_person
from khronika.events.paths import SINKING_PREPS, accused, follow, fronted_patient, light_head, past_relative
from khronika.events.recovery import (
    AUTHORITY_WORDS, accusation_of, decision_author, title_authority, visited_place,
)
from khronika.events.referents import names_state, same_person, without_titles_of_named
from khronika.events.tree import Found, Tree
from khronika.events.attributes import DateChoice, agreed_to, choose_date, choose_location, is_hypothetical, own_date, \
    is_negated, document_reporter, presupposed, reporter
from khronika.events.places import fallback_place
from khronika.events.naming import only_state_named, plain_party_names, police_state_in_view
from khronika.events.messages import message_of
from khronika.events.nominal import framing_partner, nominal_source, nominal_target, occurring_act
from khronika.events.lexicon import (
    ActorHints, CameoTable, LexEntry, Lexicon, fold, is_symmetric, load_cameo, load_hints, load_lexicon,
    load_speech_verbs,
)

# Actor types that can take part in an event.  Places (LOC) take part only
# through a metonym ("Москва" → Россия) or as the target of an attack.
PARTICIPANT_TYPES = frozenset({"PER", "ORG", "GPE", "MEDIA", "GROUP"})
PLACE_TARGET_TYPES = frozenset({"ASSAULT"})
# Types whose target, when the text names none, is the organisation the source group belongs to
# (workers strike and make demands against their employer).
TARGET_FROM_SOURCE = frozenset({"PROTEST", "REQUEST", "THREATEN"})
# Types whose target is a person's liberty: a single representative arrested or released is that person,
# not the body (attacks on "сотрудники МККК" are attacks on МККК in the gold; arrests of "руководитель
# отделения X" are not arrests of X).
PERSONAL_TARGET_TYPES = frozenset({"COERCE", "RETREAT"})
# Targets of a strike that may be coded without a named attacker (`nosrc` entries).
PLACE_TYPES = frozenset({"LOC", "GPE", "FAC"})
# Types whose target, when it is a thing ("решение Мэй", "сана кардинала"), is the thing's owner or doer.
# (ASSAULT: "обстреляли окраину Горловки" is an attack on Горловка, "объекты в ДНР" on ДНР.)
OWNER_TARGET_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "SANCTION", "COERCE", "ASSAULT"})

# Confidence: a rule-based score from how the arguments were found, so that
# consumers can threshold; it is not a calibrated probability.
BASE_CONFIDENCE = 0.45
NAMED_SOURCE_BONUS = 0.25
NAMED_TARGET_BONUS = 0.15
CONTEXT_BONUS = 0.1         # the entry needed context words: a multiword pattern matched
UNNAMED_PENALTY = 0.15
HYPOTHETICAL_PENALTY = 0.1


@dataclass
class EventCoder:
    lexicon: Lexicon
    cameo: CameoTable
    hints: ActorHints
    speech_verbs: frozenset[str] = frozenset()
    registry_names: dict[str, str] = field(default_factory=dict)      # registry id -> canonical name
    registry_countries: dict[str, str] = field(default_factory=dict)  # place id -> state id
    projects: frozenset[str] = frozenset()  # registry ids of projects (pipelines, plants): never targets
    genitive: Callable[[str], str] = field(default=lambda name: name)  # state name → genitive ("суд <России>")
    # adjective of a group's head noun → nominative singular of a gender ("бывшего" → "бывший")
    nominative_adjective: Callable[[str, dict[str, str], str], str] = field(default=lambda word, feats, gender: word)
    locative: Callable[[str], str] = field(default=lambda name: name)  # (round 27) "Швеция" → "Швеции"

    @classmethod
    def load(cls, registry_names: dict[str, str] | None = None,
             registry_countries: dict[str, str] | None = None,
             projects: frozenset[str] = frozenset(),
             genitive: Callable[[str], str] | None = None,
             nominative_adjective: Callable[[str, dict[str, str], str], str] | None = None,
             locative: Callable[[str], str] | None = None) -> "EventCoder":
        return cls(load_lexicon(), load_cameo(), load_hints(), load_speech_verbs(),
                   registry_names or {}, registry_countries or {}, projects, genitive or _as_is,
                   nominative_adjective or _adjective_as_is, locative or _as_is)

    def _implicit_agent(self, tree: Tree, location: EventActor | None, i: int, headline: bool) -> list[Found]:
        """Who arrests or searches when the clause does not say.

        1. law enforcement named in this or the two previous sentences ("полиция", МВД, СК);
        2. the state where it happened, outside Russia ("задержаны в Польше" → Польша);
        3. in a headline, or for an arrest or search verb in a story about Russia (`_russian_arrest`),
           "силовики" (the convention for unnamed Russian law enforcement).
        Any other sentence with none of these keeps no source (the event is dropped)."""
        named = self._security_nearby(tree, i)
        if named is not None:
            return [named]
        state = self._state_of(location)
        if state is not None and state.actor_id != RUSSIA:
            return [Found(state, i, "GPE")]
        if headline:
            return [Found(EventActor(None, UNNAMED_SECURITY), i, "GROUP", named=False)]
        return []

    def _state_nearby(self, tree: Tree, i: int, state: str) -> bool:
        """The state, a place in it or its adjective is named in the trigger's sentence or the two before."""
        sentence = tree.doc.sentence_at(tree.tok(i).start) or 0
        first = tree.doc.sentences[max(0, sentence - POLICE_LOOKBACK)].token_start
        for j in range(first, i):
            mention = tree.mention_of[j]
            actor_id = mention.actor_id or "" if mention is not None else ""
            if _departure_origin(tree, j):
                continue  # (round 30) "по возвращении из Италии … был заключен под стражу": not where it happened
            if state in (tree.hints.metonyms.get(actor_id, actor_id), self.registry_countries.get(actor_id)) \
                    or (tree.tok(j).pos == "ADJ" and state in tree.hints.adjective(tree.lemma(j))):
                return True
        return False

    def _host_state(self, place: Found) -> list[Found]:
        state = self.registry_countries.get(place.actor.actor_id or "")
        if state is None:
            return []
        return [Found(EventActor(state, self.registry_names.get(state, state)), place.token, "GPE")]

    def _foreign_police(self, tree: Tree, entry: LexEntry, i: int) -> list[Found]:
        """(round 12) An agentless arrest or search verb with no place, in a story about one foreign
        state ("Биби арестовали" in a story about Pakistan): "полиция <страны>", the gold guide's name
        for unnamed police abroad.  Not when the sentence names another state."""
        if entry.type != "COERCE" or entry.mode not in ("arrest", "search") or tree.tok(i).pos not in ("VERB", "AUX") \
                or tree.tok(i).rel in ("acl", "amod"):
            return []  # (a predicate, not an attribute: "ранее арестованный бизнесмен" is background)
        main = main_state(tree.doc)
        if main is None or main == RUSSIA or _other_states(tree, i, main, self.registry_countries) \
                or not police_state_in_view(self, tree, i, main):
            return []  # (the story's state must be in view: named nearby, or the state the story is clearly about)
        state = tree.genitive_of(main, tree.name_of(main, main))
        return [Found(EventActor(None, f"{POLICE} {state}"), i, "GROUP", named=False)]

    def _foreign_authorities(self, tree: Tree, entry: LexEntry, i: int, target: list[Found],
                             tokens: list[int]) -> list[Found]:
        """(round 22) An agentless release or ban verb with no place, in a story about one foreign state, that
        state in view ("Биби освобождена из тюрьмы", "христианке запрещено покидать страну" in a story about
        Pakistan): "власти <страны>", the gold guide's name for unnamed authorities.  Not when the sentence
        names another state, nor for attributes ("освобождённая ранее" is background)."""
        if tree.tok(i).pos not in ("VERB", "AUX") or tree.tok(i).rel in ("acl", "amod"):
            return []
        if not target or any(not f.named for f in target) \
                or any(tree.mention_of[j] is None and tree.tok(j).feats.get("Animacy") != "Anim" for j in tokens):
            return []  # (whom it is done to, named: "их деятельность запрещена" bans a thing, not its owner)
        main = main_state(tree.doc)
        if main is None or main == RUSSIA or _other_states(tree, i, main, self.registry_countries) \
                or not self._state_nearby(tree, i, main):
            return []
        state = tree.genitive_of(main, tree.name_of(main, main))
        return [Found(EventActor(None, f"{AUTHORITIES} {state}"), i, "GROUP", named=False)]

    def _national_police(self, tree: Tree, i: int, found: list[Found]) -> list[Found]:
        """(round 15) "Полиция призывает демонстрантов разойтись" in a story about one foreign state in view:
        "полиция <страны>", the gold guide's name for unnamed police abroad (as for agentless arrests)."""
        if not any(fold(f.actor.name) == POLICE and not _registry_id(f.actor) for f in found):
            return found
        main = main_state(tree.doc)
        if main is None or main == RUSSIA or _other_states(tree, i, main, self.registry_countries) \
                or not police_state_in_view(self, tree, i, main):
            return found
        name = f"{POLICE} {tree.genitive_of(main, tree.name_of(main, main))}"
        return [replace(f, actor=EventActor(None, name)) if fold(f.actor.name) == POLICE and not _registry_id(f.actor)
                else f for f in found]

    def _national_court(self, tree: Tree, i: int, found: list[Found]) -> list[Found]:
        """(round 16) A court named only by its kind ("суд", "Верховный суд") in a story about one foreign state:
        "суд <страны>", "Верховный суд <страны>", the gold guide's names for a state's courts.  Not when the
        trigger's sentence names another state, nor when no state clearly leads the story (`_story_state`); in a
        story about Russia the bare name stays."""
        def bare(f: Found) -> bool:
            # (round 30) also a group of the court's people: "судьи Верховного суда" → "судьи Верховного суда Пакистана"
            name = fold(f.actor.name)
            return not _registry_id(f.actor) and (name in BARE_COURTS or name.endswith(BARE_COURT_GENITIVES))

        if not any(bare(f) for f in found):
            return found
        main = _story_state(tree.doc)
        if main is None or main == RUSSIA or _other_states(tree, i, main, self.registry_countries):
            return found
        state = tree.genitive_of(main, tree.name_of(main, main))
        return [replace(f, actor=EventActor(None, f"{f.actor.name} {state}")) if bare(f) else f for f in found]

    def _national_government(self, tree: Tree, i: int, found: list[Found], other: list[Found]) -> list[Found]:
        """A bare "правительство" in a story one foreign state clearly leads is that state's government,
        coded as the state as `_government` codes "правительство Японии".  Not when the trigger's sentence
        names another state ("глава МИД Британии призвал правительство": then the one state of the sentence, if it
        qualifies the source that addresses the government, `naming.only_state_named`), nor in a story about
        Russia.  `other`: the event's source when `found` is its target, else empty."""
        if not any(fold(f.actor.name) in BARE_GOVERNMENTS and not _registry_id(f.actor) for f in found):
            return found
        main = _story_state(tree.doc)
        if main == RUSSIA:
            return found  # (review rev19_A 1: in a story about Russia the bare government stays as written)
        if main is None or _other_states(tree, i, main, self.registry_countries):
            # (round ea) the sentence's one state, qualifying the source that addresses the government
            main = only_state_named(tree, i, self.registry_countries, [f.token for f in other])
            if main is None or main == RUSSIA or any(f.actor.actor_id == main for f in other):
                return found
        state = EventActor(main, tree.name_of(main, main))
        return [replace(f, actor=state, type="GPE")
                if fold(f.actor.name) in BARE_GOVERNMENTS and not _registry_id(f.actor) else f for f in found]

    def _case_court(self, tree: Tree, i: int) -> list[Found]:
        """(round 12) The court of the case a motion or a plea belongs to: the last court the document
        named before the trigger ("Федеральный суд … рассмотрел иск. … Истцам отказано в удовлетворении
        ходатайства"; "Пресненский суд … Прокурор просил наказать обвиняемых").  A bare "суд" says not which
        court: it is passed over.  No court named, no guess."""
        for j in range(i - 1, -1, -1):
            if tree.lemma(j) in COURT_LEMMAS and tree.tok(j).pos == "NOUN":
                found = [f for f in actors_at(tree, j) if COURT_LEMMAS & set(words := fold(f.actor.name).split())
                         and len(words) > 1]
                if found:
                    return found[:1]
        return []

    def _promise_not_an_offer(self, tree: Tree, i: int) -> bool:
        """(round 30 prototype, taken in round 33) Promise i is no AGREE offer: it is negated, or what it
        promises is an act of harm, threat or protest."""
        if is_negated(tree, i, self.lexicon.light_verbs):
            return True
        content = [k for c in tree.children[i] if tree.tok(c).rel in ("xcomp", "ccomp", "obj")
                   for k in tree.subtree(c, 30)]
        for k in content:
            entry = self.match(tree, k)
            if entry is not None and entry.type in PROMISED_ACT_TYPES_NOT_OFFERS:
                return True
        return False

    def _case_suspects(self, tree: Tree, i: int) -> list[Found]:
        """(round 13) The agent of the harmful act a criminal case opened by trigger `i` is about ("возбудило
        дело по фактам обстрелов ВСУ" → ВСУ; "дело о нападении полицейских на X" → полиция), read off the
        act noun's own roles; an act with no agent named gives nobody."""
        holders = [i] + [c for c in tree.kids(i, "obj") if tree.lemma(c) in CASE_NOUNS]
        for holder in holders:
            for c in tree.children[holder]:
                act = c
                if tree.lemma(c) == "факт":
                    act = next((k for k in tree.kids(c, "nmod") if tree.prep(k) is None), -1)
                if act < 0 or tree.prep(c) not in ("о", "по") or tree.tok(act).pos != "NOUN":
                    continue
                entry = self.match(tree, act)
                if entry is None or entry.type not in HARM_TYPES:
                    continue
                found, _ = self.role_actors(tree, entry, entry.source, act, False)
                if not found and entry.type == "ASSAULT":
                    # "обстрелы ВСУ": an army in the genitive of an attack noun is its agent
                    armies = set(self.hints.forces.values())
                    found = [f for f in self.role_actors(tree, entry, entry.target, act, True)[0]
                             if f.actor.actor_id in armies]
                if found:
                    return found
        return []

    def _implicit_court(self, tree: Tree, location: EventActor | None, i: int,
                        convicting: bool = False) -> list[Found]:
        """Who sentences when the clause does not say ("приговорили к пожизненному заключению",
        "осуждён на 5 лет"): only a court can.
        1. a court named earlier in this or the previous sentence ("Пресненский суд рассмотрел дело.
           Футболистов приговорили ..."), read as an actor phrase; a court named further away is often
           another instance (the appeal court of the news, not the court of a background sentence); for a
           conviction (`convicting`), not a court named beside an acquittal or a quashed sentence;
        2. "суд <state>", the gold guide's name for an unnamed court, with the state where it
           happened or else the state the document names most often."""
        sentence = tree.doc.sentence_at(tree.tok(i).start) or 0
        first = tree.doc.sentences[max(0, sentence - COURT_LOOKBACK)].token_start
        here = self._state_of(location)
        for j in range(i - 1, first - 1, -1):
            if tree.lemma(j) in COURT_LEMMAS and tree.tok(j).pos == "NOUN":
                if here is not None and _court_state(tree, j) not in (None, here.actor_id):
                    continue  # "решение Верховного суда Израиля … приговорена в России": another state's court
                if convicting and _reversing_sentence(tree, j):
                    continue  # (round 13) the court that acquits or quashes did not pass the sentence
                found = [f for f in actors_at(tree, j) if COURT_LEMMAS & set(fold(f.actor.name).split())]
                if found:
                    return found[:1]
        main = main_state(tree.doc)
        state = self._state_of(location)
        if state is None and main and not _other_states(tree, i, main, self.registry_countries):
            state = EventActor(main, self.registry_names.get(main, main))
        if state is None:
            # the sentence speaks of another state than the story's ("нидерландского дипломата осудили за
            # шпионаж в пользу России", "шпион в США приговорён"): where the court sat is unknown
            return []
        return [Found(EventActor(None, f"суд {_genitive(tree, state, self.genitive)}"), i, "GROUP", named=False)]

    def _with_employer(self, tree: Tree, found: Found) -> Found:
        """Staff who strike or demand without a named employer ("Пилоты требуют повышения зарплат",
        "бортпроводники компании") work for the organisation the story is about: the one the
        document names most, more than twice as often as any other; (round 23) failing that, the one named
        with staff earlier in the story (`_staff_employer`)."""
        if found.type != "GROUP" or found.members or tree.lemma(found.token) not in STAFF_NOUNS:
            return found
        employer = _main_organisation(tree) or _staff_employer(tree, found.token)
        if employer is None:
            return found
        # (round 38: not a numeral the parser calls "amod", "300 докеров")
        words = [tree.tok(c).text for c in tree.kids(found.token, "amod") if c < found.token and tree.tok(c).pos != "NUM"]
        name = " ".join(words + [tree.tok(found.token).lemma or tree.tok(found.token).text, employer.actor.name])
        places = subunit_places(tree, found.token, self.locative)
        if places:
            # (round 27) "пилоты ирландского и шведского подразделений лоукостера" → "пилот Ryanair в Ирландии и Швеции"
            name += f" {places}"
        return replace(found, actor=EventActor(None, name), members=[employer])

    def _security_nearby(self, tree: Tree, i: int) -> Found | None:
        sentence = tree.doc.sentence_at(tree.tok(i).start) or 0
        first = tree.doc.sentences[max(0, sentence - SECURITY_LOOKBACK)].token_start
        for j in range(i - 1, first - 1, -1):
            mention = tree.mention_of[j]
            if mention is not None and mention.actor_id in SECURITY_IDS:
                return Found(EventActor(mention.actor_id, tree.name_of(mention.actor_id, mention.normal)), j, "ORG")
            name = SECURITY_LEMMAS.get(tree.lemma(j))
            if name is not None:
                return Found(EventActor(None, name), j, "GROUP", named=False)
        return None

    def _speaker_actor(self, tree: Tree, i: int, sentence: int) -> EventActor | None:
        quote_index, _ = _quote_of(tree.doc.quotes, tree.tok(i).start)
        if quote_index is not None:
            speaker = _named_speaker(tree.doc.quotes[quote_index])
            return EventActor(speaker.actor_id, speaker.name) if speaker else None
        name = reporter(tree, i, sentence, self.speech_verbs)
        if name is None:
            return None
        actor = next((a for a in tree.doc.actors if a.name == name), None)
        return EventActor(actor.id if actor else None, name)

    def _claimant(self, tree: Tree, i: int, sentence: int) -> EventActor | None:
        """(round 15) Who tells of a wrongdoing: the teller its own clause names (`claims.claim_tellers`), else
        the speaker of the quote it stands in; an outlet that only relays the news ("сообщает ТАСС")
        accuses no one."""
        tellers = claim_tellers(tree, i, sentence, self.speech_verbs)
        quote_index, _ = _quote_of(tree.doc.quotes, tree.tok(i).start)
        quote = tree.doc.quotes[quote_index] if quote_index is not None else None
        if tellers:
            speaker = tellers[0].actor
        elif tellers is None and quote is not None and _named_speaker(quote) is not None and not relay_cue(quote.cue) \
                and fold(quote.speaker.text) not in PRONOUN_SPEAKERS:
            speaker = EventActor(quote.speaker.actor_id, quote.speaker.name)  # (the quote's own speaker, named)
        else:
            return None
        actor = tree.doc.actor(speaker.actor_id) if speaker.actor_id else None
        if actor is not None and actor.type == "MEDIA":
            return None
        state = tree.hints.metonyms.get(speaker.actor_id or "")
        # ("Минск считает, что …": a capital speaking for its government is the state)
        return EventActor(state, tree.name_of(state, state)) if state else speaker

    def _two_parties(self, tree: Tree, i: int) -> list[Found]:
        """The two parties the last sentences speak of ("Лавров прилетел в Анкару. Стороны
        договорились" → Лавров, Турция: a place stands for its state), when there are exactly two;
        with more ("стороны" of a lawsuit among the states where it is heard) nobody."""
        sentence = tree.doc.sentence_at(tree.tok(i).start) or 0
        first = tree.doc.sentences[max(0, sentence - PAIR_LOOKBACK)].token_start
        parties: dict[str, Found] = {}
        for j in range(first, i):
            mention = tree.mention_of[j]
            if mention is None or not mention.actor_id or (j > first and tree.mention_of[j - 1] is mention):
                continue
            actor = EventActor(mention.actor_id, tree.name_of(mention.actor_id, mention.normal or mention.text))
            state = self._state_of(actor)
            if state is not None:
                parties.setdefault(state.actor_id or "", Found(state, j, "GPE"))
            elif mention.type in ("PER", "ORG"):
                parties.setdefault(mention.actor_id, Found(actor, j, mention.type))
        return list(parties.values()) if len(parties) == 2 else []

    def _announcing_authority(self, tree: Tree, i: int, sentence: int) -> list[Found]:
        """The speaker of the quote or reporting clause the trigger stands in, when it is a state
        authority: a state, or an organisation whose name says it is a law-enforcement, judicial or
        government body (not a person, a party or an NGO, which report others' acts)."""
        speaker = self._speaker_actor(tree, i, sentence)
        if speaker is None or not speaker.actor_id:
            return []
        if speaker.actor_id.startswith("gpe:") or speaker.actor_id in SECURITY_IDS:
            return [Found(speaker, i, "GPE" if speaker.actor_id.startswith("gpe:") else "ORG")]
        actor = tree.doc.actor(speaker.actor_id)
        if actor is not None and actor.type == "PER":
            # "глава МВД X заявил, что обвинения сняты": the person speaks for the authority of their title
            sentence_span = tree.doc.sentences[sentence]
            body = title_authority(tree, speaker.actor_id, sentence_span.token_start, sentence_span.token_stop,
                                   AUTHORITY_WORDS)
            return [f for f in actors_at(tree, body) if f.type == "ORG"][:1] if body is not None else []
        if actor is None or actor.type != "ORG":
            return []
        words = set(fold(speaker.name).split())
        return [Found(speaker, i, "ORG")] if words & AUTHORITY_WORDS else []

    def _state_of(self, place: EventActor | None) -> EventActor | None:
        """The state a place belongs to (a GPE is its own state)."""
        if place is None or not place.actor_id:
            return None
        if place.actor_id.startswith("gpe:"):
            return place
        state = self.registry_countries.get(place.actor_id)
        return EventActor(state, self.registry_names.get(state, state)) if state else None

    # ---- matching ----
    def _neighbours(self, tree: Tree, i: int) -> set[str]:
        near = set(tree.children[i])
        for c in tree.children[i]:
            near.update(tree.children[c])
        head = tree.head(i)
        if head is not None:
            near.add(head)
            near.update(tree.children[head])
        near.discard(i)
        return {tree.lemma(j) for j in near}

    def match(self, tree: Tree, i: int) -> LexEntry | None:
        entries = self.lexicon.candidates(tree.tok(i).lemma or tree.tok(i).text)
        if not entries:
            return None
        near = self._neighbours(tree, i)
        preps = {tree.prep(c) for c in tree.children[i]}
        preps |= {tree.prep(g) for c in tree.kids(i, "acl") for g in tree.children[c]}
        negated = is_negated(tree, i, self.lexicon.light_verbs)
        for entry in entries:
            if any(w not in near for w in entry.context) or any(w in near for w in entry.forbidden):
                continue
            if any(p not in preps for p in entry.preps):
                continue
            if "neg" in entry.flags and not negated:
                continue
            if "quoted" in entry.flags and not _has_quote(tree, i):
                continue
            if entry.mode == "expel" and _sent_not_expelled(tree, i):
                continue
            if entry.type == "PROTEST" and _sign_of(tree, i):
                continue
            return entry
        return None

    # ---- arguments ----
    def role_actors(self, tree: Tree, entry: LexEntry, roles: tuple[str, ...], i: int,
                allow_places: bool, sinking: bool = False) -> tuple[list[Found], list[int]]:
        found: list[Found] = []
        tokens: list[int] = []
        for role in roles:
            # "subj|speaker": alternatives, the first that yields actors wins
            for alternative in role.split("|"):
                before = len(found)
                for j in follow(tree, alternative, i, self.lexicon.light_verbs, self.speech_verbs, sinking):
                    if j == i:
                        continue
                    tokens.append(j)
                    # "поддержал [назначение] Гутерреша", "не согласилась с [его доводами]": the thing
                    # judged or acted on stands for whoever did or owns it (targets only; not for "назвал
                    # X «...»": "назвала состояние Гарсии «тяжёлым»" does not accuse Гарсия)
                    # (except a statement: "назвала его слова «адом»" calls its speaker's words so)
                    owned = (entry.type in OWNER_TARGET_TYPES or entry.type == "PROTEST" and decision_author(tree, j)) \
                        and role in entry.target and ("quoted" not in entry.flags or tree.lemma(j) in STATEMENT_NOUNS) \
                        and not (entry.type == "SUPPORT" and tree.lemma(j) in ACTS_AGAINST_OWNER) \
                        and not _plan_topic(tree, j)
                    # ("поддержал отставку X" supports an act against X, not X)
                    # (round ep: "несогласие с планом выхода Великобритании из ЕС": the act a plan is about is
                    # not the plan's owner's; the plan's owner is its own genitive, "с политикой Мэй")
                    at = actors_at(tree, j)
                    if at and role in entry.target and entry.type in PERSONAL_TARGET_TYPES and is_proxy(tree, j) \
                            and tree.tok(j).feats.get("Number") == "Sing" and all(f.token != j for f in at) \
                            and not any(f.type == "PER" for f in at):  # (round 12: the head's own name stands)
                        # "задержали руководителя отделения X": the head is arrested, not X (a representative
                        # stands for the body only as the one who acts)
                        at = [d for d in [describe(tree, j)] if d is not None]
                    for f in at or (owners(tree, j, places=allow_places) if owned else []):
                        if allow_places and role in entry.target:
                            f = _attacked_place(tree, f)  # (e21) "удар по Киеву" strikes the city
                        if f.type in PARTICIPANT_TYPES or (allow_places and f.type in ("LOC", "FAC")):
                            found.append(f)
                        elif entry.mode == "visit" and role in entry.target and f.type == "LOC":
                            # (round 12) "посетил Одессу": a visit to a city is hosted by its state
                            found.extend(self._host_state(f))
                if len(found) > before:
                    break
        return _unique(found), tokens

    def _manner_holder(self, tree: Tree, i: int) -> tuple[list[Found], list[int]]:
        """(round 22) The subject of the verb act noun i is the manner or ground of (`holders.manner_verb`)."""
        verb = manner_verb(tree, i)
        if verb is None:
            return [], []
        tokens = follow(tree, "subj", verb, self.lexicon.light_verbs, self.speech_verbs)
        found = [f for j in tokens if j != i for f in actors_at(tree, j) if f.type in PARTICIPANT_TYPES]
        return _unique(found), tokens

    def _comitative_only(self, tree: Tree, entry: LexEntry, i: int, target: list[Found]) -> bool:
        """Every participant found stands in the trigger's own "с" phrase."""
        with_phrase, _ = self.role_actors(tree, entry, ("prep:с",), i, False)
        return {_key(f.actor) for f in target} <= {_key(f.actor) for f in with_phrase}

    def _requested(self, tree: Tree, i: int) -> bool:
        """The trigger is what someone asks for ("призывает ЕС принять [санкции]"): the content
        of a request is not an event of its own (the REQUEST is)."""
        child = i
        for a in tree.ancestors(i, REQUEST_CONTENT_DEPTH):
            if tree.tok(child).rel in NOT_CONTENT_RELS:
                # "Иванова, которая была приговорена …, попросила убежища": a clause about the one who
                # asks (or about an argument) says what happened to them, not what they ask for
                return False
            if any(e.type == "REQUEST" and not e.context for e in self.lexicon.candidates(tree.tok(a).lemma)):
                return True
            child = a
        return False

    def _event(self, tree: Tree, entry: LexEntry, i: int, sentence: int, article_dates: bool = True,
               earlier: list[Event] | None = None) -> Event | None:
        doc = tree.doc
        if entry.type != "REQUEST" and self._requested(tree, i):
            return None
        if "promise" in entry.flags and self._promise_not_an_offer(tree, i):
            return None  # (rounds 30, 33) "пообещал ввести санкции против X": the harm's entry codes the threat
        if conditional_mention(tree, i):
            return None  # (round 16) "в случае санкций": a case considered, not an act told
        if _addressing(tree, entry, i):
            return None
        allow_places = entry.type in PLACE_TARGET_TYPES
        source, source_tokens = self.role_actors(tree, entry, entry.source, i, False)
        if not source and tree.tok(i).pos == "NOUN":
            # "критика со стороны еврейских организаций": the agent of any nominal act
            source, source_tokens = self.role_actors(tree, entry, (AGENT_MARKER,), i, False)
        if not source and tree.tok(i).pos == "NOUN" and "subj" in entry.source:
            # (round 22) "объяснил уход [несогласием] с Мэй", "обрушился с [критикой]", "в знак [протеста]":
            # an act noun that is the manner or ground of a verb is the act of that verb's subject
            source, source_tokens = self._manner_holder(tree, i)
        if not source:
            # (round 38) "[Забастовка] пилотов Ryanair … началась": the agent's genitive the parser hung elsewhere
            stray, stray_tokens = stray_genitive_agent(tree, entry, i)
            if stray:
                source, source_tokens = stray, stray_tokens
        if not source:
            # (session 19, en) "Иран получил [помощь] от России"
            given, given_tokens = nominal_source(tree, entry, i)
            if given:
                source, source_tokens = given, given_tokens
        target, target_tokens = self.role_actors(tree, entry, entry.target, i, allow_places)
        if not target:
            # (session 19, en) "Украина получила [поддержку] ЕС", "[требование] X о том, чтобы Y …"
            named_target, named_tokens = nominal_target(tree, entry, i, self.lexicon.light_verbs)
            if named_target:
                target, target_tokens = named_target, target_tokens + named_tokens
        if not entry.symmetric and (not source or not target) and message_of(tree, i) is not None:
            # (round 32) "его письма немецким компаниям с [угрозами]", "письма, в которых [предупредил]": an act
            # a letter carries is its sender's, aimed at its addressee
            if not source:
                source, source_tokens = self.role_actors(tree, entry, ("sender",), i, False)
            if not target:
                target, target_tokens = self.role_actors(tree, entry, ("addressee",), i, False)
        if "nosink" in entry.flags and target:
            # (round 15) only the trigger's first phrase of its kind: "разногласия с премьером по вопросу об
            # отношениях с ЕС" (the parser may hang the later "с ЕС" on the trigger too)
            first = _first_prep_child(tree, i, entry.target)
            target = [f for f in target if first is None or f.token in tree.subtree(first, 30)]
        if "claim" in entry.flags:
            # (round 15) "Лавров заявил, что США нарушили договор": a wrongdoing told by a speaker is the
            # speaker's accusation of whoever did it (the entry's type: "X заслуживает смерти" threatens X);
            # told by no one (or denied), it is not coded
            speaker = self._claimant(tree, i, sentence)
            own = {speaker.actor_id, self.registry_countries.get(speaker.actor_id or "")} if speaker else set()
            # (nor does a speaker accuse their own state: "Лавров заявил, что Россия не допустит …")
            wrongdoers = [f for f in source if speaker is not None and _key(f.actor) != _key(speaker)
                          and f.actor.actor_id not in own - {None}]
            if not wrongdoers or (is_negated(tree, i, self.lexicon.light_verbs) and "neg" not in entry.flags) \
                    or is_hypothetical(tree, i, self.lexicon.light_verbs):
                return None  # ("не хочу, чтобы журналисты вмешивались": a wish, not a wrongdoing told)
            source, target, target_tokens = [Found(speaker, i, "PER")], wrongdoers, source_tokens
            source_tokens = []
        accusation = accusation_of(tree, i) if not source and not entry.symmetric else None
        accusers: list[Found] = []
        if accusation is not None:
            # "обвинила Россию в [обстреле] Харькова": the accused did the act, by the claim of an accuser
            # the clause names (an indefinite "его обвинили в ..." gives no one to report it: not coded)
            accusers = [f for j in follow(tree, "subj", accusation, self.lexicon.light_verbs, self.speech_verbs)
                        for f in actors_at(tree, j)]
            source_tokens = accused(tree, accusation) if accusers else []
            source = [f for j in source_tokens for f in actors_at(tree, j) if f.type in PARTICIPANT_TYPES]
        source, target = without_titles_of_named(tree, source), without_titles_of_named(tree, target)
        if not any(f.named for f in target):
            # "неизвестный грабитель угрожал кассиру": an incident between an unknown party and an unnamed
            # one has no identifiable actor (a named victim keeps the act: "застрелен неизвестным")
            source = [f for f in source if not _unknown_party(tree, f)]
        sinkable = (_has_sinking_prep(entry.target) or _has_dative(entry.target)) and "nosink" not in entry.flags
        if sinkable and (not target if not entry.symmetric else len(_unique(source + target)) < 2):
            # the target phrase may hang inside the trigger's complement ("протокол о нарушении в
            # отношении X", "заключил соглашение с X"); read only when the entry's own paths name nobody
            # (for a symmetric act: fewer than two participants)
            sunk, sunk_tokens = self.role_actors(tree, entry, entry.target, i, allow_places, sinking=True)
            if entry.symmetric:
                target, target_tokens = _unique(target + sunk), target_tokens + sunk_tokens
            else:
                target, target_tokens = sunk, sunk_tokens
        if not entry.symmetric and any(step.startswith("prep:на") or ".prep:на" in step for step in entry.target):
            # (round 14) "наложил арест на акции компании, которые принадлежат Газпрому": the assets' owner
            # (round 22) also over the company the shares are of ("на акции компании X, принадлежащие Газпрому")
            owner_tokens = asset_owner_tokens(tree, i)
            owners_found = [f for j in owner_tokens for f in actors_at(tree, j)]
            if owners_found:
                target, target_tokens = owners_found, target_tokens + owner_tokens
        if entry.symmetric and len(_unique(source + target)) < 2:
            # "соглашение между X и Y подписано", "подписали договор между X и Y": the pair named
            # by "между" on the trigger's object or passive subject
            pair, pair_tokens = self.role_actors(tree, entry, BETWEEN_PATHS, i, False)
            target, target_tokens = _unique(target + pair), target_tokens + pair_tokens
        if entry.type == "ASSAULT" and not source and tree.tok(i).pos == "NOUN":
            # "обстрелы ВСУ": an army in the genitive of an attack noun is its agent, not its target
            armies = set(self.hints.forces.values())
            source = [f for f in target if f.actor.actor_id in armies]
            target = [f for f in target if f.actor.actor_id not in armies]
        # (round 13) "те лица, которые поддерживают …", "любые компании": a class of whoever fits, not a party
        # (round 16) nor a bracketed spelling of a name just given: "Карл Шульц (Karl Schulz)"
        source = [f for f in source if not _generic_class(tree, f) and not is_gloss(tree, f)]
        target = [f for f in target if not _generic_class(tree, f) and not is_gloss(tree, f)]
        unnamed = False
        if entry.symmetric:
            source_keys = {_key(f.actor) for f in source}
            others = [f for f in target if _key(f.actor) not in source_keys]
            if source and others:
                target = others  # "Путин и Лавров встретились с Блинкеном": each side kept
            else:
                if not source and len(target) > 1 and self._comitative_only(tree, entry, i, target):
                    # "выступил после встречи с президентом и премьером": the people met are one side,
                    # the other is whoever met them (the governing clause's subject), not each other
                    source, source_tokens = self.role_actors(tree, entry, ("hsubj",), i, False)
                    source = [f for f in source if _key(f.actor) not in {_key(g.actor) for g in target}]
                    if not source:
                        return None
                if not source and len(target) > 1 and any(tree.tok(j).pos == "PRON" for j in source_tokens):
                    # (round 18) "он провел переговоры с A и B" with "он" resolved to no one: A and B are one
                    # side, met by the subject, not each other
                    return None
                participants = _unique(source + target)  # "Путин и Макрон провели разговор"
                if len(participants) < 2 and pair_noun(tree, source_tokens):
                    # "стороны договорились", "оба президента двух стран": the two parties in view
                    participants = self._two_parties(tree, i) or participants
                if len(participants) < 2 and source:
                    # (round 35) "партия X (ТЛП) и пакистанское правительство заключили соглашение": the
                    # parser hung the second subject elsewhere; the phrase after "и" before the verb is it
                    participants = _unique(participants + stray_subject_conjunct(tree, source_tokens, i))
                if len(participants) < 2 and not source and target and self._comitative_only(tree, entry, i, target):
                    # (session 19, en) "после [встречи] с Путиным Макрон заявил": the framed clause's subject
                    participants = _unique(participants + framing_partner(
                        tree, entry, i, self.lexicon.light_verbs, self.speech_verbs, target))
                if len(participants) < 2:
                    return None
                source, target = participants[:1], participants[1:]
        else:
            source_ids = {_key(f.actor) for f in source}
            # an act aimed at a project ("санкции против «Северного потока — 2»") has no actor as its
            # target: the gold guide does not code it
            projects = self.projects | tree.projects | self.hints.projects
            target = [f for f in target if _key(f.actor) not in source_ids and f.actor.actor_id not in projects]
            # nor does a project act: "газопровод, который убьёт Украину" is a figure of speech
            acting = [f for f in source if f.actor.actor_id not in projects]
            if source and not acting and entry.type in PROJECT_FIGURE_TYPES:
                return None
            source = acting
            if entry.mode == "visit":
                # nobody visits their own country ("Лавров во время визита в Москву" is someone else's visit)
                homes = {self.registry_countries.get(f.actor.actor_id or "") for f in source}
                target = [f for f in target if f.actor.actor_id not in homes]
                if homes <= {None}:
                    # (round 12) a visitor whose country is unknown, to a city of the story's own state (or of a
                    # story naming no state), is most likely at home ("губернатор посетил Санкт-Петербург")
                    main = main_state(doc)
                    target = [f for f in target if not (f.actor.actor_id in (main, None) or main is None)
                              or not _named_by_place(tree, f)]
            if "statevisit" in entry.flags:
                # (round 17) "сенатор X прибыл в Пакистан": a bare arrival is a visit only of an official (a person
                # the text gives a title) to a state named as such or by its capital, not to a town or a region
                source = [f for f in source if official(tree, f)]
                target = [f for f in target if named_state(tree, f)]
            if "statetgt" in entry.flags:
                # (round 17) "выделит Украине 150 млн": money given to a state named as such ("выделил Москве" is a budget)
                target = [f for f in target if names_itself(tree, f)]
            unnamed = bool(target) and all(not f.named for f in target)
        if _other_sense(tree, entry, i, target, source):
            return None
        if "promise" in entry.flags and not all(f.named for f in source + target):
            return None  # (rounds 30, 33) a promise between named parties ("власти пообещали горожанам" is a policy)
        if entry.type == "CONSULT" and interview(tree, [f.actor for f in source + target]):
            return None  # (round 16) "телеканал побеседовал с министром": an interview, not a meeting
        if "claim" not in entry.flags and opinion_content(tree, i):
            return None  # (round 16) "он считает, что X идёт на уступки": an opinion
        killing = called_killing(tree, i) if entry.type == "REQUEST" else None
        if killing is not None:
            # (round 16) "радикалы призывали к казни X": a call for X's death threatens X
            victims = [f for j in victim_tokens(tree, killing) for f in actors_at(tree, j)
                       if f.type in PARTICIPANT_TYPES]
            entry, target = replace(entry, type="THREATEN", mode=None), _unique(victims) or target
        used = set(source_tokens) | set(target_tokens)
        place_tokens = used if not allow_places else set(source_tokens)
        location = choose_location(tree, i, place_tokens, contained=False)
        if location is None and allow_places:
            # "удар по Днепру": the place attacked is where the event happened
            location = next((f.actor for f in target if f.type in ("LOC", "FAC")), None)
        if location is None and entry.mode == "visit":
            # "визит Макрона в Москву": the host city named for its state is where the visit took place
            location = visited_place(tree, target)
        implicit_source = False
        completed = False
        if not entry.symmetric and not source and (tree.tok(i).pos == "NOUN" or _indefinite(tree, i)):
            # (round 22) "наложен арест в соответствии с постановлением суда", "по решению суда сняты обвинения":
            # the author of the decision the act was done by
            source = [f for j in order_authors(tree, i) for f in actors_at(tree, j) if f.type in PARTICIPANT_TYPES]
            implicit_source = bool(source)
        if not entry.symmetric and not source and entry.mode == "ban" and _indefinite(tree, i):
            # (round 22) "Лукашенко запрещён въезд в страны ЕС": a ban on entering a country is that country's
            source = [f for j in entry_destination(tree, i) for f in actors_at(tree, j) if f.type in ("GPE", "ORG")]
            implicit_source = bool(source)
        if not entry.symmetric and not source and entry.type in VOICED_TYPES \
                and not any("courtsrc" in e.flags for e in self.lexicon.candidates(tree.tok(i).lemma or "")):
            # "в России обвиняют её", "в Кремле потребовали": an indefinite-personal verb of
            # speech voices the state or body it is located in (not a verb a court may say:
            # "виновников осудили в Китае" is a sentence passed there)
            source = _locative_voice(tree, i)
        if not entry.symmetric and not source:
            # "Меня задержали, провели беседу и выпустили": coordinated verbs share the agent the
            # first one was given, implicit ones included
            source = coordinated_agent(tree, i, _directed(earlier))
            if not source and tree.tok(i).pos == "NOUN" and target and entry.type in CONTINUED_TYPES:
                # "Британия ввела санкции против России. Под санкции попали также ...": an agentless
                # act noun continues the act of the same type just reported (not its own target's)
                source = continued_agent(entry.type, _directed(earlier), sentence, i)
                if {_key(f.actor) for f in source} & {_key(f.actor) for f in target}:
                    source = []
            implicit_source = bool(source)
        if not entry.symmetric and not source and entry.type in ANNOUNCED_TYPES and _indefinite(tree, i) \
                and tree.tok(i).pos in ("VERB", "AUX") and tree.tok(i).rel not in ("acl", "amod"):
            # (a predicate, not an attribute: "запрещённой в Турции партии" is background)
            # "МВД сообщило, что задержаны трое", "«Танкер был изъят», — заявили в КСИР": an authority
            # reporting an agentless act of its own kind did it
            source = self._announcing_authority(tree, i, sentence)
            implicit_source = bool(source)
        if not entry.symmetric and not source and "casecourt" in entry.flags and _indefinite(tree, i):
            source = self._case_court(tree, i)
            implicit_source = bool(source)
        if not entry.symmetric and not source and "courtsrc" in entry.flags and _indefinite(tree, i):
            convicting = entry.type == "COERCE" or "verdict" in entry.flags
            source = self._implicit_court(tree, location, i, convicting)
            implicit_source = bool(source)
        if not entry.symmetric and not source and "locsrc" in entry.flags and target and _indefinite(tree, i) \
                and self._security_nearby(tree, i) is None:
            # (round 13) an arrest told again ("Актёра задержали полицейские. … «Меня задержали»"): its first agent,
            # unless law enforcement is named nearby or the first agent was only the unnamed default
            source = restated_agent(entry.type, entry.mode, _directed(earlier), {_key(f.actor) for f in target}, i)
            if all(f.actor.actor_id is None and f.actor.name == UNNAMED_SECURITY for f in source):
                source = []
            implicit_source = bool(source)
        if not entry.symmetric and not source and "locsrc" in entry.flags and _indefinite(tree, i):
            # (the state of the place: "в Челябинске задержали" is an arrest in Russia)
            unnamed_security = not article_dates or _russian_arrest(tree, entry, self._state_of(location) or location, i)
            source = self._implicit_agent(tree, location, i, headline=unnamed_security)
            if not source and location is None:
                source = self._foreign_police(tree, entry, i)
            implicit_source = bool(source)
        if not entry.symmetric and not source and location is None and _indefinite(tree, i) \
                and (entry.mode == "ban" or entry.type == "RETREAT" and "locsrc" in entry.flags):
            # (round 22) "Биби освобождена из тюрьмы", "христианке запрещено покидать страну": "власти <страны>"
            source = self._foreign_authorities(tree, entry, i, target, target_tokens)
            implicit_source = bool(source)
        if "verdict" in entry.flags and source and all(_is_court(f.actor) for f in source):
            # (round 13) "суд признал X виновным": a court's finding of guilt is a conviction (the guide codes
            # verdicts COERCE); anyone else's ("Ватикан признал X виновным") stays an accusation
            entry = replace(entry, type="COERCE", mode=None)
        if not entry.symmetric and not target and entry.type == "ACCUSE" and source:
            # (round 13) "возбудило дело по фактам обстрелов ВСУ": a case is against whoever did the act it is about
            target = self._case_suspects(tree, i)
        if not entry.symmetric and not target and entry.type == "PROTEST" and source:
            # "Суд оправдал X. Исламисты вышли на акции протеста": against the court just reported deciding
            target = protested_court(earlier or [], sentence, i, {f.actor.actor_id or "" for f in source})
            if not target and prompted_by_verdict(tree, i):
                # (round 14) "после оправдательного приговора христианки исламисты вышли на акции": the court
                # of the case (the last court the document named; none named, no guess)
                target = self._case_court(tree, i)
        if not entry.symmetric and not target and entry.type == "MOBILIZE" and source:
            # "Армения объявила мобилизацию": against the other state the text is about
            target = salient_adversary(tree, i, {f.actor.actor_id or "" for f in source})
        if not entry.symmetric and not target and entry.type == "REQUEST" and source \
                and (_sentence_asked(tree, i, source) or tree.lemma(i) in MOTION_NOUNS):
            # (round 15) "Ходатайство было подано Россией": a motion or claim is filed with the court of the case
            # "Прокурор просил наказать обвиняемых": a party to a trial asking for a sentence asks the court
            target = self._case_court(tree, i)
        if not entry.symmetric and not target and entry.type == "REQUEST":
            # (round 32) "Собчак вышла на пикет возле Госдумы с [требованием] …": a demand the protest is held
            # with is the protesters' demand of the one the protest is aimed at
            protest = accompanied_protest(tree, i, earlier or [])
            if protest is not None and (not source or {_key(f.actor) for f in source}
                                        <= {_key(a) for a in protest.source_actors}):
                source = source or [Found(a, i, _found_type(a)) for a in protest.source_actors]
                target = [Found(a, i, _found_type(a)) for a in protest.target_actors]
        if not entry.symmetric and not target and "topictgt" in entry.flags:
            # "Верховный суд отменил приговор": whom the text last reported sentenced, else the
            # story's protagonist
            target = sentenced(earlier or [], sentence, i) or _topic_person(tree)
        if not entry.symmetric and entry.type in TARGET_FROM_SOURCE and source \
                and all(f.type == "GROUP" and _striker(tree, f.token) and len(f.actor.name.split()) == 1 for f in source):
            # (round 30) "Бастующие требуют от руководства Ryanair": the strikers the story just reported striking
            strike = _last_strike(_directed(earlier), sentence)
            if strike is not None:
                source = [Found(a, f.token, "GROUP", named=False) for a in strike.source_actors for f in source[:1]]
                if not target or all(tree.lemma(f.token) in MANAGEMENT_NOUNS and not f.members for f in target):
                    # ("требуют от руководства": the management of the employer struck against)
                    target = [Found(a, i, "ORG") for a in strike.target_actors]
        if not entry.symmetric and entry.type in TARGET_FROM_SOURCE and any(
                tree.lemma(f.token) in STAFF_NOUNS or _striker(tree, f.token) for f in source):
            # (round 30) "требуют от руководства Ryanair": staff's demands on their management are on their employer
            target = [f.members[0] if tree.lemma(f.token) in MANAGEMENT_NOUNS and len(f.members) == 1 else f
                      for f in target]
        if not entry.symmetric:
            if not target and entry.type in TARGET_FROM_SOURCE:
                source = [self._with_employer(tree, f) for f in source]
                # "пилоты Ryanair бастуют" → против Ryanair; staff only ("создатель «X» призывал" is not against X)
                target = _unique([f for s in source if tree.lemma(s.token) in STAFF_NOUNS for f in s.members])
            if not target and source:
                # (round 37) the party the clause leaves out, from its sentence or the story (`completion.py`)
                target = complete_target(self, tree, entry, i, source, target_tokens, earlier or [],
                                         self.projects | tree.projects | self.hints.projects)
                target = [f for f in target if not _generic_class(tree, f) and not is_gloss(tree, f)]
                completed = bool(target)
                unnamed = completed and all(not f.named for f in target)
            if not target and not (entry.type in ANSWER_TYPES and source):
                return None  # an act without anyone it is directed at is not an interaction
            if not source and not ("nosrc" in entry.flags and tree.tok(i).pos == "NOUN"
                                   and all(f.type in PLACE_TYPES for f in target)):
                # "обстреляли автобус", "над Сирией обстрелян самолёт": an incident whose agent the text
                # does not name is not coded (the gold guide: parties unknown); a strike noun on a named
                # place is ("погибших от удара по Днепру": the war event, its attacker unnamed)
                return None
        source, target = self._national_police(tree, i, source), self._national_police(tree, i, target)
        source, target = self._national_court(tree, i, source), self._national_court(tree, i, target)
        # (review rev19_A 1) a state qualifies a bare government only from the source that addresses it: a target's
        # state is the one acted on ("правительство выделило помощь беженцам из Украины")
        source, target = self._national_government(tree, i, source, []), \
            self._national_government(tree, i, target, source)
        if target and source:
            # "Губайдулина отпустили" with "Айдар" found as the agent: a first name or surname of the
            # target standing as the source is the same person, not a second party (a photo caption
            # fused with the sentence, "Первез Мушарраф Специальный суд … вынес … Мушаррафу", too)
            others = [s for s in source if not any(same_person(f.actor, s.actor) for f in target)]
            if not others and not entry.symmetric:
                return None
            source = others or source
            if entry.symmetric:
                target = [f for f in target if not any(same_person(f.actor, s.actor) for s in source)]
                if not target:
                    return None
        if "complaint" in entry.flags:
            # "X ignored Y's concerns" said by Z: Z accuses X (the speaker is the source)
            speaker = self._speaker_actor(tree, i, sentence)
            if speaker is not None and _key(speaker) not in {_key(f.actor) for f in source}:
                entry = replace(entry, type="ACCUSE", mode=None)
                target, source = source, [Found(speaker, i, "PER")]
        duty = duty_head(tree, i) if entry.type != "REQUEST" and source and not entry.symmetric else None
        if duty is not None:
            # (round 17) "Швеция должна освободить X, заявил министр": the speaker's demand on the one obliged
            # (told by no one, "министр должен прибыть в среду" is a plan: left as the hypothetical act)
            speaker = self._claimant(tree, duty, sentence)
            own = {speaker.actor_id, self.registry_countries.get(speaker.actor_id or "")} - {None} if speaker else set()
            obliged = [f for f in source if speaker is not None and _key(f.actor) != _key(speaker)
                       and f.actor.actor_id not in own and tree.tok(f.token).pos != "PRON"]
            if obliged:
                entry = replace(entry, type="REQUEST", mode=None)
                return self._demand(tree, entry, i, sentence, [Found(speaker, i, "PER")], obliged, article_dates)
        promised = _promised_harm(tree, entry, i)
        if promised:
            # "КНДР обещает напасть на Южную Корею", "пригрозил ввести санкции против X": the act
            # done now is the threat (the harm itself has not happened)
            entry = replace(entry, type="THREATEN", mode=None)
            # (e21) a threat to strike a capital is aimed at its government: "грозит ударить по Киеву" → Украина
            # (nor is the city struck the place of the threat)
            states = [_threatened_state(tree, f) for f in target]
            if location is not None and any(g is not f and f.actor.actor_id == location.actor_id
                                            for f, g in zip(target, states)):
                location = None
            target = states
        negated = is_negated(tree, i, self.lexicon.light_verbs) and "neg" not in entry.flags
        hypothetical = not promised and ("hyp" in entry.flags or is_hypothetical(tree, i, self.lexicon.light_verbs)
                                         or _threatened_act(tree, i))
        if hypothetical and entry.type == "CONCEDE" and agreed_to(tree, i):
            hypothetical = False  # (e1's left item) "согласилась выплатить штраф": the concession is the agreeing, done
        if (hypothetical or negated) and allow_places:
            # (rb21) only a strike that happened strikes the city: "может нанести удар по Киеву", "пригрозил ответным
            # ударом по Москве", "не наносила удар по Киеву" are aimed at the capital's government, as a threat is,
            # and the city not struck is not the event's place
            states = [_threatened_state(tree, f) for f in target]
            if location is not None and any(g is not f and f.actor.actor_id == location.actor_id
                                            for f, g in zip(target, states)):
                location = None
            target = states
        if hypothetical and hedged_forecast(tree, i, self.lexicon.light_verbs):
            return None  # (round 17) "власти, скорее всего, окажут помощь": a forecast, not a plan
        # The publication day dates only the news itself: events of the title and lead
        # paragraph; a background event without a date in the text stays undated.
        in_lead = _in_lead(doc, token_start=tree.tok(i).start)
        date = choose_date(tree, i, sentence, doc.article.published if article_dates else None, news=in_lead)
        quote_index, reported_by = _quote_of(doc.quotes, tree.tok(i).start)
        if quote_index is not None and _announced_topic(doc, doc.quotes[quote_index], tree.tok(i)):
            reported_by = _relay(doc.quotes[quote_index])
        if reported_by is None and accusers and source:
            reported_by = accusers[0].actor.name
        if reported_by is None and quote_index is None:
            light = light_head(tree, i, self.lexicon.light_verbs)
            reported_by = reporter(tree, i, sentence, self.speech_verbs, light)
        if reported_by is not None and (presupposed(tree, i, self.speech_verbs) or document_reporter(reported_by)):
            reported_by = None  # (e1) "оправданной судом": told as known, not claimed; "постановление": a document
        if "claim" in entry.flags:
            reported_by = None if reported_by in {f.actor.name for f in source} else reported_by  # (the act is the speaker's)
        if location is None:
            # (session 18, l1) a place noun naming its place ("в городе Мултан"), read only now so that no actor
            # rule above sees it (rev18_C 3)
            location = choose_location(tree, i, place_tokens)
        if promised:
            # the threat is the source's own act, made where the source is, not at the place threatened
            reported_by = None if reported_by in {f.actor.name for f in source} else reported_by
            location = None if location is not None and _key(location) in {_key(f.actor) for f in target} else location
        if location is None:
            # (session 18, l1) no locative of the trigger's own: a building's town, an institution's seat,
            # the protesters' state, the object's place, the place of the protest a demand is made at
            countries = self.registry_countries
            location = fallback_place(tree, i, entry.type, source, target,
                                      lambda a: a if a.startswith("gpe:") else countries.get(a), earlier or [])
        token = tree.tok(i)
        code = self.cameo.lookup(entry.type, entry.mode)
        confidence = BASE_CONFIDENCE
        confidence += NAMED_SOURCE_BONUS if source and not implicit_source else 0.0
        confidence += NAMED_TARGET_BONUS if target and not unnamed else 0.0
        confidence += CONTEXT_BONUS if entry.specificity else 0.0
        confidence -= UNNAMED_PENALTY if unnamed else 0.0
        confidence -= HYPOTHETICAL_PENALTY if hypothetical else 0.0
        confidence -= COMPLETION_PENALTY if completed else 0.0
        return _made_event(entry, code.root, token, sentence, source, target, date, location, negated, hypothetical,
                           reported_by, quote_index, confidence)

    def _demand(self, tree: Tree, entry: LexEntry, i: int, sentence: int, source: list[Found],
                target: list[Found], article_dates: bool) -> Event:
        """(round 17) The REQUEST a duty laid by a speaker stands for: the speaker's own act, real and not negated
        ("X не должна вмешиваться" is a demand too), dated and placed as the sentence is."""
        doc = tree.doc
        token = tree.tok(i)
        in_lead = _in_lead(doc, token_start=token.start)
        date = choose_date(tree, i, sentence, doc.article.published if article_dates else None, news=in_lead)
        quote_index, _ = _quote_of(doc.quotes, token.start)
        location = choose_location(tree, i, set())
        location = None if location is not None and _key(location) in {_key(f.actor) for f in target} else location
        code = self.cameo.lookup(entry.type, entry.mode)
        confidence = BASE_CONFIDENCE + NAMED_SOURCE_BONUS + NAMED_TARGET_BONUS
        return _made_event(entry, code.root, token, sentence, source, target, date, location, False, False,
                           None, quote_index, confidence)

    def _defaulted_roles(self, doc: Doc) -> set[str]:
        """Persons the document never names, found only through a title without a state ("глава
        государства", "верховный главнокомандующий") that the registry gives to one state's
        leader, in a story mainly about another state: the title is someone else's ("От имени
        сирийского народа глава государства поздравил…")."""
        state = main_state(doc)
        out: set[str] = set()
        for actor in doc.actors:
            country = self.registry_countries.get(actor.id)
            if actor.type != "PER" or not country or country == state or not actor.mentions:
                continue
            mentions = [doc.mentions[k] for k in actor.mentions]
            if all(m.type == "ROLE" and not names_state(doc, m) for m in mentions):
                out.add(actor.id)
        return out

    # ---- the document ----
    def code(self, doc: Doc, article_dates: bool = True) -> list[Event]:
        """Events of one Doc (its related headlines are coded separately).

        `article_dates=False` for related headlines: their relative times ("Сегодня")
        belong to the crawl, so an undated headline event stays undated."""
        if not doc.tokens:
            return []
        tree = Tree.build(doc, self.hints, self.registry_names, PROJECT_NOUNS)
        tree.inflect_genitive = self.genitive
        tree.nominative_adjective = self.nominative_adjective
        events: list[Event] = []
        keys: list[tuple] = []
        for s, sentence in enumerate(doc.sentences):
            if FURNITURE.match(doc.text[sentence.start:sentence.stop]):
                continue  # "Читайте также: ..." is a link to another story, not this one's news
            for i in range(sentence.token_start, sentence.token_stop):
                entry = self.match(tree, i)
                if entry is None:
                    continue
                event = self._event(tree, entry, i, s, article_dates, events)
                if event is not None and not event.target_actors and not is_symmetric(event):
                    event = answered(event, events)  # "Он отрицает обвинения": whom he answers
                if event is not None:
                    events.append(plain_party_names(event))
                    keys.append(event_key(event, complaint="complaint" in entry.flags))
        defaulted = self._defaulted_roles(doc)
        if defaulted:
            kept = [k for k, e in enumerate(events)
                    if not defaulted & {a.actor_id for a in e.source_actors + e.target_actors}]
            events, keys = [events[k] for k in kept], [keys[k] for k in kept]
        title_first = bool(doc.parts) and doc.parts[0].kind == "title" and len(doc.parts) > 1
        published = doc.article.published if article_dates else None

        def dated_by_own_sentence(event: Event) -> bool:
            i = doc.token_span(event.start, event.stop)[0]
            return own_date(tree, i, event.sentence, published, _in_lead(doc, event.start)) is not None

        events = merge_court_restatements(merge_duplicates(events, keys, title_first, dated_by_own_sentence),
                                          dated_by_own_sentence)
        if not title_first:
            return events
        title_places = _states_in(tree, 0)
        others = {id(e) for e in events if e.sentence > 0 and title_places and _also_others(tree, e)
                  and not title_places & _states_in(tree, e.sentence)}
        return drop_title_restatements(events, others)


RUSSIA = "gpe:russia"
# (naming round 1) A government named only by the word: the story's state ("власти" alone already is, in `_government`).
BARE_GOVERNMENTS = frozenset({"правительство"})
# (round 16) Court names that say only the kind of court: the story's state completes them.
BARE_COURTS = frozenset({"суд", "верховный суд", "конституционный суд", "высокий суд"})
# (round 30) The same in the genitive ending a group's name ("судья Верховного суда").
BARE_COURT_GENITIVES = (" верховного суда", " конституционного суда")
# Where a symmetric act's pair may stand besides the entry's own paths: "между X и Y" on the
# trigger, on its object, or on its passive subject; a comitative on the subject ("Путин с
# Макроном провели переговоры").
BETWEEN_PATHS = ("prep:между", "obj.prep:между", "subj.prep:с")
# "со стороны X" names the agent of a nominalised act (a role path of the lexicon's syntax).
AGENT_MARKER = "prep:с_сторона"
# (round 15) A quote speaker given only as a pronoun is a resolved guess: no teller of a claim.
PRONOUN_SPEAKERS = frozenset({"он", "она", "оно", "они"})
# (round 15) Filings addressed to a court by their nature (the gold guide: filing a motion or lawsuit is a
# REQUEST to the court): without a named addressee, the court of the case.
MOTION_NOUNS = frozenset({"ходатайство", "иск"})
# Types whose act answers an earlier act aimed at the source ("отрицает обвинения", "обжаловал
# приговор"): without a target in the clause, the target is whoever did that act.
ANSWER_TYPES = frozenset({"REJECT"})
# The acts a rejection can answer: accusations, penalties, demands, threats.
ANSWERED_TYPES = frozenset({"ACCUSE", "COERCE", "SANCTION", "REQUEST", "THREATEN"})
ANSWER_LOOKBACK = 3  # sentences back the answered act may lie
# Acts reported as lists that continue over sentences (sanctions lists, arrests, charges); not attacks,
# which a text often follows with the other side's ("удар ВВС Израиля ... в ответ на обстрелы Израиля").
CONTINUED_TYPES = frozenset({"SANCTION", "COERCE", "ACCUSE"})


def answered(event: Event, earlier: list[Event]) -> Event | None:
    """A rejection without a target in its clause answers the latest act of the last sentences
    aimed at its source: "Прокуратура обвинила Келли ... Он отрицает обвинения" → Келли rejects
    the prosecutors.  Without such an act the rejection is dropped."""
    sources = {_key(a) for a in event.source_actors}
    for prior in reversed(earlier):
        if event.sentence - prior.sentence > ANSWER_LOOKBACK:
            break
        if prior.type in ANSWERED_TYPES and sources & {_key(a) for a in prior.target_actors} \
                and not sources & {_key(a) for a in prior.source_actors}:
            return replace(event, target_actors=list(prior.source_actors))
    return None


# Page furniture that the extractor may leave inside the body: links to other stories.
FURNITURE = re.compile(r"^\W*(читайте|смотрите|см\.)\s+также\b", re.IGNORECASE)
# Head nouns that make a name a project or a facility rather than an actor ("газопровод «Северный поток»").
# Acts a project is said to do only as a figure of speech: with the project as its only agent the event goes.
PROJECT_FIGURE_TYPES = frozenset({"ASSAULT", "THREATEN", "COERCE"})
PROJECT_NOUNS = frozenset({"газопровод", "нефтепровод", "трубопровод", "проект", "аэс", "мост", "космодром"})
# Law enforcement an agentless arrest or search is attributed to when a nearby sentence names it.
SECURITY_LEMMAS = {"полиция": "полиция", "полицейский": "полиция", "милиция": "милиция",
                   "омон": "ОМОН", "силовик": "силовики", "пограничник": "пограничники"}
SECURITY_IDS = frozenset({"org:fsb", "org:mvd-russia", "org:sk-russia", "org:rosgvardia", "org:fbi",
                          "org:sbu", "org:genprokuratura-russia"})
SECURITY_LOOKBACK = 2  # sentences before the trigger's own
# Acts an authority reports in the passive about itself ("задержаны", "возбуждено дело", "сняты").
ANNOUNCED_TYPES = frozenset({"COERCE", "ACCUSE", "RETREAT", "SANCTION"})
# "призвал [X] принять санкции": request verb → xcomp verb → object noun is two steps up.
REQUEST_CONTENT_DEPTH = 3
# Links that leave the content of a request: the clause hangs on a participant (a relative or
# participle clause, an apposition) or on the subject, not on what is asked.
NOT_CONTENT_RELS = frozenset({"acl:relcl", "nsubj", "nsubj:pass", "appos", "parataxis"})
UNNAMED_SECURITY = "силовики"
AUTHORITIES = "власти"  # (round 22) unnamed authorities of a state: "власти <страны>"
COURT_LEMMAS = frozenset({"суд", "трибунал"})
COURT_LOOKBACK = 1  # previous sentences searched for the court of an agentless sentence
# (round 13) Nouns of a criminal case whose "о/по X" is the alleged act.
CASE_NOUNS = frozenset({"дело", "разбирательство", "расследование"})
CASE_OPENERS = frozenset({"возбудить", "возбуждать", "возбуждение", "завести", "заводить", "открыть", "начать"})
# (round 13) Determiners of a class description ("те лица, которые", "любые компании").
GENERIC_DETERMINERS = frozenset({"тот", "такой", "любой", "всякий", "каждый"})  # (round 16: "каждый пятый житель")
# (round 13) Words of a reversed verdict: a court named next to them acquitted, it did not sentence.
REVERSAL_LEMMAS = frozenset({"оправдать", "оправдывать", "оправдательный", "отменить", "отменять", "невиновность",
                             "отмена", "оправдание"})


# Staff whose strikes and demands are aimed at their employer.
STAFF_NOUNS = frozenset({"пилот", "летчик", "бортпроводник", "стюардесса", "работник", "работница", "рабочий",
                         "сотрудник", "сотрудница", "служащий", "персонал", "экипаж", "шахтер", "горняк", "машинист",
                         "водитель", "курьер", "докер", "врач", "медик", "учитель", "преподаватель", "забастовщик",
                         "профсоюз"})


# (round 30) Strikers named only by their striking ("бастующие"), and an organisation's management, which
# staff's demands are addressed to on behalf of the employer ("требуют от руководства Ryanair").
STRIKER_NOUNS = frozenset({"бастующий", "забастовщик"})
MANAGEMENT_NOUNS = frozenset({"руководство", "администрация", "менеджмент", "дирекция"})
STRIKE_LOOKBACK = 3  # sentences back the strike the strikers are of may lie


def _striker(tree: Tree, j: int) -> bool:
    """A noun of strikers ("бастующие" — the tagger may lemmatise it as the verb "бастовать")."""
    return tree.lemma(j) in STRIKER_NOUNS or fold(tree.tok(j).text).startswith("бастующ")


def _last_strike(earlier: list[Event], sentence: int) -> Event | None:
    """The latest strike reported in the last sentences, with its strikers and employer named."""
    for prior in reversed(earlier):
        if sentence - prior.sentence > STRIKE_LOOKBACK:
            return None
        if prior.type == "PROTEST" and prior.mode == "strike" and prior.source_actors and prior.target_actors:
            return prior
    return None


def _main_organisation(tree: Tree) -> Found | None:
    """The organisation the story is about: the one the document names most often, if it clearly
    dominates (at least two mentions, more than twice the next one)."""
    counts: dict[str, int] = {}
    token_of: dict[str, int] = {}
    for mention in tree.doc.mentions:
        actor = tree.doc.actor(mention.actor_id) if mention.actor_id else None
        if actor is not None and actor.type == "ORG":
            counts[actor.id] = counts.get(actor.id, 0) + 1
            token_of.setdefault(actor.id, tree.doc.token_span(mention.start, mention.stop)[0])
    actor_id = dominant(counts)
    if actor_id is None:
        return None
    return Found(EventActor(actor_id, tree.name_of(actor_id, actor_id)), token_of[actor_id], "ORG")


def _staff_employer(tree: Tree, token: int) -> Found | None:
    """(round 23) The employer of the nearest earlier staff phrase that names one ("Сотрудники авиакомпании
    Ryanair намерены провести забастовку … Бортпроводники компании требуют от администрации …"): staff
    mentioned again without their employer work for the one named with them before, though the story
    names other organisations too (the outlet it quotes).  None named before, no guess."""
    for j in range(token - 1, -1, -1):
        if tree.lemma(j) not in STAFF_NOUNS or tree.tok(j).pos not in ("NOUN", "PROPN"):
            continue
        for k in tree.subtree(j, 12):
            mention = tree.mention_of[k]
            actor = tree.doc.actor(mention.actor_id) if mention is not None and mention.actor_id else None
            if k != j and actor is not None and actor.type == "ORG":
                return Found(EventActor(actor.id, tree.name_of(actor.id, actor.name)), k, "ORG")
    return None


def _first_prep_child(tree: Tree, i: int, roles: tuple[str, ...]) -> int | None:
    """The trigger's first dependent introduced by a preposition of its target roles."""
    preps = {path[5:].split("~")[0] for role in roles for path in role.split("|") if path.startswith("prep:")}
    children = [c for c in tree.children[i] if tree.prep(c) in preps]
    return min(children) if children else None


def _registry_id(actor: EventActor) -> bool:
    return bool(actor.actor_id) and not (actor.actor_id or "").startswith("x:")


def _directed(events: list[Event] | None) -> list[Event]:
    """Events with a source and a target side (an agent is never taken from a meeting)."""
    return [e for e in events or [] if not is_symmetric(e)]


def _has_dative(roles: tuple[str, ...]) -> bool:
    """A role path that is a dative addressee (`iobj`, `dat`), which may sink one noun deep."""
    return any(path in ("iobj", "dat") for role in roles for path in role.split("|"))


def _has_sinking_prep(roles: tuple[str, ...]) -> bool:
    """A role path starting with a target preposition that may sink (`paths.SINKING_PREPS`)."""
    return any(path.split(".")[0][5:] in SINKING_PREPS for role in roles for path in role.split("|")
               if path.startswith("prep:"))


def _as_is(name: str) -> str:
    return name


def _adjective_as_is(word: str, feats: dict[str, str], gender: str) -> str:
    return word


def _topic_person(tree: Tree) -> list[Found]:
    """The person the story is about, as a participant found at its first mention."""
    actor_id = topic_person(tree.doc)
    if actor_id is None:
        return []
    first = next((j for j, m in enumerate(tree.mention_of) if m is not None and m.actor_id == actor_id), 0)
    return [Found(EventActor(actor_id, tree.name_of(actor_id, actor_id)), first, "PER")]


def _genitive(tree: Tree, state: EventActor, inflect: Callable[[str], str]) -> str:
    """The state's name as the document writes it in the genitive ("Пакистана"), else inflected."""
    return tree.genitive_of(state.actor_id or "", state.name, inflect)


# (round 30) Words of coming back or arriving: a state after their "из" is where someone came from, not where
# what happened to them on arrival took place ("По возвращении из Италии Абызов был заключен под стражу").
DEPARTURE_WORDS = frozenset({"возвращение", "вернуться", "возвращаться", "прилететь", "прилетать", "приехать",
                             "приезжать", "прибыть", "прибывать", "прилет", "приезд", "прибытие"})


def _attacked_place(tree: Tree, found: Found) -> Found:
    """(e21) A capital attacked is the city, not its government: "удар по Багдаду" → Багдад (the gold guide names a
    place struck; "Вашингтон заявил" stays США, the metonym of `event_actor_hints.tsv`)."""
    mention = tree.mention_of[found.token]
    if mention is None or not mention.actor_id or tree.hints.metonyms.get(mention.actor_id) != found.actor.actor_id:
        return found
    return Found(EventActor(mention.actor_id, tree.name_of(mention.actor_id, mention.text)), found.token, "LOC")


def _threatened_state(tree: Tree, found: Found) -> Found:
    """(e21) The state whose capital a threatened strike names (the reverse of `_attacked_place`)."""
    state = tree.hints.metonyms.get(found.actor.actor_id or "") if found.type == "LOC" else None
    return tree.from_id(state, found.token, "GPE", state)[0] if state else found


def _departure_origin(tree: Tree, j: int) -> bool:
    """Token j is the "из X" origin of a word of returning or arriving."""
    head = tree.head(j)
    return tree.prep(j) == "из" and head is not None and tree.lemma(head) in DEPARTURE_WORDS


def _russian_arrest(tree: Tree, entry: LexEntry, location: EventActor | None, i: int) -> bool:
    """An agentless arrest or search verb in Russia (`location`: the state of the event's place) or
    in a story about Russia ("Мифтахова задержали"):
    "силовики" (the gold guide's name for unnamed Russian law enforcement) in the body too.  Not
    for charges or releases (investigators, courts, prosecutors are as likely), nor for nouns
    ("решение об аресте" is the court's) unless told as taking place ("в Москве прошли обыски у X",
    `nominal.occurring_act`)."""
    if entry.type != "COERCE" or entry.mode not in ("arrest", "search") \
            or (tree.tok(i).pos not in ("VERB", "AUX") and not occurring_act(tree, i)):  # (session 19, en)
        return False
    if location is not None and location.actor_id and location.actor_id != RUSSIA:
        return False
    return (location is not None and location.actor_id == RUSSIA) or main_state(tree.doc) == RUSSIA


# (round 12) Parties to a trial, and words of the sentence they may ask a court for.
TRIAL_PARTIES = frozenset({"прокурор", "прокуратура", "обвинитель", "гособвинитель", "гособвинение", "обвинение",
                           "адвокат", "защита"})
PENALTY_WORDS = frozenset({"наказать", "приговорить", "осудить", "оправдать", "срок", "лишение", "заключение",
                           "колония", "тюрьма", "штраф", "приговор"})


# (round 12) Verbs of turning to someone: as a gerund beside a speech verb they say whom the words
# were addressed to ("сказал он, обращаясь к журналистам"), a request only with its content ("с просьбой").
ADDRESSING_VERBS = frozenset({"обращаться", "обратиться"})
REQUEST_NOUNS = frozenset({"просьба", "призыв", "требование", "предложение", "ходатайство", "жалоба", "запрос"})


def _addressing(tree: Tree, entry: LexEntry, i: int) -> bool:
    return entry.type == "REQUEST" and tree.tok(i).feats.get("VerbForm") == "Conv" \
        and tree.lemma(i) in ADDRESSING_VERBS \
        and not any(tree.prep(c) == "с" and tree.lemma(c) in REQUEST_NOUNS for c in _rest_of_sentence(tree, i))


def _rest_of_sentence(tree: Tree, i: int) -> range:
    """The tokens after i in its sentence (a phrase the parser may have hung anywhere)."""
    sentence = tree.doc.sentences[tree.doc.sentence_at(tree.tok(i).start) or 0]
    return range(i + 1, sentence.token_stop)


def _named_by_place(tree: Tree, found: Found) -> bool:
    """A state read off a place's name ("Москву" → Россия, "Одессу" → Украина)."""
    mention = tree.mention_of[found.token]
    return mention is not None and mention.type in ("LOC", "GPE") and mention.actor_id != found.actor.actor_id


def _sentence_asked(tree: Tree, i: int, source: list[Found]) -> bool:
    """The request is a trial party's plea for a sentence ("прокурор просил наказать обвиняемых",
    "обвинитель требовал для подсудимого 17 лет тюрьмы"): the court is whom it is made to."""
    if not source or not all(TRIAL_PARTIES & set(fold(f.actor.name).split()) or tree.lemma(f.token) in TRIAL_PARTIES
                             for f in source):
        return False
    asked = set(tree.subtree(i, 30)) - {i} - {t for f in source for t in tree.subtree(f.token, 30)}
    return any(tree.lemma(k) in PENALTY_WORDS for k in asked)


# The gold guide's name for unnamed police ("полиция <страны>" abroad).
POLICE = "полиция"
POLICE_LOOKBACK = 2  # previous sentences in which the state of unnamed police must be named
# Adjectives that say a party is not identified (round 12).
UNKNOWN_WORDS = frozenset({"неизвестный", "неустановленный", "неопознанный"})


def _unknown_party(tree: Tree, found: Found) -> bool:
    """A description the text marks as unidentified ("неизвестный грабитель", "неустановленные лица")."""
    return not found.named and (tree.lemma(found.token) in UNKNOWN_WORDS
                                or any(tree.lemma(c) in UNKNOWN_WORDS for c in tree.kids(found.token, "amod")))


def _indefinite(tree: Tree, i: int) -> bool:
    """An agentless clause: a passive, a nominalisation, or an indefinite-personal
    3rd person plural ("задержали", "обвинили") with no subject."""
    token = tree.tok(i)
    if token.pos not in ("VERB", "AUX"):
        return True
    if tree.is_passive(i):
        return True
    # (a fronted name the parser made the subject is the patient: "Смит арестовали")
    return token.feats.get("Number") == "Plur" and all(fronted_patient(tree, i, c) for c in tree.kids(i, "nsubj"))


# (nx, review rv20_Q M5) "выслать/высылать" is also "send": "Госдеп выслал в Грузию сотрудника" sends one of its
# own.  With a destination place ("в/на" + a named state or place, accusative) and no place left ("из"), the verb
# is the sending unless what is moved is a deportee ("выслали в Узбекистан мигрантов", "выслан на родину").
SEND_VERBS = frozenset({"выслать", "высылать"})
DEPORTEE_NOUNS = frozenset({"мигрант", "нелегал", "гражданин", "иностранец", "дипломат", "беженец", "шпион",
                            "эмигрант", "нарушитель", "преступник", "уроженец", "подданный"})


# (ra, review rev20_A M1) What is sent is the subject's own person or a thing; any other person moved to a
# place is expelled ("выслала в Москву 18 сотрудников российского посольства", "выслала в Белоруссию журналиста").
# Staff nouns are the subject's own unless a state is named inside the phrase ("сотрудника посольства" is his,
# "сотрудников российского посольства" Russia's); inanimate nouns are things, except groups of people
# ("семью", "тысячи человек").
OWN_STAFF_NOUNS = frozenset({"сотрудник", "представитель", "специалист", "эксперт", "посланник", "делегат",
                             "эмиссар", "советник", "инструктор", "наблюдатель", "спецпредставитель"})
PERSON_GROUP_NOUNS = frozenset({"семья", "группа", "толпа", "партия", "команда", "экипаж", "бригада"})


def _sent_not_expelled(tree: Tree, i: int) -> bool:
    """The send reading of `SEND_VERBS` (see there): a destination, no origin, no deportee moved, and
    what is moved is the subject's own person or a thing (`_sent_object`)."""
    if tree.lemma(i) not in SEND_VERBS:
        return False
    kids = tree.children[i]
    if any(tree.prep(c) == "из" for c in kids):
        return False
    if any(tree.lemma(c) in DEPORTEE_NOUNS or tree.lemma(c) == "родина" for c in kids):
        return False
    if not any(tree.prep(c) in ("в", "на") and tree.case(c) == "Acc"
               and any(f.type in ("GPE", "LOC") for f in actors_at(tree, c)) for c in kids):
        return False
    moved = tree.kids(i, "obj", "nsubj:pass")
    return bool(moved) and all(_sent_object(tree, c) for c in moved)


def _sent_object(tree: Tree, c: int) -> bool:
    # the noun's own modifiers, not a clause on it ("сотрудника, который должен сообщить правительству Грузии")
    phrase = [j for k in tree.children[c] if not tree.tok(k).rel.startswith(("acl", "punct", "parataxis"))
              for j in tree.subtree(k, 12)]
    if any(tree.lemma(j) == "свой" for j in phrase):
        return True  # "своего представителя"
    if tree.lemma(c) in OWN_STAFF_NOUNS:
        return not any(tree.mention_of[j] is not None and tree.mention_of[j].type in ("GPE", "GEO_ADJ")
                       for j in phrase)
    if tree.tok(c).feats.get("Animacy") != "Inan" or tree.lemma(c) in PERSON_GROUP_NOUNS:
        return False
    # "тысячи человек", "группу мигрантов": a quantity of people is people
    return not any(tree.tok(j).feats.get("Animacy") == "Anim" for j in tree.kids(c, "nmod"))


def _sign_of(tree: Tree, i: int) -> bool:
    """(nx, rv20_Q) "ушёл в отставку в знак протеста против X": the protest noun governed by "знак" is the
    manner of the step the lexicon's "[знак] протест" entry codes (REJECT), not a protest event of its own."""
    head = tree.head(i)
    return head is not None and tree.lemma(head) == "знак"


def _has_quote(tree: Tree, i: int) -> bool:
    """A quoted dependent of the trigger: "назвал его «путинским лоббистом»" (the dependent phrase opens
    with the quote; "назвали его новым куратором «Сколково»" quotes only a name inside it)."""
    # (round 18) beside an unquoted instrumental epithet the quoted object is only a name: "назвал «ВКонтакте»
    # брендом города" calls nothing names ("назвал «Яблоко» «партией предателей»" still quotes the epithet)
    epithet = [c for c in tree.children[i] if tree.tok(c).rel in ("xcomp", "obl", "nmod") and tree.case(c) == "Ins"
               and tree.prep(c) is None]
    skipped = ("nsubj", "nsubj:pass", "punct", "obj") if epithet else ("nsubj", "nsubj:pass", "punct")
    if any(_opens_quote(tree, c) for c in tree.children[i] if tree.tok(c).rel not in skipped):  # («Известия» назвали ...)
        return True
    # (round 17) the parser may hang the quoted instrumental on the object: "назвала [статью X] «ложью»"
    return any(tree.tok(tree.subtree(g, 12)[0]).text in ("«", "\"", "“") for c in tree.kids(i, "obj")
               for g in tree.kids(c, "nmod") if tree.case(g) == "Ins" and tree.prep(g) is None and g > c)


def _opens_quote(tree: Tree, c: int) -> bool:
    """The phrase of c opens with a quote mark, or one stands right before it (the parser may hang the mark elsewhere)."""
    phrase = tree.subtree(c, 12)
    # (round 20) "назвал последнюю «ничтожеством»": a stray "последнюю" hung on the epithet is no part of it
    head = tree.head(c)
    stray = head is not None and len(phrase) > 1 and stray_latter(tree, head) == [phrase[0]]
    first = phrase[1] if stray else phrase[0]
    return tree.tok(first).text in ("«", "\"", "“") or (
        first > 0 and tree.tok(first - 1).text in ("«", "“"))


def _in_lead(doc: Doc, token_start: int) -> bool:
    part = doc.part_at(token_start)
    if part is None:
        return False
    return part.kind in ("title", "lead") or (part.kind == "paragraph" and part.index == 0)


def _story_state(doc: Doc) -> str | None:
    """(round 16) The state a story is clearly about: named more than twice as often as any other (once is enough
    when no other state is named)."""
    counts: dict[str, int] = {}
    for mention in doc.mentions:
        if mention.actor_id and mention.actor_id.startswith("gpe:"):
            counts[mention.actor_id] = counts.get(mention.actor_id, 0) + 1
    return dominant(counts, minimum=1)


def _key(actor: EventActor) -> str:
    return actor.actor_id or fold(actor.name)


def _found_type(actor: EventActor) -> str:
    """The mention type an actor taken over from another event stands for (by its registry id)."""
    prefix = (actor.actor_id or "").removeprefix("x:").partition(":")[0]
    return {"per": "PER", "gpe": "GPE", "org": "ORG", "med": "MEDIA", "loc": "LOC"}.get(prefix, "GROUP")


def _other_states(tree: Tree, i: int, state: str, countries: dict[str, str]) -> bool:
    """The trigger's sentence names a state other than `state`: a state, a place in it, or a state's
    adjective ("нидерландского дипломата")."""
    sentence = tree.doc.sentences[tree.doc.sentence_at(tree.tok(i).start) or 0]
    for j in range(sentence.token_start, sentence.token_stop):
        mention = tree.mention_of[j]
        actor_id = mention.actor_id or "" if mention is not None else ""
        named = {tree.hints.metonyms.get(actor_id, actor_id)} if actor_id.startswith("gpe:") else \
            {countries[actor_id]} if actor_id in countries else set()
        named |= {a for a in tree.hints.adjective(tree.lemma(j)) if a.startswith("gpe:")} \
            if tree.tok(j).pos == "ADJ" else set()
        if named - {state}:
            return True
    return False


def _generic_class(tree: Tree, found: Found) -> bool:
    """A description with a generic determiner ("те лица, которые …", "любые компании", "такие страны")
    names a class, not a participant; a named actor is never one."""
    if found.actor.actor_id is not None or found.named:
        return False
    # (round 16) or on the head's numeral adjective: "каждый [пятый] житель"
    holders = [found.token] + [c for c in tree.kids(found.token, "amod") if tree.tok(c).pos in ("ADJ", "NUM")]
    return any(tree.lemma(c) in GENERIC_DETERMINERS for h in holders for c in tree.kids(h, "det"))


def _is_court(actor: EventActor) -> bool:
    return bool(COURT_LEMMAS & set(fold(actor.name).split()))


def _reversing_sentence(tree: Tree, j: int) -> bool:
    """(round 13) The sentence of token `j` reports a sentence quashed or an acquittal ("Верховный суд оправдал
    Биби", "судьи, отменившие смертный приговор", "вынес оправдательный приговор Биби, которая была
    приговорена …"): a court named there is the court that reversed it, not the one that passed it."""
    sentence = tree.doc.sentences[tree.doc.sentence_at(tree.tok(j).start) or 0]
    return any(tree.lemma(k) in REVERSAL_LEMMAS for k in range(sentence.token_start, sentence.token_stop))


def _court_state(tree: Tree, j: int) -> str | None:
    """The state a court noun names ("Верховный суд Израиля", "израильский суд"), if any."""
    for c in tree.children[j]:
        mention = tree.mention_of[c]
        if mention is not None and (mention.actor_id or "").startswith("gpe:"):
            return mention.actor_id
    return None


# Verbs that are an attack on aircraft ("сбили самолёт") but a road accident on people ("сбил пешехода").
VEHICLE_VERBS = frozenset({"сбить", "сбивать"})
# Verbs that are a concession with an object ("уступил территорию") but a lost match without one
# ("уступили Словакии в полуфинале").
YIELD_VERBS = frozenset({"уступить", "уступать"})
SIGN_VERBS = frozenset({"подписать", "подписывать"})
# (mt21) Verbs of exclusion, and what one is struck from that is no body of members: a text, a decision, a diet.
EXCLUDE_VERBS = frozenset({"исключить", "исключать"})
STRUCK_FROM = frozenset({"решение", "приговор", "обвинение", "текст", "документ", "постановление", "заключение",
                         "протокол", "формулировка", "доклад", "закон", "законопроект", "поправка", "статья",
                         "меню", "рацион", "расчет", "статистика", "повестка", "рассмотрение"})
# (mt21) Verbs that welcome a decision (support) or greet people (courtesy).
GREET_VERBS = frozenset({"приветствовать"})
SINGLE_OFFICERS = frozenset({"полицейский", "милиционер"})
MEDICAL_STAFF = frozenset({"врач", "медик", "медработник", "фельдшер", "медсестра", "доктор", "хирург", "санитар"})
MEDICAL_ADJ = frozenset({"медицинский"})  # "медицинские работники"
ABDUCT_VERBS = frozenset({"похитить", "похищать"})
# Words naming a legislature (folded): its bans are laws.
LEGISLATURE_WORDS = frozenset({"дума", "госдума", "парламент", "рада", "сенат", "конгресс", "сейм", "кнессет",
                               "меджлис", "бундестаг", "законодательный"})
# Acts against a person: supporting them is no support of the person ("поддержал отставку X").
# (round 12) What someone said or proposed: naming it «...» judges whoever said it.
STATEMENT_NOUNS = frozenset({"слово", "заявление", "высказывание", "речь", "выступление", "предложение", "призыв",
                             "обвинение", "утверждение", "инициатива", "позиция", "ответ",
                             # (round 17) an author's texts: "назвала статьи газеты X «ложью»" calls X's work so
                             "статья", "публикация", "материал", "репортаж", "доклад", "пост", "заметка"})
ACTS_AGAINST_OWNER = frozenset({"отставка", "увольнение", "арест", "задержание", "санкция", "лишение", "исключение",
                                "импичмент", "наказание", "осуждение", "отстранение", "снятие", "привлечение",
                                "преследование", "экстрадиция", "выдача", "высылка", "депортация", "приговор"})


def _other_sense(tree: Tree, entry: LexEntry, i: int, target: list[Found], source: list[Found]) -> bool:
    """The trigger in a sense that is no interaction between actors: a vehicle hitting a person,
    a match lost to a rival, a player signed, secrets stolen, a law passed."""
    lemma = tree.lemma(i)
    if entry.type == "ASSAULT" and lemma in VEHICLE_VERBS:
        return any(f.type == "PER" or tree.tok(f.token).feats.get("Animacy") == "Anim" for f in target)
    if entry.type == "CONCEDE" and lemma in YIELD_VERBS:
        return not tree.kids(i, "obj")
    if entry.type == "AGREE" and lemma in SIGN_VERBS:
        # "подписать Джорджа Расселла": a contract with a player; parties sign documents, not persons
        return any(_person(tree, c) for c in tree.kids(i, "obj"))
    if entry.type == "SANCTION" and lemma in EXCLUDE_VERBS:
        # (mt21) "не стал исключать эпизод из решения", "исключил из обвинения", "исключить из рациона": struck
        # from a text or a diet; an expulsion is from a body ("из партии", "из Совета Безопасности")
        return any(tree.lemma(c) in STRUCK_FROM for c in tree.children[i] if tree.prep(c) == "из")
    if entry.type == "SUPPORT" and lemma in GREET_VERBS:
        # (mt21) "гостей приветствовал губернатор", "приветствовал участников форума": greeting people is courtesy;
        # welcoming a decision or a step ("приветствовал решение") is support
        objects = tree.kids(i, "obj")
        return bool(objects) and all(_person(tree, c) or (tree.mention_of[c] is None
                                                         and tree.tok(c).feats.get("Animacy") == "Anim")
                                     for c in objects)
    if entry.type == "ASSAULT" and lemma in ABDUCT_VERBS:
        # "похитили военные секреты США" is a theft; an abduction takes people
        return any(not _person(tree, c) and tree.tok(c).feats.get("Animacy") != "Anim" for c in tree.kids(i, "obj"))
    if entry.type == "ASSAULT" and any(tree.lemma(f.token) in SINGLE_OFFICERS and f.actor.actor_id is None
                                       and tree.tok(f.token).feats.get("Number") == "Sing" for f in source):
        # "полицейский расстрелял пенсионера": one unnamed officer's crime is not an act of the police
        return True
    if entry.type in ("AID", "RETREAT") and any(tree.lemma(f.token) in MEDICAL_STAFF or any(
            tree.lemma(c) in MEDICAL_ADJ for c in tree.kids(f.token, "amod")) for f in source):
        # "врачи помогали ей", "медики отпустили пострадавших домой": medical care, not aid or a release
        return True
    if entry.type == "COERCE" and entry.mode == "ban":
        # "Госдума запретила чиновникам иметь счета": a legislature's ban is a law (not coded)
        return any(set(fold(f.actor.name).split()) & LEGISLATURE_WORDS for f in source)
    if entry.type != "ACCUSE" and tree.tok(i).pos == "NOUN" and _case_content(tree, i):
        return True
    if entry.type == "SUPPORT" and lemma in CONGRATULATE and _occasion(tree, i):
        # (round ep) "поздравила поклонников с Днём святого Валентина", "пришёл поздравить именинницу с годовщиной":
        # greetings on a holiday or an anniversary are courtesy, like condolences (the guide codes neither);
        # "поздравил X с победой" (an outcome) stays
        return True
    if entry.type == "CONSULT" and _called_off(tree, i):
        # (round ep) "отменил встречу с X", "Джонсон, пропустивший встречу с Зарифом": the guide codes no
        # cancelled event
        return True
    return False


# (round ep) Plans and policies: whose they are is a genitive actor ("план Мэй", "политика Кремля"); a genitive
# act ("план выхода Великобритании из ЕС", "планы отношений Лондона и Брюсселя") is what the plan is about.
PLAN_NOUNS = frozenset({"план", "стратегия", "политика", "курс", "программа", "концепция", "подход"})


def _plan_topic(tree: Tree, j: int) -> bool:
    """Token j is the bare genitive of a plan noun and names nobody itself: its own actors are the plan's topic."""
    head = tree.head(j)
    return head is not None and tree.lemma(head) in PLAN_NOUNS and tree.tok(j).rel == "nmod" \
        and tree.case(j) == "Gen" and tree.prep(j) is None and tree.mention_of[j] is None


# (round ep) Greetings and what they are for when they are courtesy: a holiday, a date, an anniversary.
CONGRATULATE = frozenset({"поздравить", "поздравлять", "поздравление"})
OCCASIONS = frozenset({"день", "праздник", "годовщина", "юбилей", "рождество", "пасха", "именины",
                       "год", "рождение", "март", "дата", "курбан-байрам", "ураза-байрам", "навруз", "масленица"})
# (round ep) Verbs that call off or miss a meeting, a visit or talks named as their object.
CALL_OFF = frozenset({"отменить", "отменять", "пропустить", "пропускать", "сорвать", "срывать"})


def _occasion(tree: Tree, i: int) -> bool:
    """A "с" phrase of the greeting names a holiday or a date ("с Днём города", "с Новым годом", "с 8 Марта")."""
    for c in tree.children[i]:
        if tree.prep(c) != "с":
            continue
        # ("с 95-летием", "со столетием": an anniversary counted in years)
        if tree.lemma(c) in OCCASIONS or (tree.lemma(c) or "").endswith("летие") \
                or any(tree.lemma(k) in OCCASIONS for k in tree.kids(c, "amod", "nummod")):
            return True
    return False


def _called_off(tree: Tree, i: int) -> bool:
    """The meeting noun is the object of a verb that calls it off or misses it."""
    head = tree.head(i)
    return tree.tok(i).pos == "NOUN" and tree.tok(i).rel == "obj" and head is not None \
        and tree.lemma(head) in CALL_OFF


def _case_content(tree: Tree, i: int) -> bool:
    """(round 13) An act noun that is what a criminal case is about ("возбудило дело по фактам обстрелов ВСУ",
    "дело о нападении на X"): the alleged act is the charge's content (the charge is the event), not a
    reported event of its own."""
    head = tree.head(i)
    if head is not None and tree.lemma(head) == "факт" and tree.prep(i) is None:
        i, head = head, tree.head(head)  # "по фактам обстрелов": through the "факт" noun
    if head is None or tree.prep(i) not in ("о", "по"):
        return False
    if tree.lemma(head) in CASE_NOUNS:
        return _criminal_case(tree, head)
    # (the parser may hang "по фактам …" on the verb that opens the case: "возбудило дело по фактам")
    return tree.lemma(head) in CASE_OPENERS and any(tree.lemma(c) in CASE_NOUNS for c in tree.kids(head, "obj"))


def _criminal_case(tree: Tree, noun: int) -> bool:
    """A criminal case, not an affair: "уголовное дело", or a case being opened ("возбудили дело о …"); "причастных
    к делу об аресте X" is the arrest itself told as an affair."""
    head = tree.head(noun)
    return any(tree.lemma(c) == "уголовный" for c in tree.kids(noun, "amod")) \
        or (head is not None and tree.lemma(head) in CASE_OPENERS)


# Verbs of promising or threatening harm, and the harms they can promise.
PROMISE_VERBS = frozenset({"обещать", "пообещать", "пригрозить", "угрожать", "грозить", "грозиться"})
HARM_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})
# (rounds 30, 33) Acts besides harms that make a promise no offer ("обещают, что не прекратят протесты").
PROMISED_HARM_TYPES = frozenset({"THREATEN", "PROTEST", "ACCUSE", "REJECT", "MOBILIZE"})
PROMISED_ACT_TYPES_NOT_OFFERS = HARM_TYPES | PROMISED_HARM_TYPES  # a promise of these is no offer


def _promised_harm(tree: Tree, entry: LexEntry, i: int) -> bool:
    """A harm in the infinitive under a verb of promising or threatening ("обещает напасть"); (round 33) also a
    threat entry on the promised act itself ("пообещала [уволить] министров"): the threat is done, not planned."""
    if entry.type not in HARM_TYPES | {"THREATEN"}:
        return False
    verb = i if tree.tok(i).pos in ("VERB", "AUX") else tree.head(i)  # "пригрозил ввести [санкции]"
    if verb is None or tree.tok(verb).feats.get("VerbForm") != "Inf" or tree.tok(verb).rel != "xcomp":
        return False
    head = tree.head(verb)
    return head is not None and tree.lemma(head) in PROMISE_VERBS


def _threatened_act(tree: Tree, i: int) -> bool:
    """(round 23) An act noun a verb of threatening or promising holds in the instrumental ("пилоты грозят
    новыми [забастовками]"): a threatened act, not one done."""
    head = tree.head(i)
    return tree.tok(i).pos == "NOUN" and tree.case(i) == "Ins" and tree.prep(i) is None \
        and head is not None and tree.lemma(head) in PROMISE_VERBS


def _person(tree: Tree, j: int) -> bool:
    mention = tree.mention_of[j]
    return mention is not None and mention.type == "PER"


# Acts done by saying something, which "в X <3rd person plural verb>" attributes to X.
VOICED_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN"})


def _locative_voice(tree: Tree, i: int) -> list[Found]:
    """The state or organisation "в X" locates a subjectless 3rd person plural verb in."""
    feats = tree.tok(i).feats
    if feats.get("VerbForm") != "Fin" or feats.get("Number") != "Plur" or feats.get("Person") in ("1", "2") \
            or any(not past_relative(tree, i, c) for c in tree.kids(i, "nsubj", "nsubj:pass")):
        return []
    out: list[Found] = []
    for c in tree.kids(i, "obl"):
        if tree.prep(c) == "в" and tree.case(c) == "Loc":
            out += [f for f in actors_at(tree, c) if f.type in ("GPE", "ORG")]
    return out


def _unique(found: list[Found]) -> list[Found]:
    seen: set[str] = set()
    out = []
    for f in found:
        if _key(f.actor) not in seen:
            seen.add(_key(f.actor))
            out.append(f)
    return out


def _named_speaker(quote: Quote) -> SpeakerRef | None:
    """The quote's speaker, but not an unnamed source the quote layer keeps only by its mention under the
    name "unknown" ("По словам одного из источников", quotes/unnamed_sources.py): no one to report an event."""
    return None if quote.speaker is not None and quote.speaker.unnamed else quote.speaker


# (mT34) Cues whose topic the announcing brings about ("объявили о забастовке"), unlike a claim ("заявила об
# уничтожении двух вертолетов": a report of an act done before).
ANNOUNCING_CUES = frozenset({"объявить", "объявлять", "анонсировать"})


def _announced_topic(doc: Doc, quote: Quote, trigger: Token) -> bool:
    """(mT34) The quote is the topic an announcing cue names, a noun phrase holding the trigger ("Профсоюзы …
    объявили о [грядущих забастовках]", the quote layer's topic quote): the announcement is the act itself,
    whose source the speaker is, not its reporter."""
    if quote.cue not in ANNOUNCING_CUES or not quote.start <= trigger.start < quote.stop:
        return False
    first, last = doc.token_span(quote.start, quote.stop)
    words = [t for t in doc.tokens[first:last] if t.start >= quote.start]
    # (the topic's own noun, not one under it: "объявила об отмене рейсов из-за забастовки" tells of the strike)
    return not any(t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin" for t in words) \
        and not any(t.pos in ("NOUN", "PROPN") and t.start < trigger.start for t in words)


def _relay(quote: Quote) -> str | None:
    """(mT34) Who relays the quote's speaker ("…, передает агентство Reuters"): the link before the speaker in the
    quote's source chain, none when the narrator reports it."""
    links = quote.source_chain[1:-1] if quote.speaker is not None else quote.source_chain[1:]
    return links[-1] if links else None


def _quote_of(quotes: list[Quote], offset: int) -> tuple[int | None, str | None]:
    for index, quote in enumerate(quotes):
        if quote.start <= offset < quote.stop:
            speaker = _named_speaker(quote)
            return index, speaker.name if speaker else None
    return None, None


def event_key(event: Event, complaint: bool = False) -> tuple:
    """Identity of an event within a document: the same act reported twice is one event."""
    src = frozenset(_key(a) for a in event.source_actors)
    tgt = frozenset(_key(a) for a in event.target_actors)
    symmetric = is_symmetric(event)
    sides = (src | tgt,) if symmetric else (src, tgt)
    if complaint:
        sides = ("complaint", tgt)  # the same complaint relayed by a press service is one event
    return (event.type, event.mode, *sides, event.negated, event.hypothetical)


# (round 27) Focus particles that add actors to ones named before ("объявили также пилоты …").
ALSO_WORDS = frozenset({"также", "тоже"})


def _states_in(tree: Tree, index: int) -> set[str]:
    """(round 27) The states a sentence names, by name or by adjective ("Немецкие пилоты", "в Швеции")."""
    sentence = tree.doc.sentences[index]
    out: set[str] = set()
    for k in range(sentence.token_start, sentence.token_stop):
        mention = tree.mention_of[k]
        if mention is not None and (mention.actor_id or "").startswith("gpe:"):
            out.add(mention.actor_id or "")
        elif tree.tok(k).pos == "ADJ":
            out.update(s for s in tree.hints.adjective(tree.lemma(k)) if s.startswith("gpe:"))
    return out


def _also_others(tree: Tree, event: Event) -> bool:
    """(round 27) The event's clause gives its subject as more actors than the ones named before: "также" /
    "тоже" right before the subject ("О забастовке объявили также пилоты ирландского подразделения") — a
    clause up from the trigger, at most 6 steps.  (The caller also asks that the headline names a state and
    the body's sentence does not name it: "В Швеции пилоты бастуют … бастовать будут также пилоты в Бельгии
    и Швеции" is one strike told twice.)"""
    first, _ = tree.doc.token_span(event.start, event.stop)
    cur: int | None = first
    steps = 0
    while cur is not None and 0 <= cur < len(tree.doc.tokens) and steps < 6:
        for k in tree.kids(cur, "nsubj"):
            if k > 0 and tree.lemma(k - 1) in ALSO_WORDS and tree.tok(k - 1).rel == "advmod":
                return True
        cur, steps = tree.head(cur), steps + 1
    return False


def drop_title_restatements(events: list[Event], others: set[int] | frozenset[int] = frozenset()) -> list[Event]:
    """A headline event that the body reports again in its own words is one event: "В Пакистане
    освободили христианку" over "Власти освободили Азию Биби".  The headline's version goes when
    the body has an event of the same type that shares an actor with it (and names all of its own),
    or when the headline names a participant only by description (the body names it better)."""
    body = [e for e in events if e.sentence > 0 and id(e) not in others]
    # (round 27) a body event whose subject is "также" more actors, away from the headline's state (ids in
    # `others`), is no restatement of the headline's: "Немецкие пилоты начали забастовку … О забастовке
    # объявили также пилоты ирландского, шведского … подразделений"
    kept = []
    # (round 23) a plan in the body ("бастовать намерены также летчики …") does not restate an act the
    # headline reports done ("пилоты начали забастовку")
    for event in events:
        if event.sentence == 0 and any(e.type == event.type and _restates(event, e)
                                       and (event.hypothetical or not e.hypothetical) for e in body):
            continue
        kept.append(event)
    return kept


def _restates(title: Event, body: Event) -> bool:
    title_actors = title.source_actors + title.target_actors
    body_actors = body.source_actors + body.target_actors
    if any(a.actor_id is None for a in title_actors):
        return True
    # a shared actor: the same act, unless the headline names the others better ("Суд Вены освободил
    # Фирташа" over "Суд освободил Фирташа")
    shared = {_key(a) for a in title_actors} & {_key(a) for a in body_actors}
    return bool(shared) and all(a.actor_id is not None for a in body_actors)


def merge_duplicates(events: list[Event], keys: list[tuple] | None = None, doc_title_first: bool = False,
                     dated_by_own_sentence: Callable[[Event], bool] | None = None) -> list[Event]:
    """Keep the first report of each event; a later report may add a date or a place.

    A first report dated only by the publication day takes a later report's date only when that report's own
    sentence gives it (`dated_by_own_sentence`), not the narrative's time of an earlier sentence: "В 2017 году
    суд приговорил Петрова … Полиция задержала Петрова" does not date the headline's arrest 2017 (rev18_E 3)."""
    kept: dict[tuple, Event] = {}
    for event, key in zip(events, keys or [event_key(e) for e in events]):
        first = kept.get(key)
        if first is None:
            kept[key] = event
            continue
        if first.sentence == 0 and event.sentence > 0 and doc_title_first:
            # The headline repeats the body: the body report, with its context, represents the event.
            for name in ("trigger", "start", "stop", "sentence", "reported_by", "quote"):
                setattr(first, name, getattr(event, name))
        later_report_dates(first, event, dated_by_own_sentence)
        first.confidence = round(min(0.95, max(first.confidence, event.confidence) + 0.05), 2)
    return list(kept.values())


def _made_event(entry: LexEntry, cameo_root: str, token: Token, sentence: int, source: list[Found], target: list[Found],
                date: DateChoice, location: EventActor | None, negated: bool, hypothetical: bool, reported_by: str | None,
                quote_index: int | None, confidence: float) -> Event:
    """The Event record of a coded predicate (one shape for every rule that codes one)."""
    return Event(
        type=entry.type, mode=entry.mode, cameo=cameo_root,
        source_actors=[f.actor for f in source], target_actors=[f.actor for f in target],
        trigger=token.text, start=token.start, stop=token.stop, sentence=sentence,
        date=date.value, date_granularity=date.granularity, date_from_article=date.from_article,
        location=location, negated=negated, hypothetical=hypothetical,
        reported_by=reported_by, quote=quote_index, confidence=round(max(0.05, min(0.95, confidence)), 2),
    )
