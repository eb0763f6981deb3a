"""Review rev18_B mends of `reprocess --stories` and party keys (issue 6, eighteenth session, helper s2),
both backends.  The probes are the reviewer's (/tmp/rev18_B/tests/store/test_rev18b*.py).

1. A page the pipeline failed on that stayed in its story kept its reports on the rows of an older
   key while the re-derived reports of the same event went to a row under the current key: one
   event listed twice.  Its reports are now re-linked under the current keys, moved or not, and in
   plain `reprocess` too.
3. A new report into a story written under the seventeenth session's party key (the id's last word)
   started a second event: that key was matched too, which review rev18_D 3 showed merges two people
   by the order of their reports; no longer matched (helper s3): such a store needs `khronika reprocess`.
4. A writer that wrote during a run later killed kept assigning against the stories of that moment:
   the epoch it compares now includes the run's progress mark.
5. A live run read as an unfinished one, and the advice started a second run beside it: a second run
   is refused (a lock that dies with its process), the warning says running or interrupted and
   names the switches the run used.
6. A failed page's relinked report joins an existing merged row of its new story.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from khronika.cli import main
from khronika.cli.store_cmd import _restory_command
from khronika.errors import StoreError
from khronika.extract.article import Article
from khronika.ingest.rawpage import RawPage
from khronika.nlp.doc import Doc
from khronika.nlp.pipeline import DEFAULT_ORDER
from khronika.store import open_store
from khronika.store.ingest import reprocess
from khronika.stories import merge
from khronika.stories.cluster import SameStoryModel

from test_store_restory import JOIN_ALL, PAGES, SamePipeline
from test_store_restory import _doc as restory_doc
from test_store_restory import _write as restory_write

LEPEN = ("x:per:marin-le-pen", "Марин Ле Пен", "PER")
MACRON = ("per:emmanuel-macron", "Эммануэль Макрон", "PER")


def last_word_party_key(key: str) -> str:
    """`party_key` as the seventeenth session wrote it (e035715): the id's last word."""
    if key.startswith(merge.LOCAL_PERSON):
        return merge.LOCAL_PERSON + key[len(merge.LOCAL_PERSON):].rsplit("-", 1)[-1]
    return key


def _talks_doc(make_doc, url, title, paragraphs):
    """The pages on the talks report Le Pen accusing Macron (the others: no event)."""
    talks = "Путин" in title
    return make_doc(title, paragraphs, url=url,
                    actors=[(*LEPEN, []), (*MACRON, [])] if talks else [],
                    events=[("ACCUSE", "переговоры", [LEPEN[0]], [MACRON[0]], "2024-04-19")] if talks else [])


class TalksPipeline:
    names = ["same"]

    def __init__(self, make_doc, fail=()):
        self.make_doc, self.fail = make_doc, fail

    def __call__(self, article: Article) -> Doc:
        for url, title, paragraphs, _ in PAGES:
            if url == article.url and title == article.title:
                if url in self.fail:
                    raise ValueError("broken model")
                return _talks_doc(self.make_doc, url, title, paragraphs)
        raise AssertionError(article.url)


def _write_under_the_17th_rule(store, make_doc, monkeypatch):
    monkeypatch.setattr(merge, "party_key", last_word_party_key)
    for url, title, paragraphs, _ in PAGES:
        raw = RawPage("pages.txt", "\n\n".join([title, *paragraphs]).encode(), "text", url=url)
        store.add_document(_talks_doc(make_doc, url, title, paragraphs), raw)
    monkeypatch.undo()


def _events(store, story):
    return [(e.type, e.n_reports) for e in store.get_story(story).events]


def _keys(store):
    return sorted(r[0] for r in store._execute("SELECT key FROM story_events"))


# -- 1. a failed page under a stale key ------------------------------------------------------------
# (which page fails, re-decide the stories?) → one event of two reports under the current key
FAILED = [
    ((), True),
    (("https://tass.ru/1",), True),    # the first page: it keeps its story (failed on the old code)
    (("https://tass.ru/1",), False),   # plain `reprocess` (failed on the old code)
    (("https://rbc.ru/3",), False),    # (failed on the old code)
]


@pytest.mark.parametrize("fail, stories", FAILED)
def test_a_failed_page_s_reports_join_the_current_key_moved_or_not(store, make_doc, monkeypatch, fail, stories):
    store.model = JOIN_ALL
    _write_under_the_17th_rule(store, make_doc, monkeypatch)
    assert _keys(store) == ["ACCUSE:x:per:pen>per:emmanuel-macron"]
    store.model = SameStoryModel() if stories else JOIN_ALL
    counts = reprocess(store, TalksPipeline(make_doc, fail), stories=stories)
    assert counts["failed"] == len(fail)
    s1, s3 = store.get_article(1).summary.story_id, store.get_article(3).summary.story_id
    assert s1 == s3
    assert _events(store, s1) == [("ACCUSE", 2)]
    assert _keys(store) == ["ACCUSE:x:per:le-pen>per:emmanuel-macron"]


