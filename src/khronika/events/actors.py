"""Argument tokens -> actors: the mention covering the token, conjuncts, geo
adjectives ("российско-американские"), relative and personal pronouns, and the
stand-ins of unnamed actors: representatives ("представители Киева"),
governments ("власти США"), machines ("сбили российский штурмовик") and owners
of things ("решение Мэй").
"""
from __future__ import annotations

from khronika.events.bodies import court_with_territory, prosecution_office
from khronika.events.counts import counted_group, is_count
from khronika.events.discourse import (
    FIRST_PERSON, is_bare_institution, quote_speaker, salient_institution, salient_pronoun,
)
from khronika.events.focus import main_state, section_state
from khronika.events.groups import (
    COUNTRY_NOUNS, armed_forces, describe, home_state_of_body, is_group, other_state_named,
)
from khronika.events.identified import identity_token
from khronika.events.kin import kin_name
from khronika.events.latter import latter_person
from khronika.events.pronouns import antecedent
from khronika.events.listed import listed_people
from khronika.events.epithets import protagonist_token
from khronika.events.recovery import relative_antecedent, staff_body
from khronika.events.titles import described_person, is_common_noun_name
from khronika.events.lexicon import fold
from khronika.events.tree import Found, N_FORMS, PERSONAL_PRONOUNS, Tree
from khronika.nlp.doc import EventActor
from khronika.nlp.actors import split_relative


NAME_RELS = frozenset({"appos", "flat", "flat:name", "flat:foreign"})
GOVERNMENT_NOUNS = frozenset({"власть", "правительство", "руководство", "сторона"})  # "украинская сторона" = Украина
# Machines that stand for their owner when attacked, seized or used ("сбили российский штурмовик").
MACHINE_NOUNS = frozenset({"самолет", "штурмовик", "истребитель", "бомбардировщик", "вертолет", "беспилотник",
                           "дрон", "танкер", "судно", "корабль", "танк"})
# Documents and texts: what they "demand" or "ban" is their authors' act, they are not actors.
NOT_ACTORS = frozenset({"закон", "законопроект", "документ", "резолюция", "постановление", "указ", "доклад",
                        "соглашение", "договор", "письмо", "статья",
                        # (round 17) a disease kills no one as an actor: "коронавирус убил больше русских"
                        "коронавирус", "вирус", "covid-19", "covid", "ковид", "инфекция", "пандемия", "эпидемия",
                        "грипп",
                        # (round 18) the internet where people mock or praise is no body: "высмеяли в Сети"
                        "сеть", "соцсеть", "интернет"})
# Adjectives that make "власти" a local body, not the state's government.
LOCAL = frozenset({"местный", "городской", "региональный", "муниципальный", "областной", "районный", "краевой"})
# (round 18) Adjectives that make "власти" one agency, not the government of the story's state ("иммиграционные
# власти" of the country a foreigner is in).
AGENCY = frozenset({"иммиграционный", "миграционный", "налоговый", "таможенный", "пограничный", "санитарный",
                    "антимонопольный", "финансовый", "судебный"})
# An unnamed representative stands for the body or state it represents ("представители Киева").
PROXY_NOUNS = frozenset({"представитель", "делегация", "глава", "руководитель", "пресс-служба",
                         "пресс-секретарь", "подразделение", "лидер", "делегат", "переговорщик", "посланник",
                         "президент", "премьер", "премьер-министр", "канцлер"})
# ... "лидеры России и Китая" only: "лидер движения «Русские», националист Дмитрий Дёмушкин" is a person
# (round 8: "президенты России и Турции провели разговор" — the states, as "лидеры" are; a singular
# "президент России" is the registry's office holder, resolved by the actors layer)
PLURAL_PROXIES = frozenset({"лидер", "президент", "премьер", "премьер-министр", "канцлер"})
# Bodies named by their parent ("комиссия Госдумы по этике", "комитет Сената США"): actors only with
# the owner or an adjective saying whose (a bare "комиссия" could be anybody's).
OWNED_BODIES = frozenset({"комиссия", "комитет"})
# How many nouns up from a relative "который" its clause's verb may stand ("приговор которой отменил").
RELATIVE_DEPTH = 2
# How far before the parser's antecedent an agreeing one may stand ("сын журналистки Ивановой, который").
ANTECEDENT_REACH = 4
# State bodies every state has, written as one word ("МИД"), so that a nationality adjective says whose.
STATE_BODIES = frozenset({"мид", "минобороны", "минфин", "минюст", "мвд", "минздрав", "минэнерго", "генпрокуратура",
                          "парламент", "сенат", "правительство", "минэкономики", "госдеп", "пентагон"})
# Courts every state has one of, named without their state.
HIGH_COURTS = frozenset({"верховный суд", "конституционный суд"})
# Buildings named by the body they house ("здание правительства", "офис компании").
BUILDING_NOUNS = frozenset({"здание", "офис", "штаб-квартира", "резиденция"})
# Possessive "его/её/их" (lemmatised either as the personal pronoun or as itself).
POSSESSIVES = frozenset({"он", "она", "они", "его", "ее", "их"})


def actors_at(tree: Tree, i: int, depth: int = 0) -> list[Found]:
    """Actors named by the phrase headed by token i, conjuncts included."""
    if depth > 3:
        return []
    found = own_actors(tree, i, depth)
    for c in tree.kids(i, "conj") + _stray_conjuncts(tree, i):
        found.extend(actors_at(tree, c, depth + 1))
    return found


