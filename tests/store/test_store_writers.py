"""The store's writer next to other writers, and what identifies a page (rv16 H1, H2, M1, M2).

- H1: a writer sees the articles, document frequencies and word lists other writers commit
  (another process, an API ingest next to `khronika ingest`, two stores in one process).
- H2: `ingest` holds the SQLite write lock only while it writes, not while it reads and
  enriches; a lock that is not released is a `StoreError` naming the store, one line in the CLI.
- M1: a dump row without a URL is identified by its content, not by its row number.
- M2: the same text at another URL (a reprint by another outlet) is stored, as a duplicate;
  the same page again is still "unchanged".
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from khronika.cli import main
from khronika.errors import StoreError
from khronika.nlp.pipeline import DEFAULT_ORDER, Pipeline
from khronika.store import open_store
from khronika.store.ingest import ingest_pages
from khronika.store.sqlite import SqliteStore

NO_NLP = [f"--no-{name}" for name in DEFAULT_ORDER]

# Two reports of one fire in different words (one story, not near-duplicates), and a
# warm-up article on another subject that makes a writer load its story index.
@pytest.fixture
def docs(make_doc):
    return {
        "fire_a": make_doc("Пожар на складе в Казани потушили спустя шесть часов", [
            "Пожарные в Казани ликвидировали возгорание на складе стройматериалов на улице Техническая, сообщили "
            "в МЧС по Татарстану.",
            "Площадь пожара составила две тысячи квадратных метров. Тушение заняло шесть часов, пострадавших нет.",
            "Причины возгорания на складе устанавливают дознаватели МЧС."], url="https://a.example/fire"),
        "fire_b": make_doc("В Казани шесть часов тушили склад стройматериалов", [
            "Возгорание склада стройматериалов на Технической улице в Казани ликвидировано, пожар тушили шесть часов.",
            "По данным МЧС Татарстана, огонь охватил две тысячи квадратных метров, люди не пострадали.",
            "Дознаватели выясняют причины пожара на складе."], url="https://b.example/fire"),
        "fire_c": make_doc("Склад в Казани", ["В Казани после пожара на складе начали проверку МЧС."],
                           url="https://c.example/fire"),
        "weather": make_doc("Погода в Москве", [
            "В Москве завтра ожидается облачная погода без осадков, температура около плюс пяти градусов."],
            url="https://w.example/weather"),
        "theatre": make_doc("Премьера в театре", ["Театр драмы показал премьеру спектакля по пьесе Островского."],
                            url="https://t.example/premiere"),
        "rouble": make_doc("Курс рубля", ["Курс доллара на бирже вырос на двадцать копеек к концу торгов."],
                           url="https://w.example/rub"),
    }


def _no_nlp() -> Pipeline:
    return Pipeline.build(disable=list(DEFAULT_ORDER))


# -- H1: two writers on one store ------------------------------------------------------------

# (who writes weather, fire_a, fire_b) → fire_b joins fire_a's story.  "a" loads its story
# index with its first write; "b" then stores fire_a; "a" must see it when it writes fire_b.
WRITERS = [
    ("a", "a", "a"),  # one writer (it always worked)
    ("a", "b", "a"),  # the other writer's article: was a story of its own
    ("b", "b", "a"),  # a writer whose first write comes after the other's
]


@pytest.mark.parametrize("order", WRITERS)
def test_a_writer_assigns_stories_with_the_other_writers_articles(store_url, analyzer, docs, order):
    stores = {"a": open_store(store_url, analyzer=analyzer), "b": open_store(store_url, analyzer=analyzer)}
    try:
        results = [stores[who].add_document(doc) for who, doc in zip(order, (docs["weather"], docs["fire_a"], docs["fire_b"]))]
    finally:
        for store in stores.values():
            store.close()
    weather, fire_a, fire_b = results
    assert fire_b.story_id == fire_a.story_id != weather.story_id


def test_a_writer_sees_other_writers_articles_written_in_between_its_own(store_url, analyzer, docs):
    # Writer a writes, b writes fire_a, a writes again (its own article after b's), then fire_b.
    a, b = open_store(store_url, analyzer=analyzer), open_store(store_url, analyzer=analyzer)
    try:
        a.add_document(docs["weather"])
        fire_a = b.add_document(docs["fire_a"])
        a.add_document(docs["rouble"])
        fire_b = a.add_document(docs["fire_b"])
    finally:
        a.close()
        b.close()
    assert fire_b.story_id == fire_a.story_id


def test_two_writers_document_frequencies_add_up(store_url, analyzer, docs):
    """Each writer flushes its counts on close: the stored table counts both writers' articles
    (the last writer's flush used to overwrite the other's)."""
    a, b = open_store(store_url, analyzer=analyzer), open_store(store_url, analyzer=analyzer)
    try:
        a.add_document(docs["weather"])
        b.add_document(docs["fire_a"])
        b.add_document(docs["fire_b"])
    finally:
        b.close()
        a.close()
    with open_store(store_url, analyzer=analyzer) as store:
        stored = json.loads(store._one("SELECT value FROM meta WHERE key = 'idf'")[0])
    assert stored["n_docs"] == 3
    assert stored["df"]["казань"] == 2 and stored["df"]["погода"] == 1


def test_a_writer_reads_the_frequencies_another_writer_flushed(store_url, analyzer, docs):
    a, b = open_store(store_url, analyzer=analyzer), open_store(store_url, analyzer=analyzer)
    try:
        a.add_document(docs["weather"])
        b.add_document(docs["fire_a"])
        b.close()  # flushes b's counts
        a.add_document(docs["fire_b"])
        # a's table: the stored one (weather, fire_a) and its own fire_b
        assert a._idf.n_docs == 3 and a._idf.df["казань"] == 2
    finally:
        a.close()


def test_sqlite_word_lists_another_writer_built_are_kept_up(tmp_path, analyzer, docs):
    """A word list another writer builds after this one read the lists gets this writer's
    later articles (its listed words are read again; they were kept for good)."""
    db = str(tmp_path / "k.db")
    a, b = SqliteStore(db, analyzer=analyzer), SqliteStore(db, analyzer=analyzer)
    b.list_min_df, a.list_min_df = 2, 1000  # b builds lists; a never refreshes them itself
    try:
        b.add_document(docs["weather"])
        b.add_document(docs["rouble"])  # b's first lists (the store's list settings)
        a.add_document(docs["theatre"])  # a reads the lists: none for "казань"
        b.add_document(docs["fire_a"])
        b.add_document(docs["fire_b"])
        b.refresh_search_lists()  # "казань" is in two articles now: b builds its list
        added = a.add_document(docs["fire_c"])
        listed = {r[0] for r in a._execute("SELECT article_id FROM term_top WHERE lemma = 'казань'")}
    finally:
        a.close()
        b.close()
    assert added.article_id in listed


# -- H2: the SQLite write lock during an ingest --------------------------------------------------

class _ProbingPipeline:
    """A pipeline that, while it enriches a page, has another connection write one row (what
    an API ingest does first) with a short lock timeout."""

    def __init__(self, db: str) -> None:
        self.inner = _no_nlp()
        self.names = self.inner.names
        self.db = db
        self.probes: list[str] = []

    def __call__(self, article):
        probe = sqlite3.connect(self.db, timeout=0.2, isolation_level=None)
        try:
            probe.execute("BEGIN IMMEDIATE")
            probe.execute("ROLLBACK")
            self.probes.append("written")
        except sqlite3.OperationalError as error:
            self.probes.append(str(error))
        finally:
            probe.close()
        return self.inner(article)


def test_ingest_does_not_hold_the_write_lock_while_it_enriches(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(6):
        (pages / f"{i}.txt").write_text(f"Новость номер {i}\n\nТекст новости номер {i} о событии дня.", "utf-8")
    db = str(tmp_path / "k.db")
    pipeline = _ProbingPipeline(db)
    with open_store(db) as store:
        report, _ = ingest_pages(store, [str(pages)], pipeline)
    assert report.counts == {"new": 6}
    assert pipeline.probes == ["written"] * 6  # old: the 2nd to 6th page found the store locked


def test_a_locked_sqlite_store_is_a_store_error_naming_it(tmp_path, monkeypatch):
    db = tmp_path / "k.db"
    open_store(str(db)).close()
    monkeypatch.setattr(SqliteStore, "lock_timeout", 0.1)
    holder = sqlite3.connect(str(db), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with open_store(str(db), create=False) as store:
            with pytest.raises(StoreError, match=r"k\.db: database is locked"):
                store.begin_run("probe")
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_ingest_into_a_locked_store_prints_one_line(tmp_path, monkeypatch):
    db = tmp_path / "k.db"
    page = tmp_path / "p.txt"
    page.write_text("Заголовок\n\nТекст новости о событии дня.", "utf-8")
    open_store(str(db)).close()
    monkeypatch.setattr(SqliteStore, "lock_timeout", 0.1)
    holder = sqlite3.connect(str(db), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = CliRunner().invoke(main, ["ingest", str(page), "--db", str(db), "-q", *NO_NLP])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1
    assert "Traceback" not in result.output and result.exception.__class__ is SystemExit
    [line] = [line for line in result.output.splitlines() if line.strip()]
    assert "k.db: database is locked" in line


# -- M1: dump rows without a URL ---------------------------------------------------------------

ROWS = {
    "fire": ("Пожар на складе", "В Казани потушили пожар на складе стройматериалов."),
    "flood": ("Паводок в Тулуне", "Военные завершили работы по борьбе с паводком в Тулуне."),
    "lines": ("ЛЭП повреждены", "Две линии электропередачи повреждены в Ачинске."),
}

# (rows of the first dump, rows of the next dump under the same name) → counts of the second
# run and the articles current after it.  Old: a row's identity was its number, so each row
# that moved became a "version" of the article that had been at its number.
DUMPS = [
    (["fire", "flood"], ["lines", "fire", "flood"], {"new": 1, "unchanged": 2}, {"fire", "flood", "lines"}),
    (["fire", "flood"], ["lines", "flood"], {"new": 1, "unchanged": 1}, {"fire", "flood", "lines"}),
    (["fire"], ["flood"], {"new": 1}, {"fire", "flood"}),
    (["fire", "flood"], ["fire", "flood"], {"unchanged": 2}, {"fire", "flood"}),
]


def _csv(path: Path, keys: list[str]) -> None:
    lines = ["title,text"] + [f'"{ROWS[k][0]}","{ROWS[k][1]}"' for k in keys]
    path.write_text("\n".join(lines) + "\n", "utf-8")


def _jsonl(path: Path, keys: list[str]) -> None:
    path.write_text("".join(json.dumps({"title": ROWS[k][0], "text": ROWS[k][1]}, ensure_ascii=False) + "\n"
                            for k in keys), "utf-8")


@pytest.mark.parametrize("writer", [_csv, _jsonl], ids=["csv", "jsonl"])
@pytest.mark.parametrize("first, second, counts, current", DUMPS)
def test_a_dump_row_without_url_is_identified_by_its_content(tmp_path, store_url, writer, first, second, counts,
                                                            current):
    dump = tmp_path / ("news.csv" if writer is _csv else "news.jsonl")
    pipeline = _no_nlp()
    with open_store(store_url) as store:
        writer(dump, first)
        ingest_pages(store, [str(dump)], pipeline)
        writer(dump, second)
        report, _ = ingest_pages(store, [str(dump)], pipeline)
        titles = {a.title for a in store.list_articles(limit=20)}
    assert report.counts == counts
    assert titles == {ROWS[k][0] for k in current}


def test_a_file_without_url_keeps_its_versions(tmp_path, store_url):
    # One page per file: the path is its identity, as before.
    page = tmp_path / "page.txt"
    pipeline = _no_nlp()
    with open_store(store_url) as store:
        page.write_text("Пожар на складе\n\nВ Казани потушили пожар на складе.", "utf-8")
        ingest_pages(store, [str(page)], pipeline)
        page.write_text("Пожар на складе потушен\n\nВ Казани потушили пожар на складе, пострадавших нет.", "utf-8")
        report, _ = ingest_pages(store, [str(page)], pipeline)
    assert report.counts == {"version": 1}


# -- M2: the same text at another URL ---------------------------------------------------------

TASS = ("https://tass.ru/moskovskaya-oblast/6745682", "Расчистку реки Куновки завершат в 2020 году",
        "МОСКВА, 8 августа. /ТАСС/. Министерство экологии Подмосковья объявило о расчистке участка реки Куновки.")
REPRINT = ("https://regnum.ru/news/2019/tass-copy",) + TASS[1:]

# rows (url, title, text) of one CSV → counts of its first run; the rerun finds every row unchanged.
SYNDICATION = [
    ([TASS, REPRINT], {"new": 2}),  # old: {"new": 1, "unchanged": 1}, the reprinting outlet lost
    ([TASS, TASS], {"new": 1, "unchanged": 1}),  # the same page twice
    ([TASS, ("",) + TASS[1:]], {"new": 1, "unchanged": 1}),  # the same text without a URL: no page of its own
]


@pytest.mark.parametrize("rows, counts", SYNDICATION)
def test_a_reprint_at_another_url_is_stored_as_a_duplicate(tmp_path, store_url, rows, counts):
    dump = tmp_path / "syndicated.csv"
    dump.write_text("date,url,title,text\n" + "".join(f'2019-08-08 19:22:59,{u},"{t}","{x}"\n' for u, t, x in rows),
                    "utf-8")
    pipeline = _no_nlp()
    with open_store(store_url) as store:
        first, _ = ingest_pages(store, [str(dump)], pipeline)
        again, _ = ingest_pages(store, [str(dump)], pipeline)
        articles = sorted(store.list_articles(limit=20), key=lambda a: a.id)
    assert first.counts == counts
    assert again.counts == {"unchanged": len(rows)}
    if counts == {"new": 2}:
        original, reprint = articles
        assert (original.outlet, reprint.outlet) == ("tass.ru", "regnum.ru")
        assert reprint.canonical_id == original.id and reprint.duplicate == "exact"
        assert reprint.story_id == original.story_id
