"""Who is speaking: a subject phrase, a pronoun, a role or an institution
turned into a `SpeakerRef` that points at a canonical actor when possible.

Resolution order for a phrase (the subject of a cue verb, the X of
"по словам X", the owner of "в сообщении X"):
1. a person mention inside the phrase ("госсекретаря США Энтони Блинкена");
2. a role or pronoun mention the actors layer already resolved;
3. a pronoun: the most recent compatible actor (gender and number), looking
   first at earlier speakers, then at sentence subjects, then at any mention;
4. a role phrase ("глава МИД", "пресс-секретарь Кремля"): an actor of this
   document holding the role, else the registry's holder;
5. an anaphoric institution noun ("ведомство"): the latest organisation;
6. any organisation/media/place mention in the phrase ("в пресс-службе Кремля");
7. the phrase itself in the nominative, with no actor id.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Callable

from khronika.nlp.doc import Doc, Mention, SpeakerRef, Token

PERSON_TYPES = ("PER",)
ORG_TYPES = ("ORG", "MEDIA", "GPE")
SPEAKER_TYPES = ("PER", "ORG", "MEDIA", "GPE", "ROLE", "PRON", "LOC")
THIRD_PERSON = {"он": "Masc", "она": "Fem", "они": "Plur", "оно": "Neut", "его": "Masc", "ее": "Fem", "её": "Fem", "их": "Plur"}
# Institution nouns that refer back to the last organisation when they stand alone.
ANAPHORIC_ORG = frozenset({"ведомство", "министерство", "организация", "компания", "издание", "агентство",
                           "учреждение", "служба", "пресс-служба", "департамент", "управление", "комитет",
                           "правительство", "администрация", "газета", "канал", "телеканал", "СМИ", "сми"})
# Organisation nouns that refer back only to an organisation introduced with the same noun
# ("профсоюз пилотов Vereinigung Cockpit … в профсоюзе отметили").
INTRODUCED_ORG = frozenset({"профсоюз", "партия", "банк", "фонд", "союз", "ассоциация", "федерация", "клуб",
                            "посольство", "штаб", "суд", "регулятор", "холдинг", "группа", "движение",
                            "оппозиция", "коалиция", "альянс", "совет", "палата", "парламент", "миссия"})
# Descriptors before a name: "издание Lloyd's List", "агентство Reuters".
MEDIA_NOUNS = frozenset({"издание", "агентство", "газета", "телеканал", "канал", "журнал", "радиостанция",
                         "портал", "сайт", "информагентство", "компания", "корпорация", "концерн"})
# Nouns that stand for a country when a country adjective qualifies them.
SIDE_NOUNS = frozenset({"сторона", "власть", "руководство", "дипломат", "дипломатия", "военный", "силовик"})
# Country adjectives that the geo layer may miss ("русская сторона" -> Россия).
COUNTRY_ADJ = {"русский": "Россия", "российский": "Россия", "американский": "США", "украинский": "Украина",
               "британский": "Великобритания", "английский": "Великобритания", "немецкий": "Германия",
               "германский": "Германия", "французский": "Франция", "китайский": "Китай", "японский": "Япония",
               "польский": "Польша", "белорусский": "Белоруссия", "турецкий": "Турция", "израильский": "Израиль",
               "иранский": "Иран", "итальянский": "Италия", "испанский": "Испания", "казахстанский": "Казахстан"}
# Heads of anonymous speakers: the gold and the chronicle say "unknown".
ANONYMOUS = frozenset({"источник", "собеседник"})
# Heads that introduce a new, unnamed person rather than refer back to a named one.
INDEFINITE = frozenset({"представитель", "сотрудник", "эксперт", "аналитик", "житель", "очевидец", "участник",
                        "пользователь", "человек", "люди", "специалист", "свидетель", "знакомый", "друг",
                        "родственник", "сосед", "коллега", "пассажир", "чиновник", "депутат", "ученый",
                        "исследователь", "активист", "журналист", "корреспондент", "блогер", "юрист",
                        "ряд", "часть", "большинство", "многие", "некоторые", "один"})
# Rel labels that never belong to a speaker phrase (relative clauses, the quote itself).
PHRASE_STOP_RELS = frozenset({"acl:relcl", "acl", "parataxis", "ccomp", "advcl", "punct", "conj", "cc"})
# A web site named as a source: "sedmitza.ru", "lenta.ru", "meduza.io".
DOMAIN = re.compile(r"[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:ru|com|org|net|ua|by|kz|info|su|io|рф|uk|de|fr|news|media|tv)\b")
# Titles of address before a name: "господина Лаврова" is Лавров ("господа" may be lemmatised "господь").
HONORIFICS = frozenset({"господин", "госпожа", "господь", "г-н", "г-жа", "мистер", "миссис", "мисс", "пан", "пани",
                        "сэр", "синьор", "синьора", "мадам", "месье", "товарищ"})
# Person nouns defined by a relation to another person: "его дочь", "адвокат женщины".
RELATIONAL = frozenset({"дочь", "сын", "жена", "муж", "супруга", "супруг", "мать", "отец", "брат", "сестра",
                        "вдова", "внук", "внучка", "бабушка", "дедушка", "дед", "родственник", "родственница",
                        "адвокат", "защитник", "помощник", "помощница", "представитель", "пресс-секретарь",
                        "напарница", "напарник", "коллега", "друг", "подруга", "знакомый", "знакомая",
                        "сосед", "соседка", "врач", "агент", "менеджер", "тренер", "невеста", "жених"})
POSSESSIVE_PERSON = {"его": "Masc", "ее": "Fem", "её": "Fem"}
# How far back a pronoun looks for its antecedent (in sentences).
PRONOUN_WINDOW = 6


@dataclass
class SpeakerResolver:
    doc: Doc
    resolve_role: Callable[[str], str | None] = lambda role: None
    nominative: Callable[[Token], str | None] = lambda token: None
    genitive: Callable[[str], str] = lambda name: name  # "Джордж Мендонса" -> "Джорджа Мендонсы"
    speakers: list[tuple[int, SpeakerRef]] = field(default_factory=list)  # (offset, speaker) said so far
    children: dict[int, list[int]] = field(default_factory=dict)
    quoted: Callable[[int], bool] = lambda offset: False  # inside someone's direct quote
    excluded: tuple[int, int] = (0, 0)  # the content being attributed: no antecedents from it

    def __post_init__(self) -> None:
        self.mentions = sorted(self.doc.mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        for i, token in enumerate(self.doc.tokens):
            self.children.setdefault(token.head, []).append(i)
        self._gender = self._actor_genders()

    # --- phrases -----------------------------------------------------------
    def subtree(self, head: int, stop_rels: frozenset[str] = PHRASE_STOP_RELS,
                no_pp: bool = False) -> tuple[int, int]:
        """Token range [first, last) of the phrase headed by `head` (no clauses;
        with `no_pp`, no prepositional modifiers: "министр | во время форума")."""
        first = last = head
        todo, seen = [head], {head}
        while todo:
            node = todo.pop()
            for child in self.children.get(node, []):
                if child in seen or self.doc.tokens[child].rel in stop_rels:
                    continue
                if no_pp and child > head and self._prepositional(child):
                    continue
                if node == head and self.doc.tokens[child].rel == "case":
                    continue
                seen.add(child)
                first, last = min(first, child), max(last, child)
                todo.append(child)
        while last > first and self.doc.tokens[last].pos == "PUNCT":
            last -= 1
        while first < last and self.doc.tokens[first].pos == "PUNCT":
            first += 1
        return first, last + 1

    def _prepositional(self, i: int) -> bool:
        return any(self.doc.tokens[c].rel == "case" and self.doc.tokens[c].text.lower() != "по"
                   for c in self.children.get(i, []))

    def mentions_in(self, start: int, stop: int) -> list[Mention]:
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < stop:
            if self.mentions[i].stop <= stop:
                out.append(self.mentions[i])
            i += 1
        return out

    def from_head(self, head: int, common: bool = False) -> SpeakerRef | None:
        """Speaker for the phrase headed by token `head`; with `common`, a plain
        noun phrase counts too ("по версии следствия" -> "следствие")."""
        token = self.doc.tokens[head]
        first, last = self.subtree(head, no_pp=True)
        return self.from_phrase(first, last, head, common) if token.pos != "PUNCT" else None

    def from_phrase(self, first: int, last: int, head: int, common: bool = False) -> SpeakerRef | None:
        doc = self.doc
        tokens = doc.tokens
        token = tokens[head]
        start, stop = tokens[first].start, tokens[last - 1].stop
        while stop < len(doc.text) and doc.text[stop] in "»”\"":
            stop += 1  # a name's closing mark belongs to its mention ("Медиахолдинг «Башинформ»")
        lemma = (token.lemma or token.text.lower()).replace("ё", "е")
        if token.pos == "PRON" or lemma in THIRD_PERSON:
            return self.pronoun(head)
        if token.pos == "PRON" or lemma in {"кто", "который", "это", "что", "я", "мы", "ты", "вы", "все", "весь", "каждый",
                                           "многий", "многие", "некоторый", "другой", "остальной", "никто"}:
            return None
        if lemma in ANONYMOUS:
            return None
        found = self.mentions_in(start, stop)
        persons = [m for m in found if m.type == "PER" and (self._names_head(m, head) or lemma in HONORIFICS)]
        if persons:
            return self.ref(persons[0])
        dependents = {m.actor_id for m in found if m.type == "PER" and m.actor_id and (
            self._person_like(m) and self._depends_on(m, head) or m.start > token.start and not self._names_head(m, head))}
        # ("помощник Клинтон", "Муж Асии Биби": the role's holder is not the named owner)
        resolved = [m for m in found if m.type in ("ROLE", "PRON") and m.actor_id and self._names_head(m, head)
                    and not (m.type == "ROLE" and m.actor_id in dependents)]
        if resolved:
            return self.ref(resolved[0])
        phrase = self._phrase_text(first, last, head)
        surface = doc.text[start:stop]
        if token.feats.get("Animacy") == "Anim" and token.pos == "NOUN":
            return self._role(first, last, head, lemma, phrase)
        geo = [m for m in found if m.type == "GEO_ADJ" and m.actor_id]
        if lemma in SIDE_NOUNS and geo:
            # "российская сторона", "украинские власти" -> the country.
            return self.ref(geo[0], (start, stop))
        if lemma in SIDE_NOUNS and token.feats.get("Number") != "Plur" or lemma in ("сторона", "власть"):
            country = self._country_adjective(head)
            if country is not None:
                return SpeakerRef(*country, surface, start, stop)
        exact = [m for m in found if m.start <= token.start and m.stop >= token.stop]
        if exact:
            return self.ref(exact[0])
        named = [m for m in found if m.type in ORG_TYPES + ("LOC",)]
        if lemma in MEDIA_NOUNS and named:
            return self.ref(named[0], (start, stop))
        if lemma in ANAPHORIC_ORG and last - first <= 2:
            ref = self._previous_org_speaker(start) or (
                None if named or token.feats.get("Number") == "Plur" else self._introduced_as(lemma, start)) or (
                self.ref(m) if (m := self.latest(start, ("ORG", "MEDIA"))) else None)  # an institution noun is no country
            if ref:
                return SpeakerRef(ref.actor_id, ref.name, surface, start, stop)
        if lemma in INTRODUCED_ORG and last - first <= 2:
            ref = None if named or token.feats.get("Number") == "Plur" else self._introduced_as(lemma, start)
            if ref:
                return SpeakerRef(ref.actor_id, ref.name, surface, start, stop)
        if token.pos == "NOUN" and lemma in ANAPHORIC_ORG:
            return SpeakerRef(None, phrase, surface, start, stop)
        if named:
            return self.ref(named[0])
        domain = DOMAIN.match(doc.text, token.start)
        if domain and domain.end() > token.stop:
            # "сообщает sedmitza.ru": a website is its own outlet.
            return SpeakerRef(None, domain.group(0), domain.group(0), token.start, domain.end())
        if token.pos == "PROPN" or (token.text.isupper() and len(token.text) > 1) or (
                token.pos == "X" and token.text[:1].isupper()):
            return SpeakerRef(None, phrase, surface, start, stop)
        if common and token.pos == "NOUN":
            return SpeakerRef(None, phrase, surface, start, stop)
        return None

    def _country_adjective(self, head: int) -> tuple[str | None, str] | None:
        """"русская сторона": (actor id of the country in this document or None, its name)."""
        for child in self.children.get(head, []):
            token = self.doc.tokens[child]
            name = COUNTRY_ADJ.get((token.lemma or token.text.lower()).replace("ё", "е")) if token.rel == "amod" else None
            if name:
                actor = next((a for a in self.doc.actors if a.name == name), None)
                return (actor.id if actor else None, name)
        return None

    def _introduced_as(self, noun: str, before: int) -> SpeakerRef | None:
        """"профсоюз пилотов Vereinigung Cockpit … В профсоюзе отметили": the latest
        organisation named right after the same (singular) head noun, with at most
        one adjective or genitive noun in between."""
        tokens = self.doc.tokens
        i = bisect_left(self._starts, before) - 1
        while i >= 0:
            mention = self.mentions[i]
            i -= 1
            if mention.type not in ("ORG", "MEDIA") or mention.stop > before or not mention.actor_id:
                continue
            if self.excluded[0] <= mention.start < self.excluded[1] or self.quoted(mention.start):
                continue
            first, _ = self.doc.token_span(mention.start, mention.stop)
            k = first - 1
            while k >= 0 and tokens[k].pos == "PUNCT" and tokens[k].text in "«\"„“":
                k -= 1
            between = 0
            while k >= 0 and between < 1 and _lemma(tokens[k]) != noun and (
                    tokens[k].pos == "ADJ" or (tokens[k].pos == "NOUN" and tokens[k].feats.get("Case") == "Gen")):
                k -= 1
                between += 1
            if k >= 0 and _lemma(tokens[k]) == noun and tokens[k].feats.get("Number") != "Plur":
                return self.ref(mention)
        return None

    def _depends_on(self, mention: Mention, head: int) -> bool:
        """"Помощник Хиллари Клинтон": the name follows the head noun directly as its nmod."""
        first, last = self.doc.token_span(mention.start, mention.stop)
        return first == head + 1 and any(self.doc.tokens[k].rel == "nmod" and self.doc.tokens[k].head == head
                                         for k in range(first, last))

    def _person_like(self, mention: Mention) -> bool:
        """A person mention we trust as a person (registry or first name + surname),
        not a one-word NER guess such as an organisation tagged PER."""
        actor = self.doc.actor(mention.actor_id) if mention.actor_id else None
        return actor is not None and (actor.known or len(actor.name.split()) >= 2)

    def _names_head(self, mention: Mention, head: int) -> bool:
        """The mention names the phrase's head ("госсекретаря США Энтони Блинкена"),
        rather than depending on it ("муж Асии Биби", "помощник Клинтон")."""
        first, last = self.doc.token_span(mention.start, mention.stop)
        if first <= head < last:
            return True
        head_token, name_token = self.doc.tokens[head], self.doc.tokens[first]
        if first > head and head_token.pos == "NOUN" and name_token.feats.get("Case") == "Gen" \
                and head_token.feats.get("Case") not in (None, "Gen"):
            return False  # "Муж Асии Биби": a genitive name after a nominative noun is its owner
        if self.doc.tokens[head].feats.get("Case") == "Nom" and mention.normal and mention.text != mention.normal \
                and mention.text.split()[-1] != mention.normal.split()[-1]:
            return False  # "Адвокат Асии Биби": the name is inflected, so it is not the nominative head
        roots = [i for i in range(first, last) if not first <= self.doc.tokens[i].head < last]
        if not roots:
            return False
        root = self.doc.tokens[roots[0]]
        if root.rel in ("appos", "flat", "flat:name"):
            return True
        head_case = self.doc.tokens[head].feats.get("Case")
        return root.rel != "nmod" and root.feats.get("Case") == head_case

    def _previous_org_speaker(self, before: int) -> SpeakerRef | None:
        for offset, ref in reversed(self.speakers):
            if offset < before and ref.actor_id:
                actor = self.doc.actor(ref.actor_id)
                if actor and actor.type in ORG_TYPES:
                    return ref
        return None

    def _phrase_text(self, first: int, last: int, head: int) -> str:
        words = []
        for i in range(first, last):
            token = self.doc.tokens[i]
            text = token.text
            if i <= head and token.pos in ("NOUN", "ADJ", "PROPN") and token.feats.get("Case") not in (None, "Nom"):
                text = self.nominative(token) or token.text
                if not token.text[:1].isupper():
                    text = text.lower()
                elif text[:1].islower():
                    text = text[:1].upper() + text[1:]
            words.append(text)
        phrase = " ".join(words)
        for mark in " ,":
            phrase = phrase.replace(f" {mark}", mark) if mark == "," else phrase
        return phrase.replace("« ", "«").replace(" »", "»")

    def ref(self, mention: Mention, surface: tuple[int, int] | None = None) -> SpeakerRef:
        actor = self.doc.actor(mention.actor_id) if mention.actor_id else None
        if actor is not None and actor.type == "PER" and len(actor.name.split()) == 1:
            # "Андрей" after "Андрей Варичев": the one full name that starts with it.
            fuller = [a for a in self.doc.actors if a.type == "PER" and len(a.name.split()) > 1
                      and a.name.split()[0] == actor.name]
            actor = fuller[0] if len(fuller) == 1 else actor
        elif actor is not None and actor.type in ("ORG", "MEDIA") and len(actor.name.split()) == 1:
            # "в МИДе" after "МИД России": the one fuller organisation name that starts with it.
            word = actor.name.lower()
            fuller = [a for a in self.doc.actors if a.type in ("ORG", "MEDIA") and len(a.name.split()) > 1
                      and a.name.split()[0].lower() == word]
            actor = fuller[0] if len(fuller) == 1 else actor
        name = actor.name if actor else (mention.normal or mention.text)
        start, stop = surface or (mention.start, mention.stop)
        return SpeakerRef(actor.id if actor else mention.actor_id, name, self.doc.text[start:stop], start, stop)

    # --- roles ---------------------------------------------------------------
    def _role(self, first: int, last: int, head: int, lemma: str, phrase: str) -> SpeakerRef | None:
        """A role phrase: an actor of this document holding it, else (for a
        definite description: "телеведущий", "российский лидер") the latest
        compatible person, else the registry's holder, else the phrase."""
        doc = self.doc
        start, stop = doc.tokens[first].start, doc.tokens[last - 1].stop
        surface = doc.text[start:stop]
        if lemma in ANONYMOUS:
            return None
        actor_id = self._not_possessor(self.resolve_role(phrase), start, stop, head)
        in_doc = actor_id and any(doc.mentions[i].start < start for i in getattr(doc.actor(actor_id), "mentions", []))
        if not in_doc:
            actor_id = self._introduced_person(head, lemma, start) or self._role_by_head(lemma, start)
            if actor_id is None and lemma in RELATIONAL:
                possessed = self._possessed(head, lemma, surface, start, stop)
                if possessed is not None:
                    return possessed
            if actor_id is None and lemma not in INDEFINITE and not self._has_genitive(head) \
                    and doc.tokens[head].feats.get("Number") != "Plur":
                gender = doc.tokens[head].feats.get("Gender")
                want = "Fem" if gender == "Fem" else "Any"
                ref = self._antecedent(head, want, persons_only=True)
                if ref is not None:
                    return SpeakerRef(ref.actor_id, ref.name, surface, start, stop)
            actor_id = actor_id or self._not_possessor(self.resolve_role(phrase), start, stop, head)
        if actor_id:
            actor = doc.actor(actor_id)
            return SpeakerRef(actor_id, actor.name if actor else phrase, surface, start, stop)
        return SpeakerRef(None, phrase, surface, start, stop)

    def _possessed(self, head: int, noun: str, surface: str, start: int, stop: int) -> SpeakerRef | None:
        """"его дочь", "адвокат женщины": a person defined by a relation to an earlier
        person is named after that person ("дочь Джорджа Мендонсы"), not taken for them."""
        tokens = self.doc.tokens
        for child in self.children.get(head, []):
            token = tokens[child]
            named = [m for m in self.mentions_in(token.start, self.doc.tokens[self.subtree(child)[1] - 1].stop)
                     if m.type == "PER" and m.start == token.start]
            if child > head and token.feats.get("Case") == "Gen" and named:
                # "Муж Асии Биби": the owner is named right here, in the genitive already.
                return SpeakerRef(None, f"{noun} {named[0].text}", surface, start, stop)
            if token.rel in ("det", "nmod") and child < head and token.text.lower() in POSSESSIVE_PERSON:
                owner = self._antecedent(child, POSSESSIVE_PERSON[token.text.lower()], persons_only=True)
            elif token.rel == "nmod" and child > head and token.pos == "NOUN" and token.feats.get("Case") == "Gen" \
                    and token.feats.get("Animacy") == "Anim" and token.feats.get("Number") != "Plur" \
                    and not self.mentions_in(token.start, token.stop + 1):
                gender = token.feats.get("Gender")
                owner = self._antecedent(child, gender if gender in ("Masc", "Fem") else "Any", persons_only=True)
            else:
                continue
            if owner is not None and owner.actor_id:
                return SpeakerRef(None, f"{noun} {self.genitive(owner.name)}", surface, start, stop)
        return None

    def _not_possessor(self, actor_id: str | None, start: int, stop: int, head: int) -> str | None:
        """"Помощник Хиллари Клинтон": the role's holder is not the person it depends on."""
        if actor_id and any(m.actor_id == actor_id and not self._names_head(m, head)
                            for m in self.mentions_in(start, stop)):
            return None
        return actor_id

    def _introduced_person(self, head: int, noun: str, before: int) -> str | None:
        """"Белорусский певец Руслан Алехно … эстонский певец Яак Йоала … белорусский
        певец признался": the latest person introduced with the same noun and the
        same adjectives."""
        if not any(self.doc.tokens[c].rel == "amod" for c in self.children.get(head, [])):
            return None  # a bare noun ("певец") is left to the role and salience rules
        want = {noun} | {_lemma(self.doc.tokens[c]) for c in self.children.get(head, [])
                         if self.doc.tokens[c].rel == "amod"}
        i = bisect_left(self._starts, before) - 1
        while i >= 0:
            mention = self.mentions[i]
            i -= 1
            if mention.type != "PER" or not mention.actor_id or mention.stop > before:
                continue
            first, _ = self.doc.token_span(mention.start, mention.stop)
            s = self.doc.sentence_at(mention.start)
            floor = self.doc.sentences[s].token_start if s is not None else 0
            seen = {_lemma(self.doc.tokens[k]) for k in range(max(floor, first - 4), first)}
            if want <= seen:
                return mention.actor_id
        return None

    def _has_genitive(self, head: int) -> bool:
        """"представитель профсоюза", "адвокат женщины": a new person, not an anaphor."""
        for child in self.children.get(head, []):
            token = self.doc.tokens[child]
            if token.rel in ("nmod", "appos") and token.feats.get("Case") == "Gen" and child > head \
                    and token.feats.get("Animacy") == "Anim":
                return True  # ("глава МИД" is no new person: МИД is not animate)
        return False

    def _role_by_head(self, head_lemma: str, before: int) -> str | None:
        """An actor introduced earlier with a role of the same head noun
        ("госсекретарь США Энтони Блинкен" ... "госсекретарь заявил")."""
        best = None
        for actor in self.doc.actors:
            if actor.type != "PER":
                continue
            # the role's head noun may follow adjectives ("официальный представитель Еврокомиссии")
            if any(head_lemma in [w.lower().replace("ё", "е") for w in r.split()[:3]] for r in actor.roles if r):
                first = min((self.doc.mentions[i].start for i in actor.mentions), default=None)
                if first is not None and first < before and (best is None or first > best[0]):
                    best = (first, actor.id)
        return best[1] if best else None

    # --- pronouns ------------------------------------------------------------
    def _actor_genders(self) -> dict[str, str]:
        votes: dict[str, dict[str, int]] = {}
        for mention in self.doc.mentions:
            if mention.type != "PER" or not mention.actor_id:
                continue
            first, last = self.doc.token_span(mention.start, mention.stop)
            for token in self.doc.tokens[first:last]:
                gender = token.feats.get("Gender")
                if gender:
                    counts = votes.setdefault(mention.actor_id, {})
                    counts[gender] = counts.get(gender, 0) + 1
        return {a: max(c, key=c.get) for a, c in votes.items()}

    def _compatible(self, mention: Mention, want: str) -> bool:
        if want == "Plur":
            return mention.type in ORG_TYPES
        if mention.type != "PER":
            return False
        if want == "Any":
            return True
        gender = self._gender.get(mention.actor_id or "")
        return gender is None or gender == want

    def pronoun(self, index: int) -> SpeakerRef | None:
        token = self.doc.tokens[index]
        lemma = (token.lemma or token.text.lower()).replace("ё", "е")
        want = THIRD_PERSON.get(token.text.lower()) if token.text.lower() in ("его", "ее", "её", "их") else None
        want = want or ("Plur" if token.feats.get("Number") == "Plur" else THIRD_PERSON.get(lemma) or token.feats.get("Gender"))
        if want not in ("Masc", "Fem", "Plur"):
            return None
        return self._antecedent(index, want)

    def _antecedent(self, index: int, want: str, persons_only: bool = False) -> SpeakerRef | None:
        doc = self.doc
        token = doc.tokens[index]
        here = doc.sentence_at(token.start)
        if here is None:
            return None
        for back in range(here, max(-1, here - PRONOUN_WINDOW), -1):
            sentence = doc.sentences[back]
            limit = token.start if back == here else sentence.stop
            said = [ref for offset, ref in self.speakers if sentence.start <= offset < limit]
            for ref in reversed(said):
                actor = doc.actor(ref.actor_id) if ref.actor_id else None
                if actor and self._compatible(Mention(0, 0, "", actor.type, actor.name, actor.id), want) \
                        or actor is None and want in ("Masc", "Fem") and len(ref.name.split()) > 1 \
                        and self._described_gender(ref) == want:  # ("жена Жозе Сарамаго", not a bare "актер")
                    return SpeakerRef(ref.actor_id, ref.name, token.text, token.start, token.stop)
            inside = [m for m in self.mentions_in(sentence.start, limit)
                      if not self.quoted(m.start) and not self.excluded[0] <= m.start < self.excluded[1]]
            candidates = [m for m in inside if self._compatible(m, want)]
            subjects = [m for m in candidates if self._is_subject(m)]
            if not candidates and back < here and want in ("Masc", "Fem"):
                described = self._described_subject(sentence, want)
                if described is not None:
                    actor = next((a for a in doc.actors if a.name == described), None)
                    return SpeakerRef(actor.id if actor else None, described, token.text, token.start, token.stop)
            if not subjects and want in ("Masc", "Fem") and not persons_only:
                # "Совкомфлот … Накануне она заявила": an organisation as the subject.
                subjects = [m for m in inside if m.type in ("ORG", "MEDIA") and self._is_subject(m)]
                candidates = candidates or subjects
            chosen = (subjects or candidates)
            if chosen:
                pick = chosen[0] if subjects else chosen[-1]
                ref = self.ref(pick)
                return SpeakerRef(ref.actor_id, ref.name, token.text, token.start, token.stop)
        return None

    def _described_subject(self, sentence, want: str) -> str | None:
        """"33-летний мужчина вышел во двор … Хотя он сообщил": an unnamed person who is
        the subject of the main clause of an earlier sentence (no named person in it)."""
        tokens = self.doc.tokens
        for i in range(sentence.token_start, sentence.token_stop):
            token = tokens[i]
            if token.rel == "nsubj" and token.pos == "NOUN" and token.feats.get("Animacy") == "Anim" \
                    and token.feats.get("Number") == "Sing" and token.feats.get("Gender") == want \
                    and token.head >= 0 and tokens[token.head].rel == "root" \
                    and (token.lemma or "") not in ANONYMOUS and not self.mentions_in(token.start, token.stop + 1):
                known = self._role_by_head(_lemma(token), token.start)
                if known is not None:  # "Обратился певец …" after "певец Сергей Лазарев"
                    actor = self.doc.actor(known)
                    return actor.name if actor else None
                if not any(tokens[c].rel == "amod" for c in self.children.get(i, [])):
                    return None  # a bare noun is a definite description, left to the rules above
                first, last = self.subtree(i, no_pp=True)
                return self._phrase_text(first, last, i)
        return None

    def _described_gender(self, ref: SpeakerRef) -> str | None:
        """Gender of a speaker named by a person noun ("его дочь" -> Fem), else None."""
        if ref.start is None or ref.stop is None:
            return None
        first, last = self.doc.token_span(ref.start, ref.stop)
        for token in self.doc.tokens[first:last]:
            if token.pos == "NOUN" and token.feats.get("Animacy") == "Anim" and token.feats.get("Case") == "Nom" \
                    and token.feats.get("Number") == "Sing":
                return token.feats.get("Gender")
        return None

    def _is_subject(self, mention: Mention) -> bool:
        first, last = self.doc.token_span(mention.start, mention.stop)
        for token in self.doc.tokens[first:last]:
            if token.rel.startswith("nsubj") or (token.feats.get("Case") == "Nom" and token.rel in ("appos", "root")):
                return True
        return False

    def latest(self, before: int, types: tuple[str, ...]) -> Mention | None:
        i = bisect_left(self._starts, before) - 1
        while i >= 0:
            mention = self.mentions[i]
            if mention.type in types and mention.stop <= before:
                return mention
            i -= 1
        return None

    def remember(self, offset: int, speaker: SpeakerRef | None) -> None:
        if speaker is not None:
            self.speakers.append((offset, speaker))


def _lemma(token: Token) -> str:
    return (token.lemma or token.text.lower()).replace("ё", "е")
