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

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Callable

from khronika.nlp.doc import Doc, Mention, SpeakerRef, Token

PERSON_TYPES = ("PER",)
ORG_TYPES = ("ORG", "MEDIA", "GPE")
SPEAKER_TYPES = ("PER", "ORG", "MEDIA", "GPE", "ROLE", "PRON", "LOC")
THIRD_PERSON = {"он": "Masc", "она": "Fem", "они": "Plur", "оно": "Neut"}
# Institution nouns that refer back to the last organisation when they stand alone.
ANAPHORIC_ORG = frozenset({"ведомство", "министерство", "организация", "компания", "издание", "агентство",
                           "учреждение", "служба", "пресс-служба", "департамент", "управление", "комитет",
                           "правительство", "администрация", "газета", "канал", "телеканал", "СМИ", "сми"})
# Rel labels that never belong to a speaker phrase (relative clauses, the quote itself).
PHRASE_STOP_RELS = frozenset({"acl:relcl", "acl", "parataxis", "ccomp", "advcl", "punct", "conj", "cc"})
# How far back a pronoun looks for its antecedent (in sentences).
PRONOUN_WINDOW = 6


@dataclass
class SpeakerResolver:
    doc: Doc
    resolve_role: Callable[[str], str | None] = lambda role: None
    nominative: Callable[[Token], str | None] = lambda token: None
    speakers: list[tuple[int, SpeakerRef]] = field(default_factory=list)  # (offset, speaker) said so far
    children: dict[int, list[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.mentions = sorted(self.doc.mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        for i, token in enumerate(self.doc.tokens):
            self.children.setdefault(token.head, []).append(i)
        self._gender = self._actor_genders()

    # --- phrases -----------------------------------------------------------
    def subtree(self, head: int, stop_rels: frozenset[str] = PHRASE_STOP_RELS) -> tuple[int, int]:
        """Token range [first, last) of the phrase headed by `head` (no clauses)."""
        first = last = head
        todo, seen = [head], {head}
        while todo:
            node = todo.pop()
            for child in self.children.get(node, []):
                if child in seen or self.doc.tokens[child].rel in stop_rels:
                    continue
                seen.add(child)
                first, last = min(first, child), max(last, child)
                todo.append(child)
        while last > first and self.doc.tokens[last].pos == "PUNCT":
            last -= 1
        while first < last and self.doc.tokens[first].pos == "PUNCT":
            first += 1
        return first, last + 1

    def mentions_in(self, start: int, stop: int) -> list[Mention]:
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < stop:
            if self.mentions[i].stop <= stop:
                out.append(self.mentions[i])
            i += 1
        return out

    def from_head(self, head: int) -> SpeakerRef | None:
        """Speaker for the phrase headed by token `head`."""
        token = self.doc.tokens[head]
        first, last = self.subtree(head)
        return self.from_phrase(first, last, head) if token.pos != "PUNCT" else None

    def from_phrase(self, first: int, last: int, head: int) -> SpeakerRef | None:
        doc = self.doc
        tokens = doc.tokens
        token = tokens[head]
        start, stop = tokens[first].start, tokens[last - 1].stop
        lemma = (token.lemma or token.text.lower()).replace("ё", "е")
        if token.pos == "PRON" or lemma in THIRD_PERSON:
            return self.pronoun(head)
        if token.pos == "PRON" or lemma in {"кто", "который", "это", "что", "я", "мы", "ты", "вы", "все", "каждый"}:
            return None
        found = self.mentions_in(start, stop)
        persons = [m for m in found if m.type == "PER"]
        if persons:
            return self._ref(persons[0])
        resolved = [m for m in found if m.type in ("ROLE", "PRON") and m.actor_id]
        if resolved:
            return self._ref(resolved[0])
        phrase = self._phrase_text(first, last, head)
        if token.feats.get("Animacy") == "Anim" and token.pos == "NOUN":
            actor_id = self.resolve_role(phrase) or self._role_by_head(lemma, start)
            if actor_id:
                actor = doc.actor(actor_id)
                name = actor.name if actor else phrase
                return SpeakerRef(actor_id, name, doc.text[start:stop], start, stop)
            return SpeakerRef(None, phrase, doc.text[start:stop], start, stop)
        exact = [m for m in found if m.start <= token.start and m.stop >= token.stop]
        if exact:
            return self._ref(exact[0])
        if lemma in ANAPHORIC_ORG and last - first <= 2:
            mention = self.latest(start, ORG_TYPES)
            if mention:
                ref = self._ref(mention)
                return SpeakerRef(ref.actor_id, ref.name, doc.text[start:stop], start, stop)
        if token.pos == "NOUN" and lemma in ANAPHORIC_ORG:
            return SpeakerRef(None, phrase, doc.text[start:stop], start, stop)
        others = [m for m in found if m.type in ORG_TYPES + ("LOC",)]
        if others:
            return self._ref(others[0])
        if token.pos in ("PROPN", "NOUN", "X", "ADJ") and token.text[:1].isupper():
            return SpeakerRef(None, phrase, doc.text[start:stop], start, stop)
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

    def _ref(self, mention: Mention, surface: tuple[int, int] | None = None) -> SpeakerRef:
        actor = self.doc.actor(mention.actor_id) if mention.actor_id else None
        name = actor.name if actor else (mention.normal or mention.text)
        start, stop = surface or (mention.start, mention.stop)
        return SpeakerRef(mention.actor_id, name, self.doc.text[start:stop], start, stop)

    # --- roles ---------------------------------------------------------------
    def _role_by_head(self, head_lemma: str, before: int) -> str | None:
        """An actor introduced earlier with a role of the same head noun
        ("госсекретарь США Энтони Блинкен" ... "госсекретарь заявил")."""
        best = None
        for actor in self.doc.actors:
            if actor.type != "PER":
                continue
            if any(r.split()[0].lower().replace("ё", "е") == head_lemma for r in actor.roles if r):
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
        gender = self._gender.get(mention.actor_id or "")
        return gender is None or gender == want

    def pronoun(self, index: int) -> SpeakerRef | None:
        doc = self.doc
        token = doc.tokens[index]
        lemma = (token.lemma or token.text.lower()).replace("ё", "е")
        want = "Plur" if token.feats.get("Number") == "Plur" else THIRD_PERSON.get(lemma) or token.feats.get("Gender")
        if want not in ("Masc", "Fem", "Plur"):
            return None
        here = doc.sentence_at(token.start)
        if here is None:
            return None
        for back in range(here, max(-1, here - PRONOUN_WINDOW), -1):
            sentence = doc.sentences[back]
            limit = token.start if back == here else sentence.stop
            said = [ref for offset, ref in self.speakers if sentence.start <= offset < limit and ref.actor_id]
            for ref in reversed(said):
                actor = doc.actor(ref.actor_id)
                if actor and self._compatible(Mention(0, 0, "", actor.type, actor.name, actor.id), want):
                    return SpeakerRef(ref.actor_id, ref.name, token.text, token.start, token.stop)
            candidates = [m for m in self.mentions_in(sentence.start, limit) if self._compatible(m, want)]
            subjects = [m for m in candidates if self._is_subject(m)]
            chosen = (subjects or candidates)
            if chosen:
                pick = chosen[0] if subjects else chosen[-1]
                ref = self._ref(pick)
                return SpeakerRef(ref.actor_id, ref.name, token.text, token.start, token.stop)
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