def _agreeing_antecedent(tree: Tree, relative: int, noun: int) -> int:
    """The noun a singular "который" agrees with in gender: "муж христианки Асии Биби, которая была
    приговорена" hangs the clause on "муж", yet "которая" is feminine and means Биби — the nearest
    agreeing noun or name before the pronoun (the parser's choice disagreeing)."""
    gender = tree.tok(relative).feats.get("Gender")
    if gender is None or tree.tok(relative).feats.get("Number") == "Plur" or noun > relative:
        return noun
    if tree.tok(noun).pos == "NOUN" and tree.mention_of[noun] is None:
        # "христианки Асии Биби, которая": the name right after the noun, in its case, is whom the clause
        # is about, wherever the parser hung it
        for j in range(noun + 1, relative):
            token = tree.tok(j)
            if token.pos == "PROPN" and token.rel not in ("flat", "flat:name") and tree.mention_of[j] is not None \
                    and tree.mention_of[j].type == "PER" and token.feats.get("Gender") == gender \
                    and tree.case(j) == tree.case(noun):
                return j
    if tree.tok(noun).feats.get("Gender") in (None, gender):
        return noun
    sentence = tree.doc.sentences[tree.doc.sentence_at(tree.tok(relative).start) or 0]
    for j in range(relative - 1, max(sentence.token_start, noun - ANTECEDENT_REACH) - 1, -1):
        token = tree.tok(j)
        if token.pos in ("NOUN", "PROPN") and token.rel not in ("flat", "flat:name") and tree.prep(j) is None \
                and token.feats.get("Gender") == gender and token.feats.get("Number") != "Plur" \
                and not _quoted(tree, sentence.token_start, j):
            return j
    return noun


def _quoted(tree: Tree, first: int, j: int) -> bool:
    """Token j stands inside «…» opened after token `first` ("«Единая Россия», которая": the word
    "Россия" is part of a name, not a noun of its own)."""
    depth = 0
    for k in range(first, j):
        text = tree.tok(k).text
        depth += text == "«"
        depth -= text == "»" and depth > 0
    return depth > 0


def _national_body(tree: Tree, i: int, name: str) -> Found | None:
    """The state an unregistered body every state has belongs to, in the gold guide's "<body> <state>"
    form: "британский МИД" → "МИД Великобритании" (its nationality adjective); a bare "Верховный суд" →
    "Верховный суд Пакистана" (the story's state, unless the sentence names another)."""
    if fold(name) in HIGH_COURTS and not tree.kids(i, "nmod"):
        # "Верховный суд" in a story about Pakistan is "Верховный суд Пакистана" (the guide's "суд <страны>")
        state = main_state(tree.doc)
        if state is None or other_state_named(tree, i, state):
            return None
        return Found(EventActor(None, f"{name} {tree.genitive_of(state, tree.name_of(state, state))}"), i, "ORG")
    home = home_state_of_body(tree, i)
    if home is not None:
        return Found(EventActor(None, f"{tree.tok(i).text} {home}"), i, "ORG")  # (round 24) "КГБ" → "КГБ Белоруссии"
    if fold(name) not in STATE_BODIES:
        return None
    written = tree.tok(i).text[:len(name)]
    if len(written) > 1 and written.isupper() and fold(written) == fold(name):
        name = written  # (round 17) "японского МИДа" → "МИД Японии": an abbreviation keeps its capitals
    for c in tree.kids(i, "amod"):
        states = [s for s in tree.hints.adjective(tree.tok(c).lemma or tree.tok(c).text) if s.startswith("gpe:")]
        if len(states) == 1:
            state = states[0]
            genitive = tree.genitive_of(state, tree.name_of(state, state))
            return Found(EventActor(None, f"{name} {genitive}"), i, "ORG")
    return None


# (round 24) Unnamed authorities every state and city has, in the gold guide's "суд <страны>", "полиция <страны>"
# form, with the word the name takes.
PLACE_AUTHORITIES = {"суд": "суд", "прокуратура": "прокуратура", "полиция": "полиция"}
# Those a city has of its own ("прокуратура Павии", "суд Шейкхупуры"); police abroad go by their state.
CITY_AUTHORITIES = frozenset({"суд", "прокуратура"})


