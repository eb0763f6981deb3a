"""Top-weight lists (store/toplists.py): searches answered from them rank exactly like
scoring every match with the same formula, and the lists stay right through writes,
new versions and refreshes."""
from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khronika.store import open_store, toplists
from khronika.store.sqlite import SqliteStore


@pytest.mark.parametrize("text, expected", [
    ("москва путин", ["москва", "путин"]),
    ("северо-западный  округ", ["северо", "западный", "округ"]),
    ("Ryanair авиакомпания", ["ryanair", "авиакомпания"]),
    ("ответ 2022 года", ["ответ", "2022", "года"]),
    ("o'brien сказал", ["o", "brien", "сказал"]),  # not a plain index text: the regex path
    ("", []),
])
def test_tokens_split_like_fts5(text, expected):
    assert toplists.tokens(text) == expected


@settings(max_examples=300, deadline=None)
@given(frequencies=st.lists(st.tuples(st.text(min_size=1, max_size=5),
                                      st.one_of(st.integers(0, 40), st.floats(0, 200, allow_nan=False))),
                            max_size=30),
       length=st.integers(0, 5000), average_length=st.floats(0, 2000, allow_nan=False))
def test_term_weights_are_term_weight_of_each_word(frequencies, length, average_length):
    expected = [(word, toplists.term_weight(f, length, average_length)) for word, f in frequencies]
    assert toplists.term_weights(frequencies, length, average_length) == expected


@pytest.mark.parametrize("lemma, one_token", [
    ("путин", True), ("2022", True), ("северо-западный", False), ("", False), ("a_b", False),
])
def test_only_single_token_words_use_lists(lemma, one_token):
    assert toplists.is_token(lemma) is one_token


def test_idf_never_below_its_floor_and_weight_grows_with_frequency():
    assert toplists.idf(90, 100) == toplists.STOP_IDF
    assert toplists.idf(1, 100) > toplists.idf(10, 100) > 0
    assert toplists.term_weight(0, 100, 100) == 0
    assert toplists.term_weight(1, 100, 100) < toplists.term_weight(2, 100, 100) < toplists.K1 + 1
    # A longer article weighs a word less.
    assert toplists.term_weight(2, 300, 100) < toplists.term_weight(2, 50, 100)


def _brute_force(docs: dict[int, list[str]], words: list[str], idf: dict[str, float]) -> list[tuple[int, float]]:
    average = 10.0
    ranked = []
    for article, tokens in docs.items():
        if all(w in tokens for w in words):
            score = sum(idf[w] * toplists.term_weight(tokens.count(w), len(tokens), average)
                        for w in words if idf[w] > toplists.STOP_IDF)
            ranked.append((article, score))
    return sorted(ranked, key=lambda pair: (-pair[1], -pair[0]))


@settings(max_examples=150, deadline=None)
@given(st.integers(0, 10 ** 6), st.integers(1, 3), st.integers(1, 12), st.integers(2, 12), st.booleans())
def test_rank_agrees_with_scoring_every_article(seed, n_words, need, list_size, approximate):
    rng = random.Random(seed)
    vocabulary = ["а", "б", "в", "г", "д"]
    docs = {i: [rng.choice(vocabulary) for _ in range(rng.randint(1, 20))] for i in range(1, 60)}
    for tokens in docs.values():  # "а" is in every article: a stop word (idf at its floor)
        tokens.append("а")
    df = {w: sum(w in t for t in docs.values()) for w in vocabulary}
    idf = {w: toplists.idf(df[w], len(docs)) for w in vocabulary}
    lists = []
    words = rng.sample(vocabulary, n_words)
    for w in words:
        weights = sorted(((toplists.term_weight(t.count(w), len(t), 10.0), a) for a, t in docs.items() if w in t),
                         reverse=True)
        kept = weights[:list_size]
        term = toplists.TermList(w, idf[w], 0.0, {a: wt for wt, a in kept})
        term.bound = min(term.weights.values(), default=0.0)
        lists.append(term)
    passing = toplists.candidates(lists)

    def resolve(ids):
        return {a: {w: toplists.term_weight(docs[a].count(w), len(docs[a]), 10.0) for w in words} for a in ids}

    found = toplists.rank(lists, passing, need, resolve, approximate=approximate)
    if found is None:
        return  # the lists scored too few articles: the backend scores every match instead
    expected = _brute_force(docs, words, idf)
    assert len(found.ranked) >= need
    # Every article the lists score has its true score, whether or not the order is proven.
    true_score = dict(expected)
    assert all(round(s, 9) == round(true_score[a], 9) for a, s in found.ranked)
    if found.exact:
        assert [a for a, _ in found.ranked[:need]] == [a for a, _ in expected[:need]]
        assert [round(s, 9) for _, s in found.ranked[:need]] == [round(s, 9) for _, s in expected[:need]]


# -- the SQLite store ---------------------------------------------------------------

# Each word in about a fifth of the articles: frequent enough for a list, rare enough to count.
WORDS = ["переговоры", "санкции", "нефть", "газ", "выборы", "суд", "пожар", "футбол", "банк", "завод",
         "школа", "врач", "театр", "мост", "порт", "лес", "река", "поезд", "музей", "рынок"]


def _article(rng: random.Random, i: int) -> tuple[str, str]:
    title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3)))
    body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 6))) + " и " + " ".join(
        rng.choice(WORDS) for _ in range(rng.randint(0, 4)))
    return title.capitalize() + f" {i}", body.capitalize() + "."


