"""Review rv20_T (a team on PostgreSQL), on both backends: an API ingest beside a CLI ingest
stores nothing twice (M1); a number after a hyphen is found (M2); a store URL is printed
without its password (L1); a bare outlet label matches its domain's subdomains (L2); the run
log names the stored article of an `unchanged` input, as the API's answer does (L4)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from khronika.errors import QueryError
from khronika.ingest.rawpage import RawPage
from khronika.store import open_store
from khronika.store.base import redact_url
from khronika.store.sql import raw_digest

PAGE = (Path(__file__).resolve().parents[2] / "examples" / "pages" / "002_txt_agency_tass.txt").read_text("utf-8")


def _bare_pipeline() -> Any:
    from khronika.nlp.pipeline import DEFAULT_ORDER, Pipeline

    return Pipeline.build(disable=list(DEFAULT_ORDER))


class _RacingPipeline:
    """The API's pipeline, during whose first page another writer (`khronika ingest`, its own
    connection) stores the same bytes: the moment the reviewer's concurrent runs hit."""

    def __init__(self, inner: Any, other_writer) -> None:
        self.inner, self.names, self._other = inner, inner.names, other_writer

    def __call__(self, article: Any) -> Any:
        if self._other is not None:
            other, self._other = self._other, None
            other()
        return self.inner(article)


# -- M1 + L4: one write path for the CLI and the API ------------------------------------------

def test_api_ingest_finds_the_page_another_writer_stored_meanwhile(store_url, tmp_path, analyzer):
    from khronika.api.ingesting import Ingester
    from khronika.store.ingest import ingest_pages

    pipeline = _bare_pipeline()
    folder = tmp_path / "cli"
    folder.mkdir()
    (folder / "119336_text.txt").write_text(PAGE, "utf-8")

    def cli_ingest() -> None:
        with open_store(store_url, analyzer=analyzer) as other:
            ingest_pages(other, [str(folder)], pipeline)

    with open_store(store_url, analyzer=analyzer) as store:
        ingester = Ingester(lambda: _RacingPipeline(pipeline, cli_ingest))
        answer = ingester(store, [RawPage(source="119336_text.txt", data=PAGE, kind="text")])
        (item,) = answer["items"]
        cli_article = store.known_raw_hash(raw_digest(RawPage(source="x", data=PAGE, kind="text")))
        assert (item["status"], item["article_id"]) == ("unchanged", cli_article)  # before: "new", a second id
        assert store.counts()["articles"] == 1
        logged = store.get_run(answer["run_id"]).items
        assert [(i.status, i.article_id) for i in logged] == [("unchanged", cli_article)]


# (how the page comes the second time) → the run log names the stored article, as the API does
UNCHANGED_TWICE = ["cli", "api"]


@pytest.mark.parametrize("second", UNCHANGED_TWICE)
def test_unchanged_input_names_the_stored_article_in_the_run_log(store_url, tmp_path, analyzer, second):
    from khronika.api.ingesting import Ingester
    from khronika.store.ingest import ingest_pages

    pipeline = _bare_pipeline()
    page = tmp_path / "a.txt"
    page.write_text(PAGE, "utf-8")
    with open_store(store_url, analyzer=analyzer) as store:
        first, _ = ingest_pages(store, [str(page)], pipeline)
        stored = store.get_run(first.run_id).items[0].article_id
        assert stored is not None
        if second == "cli":
            again, _ = ingest_pages(store, [str(page)], pipeline)
            run_id = again.run_id
        else:
            answer = Ingester(lambda: pipeline)(store, [RawPage(source="b.txt", data=PAGE, kind="text")])
            assert [(i["status"], i["article_id"]) for i in answer["items"]] == [("unchanged", stored)]
            run_id = answer["run_id"]
        assert [(i.status, i.article_id) for i in store.get_run(run_id).items] == [("unchanged", stored)]


