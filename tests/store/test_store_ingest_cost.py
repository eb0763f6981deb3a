"""What makes a write cheap, on both backends: statements per article that do not
grow with its actors, quotes or events; rows the writer skips because a finished
write already stored them; multi-row INSERTs; and that none of it changes what is
stored (see conftest.store)."""
from __future__ import annotations

from collections import Counter

import pytest

from khronika.errors import StoreError
from khronika.store import open_store

PEOPLE = [(f"per:person-{i}", f"Персона{i} Фамилия{i}", "PER") for i in range(8)]


def crowd_doc(make_doc, url: str, n_actors: int, n_quotes: int, title: str | None = None, first: int = 0,
              **kw):
    """An article naming `n_actors` people (from PEOPLE[first]), `n_quotes` of whom are quoted, with one event."""
    people = PEOPLE[first:first + n_actors]
    paragraphs = [f"{name} выступил на форуме в Казани." for _, name, _ in people]
    quotes = []
    for i, (actor_id, name, _) in enumerate(people[:n_quotes]):
        text = f"Мы обсудили вопрос номер {i} о поставках зерна и газа"
        paragraphs.append(f"«{text}», — заявил {name}.")
        quotes.append((text, actor_id, name))
    return make_doc(
        title or f"Форум в Казани собрал {n_actors} участников", paragraphs, url=url,
        actors=[(*p, [p[1]]) for p in people], quotes=quotes,
        events=[("CONSULT", "выступил на форуме", [people[0][0]], [people[1][0]], "2024-04-19")], **kw,
    )


def statement_label(sql: str) -> str:
    """"INSERT quotes", "SELECT story_quotes", "UPDATE stories": the verb and its first table."""
    words = sql.replace("(", " ").split()
    if words[0] == "UPDATE":
        return f"UPDATE {words[1]}"
    table = next((words[i + 1] for i, w in enumerate(words[:-1]) if w in ("INTO", "FROM")), "")
    return f"{words[0]} {table}"


def count_statements(store) -> Counter:
    """Wrap the store's SQL hooks; the counter fills as statements run ("many …" for multi-row ones,
    "returning …" for a write's rows whose ids come back, `_insert_returning_ids`: one statement
    each on SQLite, through `_execute`, one multi-row statement on PostgreSQL)."""
    counts: Counter = Counter()
    execute, executemany, returning = store._execute, store._executemany, store._insert_returning_ids

    def counted_execute(sql, params=()):
        counts[statement_label(sql)] += 1
        return execute(sql, params)

    def counted_executemany(sql, rows):
        if rows:
            counts["many " + statement_label(sql).split()[1]] += 1
        return executemany(sql, rows)

    def counted_returning(sql, rows):
        counts["returning " + statement_label(sql).split()[1]] += 1
        return returning(sql, rows)

    store._execute, store._executemany, store._insert_returning_ids = (
        counted_execute, counted_executemany, counted_returning)
    return counts


def warm_up(store, make_doc) -> None:
    """A first write loads the writer's state (story index, idf), which costs statements of its own."""
    store.add_document(make_doc("Разминка", ["Ничего не случилось."], url="https://warm.example/0"))


def test_statements_per_article_do_not_grow_with_actors(store, make_doc):
    warm_up(store, make_doc)
    counts = count_statements(store)
    store.add_document(crowd_doc(make_doc, "https://a.example/1", 2, 0, "Первый форум в Казани"))
    few = sum(counts.values())
    counts.clear()
    # A month later: its own story too, so the two writes do the same kinds of work.
    store.add_document(crowd_doc(make_doc, "https://b.example/2", 6, 0, "Второй форум в Самаре", first=2,
                                 published="2024-05-19T10:00:00+03:00"))
    assert sum(counts.values()) == few
    assert counts["INSERT actors"] == 0 and counts["many actors"] == 1  # all six in one statement


def test_quotes_cost_one_statement_each_plus_one(store, make_doc):
    warm_up(store, make_doc)
    counts = count_statements(store)
    store.add_document(crowd_doc(make_doc, "https://a.example/1", 6, 5))
    # A new story: nothing to merge with, so no look-ups; the new merged quotes inserted together
    # (their ids are needed): one INSERT each on SQLite, one multi-row INSERT on PostgreSQL
    # (bench/RESULTS.md, the PostgreSQL write path's first round); and one multi-row INSERT of
    # the article's quotes.
    assert counts["returning story_quotes"] == 1
    assert counts["INSERT story_quotes"] == (0 if hasattr(store, "_psycopg") else 5)
    assert counts["SELECT story_quotes"] == counts["SELECT story_events"] == 0
    assert counts["many quotes"] == 1 and counts["INSERT quotes"] == 0
    # The same article again under another URL joins that story: one look-up for its quotes.
    counts.clear()
    store.add_document(crowd_doc(make_doc, "https://b.example/2", 6, 5))
    assert counts["SELECT story_quotes"] == 1 and counts["INSERT story_quotes"] == 0


