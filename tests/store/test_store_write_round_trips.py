"""The PostgreSQL write path's first performance round (bench/RESULTS.md): each change keeps
the rows and decisions of the code before it.

- A write's new story quotes are inserted together (`_insert_returning_ids`), after every
  quote's match is decided in order as `_merge_quote` decides it.
- The full-text vector goes through `khronika_unsign` only when it holds a signed number.
- The near-duplicate lookup reads both band tables in one statement (`_band_matches`).
- Inside a batch that has looked for other writers' articles since taking the write lock,
  later writes do not look again (`_others_locked_out`)."""
from __future__ import annotations

import pytest
from store_corpus import documents as _documents

from khronika.store import open_store
from khronika.store import postgres as pg_module
from khronika.store.sql import SqlStore
from khronika.stories import dedup

PARAGRAPHS = [
    "Песков заявил журналистам: «Мы не видим никаких оснований менять наш подход к переговорам». "
    "Позже он повторил: «Мы не видим никаких оснований менять наш подход к переговорам».",
    "Лавров сказал: «Переговоры в Женеве пройдут в закрытом режиме и без прессы».",
]


def _quote_doc(make_doc, url: str, extra: str = "", extra_quotes=()):
    return make_doc(
        "Кремль о переговорах в Женеве", [*PARAGRAPHS, extra] if extra else PARAGRAPHS, url=url,
        actors=[("per:dmitry-peskov", "Дмитрий Песков", "PER", ["Песков"]),
                ("per:sergey-lavrov", "Сергей Лавров", "PER", ["Лавров"])],
        quotes=[("Мы не видим никаких оснований менять наш подход к переговорам", "per:dmitry-peskov",
                 "Дмитрий Песков"),
                ("Переговоры в Женеве пройдут в закрытом режиме и без прессы", "per:sergey-lavrov",
                 "Сергей Лавров"), *extra_quotes])


def test_new_story_quotes_take_their_ids_in_quote_order(store, make_doc):
    doc = _quote_doc(make_doc, "https://a.ru/1")
    # The same Peskov quote twice (its second report), then Lavrov's: two story quotes.
    doc.quotes.insert(1, doc.quotes[0])
    result = store.add_document(doc)
    rows = store._execute("SELECT id, speaker_key, text FROM story_quotes WHERE story_id = ? ORDER BY id",
                          (result.story_id,))
    assert [(r[1], r[2][:10]) for r in rows] == [("per:dmitry-peskov", "Мы не види"),
                                                  ("per:sergey-lavrov", "Переговоры")]
    linked = [r[0] for r in store._execute("SELECT story_quote_id FROM quotes WHERE article_id = ? ORDER BY idx",
                                           (result.article_id,))]
    assert linked == [rows[0][0], rows[0][0], rows[1][0]]
    # A new version of the page stays in the story: its quotes match the stored story quotes, a
    # new speaker's is added after them.
    version = _quote_doc(make_doc, "https://a.ru/1", "Захарова добавила: «Это наш принципиальный выбор».",
                         [("Это наш принципиальный выбор", None, "Мария Захарова")])
    second = store.add_document(version)
    assert second.story_id == result.story_id and second.article_id != result.article_id
    rows2 = store._execute("SELECT id, speaker_key FROM story_quotes WHERE story_id = ? ORDER BY id",
                           (result.story_id,))
    assert [r[1] for r in rows2] == ["per:dmitry-peskov", "per:sergey-lavrov", "мария захарова"]
    linked2 = [r[0] for r in store._execute("SELECT story_quote_id FROM quotes WHERE article_id = ? ORDER BY idx",
                                            (second.article_id,))]
    assert linked2 == [r[0] for r in rows2]


