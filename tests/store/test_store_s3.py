"""Review rev18_D mends of the store's `reprocess` and party keys (issue 6, eighteenth session, helper s3),
both backends.  The probes are the reviewer's (/tmp/rev18_D/tests/store/test_rev18d.py).

1. Plain `reprocess` ran beside a live `reprocess --stories` (only warned), and its write read the
   article's story before the write lock: a move by the run in between linked the article's reports
   to the rows of the story it left, and the run then failed at every resume.  Plain `reprocess` is
   refused while a run goes; `replace_layers` and `restory_keep` read the story under the lock.
2. A particle that is also a given name ("ди", "ван", "тер", "ла" …) counted after another word:
   "Ди Каприо" (`kaprio`) and "Леонардо Ди Каприо" (`di-kaprio`) were two people; never counted now
   (the tables: tests/stories/test_stories_s1.py).
3. The seventeenth session's last-word key, matched as a legacy key, is the current key of another
   person: "Ханс Браун" and "Вернер фон Браун" were one event or two by the order of their reports.
   Not matched any more.
4. A writer open during a run reloaded its whole story index at each write (the run rewrites its
   progress mark at every article): while the run's lock is held only the epoch counts.
5. The SQLite lock went by the path given: a symlink to the store took a second lock.
6. Tests for three parts of the s2 mend no test caught (the reviewer's mutants m2, m6, m7).
"""
from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from khronika.cli import main
from khronika.errors import StoreError
from khronika.extract import extract_page
from khronika.ingest.rawpage import RawPage
from khronika.nlp.pipeline import DEFAULT_ORDER
from khronika.store import open_store
from khronika.store.ingest import reprocess
from khronika.stories.cluster import SameStoryModel

from test_store_restory import JOIN_ALL, PAGES, SamePipeline
from test_store_restory import _doc as restory_doc
from test_store_restory import _write as restory_write
from test_store_s2 import PETROV, SnowPipeline, TalksPipeline, _events, _keys, _write_under_the_17th_rule


def _raw(url, title, paragraphs):
    return RawPage("pages.txt", "\n\n".join([title, *paragraphs]).encode(), "text", url=url)


def _snow_store(store, make_doc):
    """PAGES in one story, the snow pages reporting Petrov's accusation."""
    store.model = JOIN_ALL
    for url, title, paragraphs, _ in PAGES:
        snow = "снег" in " ".join(paragraphs).lower()
        doc = make_doc(title, paragraphs, url=url, **PETROV) if snow else restory_doc(make_doc, url, title, paragraphs)
        store.add_document(doc, _raw(url, title, paragraphs))


# -- 1. plain `reprocess` beside a live run ------------------------------------------------------

def test_a_plain_write_reads_the_story_under_the_lock(store_url, analyzer, make_doc):
    """The run moves article 2 between the plain write's start and its lock (the reviewer's
    interleaving): its reports stay on its new story's rows and the run ends (old code: the run
    failed at article 4 with a foreign-key error, and at every resume)."""
    with open_store(store_url, analyzer=analyzer) as runner, open_store(store_url, analyzer=analyzer) as plain:
        _snow_store(runner, make_doc)
        runner.model = plain.model = SameStoryModel()
        pipe = SnowPipeline(make_doc, fail=None)
        docs = {i: pipe(extract_page(raw)) for i, raw, _ in runner.raw_inputs()}
        runner.begin_restory("same")
        runner.replace_layers(1, docs[1], "same")
        tx_begin = plain._tx_begin

        def racing():
            plain._tx_begin = tx_begin
            runner.replace_layers(2, docs[2], "same")          # the run commits its move of article 2
            tx_begin()
        plain._tx_begin = racing
        plain.replace_layers(2, docs[2], "")
        for i in (3, 4):
            runner.replace_layers(i, docs[i], "same")
        runner.finish_restory()
        story = runner.get_article(2).summary.story_id
        rows = list(runner._execute("SELECT se.story_id FROM events e LEFT JOIN story_events se "
                                    "ON se.id = e.story_event_id WHERE e.article_id = 2"))
        assert rows and all(r[0] == story for r in rows)
        assert _events(runner, story) == [("ACCUSE", 2)]


def test_a_failed_page_reads_its_story_under_the_lock(store_url, analyzer, make_doc):
    """The same interleaving for a page the pipeline failed on (`restory_keep`)."""
    with open_store(store_url, analyzer=analyzer) as runner, open_store(store_url, analyzer=analyzer) as plain:
        _snow_store(runner, make_doc)
        runner.model = plain.model = SameStoryModel()
        pipe = SnowPipeline(make_doc, fail=None)
        docs = {i: pipe(extract_page(raw)) for i, raw, _ in runner.raw_inputs()}
        runner.begin_restory("same")
        runner.replace_layers(1, docs[1], "same")
        tx_begin = plain._tx_begin

        def racing():
            plain._tx_begin = tx_begin
            runner.replace_layers(2, docs[2], "same")
            tx_begin()
        plain._tx_begin = racing
        plain.restory_keep(2)
        for i in (3, 4):
            runner.replace_layers(i, docs[i], "same")
        runner.finish_restory()
        story = runner.get_article(2).summary.story_id
        assert _events(runner, story) == [("ACCUSE", 2)]


