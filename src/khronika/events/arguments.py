"""Arguments of an event trigger: dependency paths → tokens → actors.

A role path ("subj", "obj.gen", "prep:от") walks the Natasha dependency
tree from the trigger; the tokens it ends on are turned into actors through
the mentions layer (the smallest mention with an actor covering the token),
geo adjectives ("российско-американские"), descriptor nouns ("гражданина
Польши", "журналистов «Фонтанки»") and conjuncts ("США и НАТО").
"""
from __future__ import annotations

from dataclasses import dataclass, field

from khronika.nlp.doc import Doc, EventActor, Mention, Token
from khronika.events.lexicon import ActorHints, fold

NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
VERBAL = frozenset({"VERB", "AUX"})
# "в ходе / во время / в рамках [визита]": the visit of the clause's subject.
DURING_NOUNS = frozenset({"ход", "время", "рамка"})
# Nouns a participant phrase passes through: "в рамках Совета", "в формате".
FRAME_NOUNS = frozenset({"рамка", "формат"})
NP_RELS = frozenset({"appos", "nmod", "flat", "flat:name", "flat:foreign", "amod", "conj", "nummod"})
NAME_RELS = frozenset({"appos", "flat", "flat:name", "flat:foreign"})
GOVERNMENT_NOUNS = frozenset({"власть", "правительство", "руководство"})
# Unnamed officers stand for their service (the gold guide writes "полиция" for unnamed police).
OFFICERS = {"полицейский": "полиция", "милиционер": "милиция"}
# Machines that stand for their owner when attacked, seized or used ("сбили российский штурмовик").
MACHINE_NOUNS = frozenset({"самолет", "штурмовик", "истребитель", "бомбардировщик", "вертолет", "беспилотник",
                           "дрон", "танкер", "судно", "корабль", "танк"})
# Documents and texts: what they "demand" or "ban" is their authors' act, they are not actors.
NOT_ACTORS = frozenset({"закон", "законопроект", "документ", "резолюция", "постановление", "указ", "доклад",
                        "соглашение", "договор", "письмо", "статья"})
# Adjectives that make "власти" a local body, not the state's government.
LOCAL = frozenset({"местный", "городской", "региональный", "муниципальный", "областной", "районный", "краевой"})
# Bare generic person nouns name nobody identifiable (the gold codes events between identifiable actors).
BARE_PEOPLE = frozenset({"человек", "люди", "мужчина", "женщина", "ребенок", "житель", "гражданин"})
# An unnamed representative stands for the body or state it represents ("представители Киева").
PROXY_NOUNS = frozenset({"представитель", "делегация", "глава", "руководитель", "пресс-служба",
                         "пресс-секретарь", "подразделение"})
STRAY_SUBJECT_WINDOW = 12
PERSONAL_PRONOUNS = frozenset({"он", "она", "они"})
# Possessive "его/её/их" (lemmatised either as the personal pronoun or as itself).
POSSESSIVES = frozenset({"он", "она", "они", "его", "ее", "их"})
PRONOUN_LOOKBACK = 2  # previous sentences searched for a pronoun's antecedent


@dataclass
class Found:
    """One actor found for an argument, with the token it was read from."""

    actor: EventActor
    token: int
    type: str            # PER, ORG, GPE, LOC, MEDIA, ... ("GROUP" for descriptive phrases)
    named: bool = True   # False for a descriptive phrase ("нападавшие на Леонида Волкова")
    members: list[Found] = field(default_factory=list)  # organisations a group phrase names ("пилоты Ryanair")