# -- 3. a new report into a story written under the 17th session's key ------------------------------

def test_a_new_report_joins_an_event_stored_under_the_17th_session_key_after_reprocess(store, make_doc, monkeypatch):
    """The last-word key is not matched any more (review rev18_D 3): a store written under it merges
    a new report with its events once plain `reprocess` has re-keyed them."""
    monkeypatch.setattr(merge, "party_key", last_word_party_key)
    url, title, paragraphs, _ = PAGES[0]
    store.add_document(_talks_doc(make_doc, url, title, paragraphs),
                       RawPage("pages.txt", "\n\n".join([title, *paragraphs]).encode(), "text", url=url))
    monkeypatch.undo()
    reprocess(store, TalksPipeline(make_doc))
    url, title, paragraphs, _ = PAGES[2]
    added = store.add_document(_talks_doc(make_doc, url, title, paragraphs))
    assert added.story_id == store.get_article(1).summary.story_id
    assert _events(store, added.story_id) == [("ACCUSE", 2)]


# (type, source, target, symmetric) → the keys earlier stores wrote
LEGACY = [
    ("ACCUSE", LEPEN[0], MACRON[0], False,
     ("ACCUSE:x:per:marin-le-pen>per:emmanuel-macron",)),
    ("CONSULT", MACRON[0], "x:per:mukhammed-bin-salman", True,
     ("CONSULT:<>per:emmanuel-macron|x:per:mukhammed-bin-salman",)),
]


@pytest.mark.parametrize("type_, source, target, symmetric, keys", LEGACY)
def test_legacy_event_keys(type_, source, target, symmetric, keys):
    from khronika.nlp.doc import EventActor

    assert merge.legacy_event_keys(type_, [EventActor(source, "")], [EventActor(target, "")], symmetric) == keys


# -- 4. a writer that wrote during a run that was then killed ------------------------------------

@pytest.mark.parametrize("writes_during_the_run", [False, True])   # True failed on the old code
def test_a_writer_that_wrote_during_a_killed_run_reloads(store_url, analyzer, make_doc, writes_during_the_run):
    with open_store(store_url, analyzer=analyzer) as writer, open_store(store_url, analyzer=analyzer) as runner:
        writer.model = JOIN_ALL
        restory_write(writer, make_doc, PAGES)                     # the old store: all four in one story
        writer.model = runner.model = SameStoryModel()
        runner.begin_restory("same")

        def redo(i):
            url, title, paragraphs, _ = PAGES[i - 1]
            runner.replace_layers(i, restory_doc(make_doc, url, title, paragraphs), "same")

        redo(1)
        if writes_during_the_run:                                  # an unrelated page: the writer reloads now
            writer.add_document(make_doc("В Сочи открылся кинофестиваль", [
                "В Сочи открылся кинофестиваль Кинотавр, в конкурсе четырнадцать фильмов."], url="https://x.ru/9"))
        redo(2), redo(3), redo(4)
        runner._restory = None                                     # killed: no interrupt, no finish,
        runner._restory_release()                                  # and its lock dies with it
        added = writer.add_document(make_doc("Снегопад в Москве: пробки", [
            "Сильный снегопад в Москве в пятницу, коммунальщики вывели всю снегоуборочную технику, пробки.",
            "Снег будет идти до воскресенья, сообщают синоптики."], url="https://y.ru/10"))
        assert added.story_id == runner.get_article(2).summary.story_id != runner.get_article(1).summary.story_id


# -- 5. one run at a time ------------------------------------------------------------------------

def test_a_second_run_is_refused_while_one_runs(store_url, analyzer, make_doc):
    with open_store(store_url, analyzer=analyzer) as first, open_store(store_url, analyzer=analyzer) as second:
        first.model = JOIN_ALL
        restory_write(first, make_doc, PAGES)
        first.model = second.model = SameStoryModel()
        first.begin_restory("same")
        assert first.restory_pending()["running"] and second.restory_pending()["running"]
        with pytest.raises(StoreError, match="another `reprocess --stories` is running"):
            second.begin_restory("same")
        with pytest.raises(StoreError):
            reprocess(second, SamePipeline(make_doc), stories=True)
        first.interrupt_restory()
        assert second.restory_pending()["running"] is False
        assert reprocess(second, SamePipeline(make_doc), stories=True)["reprocessed"] == 4
        assert second.restory_pending() is None


HOLDS = """
import sys, time
from khronika.store import open_store
store = open_store(sys.argv[1], create=False)
store.begin_restory("same")
print("holding", flush=True)
time.sleep(600)
"""


