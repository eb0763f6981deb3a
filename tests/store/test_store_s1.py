"""`khronika reprocess --stories` left-overs (issue 6, eighteenth session, helper s1), both backends.

1. An interrupted run (an error, Ctrl-C, SIGKILL) left the store a mix of two story decisions and
   said nothing: now a progress mark in `meta` says how far it got (`Store.restory_pending`,
   `khronika reprocess` warns), and the next `reprocess --stories` resumes after the last article
   done, ending with the stories (members and ids) an uninterrupted run gives.
2. A page the pipeline failed on kept its old story id, which re-decided articles may have kept
   too (it then sat with articles never compared with it), and a failed later version stayed
   where its moved page had been: now it is re-decided like the others from its stored features,
   and its stored reports join its new story's merged events and quotes.
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from khronika.extract.article import Article
from khronika.ingest.rawpage import RawPage
from khronika.nlp.doc import Doc
from khronika.nlp.pipeline import DEFAULT_ORDER
from khronika.store import open_store
from khronika.store.ingest import reprocess
from khronika.stories.cluster import SameStoryModel

from test_store_restory import JOIN_ALL, PAGES, VERSION, SamePipeline, _doc, _write

# -- a corpus whose stories change when re-decided ---------------------------------------------------
# (title, lead) of eight happenings; each page: a happening's wording with filler, some pages later
# stored again changed (a version) or under another address (a reprint).
TOPICS = [
    ("Путин провел переговоры с Си Цзиньпином", "Путин и Си Цзиньпин провели переговоры в Кремле и обсудили энергетику."),
    ("В Москве прошел сильный снегопад", "Сильный снегопад в Москве парализовал движение, коммунальщики вывели технику."),
    ("Газпром сократил поставки газа в Европу", "Газпром сократил поставки газа в Европу из-за ремонта турбины."),
    ("Центробанк повысил ключевую ставку", "Банк России повысил ключевую ставку до шестнадцати процентов годовых."),
    ("В Казани загорелся склад", "Пожарные в Казани тушат склад стройматериалов на улице Техническая."),
    ("Сборная России выиграла чемпионат мира по хоккею", "Хоккеисты сборной России обыграли канадцев в финале чемпионата."),
    ("Лавров провел переговоры в Анкаре", "Лавров в Анкаре обсудил с турецким коллегой Сирию и поставки зерна."),
    ("В Сочи открылся кинофестиваль", "В Сочи открылся кинофестиваль Кинотавр, в конкурсе четырнадцать фильмов."),
]
FILLER = ("заявил сообщил источник власти решение вопрос неделя регион партнер рынок цена договор "
          "совещание министр проект бюджет город жители область завод").split()


def corpus(n: int) -> list[tuple[str, str, list[str]]]:
    """(url, title, paragraphs) of `n` pages in arrival order."""
    rng = random.Random(18)
    pages: list[tuple[str, str, list[str]]] = []
    for i in range(n):
        title, lead = TOPICS[rng.randrange(len(TOPICS))]
        body = " ".join(rng.choice(FILLER) for _ in range(rng.randint(15, 40))).capitalize() + "."
        if i % 17 == 9 and pages:      # a reprint of an earlier page under another address
            _, t, p = pages[rng.randrange(len(pages))]
            pages.append((f"https://copy{i}.example/{i}", t, p))
            continue
        if i % 13 == 7 and pages:      # a new version of an earlier page, its text changed
            url, t, p = pages[rng.randrange(len(pages))]
            pages.append((url, t + " (обновлено)", [*p, body]))
            continue
        pages.append((f"https://n{i % 9}.ru/{i}", f"{title}: {rng.choice(FILLER)}", [lead, body]))
    return pages


def write_old_store(url: str, analyzer, make_doc, pages) -> None:
    """The store an older rule left: the first half joined into one story, the rest as today."""
    with open_store(url, analyzer=analyzer) as store:
        for i, (page_url, title, paragraphs) in enumerate(pages):
            store.model = JOIN_ALL if i < len(pages) // 2 else SameStoryModel()
            raw = RawPage("pages.txt", "\n\n".join([title, *paragraphs]).encode(), "text", url=page_url)
            store.add_document(make_doc(title, paragraphs, url=page_url), raw)


class CorpusPipeline:
    """The hand-built Doc of each page again (records unchanged; only the stories move)."""

    names = ["corpus"]

    def __init__(self, make_doc, pages, stop_at: int | None = None) -> None:
        self.make_doc, self.stop_at, self.seen = make_doc, stop_at, 0
        self.docs = {(u, t): p for u, t, p in pages}

    def __call__(self, article: Article) -> Doc:
        self.seen += 1
        if self.stop_at is not None and self.seen == self.stop_at:
            raise KeyboardInterrupt  # Ctrl-C in the middle of the run
        paragraphs = self.docs[(article.url, article.title)]
        return self.make_doc(article.title, paragraphs, url=article.url)


def memberships(url: str, analyzer=None) -> tuple[dict[int, int], dict[int, int]]:
    """article id -> story id, and story id -> its stored article count (every story row)."""
    with open_store(url, create=False, analyzer=analyzer) as store:
        members = {int(a): int(s) for a, s in store._execute("SELECT id, story_id FROM articles ORDER BY id")}
        rows = {int(s): int(n) for s, n in store._execute("SELECT id, n_articles FROM stories")}
        return members, rows


@pytest.fixture
def twin_url(store_url, tmp_path, pg_server):
    """A second, empty store on the same backend."""
    if store_url.startswith("postgres"):
        return pg_server.new_database()
    return str(tmp_path / "twin.db")


# -- 1. an interrupted run -------------------------------------------------------------------------

def test_an_interrupted_restory_is_reported_and_resumed_to_the_uninterrupted_result(
        store_url, twin_url, analyzer, make_doc):
    pages = corpus(60)
    write_old_store(store_url, analyzer, make_doc, pages)
    write_old_store(twin_url, analyzer, make_doc, pages)
    before, _ = memberships(store_url)
    assert before == memberships(twin_url)[0]                  # two identical old stores

    with open_store(twin_url, analyzer=analyzer) as twin:          # the reference: one run to its end
        assert twin.restory_pending() is None
        counts = reprocess(twin, CorpusPipeline(make_doc, pages), stories=True)
        assert counts["reprocessed"] == len(pages) and "resumed" not in counts
        assert twin.restory_pending() is None
    reference, reference_rows = memberships(twin_url)
    assert reference != before                                   # the rules do move articles

    with open_store(store_url, analyzer=analyzer) as store:       # Ctrl-C at the 25th article
        with pytest.raises(KeyboardInterrupt):
            reprocess(store, CorpusPipeline(make_doc, pages, stop_at=25), stories=True)
        pending = store.restory_pending()
        assert (pending["decided"], pending["done"], pending["articles"]) == (24, 24, len(pages))
        assert pending["pipeline"] == "corpus"
    mixed, _ = memberships(store_url)
    assert mixed != reference and mixed != before                # what the mark is there to say

    with open_store(store_url, analyzer=analyzer) as store:       # the rerun resumes after article 24
        counts = reprocess(store, CorpusPipeline(make_doc, pages), stories=True)
        assert counts["resumed"] == 24 and counts["reprocessed"] == len(pages) - 24
        assert store.restory_pending() is None
    assert memberships(store_url) == (reference, reference_rows)  # members, ids and counts


def test_an_error_of_the_store_mid_run_leaves_the_mark(store, make_doc, monkeypatch):
    store.model = JOIN_ALL
    _write(store, make_doc, PAGES)
    store.model = SameStoryModel()
    real = type(store).replace_layers
    calls = []

    def failing(self, article_id, doc, pipeline=""):
        calls.append(article_id)
        if len(calls) == 3:
            raise RuntimeError("the disk is full")
        return real(self, article_id, doc, pipeline)

    monkeypatch.setattr(type(store), "replace_layers", failing)
    with pytest.raises(RuntimeError):
        reprocess(store, SamePipeline(make_doc), stories=True)
    assert store.restory_pending()["decided"] == 2
    monkeypatch.setattr(type(store), "replace_layers", real)
    counts = reprocess(store, SamePipeline(make_doc), stories=True)
    assert (counts["resumed"], counts["reprocessed"]) == (2, 2)
    assert store.restory_pending() is None


def test_a_rerun_with_another_pipeline_starts_from_the_first_article(store, make_doc):
    store.model = JOIN_ALL
    _write(store, make_doc, PAGES)
    store.model = SameStoryModel()

    class Stops(SamePipeline):
        def __call__(self, article):
            if article.url == PAGES[2][0]:
                raise KeyboardInterrupt
            return super().__call__(article)

    with pytest.raises(KeyboardInterrupt):
        reprocess(store, Stops(make_doc), stories=True)
    assert store.restory_pending()["decided"] == 2

    class Other(SamePipeline):
        names = ["other"]

    counts = reprocess(store, Other(make_doc), stories=True)
    assert counts["reprocessed"] == 4 and "resumed" not in counts
    assert store.restory_pending() is None


def test_the_writer_after_an_interrupted_restory_reloads(store_url, analyzer, make_doc):
    """A writer open before the run: the run's start tells it the stories move, so a kill before
    the end does not leave it assigning against the old stories."""
    with open_store(store_url, analyzer=analyzer) as writer, open_store(store_url, analyzer=analyzer) as other:
        writer.model = JOIN_ALL
        _write(writer, make_doc, PAGES)
        writer.model = SameStoryModel()
        epoch = writer._epoch
        other.begin_restory("same")                             # and killed right after
        writer._writer_state()
        assert writer._epoch != epoch                           # its story index was read again


PIPELINE_OFF = [f"--no-{name}" for name in DEFAULT_ORDER]


def _cli(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "khronika.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=dict(os.environ))


def test_sigkill_mid_restory_then_rerun_gives_the_uninterrupted_stories(store_url, twin_url, analyzer, make_doc):
    pages = corpus(300)
    write_old_store(store_url, analyzer, make_doc, pages)
    write_old_store(twin_url, analyzer, make_doc, pages)

    reference = _cli("reprocess", "--stories", "--db", twin_url, "-q", *PIPELINE_OFF)
    out, err = reference.communicate(timeout=600)
    assert reference.returncode == 0, err.decode()[-800:]

    proc = _cli("reprocess", "--stories", "--db", store_url, "-q", *PIPELINE_OFF)
    deadline = time.monotonic() + 300
    decided = 0
    with open_store(store_url, create=False) as watcher:
        while time.monotonic() < deadline and proc.poll() is None:
            pending = watcher.restory_pending()
            decided = pending["decided"] if pending else 0
            if decided >= 60:
                break
            time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 60 <= decided < len(pages), f"killed too late to test anything ({decided})"

    with open_store(store_url, create=False) as store:
        pending = store.restory_pending()
        assert decided <= pending["decided"] < pending["articles"] == len(pages)

    rerun = _cli("reprocess", "--stories", "--db", store_url, "-q", *PIPELINE_OFF)
    out, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err.decode()[-800:]
    assert "resuming the interrupted `reprocess --stories`" in err.decode()
    assert f"resumed after {pending['decided']} done before" in out.decode()
    assert f"{len(pages) - pending['decided']} reprocessed" in out.decode()
    (resumed, resumed_rows), (reference, reference_rows) = memberships(store_url), memberships(twin_url)
    assert partition(resumed) == partition(reference)
    assert sorted(resumed_rows.values()) == sorted(reference_rows.values())
    if not store_url.startswith("postgres"):
        # The same ids too.  (A PostgreSQL sequence keeps the story ids the killed transaction
        # drew, so the stories begun after the kill may be numbered further on.)
        assert (resumed, resumed_rows) == (reference, reference_rows)


def partition(members: dict[int, int]) -> list[list[int]]:
    stories: dict[int, list[int]] = {}
    for article_id, story in sorted(members.items()):
        stories.setdefault(story, []).append(article_id)
    return sorted(stories.values())


def test_cli_reports_an_unfinished_restory(tmp_path, analyzer, make_doc):
    from click.testing import CliRunner

    from khronika.cli import main

    db = str(tmp_path / "k.db")
    with open_store(db, analyzer=analyzer) as store:
        store.model = JOIN_ALL
        _write(store, make_doc, PAGES)
        store.model = SameStoryModel()

        class Stops(SamePipeline):
            def __call__(self, article):
                if article.url == PAGES[2][0]:
                    raise KeyboardInterrupt
                return super().__call__(article)

        with pytest.raises(KeyboardInterrupt):
            reprocess(store, Stops(make_doc), stories=True)
    runner = CliRunner()
    for command in ("runs", "stories"):  # the commands that show the store's state say so too
        shown = runner.invoke(main, [command, "--db", db])
        assert shown.exit_code == 0, shown.output
        assert f"khronika {command}: warning: an unfinished `reprocess --stories` (2 of 4 articles" in shown.stderr
    plain = runner.invoke(main, ["reprocess", "--db", db, "-q", *PIPELINE_OFF])
    assert plain.exit_code == 0, plain.output
    assert "an unfinished `reprocess --stories` (2 of 4 articles re-decided" in plain.stderr
    other = runner.invoke(main, ["reprocess", "--stories", "--db", db, "-q", *PIPELINE_OFF])
    assert other.exit_code == 0, other.output
    assert "ran another pipeline (same): starting again from the first article" in other.stderr
    assert "4 reprocessed" in other.stdout
    with open_store(db, create=False) as store:
        assert store.restory_pending() is None
    assert "unfinished" not in runner.invoke(main, ["runs", "--db", db]).stderr


# -- 2. a page the pipeline fails on ---------------------------------------------------------------

class FailsOn(SamePipeline):
    def __init__(self, make_doc, titles) -> None:
        super().__init__(make_doc)
        self.titles = set(titles)

    def __call__(self, article):
        if article.title in self.titles:
            raise ValueError("a broken model")
        return super().__call__(article)


def _stories(store, ids):
    return {i: store.get_article(i).summary.story_id for i in ids}


# (pages that fail, expected partition of articles 1-5 by happening) — 1 and 3 talks, 2 and 4 (and
# 4's version, 5) snow; whichever page fails, the partition is the one every page going through gives.
FAILURES = [
    ((), [{1, 3}, {2, 4, 5}]),
    ((PAGES[3][1],), [{1, 3}, {2, 4, 5}]),            # the snow page whose old story talks 1 took
    ((PAGES[0][1],), [{1, 3}, {2, 4, 5}]),            # the first page, keeper of the old id
    ((PAGES[3][1], VERSION[1]), [{1, 3}, {2, 4, 5}]),  # a page and its later version
    ((VERSION[1],), [{1, 3}, {2, 4, 5}]),             # only the later version, its page moved
    ((PAGES[1][1], PAGES[3][1], VERSION[1]), [{1, 3}, {2, 4, 5}]),  # every snow page
]


@pytest.mark.parametrize("failing, expected", FAILURES)
def test_a_failed_page_is_re_decided_with_the_others(store, make_doc, failing, expected):
    store.model = JOIN_ALL
    _write(store, make_doc, [*PAGES, VERSION])
    assert len(set(_stories(store, range(1, 6)).values())) == 1      # the old rule: one story
    store.model = SameStoryModel()
    counts = reprocess(store, FailsOn(make_doc, failing), stories=True)
    assert counts["failed"] == len(failing)
    stories = _stories(store, range(1, 6))
    partition = {}
    for article_id, story in stories.items():
        partition.setdefault(story, set()).add(article_id)
    assert sorted(map(sorted, partition.values())) == sorted(map(sorted, expected))
    for story, members in partition.items():                         # the rows count what they hold
        current = {i for i in members if i != 4}                     # 4's version 5 is current
        assert store.get_story(story).summary.n_articles == len(current)


def test_a_failed_page_moved_out_of_its_old_story_keeps_its_quote_and_event(store, make_doc):
    """A snow page with a quote and an event fails while the talks article keeps the old id: it
    moves to the snow story with its stored quote and event, which the talks story no longer lists."""
    snow_doc = dict(
        quotes=[("снег будет идти до воскресенья", "x:per:ivan-petrov", "Иван Петров")],
        actors=[("x:per:ivan-petrov", "Иван Петров", "PER", ["Синоптики"])],
        events=[("ACCUSE", "обещают", ["x:per:ivan-petrov"], [], "2024-04-19")],
    )
    pages = [PAGES[0], PAGES[1], PAGES[3]]
    store.model = JOIN_ALL
    ids = []
    for url, title, paragraphs, what in pages:
        raw = RawPage("pages.txt", ("\n\n".join([title, *paragraphs])).encode(), "text", url=url)
        extra = snow_doc if url == PAGES[1][0] else {}
        doc = _doc(make_doc, url, title, paragraphs) if not extra else make_doc(title, paragraphs, url=url, **extra)
        ids.append(store.add_document(doc, raw).article_id)
    old = store.get_article(ids[1]).summary.story_id
    assert store.get_story(old).quotes and store.get_story(old).events
    store.model = SameStoryModel()
    reprocess(store, FailsOn(make_doc, [PAGES[1][1]]), stories=True)
    talks, snow, other_snow = (store.get_article(i).summary.story_id for i in ids)
    assert talks == old and snow != old and snow == other_snow
    assert [q.text for q in store.get_story(snow).quotes] == ["снег будет идти до воскресенья"]
    assert [e.type for e in store.get_story(snow).events] == ["ACCUSE"]
    assert store.get_story(talks).quotes == [] and [e.type for e in store.get_story(talks).events] == ["CONSULT"]
    orphans = store._execute(  # no merged row without a report in its story, none pointing elsewhere
        "SELECT COUNT(*) FROM story_events se WHERE NOT EXISTS (SELECT 1 FROM events e JOIN articles a "
        "ON a.id = e.article_id WHERE e.story_event_id = se.id AND a.story_id = se.story_id)")
    strays = store._execute(
        "SELECT COUNT(*) FROM quotes q JOIN articles a ON a.id = q.article_id JOIN story_quotes sq "
        "ON sq.id = q.story_quote_id WHERE sq.story_id <> a.story_id")
    assert (orphans[0][0], strays[0][0]) == (0, 0)

