"""The dependency tree of one Doc as the event coder walks it: children lists,
token -> mention lookup (smallest mention wins), small navigation helpers, and
actor ids turned into `Found` actors (composites and metonyms from the hints).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable

from khronika.events.lexicon import ActorHints, fold
from khronika.nlp.doc import Doc, EventActor, Mention, Token
from khronika.nlp.salience import Salience


# Tag sets and pronouns read by more than one argument module.
NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
VERBAL = frozenset({"VERB", "AUX"})
PERSONAL_PRONOUNS = frozenset({"он", "она", "они"})
# Prepositional forms of 3rd person pronouns ("в отношении неё", "против него"), which the tagger
# sometimes reads as adverbs: form -> (gender, number).  "ним" (Masc Ins / Plur Dat) is ambiguous.
N_FORMS = {"него": ("Masc", "Sing"), "нему": ("Masc", "Sing"), "нем": ("Masc", "Sing"),
           "нее": ("Fem", "Sing"), "ней": ("Fem", "Sing"), "нею": ("Fem", "Sing"),
           "них": (None, "Plur"), "ними": (None, "Plur")}


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
    salience: Salience | None = None  # the document's discourse model (lazy: `discourse.salience_of`)
    inflect_genitive: Callable[[str], str] = field(default=lambda name: name)  # "Россия" → "России"
    # an adjective (its text and features) in the nominative singular of a gender: "бывшего" → "бывший"
    nominative_adjective: Callable[[str, dict[str, str], str], str] = field(default=lambda word, feats, gender: word)

    @classmethod
    def build(cls, doc: Doc, hints: ActorHints, registry_names: dict[str, str] | None = None,
              project_nouns: frozenset[str] = frozenset()) -> "Tree":
        tree = cls(doc, _without_surnames(doc, hints), registry_names or {})
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
        for first, last in _captions(doc, tree.mention_of):
            for i in range(first, last):
                tree.mention_of[i] = None
        tree.projects = frozenset(_projects(tree, project_nouns))
        return tree

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

    def name_of(self, actor_id: str, fallback: str) -> str:
        actor = self.doc.actor(actor_id)
        if actor is not None:
            return actor.name
        return self.registry_names.get(actor_id, fallback)

    def genitive_of(self, actor_id: str, name: str, inflect: Callable[[str], str] | None = None) -> str:
        """An actor's name in the genitive as the document writes it ("Пакистана"), else inflected."""
        for mention in self.doc.mentions:
            if mention.actor_id == actor_id:
                first, last = self.doc.token_span(mention.start, mention.stop)
                if last - first == 1 and self.case(first) == "Gen" and self.tok(first).pos == "PROPN" \
                        and not mention.text.isupper():  # "Пакистана", not "РФ" or "французского"
                    return mention.text
        return (inflect or self.inflect_genitive)(name)

    def from_id(self, actor_id: str, token: int, type_: str, fallback: str) -> list[Found]:
        members = self.hints.composites.get(actor_id)
        if members:
            return [Found(EventActor(m, self.name_of(m, m)), token, "GPE" if m.startswith("gpe:") else "ORG")
                    for m in members]
        state = self.hints.metonyms.get(actor_id)
        if state:
            return [Found(EventActor(state, self.name_of(state, state)), token, "GPE")]
        return [Found(EventActor(actor_id, self.name_of(actor_id, fallback)), token, type_)]


def _without_surnames(doc: Doc, hints: ActorHints) -> ActorHints:
    """(rb21) The hints without the metonyms of places whose name the document uses as a person's: a capital's
    mention tagged as a person, a capital's name that is the surname of a full name in the document ("Эрик
    Берн … Берн раскритиковал Фрейда" is the psychologist, not Швейцария), or one right after a first name."""
    surnames = {fold(m.normal.split()[-1]) for m in doc.mentions if m.type == "PER" and len(m.normal.split()) > 1}
    dropped = {m.actor_id for m in doc.mentions if m.actor_id in hints.metonyms
               and (m.type == "PER" or fold(m.normal) in surnames or _after_first_name(doc, m))}
    if not dropped:
        return hints
    return replace(hints, metonyms={k: v for k, v in hints.metonyms.items() if k not in dropped})


def _after_first_name(doc: Doc, mention: Mention) -> bool:
    """(rb21) The mention follows a capitalised first name right before it ("Джордж Вашингтон" with only
    "Вашингтон" tagged, as the city); not an initial or a conjunction ("А Варшава удостоилась …")."""
    first, _ = doc.token_span(mention.start, mention.stop)
    if first == 0:
        return False
    before = doc.tokens[first - 1]
    return before.stop + 1 >= mention.start and before.text[:1].isupper() and len(before.text) > 2 \
        and before.pos in ("PROPN", "NOUN") and _first_name(before.text)


@lru_cache(maxsize=4096)
def _first_name(word: str) -> bool:
    """The dictionary reads the word as a first name, in any case ("Эрик", "Джорджа")."""
    return any("Name" in form.tag and "Abbr" not in form.tag for form in _vocab().parse(word))


@lru_cache(maxsize=1)
def _vocab():
    from natasha import MorphVocab

    return MorphVocab()


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


def _captions(doc: Doc, mention_of: list) -> list[tuple[int, int]]:
    """Token spans of photo captions fused with the sentence after them: a sentence opening with
    a person's bare name followed by a capitalised word that starts the real sentence ("Реджеп
    Тайип Эрдоган Один из террористов … был задержан", "Первез Мушарраф Специальный суд …
    вынес").  The caption names whom the picture shows, not an actor of the sentence."""
    out = []
    for sentence in doc.sentences:
        first = sentence.token_start
        mention = mention_of[first] if first < len(mention_of) else None
        if mention is None or mention.type != "PER":
            continue
        last = first
        while last < sentence.token_stop and mention_of[last] is mention:
            last += 1
        if last - first < 2 or last >= sentence.token_stop - 2:
            continue
        following = doc.tokens[last]
        if following.text[:1].isupper() and following.pos not in ("PROPN", "PUNCT") \
                and (mention_of[last] is None or mention_of[last].type != "PER"):
            out.append((first, last))
    return out
