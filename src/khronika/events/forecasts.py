"""(round 17) A forecast is not an event: "власти, скорее всего, окажут помощь пенсионерам", "санкции, вероятно,
будут продлены".  The gold guide codes planned acts as hypothetical events but leaves out opinions and forecasts;
what tells a forecast from a plan is the speaker's hedge on an act still to come (a hedged past act, "вероятно,
был убит", is a claim about a fact and stays).
"""
from __future__ import annotations

from khronika.events.paths import light_head
from khronika.events.tree import Tree

# Epistemic hedges, as written ("скорее всего", "вероятно", "возможно", "видимо", "наверняка", "вряд ли").
HEDGES = frozenset({"скорее", "вероятно", "возможно", "видимо", "наверное", "наверняка", "вряд", "по-видимому"})
HEDGE_RELS = frozenset({"advmod", "parataxis", "discourse", "obl"})


def hedged_forecast(tree: Tree, i: int, light_verbs: frozenset[str]) -> bool:
    """The trigger's verb (or the light verb of a nominal trigger) carries a hedge."""
    verbs = [i]
    light = light_head(tree, i, light_verbs)
    if light is not None:
        verbs.append(light)
    return any(tree.tok(c).text.lower().replace("ё", "е") in HEDGES and tree.tok(c).rel in HEDGE_RELS
               for v in verbs for c in tree.children[v])
