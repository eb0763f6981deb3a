"""Windowed top-k search ranks exactly like a brute-force ranking of every match.

The brute force is the plain full ranking in SQL (bm25 on SQLite, ts_rank on
PostgreSQL) over all matching articles; `search` must return the same hits
with the same scores, and with a small `rank_window` the same as the brute
force restricted to the newest matches.
"""
from __future__ import annotations

import pytest

from khronika.store.sqlite import SqliteStore

BODIES = [
    "Переговоры о зерне продолжатся. Переговоры идут трудно, переговоры прерывались.",
    "Министры обсудили бюджет и налоги на заседании правительства.",
    "Стороны провели переговоры в Женеве.",
    "Долгий текст о погоде, урожае, ценах на рынке и новых дорогах в области, где переговоры не упоминались бы.",
    "Переговоры о мире: переговорщики собрались снова.",
    "Футбольный матч закончился вничью.",
    "Итоги переговоров подведут завтра; переговоры шли всю ночь.",
    "Переговоры.",
]
TITLES = ["Переговоры по зерну", "Бюджет", "Встреча в Женеве", "Обзор недели", "Переговоры о мире",
          "Спорт", "Ночные переговоры", "Коротко"]


@pytest.fixture
def ranked_store(store, make_doc):
    # Articles without the word first, so its idf (and the scores) are far from zero.
    for i in range(16):
        store.add_document(make_doc(f"Сводка погоды номер {i}", [f"Температура {i} градусов, ветер {i * 3} метров."],
                                    url=f"https://weather.ru/{i}", published="2023-12-01T10:00:00+03:00"))
    ids = [store.add_document(make_doc(t, [b], url=f"https://x.ru/{i}",
                                       published=f"2024-01-{i + 1:02d}T10:00:00+03:00")).article_id
           for i, (t, b) in enumerate(zip(TITLES, BODIES))]
    return store, ids


def brute_force(store, word: str) -> list[tuple[int, float]]:
    lemmas = store.analyzer().query_lemmas(word)
    if isinstance(store, SqliteStore):
        # Words match in title and body; the filter-tags column weighs nothing.
        match = "{title body} : (" + " ".join(f'"{lemma}"' for lemma in lemmas) + ")"
        rows = store._execute("SELECT rowid, -bm25(article_fts, 4.0, 1.0, 0.0) FROM article_fts "
                              "WHERE article_fts MATCH ?", (match,))
    else:
        text = " ".join(lemmas)
        rows = store._execute("SELECT article_id, ts_rank(fts, plainto_tsquery('russian', ?)) FROM article_search "
                              "WHERE fts @@ plainto_tsquery('russian', ?)", (text, text))
    return sorted(((int(i), round(float(s), 6)) for i, s in rows), key=lambda r: (-r[1], -r[0]))


def test_search_equals_brute_force_ranking(ranked_store):
    store, ids = ranked_store
    expected = brute_force(store, "переговоры")
    assert len(expected) >= 5
    hits = store.search("переговоры", limit=20)
    assert [(h.article.id, h.score) for h in hits] == expected
    assert [h.article.id for h in store.search("переговоры", limit=2, offset=2)] == [i for i, _ in expected[2:4]]


@pytest.mark.parametrize("query", ["переговоры", "переговоры from:2024-01-01"])
def test_small_window_ranks_the_newest_matches_exactly(ranked_store, query):
    store, ids = ranked_store
    store.rank_window = 3
    newest = sorted(i for i, _ in brute_force(store, "переговоры"))[-3:]
    expected = [r for r in brute_force(store, "переговоры") if r[0] in newest]
    assert [(h.article.id, h.score) for h in store.search(query, limit=10)] == expected


def test_window_applies_after_filters(ranked_store):
    store, ids = ranked_store
    store.rank_window = 1
    # The newest match is article 8; a date filter excluding it still finds the newest that passes.
    hits = store.search("переговоры to:2024-01-05")
    assert [h.article.id for h in hits] == [ids[4]]


def test_several_words_fewer_than_the_window_are_ranked_exactly(ranked_store):
    store, _ = ranked_store
    store.rank_window = 4  # "переговоры Женева" matches fewer articles than this
    expected = brute_force(store, "переговоры Женева")
    assert 0 < len(expected) < 4
    assert [(h.article.id, h.score) for h in store.search("переговоры Женева")] == expected


@pytest.mark.parametrize("query", ["переговоры", "переговоры to:2024-01-31", "from:2024-01-01"])
def test_search_page_carries_the_rest_of_its_ranking(ranked_store, query):
    store, ids = ranked_store
    whole = [(h.article.id, h.score) for h in store.search(query, limit=50)]
    assert len(whole) >= 5
    page = store.search_page(query, limit=2)
    assert [(h.article.id, h.score) for h in page.hits] == whole[:2]
    # The ranking after the page, as deep as the store ranked (paged_depth): all the rest here.
    assert [(i, round(s, 6)) for i, s in page.following] == whole[2:]
    assert page.more is False
    again = store.search_hits(query, page.following[:2])
    assert [(h.article.id, h.score) for h in again] == whole[2:4]
    assert all(h.snippet for h in again)


def test_search_page_says_when_the_ranking_stopped_at_its_depth(ranked_store):
    store, _ = ranked_store
    store.paged_depth = 3
    page = store.search_page("переговоры", limit=2)
    assert len(page.following) == 1 and page.more is True
