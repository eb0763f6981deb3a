"""What an analyst saw wrong on a real store (helper u1, sixteenth session), as tables:
numerals agreeing with their nouns, placeholders put into words, error pages in Russian,
story dates, and the rows a page listed only in part now reachable (quotes, actors, stories)."""
from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))

from khronika_demo_store import demo_postgres, demo_sqlite, opener, shared_analyzer  # noqa: E402


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def client(request: pytest.FixtureRequest) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from khronika.api import create_app

    url = demo_sqlite() if request.param == "sqlite" else demo_postgres()
    if url is None:
        pytest.skip("PostgreSQL binaries not found (apt-get install postgresql); PostgreSQL half skipped")
    # No cache: a test that narrows a page size must see the page built again.
    app = create_app(opener(url, shared_analyzer()), cache_ttl=0)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def html(client, path: str, status: int = 200, **params: Any) -> str:
    response = client.get(path, params=params) if params else client.get(path)
    assert response.status_code == status, (path, response.text[:500])
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def visible(page: str) -> str:
    page = re.sub(r"<script.*?</script>", " ", page, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))


# -- numerals ------------------------------------------------------------------------

PLURALS = [  # n → the form of "статья"
    (0, "0 статей"), (1, "1 статья"), (2, "2 статьи"), (4, "4 статьи"), (5, "5 статей"),
    (11, "11 статей"), (12, "12 статей"), (14, "14 статей"), (21, "21 статья"), (22, "22 статьи"),
    (25, "25 статей"), (101, "101 статья"), (111, "111 статей"), (112, "112 статей"), (1431, "1431 статья"),
    (None, "0 статей"),
]


@pytest.mark.parametrize("n, expected", PLURALS)
def test_numeral_agrees_with_its_noun(n, expected):
    from khronika.web.russian import numeral

    assert numeral(n, "статья", "статьи", "статей") == expected


GENITIVE = [(1, "из 1 статьи"), (2, "из 2 статей"), (5, "из 5 статей"), (11, "из 11 статей"), (21, "из 21 статьи"),
            (111, "из 111 статей"), (1000, "из 1000 статей")]


@pytest.mark.parametrize("n, expected", GENITIVE)
def test_numeral_after_a_preposition(n, expected):
    from khronika.web.russian import numeral_genitive

    assert "из " + numeral_genitive(n, "статьи", "статей") == expected


STORY_SIZE_WORDING = [  # min_articles → the page's words for the filter, and when nothing is that large
    (2, "из 2 статей и больше", None),
    (21, "из 21 статьи и больше", "Сюжетов из 21 статьи и больше нет."),
]


@pytest.mark.parametrize("n, label, empty", STORY_SIZE_WORDING)
def test_stories_page_names_the_size_filter(client, n, label, empty):
    page = visible(html(client, "/stories", min_articles=n))
    assert label in page
    if empty:
        assert empty in page


FORMS = {"статья": ("статья", "статьи", "статей"), "источник": ("источник", "источника", "источников"),
         "упоминание": ("упоминание", "упоминания", "упоминаний"), "цитата": ("цитата", "цитаты", "цитат"),
         "событие": ("событие", "события", "событий"), "сюжет": ("сюжет", "сюжета", "сюжетов")}
ALL_FORMS = {form: forms for forms in FORMS.values() for form in forms}
# A count and its noun (not "сюжет 12", a label, nor "из 5 статей", genitive after a preposition).
COUNTED = re.compile(r"(?<![\d.:\-×])(?<!из )(?<!от )(\d+) (" + "|".join(sorted(ALL_FORMS, key=len, reverse=True))
                     + r")\b(?! \d)")


def disagreements(text: str) -> list[str]:
    from khronika.web.russian import plural

    return [m.group(0) for m in COUNTED.finditer(text)
            if m.group(2) != plural(int(m.group(1)), *ALL_FORMS[m.group(2)])]


PAGES_WITH_COUNTS = ["/", "/stories", "/stories/1", "/actors/per:vladimir-putin", "/actors/org:kremlin"]


@pytest.mark.parametrize("path", PAGES_WITH_COUNTS)
def test_counts_on_pages_agree_with_their_nouns(client, path):
    text = visible(html(client, path))
    assert COUNTED.search(text), f"{path}: no counted noun at all (the check would pass vacuously)"
    assert disagreements(text) == []


