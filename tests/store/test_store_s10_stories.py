"""What a story row says, on both backends (sixteenth session, s10 audit of a SlavicNER + tgcontest store):
its title is the member headline most reports share (not the first page's timestamped line), its outlets
are listed once per source as `n_sources` counts them, and an event or a quote counts one report per
article that carries it."""
from __future__ import annotations

import pytest

PUTIN = ("per:vladimir-putin", "Владимир Путин", "PER")
XI = ("per:xi-jinping", "Си Цзиньпин", "PER")

BODY = [
    "Президент России Владимир Путин провел переговоры с председателем КНР Си Цзиньпином в Кремле.",
    "«Мы обсудили энергетику и торговлю», — заявил Путин журналистам после встречи.",
]


def talks(make_doc, url, title, paragraphs=BODY, quotes=(), published="2024-04-19T10:00:00+03:00"):
    return make_doc(
        title, paragraphs, url=url, published=published,
        actors=[(*PUTIN, ["Владимир Путин"]), (*XI, ["Си Цзиньпином"])],
        quotes=list(quotes),
        events=[("CONSULT", "провел переговоры", [PUTIN[0]], [XI[0]], "2024-04-19")],
    )


def test_story_title_is_the_headline_most_reports_share(store, make_doc):
    first = store.add_document(talks(make_doc, "https://feed.example/1",
                                     "06:36 Лента: Путин провел переговоры с Си corner"))
    ids = [store.add_document(talks(make_doc, f"https://o{i}.example/{i}", title)).story_id for i, title in enumerate([
        "Путин и Си Цзиньпин провели переговоры в Кремле",
        "В Кремле прошли переговоры Путина и Си Цзиньпина",
    ])]
    assert set(ids) == {first.story_id}
    story = store.get_story(first.story_id)
    assert story.summary.title == "Путин и Си Цзиньпин провели переговоры в Кремле"
    assert [s.title for s in store.stories() if s.id == first.story_id] == [story.summary.title]


@pytest.mark.parametrize("headline, title", [
    ("Путин провел переговоры с Си Цзиньпином", "Путин провел переговоры с Си Цзиньпином"),
    ("17:48 Путин провел переговоры с Си Цзиньпином", "Путин провел переговоры с Си Цзиньпином"),  # a feed's stamp
])
def test_a_story_of_one_article_is_titled_by_its_headline(store, make_doc, headline, title):
    one = store.add_document(talks(make_doc, "https://tass.ru/1", headline))
    assert store.get_story(one.story_id).summary.title == title


@pytest.mark.parametrize("urls, outlets", [
    ((None, None, None), ["unknown", "unknown", "unknown"]),          # three files: three sources, three entries
    (("https://tass.ru/1", None, "https://tass.ru/2"), ["tass.ru", "unknown"]),
    (("https://tass.ru/1", "https://ria.ru/2", None), ["tass.ru", "ria.ru", "unknown"]),
])
def test_outlets_are_listed_once_per_source(store, make_doc, urls, outlets):
    titles = ["Путин провел переговоры с Си Цзиньпином", "Путин и Си Цзиньпин провели переговоры в Кремле",
              "В Кремле прошли переговоры Путина и Си Цзиньпина"]
    results = [store.add_document(talks(make_doc, url, title, published=f"2024-04-19T1{i}:00:00+03:00"))
               for i, (url, title) in enumerate(zip(urls, titles))]
    assert len({r.story_id for r in results}) == 1
    summary = store.get_story(results[0].story_id).summary
    assert summary.n_sources == len(summary.outlets)
    assert sorted(summary.outlets) == sorted(outlets)
    listed = [s for s in store.stories() if s.id == summary.id][0]
    assert listed.outlets == summary.outlets and listed.n_sources == len(listed.outlets)


def test_a_quote_repeated_in_one_article_is_one_report(store, make_doc):
    words = "Мы обсудили энергетику и торговлю"
    repeated = BODY + [f"Путин повторил: «{words}»."]
    a = store.add_document(talks(make_doc, "https://tass.ru/1", "Путин провел переговоры с Си Цзиньпином",
                                 paragraphs=repeated, quotes=[(words, PUTIN[0], PUTIN[1]),
                                                             (f"«{words}»."[1:-2], PUTIN[0], PUTIN[1])]))
    doc = talks(make_doc, "https://ria.ru/2", "Путин и Си Цзиньпин провели переговоры в Кремле",
                quotes=[(words, PUTIN[0], PUTIN[1])])
    doc.events.append(doc.events[0].__class__(**{**doc.events[0].__dict__}))  # the same talks coded twice
    b = store.add_document(doc)
    assert a.story_id == b.story_id
    story = store.get_story(a.story_id)
    assert [(len(q.reports), q.n_reports) for q in story.quotes] == [(3, 2)]
    assert [(len(e.reports), e.n_reports) for e in story.events] == [(3, 2)]
    assert story.quotes[0].to_json()["n_reports"] == 2
