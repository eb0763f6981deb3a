"""Web UI mended after the browser review rv20_W (helper wm), as tables; pages on SQLite and
PostgreSQL, the article page also in chromium.

- M1: a link never opens inside a link: of overlapping mentions the longer keeps its link, the
  one inside it is a <span> naming its actor (the article's "Участники" list links it).
- L4: an element id is written on its span's first piece only (a quote across a paragraph or
  overlapping another quote); quote and event rows link to their mark (`#quote-i`, `#event-i`).
- M2: the actor network keeps the nodes joined to the actor by its edges (never a node without
  an edge), nearest first; the chart scales by a percentile and pulls towards the actor.
- M3: `/events` takes `source=`/`target=` (as the API and the CLI); the actor page gives each
  role's total and links its full list.
- L1: error details in Russian on the pages; `/quotes` and `/events` keep their form on an error.
- L2: the story page says which quote/event totals are merged statements and which reports.
- L3: the quotes page takes the API's `outlet` (and the old `source`), an addressee field and a
  CSV link; the API answers a query parameter it does not take with a 422.
"""
from __future__ import annotations

import csv
import io
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Iterator

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))

from khronika.extract.article import Article  # noqa: E402
from khronika.nlp.doc import Actor, Doc, Event, EventActor, Mention, Quote, Sentence, SpeakerRef  # noqa: E402
from khronika.store import open_store  # noqa: E402
from khronika.web.highlight import mark_up  # noqa: E402

from khronika_demo_store import LiveServer, empty_store_url, shared_analyzer  # noqa: E402


