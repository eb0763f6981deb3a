"""`khronika reprocess --stories` (issue 6, seventeenth session): a store's stories re-decided with
the current clustering rules.  Story membership is decided when an article is stored and was never
revisited, so a store written before a change of the rules (the story check of this session) kept
its old stories: `reprocess` re-derived every record but that one.  Both backends."""
from __future__ import annotations

import pytest

from khronika.extract.article import Article
from khronika.ingest.rawpage import RawPage
from khronika.nlp.doc import Doc
from khronika.store.ingest import reprocess
from khronika.stories.cluster import DEFAULT_WEIGHTS, SameStoryModel

PUTIN = ("per:vladimir-putin", "Владимир Путин", "PER")
XI = ("per:xi-jinping", "Си Цзиньпин", "PER")

# (url, title, paragraphs, happening): two reports of talks, two of a snowfall, in arrival order;
# then a verbatim reprint of the first and a changed version of the last page.
PAGES = [
    ("https://tass.ru/1", "Путин провел переговоры с Си Цзиньпином",
     ["Президент России Владимир Путин провел переговоры с председателем КНР Си Цзиньпином в Кремле.",
      "«Мы обсудили энергетику и торговлю», — заявил Путин журналистам после встречи."], "talks"),
    ("https://ria.ru/2", "В Москве прошел сильный снегопад",
     ["Сильный снегопад прошел в Москве в пятницу, коммунальщики вывели на улицы всю снегоуборочную технику.",
      "Синоптики обещают, что снег будет идти до воскресенья."], "snow"),
    ("https://rbc.ru/3", "Си Цзиньпин и Путин провели переговоры в Кремле",
     ["Председатель КНР Си Цзиньпин и президент России Владимир Путин провели переговоры в Кремле и обсудили "
      "энергетику.", "Лидеры договорились расширять торговлю между странами."], "talks"),
    ("https://lenta.ru/4", "Снегопад в Москве парализовал движение",
     ["Из-за сильного снегопада в Москве в пятницу образовались пробки, коммунальщики убирают снег всей техникой.",
      "Снег в столице будет идти до воскресенья, сообщают синоптики."], "snow"),
]
REPRINT = ("https://copy.example/5", PAGES[0][1], PAGES[0][2], "talks")
VERSION = ("https://lenta.ru/4", "Снегопад в Москве парализовал движение в пятницу",
           PAGES[3][2] + ["Обновлено: к вечеру пробки достигли десяти баллов."], "snow")


def _doc(make_doc, url, title, paragraphs):
    talks = "Путин" in title
    return make_doc(
        title, paragraphs, url=url,
        actors=[(*PUTIN, ["Владимир Путин"]), (*XI, ["Си Цзиньпин"])] if talks else [],
        events=[("CONSULT", "переговоры", [PUTIN[0]], [XI[0]], "2024-04-19")] if talks else [],
    )


class SamePipeline:
    """Gives each page its hand-built Doc again (the records do not change; only stories do)."""

    names = ["same"]

    def __init__(self, make_doc) -> None:
        self.make_doc = make_doc

    def __call__(self, article: Article) -> Doc:
        for url, title, paragraphs, _ in [*PAGES, REPRINT, VERSION]:
            if url == article.url and title == article.title:
                return _doc(self.make_doc, url, title, paragraphs)
        raise AssertionError(f"unknown page {article.url} {article.title}")


def _write(store, make_doc, pages) -> dict[int, str]:
    happening = {}
    for url, title, paragraphs, what in pages:
        raw = RawPage("pages.txt", ("\n\n".join([title, *paragraphs])).encode(), "text", url=url)
        added = store.add_document(_doc(make_doc, url, title, paragraphs), raw)
        happening[added.article_id] = what
    return happening


def _partition(store) -> dict[str, set[int]]:
    stories: dict[int, set[int]] = {}
    for article_id in range(1, 7):
        found = store.get_article(article_id)
        if found is not None:
            stories.setdefault(found.summary.story_id, set()).add(article_id)
    return {str(sorted(members)): members for members in stories.values()}


JOIN_ALL = SameStoryModel(dict(DEFAULT_WEIGHTS), 0.0, None)  # an "old rule" that put everything in one story