# -- placeholders and dates -------------------------------------------------------------

LABELS = [  # (filter, value) → shown
    ("outlet", "unknown", "издание не указано"), ("outlet", "article", "издание не указано"),
    ("outlet", None, "издание не указано"), ("outlet", "tass.ru", "tass.ru"),
    ("speaker", "?", "неизвестный источник"), ("speaker", None, "неизвестный источник"),
    ("speaker", "Тереза Мэй", "Тереза Мэй"),
]


@pytest.mark.parametrize("kind, value, shown", LABELS)
def test_placeholders_are_put_into_words(kind, value, shown):
    from khronika.web.routes import templates

    assert templates.env.filters[kind](value) == shown


def test_quote_chain_of_a_page_without_url_names_no_placeholder(client):
    # The seed page is a text file: its quote chains start with the quote layer's "article".
    page = visible(html(client, "/articles/1"))
    assert "цепочка:" in page
    assert "цепочка: article" not in page and "цепочка: издание не указано" in page


SPANS = [  # (first_seen, last_seen) → shown
    (None, None, "дата неизвестна"), ("", None, "дата неизвестна"),
    ("2019-01-09", "2019-01-14", "2019-01-09 — 2019-01-14"),
    ("2019-01-09", "2019-01-09", "2019-01-09"),
    ("2019-01-09T10:00:00+03:00", "2019-01-09T18:00:00+03:00", "2019-01-09"),
    ("2019-01-09", None, "2019-01-09"), (None, "2019-01-14", "2019-01-14"),
]


WHEN = [  # a stored moment → shown (the clock time as given, and its zone)
    (None, "—"), ("", "—"), ("2019-01-09", "2019-01-09"), ("2019-01-09T10:00", "2019-01-09 10:00"),
    ("2020-04-27T00:10:00+00:00", "2020-04-27 00:10 UTC"), ("2019-01-01T10:00:00Z", "2019-01-01 10:00 UTC"),
    ("2019-08-10T04:06:00+03:00", "2019-08-10 04:06 UTC+3"), ("2012-09-27T10:54:00+04:00", "2012-09-27 10:54 UTC+4"),
    ("2019-01-01T10:00:00-04:00", "2019-01-01 10:00 UTC−4"), ("2019-01-01T10:00:00+05:30", "2019-01-01 10:00 UTC+5:30"),
]


@pytest.mark.parametrize("value, shown", WHEN)
def test_clock_times_carry_their_zone(value, shown):
    from khronika.web.routes import templates

    assert templates.env.filters["when"](value) == shown


def test_article_page_time_has_its_zone(client):
    # The demo's regional page is dated with an offset (016_html_regional_offset.html).
    dated = [a for a in client.get("/api/v1/articles", params={"limit": 200}).json()["items"]
             if a["published"] and len(a["published"]) > 16]
    assert dated
    for article in dated:
        page = visible(html(client, f"/articles/{article['id']}"))
        assert re.search(re.escape(article["published"][:16].replace("T", " ")) + r" UTC", page), article


@pytest.mark.parametrize("first, last, shown", SPANS)
def test_story_dates(first, last, shown):
    from khronika.web.routes import date_span

    assert date_span(first, last) == shown


def test_no_story_shows_an_empty_date_range(client):
    assert "— — —" not in visible(html(client, "/stories"))


# -- error pages ---------------------------------------------------------------------------

ERRORS = [  # path → status, the Russian sentence (no English message on the page)
    ("/articles/999999", 404, "Не найдено: статья 999999."),
    ("/stories/999999", 404, "Не найдено: сюжет 999999."),
    ("/actors/nobody-here-at-all", 404, "Не найдено: актор «nobody-here-at-all»."),
    ("/no-such-page", 404, "Такой страницы нет: /no-such-page."),
    ("/stories?cursor=zzz", 400, "Ссылка на следующую страницу испорчена или устарела"),
    ("/events?cursor=zzz", 400, "Ссылка на следующую страницу испорчена или устарела"),
    ("/events?type=FOO", 422, "Параметры запроса неверны."),
    ("/events?from=bad", 400, "Не удалось разобрать запрос."),
    ("/quotes?from=bad", 400, "Не удалось разобрать запрос."),
]


