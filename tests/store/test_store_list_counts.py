"""Word-list lengths counted only when a write enters the list store what counting every
list on first touch stored (issue 6, write path round 2: `SqliteStore._count_lists`).

The documents of `test_store_write_shortcuts` (stories, reprints, new versions that take
articles out of lists, a failed write, refreshes, lists trimmed every few entries) go into a
store that counts each list when it loads its floor, as before, and into one that counts
lazily; the lists, their bounds and the search hits must match."""
from __future__ import annotations

from test_store_write_shortcuts import _documents, _rows, _write

from khronika.store import open_store


def test_lazy_list_lengths_store_what_eager_ones_did(tmp_path, analyzer, make_doc):
    docs = _documents(make_doc)
    words = ("путин", "газ", "снегопад", "москва", "поставки")
    with open_store(str(tmp_path / "eager.db"), analyzer=analyzer) as eager:
        load = eager._load_list_states

        def load_and_count(lists, lemmas):
            load(lists, lemmas)
            eager._count_lists({lemma: lists[lemma] for lemma in lemmas})

        eager._load_list_states = load_and_count
        _write(eager, docs, fail_at=40)
        expected = _rows(eager)
        expected_hits = [[h.article.id for h in eager.search(w, limit=20)] for w in words]
    with open_store(str(tmp_path / "lazy.db"), analyzer=analyzer) as lazy:
        counted = []
        count = lazy._count_lists
        lazy._count_lists = lambda states: (counted.append(len(states)), count(states))
        _write(lazy, docs, fail_at=40)
        got = _rows(lazy)
        hits = [[h.article.id for h in lazy.search(w, limit=20)] for w in words]
    assert sum(counted) and expected["term_top"] and any(r[2] > 0 for r in expected["term_lists"])
    for table in ("term_top", "term_lists", "articles", "fts"):
        assert got[table] == expected[table], table
    assert hits == expected_hits
