"""(round ea) Whom a participle describes, when the parser hung it on a noun it does not agree with.

"уволил двух генералов полиции, причастных к делу об аресте журналиста Ивана Голунова, обвинённого в
покушении": the parser hangs "обвинённого" (genitive singular masculine) on "генералов" (plural), so the
accused came out as "генерал полиции".  A Russian participle agrees with the noun it describes in case, number
and (in the singular) gender; when its head disagrees in number or gender, the noun it describes is the nearest
one before it that agrees (`agreeing_head`).
"""
from __future__ import annotations

from khronika.events.tree import Tree

NOMINAL = frozenset({"NOUN", "PROPN"})
# A name's second and later words: the name is taken at its first word.
NAME_TAILS = frozenset({"flat", "flat:name", "flat:foreign"})


def _disagrees(tree: Tree, participle: int, noun: int) -> bool:
    p, n = tree.tok(participle).feats, tree.tok(noun).feats
    if p.get("Number") and n.get("Number") and p["Number"] != n["Number"]:
        return True
    return p.get("Number") == "Sing" == n.get("Number") and bool(p.get("Gender")) and bool(n.get("Gender")) \
        and p["Gender"] != n["Gender"]


def _agrees(tree: Tree, participle: int, noun: int) -> bool:
    p, n = tree.tok(participle).feats, tree.tok(noun).feats
    if not p.get("Case") or p.get("Case") != n.get("Case") or not p.get("Number") or p["Number"] != n.get("Number"):
        return False
    return p["Number"] == "Plur" or (p.get("Gender") is not None and p.get("Gender") == n.get("Gender"))


def agreeing_head(tree: Tree, i: int) -> int | None:
    """The noun the participle i describes: its parser head when they agree (or when either lacks the
    features to tell), else the nearest noun or name before it, within its sentence and after its head, that
    agrees in case, number and gender; None when there is none (the parser's head then stands)."""
    head = tree.head(i)
    if head is None or head > i or tree.tok(i).feats.get("VerbForm") != "Part" or not _disagrees(tree, i, head):
        return None
    for j in range(i - 1, head, -1):
        token = tree.tok(j)
        if token.pos in NOMINAL and token.rel not in NAME_TAILS and _agrees(tree, i, j):
            return j
    return None


# Relations of an instrumental agent to its passive.
AGENT_RELS = frozenset({"obl", "nmod", "obl:agent"})


def _is_agent_of(tree: Tree, c: int, h: int) -> bool:
    return tree.head(c) == h and tree.tok(c).rel in AGENT_RELS and tree.case(c) == "Ins" and tree.prep(c) is None


def _within(tree: Tree, p: int, c: int) -> bool:
    """Token p hangs, directly or through its heads, on token c."""
    seen = set()
    while p is not None and p not in seen:
        if p == c:
            return True
        seen.add(p)
        p = tree.head(p)
    return False


def _nearest_passive(tree: Tree, h: int, c: int) -> int | None:
    """The passive participle or verb standing nearest before c, after h, in one sentence — not one inside c's
    own phrase ("похищен так называемым Исламским государством": "называемым" describes the agent; review
    rev19_A 4)."""
    for p in range(c - 1, h, -1):
        if tree.is_passive(p) and tree.tok(p).pos in ("VERB", "AUX") and not _within(tree, p, c):
            return p
    return None


def agent_of_nearer_passive(tree: Tree, h: int, c: int) -> int | None:
    """(round ea) "приговорённая в Пакистане к казни, однако впоследствии оправданная Верховным судом": the
    parser hangs the instrumental agent "судом" (c) on the first passive (h); a passive standing between them,
    with no agent of its own, is the one it belongs to — its nearest verb.  Returns that passive, else None.
    Only a named agent (a mention) is moved."""
    if not _is_agent_of(tree, c, h) or c < h or tree.mention_of[c] is None:
        return None
    same = tree.doc.sentence_at(tree.tok(h).start) == tree.doc.sentence_at(tree.tok(c).start)
    p = _nearest_passive(tree, h, c) if same else None
    if p is None or any(_is_agent_of(tree, k, p) for k in tree.children[p]):
        return None
    return p


def stray_agents(tree: Tree, i: int) -> list[int]:
    """Instrumental agents hung on an earlier passive that belong to the passive i (see
    `agent_of_nearer_passive`)."""
    sentence = tree.doc.sentences[tree.doc.sentence_at(tree.tok(i).start) or 0]
    out = []
    for c in range(i + 1, sentence.token_stop):
        h = tree.head(c)
        if h is not None and h < i and tree.is_passive(h) and agent_of_nearer_passive(tree, h, c) == i:
            out.append(c)
    return out