def _place_authority(tree: Tree, i: int) -> Found | None:
    """An unnamed court, prosecutor's office or police named by the place they serve, in the guide's
    "<body> <place>" form: a city given as "города X" or "в X" ("Итальянская прокуратура города Павия" →
    "прокуратура Павии": the city says which office, the adjective only its country), else a state given as
    "в X" or by its nationality adjective ("Суд в Италии", "итальянская полиция" → "суд Италии",
    "полиция Италии").  Not a body with an adjective of its own ("Окружной суд", "Федеральный суд": part of
    a name), nor one with any other modifier ("суд присяжных")."""
    word = PLACE_AUTHORITIES.get(tree.lemma(i))
    token = tree.tok(i)
    if word is None or token.pos != "NOUN" or token.feats.get("Number") == "Plur":
        return None
    states: set[str] = set()
    for c in tree.kids(i, "amod"):
        found = [s for s in tree.hints.adjective(tree.tok(c).lemma or tree.tok(c).text) if s.startswith("gpe:")]
        if len(found) != 1:
            return None
        states.add(found[0])
    place: str | None = None
    for c in tree.kids(i, "nmod", "obl", "appos", "flat"):
        if tree.lemma(c) == "город" and tree.case(c) == "Gen" and tree.prep(c) is None:
            named = [n for n in tree.kids(c, "appos", "flat", "flat:name", "nmod")
                     if tree.mention_of[n] is not None and tree.mention_of[n].type in ("LOC", "GPE")]
            if len(named) != 1 or word not in CITY_AUTHORITIES or place is not None:
                return None
            m = tree.mention_of[named[0]]
            city = (m.normal or m.text).split()
            if len(city) > 1 and fold(city[0]) == "город":
                city = city[1:]
            place = _genitive_city(tree, " ".join(city)) if tree.case(named[0]) != "Gen" else m.text
            continue
        m = tree.mention_of[c]
        if tree.prep(c) == "в" and m is not None and m.type in ("LOC", "GPE") and place is None:
            if (m.actor_id or "").startswith("gpe:") and tree.doc.actor(m.actor_id) is not None \
                    and tree.doc.actor(m.actor_id).type == "GPE":
                place = tree.genitive_of(m.actor_id, tree.name_of(m.actor_id, m.normal or m.text))
                continue
            if word in CITY_AUTHORITIES and not (m.actor_id or "").startswith("gpe:"):
                place = _genitive_city(tree, m.normal or m.text)
                continue
        return None  # another modifier: "суд присяжных", "полиция нравов" — not a place's body
    if place is None and len(states) == 1:
        state = states.pop()
        place = tree.genitive_of(state, tree.name_of(state, state))
    if not place:
        return None
    return Found(EventActor(None, f"{word} {place}"), i, "ORG")


def _genitive_city(tree: Tree, name: str) -> str:
    """A city's name in the genitive: the dictionary's form, else the regular feminine ending of a
    one-word name it lacks ("Павия" → "Павии", "Шейкхупура" → "Шейкхупуры")."""
    inflected = tree.inflect_genitive(name)
    if inflected != name or len(name.split()) != 1 or len(name) < 4:
        return inflected
    if name.endswith("ия"):
        return name[:-1] + "и"
    if name.endswith("а"):
        return name[:-1] + ("и" if name[-2] in "кгхжшщч" else "ы")
    return name


def _stray_conjuncts(tree: Tree, i: int) -> list[int]:
    """Conjuncts of i the parser hung on its genitive modifier: "Страны ЕС, а также США и Канада ввели"
    makes США and Канада conjuncts of ЕС, yet they stand in the head's case (nominative), not the
    genitive's, so they coordinate with the head."""
    case = tree.case(i)
    if case in (None, "Gen"):
        return []
    return [c for g in tree.kids(i, "nmod") if tree.case(g) == "Gen" and tree.prep(g) is None
            for c in tree.kids(g, "conj") if tree.case(c) == case and tree.prep(c) is None]