@dataclass
class Tree:
    """Children lists and token → mention lookup for one Doc (built once per Doc)."""

    doc: Doc
    hints: ActorHints
    registry_names: dict[str, str] = field(default_factory=dict)
    children: list[list[int]] = field(default_factory=list)
    mention_of: list[Mention | None] = field(default_factory=list)
    titles: dict[str, dict[str, int]] | None = None  # title lemma -> person id -> first token (lazy)
    projects: frozenset[str] = frozenset()  # actor ids the document calls a project ("газопровод «X»")

    @classmethod
    def build(cls, doc: Doc, hints: ActorHints, registry_names: dict[str, str] | None = None,
              project_nouns: frozenset[str] = frozenset()) -> "Tree":
        tree = cls(doc, hints, registry_names or {})
        tree.children = [[] for _ in doc.tokens]
        for i, token in enumerate(doc.tokens):
            if 0 <= token.head < len(doc.tokens) and token.head != i:
                tree.children[token.head].append(i)
        tree.mention_of = [None] * len(doc.tokens)
        # Smallest mention first wins: "России" inside "Президент России" is Россия,
        # "Президент" is the person the role phrase names.
        for mention in sorted(doc.mentions, key=lambda m: m.stop - m.start, reverse=True):
            if not mention.actor_id:
                continue
            first, last = doc.token_span(mention.start, mention.stop)
            for i in range(first, last):
                tree.mention_of[i] = mention
        tree.projects = frozenset(_projects(tree, project_nouns))
        return tree

    # ---- tree navigation ----
    def tok(self, i: int) -> Token:
        return self.doc.tokens[i]

    def lemma(self, i: int) -> str:
        return fold(self.doc.tokens[i].lemma or self.doc.tokens[i].text)

    def kids(self, i: int, *rels: str) -> list[int]:
        return [c for c in self.children[i] if not rels or self.tok(c).rel in rels]

    def head(self, i: int) -> int | None:
        h = self.tok(i).head
        return h if 0 <= h < len(self.doc.tokens) and h != i else None

    def prep(self, i: int) -> str | None:
        """The preposition introducing token i ("в" for "в Женеве"), if any."""
        for c in self.children[i]:
            if self.tok(c).rel == "case":
                return {"со": "с", "во": "в", "ко": "к", "обо": "о", "об": "о"}.get(self.lemma(c), self.lemma(c))
        return None

    def is_passive(self, i: int) -> bool:
        feats = self.tok(i).feats
        return feats.get("Voice") == "Pass" and self.tok(i).pos in VERBAL | {"ADJ"}

    def case(self, i: int) -> str | None:
        return self.tok(i).feats.get("Case")

    def ancestors(self, i: int, limit: int = 6) -> list[int]:
        out, cur = [], self.head(i)
        while cur is not None and len(out) < limit and cur not in out:
            out.append(cur)
            cur = self.head(cur)
        return out

    def subtree(self, i: int, limit: int = 60) -> list[int]:
        out, stack = [], [i]
        while stack and len(out) < limit:
            cur = stack.pop()
            if cur in out:
                continue
            out.append(cur)
            stack.extend(self.children[cur])
        return sorted(out)

    # ---- actors ----
    def name_of(self, actor_id: str, fallback: str) -> str:
        actor = self.doc.actor(actor_id)
        if actor is not None:
            return actor.name
        return self.registry_names.get(actor_id, fallback)

    def _from_id(self, actor_id: str, token: int, type_: str, fallback: str) -> list[Found]:
        members = self.hints.composites.get(actor_id)
        if members:
            return [Found(EventActor(m, self.name_of(m, m)), token, "GPE" if m.startswith("gpe:") else "ORG")
                    for m in members]
        state = self.hints.metonyms.get(actor_id)
        if state:
            return [Found(EventActor(state, self.name_of(state, state)), token, "GPE")]
        return [Found(EventActor(actor_id, self.name_of(actor_id, fallback)), token, type_)]

    def actors_at(self, i: int, depth: int = 0) -> list[Found]:
        """Actors named by the phrase headed by token i, conjuncts included."""
        if depth > 3:
            return []
        found = self._own_actors(i, depth)
        for c in self.kids(i, "conj"):
            found.extend(self.actors_at(c, depth + 1))
        return found

    def _own_actors(self, i: int, depth: int) -> list[Found]:
        if depth > 4:
            return []
        if self.lemma(i) == "который":
            # "гражданина Польши, которого подозревают": the relative pronoun stands for its noun
            verb = self.head(i)
            noun = self.head(verb) if verb is not None and self.tok(verb).rel.startswith("acl") else None
            return self._own_actors(noun, depth + 1) if noun is not None else []
        mention = self.mention_of[i]
        token = self.tok(i)
        if self.lemma(i) in NOT_ACTORS and (mention is None or (mention.actor_id or "x:").startswith("x:")):
            return []  # "Законопроект требует от Минфина": a text, even when tagged as a name
        if mention is None and token.pos in ("PRON", "DET") and self.lemma(i) in PERSONAL_PRONOUNS:
            antecedent = self.antecedent(i)
            return self._own_actors(antecedent, depth + 1) if antecedent is not None else []
        if self.lemma(i) in PROXY_NOUNS and mention is None and not any(
                self.mention_of[c] is not None and self.mention_of[c].type == "PER" for c in self.kids(i, *NAME_RELS)):
            bodies = self._proxied(i, depth)
            if bodies:
                return bodies
        if self.lemma(i) in GOVERNMENT_NOUNS and (mention is None or (mention.actor_id or "").startswith("x:")):
            states = self._government(i, depth)
            if states:
                return states
        if mention is not None:
            actor = self.doc.actor(mention.actor_id) if mention.actor_id else None
            type_ = actor.type if actor else mention.type
            return self._from_id(mention.actor_id, i, type_, mention.normal or mention.text)
        person = self.described_person(i)
        if person is not None:
            return [person]
        if token.pos == "ADJ" or token.rel == "amod":
            ids = self.hints.adjective(token.lemma or token.text)
            out: list[Found] = []
            for actor_id in ids:
                out.extend(self._from_id(actor_id, i, "GPE" if actor_id.startswith("gpe:") else "ORG", actor_id))
            return out
        # A name in apposition to a common noun: "президент Франции Эммануэль Макрон".
        for c in self.kids(i, *NAME_RELS):
            if self.mention_of[c] is not None and self.mention_of[c].type in {"PER", "ORG", "MEDIA"}:
                return self._own_actors(c, depth + 1)
        if self.lemma(i) in MACHINE_NOUNS:
            # "сбили российский штурмовик", "самолет ВВС Сирии": a machine stands for its owner
            return self._owner_of_machine(i, depth)
        if self.lemma(i) in self.hints.descriptors or self._is_group(i):
            described = self.describe(i)
            return [described] if described is not None else []
        return []

    def _owner_of_machine(self, i: int, depth: int) -> list[Found]:
        out: list[Found] = []
        for c in self.children[i]:
            if self.tok(c).rel == "amod":
                for actor_id in self.hints.adjective(self.tok(c).lemma or self.tok(c).text):
                    out.extend(self._from_id(actor_id, c, "GPE" if actor_id.startswith("gpe:") else "ORG", actor_id))
            elif self.tok(c).rel == "nmod" and self.case(c) == "Gen" and self.prep(c) is None:
                out.extend(f for f in self.actors_at(c, depth + 1) if f.named or f.type == "GROUP")
        return out

    def owners(self, i: int) -> list[Found]:
        """Who did or owns the thing token i names, when it names nobody itself: the possessive
        pronoun ("его доводы"), the genitive person or body ("сана кардинала Маккаррика", "решение
        Мэй") or the instrumental agent ("посещение островов министром").  Only for inanimate nouns:
        a group of people is an actor of its own."""
        token = self.tok(i)
        if token.pos != "NOUN" or token.feats.get("Animacy") == "Anim" or self.mention_of[i] is not None:
            return []
        out: list[Found] = []
        for c in self.children[i]:
            rel, case = self.tok(c).rel, self.case(c)
            if rel == "det" and self.lemma(c) in POSSESSIVES:
                antecedent = self.antecedent(c)
                out.extend(self._own_actors(antecedent, 1) if antecedent is not None else [])
            elif rel == "nmod" and case in ("Gen", "Ins", "Acc") and self.prep(c) is None:  # (Acc: tagger slips)
                out.extend(f for f in self.actors_at(c, 1) if f.named)
        return out

    def described_person(self, i: int) -> Found | None:
        """A singular common noun the document used earlier as the title of a named person
        ("журналиста Ивана Голунова ... обвинения против журналиста сняты", "президент Египта Мухаммед
        Мурси ... экс-президента приговорили") → that person; of several, the dominant one (see
        `dominant`).  Modifiers may only be adjectives ("бывший", "36-летний"); a noun with its own
        genitive or name is another actor."""
        token = self.tok(i)
        if token.pos != "NOUN" or token.feats.get("Number") == "Plur" or token.feats.get("Animacy") == "Inan":
            return None
        if any(self.tok(c).rel not in ("amod", "case", "punct", "det") for c in self.children[i]):
            return None
        if self.titles is None:
            self.titles = _person_titles(self)
        people = [actor_id for actor_id, first in self.titles.get(_title_lemma(self.lemma(i)), {}).items()
                  if first < i]
        actor_id = dominant({p: len(a.mentions) if (a := self.doc.actor(p)) else 0 for p in people}, minimum=0)
        if actor_id is None:
            return None
        return Found(EventActor(actor_id, self.name_of(actor_id, actor_id)), i, "PER")

    def antecedent(self, i: int) -> int | None:
        """A 3rd person singular pronoun ("он", "её", "ему") → the nearest earlier named person
        (or, for the neuter/feminine of a body, organisation or state) agreeing in gender, in this
        or the previous PRONOUN_LOOKBACK sentences.  A candidate that is a co-argument of the
        pronoun's own verb is skipped ("Путин встретился с ним" is not Путин with himself)."""
        token = self.tok(i)
        gender = token.feats.get("Gender")
        if token.feats.get("Number") == "Plur" or self.lemma(i) == "они":
            return self._plural_antecedent(i)
        sentence = self.doc.sentence_at(token.start)
        if sentence is None:
            return None
        first = self.doc.sentences[max(0, sentence - PRONOUN_LOOKBACK)].token_start
        own_head = self.head(i)
        if token.rel == "det" and own_head is not None and self.head(own_head) is not None:
            # a possessive ("не согласилась с его доводами"): its owner is not the verb's own subject
            own_head = self.head(own_head)
        if token.rel in ("nsubj", "nsubj:pass"):
            # a subject pronoun continues the topic: prefer an earlier subject ("Климкин призывает ...
            # Он назвал его ...": он = Климкин, его = the nearest other person)
            for j in range(i - 1, first - 1, -1):
                if self._in_subject(j) and self._agrees(j, gender, own_head):
                    return j
        else:
            # an object pronoun: a participant, not a possessor ("проекты Владимира Путина")
            for j in range(i - 1, first - 1, -1):
                if not self._possessor(j) and self._agrees(j, gender, own_head):
                    return j
        seen: set[int] = set()
        for j in range(i - 1, first - 1, -1):
            mention = self.mention_of[j]
            if mention is None or not mention.actor_id or id(mention) in seen:
                continue
            seen.add(id(mention))
            actor = self.doc.actor(mention.actor_id)
            type_ = actor.type if actor else mention.type
            if own_head is not None and (self.head(j) == own_head or j == own_head):
                continue
            if type_ == "PER" and gender in ("Masc", "Fem", None):
                j_gender = self.tok(j).feats.get("Gender")
                if gender and j_gender and j_gender != gender:
                    continue
                return j
            if type_ in ("ORG", "GPE", "MEDIA") and gender in ("Fem", "Neut"):
                j_gender = self.tok(j).feats.get("Gender")
                if j_gender == gender:
                    return j
        # the morph layer often guesses the gender of foreign names wrongly ("Асию" Masc): the nearest
        # person, gender ignored
        for j in range(i - 1, first - 1, -1):
            if not self._possessor(j) and self._agrees(j, None, own_head):
                return j
        return self._topic_person(i, own_head)

    def _topic_person(self, i: int, own_head: int | None) -> int | None:
        """No person nearby: "он"/"она" further on in a story is its protagonist (`topic_person`),
        at its latest mention before i."""
        topic = topic_person(self.doc)
        if topic is None:
            return None
        for j in range(i - 1, -1, -1):
            mention = self.mention_of[j]
            if mention is not None and mention.actor_id == topic:
                return j if self._agrees(j, None, own_head) else None
        return None

    def _in_subject(self, j: int) -> bool:
        """Token j lies in the subject phrase of its clause (itself a subject, or a name or modifier of one)."""
        cur: int | None = j
        for _ in range(3):
            if cur is None:
                return False
            if self.tok(cur).rel in ("nsubj", "nsubj:pass"):
                return True
            if self.tok(cur).rel not in ("flat", "flat:name", "appos", "nmod", "amod", "conj"):
                return False
            cur = self.head(cur)
        return False

    def _possessor(self, j: int) -> bool:
        """Token j names a possessor: a genitive modifier without preposition ("проекты Путина")."""
        cur = j
        while self.tok(cur).rel in ("flat", "flat:name") and self.head(cur) is not None:
            cur = self.head(cur)
        return self.tok(cur).rel == "nmod" and self.case(cur) == "Gen" and self.prep(cur) is None

    def _agrees(self, j: int, gender: str | None, own_head: int | None) -> bool:
        """Token j is a named person agreeing in gender, not a co-argument of the pronoun's verb."""
        mention = self.mention_of[j]
        if mention is None or not mention.actor_id:
            return False
        actor = self.doc.actor(mention.actor_id)
        if (actor.type if actor else mention.type) != "PER":
            return False
        if own_head is not None and (self.head(self._phrase_head(j)) == own_head or j == own_head):
            return False
        j_gender = self.tok(j).feats.get("Gender")
        return not (gender and j_gender and j_gender != gender)

    def _phrase_head(self, j: int) -> int:
        """The noun a name belongs to: "Мэри Браун" in "Премьер-министр Мэри Браун" → "Премьер-министр"."""
        for _ in range(3):
            head = self.head(j)
            if head is None or self.tok(j).rel not in ("flat", "flat:name", "appos"):
                break
            j = head
        return j

    def _plural_antecedent(self, i: int) -> int | None:
        """"Они требуют ...": the plural subject of the previous sentence's main verb
        ("Пилоты Ryanair начали забастовку. Они требуют ...").  Only a subject pronoun is resolved."""
        if self.tok(i).rel not in ("nsubj", "nsubj:pass"):
            return None
        sentence = self.doc.sentence_at(self.tok(i).start)
        if not sentence:
            return None
        previous = self.doc.sentences[sentence - 1]
        for j in range(previous.token_start, previous.token_stop):
            if self.tok(j).rel != "root":
                continue
            for c in self.kids(j, "nsubj", "nsubj:pass"):
                if self.tok(c).pos in ("NOUN", "PROPN") and (self.tok(c).feats.get("Number") == "Plur" or self.kids(c, "conj")):
                    return c
        return None

    def _proxied(self, i: int, depth: int) -> list[Found]:
        """"представители Киева и республик Донбасса", "глава МИД Германии" (no name given): an unnamed
        representative acts for the named body or state in its genitive modifier."""
        out: list[Found] = []
        for c in self.kids(i, "nmod"):
            if self.case(c) != "Gen" or self.prep(c) is not None:
                continue
            for f in self.actors_at(c, depth + 1):
                if f.named and f.type in ("ORG", "GPE", "MEDIA"):
                    out.append(f)
        return out

    def _government(self, i: int, depth: int) -> list[Found]:
        """"власти США", "правительство Японии": the state itself (GDELT codes governments so).
        A city's authorities ("власти Москвы") stay a group of their own."""
        for c in self.children[i]:
            rel = self.tok(c).rel
            if (rel == "nmod" and self.case(c) == "Gen" and self.prep(c) is None) or rel == "amod":
                if self.mention_of[c] is not None and self.mention_of[c].type not in ("GPE", "GEO_ADJ"):
                    continue
                states = [f for f in self._own_actors(c, depth + 1) if f.type == "GPE"]
                if states:
                    return states
        if self.lemma(i) == "власть" and all(self._plain_modifier(c) for c in self.children[i]):
            # "арестован новыми властями": the authorities of the state the story is about
            state = main_state(self.doc)
            if state is not None:
                return [Found(EventActor(state, self.name_of(state, state)), i, "GPE")]
        return []

    def _plain_modifier(self, c: int) -> bool:
        """A modifier that does not say whose "власти" these are: "новые", a relative clause; not
        "сербские", "местные", "Москвы"."""
        token = self.tok(c)
        if token.rel in ("case", "punct", "acl", "acl:relcl"):
            return True
        return token.rel == "amod" and self.lemma(c) not in LOCAL and self.mention_of[c] is None \
            and not self.hints.adjective(token.lemma or token.text)

    def _is_group(self, i: int) -> bool:
        """A common noun naming people ("пилоты", "нападавшие", "волонтера")."""
        token = self.tok(i)
        if token.pos == "NOUN":
            if token.feats.get("Animacy") == "Anim":
                return True
            # "российские банки", "белорусские компании": a collective named by a state's adjective
            return any(self.hints.adjective(self.tok(c).lemma or self.tok(c).text) for c in self.kids(i, "amod"))
        # substantivised participles and adjectives: "нападавшие", "мобилизованного"
        return token.pos in ("VERB", "ADJ") and token.rel in ("nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod") \
            and token.feats.get("VerbForm") in ("Part", None) and token.feats.get("Case") is not None

    def _classifier(self, j: int, head: int) -> bool:
        """"авиакомпании" in "пилоты авиакомпании Ryanair": a common noun only introducing a name."""
        if j == head or self.tok(j).pos != "NOUN" or self.mention_of[j] is not None:
            return False
        return any(self.mention_of[c] is not None and self.tok(c).rel in ("appos", "nmod", "flat", "flat:name")
                   and self.prep(c) is None for c in self.children[j])

    def _in_time(self, offset: int) -> bool:
        return any(t.start <= offset < t.stop for t in self.doc.times)

    def _phrase(self, i: int) -> list[int]:
        """Token i and its dependents, without clauses and coordinated phrases."""
        out, stack = [], [i]
        while stack and len(out) < 10:
            cur = stack.pop()
            if cur in out:
                continue
            out.append(cur)
            stack.extend(c for c in self.children[cur]
                         if self.tok(c).rel not in ("acl", "acl:relcl", "conj", "cc", "advcl", "parataxis"))
        return out

    def describe(self, i: int) -> Found | None:
        """A descriptive group actor for a common noun phrase: "журналисты «Фонтанки»",
        "нападавшие на Леонида Волкова", "полиция Пакистана".  Its head is put in the
        nominative (lemma); the dependents stay as written."""
        token = self.tok(i)
        if token.pos == "PRON" or token.pos not in NOMINAL | {"ADJ", "VERB"}:
            return None
        officers = OFFICERS.get(self.lemma(i))
        if officers and not self.kids(i, "nmod", "appos"):
            # "полицейские задержали", "сдался полицейскому": the guide's "полиция" for unnamed police
            return Found(EventActor(None, officers), i, "GROUP", named=False)
        keep = {i}
        for c in self.children[i]:
            rel = self.tok(c).rel
            if rel in ("amod", "nmod", "flat", "flat:name", "appos", "obl", "det") and abs(c - i) <= 6:
                keep.update(self._phrase(c))
        words = sorted(j for j in keep if abs(j - i) <= 7 and not self._classifier(j, i))
        parts: list[str] = []
        owners: list[str] = []  # resolved possessive pronouns, named after the head
        named: set[int] = set()
        for j in words:
            t = self.tok(j)
            mention = self.mention_of[j]
            if j != i and mention is not None and mention.actor_id and mention.type == "ORG" \
                    and not mention.actor_id.startswith("x:"):
                # "пилоты «Райанэйр»" → "пилоты Ryanair": a registry organisation's canonical name, once
                # per mention (media keep the text's wording, "журналисты «Фонтанки»", as the gold guide does)
                if id(mention) not in named:
                    named.add(id(mention))
                    parts.append(self.name_of(mention.actor_id, mention.normal or mention.text))
                continue
            if t.rel == "punct" and t.text not in "«»\"":
                continue
            if t.pos in ("PRON", "DET") and self.lemma(j) in ("он", "она") and j != i:
                # "её сторонники" → "сторонники <antecedent>"; an unresolved pronoun is left out
                antecedent = self.antecedent(j) if self.lemma(j) in PERSONAL_PRONOUNS else None
                found = self._own_actors(antecedent, 4) if antecedent is not None else []
                if found:
                    owners.append(found[0].actor.name)
                continue
            if t.pos == "NUM" or any(ch.isdigit() for ch in t.text) or self._in_time(t.start):
                continue
            lemma = t.lemma or t.text
            parts.append(lemma if j == i and t.pos == "NOUN" and not lemma.endswith(("ть", "ться")) else t.text)
        if len(parts) == 1 and not owners and fold(parts[0]) in BARE_PEOPLE:
            return None  # "задержали 5 человек", "мужчина сдался": nobody identifiable
        text = " ".join(parts + owners).replace("« ", "«").replace(" »", "»").strip(" ,")
        if not text:
            return None
        members = []
        for j in words:
            mention = self.mention_of[j]
            if j != i and mention is not None and mention.type in ("ORG", "MEDIA") and mention.actor_id:
                members.extend(self._from_id(mention.actor_id, j, mention.type, mention.normal))
        return Found(EventActor(None, text), i, "GROUP", named=False, members=members[:1])