def test_insert_returning_ids_are_the_rows_ids_in_order(store, make_doc, monkeypatch):
    monkeypatch.setattr(pg_module, "_ROWS_PER_INSERT", 2)  # several statements on PostgreSQL
    story = store.add_document(_quote_doc(make_doc, "https://a.ru/2")).story_id
    rows = [(story, f"k{i}", None, f"имя {i}", f"текст {i}") for i in range(5)]
    with store.batch():
        ids = store._insert_returning_ids(
            "INSERT INTO story_quotes (story_id, speaker_key, speaker_id, speaker_name, text) "
            "VALUES (?, ?, ?, ?, ?) RETURNING id", rows)
    assert ids == sorted(ids) and len(set(ids)) == 5
    stored = dict(store._execute(f"SELECT id, text FROM story_quotes WHERE id IN ({', '.join('?' * 5)})", ids))
    assert [stored[i] for i in ids] == [r[4] for r in rows]


@pytest.mark.parametrize("title, body", [
    ("COVID-19 и евро-2020", "Су-57 взлетел в 1995-1997гг, -5 градусов"),
    ("Обычный заголовок", "Текст без чисел со знаком, но с дефисом: из-за погоды"),
    ("", ""),
])
def test_full_text_vector_is_the_unsigned_one(pg_url, analyzer, make_doc, title, body):
    with open_store(pg_url, analyzer=analyzer) as store:
        article_id = store.add_document(make_doc("Заголовок", ["Текст статьи."], url="https://a.ru/3")).article_id
        store._execute("DELETE FROM article_search WHERE article_id = ?", (article_id,))
        store._fts_write(article_id, title, body)
        got, expected = store._one(
            "SELECT s.fts::text, (setweight(khronika_unsign(to_tsvector('russian', ?)), 'A') || "
            "setweight(khronika_unsign(to_tsvector('russian', ?)), 'B'))::text "
            "FROM article_search s WHERE s.article_id = ?", (title, body, article_id))
        assert got == expected
        if "19" in title:
            assert "'19'" in got and "'-19'" not in got


def test_band_matches_in_one_query_are_the_two_queries_rows(pg_url, analyzer, make_doc):
    docs = _documents(make_doc)
    with open_store(pg_url, analyzer=analyzer) as store:
        store.lsh_recent_max, store.lsh_recent_per_article = 64, 0  # rows in both tables
        for start in range(0, len(docs), 10):
            with store.batch():
                for doc in docs[start:start + 10]:
                    if doc is docs[len(docs) // 2]:  # the later ones stay in lsh_recent
                        store.lsh_recent_max, store._lsh_recent_rows = 10**9, None
                    store.add_document(doc)
        assert store._one("SELECT count(*) FROM lsh_bands")[0] and store._one("SELECT count(*) FROM lsh_recent")[0]
        checked = 0
        for doc in docs:
            fp = dedup.fingerprint(doc.article.title, doc.article.body)
            if fp.empty:
                continue
            for page_key in ("another:page", store._one("SELECT page_key FROM articles ORDER BY id LIMIT 1")[0]):
                one = sorted(tuple(r) for r in store._band_matches(fp.bands(), page_key))
                two = sorted(set(tuple(r) for r in SqlStore._band_matches(store, fp.bands(), page_key)))
                assert one == two
                checked += bool(one)
        assert checked


def test_articles_looked_up_once_per_batch_and_other_writers_seen(pg_url, analyzer, make_doc):
    docs = _documents(make_doc)[:9]
    with open_store(pg_url, analyzer=analyzer) as store, open_store(pg_url, analyzer=analyzer) as other:
        looks = []
        execute = store._execute

        def counting(sql, params=()):
            if sql.startswith("SELECT id, day, story_id"):
                looks.append(sql)
            return execute(sql, params)

        store._execute = counting
        store.add_document(docs[0])  # the writer state's first load
        assert not store._others_locked_out()
        looks.clear()
        with store.batch():
            for doc in docs[1:4]:
                store.add_document(doc)
                assert store._others_locked_out()
        assert len(looks) == 1 and not store._others_locked_out()
        # Another writer's article, committed between two batches, is in the next batch's index.
        added = other.add_document(docs[4]).article_id
        looks.clear()
        with store.batch():
            for doc in docs[5:7]:
                store.add_document(doc)
        assert len(looks) == 1 and added in store._index.positions
        # Lone writes (a batch of one each) look every time.
        looks.clear()
        for doc in docs[7:9]:
            store.add_document(doc)
        assert len(looks) == 2
