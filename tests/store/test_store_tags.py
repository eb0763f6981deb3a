"""Filter tags (store/tags.py) only pre-filter: results equal the plain SQL filters."""
from __future__ import annotations

import pytest

from khronika.store import open_store
from khronika.store.query import parse_query
from khronika.store.tags import (
    ACTOR, EVENT, MONTH, NAME_END, TagGroup, actor_group, last_word, match_expression, month_group, tag,
)

MERKEL = ("per:angela-merkel", "Ангела Меркель", "PER")
LAVROV = ("per:sergey-lavrov", "Сергей Лавров", "PER")


@pytest.mark.parametrize("value, key, aliases, speaker, expected", [
    ("Меркель", "меркель", ["per:angela-merkel"], False,
     {tag(ACTOR, "Меркель"), tag(ACTOR, "per:angela-merkel"), tag(NAME_END, "меркель")}),
    # a multi-word key is matched as `key` or `… key`: its last word is implied
    ("Ангела Меркель", "ангела меркель", [], False, {tag(ACTOR, "Ангела Меркель"), tag(NAME_END, "меркель")}),
    ("Песков", "песков", [], True, {tag("xs", "Песков"), tag("xk", "песков")}),
    # no key, no tag for names: no pre-filter at all (the SQL filter alone decides)
    ("!!", "", [], False, None),
])
def test_actor_group(value, key, aliases, speaker, expected):
    group = actor_group(value, key, aliases, speaker=speaker)
    assert (set(group.tags) if group else None) == expected


@pytest.mark.parametrize("first, last, months", [
    ("2024-01-15", "2024-03-02", ["2024-01", "2024-02", "2024-03"]),
    ("2023-12-31", "2024-01-01", ["2023-12", "2024-01"]),
    ("2024-05-01", "2024-04-30", None),  # empty range: no group
    ("2020-01-01", "2024-12-31", None),  # over MAX_MONTHS: left to SQL
])
def test_month_group(first, last, months):
    group = month_group(first, last)
    assert (group.tags if group else None) == (tuple(tag(MONTH, m) for m in months) if months else None)


def test_tags_are_single_fts_tokens_and_the_expression_ands_groups():
    assert tag(EVENT, "CONSULT") == "xe" + "CONSULT".encode().hex() and tag(EVENT, "CONSULT").isalnum()
    assert last_word("федеральный канцлер ангела меркель") == "меркель"
    assert match_expression([TagGroup(("a1", "a2")), TagGroup(("b",))]) == 'tags : ("a1" OR "a2") AND tags : ("b")'


@pytest.fixture
def tagged_store(store, make_doc):
    docs = [
        make_doc("Меркель и Лавров провели переговоры", ["Ангела Меркель и Сергей Лавров провели переговоры в Берлине."],
                 url="https://tass.ru/1", actors=[(*MERKEL, ["Ангела Меркель"]), (*LAVROV, ["Сергей Лавров"])],
                 events=[("CONSULT", "провели переговоры", [MERKEL[0]], [LAVROV[0]], None)]),
        # the same names without actor ids: found through their keys
        make_doc("Переговоры в Берлине", ["Канцлер Ангела Меркель заявила, что переговоры продолжатся."],
                 url="https://ria.ru/2", published="2024-02-10T10:00:00+03:00", actors=[("", "Ангела Меркель", "PER", ["Ангела Меркель"])],
                 quotes=[("переговоры продолжатся", None, "Ангела Меркель")]),
        make_doc("Лавров обвинил соседей", ["Сергей Лавров обвинил соседей, переговоры сорваны."],
                 url="https://rbc.ru/3", published="2023-12-30T23:00:00+03:00", actors=[(*LAVROV, ["Сергей Лавров"])],
                 quotes=[("переговоры сорваны", LAVROV[0], LAVROV[1])],
                 events=[("ACCUSE", "обвинил", [LAVROV[0]], [], None)]),
        make_doc("Погода", ["Переговоры синоптиков о погоде."], url="https://tass.ru/4"),
    ]
    for doc in docs:
        for mention in doc.mentions:  # "" stands for "no actor id" in the fixture above
            mention.actor_id = mention.actor_id or None
        for actor in list(doc.actors):
            if not actor.id:
                doc.actors.remove(actor)
        store.add_document(doc)
    return store


QUERIES = [
    "переговоры actor:Меркель", "actor:Меркель", "actor:Ангела Меркель", 'actor:"Ангела Меркель" переговоры',
    "actor:per:angela-merkel", "actor:Лавров переговоры", "speaker:Меркель", "speaker:Лавров переговоры",
    "speaker:per:sergey-lavrov", "event:CONSULT", "event:ACCUSE переговоры", "event:11", "event:04 actor:Лавров",
    "actor:Никто переговоры", "переговоры event:CONSULT actor:Лавров source:tass.ru",
    "переговоры source:tass.ru", "переговоры source:tass", "source:ria.ru", "переговоры source:nowhere.org",
    "переговоры source:rbc.ru source:ria.ru", "переговоры from:2024-01-01", "переговоры to:2023-12",
    "переговоры from:2024-02 to:2024-02", "from:2023-12-30 to:2023-12-30", "переговоры to:1999-01-01",
]


@pytest.mark.parametrize("query", QUERIES)
def test_tagged_search_equals_sql_filters(tagged_store, query, monkeypatch):
    if "1999" not in query:  # before the first article: no months, no group
        assert tagged_store._tag_groups(parse_query(query))  # the others all have a taggable filter
    with_tags = [(h.article.id, h.score) for h in tagged_store.search(query)]
    monkeypatch.setattr(type(tagged_store), "_tag_groups", lambda self, parsed: [])
    assert [(h.article.id, h.score) for h in tagged_store.search(query)] == with_tags


def test_filter_only_queries_use_the_tags(tagged_store):
    found = {h.article.title for h in tagged_store.search("actor:Меркель")}
    assert found == {"Меркель и Лавров провели переговоры", "Переговоры в Берлине"}


def stored_tags(store) -> list[tuple[int, str]]:
    if hasattr(store, "path"):  # SQLite: the FTS5 column
        rows = store._execute("SELECT rowid, tags FROM article_fts")
    else:  # PostgreSQL: the tsvector's lexemes
        rows = store._execute("SELECT article_id, array_to_string(tsvector_to_array(tags), ' ') FROM article_search")
    return sorted((int(r), " ".join(sorted(t.lower().split()))) for r, t in rows)


def test_migration_computes_the_tags_the_writer_writes(analyzer, tagged_store, store_url):
    written = stored_tags(tagged_store)
    assert all(t for _, t in written)  # every article has at least its outlet and month
    # Back to a version-4 store (no tags), then reopen: migration 0005 recomputes them.
    if hasattr(tagged_store, "path"):
        for statement in (
            "DROP TABLE article_fts",
            "CREATE VIRTUAL TABLE article_fts USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 0')",
            "INSERT INTO article_fts (rowid, title, body) SELECT id, title, title FROM articles WHERE is_current = 1",
        ):
            tagged_store._execute(statement)
    else:
        tagged_store._execute("DROP INDEX article_search_tags")
        tagged_store._execute("ALTER TABLE article_search DROP COLUMN tags")
    tagged_store._execute("DELETE FROM schema_migrations WHERE version = 5")
    tagged_store.close()
    with open_store(store_url, analyzer=analyzer) as reopened:
        assert stored_tags(reopened) == written
