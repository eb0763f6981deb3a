"""Review tests: actor aggregates stay equal to a recount through rollbacks,
reprocessing, odd dates and the migration backfill; search planner settings
do not leak into an open batch; paging inside the rank window is consistent."""
from __future__ import annotations

import pytest

from khronika.store import open_store
from khronika.store.postgres import PostgresStore
from test_store_aggregates import LAVROV, PUTIN, XI, recount, stored, talks, visit

SHOIGU = ("per:sergey-shoigu", "Сергей Шойгу", "PER")
MIXED = [
    "Сергей Шойгу и Сергей Лавров обсудили Си Цзиньпина и Си Цзиньпином встречу.",
    "Шойгу заявил: «Работа продолжается», а Лавров обвинил Шойгу в медлительности.",
]


def mixed(make_doc, url, published="2024-06-01T10:00:00+03:00"):
    # An actor as both source and target, repeated in one role, an event with its own date,
    # a quote by a speaker never mentioned (Xi), repeated mentions of one actor.
    return make_doc(
        "Шойгу и Лавров", MIXED, url=url, published=published,
        actors=[(*SHOIGU, ["Сергей Шойгу", "Шойгу заявил"[:5]]), (*LAVROV, ["Сергей Лавров"]),
                (*XI, ["Си Цзиньпина", "Си Цзиньпином"])],
        quotes=[("Работа продолжается", XI[0], XI[1])],
        events=[("ACCUSE", "обвинил", [LAVROV[0], LAVROV[0]], [SHOIGU[0], LAVROV[0]], "2024-05-30"),
                ("CONSULT", "обсудили", [SHOIGU[0], LAVROV[0]], [XI[0]], "")],
    )


def consistent(store) -> None:
    assert stored(store) == recount(store)


def test_savepoint_rollback_of_a_new_version_restores_aggregates(store, make_doc, monkeypatch):
    with store.batch():
        store.add_document(talks(make_doc, "https://tass.ru/1"))
        store.add_document(mixed(make_doc, "https://ria.ru/2"))
    before = stored(store)
    real = store._refresh_story

    def boom(story_id):
        real(story_id)
        raise RuntimeError("fail after the aggregates were written")

    with store.batch():
        monkeypatch.setattr(store, "_refresh_story", boom)
        with pytest.raises(RuntimeError):
            # A new version of page 1: -1 of the old version and +1 of the new one, then a failure.
            store.add_document(visit(make_doc, "https://tass.ru/1", published="2024-07-01T10:00:00+03:00"))
        monkeypatch.setattr(store, "_refresh_story", real)
        store.add_document(mixed(make_doc, "https://kommersant.ru/3", published=None))
    consistent(store)
    after = stored(store)
    assert after[0][SHOIGU[0]][0] == before[0][SHOIGU[0]][0] + 1  # only the third article added
    assert after[0][PUTIN[0]] == before[0][PUTIN[0]]


def test_reprocess_changes_and_odd_dates_keep_aggregates_exact(store, make_doc):
    store.add_document(mixed(make_doc, "https://a.ru/1"))
    store.add_document(mixed(make_doc, "https://b.ru/2", published=""))
    store.add_document(talks(make_doc, "https://c.ru/3", published=None))
    store.add_document(visit(make_doc, "https://a.ru/1", published="2024-08-01T10:00:00+03:00"))  # v2 of page 1
    consistent(store)
    ids = {a.url: a.id for a in store.list_articles(current_only=False, limit=100)}
    old_v1 = min(a.id for a in store.list_articles(current_only=False, limit=100) if a.url == "https://a.ru/1")
    # Reprocessing a superseded version must not touch the aggregates.
    store.replace_layers(old_v1, mixed(make_doc, "https://a.ru/1"))
    consistent(store)
    # Reprocessing a current article that gains a publication date and loses actors.
    store.replace_layers(ids["https://c.ru/3"], visit(make_doc, "https://c.ru/3", published="2024-03-01T10:00:00+03:00"))
    consistent(store)
    # ... and one that loses its date.
    store.replace_layers(ids["https://b.ru/2"], mixed(make_doc, "https://b.ru/2", published=None))
    consistent(store)
    shoigu = store.get_actor(SHOIGU[0])
    assert (shoigu.n_articles, shoigu.n_events) == (1, 2)
    days = {d.day for d in store.actor_days(SHOIGU[0])}
    assert days == {"2024-05-30"}  # event dates only: the current mixed article has no publication date


def test_backfill_equals_incremental_on_odd_dates(store_url, analyzer, make_doc):
    with open_store(store_url, analyzer=analyzer) as store:
        store.add_document(mixed(make_doc, "https://a.ru/1"))
        store.add_document(mixed(make_doc, "https://b.ru/2", published=""))
        store.add_document(talks(make_doc, "https://c.ru/3", published=None))
        store.add_document(visit(make_doc, "https://a.ru/1", published="2024-08-01T10:00:00+03:00"))
        expected = stored(store)
        assert expected == recount(store)
        first_last = store._execute("SELECT actor_id, first_day, last_day FROM actor_stats ORDER BY actor_id")
        for statement in ("DROP TABLE actor_stats", "DROP TABLE actor_days", "DROP TABLE actor_pairs",
                          "DROP INDEX mentions_actor_article", "DELETE FROM schema_migrations WHERE version = 3"):
            store._execute(statement)
    with open_store(store_url, analyzer=analyzer) as reopened:
        assert stored(reopened) == expected
        assert reopened._execute(
            "SELECT actor_id, first_day, last_day FROM actor_stats ORDER BY actor_id") == first_last


