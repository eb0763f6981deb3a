"""(round 17) Arrivals that are visits (lexicon flag `statevisit`) and money given to a state (flag `statetgt`).

"сенатор Джон Керри прибыл в Пакистан" is a visit to Pakistan (CONSULT visit); "пострадавшие прибыли в Ростов" or
"туристы прибыли в Турцию" are not.  Only an official, a person the text names and gives a title, visits; only a
state named as such, or by its capital standing for it, is visited.  "Всемирный банк выделит Украине 150 млн" is aid;
"Минфин выделил Москве 10 млрд" is a budget transfer at home, so the state must be named as such.
"""
from __future__ import annotations

from khronika.events.tree import Found, Tree


def official(tree: Tree, found: Found) -> bool:
    """A person named in the clause whom the document introduces with a title ("сенатор", "госсекретарь США")."""
    if found.type != "PER" or not found.actor.actor_id:
        return False
    # (a title alone, "президент Франции прибыл", may be read as another holder of it: the name must stand there)
    if not any((m := tree.mention_of[k]) is not None and m.type == "PER" and m.actor_id == found.actor.actor_id
               for k in [found.token, *tree.kids(found.token, "appos", "flat", "flat:name")]):
        return False
    actor = tree.doc.actor(found.actor.actor_id)
    return actor is not None and any(tree.doc.mentions[k].type == "ROLE" for k in actor.mentions)


def named_state(tree: Tree, found: Found) -> bool:
    """The target token names the state itself, or a capital the hints make stand for it ("Москва" → Россия)."""
    mention = tree.mention_of[found.token]
    if mention is None or not mention.actor_id or not (found.actor.actor_id or "").startswith("gpe:"):
        return False
    return mention.actor_id == found.actor.actor_id or tree.hints.metonyms.get(mention.actor_id) == found.actor.actor_id


def names_itself(tree: Tree, found: Found) -> bool:
    """The target token names the state itself ("Украине"; not "Москве" standing for Russia)."""
    mention = tree.mention_of[found.token]
    return mention is not None and (found.actor.actor_id or "").startswith("gpe:") \
        and mention.actor_id == found.actor.actor_id