def test_api_ingest_keeps_its_answers_for_bad_and_new_pages(store_url, analyzer):
    """Guard: what the API answered before for a new page, an empty one and a repeat."""
    from khronika.api.ingesting import Ingester

    with open_store(store_url, analyzer=analyzer) as store:
        answer = Ingester(_bare_pipeline)(store, [RawPage(source="n.txt", data=PAGE, kind="text"),
                                                  RawPage(source="e.txt", data="", kind="text"),
                                                  RawPage(source="m.txt", data=PAGE, kind="text")])
        statuses = [(i["input"], i["status"]) for i in answer["items"]]
        assert statuses == [("n.txt", "new"), ("e.txt", "skipped"), ("m.txt", "unchanged")]
        new_id = answer["items"][0]["article_id"]
        assert answer["items"][2]["article_id"] == new_id
        assert answer["items"][2]["reason"] == f"same content already stored (article {new_id})"
        assert answer["items"][1]["article_id"] is None and answer["items"][1]["reason"]
        assert answer["counts"] == {"new": 1, "skipped": 1, "unchanged": 1}


# -- M2: a number after a hyphen ----------------------------------------------------------------

HYPHEN_DOCS = {
    "covid": "Число случаев COVID-19 в регионе снизилось.",
    "euro": "Матчи Евро-2020 пройдут в двенадцати городах.",
    "su": "Истребитель Су-57 поднялся в воздух.",
    "range": "Температура составит 10-15 градусов.",
    "il": "Самолет Ил-18в списали в музей.",
    "spb": "В Санкт-Петербурге открылся форум.",
    "plain": "Президент провел совещание с министрами.",
}
# (query, the documents it finds): rows 1-9 found nothing on PostgreSQL before (SQLite: the same)
HYPHEN_SEARCH = [
    ("COVID 19", {"covid"}),
    ("19", {"covid"}),
    ("Евро 2020", {"euro"}),
    ("2020", {"euro"}),
    ("Су 57", {"su"}),
    ("57", {"su"}),
    ("15", {"range"}),
    ("10 15", {"range"}),
    ("15 градусов", {"range"}),
    # guards: the whole token, compounds and their parts, words without numbers
    ("COVID-19", {"covid"}),
    ("Евро-2020", {"euro"}),
    ("Су-57", {"su"}),
    ("10", {"range"}),
    ("COVID", {"covid"}),
    ("Ил-18в", {"il"}),
    ("Санкт-Петербург", {"spb"}),
    ("Петербург", {"spb"}),
    ("совещание", {"plain"}),
    ("20", set()),
]


@pytest.fixture
def hyphen_store(store, make_doc):
    ids = {}
    for i, (name, sentence) in enumerate(HYPHEN_DOCS.items()):
        ids[store.add_document(make_doc(f"Заметка {i}", [sentence], url=f"https://h.example/{i}")).article_id] = name
    return store, ids


@pytest.mark.parametrize("query, expected", HYPHEN_SEARCH)
def test_number_after_a_hyphen_is_found(hyphen_store, query, expected):
    store, ids = hyphen_store
    assert {ids[h.article.id] for h in store.search(query, limit=50)} == expected


def test_migration_0012_mends_the_vectors_stored_before(pg_url, analyzer, make_doc):
    """A PostgreSQL store written before 0012 (signed numbers in its vectors) is found after it."""
    with open_store(pg_url, analyzer=analyzer) as store:
        covid = store.add_document(make_doc("Сводка", [HYPHEN_DOCS["covid"]], url="https://h.example/c")).article_id
        plain = store.add_document(make_doc("Совещание", [HYPHEN_DOCS["plain"]], url="https://h.example/p")).article_id
        fresh = dict(store._execute("SELECT article_id, fts::text FROM article_search"))
        old = analyzer.index_text
        store._execute("UPDATE article_search s SET fts = setweight(to_tsvector('russian', ?), 'A') || "
                       "setweight(to_tsvector('russian', ?), 'B') WHERE article_id = ?",
                       (old("Сводка"), old(HYPHEN_DOCS["covid"]), covid))
        store._execute("DELETE FROM schema_migrations WHERE version = 12")
        store._execute("DROP FUNCTION khronika_query(text)")
        store._execute("DROP FUNCTION khronika_unsign(tsvector)")
        assert "'-19'" in store._one("SELECT fts::text FROM article_search WHERE article_id = ?", (covid,))[0]
    upgraded = []
    with open_store(pg_url, analyzer=analyzer, on_migrate=upgraded.append) as store:
        assert upgraded == ["0012_hyphen_numbers"]
        assert dict(store._execute("SELECT article_id, fts::text FROM article_search")) == fresh
        assert [h.article.id for h in store.search("19")] == [covid]
        assert [h.article.id for h in store.search("совещание")] == [plain]