def _projects(tree: Tree, project_nouns: frozenset[str]) -> set[str]:
    """Actors the document introduces with a project noun: "газопровода «Северный поток — 2»",
    "проект Nord Stream 2" (the noun right before the name, quotes skipped)."""
    out: set[str] = set()
    for j, mention in enumerate(tree.mention_of):
        if mention is None or not mention.actor_id or (j > 0 and tree.mention_of[j - 1] is mention):
            continue
        k = j - 1
        while k >= 0 and tree.tok(k).text in ("«", "\"", "„"):
            k -= 1
        if k >= 0 and tree.lemma(k) in project_nouns:
            out.add(mention.actor_id)
    return out


def dominant(counts: dict[str, int], minimum: int = 2) -> str | None:
    """The key a document is clearly about: counted at least `minimum` times and more than twice as
    often as any other (a story names its protagonist again and again; a near tie means none)."""
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < minimum or (len(ranked) > 1 and ranked[0][1] <= 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def topic_person(doc: Doc) -> str | None:
    """The person the story is about (see `dominant`), by mentions."""
    return dominant({a.id: len(a.mentions) for a in doc.actors if a.type == "PER"})


def main_state(doc: Doc) -> str | None:
    """The state the document names most often (ties: the first named), if any."""
    counts: dict[str, int] = {}
    for mention in doc.mentions:
        if mention.actor_id and mention.actor_id.startswith("gpe:"):
            counts[mention.actor_id] = counts.get(mention.actor_id, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None  # dicts keep first-seen order


def _title_lemma(lemma: str) -> str:
    """"экс-президент" is titled like "президент"."""
    return lemma[4:] if lemma.startswith("экс-") else lemma


def _person_titles(tree: Tree) -> dict[str, dict[str, int]]:
    """Common nouns the document puts right before or over a person's name ("журналиста Ивана
    Голунова", "президент Египта Мухаммед Мурси", "певец Джон Смит"), with the first token where
    the pair occurs: title lemma -> person id -> token."""
    titles: dict[str, dict[str, int]] = {}
    seen: set[int] = set()
    for j, mention in enumerate(tree.mention_of):
        if mention is None or id(mention) in seen or not mention.actor_id or mention.type != "PER":
            continue
        seen.add(id(mention))
        candidates = [tree.head(j)] if tree.tok(j).rel in ("appos", "flat:name", "nmod") else []
        # the noun just before the name, past the role's own genitive ("президент Египта Мурси")
        k = j - 1
        while k >= 0 and tree.mention_of[k] is not None and tree.mention_of[k] is not mention \
                and tree.mention_of[k].type in ("GPE", "ORG", "LOC", "ORG_CORE"):
            k -= 1
        candidates.append(k if k >= 0 else None)
        for c in candidates:
            if c is None or tree.tok(c).feats.get("Animacy") != "Anim":
                continue
            # a common noun (the tagger calls a capitalised one at a sentence start PROPN), not a name
            if tree.mention_of[c] is not None and tree.mention_of[c].type != "ROLE":
                continue
            if tree.tok(c).pos != "NOUN" and not (tree.tok(c).pos == "PROPN" and tree.mention_of[c] is None):
                continue
            lemma = _title_lemma(tree.lemma(c))
            # "журналист-расследователь" also titles its bearer a "журналист"
            for title in {lemma, lemma.split("-")[0]}:
                titles.setdefault(title, {}).setdefault(mention.actor_id, c)
    return titles


# ---- role paths ----

def _subject(tree: Tree, i: int, light_verbs: frozenset[str], depth: int = 0) -> list[int]:
    token = tree.tok(i)
    if depth > 3:
        return []
    if token.pos in VERBAL | {"ADJ"} or token.feats.get("VerbForm") in ("Part", "Inf", "Fin"):
        # (ADJ: predicative short adjectives, "намерены провести", "готов подписать")
        if tree.is_passive(i):
            return _agent(tree, i)
        subj = tree.kids(i, "nsubj")
        if subj:
            return subj
        head = tree.head(i)
        if head is not None and token.rel in ("conj", "xcomp") and tree.tok(head).pos in VERBAL | {"ADJ"}:
            return _subject(tree, head, light_verbs, depth + 1)
        if head is not None and token.rel == "acl" and token.feats.get("VerbForm") == "Part" \
                and token.feats.get("Voice") == "Act":
            return [head]
        if head is not None and token.feats.get("VerbForm") == "Inf" and token.rel in ("acl", "xcomp", "nmod") \
                and tree.tok(head).pos == "NOUN":
            return _subject(tree, head, light_verbs, depth + 1)  # "приняла решение запретить"
        return _stray_subject(tree, i) or _carried_subject(tree, i)
    # a noun: subject of the light verb governing it ("провели переговоры", "нанесли удар")
    head = tree.head(i)
    # ... or the agent of a light-verb participle modifying it ("авиаудар, нанесённый ВВС ЛНА")
    for c in tree.kids(i, "acl", "amod"):
        if tree.lemma(c) in light_verbs and tree.is_passive(c) and _agent(tree, c):
            return _agent(tree, c)
    if head is None:
        return []
    if token.rel == "conj":
        return _subject(tree, head, light_verbs, depth + 1)
    if token.rel in ("obj", "nsubj:pass", "obl", "nsubj") and tree.lemma(head) in light_verbs:
        return _subject(tree, head, light_verbs, depth + 1)
    return []


def _stray_subject(tree: Tree, i: int) -> list[int]:
    """A finite verb the parser left without a subject: the nearest nominative noun before it in
    the same clause that agrees in number ("посол ... Виторио Сандали встретился", with "посол"
    attached elsewhere).  Stops at another finite verb or a clause boundary."""
    token = tree.tok(i)
    if token.feats.get("VerbForm") != "Fin" or token.feats.get("Person") in ("1", "2"):
        return []
    sentence = tree.doc.sentence_at(token.start)
    first = tree.doc.sentences[sentence].token_start if sentence is not None else 0
    for j in range(i - 1, max(first, i - STRAY_SUBJECT_WINDOW) - 1, -1):
        t = tree.tok(j)
        if t.feats.get("VerbForm") == "Fin" or t.text in (":", ";", "—") or t.lemma in ("который", "что"):
            return []
        if t.pos in ("NOUN", "PROPN") and t.feats.get("Case") == "Nom" and tree.prep(j) is None:
            number = token.feats.get("Number")
            if number and t.feats.get("Number") and t.feats["Number"] != number and not tree.kids(j, "conj"):
                continue
            return [j]
    return []


def _carried_subject(tree: Tree, i: int) -> list[int]:
    """An elided subject carried over from the previous sentence: "Климкин прибыл в Берлин.
    Вечером встретился с Маасом."  Only for the main verb of a sentence, finite, singular (a
    plural verb without a subject is indefinite-personal: "задержали"), when the previous
    sentence's main verb has a named subject agreeing in gender."""
    token = tree.tok(i)
    if token.feats.get("VerbForm") != "Fin" or token.feats.get("Number") != "Sing" \
            or token.feats.get("Person") in ("1", "2"):
        return []
    if token.rel != "root":
        return []
    sentence = tree.doc.sentence_at(token.start)
    if not sentence:
        return []
    previous = tree.doc.sentences[sentence - 1]
    for j in range(previous.token_start, previous.token_stop):
        if tree.tok(j).rel != "root":
            continue
        for c in tree.kids(j, "nsubj"):
            if tree.mention_of[c] is None or not tree.mention_of[c].actor_id:
                continue
            gender, c_gender = token.feats.get("Gender"), tree.tok(c).feats.get("Gender")
            if gender and c_gender and gender != c_gender:
                continue
            return [c]
    return []


def _during_subject(tree: Tree, i: int, light_verbs: frozenset[str]) -> list[int]:
    """"Эрдоган в ходе [визита] в Украину договорился ...": the subject of the verb that "в ходе /
    во время / в рамках" attaches the trigger to — only when the trigger names no one of its own
    ("во время визита Макрона Путин заявил" is Макрон's visit)."""
    if any(tree.case(c) == "Gen" and tree.prep(c) is None for c in tree.kids(i, "nmod")) or tree.kids(i, "amod", "det"):
        return []
    # the parser reads "в ходе" either as a fixed preposition of the trigger or as a noun governing it
    fixed = [f for c in tree.kids(i, "case") for f in tree.kids(c, "fixed") if tree.lemma(f) in DURING_NOUNS]
    frame = tree.head(i)
    if fixed:
        verb = frame
    elif frame is not None and tree.lemma(frame) in DURING_NOUNS and tree.prep(frame) in ("в", "во"):
        verb = tree.head(frame)
    else:
        return []
    # only a frame opening the clause ("Во время визита в Москву Маас встретился ..."); one after the verb
    # often belongs to someone else ("Он комментирует слова принца ... во время визита в Сингапур")
    if verb is None or tree.tok(verb).pos not in VERBAL or verb < i:
        return []
    return [j for j in _subject(tree, verb, light_verbs) if j < verb][:1]  # the subject opening the clause


def _agent(tree: Tree, i: int) -> list[int]:
    return [c for c in tree.kids(i, "obl", "nmod", "obl:agent")
            if tree.case(c) == "Ins" and tree.prep(c) is None]


def _object(tree: Tree, i: int) -> list[int]:
    token = tree.tok(i)
    if tree.is_passive(i):
        if token.rel in ("acl", "amod") and tree.head(i) is not None:
            return [tree.head(i)]
        return tree.kids(i, "nsubj:pass", "nsubj")
    objs = tree.kids(i, "obj")
    if not objs and token.rel == "conj" and tree.head(i) is not None:
        # "задержали и допросили журналиста": the object is shared
        return []
    return objs


def _prep(tree: Tree, i: int, prep: str) -> list[int]:
    """Dependents introduced by a preposition; "в_отношение" / "в_адрес" name a complex
    preposition (в + noun lemma) whose genitive is the argument ("в отношении Twitter")."""
    hosts = [i] + [c for c in tree.kids(i, "acl") if tree.tok(c).feats.get("VerbForm") == "Part"]
    simple, _, noun = prep.partition("_")
    found = [c for h in hosts for c in tree.children[h] if tree.prep(c) == simple]
    if not noun:
        return found
    return [g for c in found if tree.lemma(c) == noun for g in tree.kids(c, "nmod") if tree.prep(g) is None]


def _clause_subject(tree: Tree, i: int) -> list[int]:
    out = []
    for c in tree.kids(i, "ccomp", "advcl", "xcomp", "csubj"):
        marks = {tree.lemma(m) for m in tree.kids(c, "mark")}
        if "чтобы" in marks:
            out.extend(tree.kids(c, "nsubj", "nsubj:pass"))
    return out


def _receiver(tree: Tree, i: int, light_verbs: frozenset[str]) -> list[int]:
    head = tree.head(i)
    if head is None or tree.tok(i).rel not in ("obj", "nsubj:pass"):
        return []
    return _subject(tree, head, light_verbs)


def _speaker(tree: Tree, i: int, speech_verbs: frozenset[str]) -> list[int]:
    """Who announces the act: "В СБУ заявили о [задержании]", "МВД сообщило об [аресте]";
    or, for a relative clause, the announcer of its noun ("..., которого [подозревают]")."""
    head = tree.head(i)
    if head is None:
        return []
    if tree.tok(i).rel.startswith("acl") and tree.head(head) is not None:
        return _speaker(tree, head, speech_verbs)
    if tree.lemma(head) in speech_verbs and tree.prep(i) == "о":
        subj = tree.kids(head, "nsubj")
        return subj or [c for c in tree.kids(head, "obl") if tree.prep(c) == "в"]
    return []


def _frame(tree: Tree, i: int) -> list[int]:
    return [g for c in tree.children[i] if tree.lemma(c) in FRAME_NOUNS
            for g in tree.kids(c, "nmod") if tree.case(g) == "Gen" or tree.prep(g) is None]


def _np(tree: Tree, i: int) -> list[int]:
    out, stack = [], [(i, 0)]
    while stack:
        cur, depth = stack.pop()
        if cur in out:
            continue  # the parser may return a cycle
        out.append(cur)
        if depth < 3:
            stack.extend((c, depth + 1) for c in tree.children[cur]
                         if tree.tok(c).rel in NP_RELS and tree.prep(c) is None)
    return out


def light_head(tree: Tree, i: int, light_verbs: frozenset[str]) -> int | None:
    """The light verb a nominal trigger is the object or subject of ("передали [ответ]")."""
    head = tree.head(i)
    if head is None or tree.tok(i).pos in VERBAL or tree.lemma(head) not in light_verbs:
        return None
    return head if tree.tok(i).rel in ("obj", "nsubj", "nsubj:pass", "obl") else None


# Steps that also read the light verb's dependents for a nominal trigger
# ("передали России [ответ]", "[обыски] проходят у журналистов").
LIGHT_STEPS = ("iobj", "dat", "prep:")


def is_attribution(tree: Tree, j: int) -> bool:
    """A headline's "Би-би-си: ..." / "Astra: ..." prefix names the source of the news, not an actor."""
    sentence = tree.doc.sentence_at(tree.tok(j).start)
    if sentence is None:
        return False
    first = tree.doc.sentences[sentence].token_start
    for k in range(first, min(first + 6, len(tree.doc.tokens))):
        if tree.tok(k).text == ":":
            return j < k
    return False


def follow(tree: Tree, path: str, trigger: int, light_verbs: frozenset[str],
           speech_verbs: frozenset[str]) -> list[int]:
    """Tokens reached from the trigger by a role path."""
    current = [trigger]
    for n, step in enumerate(path.split(".")):
        nxt: list[int] = []
        hosts = list(current)
        if n == 0 and step.startswith(LIGHT_STEPS):
            light = light_head(tree, trigger, light_verbs)
            hosts += [light] if light is not None else []
        if n == 0 and step == "prep:от" and tree.tok(trigger).rel == "obj" and tree.head(trigger) is not None:
            # "получила от США ответ": the giver attaches to the receiving verb
            hosts.append(tree.head(trigger))
        for i in hosts:
            if step == "subj":
                nxt += _subject(tree, i, light_verbs)
            elif step == "obj":
                nxt += _object(tree, i)
            elif step == "iobj":
                nxt += tree.kids(i, "iobj")
            elif step == "dat":
                nxt += [c for c in tree.kids(i, "nmod", "obl", "iobj") if tree.case(c) == "Dat" and tree.prep(c) is None]
            elif step == "gen":
                nxt += [c for c in tree.kids(i, "nmod") if tree.case(c) == "Gen" and tree.prep(c) is None]
                # a possessive pronoun: "её [освобождения]", "его [задержание]" (resolved in actors_at)
                nxt += [c for c in tree.kids(i, "det") if tree.tok(c).pos in ("PRON", "DET") and tree.lemma(c) in ("он", "она")]
            elif step == "adj":
                nxt += [c for c in tree.kids(i, "amod") if tree.hints.adjective(tree.tok(c).lemma or tree.tok(c).text)]
            elif step.startswith("prep:"):
                nxt += _prep(tree, i, step[5:])
            elif step == "agent":
                nxt += _agent(tree, i)
            elif step == "clsubj":
                nxt += _clause_subject(tree, i)
            elif step == "during":
                nxt += _during_subject(tree, i, light_verbs)
            elif step == "hsubj":
                head = tree.head(i)
                nxt += _subject(tree, head, light_verbs) if head is not None and tree.tok(i).pos in NOMINAL else []
            elif step == "recv":
                nxt += _receiver(tree, i, light_verbs)
            elif step == "speaker":
                nxt += _speaker(tree, i, speech_verbs)
            elif step == "frame":
                nxt += _frame(tree, i)
            elif step == "np":
                nxt += _np(tree, i)
            else:
                raise ValueError(f"unknown role step {step!r} in {path!r}")
        current = list(dict.fromkeys(nxt))
    return [j for j in current if j != trigger and not is_attribution(tree, j)]
