"""Co-occurrence changes are kept per article (its sorted actors and sign, `Delta.groups`)
and expanded into `actor_pairs` counts once, when a delta is applied: the same counts, rows
and row order as counting every ordered pair on every write (the code before)."""
from __future__ import annotations

from collections import Counter

import pytest

from khronika.store import aggregates

from test_store_aggregates import recount, talks, visit


def _part(*mentioned: str) -> aggregates.Contribution:
    rows = [("a", None, None, None, "2024-04-19T10:00:00+03:00")] + [("m", a, None, None, None) for a in mentioned]
    return aggregates.contribution_of(rows)


# articles (mentioned actors, sign) -> expected signed count per ordered pair
CASES = [
    ("one actor: no pair", [(("per:a",), +1)], {}),
    ("two actors, mentioned twice: both directions once", [(("per:b", "per:a", "per:b"), +1)],
     {("per:a", "per:b"): 1, ("per:b", "per:a"): 1}),
    ("three actors: six ordered pairs", [(("per:c", "per:a", "per:b"), +1)],
     {("per:a", "per:b"): 1, ("per:a", "per:c"): 1, ("per:b", "per:a"): 1, ("per:b", "per:c"): 1,
      ("per:c", "per:a"): 1, ("per:c", "per:b"): 1}),
    ("two articles add up", [(("per:a", "per:b"), +1), (("per:a", "per:b", "per:c"), +1)],
     {("per:a", "per:b"): 2, ("per:b", "per:a"): 2, ("per:a", "per:c"): 1, ("per:c", "per:a"): 1,
      ("per:b", "per:c"): 1, ("per:c", "per:b"): 1}),
    ("a replaced version is taken away", [(("per:a", "per:b", "per:c"), +1), (("per:a", "per:b", "per:c"), -1),
                                          (("per:a", "per:b"), +1)],
     {("per:a", "per:b"): 1, ("per:b", "per:a"): 1, ("per:a", "per:c"): 0, ("per:c", "per:a"): 0,
      ("per:b", "per:c"): 0, ("per:c", "per:b"): 0}),
]


@pytest.mark.parametrize("label, articles, expected", CASES, ids=[c[0] for c in CASES])
def test_pair_counts_from_groups(label, articles, expected):
    delta = aggregates.Delta()
    for mentioned, sign in articles:
        part = _part(*mentioned)
        delta.add(part, sign)
        # the article's own pairs, as the code before listed them
        distinct = sorted(set(mentioned))
        assert part.pairs == [(a, b) for a in distinct for b in distinct if a != b]
    assert {k: v for k, v in delta.pairs.items()} == expected
    # one entry per article with two actors or more, not one per pair
    assert len(delta.groups) == sum(1 for mentioned, _ in articles if len(set(mentioned)) > 1)


def test_savepoint_delta_joins_the_batch_delta_with_its_groups():
    batch, write = aggregates.Delta(), aggregates.Delta()
    batch.add(_part("per:a", "per:b"), +1)
    write.add(_part("per:a", "per:c"), +1)
    batch.extend(write)
    assert batch.pairs == Counter({("per:a", "per:b"): 1, ("per:b", "per:a"): 1,
                                   ("per:a", "per:c"): 1, ("per:c", "per:a"): 1})


# actor ids where one is a prefix of another: the rows must come in (actor, other) tuple order
PREFIX_IDS = ("org:un", "org:un-security-council", "org:un2", "per:a")


def test_applied_rows_are_in_pair_order_and_skip_zero_counts():
    delta = aggregates.Delta()
    delta.add(_part(*PREFIX_IDS), +1)
    delta.add(_part("per:a", "per:z"), +1)
    delta.add(_part("per:a", "per:z"), -1)
    written: dict[str, list] = {}

    def executemany(sql, rows):
        written[sql.split()[2]] = [tuple(r) for r in rows]

    aggregates.apply(lambda sql, params: [], executemany, delta)
    ordered = sorted((a, b) for a in PREFIX_IDS for b in PREFIX_IDS if a != b)
    assert written["actor_pairs"] == [(a, b, 1) for a, b in ordered]


def test_stored_pairs_equal_a_recount_after_a_batch(store, make_doc):
    with store.batch():
        store.add_document(talks(make_doc, "https://a.ru/1"))
        store.add_document(visit(make_doc, "https://b.ru/2"))
        store.add_document(visit(make_doc, "https://c.ru/3", published="2024-04-21T09:00:00+03:00"))
    stats, days, pairs = recount(store)
    stored = {(r[0], r[1]): int(r[2]) for r in store._execute("SELECT actor_id, other_id, n_articles FROM actor_pairs")}
    assert stored == pairs
    # Путин is mentioned with Си in all three articles, with Лавров in two
    assert [(c.actor_id, c.n_articles) for c in store.co_occurring("per:vladimir-putin")] == [
        ("per:xi-jinping", 3), ("per:sergey-lavrov", 2)]