def test_reprocess_stories_redecides_an_old_store(store, make_doc):
    store.model = JOIN_ALL
    happening = _write(store, make_doc, [*PAGES, REPRINT, VERSION])
    assert len({store.get_article(i).summary.story_id for i in happening}) == 1   # the old store: one story
    old_story = store.get_article(1).summary.story_id

    store.model = SameStoryModel()
    counts = reprocess(store, SamePipeline(make_doc), stories=True)
    assert counts == {"reprocessed": 6, "failed": 0, "stories removed": 0}

    stories = {i: store.get_article(i).summary.story_id for i in happening}
    talks = {stories[i] for i, what in happening.items() if what == "talks"}
    snow = {stories[i] for i, what in happening.items() if what == "snow"}
    assert len(talks) == 1 and len(snow) == 1 and talks != snow     # the reprint follows its original,
    assert talks == {old_story}                                     # the version its page; the first
    listed = {s.id: s for s in store.stories(limit=10)}
    assert set(listed) == talks | snow
    (talks_story,) = talks
    detail = store.get_story(talks_story)
    assert detail.summary.n_articles == 3                          # articles 1 and 3 and the reprint
    assert [(e.type, e.n_reports) for e in detail.events] == [("CONSULT", 3)]  # 1, 3 and the reprint
    (snow_story,) = snow
    assert store.get_story(snow_story).summary.n_articles == 2      # page 2 and the current version of page 4


def test_reprocess_stories_gives_what_a_fresh_ingest_gives(store, make_doc, store_url, analyzer, tmp_path):
    store.model = JOIN_ALL
    _write(store, make_doc, PAGES)
    store.model = SameStoryModel()
    reprocess(store, SamePipeline(make_doc), stories=True)
    from khronika.store import open_store

    with open_store(str(tmp_path / "fresh.db"), analyzer=analyzer) as fresh:
        _write(fresh, make_doc, PAGES)
        assert sorted(map(sorted, _partition(store).values())) == sorted(map(sorted, _partition(fresh).values()))


def test_reprocess_without_stories_keeps_them(store, make_doc):
    store.model = JOIN_ALL
    happening = _write(store, make_doc, PAGES)
    store.model = SameStoryModel()
    counts = reprocess(store, SamePipeline(make_doc))
    assert counts == {"reprocessed": 4, "failed": 0}
    assert len({store.get_article(i).summary.story_id for i in happening}) == 1


def test_an_article_that_fails_is_re_decided_from_its_stored_features(store, make_doc):
    """A page the pipeline fails on keeps its records and has its story re-decided like the
    others (eighteenth session, s1; before, it kept its old story id, which talks 1 and 3 had
    kept too: review rev17_A M1)."""
    store.model = JOIN_ALL
    happening = _write(store, make_doc, PAGES)
    store.model = SameStoryModel()

    class FailsOnSnow(SamePipeline):
        def __call__(self, article: Article) -> Doc:
            if "Снегопад в Москве" in article.title:
                raise ValueError("a broken model")
            return super().__call__(article)

    old = store.get_article(4).summary.story_id
    counts = reprocess(store, FailsOnSnow(make_doc), stories=True)
    assert counts == {"reprocessed": 3, "failed": 1, "stories removed": 0}
    assert store.get_article(4).summary.story_id == store.get_article(2).summary.story_id != old
    assert store.get_story(old).summary.n_articles == 2          # talks 1 and 3 kept the id


def test_the_writer_after_a_restory_assigns_against_the_new_stories(store, make_doc):
    store.model = JOIN_ALL
    _write(store, make_doc, PAGES)
    store.model = SameStoryModel()
    reprocess(store, SamePipeline(make_doc), stories=True)
    added = store.add_document(_doc(make_doc, "https://kommersant.ru/7", "Путин и Си Цзиньпин провели переговоры",
                                    ["Владимир Путин и Си Цзиньпин провели переговоры в Кремле и обсудили энергетику "
                                     "и торговлю."]))
    assert added.story_id == store.get_article(1).summary.story_id
    assert store.get_story(added.story_id) is not None


@pytest.mark.parametrize("flag", [[], ["--stories"]])
def test_cli_reprocess_stories(tmp_path, flag):
    from click.testing import CliRunner

    from khronika.cli import main

    page = tmp_path / "page.txt"
    page.write_text("Путин провел переговоры с Си Цзиньпином\n\n" + " ".join(PAGES[0][2]), encoding="utf-8")
    db = str(tmp_path / "k.db")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(page), "--db", db, "-q"]).exit_code == 0
    result = runner.invoke(main, ["reprocess", "--db", db, "-q", *flag])
    assert result.exit_code == 0, result.output
    assert ("stories re-decided, 0 emptied and removed" in result.output) is bool(flag)