class Links(HTMLParser):
    """Counts <a> opened inside an open <a>, and ids written more than once."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = self.nested = 0
        self.ids: Counter[str] = Counter()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attrs_d = dict(attrs)
        if attrs_d.get("id"):
            self.ids[attrs_d["id"]] += 1
        if tag == "a":
            self.nested += bool(self.depth)
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self.depth:
            self.depth -= 1


def links_of(html: str) -> Links:
    parser = Links()
    parser.feed(html)
    return parser


# -- M1, L4: highlight tables (no store) --------------------------------------------------

def article(text: str, paragraphs: list[str] | None = None, **layers: Any) -> dict:
    parts, at = [], 0
    for i, piece in enumerate(paragraphs or [text]):
        start = text.index(piece, at)
        parts.append({"kind": "paragraph", "index": i, "start": start, "stop": start + len(piece)})
        at = start + len(piece)
    return {"text": text, "parts": parts, "entities": [], "mentions": [], "quotes": [], "events": [], **layers}


def mention(text: str, surface: str, actor_id: str | None, kind: str = "ORG", nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return {"start": start, "stop": start + len(surface), "text": surface, "type": kind, "actor_id": actor_id}


def quote(text: str, said: str) -> dict:
    start = text.index(said)
    return {"text": said, "kind": "direct", "start": start, "stop": start + len(said), "speaker": None}


def html_of(marked) -> str:
    return "".join(p.html for p in marked.parts)


T1 = "Американскому правительству дано право."
T2 = "Комиссия ООН по международному праву осудила США."
T3 = "Лидеры США и России встретились."

# text, mentions (surface, actor, type, nth) → (linked actors, actors drawn as <span> inside a link)
NESTED = [
    # an adjective inside an organisation: the organisation keeps its link (the review's case)
    (T1, [("Американскому правительству", "x:org:amerikanskoe-pravitelstvo", "ORG", 0),
          ("Американскому", "gpe:usa", "GEO_ADJ", 0)],
     ["x:org:amerikanskoe-pravitelstvo"], ["США-span"]),
    # a short name in the middle of a long one
    (T2, [("Комиссия ООН по международному праву", "x:org:komissiya-oon", "ORG", 0), ("ООН", "org:un", "ORG", 0),
          ("США", "gpe:usa", "GPE", 0)],
     ["x:org:komissiya-oon", "gpe:usa"], ["ООН-span"]),
    # listed inner first: the longer still wins
    (T1, [("Американскому", "gpe:usa", "GEO_ADJ", 0),
          ("Американскому правительству", "x:org:amerikanskoe-pravitelstvo", "ORG", 0)],
     ["x:org:amerikanskoe-pravitelstvo"], ["США-span"]),
    # two crossing mentions: the longer is the link over the shared words, the other links its rest
    (T3, [("Лидеры США", "x:per:lidery-ssha", "PER", 0), ("США и России", "x:org:ssha-i-rossii", "ORG", 0)],
     ["x:org:ssha-i-rossii", "x:per:lidery-ssha"], []),
    # guard: mentions that do not overlap keep their links, nothing becomes a span
    (T3, [("США", "gpe:usa", "GPE", 0), ("России", "gpe:russia", "GPE", 0)], ["gpe:usa", "gpe:russia"], []),
    # guard: an unlinked mention (no actor) inside a link stays the span it always was
    (T1, [("Американскому правительству", "x:org:amerikanskoe-pravitelstvo", "ORG", 0),
          ("Американскому", None, "GEO_ADJ", 0)], ["x:org:amerikanskoe-pravitelstvo"], []),
]
NAMES = {"gpe:usa": "США", "org:un": "ООН", "gpe:russia": "Россия"}


@pytest.mark.parametrize("text, mentions, linked, inner", NESTED)
def test_no_link_inside_a_link(text, mentions, linked, inner):
    marked = mark_up(article(
        text, mentions=[mention(text, s, a, k, n) for s, a, k, n in mentions],
        entities=[{"id": a, "name": NAMES.get(a, a)} for _, a, _, _ in mentions if a]))
    html = html_of(marked)
    assert links_of(html).nested == 0, html
    hrefs = re.findall(r'<a [^>]*href="/actors/([^"]+)"', html)
    assert sorted(set(hrefs)) == sorted(linked), html
    # the inner actor is named in the title of its span, inside the outer link
    for name in (i.removesuffix("-span") for i in inner):
        assert re.search(rf'<span class="hl hl-mention[^"]*" title="{name} \(', html), html
    assert re.sub(r"<[^>]+>", "", html) == text


P1 = "Мэй сказала: «Мы готовы к переговорам"
P2 = "и ждём ответа», — и ушла."
TWO = P1 + "\n\n" + P2
OVER = "Он сказал: «Мы ждём ответа от Лондона и Брюсселя»."

# text, paragraphs, quotes → how many pieces carry each quote's id (always one) and data-quote
IDS = [
    (TWO, [P1, P2], ["Мы готовы к переговорам\n\nи ждём ответа"], {"quote-0": 1}),   # across a paragraph
    (OVER, None, ["Мы ждём ответа от Лондона", "ответа от Лондона и Брюсселя"], {"quote-0": 1, "quote-1": 1}),
    (OVER, None, ["Мы ждём ответа"], {"quote-0": 1}),                                  # guard: one piece
]


@pytest.mark.parametrize("text, paragraphs, said, expected", IDS)
def test_an_id_is_written_once(text, paragraphs, said, expected):
    html = html_of(mark_up(article(text, paragraphs, quotes=[quote(text, s) for s in said])))
    ids = links_of(html).ids
    assert {k: v for k, v in ids.items() if k.startswith("quote-")} == expected, html
    pieces = len(re.findall(r'class="hl hl-quote"', html))
    assert pieces == len(re.findall(r'id="quote-\d+"', html)) + len(re.findall(r'data-quote="quote-\d+"', html))


def test_quote_across_a_paragraph_continues_as_data_quote():
    html = html_of(mark_up(article(TWO, [P1, P2], quotes=[quote(TWO, "Мы готовы к переговорам\n\nи ждём ответа")])))
    assert html.count('id="quote-0"') == 1 and html.count('data-quote="quote-0"') == 1
    assert html.index('id="quote-0"') < html.index('data-quote="quote-0"')


# -- L1: Russian details -----------------------------------------------------------------

DETAILS = [
    ("from:2019-02-30 is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)",
     "from: «2019-02-30» — не дата (нужно YYYY-MM-DD, YYYY-MM или YYYY, например 2024-01-31)"),
    ("empty value for actor:", "пустое значение после «actor:»"),
    ("empty query", "пустой запрос: введите слова или фильтр"),
    ("outlet 'rbc' names several outlets: rbc.ru, rbc.ua (give the domain, such as rbc.ru)",
     "издание «rbc» подходит к нескольким: rbc.ru, rbc.ua (укажите домен, например rbc.ru)"),
    ("type: 'FOO' is neither a PLOVER type (AGREE, CONSULT) nor a CAMEO code (04, 042)",
     "type: «FOO» — не тип PLOVER (AGREE, CONSULT) и не код CAMEO (04, 042)"),
    ("story: Input should be a valid integer, unable to parse string as an integer", "story: нужно целое число"),
    ("min_articles: Input should be greater than or equal to 1", "min_articles: нужно число не меньше 1"),
    ("limit: Input should be less than or equal to 500; cursor: Field required",
     "limit: нужно число не больше 500; cursor: обязательный параметр"),
    ("format: Input should be 'tsv' or 'csv'", "format: допустимые значения: 'tsv' или 'csv'"),
    ("source:??? names no outlet (use a domain such as tass.ru)",
     "source: «???» не называет издание (укажите домен, например tass.ru)"),
    # guard: a message not known stays as it is
    ("no such path: /x", "no such path: /x"),
    ("статья 5 не найдена", "статья 5 не найдена"),
]


@pytest.mark.parametrize("message, expected", DETAILS)
def test_russian_detail(message, expected):
    from khronika.web.russian import russian_detail

    assert russian_detail(message) == expected


# -- M2: the nodes a network keeps ---------------------------------------------------------

def edges_of(*pairs: str) -> dict[tuple[str, str], list[str]]:
    return {tuple(p.split(">")): ["CONSULT"] for p in pairs}  # type: ignore[misc]


# edges, weights, max_nodes → kept nodes
KEPT = [
    # the review's case: a heavy node whose only partner is cut must not be kept alone
    (edges_of("C>a", "C>b", "a>b", "x>y"), {"C": 5, "a": 3, "b": 2, "x": 9, "y": 1}, 3, {"C", "a", "b"}),
    # the actor's partners come before their partners, however heavy those are
    (edges_of("C>a", "a>z", "C>b"), {"C": 2, "a": 2, "b": 1, "z": 50}, 3, {"C", "a", "b"}),
    (edges_of("C>a", "a>z", "C>b"), {"C": 2, "a": 2, "b": 1, "z": 50}, 4, {"C", "a", "b", "z"}),
    # within a step, the busiest first
    (edges_of("C>a", "C>b", "C>c"), {"C": 3, "a": 1, "b": 5, "c": 3}, 3, {"C", "b", "c"}),
    # a group not joined to the actor is left out even with room to spare
    (edges_of("C>a", "x>y"), {"C": 1, "a": 1, "x": 1, "y": 1}, 40, {"C", "a"}),
    # guard: an actor with no edge is its own network
    ({}, {"C": 0}, 40, {"C"}),
]


@pytest.mark.parametrize("edges, weights, max_nodes, expected", KEPT)
def test_kept_nodes(edges, weights, max_nodes, expected):
    from khronika.store.views import _kept_nodes

    assert _kept_nodes("C", edges, Counter(weights), max_nodes) == expected


# -- pages over a store built for these cases (SQLite and PostgreSQL) ----------------------

TITLE = "Комиссия ООН и Тереза Мэй"
PARA1 = ("Американскому правительству дано право введения санкций. Комиссия ООН по международному праву "
         "осудила Дональда Трампа. Тереза Мэй сказала: «Мы готовы к переговорам")
PARA2 = "и ждём ответа», — и пригрозила Дональду Трампу."

ACTORS = {"x:org:amerikanskoe-pravitelstvo": ("американское правительство", "ORG"), "gpe:usa": ("США", "GPE"),
          "x:org:komissiya-oon": ("Комиссия ООН по международному праву", "ORG"), "org:un": ("ООН", "ORG"),
          "per:theresa-may": ("Тереза Мэй", "PER"), "per:donald-trump": ("Дональд Трамп", "PER")}
MENTIONS = [("Американскому правительству", "x:org:amerikanskoe-pravitelstvo", "ORG"),
            ("Американскому", "gpe:usa", "GEO_ADJ"),
            ("Комиссия ООН по международному праву", "x:org:komissiya-oon", "ORG"), ("ООН", "org:un", "ORG"),
            ("Дональда Трампа", "per:donald-trump", "PER"), ("Тереза Мэй", "per:theresa-may", "PER"),
            ("Дональду Трампу", "per:donald-trump", "PER")]
N_DOCS = 3  # each with Мэй acting on Трамп once and Трамп acted on twice


def _doc(n: int, outlet: str) -> Doc:
    art = Article(id=f"{TITLE} {n}", source=f"https://{outlet}/news/{n}", title=f"{TITLE} {n}",
                  published=f"2019-01-1{n}T10:00:00+03:00", language="ru", lead="", paragraphs=[PARA1, PARA2],
                  url=f"https://{outlet}/news/{n}")
    doc = Doc.from_article(art)
    doc.sentences = [Sentence(p.start, p.stop, doc.text[p.start:p.stop], 0, 0) for p in doc.parts]
    for surface, actor_id, kind in MENTIONS:
        at = doc.text.index(surface)
        doc.mentions.append(Mention(at, at + len(surface), surface, kind, surface, actor_id))
    for actor_id, (name, kind) in ACTORS.items():
        idx = [i for i, m in enumerate(doc.mentions) if m.actor_id == actor_id]
        doc.actors.append(Actor(actor_id, name, kind, None, [], idx, True))
    said = "Мы готовы к переговорам\n\nи ждём ответа"
    at = doc.text.index(said)
    may = doc.text.index("Тереза Мэй")
    doc.quotes.append(Quote(said, "direct", at, at + len(said), doc.sentence_at(at) or 0, "сказать",
                            SpeakerRef("per:theresa-may", "Тереза Мэй", "Тереза Мэй", may, may + 10),
                            addressee=SpeakerRef("per:donald-trump", "Дональд Трамп", "Дональду Трампу")))
    for trigger, kind, cameo, source, target in (
            ("осудила", "ACCUSE", "11", "x:org:komissiya-oon", "per:donald-trump"),
            ("пригрозила", "THREATEN", "13", "per:theresa-may", "per:donald-trump")):
        at = doc.text.index(trigger)
        doc.events.append(Event(kind, None, cameo, [EventActor(source, ACTORS[source][0])],
                                [EventActor(target, ACTORS[target][0])], trigger, at, at + len(trigger),
                                doc.sentence_at(at) or 0))
    doc.layers |= {"mentions", "actors", "quotes", "events"}
    return doc


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def store_url(request, tmp_path_factory) -> Iterator[str]:
    url = empty_store_url(request.param, tmp_path_factory.mktemp("web_wm"))
    with open_store(url, analyzer=shared_analyzer()) as store:
        for n in range(N_DOCS):
            store.add_document(_doc(n, ("tass.ru", "ria.ru", "tass.ru")[n]))
    yield url


@pytest.fixture(scope="module")
def app(store_url):
    from khronika.api import create_app

    analyzer = shared_analyzer()
    return create_app(lambda: open_store(store_url, create=False, analyzer=analyzer), cache_ttl=0)


@pytest.fixture(scope="module")
def client(app) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def first_article(client) -> int:
    return client.get("/api/v1/articles", params={"limit": 1}).json()["items"][0]["id"]


def test_article_page_has_no_nested_link_and_one_id_each(client):
    text = client.get(f"/articles/{first_article(client)}").text
    found = links_of(text)
    assert found.nested == 0
    assert not [k for k, v in found.ids.items() if v > 1]
    assert 'href="/actors/x:org:amerikanskoe-pravitelstvo"' in text and 'href="/actors/x:org:komissiya-oon"' in text
    assert 'data-quote="quote-0"' in text
    # the inner actors stay reachable: the list of participants links them
    assert text.count('href="/actors/gpe:usa"') >= 1 and text.count('href="/actors/org:un"') >= 1


# /events params → number of rows (each doc: Мэй → Трамп, комиссия → Трамп)
EVENT_FILTERS = [
    ({"source": "per:theresa-may"}, N_DOCS),
    ({"source": "Тереза Мэй"}, N_DOCS),
    ({"target": "per:donald-trump"}, 2 * N_DOCS),
    ({"target": "per:theresa-may"}, 0),
    ({"source": "per:donald-trump"}, 0),
    ({"source": "x:org:komissiya-oon", "target": "per:donald-trump"}, N_DOCS),
    ({"actor": "per:theresa-may"}, N_DOCS),                # guard: either side, as before
    ({}, 2 * N_DOCS),                                      # guard: no filter
]


def rows_of(text: str) -> int:
    return len(re.findall(r'<td><a href="/events\?type=', text))


@pytest.mark.parametrize("params, n", EVENT_FILTERS)
def test_events_page_source_target(client, params, n):
    response = client.get("/events", params=params)
    assert response.status_code == 200
    assert rows_of(response.text) == n
    api = client.get("/api/v1/events", params=params).json()["items"]
    assert len(api) == n
    for key, value in params.items():
        assert f'name="{key}" value="{value}"' in response.text


def test_event_rows_link_to_their_mark(client):
    text = client.get("/events", params={"source": "per:theresa-may"}).text
    assert re.findall(r'href="/articles/\d+#(event-[\w-]+)"', text) == ["event-1"] * N_DOCS


def test_actor_page_role_totals_and_links(client, monkeypatch):
    from khronika.web import routes

    monkeypatch.setattr(routes, "ACTOR_PAGE_EVENTS", 2)
    text = client.get("/actors/per:donald-trump").text
    assert 'href="/events?target=per%3Adonald-trump"' in text and 'href="/events?source=per%3Adonald-trump"' in text
    assert f"направленные на этого актора ({2 * N_DOCS})" in text
    assert f"(последние 2 из {2 * N_DOCS})" in text
    assert "где действует этот актор (0)" in text
    text = client.get("/actors/per:theresa-may").text
    assert f"где действует этот актор ({N_DOCS})" in text
    assert re.search(r'href="/articles/\d+#quote-0"', text)


# page → (status, Russian text shown, the form that must still be there, a value it keeps)
ERRORS = [
    ("/quotes?from=2019-13-01&speaker=Мэй", 400, "не дата", 'action="/quotes"', 'value="Мэй"'),
    ("/quotes?story=abc&text=ответа", 400, "не номер сюжета", 'action="/quotes"', 'value="ответа"'),
    ("/quotes?outlet=&source=??", 200, None, 'action="/quotes"', None),
    ("/events?type=FOO&place=Лондон", 422, "не тип PLOVER", 'action="/events"', 'value="Лондон"'),
    ("/events?story=x1", 400, "не номер сюжета", 'action="/events"', None),
    ("/events?from=вчера&source=per:theresa-may", 400, "не дата", 'action="/events"', 'value="per:theresa-may"'),
    ("/search?q=actor:", 400, "пустое значение после «actor:»", 'action="/search"', None),
    ("/search?q=*", 400, "пустой запрос", 'action="/search"', None),
    ("/search?from=2019-02-30", 400, "«2019-02-30» — не дата", 'action="/search"', None),
    ("/stories?min_articles=x", 422, "нужно целое число", None, None),
]


@pytest.mark.parametrize("path, status, shown, form, kept", ERRORS)
def test_errors_in_russian_with_the_form(client, path, status, shown, form, kept):
    response = client.get(path)
    assert response.status_code == status, response.text[:400]
    text = response.text
    for english in ("is not a date", "empty value", "empty query", "Input should be", "is neither", "names several"):
        assert english not in text
    if shown:
        assert shown in text
    if form:
        assert form in text
    if kept:
        assert kept in text


# /quotes params → number of quotes listed
QUOTE_FILTERS = [
    ({"outlet": "tass.ru"}, 2),
    ({"source": "tass.ru"}, 2),            # the old name, still read (bookmarks)
    ({"outlet": "ria"}, 1),
    ({"addressee": "per:donald-trump"}, N_DOCS),
    ({"addressee": "Дональд Трамп"}, N_DOCS),
    ({"addressee": "per:theresa-may"}, 0),
    ({}, N_DOCS),                          # guard
]


@pytest.mark.parametrize("params, n", QUOTE_FILTERS)
def test_quotes_page_filters_and_csv(client, params, n):
    text = client.get("/quotes", params=params).text
    assert len(re.findall(r'class="item quote-item"', text)) == n
    assert len(re.findall(r'href="/articles/\d+#quote-0"', text)) == n
    assert 'name="outlet"' in text and 'name="addressee"' in text
    link = re.search(r'href="(/quotes/export\?[^"]*)"', text).group(1).replace("&amp;", "&")
    response = client.get(link)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text.lstrip("\ufeff"))))
    assert len(rows) == n
    assert all(r["addressee_id"] == "per:donald-trump" for r in rows)
    api_params = {("outlet" if k == "source" else k): v for k, v in params.items()}
    assert len(client.get("/api/v1/quotes", params=api_params).json()["items"]) == n


# API endpoint, params → status (unknown parameters are a 422 naming them)
API_PARAMS = [
    ("/api/v1/quotes", {"source": "tass.ru"}, 422),
    ("/api/v1/quotes", {"outlet": "tass.ru"}, 200),
    ("/api/v1/events", {"outlet": "tass.ru"}, 422),
    ("/api/v1/events", {"source": "per:theresa-may"}, 200),
    ("/api/v1/events/export", {"type": "THREATEN", "format": "csv"}, 200),
    ("/api/v1/events/export", {"typ": "THREATEN"}, 422),
    ("/api/v1/search", {"q": "Мэй", "from": "2019"}, 422),
    ("/api/v1/search", {"q": "Мэй from:2019"}, 200),
    ("/api/v1/articles", {"limit": 2}, 200),
    ("/api/v1/articles", {"limt": 2}, 422),
    ("/api/v1/actors/per:theresa-may/network", {"max_nodes": 5}, 200),
    ("/api/v1/actors/per:theresa-may/network", {"depth": 1}, 422),
    ("/api/v1/stories", {"min_articles": 1}, 200),
]


@pytest.mark.parametrize("path, params, status", API_PARAMS)
def test_api_unknown_parameters(client, path, params, status):
    response = client.get(path, params=params)
    assert response.status_code == status, response.text[:300]
    if status == 422:
        body = response.json()["error"]
        assert body["code"] == "invalid_request" and "unknown query parameter" in body["message"]
        assert next(iter(params)) in body["message"]


def test_story_page_labels_its_totals(client):
    story = client.get("/api/v1/stories", params={"limit": 1}).json()["items"][0]
    text = client.get(f"/stories/{story['id']}").text
    assert "разных (сообщений)" in text and 'id="counts-note"' in text
    listed = len(re.findall(r'class="item quote-item"', client.get("/quotes", params={"story": story["id"]}).text))
    assert f"Все цитаты сюжета списком ({listed} " in text


def test_network_has_no_node_without_an_edge(client):
    for actor in client.get("/api/v1/actors", params={"limit": 10}).json()["items"]:
        for max_nodes in (2, 3, 40):
            net = client.get(f"/api/v1/actors/{actor['id']}/network", params={"max_nodes": max_nodes}).json()
            ends = {x for e in net["edges"] for x in (e["source"], e["target"])}
            assert all(n["id"] in ends for n in net["nodes"] if n["id"] != net["center"]) or len(net["nodes"]) == 1


# -- chromium: the article's DOM has no empty or nested mention link -----------------------

def test_article_dom_in_chromium(app, client, browser):
    article_id = first_article(client)
    with LiveServer(app) as server:
        page = browser.new_page()
        page.goto(f"{server.url}/articles/{article_id}")
        found = page.evaluate("""() => ({
            nested: document.querySelectorAll('#article-text a a, h1 a a').length,
            empty: [...document.querySelectorAll('#article-text a.hl-mention')].filter(a => !a.textContent.trim()).length,
            org: (document.querySelector('#article-text a[href="/actors/x:org:komissiya-oon"]') || {}).textContent,
            quoteIds: document.querySelectorAll('[id="quote-0"]').length})""")
        page.close()
    assert found == {"nested": 0, "empty": 0, "org": "Комиссия ООН по международному праву", "quoteIds": 1}