def test_plain_reprocess_is_refused_while_a_run_goes(tmp_path, analyzer, make_doc):
    db = str(tmp_path / "k.db")
    with open_store(db, analyzer=analyzer) as store:
        store.model = JOIN_ALL
        restory_write(store, make_doc, PAGES)
    runner = CliRunner()
    off = [f"--no-{name}" for name in DEFAULT_ORDER]
    with open_store(db, create=False, analyzer=analyzer) as live:
        live.model = SameStoryModel()
        live.begin_restory("same")
        refused = runner.invoke(main, ["reprocess", "--db", db, "-q", *off])
        assert refused.exit_code == 1                      # (old code: 0, the articles re-derived beside the run)
        assert "a `reprocess --stories` is running" in refused.stderr and "wait for it to end" in refused.stderr
        live.interrupt_restory()
    done = runner.invoke(main, ["reprocess", "--db", db, "-q", *off])   # an interrupted run: warned, not refused
    assert done.exit_code == 0, done.output
    assert "was interrupted" in done.stderr


# -- 2, 3. party keys in the store -----------------------------------------------------------------

MACRON = ("per:emmanuel-macron", "Эммануэль Макрон", "PER", [])
TITLE = "Браун обвинил Макрона"
P = ["Браун обвинил Макрона в провале переговоров о ракетах.", "Об этом сообщили журналисты."]
LEO = ("x:per:leonardo-di-kaprio", "Леонардо Ди Каприо", "PER", [])
DI = ("x:per:di-kaprio", "Ди Каприо", "PER", [])
HANS = ("x:per:khans-braun", "Ханс Браун", "PER", [])
WERNER = ("x:per:verner-fon-braun", "Вернер фон Браун", "PER", [])


def _accuse(make_doc, who, url):
    return make_doc(TITLE, P, url=url, actors=[who, MACRON],
                    events=[("ACCUSE", "обвинил", [who[0]], [MACRON[0]], "2024-04-19")])


class Same:
    names = ["same"]

    def __init__(self, make_doc, who):
        self.make_doc, self.who = make_doc, who

    def __call__(self, article):
        return _accuse(self.make_doc, self.who[article.url], article.url)


# (first report's person, second's, the story's events at ingest and after plain `reprocess`)
PARTIES = [
    (LEO, DI, [("ACCUSE", 2)]),                         # one person (old code: two events after reprocess)
    (DI, LEO, [("ACCUSE", 2)]),
    (HANS, WERNER, [("ACCUSE", 1), ("ACCUSE", 1)]),     # two people (old code: one event at ingest)
    (WERNER, HANS, [("ACCUSE", 1), ("ACCUSE", 1)]),
]


@pytest.mark.parametrize("first, second, events", PARTIES)
def test_one_event_for_one_person_whatever_the_order(store, make_doc, first, second, events):
    store.model = JOIN_ALL
    who = {"https://a.ru/1": first, "https://b.ru/2": second}
    for url, person in who.items():
        store.add_document(_accuse(make_doc, person, url), _raw(url, TITLE, [*P, url]))
    story = store.get_article(1).summary.story_id
    assert store.get_article(2).summary.story_id == story
    assert sorted(_events(store, story)) == events
    reprocess(store, Same(make_doc, who))
    assert sorted(_events(store, story)) == events


def test_a_store_under_the_17th_session_key_is_rekeyed_by_reprocess(store, make_doc, monkeypatch):
    """What a store written in the seventeenth session needs now: plain `reprocess` re-keys it."""
    store.model = JOIN_ALL
    _write_under_the_17th_rule(store, make_doc, monkeypatch)
    assert _keys(store) == ["ACCUSE:x:per:pen>per:emmanuel-macron"]
    reprocess(store, TalksPipeline(make_doc))
    assert _keys(store) == ["ACCUSE:x:per:le-pen>per:emmanuel-macron"]


# -- 4. the epoch while a run goes ------------------------------------------------------------------

