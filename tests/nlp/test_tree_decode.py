"""Chu–Liu/Edmonds decoding of arc scores (nlp/tree_decode.py) and its use in the
packed syntax parser: every parsed sentence's heads reach the root."""
from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khronika.nlp import natasha_adapter as nat
from khronika.nlp.pipeline import Resources
from khronika.nlp.tree_decode import max_spanning_tree, sentences_not_trees

N = -9.0   # an arc nobody wants


def reaches_root(heads: np.ndarray) -> bool:
    """The oracle: every token's head chain (heads[d] is token d + 1's head, 0 the root) ends at the root."""
    parent = [0, *np.asarray(heads, dtype=np.int64).tolist()]
    for node in range(1, len(parent)):
        seen = set()
        while node != 0:
            if node in seen:
                return False
            seen.add(node)
            node = parent[node]
    return True


def tree_score(scores: np.ndarray, heads: np.ndarray) -> float:
    return float(scores[np.arange(len(heads)), heads].sum())


def decode_like_the_parser(scores: np.ndarray, single_root: bool) -> np.ndarray:
    """What `PackedSyntax._parse` does with one sentence: its argmax heads, unless the document-wide check
    finds they are no tree; then the maximum spanning tree."""
    greedy = scores.argmax(-1)
    if not sentences_not_trees(greedy, [len(greedy)]):
        return greedy
    return max_spanning_tree(scores.astype(np.float64), single_root)


def _scores(n: int, arcs: dict[tuple[int, int], float], default: float = N) -> np.ndarray:
    """(n, n + 1) scores: arcs[(dependent, head)] with tokens numbered from 1, 0 the root."""
    scores = np.full((n, n + 1), default)
    for (dependent, head), value in arcs.items():
        scores[dependent - 1, head] = value
    return scores


# (name, n, arcs, single_root, expected heads of tokens 1..n)
CASES = [
    ("already a tree: the argmax heads unchanged", 3,
     {(1, 2): 5, (2, 0): 5, (3, 2): 5, (3, 1): 4}, False, [2, 0, 2]),
    ("a 2-cycle broken at its cheapest arc", 3,
     {(1, 2): 5, (2, 1): 5, (1, 0): 1, (2, 0): 3, (3, 1): 5}, False, [2, 0, 1]),
    ("a 3-cycle entered from the root where it costs least", 3,
     {(1, 3): 6, (2, 1): 6, (3, 2): 6, (1, 0): 1, (2, 0): 0, (3, 0): 4}, False, [3, 1, 0]),
    ("a 3-cycle entered from a token outside it", 4,
     {(1, 3): 6, (2, 1): 6, (3, 2): 6, (4, 0): 6, (2, 4): 5}, False, [3, 4, 2, 0]),
    ("nested cycles: a 2-cycle inside a cycle of the folded graph", 4,
     {(1, 2): 9, (2, 1): 9, (3, 4): 9, (4, 3): 9, (1, 3): 7, (3, 1): 8, (4, 0): 2, (2, 0): 1}, False, [2, 0, 1, 3]),
    ("a self-loop: the token takes its next best head", 3,
     {(1, 1): 9, (1, 2): 3, (2, 0): 5, (3, 2): 5}, False, [2, 0, 2]),
    ("ties: the first best head in score order wins, as argmax does", 3,
     {(1, 2): 5, (2, 1): 5, (1, 0): 2, (2, 0): 2, (3, 1): 5, (3, 2): 5}, False, [0, 1, 1]),
    ("several root children allowed", 3,
     {(1, 0): 5, (2, 0): 4, (3, 0): 5, (1, 2): 6, (2, 1): 6, (3, 1): 4}, False, [0, 1, 0]),
    ("single root: the best tree with one root child", 3,
     {(1, 0): 5, (2, 0): 4, (3, 0): 5, (1, 2): 6, (2, 1): 6, (3, 1): 4}, True, [0, 1, 1]),
    ("single root picks the root child whose tree scores best, not the best root arc", 3,
     {(1, 0): 9, (2, 0): 8, (2, 1): -5, (3, 1): -5, (1, 2): 4, (3, 2): 4, (1, 3): 3, (2, 3): 3}, True, [2, 0, 2]),
]


@pytest.mark.parametrize("name, n, arcs, single_root, expected", CASES, ids=[c[0] for c in CASES])
def test_max_spanning_tree_table(name: str, n: int, arcs: dict, single_root: bool, expected: list[int]) -> None:
    scores = _scores(n, arcs)
    assert max_spanning_tree(scores, single_root).tolist() == expected
    # The parser's entry point decodes only heads that are not a tree already.
    greedy = scores.argmax(-1)
    kept = greedy.tolist() if reaches_root(greedy) else expected
    assert decode_like_the_parser(scores, single_root).tolist() == kept