def own_actors(tree: Tree, i: int, depth: int) -> list[Found]:
    if depth > 4:
        return []
    if tree.lemma(i) == "который":
        # "гражданина Польши, которого подозревают": the relative pronoun stands for its noun
        verb = tree.head(i)
        for _ in range(RELATIVE_DEPTH):
            # "Иванова, приговор которой отменил суд": the relative sits inside a phrase of the clause
            if verb is None or tree.tok(verb).rel.startswith("acl") or tree.tok(verb).pos in ("VERB", "AUX"):
                break
            verb = tree.head(verb)
        noun = tree.head(verb) if verb is not None and tree.tok(verb).rel.startswith("acl") else None
        if noun is None:
            # "Петров, который встретился ...": the parser made the clause a root of its own
            noun = relative_antecedent(tree, i)
        if noun is None:
            return []
        noun = _agreeing_antecedent(tree, i, noun)
        if token_is_plural(tree, i):
            # "Миллер и Озерец, которые встречаются": a plural relative stands for the whole
            # coordination, though the parser hangs the clause on its last conjunct
            seen = {noun}
            while tree.tok(noun).rel == "conj" and tree.head(noun) is not None and tree.head(noun) not in seen:
                noun = tree.head(noun)  # (a head cycle of a faulty parse ends the walk)
                seen.add(noun)
            return actors_at(tree, noun, depth + 1)
        return own_actors(tree, noun, depth + 1)
    mention = tree.mention_of[i]
    token = tree.tok(i)
    if mention is not None and is_common_noun_name(tree, i):
        mention = None  # (round 31) "Христианку приговорили": a capitalised common noun, not a name
    if mention is None:
        body = staff_body(tree, i)
        if body is not None:
            return own_actors(tree, body, depth + 1)  # "сотрудники ФСБ задержали": the authority
        members = _partitive(tree, i)
        if members is not None:
            # "один из активистов", "ряд сотрудников МВД", "группа активистов": the people counted
            return actors_at(tree, members, depth + 1)
        group = _armed_group_of(tree, i)
        if group:
            return group
        if is_count(tree, i):
            # (round 14) "задержали 39 человек": the group the text names nearby, else no one
            counted = counted_group(tree, i)
            return actors_at(tree, counted, depth + 1) if counted is not None else []
    if tree.lemma(i) in NOT_ACTORS and (mention is None or (mention.actor_id or "x:").startswith("x:")):
        return []  # "Законопроект требует от Минфина": a text, even when tagged as a name
    if mention is None and (token.pos in ("PRON", "DET") and tree.lemma(i) in PERSONAL_PRONOUNS
                            or fold(token.text) in N_FORMS):
        referent = antecedent(tree, i)
        if referent is not None:
            return own_actors(tree, referent, depth + 1)
        return salient_pronoun(tree, i)
    latter = latter_person(tree, i) if mention is None else None
    if latter is not None:
        return own_actors(tree, latter, depth + 1)  # (round 20) "назвал последнюю …": the last one named
    if mention is None and token.pos == "PRON" and tree.lemma(i) in FIRST_PERSON:
        return quote_speaker(tree, i)  # "я попросил его" in a quote: its speaker
    if mention is None or (mention.actor_id or "x:").startswith("x:"):
        local = _place_authority(tree, i)
        if local is not None:
            return [local]  # (round 24) "Итальянская прокуратура города Павия" → "прокуратура Павии"
    if is_bare_institution(tree, i):
        # "ведомство составило протокол": the organisation the text is about, else the description
        referent = salient_institution(tree, i)
        if referent:
            return referent
    if tree.lemma(i) in PROXY_NOUNS and mention is None and (
            tree.lemma(i) not in PLURAL_PROXIES or tree.tok(i).feats.get("Number") == "Plur") and not any(
            tree.mention_of[c] is not None and tree.mention_of[c].type == "PER" for c in tree.kids(i, *NAME_RELS)):
        bodies = _proxied(tree, i, depth)
        if bodies:
            return bodies
    if tree.lemma(i) in GOVERNMENT_NOUNS and (mention is None or (mention.actor_id or "").startswith("x:")):
        states = _government(tree, i, depth)
        if states:
            return states
    if mention is None or (mention.actor_id or "").startswith("x:"):
        forces = armed_forces(tree, i)  # "украинские военные" (even when tagged as an unknown name)
        if forces is not None:
            return [forces]
    if mention is not None and mention.type in ("LOC", "GPE") and token.pos == "NOUN" \
            and token.feats.get("Animacy") == "Anim":
        # "Эмир Катара шейх Хамад …" tagged as a place: a person noun's title, named by the apposition
        # ("шейх Хамад …" one level down too)
        for c in tree.kids(i, "appos"):
            for n in [c] + tree.kids(c, "appos"):
                named = tree.mention_of[n]
                if named is not None and named.type == "PER":
                    return own_actors(tree, n, depth + 1)
    if mention is not None and mention.type == "ROLE":
        # "задержали ещё одного бывшего заместителя главы района, Елену Кочкину": the name in apposition
        # says who holds the title here, whoever the title referred to before
        for c in tree.kids(i, *NAME_RELS):
            named = tree.mention_of[c]
            if named is not None and named.type == "PER" and named.actor_id and named.actor_id != mention.actor_id:
                return own_actors(tree, c, depth + 1)
    if mention is not None:
        actor = tree.doc.actor(mention.actor_id) if mention.actor_id else None
        type_ = actor.type if actor else mention.type
        national = _national_body(tree, i, mention.normal or mention.text) if type_ == "ORG" else None
        if national is not None:
            return [national]
        court = court_with_territory(tree, i, mention.normal or mention.text) if type_ == "ORG" else None
        if court is not None:
            return [court]  # (round 26) "Федеральный суд округа Колумбия"
        relative = kin_name(tree, i, tree.name_of(mention.actor_id, mention.normal or mention.text)) \
            if type_ == "PER" and mention.actor_id else None
        if relative is not None:
            return [Found(EventActor(mention.actor_id, relative), i, "PER")]
        return tree.from_id(mention.actor_id, i, type_, mention.normal or mention.text)
    inner = _agreeing_name(tree, i)
    if inner is not None:
        # "с матерью девушки Яффой Иссахар", "поблагодарил «своего друга» Путина": the name is the
        # noun's apposition, however the parser attached it
        return _name_with_conjuncts(tree, inner, depth)
    demonym = _demonym_apposition(tree, i) if mention is None else None
    if demonym is not None:
        return _name_with_conjuncts(tree, demonym, depth)
    identity = identity_token(tree, i) if mention is None else None
    if identity is not None:
        # (round 18) "задержали молодого человека …; им оказался футболист X": the person named
        named = [f for f in own_actors(tree, identity, depth + 1) if f.named and f.type == "PER"]
        if named:
            return named
    person = described_person(tree, i)
    if person is not None:
        return [person]
    if token.pos == "ADJ" or token.rel == "amod":
        ids = tree.hints.adjective(token.lemma or token.text)
        out: list[Found] = []
        for actor_id in ids:
            out.extend(tree.from_id(actor_id, i, "GPE" if actor_id.startswith("gpe:") else "ORG", actor_id))
        return out
    if tree.lemma(i) in MACHINE_NOUNS:
        # (round 13) "британского танкера Stena Impero": a vessel's own name is no party, its owner is
        machine_owners = _owner_of_machine(tree, i, depth)
        if machine_owners:
            return machine_owners
    # A name in apposition to a common noun: "президент Франции Эммануэль Макрон".
    for c in tree.kids(i, *NAME_RELS):
        if tree.mention_of[c] is not None and tree.mention_of[c].type in {"PER", "ORG", "MEDIA"}:
            if _other_case_person(tree, i, c):
                continue  # "задержала мужа [Марии Смирновой]": a genitive person is someone else's kin
            return _name_with_conjuncts(tree, c, depth)
    # A class noun right before an organisation's name the parser hung under it: "профсоюз Forsa"
    # (an indeclinable foreign name shows no case, so it is read as a modifier).
    for c in tree.kids(i, "nmod") if token.pos == "NOUN" and token.feats.get("Animacy") == "Inan" else []:
        mention = tree.mention_of[c]
        if mention is not None and mention.type in ("ORG", "MEDIA") and c - i <= 2 and tree.prep(c) is None \
                and tree.case(c) is None and tree.tok(c).pos == "PROPN":
            return own_actors(tree, c, depth + 1)
    if tree.lemma(i) in BUILDING_NOUNS:
        # "пикет у здания правительства области": a body's building stands for the body
        for c in tree.kids(i, "nmod"):
            if tree.case(c) == "Gen" and tree.prep(c) is None:
                return own_actors(tree, c, depth + 1)
        return []
    if tree.lemma(i) in MACHINE_NOUNS:
        # "сбили российский штурмовик", "самолет ВВС Сирии": a machine stands for its owner
        return _owner_of_machine(tree, i, depth)
    if tree.lemma(i) in OWNED_BODIES and tree.kids(i, "nmod", "amod"):
        described = describe(tree, i)
        return [described] if described is not None else []
    office = prosecution_office(tree, i, actors_at) if mention is None else None
    if office is not None:
        return [office]  # (round 26) a bare "обвинитель": the one prosecutor's office the document names
    protagonist = protagonist_token(tree, i) if mention is None else None
    if protagonist is not None:
        return own_actors(tree, protagonist, depth + 1)  # (round 17) "политик" for the story's protagonist
    if is_group(tree, i) and mention is None:
        listed = listed_people(tree, i)
        if listed:
            # (round 17) "другим участникам процесса: A, B и C": the people listed
            return [f for k in listed for f in own_actors(tree, k, depth + 1)]
    if tree.lemma(i) in tree.hints.descriptors or is_group(tree, i):
        described = describe(tree, i)
        return [described] if described is not None else []
    return []


