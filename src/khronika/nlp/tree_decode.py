"""Maximum spanning dependency trees (Chu–Liu/Edmonds) over biaffine arc scores.

A biaffine parser scores every (dependent, head) pair; taking each token's best
head on its own (argmax) can leave a token whose head chain never reaches the
root: a cycle, or a token that heads itself.  The arborescence of largest total
score rooted at node 0 fixes that, and where the argmax heads already form a
tree it is exactly them (they are the best head of every token at once).

Scores are laid out as the parser gives them: `scores[d, h]` is the score of
token `d + 1` taking head `h`, with `h = 0` the root and `h = k` token `k`; so a
sentence of `n` tokens has an (n, n + 1) matrix and the heads are numbered the
same way (0 = root).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

_NO_ARC = -np.inf


def sentences_not_trees(heads: np.ndarray, lengths: list[int]) -> list[int]:
    """Indices of the sentences whose heads are no tree, for a document's sentences laid end to end:
    `heads[t]` is 0 for the root or k for the k-th token of t's own sentence.  One pointer-doubling
    pass over the whole document, so the sentences that are trees (nearly all) cost a few array
    operations together rather than a check each."""
    if not len(heads):
        return []
    sizes = np.asarray(lengths, dtype=np.int64)
    sentence_of = np.repeat(np.arange(len(sizes)), sizes)
    firsts = np.cumsum(sizes) - sizes
    root = len(heads)   # one node past the tokens stands for every sentence's root
    parent = np.append(np.where(heads > 0, firsts[sentence_of] + heads - 1, root), root)
    for _ in range(max(1, int(np.ceil(np.log2(int(sizes.max()) + 1))))):
        following = parent[parent]
        if np.array_equal(following, parent):
            break   # (every chain at the root, or in a self-loop or 2-cycle: news trees are shallow)
        parent = following
    return np.flatnonzero(np.bincount(sentence_of[parent[:-1] != root], minlength=len(sizes))).tolist()


@dataclass(frozen=True)
class _Contraction:
    """One cycle folded into a single node, and how to unfold the answer."""

    cycle: np.ndarray     # nodes of the cycle (indices of the graph before folding)
    outside: np.ndarray   # the other nodes, in order; the folded node comes after them
    cycle_heads: np.ndarray   # best head inside the graph before folding, for each node
    exit_tail: np.ndarray     # per outside node: the cycle node its arc from the folded node leaves
    entry_head: np.ndarray    # per outside node h: the cycle node that h's arc into the folded node enters


def _find_cycle(best: np.ndarray) -> np.ndarray | None:
    """The nodes of one cycle of the graph `best` (node -> its head; node 0 has none), or None."""
    heads = best.tolist()   # (plain ints: this walk is the decoder's inner loop)
    state = [0] * len(heads)   # 0 unseen, 1 on the current walk, 2 done
    state[0] = 2
    for start in range(1, len(heads)):
        walk = []
        node = start
        while state[node] == 0:
            state[node] = 1
            walk.append(node)
            node = heads[node]
        if state[node] == 1:   # the walk ran into itself: a cycle from `node` on
            return np.array(walk[walk.index(node):], dtype=np.int64)
        for visited in walk:
            state[visited] = 2
    return None


def _contract(graph: np.ndarray, best: np.ndarray, cycle: np.ndarray) -> tuple[np.ndarray, _Contraction]:
    """`graph` ((m, m), graph[d, h]) with `cycle` folded into one last node."""
    in_cycle = np.zeros(len(graph), dtype=bool)
    in_cycle[cycle] = True
    outside = np.flatnonzero(~in_cycle)
    k = len(outside)
    folded = np.full((k + 1, k + 1), _NO_ARC)
    folded[:k, :k] = graph[outside][:, outside]
    # An arc leaving the cycle: its best tail inside the cycle.
    leaving = graph[outside][:, cycle]
    exit_tail = leaving.argmax(1)
    folded[:k, k] = leaving[np.arange(k), exit_tail]
    # An arc entering the cycle at v replaces v's cycle arc: it gains its score minus that arc's.
    kept = graph[cycle, best[cycle]]
    entering = graph[cycle][:, outside] - kept[:, None]
    entry_head = entering.argmax(0)
    folded[k, :k] = entering[entry_head, np.arange(k)]
    folded[0, :] = _NO_ARC   # the root (outside[0] == 0) takes no head
    return folded, _Contraction(cycle, outside, best.copy(), exit_tail, entry_head)


def _expand(heads: np.ndarray, fold: _Contraction) -> np.ndarray:
    """Heads over the graph before `fold`, from heads over the folded graph."""
    k = len(fold.outside)
    out = fold.cycle_heads.copy()
    kept = heads[1:k]   # the outside nodes' heads (node 0, the root, has none)
    from_cycle = kept == k
    out[fold.outside[1:]] = np.where(from_cycle, fold.cycle[fold.exit_tail[1:k]], fold.outside[np.minimum(kept, k - 1)])
    entered_from = heads[k]
    out[fold.cycle[fold.entry_head[entered_from]]] = fold.outside[entered_from]
    return out


def _arborescence(graph: np.ndarray) -> np.ndarray:
    """Best heads of nodes 1..m-1 over `graph` ((m, m), graph[d, h], node 0 the root).

    Each round takes every node's best head; a cycle among them is folded into one
    node and the smaller graph is solved the same way, then unfolded (Edmonds 1967)."""
    folds: list[_Contraction] = []
    while True:
        best = graph.argmax(1)
        best[0] = 0
        cycle = _find_cycle(best)
        if cycle is None:
            break
        graph, fold = _contract(graph, best, cycle)
        folds.append(fold)
    heads = best
    for fold in reversed(folds):
        heads = _expand(heads, fold)
    return heads


def max_spanning_tree(scores: np.ndarray, single_root: bool = False) -> np.ndarray:
    """Heads (0 = root, k = token k) of the highest-scoring tree over `scores` ((n, n + 1)).

    `single_root`: exactly one token hangs from the root.  Every root arc is then
    lowered by more than any two trees' scores can differ, so the best tree has as few
    root arcs as a tree can (one), and among those the best total score (the penalty
    is the same for all of them)."""
    n = len(scores)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    graph = np.full((n + 1, n + 1), _NO_ARC)
    graph[1:] = scores
    graph[np.arange(n + 1), np.arange(n + 1)] = _NO_ARC   # no token heads itself
    graph[0] = _NO_ARC
    if single_root and n > 1:
        finite = graph[np.isfinite(graph)]
        penalty = (n + 1) * (float(finite.max() - finite.min()) + 1.0)
        graph[1:, 0] -= penalty
    return _arborescence(graph)[1:].astype(np.int64)