def test_a_tree_of_argmax_heads_is_kept_bit_for_bit() -> None:
    # Even with several root children and single_root asked for: only broken parses are decoded.
    scores = _scores(3, {(1, 0): 5, (2, 0): 5, (3, 1): 5})
    assert decode_like_the_parser(scores, single_root=True).tolist() == [0, 0, 1]


@pytest.mark.parametrize("heads, tree", [
    ([0], True), ([2, 0, 2], True), ([2, 1, 0], False), ([1], False), ([0, 2], False), ([3, 3, 1], False), ([], True),
])
def test_reaches_root(heads: list[int], tree: bool) -> None:
    assert reaches_root(np.array(heads, dtype=np.int64)) is tree


def _brute_force_best(scores: np.ndarray, single_root: bool) -> float:
    n = len(scores)
    best = -np.inf
    for heads in itertools.product(range(n + 1), repeat=n):
        h = np.array(heads, dtype=np.int64)
        if (h == np.arange(1, n + 1)).any() or not reaches_root(h):
            continue
        if single_root and (h == 0).sum() != 1:
            continue
        best = max(best, tree_score(scores, h))
    return best


@st.composite
def score_matrices(draw: st.DrawFn) -> np.ndarray:
    n = draw(st.integers(1, 6))
    # Small integers make ties common; the decoder must still return a best tree.
    values = draw(st.lists(st.integers(-4, 4), min_size=n * (n + 1), max_size=n * (n + 1)))
    return np.array(values, dtype=np.float64).reshape(n, n + 1)


@settings(max_examples=150, deadline=None)
@given(score_matrices(), st.booleans())
def test_the_tree_is_rooted_and_at_least_as_good_as_any(scores: np.ndarray, single_root: bool) -> None:
    heads = max_spanning_tree(scores, single_root)
    n = len(scores)
    assert heads.shape == (n,)
    assert reaches_root(heads)
    assert not (heads == np.arange(1, n + 1)).any()
    if single_root:
        assert (heads == 0).sum() == 1
    assert tree_score(scores, heads) >= _brute_force_best(scores, single_root) - 1e-9


# Made-up sentences, a few of them long and tangled, as news has them.
SENTENCES = [
    "Президент заявил , что переговоры продолжатся на следующей неделе .",
    "« Мы не будем отвечать на провокации » , — сказал он журналистам в пятницу .",
    "По словам источника , знакомого с ситуацией , решение ещё не принято , но стороны близки к соглашению .",
    "Глава МИД , который накануне прибыл в Анкару , провёл встречу с коллегой , а затем , как сообщает агентство , "
    "отправился в Дамаск , где , по данным СМИ , обсудит вопросы безопасности , поставок и восстановления .",
    "Ранее в ведомстве , ответственном за , как там , это , ну , вопросы , отметили , что , мол , всё в порядке .",
    "Компания « Рога и копыта » , ООО , ИНН 7700000000 , г. Москва , ул. Ленина , д. 1 , тел. 8-800-000-00-00",
    # Slovnet's argmax heads of these hold a cycle or a token heading itself (this machine).
    "Во Франции считают , что проект политический , а не экономический .",
    "В Италии полагают , что договор торговый , а не военный .",
    "Новые дозы лекарства",
    "Что касается тех , кто уже перенёс болезнь , то реакция на лечение у жителей была разная .",
    "Прежде всего – его шансы остаться у власти .",
    "Накануне Франция",
    "Пожалуйста , выделите её мышкой и нажмите Ctrl + Enter",
]


def test_every_parsed_sentence_reaches_the_root(nlp_resources: Resources) -> None:
    parser = nat.packed_syntax(nlp_resources)
    parsed = parser([s.split() for s in SENTENCES])
    for sentence, tokens in zip(SENTENCES, parsed):
        heads = np.array([head + 1 for head, _ in tokens], dtype=np.int64)
        assert reaches_root(heads), sentence


@st.composite
def documents(draw: st.DrawFn) -> tuple[np.ndarray, list[int]]:
    """A document's heads, sentences end to end: each sentence a random head per token (0 = root)."""
    lengths = draw(st.lists(st.integers(1, 9), min_size=1, max_size=6))
    heads = [draw(st.integers(0, n)) for n in lengths for _ in range(n)]
    return np.array(heads, dtype=np.int64), lengths


@settings(max_examples=200, deadline=None)
@given(documents())
def test_the_document_wide_check_finds_the_sentences_that_are_no_tree(document: tuple[np.ndarray, list[int]]) -> None:
    heads, lengths = document
    starts = np.cumsum([0] + lengths[:-1])
    expected = [k for k, (s, n) in enumerate(zip(starts, lengths)) if not reaches_root(heads[s:s + n])]
    assert sentences_not_trees(heads, lengths) == expected