def test_paging_inside_the_rank_window(store, make_doc):
    for i in range(7):
        store.add_document(make_doc(f"Переговоры {i}", ["Переговоры " * (i % 3 + 1) + "идут."],
                                    url=f"https://x.ru/{i}", published=f"2024-01-{i + 1:02d}T10:00:00+03:00"))
    store.rank_window = 5
    for query in ("переговоры", "переговоры from:2024-01-01"):
        whole = [h.article.id for h in store.search(query, limit=10)]
        assert len(whole) == 5
        paged = [h.article.id for off in range(0, 6, 2) for h in store.search(query, limit=2, offset=off)]
        assert paged == whole
        assert store.search(query, limit=2, offset=5) == []


def test_search_inside_a_batch_does_not_leak_planner_settings(pg_url, analyzer, make_doc):
    with open_store(pg_url, analyzer=analyzer) as store:
        _search_in_batch_keeps_planner_settings(store, make_doc)


def _search_in_batch_keeps_planner_settings(store, make_doc):
    assert isinstance(store, PostgresStore)
    store.add_document(make_doc("Переговоры", ["Переговоры идут."], url="https://x.ru/1"))
    with store.batch():
        assert store.search("переговоры")
        settings = store._execute("SELECT current_setting('enable_seqscan'), current_setting('enable_indexscan')")
        store.add_document(make_doc("Другое", ["Переговоры снова."], url="https://x.ru/2"))
    assert settings == [("on", "on")]
    outside = store._execute("SELECT current_setting('enable_seqscan'), current_setting('enable_indexscan')")
    assert outside == [("on", "on")]
    assert [h.article.url for h in store.search("переговоры")]


def _solo(make_doc, url, actor, title, body):
    return make_doc(title, [body], url=url, published="2024-09-01T10:00:00+03:00",
                    actors=[(*actor, [actor[1]])])


def test_two_postgres_batches_touching_the_same_actors_do_not_deadlock(pg_url, analyzer, make_doc):
    import threading

    store_url = pg_url
    texts = {
        "a1": ("Шойгу осмотрел верфь", "Сергей Шойгу осмотрел новую верфь на севере страны вчера утром."),
        "a2": ("Лавров прибыл в Анкару", "Сергей Лавров прибыл в Анкару для разговора о транзите газа."),
        "b1": ("Лавров выступил в ООН", "Сергей Лавров выступил на сессии Генассамблеи ООН в Нью-Йорке."),
        "b2": ("Шойгу вручил награды", "Сергей Шойгу вручил награды выпускникам военной академии в Москве."),
    }
    # The actors, their aliases, stats rows and the outlet exist (committed) already, so before
    # migration 0003 the two batches below shared no row at all (each page starts its own story).
    with open_store(store_url, analyzer=analyzer) as setup:
        setup._execute("INSERT INTO sources (name) VALUES ('x.ru')")
        for actor_id, name, type_ in (SHOIGU, LAVROV):
            setup._execute("INSERT INTO actors (id, name, type, qid, known) VALUES (?, ?, ?, NULL, 1)",
                           (actor_id, name, type_))
            setup._execute("INSERT INTO actor_aliases (actor_id, alias_key, alias) VALUES (?, ?, ?)",
                           (actor_id, setup.key(name), name))
            if setup.migrations()[-1][0] >= 3:
                setup._execute("INSERT INTO actor_stats (actor_id) VALUES (?)", (actor_id,))
    # Since the seventeenth session a batch takes the store's write lock (review rev17_C 4), so the
    # second batch waits for the first at its start and the two never meet at the barrier: it then
    # times out and the first goes on alone (what this test guards, no deadlock, holds either way).
    barrier = threading.Barrier(2, timeout=3)
    errors: list[BaseException] = []

    def writer(first, second):
        try:
            with open_store(store_url, analyzer=analyzer) as mine:
                with mine.batch():
                    mine.add_document(_solo(make_doc, f"https://x.ru/{first[0]}", first[1], *texts[first[0]]))
                    try:
                        barrier.wait()
                    except threading.BrokenBarrierError:
                        pass
                    mine.add_document(_solo(make_doc, f"https://x.ru/{second[0]}", second[1], *texts[second[0]]))
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=writer, args=(("a1", SHOIGU), ("a2", LAVROV))),
               threading.Thread(target=writer, args=(("b1", LAVROV), ("b2", SHOIGU)))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    with open_store(store_url, analyzer=analyzer) as after:
        consistent(after)  # the two batches' deltas, applied at commit, add up exactly
        assert after._execute("SELECT n_articles FROM actor_stats WHERE actor_id IN (?, ?) ORDER BY actor_id",
                              (SHOIGU[0], LAVROV[0])) == [(2,), (2,)]