def test_a_writer_reloads_once_per_run_not_per_article(store_url, analyzer, make_doc):
    with open_store(store_url, analyzer=analyzer) as writer, open_store(store_url, analyzer=analyzer) as runner:
        writer.model = JOIN_ALL
        restory_write(writer, make_doc, PAGES)
        writer.model = runner.model = SameStoryModel()
        pipe = SamePipeline(make_doc)
        docs = {i: pipe(extract_page(raw)) for i, raw, _ in runner.raw_inputs()}
        writer._writer_state()
        runner.begin_restory("same")
        writer._writer_state()
        loaded = writer._index                              # reloaded: the run began
        runner.replace_layers(1, docs[1], "same")
        writer._writer_state()
        runner.replace_layers(2, docs[2], "same")
        writer._writer_state()
        assert writer._index is loaded                      # (old code: a full reload after each article)
        for i in (3, 4):
            runner.replace_layers(i, docs[i], "same")
        runner.finish_restory()
        writer._writer_state()
        assert writer._index is not loaded                  # the run ended: reloaded once
        ended = writer._index
        writer._writer_state()
        assert writer._index is ended


def test_a_writer_reloads_once_when_the_run_is_found_dead(store_url, analyzer, make_doc):
    with open_store(store_url, analyzer=analyzer) as writer, open_store(store_url, analyzer=analyzer) as runner:
        writer.model = JOIN_ALL
        restory_write(writer, make_doc, PAGES)
        writer.model = runner.model = SameStoryModel()
        pipe = SamePipeline(make_doc)
        docs = {i: pipe(extract_page(raw)) for i, raw, _ in runner.raw_inputs()}
        runner.begin_restory("same")
        runner.replace_layers(1, docs[1], "same")
        writer._writer_state()
        loaded = writer._index
        runner.replace_layers(2, docs[2], "same")
        runner._restory = None                              # killed: no interrupt, no finish,
        runner._restory_release()                           # and its lock dies with it
        writer._writer_state()
        assert writer._index is not loaded
        dead = writer._index
        writer._writer_state()
        assert writer._index is dead                        # once


# -- 5. the SQLite lock by the store's real path ---------------------------------------------------

def test_a_symlink_to_the_store_shares_its_lock(tmp_path, analyzer, make_doc):
    real = tmp_path / "real" / "k.db"
    real.parent.mkdir()
    with open_store(str(real), analyzer=analyzer) as store:
        store.model = JOIN_ALL
        restory_write(store, make_doc, PAGES)
    os.symlink(real, tmp_path / "link.db")
    with open_store(str(real), create=False, analyzer=analyzer) as a, \
            open_store(str(tmp_path / "link.db"), create=False, analyzer=analyzer) as b:
        a.model = b.model = SameStoryModel()
        a.begin_restory("same")
        assert b.restory_pending()["running"] is True       # (old code: False)
        with pytest.raises(StoreError, match="another `reprocess --stories` is running"):
            b.begin_restory("same")                         # (old code: a second run on one database)
        a.interrupt_restory()


# -- 6. the reviewer's mutants -----------------------------------------------------------------------

@pytest.mark.parametrize("stories", [False, True])
def test_a_failed_page_last_in_its_unmoved_story_leaves_no_row_without_a_report(store, make_doc, monkeypatch, stories):
    """Stored in two stories (talks: 1, 3; snow: 2, 4) under the seventeenth session's key; article 3,
    the last of the talks story, fails: the row under the old key its report left goes at once, as no
    later page of that story would drop it (mutant m2: a story listing an event with no report)."""
    store.model = SameStoryModel()
    _write_under_the_17th_rule(store, make_doc, monkeypatch)
    s1, s2 = store.get_article(1).summary.story_id, store.get_article(2).summary.story_id
    assert store.get_article(3).summary.story_id == s1 != s2 == store.get_article(4).summary.story_id
    counts = reprocess(store, TalksPipeline(make_doc, ("https://rbc.ru/3",)), stories=stories)
    assert counts["failed"] == 1
    assert store.get_article(3).summary.story_id == store.get_article(1).summary.story_id == s1
    assert _events(store, s1) == [("ACCUSE", 2)]
    assert _keys(store) == ["ACCUSE:x:per:le-pen>per:emmanuel-macron"]


@pytest.mark.parametrize("end", ["finish", "close"])
def test_the_lock_is_given_back_when_the_run_ends_or_the_store_closes(store_url, analyzer, make_doc, end):
    """After `finish_restory` (mutant m6) or `close()` without finishing (m7), the first store still
    open or not, another store can begin a run."""
    with open_store(store_url, analyzer=analyzer) as store:
        store.model = JOIN_ALL
        restory_write(store, make_doc, PAGES)
    first = open_store(store_url, create=False, analyzer=analyzer)
    try:
        with open_store(store_url, create=False, analyzer=analyzer) as other:
            first.model = other.model = SameStoryModel()
            first.begin_restory("same")
            if end == "finish":
                first.finish_restory()
            else:
                first.close()
            other.begin_restory("same")                     # (the mutants: refused, the lock still held)
            other.interrupt_restory()
    finally:
        first.close()