@pytest.mark.parametrize("path, status, sentence", ERRORS, ids=[p for p, _, _ in ERRORS])
def test_error_pages_speak_russian(client, path, status, sentence):
    main = visible(html(client, path, status).split("<main", 1)[1])
    assert sentence in main
    assert "not found" not in main and "no such path" not in main and "malformed" not in main


API_ERRORS = [  # the API keeps its English messages
    ("/api/v1/articles/999999", 404, "article 999999 not found"),
    ("/api/v1/stories/999999", 404, "story 999999 not found"),
    ("/api/v1/stories?cursor=zzz", 400, "malformed cursor"),
]


@pytest.mark.parametrize("path, status, message", API_ERRORS)
def test_api_errors_stay_as_they_were(client, path, status, message):
    response = client.get(path)
    assert response.status_code == status and response.json()["error"]["message"] == message


# -- rows a page lists only in part ---------------------------------------------------------

def test_home_lists_stories_told_by_several_articles(client):
    multi = [s["id"] for s in client.get("/api/v1/stories", params={"min_articles": 2}).json()["items"]]
    assert multi, "the demo store has a story of two articles"
    shown = [int(i) for i in re.findall(r'<li class="item"><a href="/stories/(\d+)"', html(client, "/"))]
    assert shown[:len(multi)] == multi[:10]


STORY_SIZES = [1, 2, 5]


@pytest.mark.parametrize("min_articles", STORY_SIZES)
def test_stories_page_filters_by_size(client, min_articles):
    expected = [s["id"] for s in client.get("/api/v1/stories", params={"min_articles": min_articles,
                                                                       "limit": 200}).json()["items"]]
    page = html(client, "/stories", min_articles=min_articles)
    assert [int(i) for i in re.findall(r'<li class="item"><a href="/stories/(\d+)"', page)] == expected[:50]
    assert 'href="/stories?min_articles=2"' in page or min_articles == 2


def walk(client, path: str, link: re.Pattern, **params: Any) -> list[str]:
    """Everything a list page shows, following its "Дальше →" links."""
    seen, page = [], html(client, path, **params)
    for _ in range(50):
        seen += link.findall(page)
        following = re.search(r'rel="next" href="([^"]+)"', page)
        if not following:
            return seen
        page = html(client, following.group(1).replace("&amp;", "&"))
    raise AssertionError("more than 50 pages")


def test_actors_page_reaches_every_actor(client, monkeypatch):
    from khronika.web import routes

    monkeypatch.setattr(routes, "ACTORS_PER_PAGE", 40)
    every = client.get("/api/v1/actors", params={"limit": 200}).json()["items"]
    assert len(every) > 40
    row = re.compile(r'<tr><td><a href="/actors/([^"]+)">')
    assert walk(client, "/actors", row) == [routes.actor_href(a["id"]).removeprefix("/actors/") for a in every]


QUOTE_FILTERS = [  # page params → API params
    ({}, {}),
    ({"speaker": "per:vladimir-putin"}, {"speaker": "per:vladimir-putin"}),
    ({"speaker": "Путин"}, {"speaker": "Путин"}),
    ({"text": "США"}, {"text": "США"}),
    ({"source": "unknown"}, {"outlet": "unknown"}),
    ({"story": 1}, {"story": 1}),
    ({"from": "2000-01-01", "to": "2100-01-01"}, {"from": "2000-01-01", "to": "2100-01-01"}),
    ({"speaker": "", "text": " "}, {}),  # empty form fields are no filter
]


@pytest.mark.parametrize("params, api", QUOTE_FILTERS, ids=[str(p) for p, _ in QUOTE_FILTERS])
def test_quotes_page_lists_what_the_api_filter_gives(client, monkeypatch, params, api):
    from khronika.web import routes

    monkeypatch.setattr(routes, "QUOTES_PER_PAGE", 4)
    expected = [q["article_id"] for q in client.get("/api/v1/quotes", params={**api, "limit": 200}).json()["items"]]
    shown = walk(client, "/quotes", re.compile(r'<span class="meta"><a href="/articles/(\d+)[#"]'), **params)
    assert [int(i) for i in shown] == expected
    assert 'href="/quotes"' in html(client, "/")  # in the navigation