# -- L2: a bare label is its domain ---------------------------------------------------------------

OUTLET_DOCS = ["https://mk.ru/1", "https://oren.mk.ru/2", "https://rzn.mk.ru/3", "https://ria.ru/4",
               "https://crimea.ria.ru/5", "https://gazeta.ru/6", "https://gazeta.ua/7"]
# (source: value, the documents' numbers): rows 1-2 missed the subdomains before
OUTLET_SEARCH = [
    ("mk", {1, 2, 3}),
    ("ria", {4, 5}),
    # guards
    ("mk.ru", {1, 2, 3}),
    ("www.mk.ru", {1, 2, 3}),
    ("oren.mk.ru", {2}),
    ("crimea", {5}),          # a subdomain's own label is that subdomain, not all of ria.ru
    ("ria.ru", {4, 5}),
]


@pytest.fixture
def outlet_store(store, make_doc):
    ids = {}
    for url in OUTLET_DOCS:
        number = int(url.rsplit("/", 1)[1])
        ids[store.add_document(make_doc(f"Новость {number}", [f"Текст новости номер {number}."], url=url)).article_id] = number
    return store, ids


@pytest.mark.parametrize("value, expected", OUTLET_SEARCH)
def test_bare_outlet_label_matches_its_domain_everywhere(outlet_store, value, expected):
    store, ids = outlet_store
    assert {ids[h.article.id] for h in store.search(f"source:{value}", limit=50)} == expected
    assert {ids[a.id] for a in store.list_articles(outlet=value, limit=50)} == expected


def test_bare_label_of_two_domains_is_still_an_error(outlet_store):
    store, _ = outlet_store
    with pytest.raises(QueryError, match="gazeta.ru, gazeta.ua"):
        store.search("source:gazeta")


# -- L1: no password printed --------------------------------------------------------------------

REDACT = [
    ("postgresql://postgres:s3cr3t@localhost:55441/kh2", "postgresql://postgres:***@localhost:55441/kh2"),
    ("postgres://u:p%40ss@h/db?sslmode=require", "postgres://u:***@h/db?sslmode=require"),
    ("postgresql://postgres@localhost/kh", "postgresql://postgres@localhost/kh"),
    ("khronika.db", "khronika.db"),
    ("sqlite:///tmp/k.db", "sqlite:///tmp/k.db"),
]


@pytest.mark.parametrize("url, shown", REDACT)
def test_redact_url(url, shown):
    assert redact_url(url) == shown


def _with_password(url: str) -> str:
    return url.replace("postgresql://postgres@", "postgresql://postgres:s3cr3t@", 1)


def test_cli_never_prints_the_password(pg_url, tmp_path, monkeypatch):
    from khronika.cli.app import main

    url = _with_password(pg_url)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("", "utf-8")
    runner = CliRunner()
    from khronika.nlp.pipeline import DEFAULT_ORDER

    ingest = runner.invoke(main, ["ingest", str(bad), "--db", url, *(f"--no-{name}" for name in DEFAULT_ORDER)])
    runs = runner.invoke(main, ["runs", "--db", url])
    missing = runner.invoke(main, ["show", "run:999", "--db", url])
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: None)
    serve = runner.invoke(main, ["serve", "--db", url, "--port", "1"])
    for result in (ingest, runs, missing, serve):
        assert "s3cr3t" not in result.output
    assert "postgres:***@" in ingest.output and "show run:" in ingest.output  # the hint is there
    assert "postgres:***@" in runs.output
    assert "postgres:***@" in serve.output
