"""The store interface, run on both backends (see conftest.store)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from khronika.ingest.rawpage import RawPage

PUTIN = ("per:vladimir-putin", "Владимир Путин", "PER")
XI = ("per:xi-jinping", "Си Цзиньпин", "PER")

TALKS = [
    "Президент России Владимир Путин провел переговоры с председателем КНР Си Цзиньпином в Кремле.",
    "«Мы обсудили энергетику и торговлю», — заявил Путин журналистам после встречи.",
]


def talks_doc(make_doc, url, title="Путин провел переговоры с Си Цзиньпином", paragraphs=TALKS, **kw):
    return make_doc(
        title, paragraphs, url=url,
        actors=[(*PUTIN, ["Владимир Путин", "Путин журналистам"[:5]]), (*XI, ["Си Цзиньпином"])],
        quotes=[("Мы обсудили энергетику и торговлю", PUTIN[0], PUTIN[1])],
        events=[("CONSULT", "провел переговоры", [PUTIN[0]], [XI[0]], "2024-04-19")],
        **kw,
    )


def football_doc(make_doc, url="https://sport.example/match"):
    return make_doc(
        "Сборная России по футболу выиграла товарищеский матч",
        ["Футболисты сборной победили соперника со счетом 3:0 в Казани.", "Главный тренер похвалил игроков."],
        url=url,
    )


def test_migrations_are_recorded(store):
    applied = store.migrations()
    assert applied and applied[0][0] == 1 and applied[0][1] == "initial"


def test_reopening_does_not_migrate_again(store_url, analyzer):
    from khronika.store import open_store

    with open_store(store_url, analyzer=analyzer) as first:
        versions = first.migrations()
    with open_store(store_url, analyzer=analyzer) as second:
        assert second.migrations() == versions


def test_same_page_twice_is_stored_once(store, make_doc):
    raw = RawPage("a.txt", "Путин провел переговоры".encode(), "text", url="https://tass.ru/1")
    doc = talks_doc(make_doc, "https://tass.ru/1")
    first = store.add_document(doc, raw)
    again = store.add_document(doc, raw)
    assert first.status == "new" and again.status == "unchanged" and again.article_id == first.article_id
    assert store.counts()["articles"] == 1
    assert store.known_raw_hash(__import__("hashlib").sha256(raw.data).hexdigest()) == first.article_id


def test_changed_page_keeps_both_versions_with_crawl_times(store, make_doc):
    t1 = datetime(2024, 4, 19, 9, 0, tzinfo=timezone.utc)
    t2 = datetime(2024, 4, 19, 15, 0, tzinfo=timezone.utc)
    raw1 = RawPage("crawl1/a.html", b"<p>v1</p>", "html", crawled_at=t1, url="https://tass.ru/1")
    raw2 = RawPage("crawl2/a.html", b"<p>v2</p>", "html", crawled_at=t2, url="https://tass.ru/1")
    one = store.add_document(talks_doc(make_doc, "https://tass.ru/1"), raw1)
    two = store.add_document(talks_doc(make_doc, "https://tass.ru/1", paragraphs=TALKS + ["Обновлено: визит продлится три дня."]), raw2)
    assert (one.status, two.status) == ("new", "version")
    detail = store.get_article(two.article_id)
    assert [(v.version, v.is_current, v.crawled_at) for v in detail.versions] == [
        (1, False, t1.isoformat()), (2, True, t2.isoformat())]
    # Only the current version is listed and searched; both stay readable.
    assert [a.id for a in store.list_articles()] == [two.article_id]
    assert [h.article.id for h in store.search("визит")] == [two.article_id]
    assert store.get_article(one.article_id).summary.is_current is False
    assert two.story_id == one.story_id


def test_exact_and_near_reprints_link_to_one_canonical(store, make_doc):
    original = store.add_document(talks_doc(make_doc, "https://tass.ru/1"))
    exact = store.add_document(talks_doc(make_doc, "https://ria.ru/2", title="Другой заголовок у перепечатки"))
    near = store.add_document(talks_doc(
        make_doc, "https://regnum.ru/3",
        paragraphs=["МОСКВА, 19 апреля. " + TALKS[0], TALKS[1], "Читайте также: новости партнеров."]))
    other = store.add_document(football_doc(make_doc))
    assert (exact.canonical_id, exact.duplicate) == (original.article_id, "exact")
    assert (near.canonical_id, near.duplicate) == (original.article_id, "near")
    assert other.canonical_id is None
    detail = store.get_article(original.article_id)
    assert sorted(d.id for d in detail.duplicates) == [exact.article_id, near.article_id]
    assert exact.story_id == near.story_id == original.story_id != other.story_id


def test_story_merges_events_and_quotes_with_honest_counts(store, make_doc):
    a = store.add_document(talks_doc(make_doc, "https://tass.ru/1"))
    b = store.add_document(make_doc(
        "Лидеры России и Китая встретились в Москве",
        ["Владимир Путин и Си Цзиньпин провели переговоры в Кремле, обсудив торговлю, газ и энергетику.",
         "Путин заявил, что «мы обсудили энергетику и торговлю» и остались довольны."],
        url="https://rbc.ru/2",
        actors=[(*PUTIN, ["Владимир Путин"]), (*XI, ["Си Цзиньпин"])],
        quotes=[("мы обсудили энергетику и торговлю", PUTIN[0], PUTIN[1])],
        events=[("CONSULT", "провели переговоры", [PUTIN[0]], [XI[0]], "2024-04-19")],
    ))
    assert a.story_id == b.story_id
    story = store.get_story(a.story_id)
    assert story.summary.n_articles == 2 and story.summary.n_sources == 2
    assert len(story.events) == 1 and story.events[0].n_reports == 2
    assert {r.outlet for r in story.events[0].reports} == {"tass.ru", "rbc.ru"}
    assert all(r.evidence for r in story.events[0].reports)
    assert len(story.quotes) == 1 and story.quotes[0].n_reports == 2
    by_source = {r.outlet: r for r in story.by_source}
    assert set(by_source) == {"tass.ru", "rbc.ru"}
    assert by_source["rbc.ru"].headline == "Лидеры России и Китая встретились в Москве"
    assert by_source["tass.ru"].speakers == ["Владимир Путин"]


@pytest.mark.parametrize("type_, mode, merged", [
    ("CONSULT", "talks", 1),  # talks have no direction: "Си → Путин" is the same talks as "Путин → Си"
    ("ACCUSE", None, 2),      # an accusation has one: the reverse is another event
])
def test_story_merges_a_symmetric_event_reported_either_way_round(store, make_doc, type_, mode, merged):
    docs = [talks_doc(make_doc, "https://tass.ru/1"), make_doc(
        "Лидеры России и Китая встретились в Москве",
        ["Си Цзиньпин и Владимир Путин провели переговоры в Кремле, обсудив торговлю, газ и энергетику.",
         "Путин заявил, что «мы обсудили энергетику и торговлю» и остались довольны."],
        url="https://rbc.ru/2",
        actors=[(*PUTIN, ["Владимир Путин"]), (*XI, ["Си Цзиньпин"])],
        events=[(type_, "провели переговоры", [XI[0]], [PUTIN[0]], "2024-04-19")],
    )]
    for event in (docs[0].events[0], docs[1].events[0]):
        event.type, event.mode = type_, mode
    a, b = (store.add_document(doc) for doc in docs)
    assert a.story_id == b.story_id
    story = store.get_story(a.story_id)
    assert len(story.events) == merged and sum(e.n_reports for e in story.events) == 2


@pytest.mark.parametrize("urls, n_sources", [
    ((None, None), 2),                                      # two files without a URL: two reports side by side
    (("https://tass.ru/1", "https://tass.ru/2"), 1),        # one outlet twice: one source
    (("https://tass.ru/1", None), 2),
])
def test_an_article_of_unknown_outlet_is_a_source_of_its_own(store, make_doc, urls, n_sources):
    first = store.add_document(talks_doc(make_doc, urls[0]))
    second = store.add_document(talks_doc(
        make_doc, urls[1], title="Лидеры России и Китая провели переговоры в Кремле",
        paragraphs=["Владимир Путин провел переговоры с Си Цзиньпином в Кремле, обсудив энергетику и торговлю.",
                    "«Мы обсудили энергетику и торговлю», — заявил Путин журналистам."]))
    assert first.story_id == second.story_id
    story = store.get_story(first.story_id)
    assert story.summary.n_sources == n_sources == len(story.by_source)
    assert sum(len(r.articles) for r in story.by_source) == 2
    if n_sources == 2:  # the merged event and quote are reported by both, so neither is "only here"
        assert all(not r.only_here_events and not r.only_here_quotes for r in story.by_source)


def test_unrelated_article_starts_its_own_story(store, make_doc):
    a = store.add_document(talks_doc(make_doc, "https://tass.ru/1"))
    b = store.add_document(football_doc(make_doc))
    assert a.story_id != b.story_id
    assert {s.id for s in store.stories()} == {a.story_id, b.story_id}


def test_runs_log_what_was_read_skipped_and_failed(store, make_doc):
    run = store.begin_run("ingest test")
    store.add_document(talks_doc(make_doc, "https://tass.ru/1"), run_id=run, input_name="a.txt")
    store.record_input(run, "empty.txt", "skipped", "empty page")
    store.record_input(run, "bad.bin", "failed", "undecodable")
    summary = store.finish_run(run)
    assert summary.counts == {"new": 1, "skipped": 1, "failed": 1}
    assert [(i.input, i.status, i.reason) for i in summary.items][1:] == [
        ("empty.txt", "skipped", "empty page"), ("bad.bin", "failed", "undecodable")]
    assert store.runs()[0].id == run and store.runs()[0].finished_at


def test_actor_reads(store, make_doc):
    store.add_document(talks_doc(make_doc, "https://tass.ru/1"))
    store.add_document(football_doc(make_doc))
    actor = store.get_actor("Путина")
    assert actor is not None and actor.id == PUTIN[0]
    assert actor.n_articles == 1 and actor.n_quotes == 1 and actor.n_events == 1
    assert "Путин" in actor.aliases
    assert [c.actor_id for c in store.co_occurring(PUTIN[0])] == [XI[0]]
    assert store.actor_mentions(PUTIN[0])[0].normal == "Владимир Путин"
    assert [a.id for a in store.actors(limit=5)][:2] in ([PUTIN[0], XI[0]], [XI[0], PUTIN[0]])


def test_quote_and_event_filters(store, make_doc):
    a = store.add_document(talks_doc(make_doc, "https://tass.ru/1"))
    store.add_document(football_doc(make_doc))
    assert [q.article_id for q in store.quotes(speaker="Путин")] == [a.article_id]
    assert store.quotes(speaker="Си Цзиньпин") == []
    assert [e.type for e in store.events(type="CONSULT")] == ["CONSULT"]
    assert [e.type for e in store.events(type="04")] == ["CONSULT"]
    assert [e.article_id for e in store.events(actor="Си Цзиньпин")] == [a.article_id]
    assert store.events(date_from="2024-04-20") == []
    assert store.events(story_id=a.story_id)[0].source_actors[0]["actor_id"] == PUTIN[0]


def test_cursor_paging_is_stable(store, make_doc):
    ids = [store.add_document(make_doc(f"Новость номер {i}", [f"Текст новости {i} о событии {i * 7}."],
                                       url=f"https://x.ru/{i}")).article_id for i in range(5)]
    first = store.list_articles(limit=2)
    second = store.list_articles(limit=2, before=first[-1].id)
    third = store.list_articles(limit=2, before=second[-1].id)
    assert [a.id for a in first + second + third] == sorted(ids, reverse=True)


def test_related_items_and_record_are_kept(store, make_doc):
    doc = talks_doc(make_doc, "https://tass.ru/1", related=["Песков прокомментировал визит"])
    added = store.add_document(doc)
    detail = store.get_article(added.article_id)
    assert detail.record["related"][0]["title"] == "Песков прокомментировал визит"
    assert detail.paragraphs == TALKS
    assert store.counts()["related"] == 1


def test_reprocess_rederives_layers_from_kept_raw(store, make_doc):
    from khronika.extract.article import Article
    from khronika.nlp.doc import Actor, Doc, Mention
    from khronika.store.ingest import reprocess

    raw = RawPage("page.txt", "Путин провел переговоры\n\nВладимир Путин провел переговоры в Кремле.".encode(),
                  "text", url="https://tass.ru/9")
    doc = make_doc("Путин провел переговоры", ["Владимир Путин провел переговоры в Кремле."], url="https://tass.ru/9")
    added = store.add_document(doc, raw)
    assert store.get_actor("Путин") is None

    class UpgradedPipeline:  # a "new pipeline version" that finds the actor
        names = ["upgraded"]

        def __call__(self, article: Article) -> Doc:
            new = Doc.from_article(article)
            at = new.text.find("Путин")
            new.mentions.append(Mention(at, at + 5, "Путин", "PER", "Владимир Путин", PUTIN[0]))
            new.actors.append(Actor(PUTIN[0], PUTIN[1], "PER", None, [], [0], True))
            new.layers |= {"mentions", "actors"}
            return new

    counts = reprocess(store, UpgradedPipeline())
    assert counts == {"reprocessed": 1, "failed": 0}
    assert store.get_actor("Путин").n_articles == 1
    assert store.get_article(added.article_id).summary.title == "Путин провел переговоры"


def test_reprocessing_drops_merged_events_and_quotes_no_report_points_to(store, make_doc):
    # A pipeline upgrade changes an article's event (the target) and drops its quote: the story must not keep
    # the old event and quote as merged rows with no report behind them.
    first = store.add_document(talks_doc(make_doc, "https://tass.ru/1"))
    second = store.add_document(talks_doc(make_doc, "https://rbc.ru/2"))
    assert first.story_id == second.story_id
    upgraded = make_doc(
        "Путин провел переговоры с Си Цзиньпином", TALKS, url="https://tass.ru/1",
        actors=[(*PUTIN, ["Владимир Путин"]), (*XI, ["Си Цзиньпином"])],
        events=[("ACCUSE", "провел переговоры", [PUTIN[0]], [XI[0]], "2024-04-19")],
    )
    store.replace_layers(first.article_id, upgraded)
    story = store.get_story(first.story_id)
    assert sorted((e.type, e.n_reports) for e in story.events) == [("ACCUSE", 1), ("CONSULT", 1)]
    assert [q.n_reports for q in story.quotes] == [1]
    store.replace_layers(second.article_id, upgraded)
    story = store.get_story(first.story_id)
    assert [(e.type, e.n_reports) for e in story.events] == [("ACCUSE", 2)] and story.quotes == []


def test_a_store_written_before_0008_recounts_its_sources(store_url, analyzer, make_doc):
    from khronika.store import open_store

    with open_store(store_url, analyzer=analyzer) as store:
        first = store.add_document(talks_doc(make_doc, None))
        store.add_document(talks_doc(
            make_doc, None, title="Лидеры России и Китая провели переговоры в Кремле",
            paragraphs=["Владимир Путин провел переговоры с Си Цзиньпином в Кремле, обсудив энергетику и торговлю.",
                        "«Мы обсудили энергетику и торговлю», — заявил Путин журналистам."]))
        unrelated = store.add_document(football_doc(make_doc, url=None))
        assert store.get_story(first.story_id).summary.n_sources == 2
        # As a store before 0008 counted: every file without a URL under one outlet "unknown".
        store._execute("UPDATE stories SET n_sources = 1")
        store._execute("DELETE FROM schema_migrations WHERE version = 8")
    with open_store(store_url, analyzer=analyzer) as store:
        assert 8 in {m[0] for m in store.migrations()}
        assert store.get_story(first.story_id).summary.n_sources == 2
        assert store.get_story(unrelated.story_id).summary.n_sources == 1


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
def test_story_events_do_not_depend_on_the_order_reports_arrive_in(store, make_doc, order):
    # A visit each way and a phone call of one pair within a day: one CONSULT event with three reports,
    # whichever report the store reads first.
    reports = [("https://tass.ru/1", [PUTIN[0]], [XI[0]], None), ("https://rbc.ru/2", [XI[0]], [PUTIN[0]], None),
               ("https://ria.ru/3", [PUTIN[0]], [XI[0]], "phone")]
    results = []
    for i in order:
        url, sources, targets, mode = reports[i]
        doc = talks_doc(make_doc, url)
        event = doc.events[0]
        names = {a.actor_id: a for a in event.source_actors + event.target_actors}
        event.source_actors, event.target_actors = [names[a] for a in sources], [names[a] for a in targets]
        event.mode = mode
        results.append(store.add_document(doc))
    assert len({r.story_id for r in results}) == 1
    story = store.get_story(results[0].story_id)
    assert [(e.type, e.n_reports) for e in story.events] == [("CONSULT", 3)]