def test_actor_page_leads_to_the_quotes_it_does_not_show(client, monkeypatch):
    from khronika.web import routes

    monkeypatch.setattr(routes, "ACTOR_PAGE_QUOTES", 3)
    n = client.get("/api/v1/actors/per:vladimir-putin").json()["n_quotes"]
    assert n > 3
    page = html(client, "/actors/per:vladimir-putin")
    assert f'href="/quotes?speaker=per%3Avladimir-putin">Все цитаты ({n})</a>' in page
    monkeypatch.setattr(routes, "ACTOR_PAGE_QUOTES", 200)
    assert "Все цитаты" not in html(client, "/actors/per:vladimir-putin")


# -- reprints and near duplicates -------------------------------------------------------------

TALKS = ("Президент России Владимир Путин провел переговоры с председателем КНР Си Цзиньпином в Кремле. "
         "Стороны обсудили энергетику, торговлю и строительство нового газопровода. "
         "«Мы обсудили энергетику и торговлю», — заявил Путин журналистам после встречи.")
REPRINTS = [  # url, title, text → the label its page shows next to the original's link (None: the original)
    ("https://tass.example/1", "Путин провел переговоры с Си Цзиньпином", TALKS, None),
    ("https://ria.example/2", "Другой заголовок у перепечатки", TALKS, "перепечатка"),
    ("https://regnum.example/3", "Путин провел переговоры с Си Цзиньпином",
     "МОСКВА, 19 апреля. " + TALKS + " Читайте также: новости партнеров.", "почти дубликат"),
]


@pytest.fixture(scope="module")
def reprints(tmp_path_factory) -> Iterator[tuple[Any, dict[str, int]]]:
    import json

    from fastapi.testclient import TestClient

    from khronika.api import create_app
    from khronika.store import open_store
    from khronika.store.ingest import ingest_pages
    from khronika_demo_store import CRAWLED_AT, shared_pipeline

    folder = tmp_path_factory.mktemp("reprints")
    with open(folder / "pages.jsonl", "w", encoding="utf-8") as out:
        for url, title, text, _ in REPRINTS:
            out.write(json.dumps({"url": url, "title": title, "text": text},
                                 ensure_ascii=False) + "\n")
    url = str(folder / "k.db")
    with open_store(url, analyzer=shared_analyzer()) as store:
        ingest_pages(store, [str(folder / "pages.jsonl")], shared_pipeline(), crawled_at=CRAWLED_AT)
        ids = {a.url: a.id for a in store.list_articles(limit=10)}
    with TestClient(create_app(opener(url, shared_analyzer()), cache_ttl=0), raise_server_exceptions=False) as c:
        yield c, ids


@pytest.mark.parametrize("url, title, text, label", REPRINTS, ids=[r[0] for r in REPRINTS])
def test_duplicate_label_says_which_kind(reprints, url, title, text, label):
    client, ids = reprints
    detail = client.get(f"/api/v1/articles/{ids[url]}").json()
    assert detail["duplicate"] == {None: None, "перепечатка": "exact", "почти дубликат": "near"}[label]
    page = html(client, f"/articles/{ids[url]}")
    link = re.search(r'class="canonical-link">([^<]*)</a>', page)
    if label is None:
        assert link is None
        listed = re.findall(r'<li class="item"><a href="/articles/(\d+)">[^<]*</a> <span class="tag">([^<]*)</span>', page)
        assert sorted(listed) == sorted((str(ids[u]), lab) for u, _, _, lab in REPRINTS if lab)
    else:
        assert link.group(1) == f"{label} статьи {ids[REPRINTS[0][0]]}"


# -- the actor's network ------------------------------------------------------------------------

def test_network_list_keeps_the_actors_own_links_apart(client):
    network = client.get("/api/v1/actors/per:vladimir-putin/network").json()
    among = [e for e in network["edges"] if "per:vladimir-putin" not in (e["source"], e["target"])]
    assert among, "the demo store's network around Putin has links among his partners"
    page = html(client, "/actors/per:vladimir-putin")
    own_list = page.split('id="network-list"')[1].split("</ul>")[0]
    items = re.findall(r'<li class="item">(.*?)</li>', own_list, re.S)
    assert items and all("Владимир Путин" in item for item in items)
    among_list = page.split('id="network-among"')[1].split("</ul>")[0]
    assert len(re.findall(r'<li class="item">', among_list)) == len(among)


# -- what the API says about its order ----------------------------------------------------------

ORDERED_LISTS = ["/api/v1/articles", "/api/v1/actors/{actor}/mentions"]