# (round 20) Nouns of nationality or origin the parser hangs as a genitive modifier between a title and
# the name it introduces ("чемпиона в легком весе россиянина Хабиба Нурмагомедова").
DEMONYM_ENDS = ("янин", "анин", "янка", "анка", "инка", "ианец", "ландец", "инец", "анец")
DEMONYMS = frozenset({"американец", "немец", "француз", "белорус", "казах", "грузин", "китаец", "японец",
                      "британец", "уроженец", "уроженка", "украинец", "украинка", "француженка", "немка"})


def _demonym_apposition(tree: Tree, i: int) -> int | None:
    """The name of a person introduced as "‹title› ‹demonym› ‹name›" with the demonym in the title's
    case hung on the title and the name on the demonym."""
    token = tree.tok(i)
    if token.pos != "NOUN" or token.feats.get("Animacy") != "Anim":
        return None
    for d in tree.kids(i, "nmod", "appos"):
        lemma = tree.lemma(d)
        if tree.prep(d) is not None or _animate_case(tree.tok(d).feats.get("Case")) != _animate_case(token.feats.get("Case")) \
                or not (lemma in DEMONYMS or lemma.endswith(DEMONYM_ENDS)):
            continue
        for c in tree.kids(d, *NAME_RELS):
            named = tree.mention_of[c]
            if named is not None and named.type == "PER" and 0 < c - d <= 2:
                return c
    return None


def _animate_case(case: str | None) -> str | None:
    return "Gen" if case == "Acc" else case  # an animate accusative is the genitive's form (the tagger mixes them)


def _name_with_conjuncts(tree: Tree, name: int, depth: int) -> list[Found]:
    """(round 20) A name in apposition and the names coordinated with it: "два футболиста Павел Мамаев и
    Александр Кокорин", "его подчиненные Андрей Васильев и Дмитрий Фролов" (the parser hangs the second
    name on the first, not on the title)."""
    found = own_actors(tree, name, depth + 1)
    for c in tree.kids(name, "conj"):
        named = tree.mention_of[c]
        if named is not None and named.type == "PER" and named.actor_id:
            found.extend(own_actors(tree, c, depth + 1))
    return found