def test_known_rows_are_not_inserted_again(store, make_doc):
    store.add_document(crowd_doc(make_doc, "https://a.example/1", 4, 1))
    counts = count_statements(store)
    store.add_document(crowd_doc(make_doc, "https://a.example/2", 4, 1, "Ещё один форум"))
    assert counts["INSERT sources"] == 0 and counts["many actors"] == 0


def test_a_new_story_holds_the_counts_a_refresh_would_give(store, make_doc):
    for url, title, body, published in (
        ("https://a.example/1", "Погода в Казани", "Дождь и ветер до вечера.", "2024-04-19T10:00:00+03:00"),
        ("https://b.example/2", "Сборная выиграла матч", "Футболисты победили со счетом 3:0.", None),
    ):
        result = store.add_document(make_doc(title, [body], url=url, published=published))
        written = store.get_story(result.story_id).summary
        store._refresh_story(result.story_id)
        refreshed = store.get_story(result.story_id).summary
        assert (written.n_articles, written.n_sources, written.first_seen, written.last_seen) == \
            (refreshed.n_articles, refreshed.n_sources, refreshed.first_seen, refreshed.last_seen) == \
            (1, 1, published, published)


def test_merges_within_one_article_and_with_the_story(store, make_doc):
    """Quotes and events merge with the story's earlier ones and with each other in one article."""
    first = store.add_document(crowd_doc(make_doc, "https://a.example/1", 3, 2))
    second = store.add_document(crowd_doc(make_doc, "https://b.example/2", 3, 2))
    assert first.story_id == second.story_id
    story = store.get_story(first.story_id)
    assert [q.n_reports for q in story.quotes] == [2, 2]
    assert [e.n_reports for e in story.events] == [2]
    repeat = make_doc("Форум: дважды одно и то же", ["«Мы обсудили газ и зерно», — заявил Персона0 Фамилия0.",
                                                     "Он повторил: «мы обсудили газ и зерно»."],
                      url="https://c.example/3", actors=[(*PEOPLE[0], ["Персона0 Фамилия0"])],
                      quotes=[("Мы обсудили газ и зерно", PEOPLE[0][0], PEOPLE[0][1]),
                              ("мы обсудили газ и зерно", PEOPLE[0][0], PEOPLE[0][1])])
    result = store.add_document(repeat)
    quotes = store.quotes(article_id=result.article_id)
    assert len(quotes) == 2 and quotes[0].story_quote_id == quotes[1].story_quote_id


def test_a_failed_write_leaves_no_remembered_rows(store, make_doc):
    """Rows of a rolled-back write (a new outlet, new actors) are not taken as stored."""
    real_fts_write = store._fts_write

    def failing_fts_write(*args):
        raise RuntimeError("disk full")

    store._fts_write = failing_fts_write
    with store.batch():
        with pytest.raises(RuntimeError):
            store.add_document(crowd_doc(make_doc, "https://new-outlet.example/1", 3, 1))
    store._fts_write = real_fts_write
    result = store.add_document(crowd_doc(make_doc, "https://new-outlet.example/1", 3, 1))
    assert result.status == "new"
    assert store.get_actor(PEOPLE[2][0]) is not None
    assert store.list_articles(outlet="new-outlet.example")[0].id == result.article_id


def test_a_rolled_back_batch_forgets_remembered_rows(store, make_doc):
    with pytest.raises(RuntimeError):
        with store.batch():
            store.add_document(crowd_doc(make_doc, "https://gone.example/1", 3, 1))
            raise RuntimeError("killed")
    result = store.add_document(crowd_doc(make_doc, "https://gone.example/2", 3, 1))
    assert store.get_actor(PEOPLE[1][0]) is not None and result.status == "new"


@pytest.mark.parametrize("n_rows", [1, 2, 60, 1201])
def test_multi_row_insert_round_trips_any_values(store, n_rows):
    """Many rows in one statement (chunked), with placeholder-like text and NULLs."""
    rows = [(f"src-{i} 50% ? $1 %s", None if i % 2 else f"x{i}") for i in range(n_rows)]
    store._execute("CREATE TABLE cost_probe (name TEXT PRIMARY KEY, note TEXT)")
    store._executemany("INSERT INTO cost_probe (name, note) VALUES (?, ?) ON CONFLICT DO NOTHING", rows)
    assert sorted(store._execute("SELECT name, note FROM cost_probe")) == sorted(rows)


def test_postgres_multi_row_insert_errors_are_store_errors(pg_url, analyzer):
    with open_store(pg_url, analyzer=analyzer) as store:
        store._execute("CREATE TABLE cost_probe (name TEXT PRIMARY KEY)")
        with pytest.raises(StoreError, match="duplicate key"):
            store._executemany("INSERT INTO cost_probe (name) VALUES (?)", [("a",), ("a",)])