@pytest.mark.parametrize("path", ORDERED_LISTS)
def test_list_summaries_do_not_promise_date_order(client, path):
    # These lists run by id (the order pages were stored), which on an archive is not the news's date.
    summary = client.get("/api/v1/openapi.json").json()["paths"][path]["get"]["summary"]
    assert "newest" not in summary and "most recently" in summary


def test_the_story_list_says_which_order_it_runs_in(client):
    # Stories run by date by default (tests/store/test_store_story_order.py), by id on request.
    summary = client.get("/api/v1/openapi.json").json()["paths"]["/api/v1/stories"]["get"]["summary"]
    assert "latest article's publication, else crawl time" in summary and "order=stored" in summary


# -- the story's comparison tables -------------------------------------------------------------

EVENTS = {1: {"type": "PROTEST", "source": "пилот Ryanair", "target": "Ryanair"},
          2: {"type": "REQUEST", "source": None, "target": "Ryanair"}}
QUOTES = {10: {"speaker_name": "Тереза Мэй"}, 11: {"speaker_name": "Тереза Мэй"}, 12: {"speaker_name": None},
          13: {"speaker_name": "?"}, 14: {"speaker_name": "Тереза Мэй"}}
ONLY_HERE = [  # the row's only-here events and quotes → tags with counts, in the order first met
    ([], [], []),
    ([1], [10], [("PROTEST: пилот Ryanair → Ryanair", 1), ("цитата Тереза Мэй", 1)]),
    ([1, 1, 2], [], [("PROTEST: пилот Ryanair → Ryanair", 2), ("REQUEST: ? → Ryanair", 1)]),
    ([], [10, 12, 11, 13, 14], [("цитата Тереза Мэй", 3), ("цитата неизвестный источник", 2)]),
    ([99], [98], []),  # ids the story does not list are skipped
]


@pytest.mark.parametrize("events, quotes, tags", ONLY_HERE)
def test_only_here_tags_are_counted_not_repeated(events, quotes, tags):
    from khronika.web.routes import only_here_tags

    row = {"only_here_events": events, "only_here_quotes": quotes}
    assert only_here_tags(row, EVENTS, QUOTES) == tags


ORIGINAL_SOURCES = [  # a first-source row's quote count → what its cell says
    (3, "3"),
    (0, "нет цитат: на него ссылаются в сообщениях о событиях"),
]


@pytest.mark.parametrize("n_quotes, cell", ORIGINAL_SOURCES)
def test_first_source_without_quotes_says_why_it_is_listed(n_quotes, cell):
    from khronika.web.routes import templates

    story = {"id": 1, "title": "Сюжет", "first_seen": "2024-04-19", "last_seen": "2024-04-19", "n_articles": 1,
             "n_sources": 1, "by_source": [], "events": [], "quotes": [], "articles": [],
             "by_original_source": [{"name": "адвокат", "n_quotes": n_quotes, "outlets": ["tass.ru"]}]}
    page = templates.get_template("story.html").render(s=story, only_here=[])
    row = re.search(r'<th scope="row">адвокат</th><td>(.*?)</td>', page, re.S).group(1)
    assert visible(row).strip() == cell


# -- stories named on the search page -------------------------------------------------------------

SEARCHES = ["Путин", "Макрон", "actor:Путин"]


@pytest.mark.parametrize("q", SEARCHES)
def test_search_names_stories_by_title(client, q):
    result = client.get("/api/v1/search", params={"q": q}).json()
    titles = {s["id"]: s["title"] for s in client.get("/api/v1/stories", params={"limit": 200}).json()["items"]}
    page = html(client, "/search", q=q)
    hit_links = re.findall(r'<a href="/stories/(\d+)" class="story-link"[^>]*>сюжет: ([^<]*)</a>', page)
    assert [int(i) for i, _ in hit_links] == [h["story_id"] for h in result["items"] if h["story_id"]]
    for story_id, label in hit_links:
        assert titles[int(story_id)].startswith(label.removesuffix("…").strip())
    facet = page.split("<h3>Сюжет</h3>")[1].split("</ul>")[0]
    labels = [visible(x).strip() for x in re.findall(r'<a href="/search\?[^"]*">(.*?)</a>', facet)]
    assert labels and all(not re.fullmatch(r"сюжет \d+", label) for label in labels)