def _other_case_person(tree: Tree, noun: int, name: int) -> bool:
    """A person's name the parser hung on an animate noun as its apposition, in another case: the
    noun's genitive possessor ("мужа Марии Смирновой", "адвокат Ивана Петрова"), not its name."""
    noun_case, name_case = tree.case(noun), tree.case(name)
    if tree.lemma(noun) in RELATION_NOUNS and tree.mention_of[name].type == "PER" and tree.case(noun) == "Nom" \
            and _oblique_nominative(tree.mention_of[name], name_case):
        # (round 15) "муж 50-летней христианки Асии Биби": a name tagged nominative but not written in its
        # nominative form, after a kin noun in the nominative, is the possessor (as in `_agreeing_name`)
        return True
    if tree.tok(noun).pos != "NOUN" or tree.tok(noun).feats.get("Animacy") != "Anim" \
            or tree.mention_of[name].type != "PER" or name_case != "Gen":
        return False
    last = max(tree.subtree(name, 4))
    if fold(tree.tok(last).text).endswith(INDECLINABLE_ENDINGS):
        return False  # "с соседкой О. Кузьминых": an indeclinable surname shows no case
    feats = tree.tok(noun).feats
    if noun_case == "Acc" and (feats.get("Gender") == "Masc" or feats.get("Number") == "Plur"):
        noun_case = "Gen"  # an animate masculine or plural accusative is the genitive form: no case evidence
    if noun_case not in (None, "Gen"):
        return True
    if feats.get("Number") == "Plur" and tree.tok(name).feats.get("Number") == "Sing" and not tree.kids(name, "conj"):
        return True  # (round 24) "сторонников Алексея Навального": one person is no plural noun's name but its owner
    # a genitive noun shows no case difference: "о задержании журналиста Ивана Петрова" is an apposition;
    # a kin noun of another gender than the name is not ("о задержании мужа Марии Смирновой", but "мужа
    # Алексея Алякина" may be either and stays an apposition)
    noun_gender, name_gender = tree.tok(noun).feats.get("Gender"), tree.tok(name).feats.get("Gender")
    return tree.lemma(noun) in RELATION_NOUNS and None not in (noun_gender, name_gender) and noun_gender != name_gender


# Surname endings that do not decline: their case tag is a guess.
INDECLINABLE_ENDINGS = ("ых", "их", "аго", "яго")
# People named by their relation to someone: a genitive name after them is that someone.
RELATION_NOUNS = frozenset({"муж", "жена", "супруг", "супруга", "сын", "дочь", "брат", "сестра", "отец", "мать",
                            "родственник", "родственница", "адвокат", "защитник", "помощник", "помощница",
                            "охранник", "телохранитель", "водитель", "друг", "подруга", "соратник"})


# How deep inside a person noun's phrase, and how far after it, its apposition name may stand.
APPOSITION_DEPTH = 3
APPOSITION_SPAN = 10
NOT_INSIDE = frozenset({"conj", "cc", "acl", "acl:relcl", "advcl", "punct", "parataxis"})


def _oblique_nominative(mention, case: str | None) -> bool:
    """A name the tagger called nominative though it is not written in its nominative form ("Отец Цоя
    назвал": "Цоя" ≠ "Цой"): after a kin noun, a genitive possessor, not the noun's apposition (round 12;
    kin nouns only: the normal form of a foreign name may itself be wrong, "Халифа" → "Халиф")."""
    # (round 19: a first name given the relative's family name, "Адам" → "Адам Кадыров", compares its own words)
    normal = " ".join(mention.normal.split()[:len(mention.text.split())])
    return case == "Nom" and bool(mention.normal) and fold(mention.text) != fold(normal)


def _agreeing_name(tree: Tree, i: int) -> int | None:
    """A person's name inside the phrase of an animate common noun, after it and in the noun's
    own case: its apposition ("автором закона Виталием Милоновым").  A name in another case is
    someone else ("адвокатом Ивана Петрова"), except right after a quoted epithet, where an
    animate accusative looks like the genitive ("«своего друга» Путина")."""
    token = tree.tok(i)
    case, number = token.feats.get("Case"), token.feats.get("Number")
    # (not a genitive head: "дочерей президента Путина" — a genitive name there is the possessor)
    if token.pos != "NOUN" or case in (None, "Gen") or token.feats.get("Animacy") != "Anim":
        return None

    def inside(c: int) -> bool:  # "обвиняемые кроме Петрова": a preposition starts another phrase
        return tree.tok(c).rel not in NOT_INSIDE and tree.prep(c) is None

    stack = [(c, 1) for c in tree.children[i] if inside(c)]
    while stack:
        c, depth = stack.pop()
        mention = tree.mention_of[c]
        if mention is not None and mention.type == "PER" and 0 < c - i <= APPOSITION_SPAN \
                and tree.tok(c).feats.get("Number", number) == number:
            other = tree.tok(c).feats.get("Case")
            quoted = c > 0 and tree.tok(c - 1).text in ("»", "\"", "”") and case == "Acc" and other == "Gen"
            if (other == case and not (tree.lemma(i) in RELATION_NOUNS and _oblique_nominative(mention, case))) or quoted:
                return c
            if c > 0 and split_relative(tree.doc.text, mention, tree.mention_of[tree.head(c)] if tree.head(c) is not None else None):
                return c  # (round 19) "жена Павла Мамаева Алана": the relative the kin noun names, whatever its tag
        if depth < APPOSITION_DEPTH:
            stack += [(g, depth + 1) for g in tree.children[c] if inside(g)]
    return _stray_apposition(tree, i)


def _stray_apposition(tree: Tree, i: int) -> int | None:
    """(round 18) "раскритиковал регионального министра занятости, труда и миграции Наталью Соколову" with
    the name hung on a noun before the title: a person's name right after the title's own phrase, in its
    case and number, attached to a token before the title, is its apposition all the same."""
    token = tree.tok(i)
    phrase = tree.subtree(i, 30)
    k = max(phrase) + 1
    if k >= len(tree.doc.tokens) or k - i > APPOSITION_SPAN or phrase != list(range(min(phrase), k)):
        return None
    mention, name = tree.mention_of[k], tree.tok(k)
    head = tree.head(k)
    if mention is None or mention.type != "PER" or head is None or head >= i or name.rel not in ("appos", "nmod") \
            or name.feats.get("Case") != token.feats.get("Case") or name.feats.get("Number") != token.feats.get("Number"):
        return None
    return k


