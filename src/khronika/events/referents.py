"""Whether two actor phrases name one referent: a person named by part of their own name
("Айдар" / "Айдар Губайдулин"), a title coordinated with the name it describes ("бывшему президенту
и военному лидеру страны Первезу Мушаррафу"), a role mention that names its state ("президент
России").
"""
from __future__ import annotations

from khronika.events.lexicon import fold
from khronika.events.tree import Found, Tree
from khronika.nlp.doc import Doc, EventActor, Mention


def _key(actor: EventActor) -> str:
    return actor.actor_id or fold(actor.name)


def same_person(a: EventActor, b: EventActor) -> bool:
    """One actor named by a part of the other's personal name ("Айдар" / "Айдар Губайдулин"):
    both capitalised word sequences, the shorter's words all among the longer's."""
    if _key(a) == _key(b):
        return True
    if any((x.actor_id or "").startswith(("gpe:", "org:", "loc:", "med:")) for x in (a, b)):
        return False  # states and organisations are not named by parts of one another
    words_a, words_b = a.name.split(), b.name.split()
    if not words_a or not words_b or not all(w[:1].isupper() for w in words_a + words_b):
        return False
    short, long_ = sorted((words_a, words_b), key=len)
    return len(short) < len(long_) and {fold(w) for w in short} <= {fold(w) for w in long_}


def without_titles_of_named(tree: Tree, found: list[Found]) -> list[Found]:
    """"вынес бывшему президенту и военному лидеру страны Первезу Мушаррафу": a singular title
    coordinated with a person's name in the same case is that person's title, not a second actor."""
    named = [f for f in found if f.named and f.type == "PER"]
    if not named:
        return found

    def is_title(f: Found) -> bool:
        t = tree.tok(f.token)
        if f.named or t.pos != "NOUN" or t.feats.get("Number") != "Sing" or t.feats.get("Animacy") != "Anim":
            return False
        linked = {f.token, *tree.kids(f.token, "conj")}
        head = tree.head(f.token)
        if head is not None and t.rel == "conj":
            linked.add(head)
        for g in named:
            tops = {g.token, tree.head(g.token)}
            if linked & tops or any(tree.head(k) in linked for k in tops if k is not None):
                if tree.case(g.token) == t.feats.get("Case"):
                    return True
        return False

    return [f for f in found if not is_title(f)]


def names_state(doc: Doc, role: Mention) -> bool:
    """A role mention with a state or organisation inside its span ("президент России")."""
    return any(m is not role and role.start <= m.start and m.stop <= role.stop
               and m.type in ("GPE", "GEO_ADJ", "ORG") for m in doc.mentions)
