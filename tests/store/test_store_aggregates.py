"""Actor aggregates (migration 0003) always equal a recount from the layers.

The recount here is written independently of `khronika.store.aggregates`:
plain Python over the current articles' mention, quote and event rows.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from khronika.ingest.rawpage import RawPage
from khronika.store import open_store

PUTIN = ("per:vladimir-putin", "Владимир Путин", "PER")
XI = ("per:xi-jinping", "Си Цзиньпин", "PER")
LAVROV = ("per:sergey-lavrov", "Сергей Лавров", "PER")

TALKS = [
    "Президент России Владимир Путин провел переговоры с председателем КНР Си Цзиньпином в Кремле.",
    "«Мы обсудили энергетику и торговлю», — заявил Путин журналистам после встречи.",
]
VISIT = [
    "Министр иностранных дел Сергей Лавров встретился с Си Цзиньпином в Пекине.",
    "Владимир Путин обвинил Запад в срыве переговоров.",
]


def talks(make_doc, url, published="2024-04-19T10:00:00+03:00"):
    return make_doc(
        "Путин провел переговоры с Си Цзиньпином", TALKS, url=url, published=published,
        actors=[(*PUTIN, ["Владимир Путин", "Путин журналистам"[:5]]), (*XI, ["Си Цзиньпином"])],
        quotes=[("Мы обсудили энергетику и торговлю", PUTIN[0], PUTIN[1])],
        events=[("CONSULT", "провел переговоры", [PUTIN[0]], [XI[0]], "2024-04-18")],
    )


def visit(make_doc, url, published="2024-04-20T09:00:00+03:00"):
    return make_doc(
        "Лавров встретился с Си Цзиньпином", VISIT, url=url, published=published,
        actors=[(*LAVROV, ["Сергей Лавров"]), (*XI, ["Си Цзиньпином"]), (*PUTIN, ["Владимир Путин"])],
        events=[("CONSULT", "встретился", [LAVROV[0]], [XI[0]], None),
                ("ACCUSE", "обвинил", [PUTIN[0]], [], None)],
    )


def recount(store) -> tuple[dict, dict, dict]:
    """(stats, days, pairs) from the layer tables of current articles."""
    run = store._execute
    published = {int(i): p for i, p in run("SELECT id, published FROM articles WHERE is_current = 1")}
    stats: dict[str, list] = defaultdict(lambda: [set(), 0, 0, set(), set(), set()])
    days: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    per_article: dict[int, set[str]] = defaultdict(set)
    for article_id, actor_id in run("SELECT article_id, actor_id FROM mentions WHERE actor_id IS NOT NULL"):
        if int(article_id) in published:
            stats[actor_id][0].add(int(article_id))
            stats[actor_id][1] += 1
            per_article[int(article_id)].add(actor_id)
            if published[int(article_id)]:
                days[(actor_id, published[int(article_id)][:10])][0] += 1
    for (actor_id, day), n in Counter(
        (a, published[i][:10]) for i, actors in per_article.items() for a in actors if published[i]
    ).items():
        days[(actor_id, day)][1] += n
    for article_id, speaker in run("SELECT article_id, speaker_id FROM quotes WHERE speaker_id IS NOT NULL"):
        if int(article_id) in published:
            stats[speaker][2] += 1
            if published[int(article_id)]:
                days[(speaker, published[int(article_id)][:10])][2] += 1
    event_days = {}
    for article_id, idx, actor_id, role, date in run(
        "SELECT ea.article_id, ea.event_idx, ea.actor_id, ea.role, e.date FROM event_actors ea "
        "JOIN events e ON e.article_id = ea.article_id AND e.idx = ea.event_idx WHERE ea.actor_id IS NOT NULL"
    ):
        if int(article_id) not in published:
            continue
        event = (int(article_id), int(idx))
        stats[actor_id][3].add(event)
        if role == "source":
            stats[actor_id][4].add(event)
        if role == "target":
            stats[actor_id][5].add(event)
        event_days[(actor_id, event)] = (date or published[int(article_id)] or "")[:10]
    for (actor_id, _), day in event_days.items():
        if day:
            days[(actor_id, day)][3] += 1
    pairs = Counter((a, b) for actors in per_article.values() for a in actors for b in actors if a != b)
    flat = {a: (len(s[0]), s[1], s[2], len(s[3]), len(s[4]), len(s[5])) for a, s in stats.items()}
    return flat, {k: tuple(v) for k, v in days.items()}, dict(pairs)


def stored(store) -> tuple[dict, dict, dict]:
    run = store._execute
    stats = {r[0]: tuple(int(v) for v in r[1:]) for r in run(
        "SELECT actor_id, n_articles, n_mentions, n_quotes, n_events, n_events_source, n_events_target "
        "FROM actor_stats") if any(r[1:])}
    days = {(r[0], r[1]): tuple(int(v) for v in r[2:]) for r in run(
        "SELECT actor_id, day, mentions, articles, quotes, events FROM actor_days")}
    pairs = {(r[0], r[1]): int(r[2]) for r in run("SELECT actor_id, other_id, n_articles FROM actor_pairs")}
    return stats, days, pairs


def first_last(store) -> dict[str, tuple[str, str]]:
    return {r[0]: (r[1], r[2]) for r in store._execute(
        "SELECT actor_id, first_day, last_day FROM actor_stats WHERE first_day IS NOT NULL")}


def test_aggregates_follow_ingest_new_versions_reprocess_and_reingest(store, make_doc):
    raw = RawPage("a.txt", "версия 1".encode(), "text", url="https://tass.ru/1")
    store.add_document(talks(make_doc, "https://tass.ru/1"), raw)
    store.add_document(visit(make_doc, "https://ria.ru/2"))
    store.add_document(talks(make_doc, "https://kommersant.ru/3", published=None))
    assert stored(store) == recount(store)
    putin = store.get_actor(PUTIN[0])
    assert (putin.n_articles, putin.n_quotes, putin.n_events) == (3, 2, 3)

    # A new version of page 1 replaces its counts (now the visit text, published later).
    store.add_document(visit(make_doc, "https://tass.ru/1", published="2024-05-01T08:00:00+03:00"),
                       RawPage("a.txt", "версия 2".encode(), "text", url="https://tass.ru/1"))
    assert stored(store) == recount(store)
    # Re-ingesting the same bytes is a no-op.
    store.add_document(talks(make_doc, "https://tass.ru/1"), raw)
    assert stored(store) == recount(store)

    # Reprocess: the second article's layers are rederived with fewer actors.
    target = store.list_articles(outlet="ria.ru")[0].id
    store.replace_layers(target, make_doc("Лавров встретился с Си Цзиньпином", VISIT, url="https://ria.ru/2",
                                          actors=[(*LAVROV, ["Сергей Лавров"])]))
    assert stored(store) == recount(store)
    lavrov = store.get_actor(LAVROV[0])  # now only page 1 (version 2) has his event and co-actors
    assert (lavrov.n_articles, lavrov.n_events) == (2, 1)
    assert sorted((c.actor_id, c.n_articles) for c in store.co_occurring(LAVROV[0])) == [(PUTIN[0], 1), (XI[0], 1)]
    assert [(d.day, d.events) for d in store.actor_days(XI[0]) if d.events] == [("2024-04-18", 1), ("2024-05-01", 1)]
    assert first_last(store)[PUTIN[0]] == ("2024-04-18", "2024-05-01")


def test_migration_backfills_an_existing_store(store_url, analyzer, make_doc):
    with open_store(store_url, analyzer=analyzer) as store:
        store.add_document(talks(make_doc, "https://tass.ru/1"))
        store.add_document(visit(make_doc, "https://ria.ru/2"))
        store.add_document(visit(make_doc, "https://tass.ru/1", published="2024-05-01T08:00:00+03:00"))
        expected = stored(store)
        expected_days = first_last(store)
        ranking = [(a.id, a.n_articles) for a in store.actors(limit=5)]
        assert expected == recount(store)
        assert ranking == [(LAVROV[0], 2), (PUTIN[0], 2), (XI[0], 2)]  # ties by id
        # Back to a version-2 store: the aggregates are gone and must be rebuilt on open.
        for statement in ("DROP TABLE actor_stats", "DROP TABLE actor_days", "DROP TABLE actor_pairs",
                          "DROP INDEX mentions_actor_article", "DELETE FROM schema_migrations WHERE version IN (3, 4)"):
            store._execute(statement)
    with open_store(store_url, analyzer=analyzer) as reopened:
        assert {3, 4} <= {m[0] for m in reopened.migrations()}  # 4 rebuilds the tables 3 made
        assert stored(reopened) == expected
        assert first_last(reopened) == expected_days
        assert [(a.id, a.n_articles) for a in reopened.actors(limit=5)] == ranking


def test_on_migrate_names_each_upgrade_but_not_a_new_store(store_url, analyzer):
    seen: list[str] = []
    with open_store(store_url, analyzer=analyzer, on_migrate=seen.append) as store:
        assert seen == []  # a new store is created, not upgraded
        store._execute("DELETE FROM schema_migrations WHERE version = 4")
        store._execute("DROP TABLE actor_days")
        store._execute("DROP TABLE actor_pairs")
        # 0004 rebuilds them from 0003's tables: recreate those as 0003 left them
        store._execute("CREATE TABLE actor_days (actor_id TEXT NOT NULL, day TEXT NOT NULL, mentions INTEGER NOT NULL "
                       "DEFAULT 0, articles INTEGER NOT NULL DEFAULT 0, quotes INTEGER NOT NULL DEFAULT 0, events "
                       "INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (actor_id, day))")
        store._execute("CREATE TABLE actor_pairs (actor_id TEXT NOT NULL, other_id TEXT NOT NULL, "
                       "n_articles INTEGER NOT NULL, PRIMARY KEY (actor_id, other_id))")
    with open_store(store_url, analyzer=analyzer, on_migrate=seen.append):
        assert seen == ["0004_clustered_aggregates"]