def test_the_lock_dies_with_a_killed_run(store_url, analyzer, make_doc):
    with open_store(store_url, analyzer=analyzer) as store:
        store.model = JOIN_ALL
        restory_write(store, make_doc, PAGES)
    proc = subprocess.Popen([sys.executable, "-c", HOLDS, store_url], stdout=subprocess.PIPE, env=dict(os.environ))
    try:
        assert proc.stdout.readline().strip() == b"holding"
        with open_store(store_url, create=False) as store:
            assert store.restory_pending()["running"] is True
            with pytest.raises(StoreError):
                store.begin_restory("same")
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    deadline = time.monotonic() + 30
    with open_store(store_url, create=False, analyzer=analyzer) as store:
        while store.restory_pending()["running"] and time.monotonic() < deadline:
            time.sleep(0.05)                                        # (the server sees the socket close)
        assert store.restory_pending()["running"] is False
        store.model = SameStoryModel()
        assert reprocess(store, SamePipeline(make_doc), stories=True)["reprocessed"] == 4
        assert store.restory_pending() is None


# the pipeline names a run kept → the command that resumes it
COMMANDS = [
    ("segment,morph,syntax,ner,actors,times,related,quotes,events", "`khronika reprocess --stories`"),
    ("segment,morph,syntax,ner,actors,times,related,quotes", "`khronika reprocess --stories --no-events`"),
    ("segment,morph,syntax,ner,actors,times,related,quotes,events,semantic",
     "`khronika reprocess --stories --semantic`"),
    ("", "`khronika reprocess --stories --no-segment --no-morph --no-syntax --no-ner --no-actors --no-times "
         "--no-related --no-quotes --no-events`"),
    ("same", "`khronika reprocess --stories` with the options that build its pipeline (same)"),
]


@pytest.mark.parametrize("pipeline, command", COMMANDS)
def test_the_resume_command_names_the_run_s_switches(pipeline, command):
    assert _restory_command(pipeline) == command


def test_cli_says_running_or_interrupted(tmp_path, analyzer, make_doc):
    db = str(tmp_path / "k.db")
    with open_store(db, analyzer=analyzer) as store:
        store.model = JOIN_ALL
        restory_write(store, make_doc, PAGES)
        store._write_restory_mark({"pipeline": "segment,morph,syntax,ner,actors,times,related,quotes,semantic",
                                   "started": "2026-11-27T12:00:00+00:00", "done": 2})
    runner = CliRunner()
    shown = runner.invoke(main, ["runs", "--db", db])
    assert ("an unfinished `reprocess --stories` (2 of 4 articles re-decided since 2026-11-27T12:00:00+00:00) was "
            "interrupted") in shown.stderr
    assert "run `khronika reprocess --stories --no-events --semantic` to finish it" in shown.stderr
    with open_store(db, create=False, analyzer=analyzer) as live:
        live.model = SameStoryModel()
        live.begin_restory("segment,morph,syntax,ner,actors,times,related,quotes,semantic")   # a run going
        for command in ("runs", "stories"):
            shown = runner.invoke(main, [command, "--db", db])
            assert shown.exit_code == 0, shown.output
            assert f"khronika {command}: warning: a `reprocess --stories` is running (2 of 4" in shown.stderr
            assert "to finish" not in shown.stderr
        refused = runner.invoke(main, ["reprocess", "--stories", "--db", db, "-q",
                                       *[f"--no-{name}" for name in DEFAULT_ORDER]])
        assert refused.exit_code == 1
        assert "is running" in refused.stderr and "wait for it to end" in refused.stderr
        live.interrupt_restory()


# -- 6. a failed page's report joins an existing row of its new story -----------------------------

PETROV = dict(actors=[("x:per:ivan-petrov", "Иван Петров", "PER", [])],
              events=[("ACCUSE", "снег", ["x:per:ivan-petrov"], [], "2024-04-19")])


class SnowPipeline(SamePipeline):
    """The snow pages report Petrov accusing (one event); `fail` fails."""

    def __init__(self, make_doc, fail):
        super().__init__(make_doc)
        self.fail = fail

    def __call__(self, article):
        if article.url == self.fail:
            raise ValueError("broken")
        for url, title, paragraphs, _ in PAGES:
            if url == article.url and title == article.title and "снег" in " ".join(paragraphs).lower():
                return self.make_doc(title, paragraphs, url=url, **PETROV)
        return super().__call__(article)


# the failed page: the snow page before its companion moves, or the one after → one event, two reports
@pytest.mark.parametrize("fail", ["https://ria.ru/2", "https://lenta.ru/4"])
def test_a_moved_failed_page_joins_the_event_of_its_new_story(store, make_doc, fail):
    store.model = JOIN_ALL
    for url, title, paragraphs, _ in PAGES:
        raw = RawPage("pages.txt", "\n\n".join([title, *paragraphs]).encode(), "text", url=url)
        snow = "снег" in " ".join(paragraphs).lower()
        doc = make_doc(title, paragraphs, url=url, **PETROV) if snow else restory_doc(make_doc, url, title, paragraphs)
        store.add_document(doc, raw)
    store.model = SameStoryModel()
    reprocess(store, SnowPipeline(make_doc, fail), stories=True)
    s2, s4 = store.get_article(2).summary.story_id, store.get_article(4).summary.story_id
    assert s2 == s4 != store.get_article(1).summary.story_id
    assert _events(store, s2) == [("ACCUSE", 2)]