def _partitive(tree: Tree, i: int) -> int | None:
    """The people a partitive phrase counts: "один (двое, каждый) из [активистов]" (из + genitive
    plural), "ряд / группа / часть / большинство / десятки [депутатов]" (a genitive plural).  Only
    animate plurals: "часть территории", "группа компаний" are not groups of people."""
    lemma = tree.lemma(i)
    if lemma not in PARTITIVE_NOUNS and lemma not in PARTITIVE_PRONOUNS and lemma not in COUNT_WORDS:
        return None
    if any(tree.mention_of[c] is not None for c in tree.kids(i, *NAME_RELS)):
        return None  # "одного из боссов, 78-летнего Франческо Бонура": the name says who
    if lemma in PARTITIVE_NOUNS:
        kids = [c for c in tree.kids(i, "nmod") if tree.prep(c) is None and tree.case(c) == "Gen"]
    elif tree.tok(i).pos in ("NUM", "PRON", "DET", "ADJ") and lemma in PARTITIVE_PRONOUNS | COUNT_WORDS:
        kids = [c for c in tree.kids(i, "nmod", "obl") if tree.prep(c) == "из"]
    else:
        return None
    # only people who act as a body: a named one's members ("сотрудников МВД") or a collective noun
    # ("активистов"); not "множество кавалеров", "один из лучших вратарей"
    kids = [c for c in kids if tree.tok(c).feats.get("Number") == "Plur" and (
        tree.lemma(c) in COLLECTIVE_PEOPLE or any(tree.mention_of[g] is not None for g in tree.kids(c, "nmod")))]
    return kids[0] if kids else None


def _armed_group_of(tree: Tree, i: int) -> list[Found]:
    """"боевики из группировки «Джейш аль-Ислам»", "члены «Талибана»": fighters or members of a
    named organisation act as that organisation (the gold guide names the group itself)."""
    if tree.lemma(i) not in MEMBER_NOUNS or tree.tok(i).feats.get("Number") != "Plur":
        return []  # (plural only: "член Конгресса" is a person)
    for c in tree.kids(i, "nmod"):
        if tree.prep(c) != "из" and not (tree.lemma(i) == "член" and tree.prep(c) is None and tree.case(c) == "Gen"):
            continue
        names = [c] if tree.lemma(c) not in GROUP_CLASS_NOUNS else [c] + tree.kids(c, "appos", "flat", "flat:name", "nmod")
        for j in names:
            mention = tree.mention_of[j]
            if mention is not None and mention.actor_id and mention.type in ("ORG", "MEDIA"):
                return tree.from_id(mention.actor_id, j, "ORG", mention.normal or mention.text)
    return []


# Members and fighters of an organisation, and class nouns that introduce its name.
MEMBER_NOUNS = frozenset({"боевик", "член", "ополченец", "террорист", "бандит", "повстанец", "радикал"})
GROUP_CLASS_NOUNS = frozenset({"группировка", "организация", "движение", "партия", "отряд", "формирование",
                               "группа", "бригада", "батальон"})


# Heads of partitive phrases ("ряд сотрудников", "группа активистов", "часть депутатов").
PARTITIVE_NOUNS = frozenset({"ряд", "группа", "часть", "большинство", "десяток", "сотня",
                             "тысяча", "несколько", "толпа"})
# People who act together as a body (protest, fight, serve, represent) even unnamed.
COLLECTIVE_PEOPLE = frozenset({"активист", "протестующий", "демонстрант", "манифестант", "сторонник", "сотрудник",
                               "депутат", "военный", "военнослужащий", "боевик", "полицейский", "силовик",
                               "участник", "член", "оппозиционер", "радикал", "исламист", "ополченец"})
# Words counting members "из" a group ("один из активистов", "каждый из них").
PARTITIVE_PRONOUNS = frozenset({"один", "каждый", "некоторый", "кто-то", "кто-нибудь", "многие", "многий"})
COUNT_WORDS = frozenset({"два", "три", "четыре", "пять", "двое", "трое", "четверо", "пятеро", "несколько"})


def _owner_of_machine(tree: Tree, i: int, depth: int) -> list[Found]:
    out: list[Found] = []
    for c in tree.children[i]:
        if tree.tok(c).rel == "amod":
            for actor_id in tree.hints.adjective(tree.tok(c).lemma or tree.tok(c).text):
                out.extend(tree.from_id(actor_id, c, "GPE" if actor_id.startswith("gpe:") else "ORG", actor_id))
        elif tree.tok(c).rel == "nmod" and tree.case(c) == "Gen" and tree.prep(c) is None:
            out.extend(f for f in actors_at(tree, c, depth + 1) if f.named or f.type == "GROUP")
    return out


