"""Web pages mended after the user review rv19_U (helper mw), on SQLite and PostgreSQL.

- H1: a page URL is a link only when it is http(s) (never `javascript:` or `data:`), and
  every page carries a Content-Security-Policy that lets no inline or foreign script run.
- M5: the quotes page's `source` takes the forms the search language takes.
- L6: the date fields take a month or a year.
- L3: the home page counts current versions, as the lists do.
"""
from __future__ import annotations

import re
from typing import Any, Iterator

import pytest

from khronika.extract.article import Article
from khronika.nlp.doc import Actor, Doc, Mention, Quote, Sentence, SpeakerRef
from khronika.store import open_store
from khronika.web.highlight import link_url

from khronika_demo_store import empty_store_url, shared_analyzer

# a stored page URL → what an href may carry (None: no link)
WEB_URLS = [
    ("https://tass.ru/politika/1", "https://tass.ru/politika/1"),
    ("http://example.ru/a?b=1#c", "http://example.ru/a?b=1#c"),
    ("HTTPS://Example.ru/", "HTTPS://Example.ru/"),
    ("  https://example.ru/x  ", "https://example.ru/x"),
    ("javascript:alert(document.cookie)", None),
    ("JavaScript:alert(1)", None),
    (" javascript:alert(1)", None),
    ("java\tscript:alert(1)", None),
    ("data:text/html;base64,PHNjcmlwdD4=", None),
    ("vbscript:msgbox(1)", None),
    ("file:///etc/passwd", None),
    ("//evil.example/x", None),      # scheme-relative: not a page URL we can vouch for
    ("https:///nohost", None),
    ("https://exa\nmple.ru/", None),
    ("", None),
    (None, None),
]


@pytest.mark.parametrize("value, expected", WEB_URLS)
def test_web_url(value, expected):
    assert link_url(value) == expected


SAID = "Мы поддержим регионы"


def _doc(title: str, url: str | None, said: str = SAID, published: str = "2019-01-15T10:00:00+03:00") -> Doc:
    text = f"Президент Владимир Путин провел совещание ({title}). «{said}», — заявил он."
    article = Article(id=title, source=url or title, title=title, published=published, language="ru",
                      lead=text, paragraphs=[text], url=url)
    doc = Doc.from_article(article)
    doc.sentences = [Sentence(p.start, p.stop, doc.text[p.start:p.stop], 0, 0) for p in doc.parts]
    start = doc.text.index("Владимир Путин")
    doc.mentions.append(Mention(start, start + 14, "Владимир Путин", "PER", "Владимир Путин", "per:vladimir-putin"))
    doc.actors.append(Actor("per:vladimir-putin", "Владимир Путин", "PER", None, [], [0], True))
    at = doc.text.index(said)
    doc.quotes.append(Quote(said, "direct", at, at + len(said), doc.sentence_at(at) or 0, "заявил",
                            SpeakerRef("per:vladimir-putin", "Владимир Путин", "Владимир Путин")))
    doc.layers |= {"mentions", "actors", "quotes"}
    return doc


# title → stored URL
PAGES = [
    ("Скрипт вместо ссылки", "javascript:alert(document.cookie)"),
    ("Данные вместо ссылки", "data:text/html,<script>alert(1)</script>"),
    ("Обычная ссылка ТАСС", "https://tass.ru/politika/1"),
    ("Ссылка РИА", "https://www.ria.ru/2"),
]


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def client(request, tmp_path_factory) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from khronika.api import create_app

    url = empty_store_url(request.param, tmp_path_factory.mktemp("web_mw"))
    analyzer = shared_analyzer()
    ids = {}
    with open_store(url, analyzer=analyzer) as store:
        for title, page_url in PAGES:
            ids[title] = store.add_document(_doc(title, page_url)).article_id
        # a new version of the TASS page: the home page counts it once
        store.add_document(_doc("Обычная ссылка ТАСС", "https://tass.ru/politika/1", said="Мы поддержим города"))
    app = create_app(lambda: open_store(url, create=False, analyzer=analyzer), cache_ttl=0)
    with TestClient(app, raise_server_exceptions=False) as c:
        c.ids = ids  # type: ignore[attr-defined]
        yield c


@pytest.mark.parametrize("title, page_url", PAGES)
def test_article_links_only_http_urls(client, title, page_url):
    response = client.get(f"/articles/{client.ids[title]}")
    assert response.status_code == 200
    hrefs = re.findall(r'href="([^"]*)"', response.text)
    assert not [h for h in hrefs if re.match(r"\s*(javascript|data|vbscript):", h, re.I)]
    if link_url(page_url):
        assert f'href="{page_url}"' in response.text and "оригинал" in response.text
    else:
        assert "оригинал</a>" not in response.text


@pytest.mark.parametrize("path", ["/", "/search?q=Путин", "/quotes", "/events", "/actors", "/stories",
                                  "/actors/per:vladimir-putin", "/articles/1", "/articles/999999"])
def test_pages_carry_a_content_security_policy(client, path):
    response = client.get(path)
    assert response.headers["content-type"].startswith("text/html")
    policy = response.headers.get("content-security-policy", "")
    assert "script-src 'self'" in policy and "object-src 'none'" in policy and "base-uri 'none'" in policy
    assert "unsafe-inline" not in policy.split("script-src", 1)[1].split(";", 1)[0]
    assert response.headers.get("x-content-type-options") == "nosniff"


def test_home_counts_current_versions(client):
    text = client.get("/").text
    lead = re.search(r"В базе[^<]*", text).group(0)
    # 5 articles stored, one of them an old version: 4, and their 4 current quotes
    assert lead.startswith("В базе 4 статьи") and "4 цитаты" in lead, lead


# /quotes?source=… → the number of quotes listed
QUOTE_SOURCES = [("tass.ru", 1), ("tass", 1), ("www.tass.ru", 1), ("https://tass.ru/politika", 1),
                 ("ria", 1), ("https://www.ria.ru/", 1), ("lenta.ru", 0)]


@pytest.mark.parametrize("source, n", QUOTE_SOURCES)
def test_quotes_page_source_forms(client, source, n):
    response = client.get("/quotes", params={"source": source})
    assert response.status_code == 200
    assert response.text.count('class="item quote-item"') == n


# /quotes date fields → status, quotes listed
QUOTE_DATES = [({"from": "2019-01"}, 200, 4), ({"from": "2019-01", "to": "2019-01"}, 200, 4),
               ({"to": "2018-12"}, 200, 0), ({"from": "2019"}, 200, 4), ({"from": "2019-02"}, 200, 0),
               ({"from": "2019-13"}, 400, 0)]


@pytest.mark.parametrize("params, status, n", QUOTE_DATES, ids=[str(p) for p, _, _ in QUOTE_DATES])
def test_quotes_page_takes_months(client, params, status, n):
    response = client.get("/quotes", params=params)
    assert response.status_code == status
    assert response.text.count('class="item quote-item"') == n


@pytest.mark.browser
def test_no_policy_violation_in_a_browser(browser, live_server):
    """The article and actor pages (plotly charts) under the policy: nothing refused."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ru-RU")
    page = context.new_page()
    page.set_default_timeout(20_000)
    refused: list[str] = []
    page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
    try:
        page.goto(live_server.url + "/actors/per:vladimir-putin")
        page.wait_for_selector("#timeline-chart[data-rendered]")
        assert page.locator("#timeline-chart .main-svg").count() >= 1
        page.goto(live_server.url + "/articles/1")
        page.goto(live_server.url + "/search?q=Путин")
    finally:
        context.close()
    assert not refused, refused