@pytest.fixture
def listed_store(tmp_path, analyzer, make_doc):
    store = open_store(str(tmp_path / "lists.db"), analyzer=analyzer)
    assert isinstance(store, SqliteStore)
    store.list_size = 6
    store.list_min_df = 8
    store.list_slack = 2  # trimmed often, as a 200 + 16 list is at scale
    store.paged_depth = 1  # rank exactly as deep as each page asks (the lists hold 6)
    rng = random.Random(7)
    for i in range(60):
        title, body = _article(rng, i)
        store.add_document(make_doc(title, [body], url=f"https://n.ru/{i}",
                                    published=f"2024-02-{i % 28 + 1:02d}T10:00:00+03:00"))
    yield store
    store.close()


def _current_terms(store: SqliteStore) -> dict[int, toplists.ArticleTerms]:
    return {rowid: toplists.article_terms(title, body)
            for rowid, title, body in store.conn.execute("SELECT rowid, title, body FROM article_fts")}


def _check_lists(store: SqliteStore) -> None:
    """Every list holds current articles only, and no current article outside a list
    weighs more than the list's bound."""
    average = store._config()[0]
    terms = _current_terms(store)
    listed = store.conn.execute("SELECT lemma, bound FROM term_lists").fetchall()
    assert listed, "no word got a list"
    for lemma, bound in listed:
        members = dict(store.conn.execute("SELECT article_id, weight FROM term_top WHERE lemma = ?", (lemma,)))
        assert 0 < len(members) <= store.list_size + store.list_slack
        assert set(members) <= set(terms)
        ceiling = max(bound, min(members.values()))
        for article, counted in terms.items():
            weight = counted.weight(lemma, average)
            if article in members:
                assert members[article] == pytest.approx(weight)
            else:
                assert weight <= ceiling + 1e-12, (lemma, article)


def _expected(store: SqliteStore, words: list[str]) -> list[int]:
    average, articles = store._config()
    df = dict(store.conn.execute("SELECT lemma, df FROM term_lists"))
    ranked = []
    for article, counted in _current_terms(store).items():
        if all(counted.frequency.get(w, 0) > 0 for w in words):
            score = sum(toplists.idf(df[w], articles) * counted.weight(w, average) for w in words
                        if toplists.idf(df[w], articles) > toplists.STOP_IDF)
            ranked.append((-score, -article))
    return [-a for _, a in sorted(ranked)]


QUERIES = ["переговоры", "санкции", "нефть газ", "выборы суд", "пожар", "футбол переговоры"]


def _answered_from_lists(store: SqliteStore, query: str, limit: int, offset: int) -> list[int] | None:
    answered = []
    original = store._list_ranking

    def spy(*args, **kwargs):
        found = original(*args, **kwargs)
        answered.append(found is not None and found.exact)
        return found
    store._list_ranking = spy
    try:
        hits = [h.article.id for h in store.search(query, limit=limit, offset=offset)]
    finally:
        store._list_ranking = original
    return hits if answered and answered[0] else None


def test_lists_are_built_and_kept_right_by_writes(listed_store):
    _check_lists(listed_store)


def test_searches_answered_from_lists_rank_like_scoring_every_match(listed_store):
    answered = 0
    for query in QUERIES:
        words = listed_store.analyzer().query_lemmas(query)
        for limit, offset in ((3, 0), (3, 2), (5, 0)):
            hits = _answered_from_lists(listed_store, query, limit, offset)
            if hits is None:
                continue
            answered += 1
            assert hits == _expected(listed_store, words)[offset:offset + limit], (query, limit, offset)
    assert answered >= 6


def test_first_pages_come_from_one_ranking(listed_store):
    listed_store.paged_depth = 6
    for query in QUERIES:
        whole = [h.article.id for h in listed_store.search(query, limit=6)]
        pages = [h.article.id for offset in (0, 2, 4) for h in listed_store.search(query, limit=2, offset=offset)]
        assert pages == whole, query


def test_new_versions_leave_the_lists_and_bounds_still_hold(listed_store, make_doc):
    rng = random.Random(11)
    for i in range(0, 60, 3):  # a new text under the same address replaces the article
        title, body = _article(rng, 100 + i)
        listed_store.add_document(make_doc(title, [body], url=f"https://n.ru/{i}",
                                           published="2024-03-01T10:00:00+03:00"))
    _check_lists(listed_store)
    for query in QUERIES:
        hits = _answered_from_lists(listed_store, query, 3, 0)
        if hits is not None:
            words = listed_store.analyzer().query_lemmas(query)
            assert hits == _expected(listed_store, words)[:3]


def test_lists_are_built_for_an_existing_store_on_upgrade(tmp_path, analyzer, make_doc):
    path = tmp_path / "old.db"
    store = open_store(str(path), analyzer=analyzer)
    rng = random.Random(3)
    for i in range(30):
        title, body = _article(rng, i)
        store.add_document(make_doc(title, [body], url=f"https://o.ru/{i}"))
    # As a store written before migration 0006: no lists, no record of the migration.
    store.conn.execute("DELETE FROM term_top")
    store.conn.execute("DELETE FROM term_lists")
    store.conn.execute("DELETE FROM meta WHERE key = 'term_lists'")
    store.conn.execute("DROP TABLE term_top")
    store.conn.execute("DROP TABLE term_lists")
    store.conn.execute("DELETE FROM schema_migrations WHERE name = 'term_lists'")
    store.close()
    announced = []
    reopened = SqliteStore(path, analyzer=analyzer, on_migrate=announced.append)
    try:
        assert announced == ["0006_term_lists"]
        assert reopened.conn.execute("SELECT count(*) FROM term_lists").fetchone()[0] == 0  # min df 500
        reopened.list_min_df = 8
        assert reopened.refresh_search_lists() > 0
        _check_lists(reopened)
    finally:
        reopened.close()