def owners(tree: Tree, i: int, places: bool = False) -> list[Found]:
    """Who did or owns the thing token i names, when it names nobody itself: the possessive
    pronoun ("его доводы"), the genitive person or body ("сана кардинала Маккаррика", "решение
    Мэй") or the instrumental agent ("посещение островов министром").  Only for inanimate nouns:
    a group of people is an actor of its own."""
    token = tree.tok(i)
    if token.pos != "NOUN" or token.feats.get("Animacy") == "Anim" or tree.mention_of[i] is not None:
        return []
    out: list[Found] = []
    for c in tree.children[i]:
        rel, case = tree.tok(c).rel, tree.case(c)
        if rel == "det" and tree.lemma(c) in POSSESSIVES:
            referent = antecedent(tree, c)
            out.extend(own_actors(tree, referent, 1) if referent is not None else [])
        elif rel == "nmod" and case in ("Gen", "Ins", "Acc") and tree.prep(c) is None:  # (Acc: tagger slips)
            out.extend(f for f in actors_at(tree, c, 1) if f.named)
        elif rel in ("acl", "amod") and tree.is_passive(c):
            # "стратегия, избранная премьером Мэй", "решение, принятое судом": the agent owns the thing
            out.extend(f for a in tree.kids(c, "obl", "nmod", "obl:agent") if tree.case(a) == "Ins"
                       and tree.prep(a) is None for f in actors_at(tree, a, 1) if f.named)
        elif places and rel == "nmod" and tree.prep(c) == "в":
            # "обстреляли объекты в Донецке": an attack on things is an attack on the place they are in
            out.extend(f for f in actors_at(tree, c, 1) if f.named and f.type in ("LOC", "GPE", "FAC"))
    return out


def is_proxy(tree: Tree, i: int) -> bool:
    """An unnamed representative noun ("руководитель", "глава", "представители") that `own_actors`
    resolves to the body it represents."""
    return tree.lemma(i) in PROXY_NOUNS and tree.mention_of[i] is None


def _proxied(tree: Tree, i: int, depth: int) -> list[Found]:
    """"представители Киева и республик Донбасса", "глава МИД Германии" (no name given): an unnamed
    representative acts for the named body or state in its genitive modifier."""
    out: list[Found] = []
    for c in tree.kids(i, "nmod"):
        if tree.case(c) != "Gen" or tree.prep(c) is not None:
            continue
        for f in actors_at(tree, c, depth + 1):
            if f.named and f.type in ("ORG", "GPE", "MEDIA"):
                out.append(f)
    return out


def _government(tree: Tree, i: int, depth: int) -> list[Found]:
    """"власти США", "правительство Японии": the state itself (GDELT codes governments so).
    A city's authorities ("власти Москвы") stay a group of their own."""
    for c in tree.children[i]:
        rel = tree.tok(c).rel
        if (rel == "nmod" and tree.case(c) == "Gen" and tree.prep(c) is None) or rel == "amod":
            if tree.mention_of[c] is not None and tree.mention_of[c].type not in ("GPE", "GEO_ADJ"):
                continue
            states = [f for f in own_actors(tree, c, depth + 1) if f.type == "GPE"]
            if states:
                return states
    country = [c for c in tree.kids(i, "nmod") if tree.lemma(c) in COUNTRY_NOUNS and tree.case(c) == "Gen"
               and tree.prep(c) is None and all(tree.tok(g).rel in ("punct", "det") for g in tree.children[c])]
    if (country or tree.lemma(i) == "власть") and all(_plain_modifier(tree, c) or c in country for c in tree.children[i]):
        # "власти страны", "правительство республики", "арестован новыми властями": the state the story is about;
        # (mt21) in a roundup, the state of the place the sentence sets the act in ("В Австралии власти
        # рекомендовали") or of its section's heading ("Австралия: …"); when those two disagree, nobody's
        local = _scene_state(tree, i)
        heading = section_state(tree.doc, tree.tok(i).start, tree.hints.metonyms)
        if local and heading and local != heading:
            return []
        state = local or heading or main_state(tree.doc)
        if state is not None:
            return [Found(EventActor(state, tree.name_of(state, state)), i, "GPE")]
    return []


def _scene_state(tree: Tree, i: int) -> str | None:
    """(mt21) The one state named as the scene ("в Австралии", "в Киеве" through its metonym) of the clause whose
    subject is token i."""
    verb = tree.head(i)
    if verb is None or not tree.tok(i).rel.startswith("nsubj"):
        return None
    states = set()
    for c in tree.kids(verb, "obl"):
        mention = tree.mention_of[c]
        if mention is None or tree.prep(c) not in ("в", "на") or tree.case(c) != "Loc":
            continue
        state = tree.hints.metonyms.get(mention.actor_id or "", mention.actor_id or "")
        if state.startswith("gpe:"):
            states.add(state)
    return states.pop() if len(states) == 1 else None


def _plain_modifier(tree: Tree, c: int) -> bool:
    """A modifier that does not say whose "власти" these are: "новые", a relative clause; not
    "сербские", "местные", "Москвы"."""
    token = tree.tok(c)
    if token.rel in ("case", "punct", "acl", "acl:relcl"):
        return True
    return token.rel == "amod" and tree.lemma(c) not in LOCAL | AGENCY and tree.mention_of[c] is None \
        and not tree.hints.adjective(token.lemma or token.text)


def token_is_plural(tree: Tree, i: int) -> bool:
    """Plural by its own features, or (a relative pronoun often has none) by its verb's."""
    number = tree.tok(i).feats.get("Number")
    if number is None and tree.head(i) is not None:
        number = tree.tok(tree.head(i)).feats.get("Number")
    return number == "Plur"
