"""Page URLs (review rv19_U, helper mu): the canonical form that names a page (M3), only web
addresses kept as a page's URL (H1), and the reason given for a JSON record with an empty text (L8)."""
from __future__ import annotations

import json

import pytest

from khronika.errors import InputError
from khronika.ingest.jsonl import record_page
from khronika.ingest.rawpage import RawPage
from khronika.ingest.urls import canonical_url, web_url

BASE = "https://news.example.ru/a/1"

# address as given → canonical key
SAME_PAGE = [
    ("https://news.example.ru/a/1", BASE),
    ("http://news.example.ru/a/1", BASE),                       # scheme folded
    ("https://www.news.example.ru/a/1", BASE),                  # www.
    ("https://news.example.ru/a/1/", BASE),                     # trailing slash
    ("https://news.example.ru/a/1?utm_source=tg", BASE),        # utm_*
    ("https://news.example.ru/a/1?utm_source=tg&utm_medium=social&fbclid=x1&yclid=2", BASE),
    ("https://news.example.ru/a/1#comments", BASE),             # fragment
    ("https://NEWS.example.ru/a/1", BASE),                      # host case
    ("HTTPS://News.Example.RU:443/a/1", BASE),                  # scheme case, default port
    ("http://news.example.ru:80/a/1/?UTM_CAMPAIGN=x#top", BASE),
    ("  https://news.example.ru/a/1  ", BASE),                   # blanks around
    ("https://news.example.ru", "https://news.example.ru"),     # the root: no slash either way
    ("https://news.example.ru/", "https://news.example.ru"),
    ("https://ru.wikipedia.org/wiki/Путин", "https://ru.wikipedia.org/wiki/%D0%9F%D1%83%D1%82%D0%B8%D0%BD"),
    ("https://ru.wikipedia.org/wiki/%d0%9f%d1%83%d1%82%d0%b8%d0%bd",
     "https://ru.wikipedia.org/wiki/%D0%9F%D1%83%D1%82%D0%B8%D0%BD"),   # escapes in one case
    ("https://кремль.рф/news/1", "https://xn--e1ajeds9e.xn--p1ai/news/1"),
    ("https://xn--e1ajeds9e.xn--p1ai/news/1/", "https://xn--e1ajeds9e.xn--p1ai/news/1"),   # the host in ASCII
    ("https://news.example.ru/a?b=2&a=1", "https://news.example.ru/a?a=1&b=2"),   # parameter order
    ("http://www.ru/a/1/", "https://www.ru/a/1"),   # "www" as the site's own name is no prefix (rev19_B 7)
]

# addresses that must stay apart from BASE (content may differ)
OTHER_PAGE = [
    "https://news.example.ru/a/2",
    "https://news.example.ru/A/1",                 # path case is the site's
    "https://news.example.ru/a/1?id=123",          # a parameter that selects content
    "https://news.example.ru/a/1?page=2",
    "https://m.news.example.ru/a/1",               # another host
    "https://news.example.ru:8080/a/1",            # another port
    "https://news.example.ru/a/1#!/comments/5",    # a script route selects content
]


@pytest.mark.parametrize("given, key", SAME_PAGE)
def test_variants_of_one_address_share_its_key(given: str, key: str) -> None:
    assert canonical_url(given) == key
    assert canonical_url(key) == key  # idempotent: a key stays itself (the migration relies on it)


@pytest.mark.parametrize("given", OTHER_PAGE)
def test_addresses_that_may_differ_in_content_stay_apart(given: str) -> None:
    assert canonical_url(given) != BASE
    assert canonical_url(canonical_url(given)) == canonical_url(given)


@pytest.mark.parametrize("given", ["/news/1", "lenta.ru/news/1", "/tmp/page.html", "<stdin>#line 3@ab12",
                                   "javascript:alert(1)", "not a url"])
def test_what_is_no_web_address_keeps_its_form(given: str) -> None:
    assert canonical_url(given) == given


# page URL → kept as the page's link (the same string) or dropped (None)
WEB_URLS = [
    ("https://tass.ru/politika/1", "https://tass.ru/politika/1"),
    ("http://tass.ru/1", "http://tass.ru/1"),
    ("HTTPS://tass.ru/1", "HTTPS://tass.ru/1"),
    ("//tass.ru/1", "//tass.ru/1"),                    # scheme-relative: the reader's http(s)
    ("/politika/1", "/politika/1"),                    # no scheme: kept as it was
    ("lenta.ru/news/1", "lenta.ru/news/1"),
    ("lenta.ru:8080/news/1", "lenta.ru:8080/news/1"),  # a host with a port, not a scheme
    ("javascript:alert(document.cookie)", None),
    ("JavaScript:alert(1)", None),
    (" javascript:alert(1)", None),
    ("java\tscript:alert(1)", None),                   # browsers drop the tab
    ("data:text/html;base64,PHNjcmlwdD4=", None),
    ("vbscript:msgbox(1)", None),
    ("mailto:editor@tass.ru", None),
    ("file:///etc/passwd", None),
    ("", None),
    ("   ", None),
]


@pytest.mark.parametrize("given, kept", WEB_URLS)
def test_only_a_web_address_is_a_page_url(given: str, kept: str | None) -> None:
    assert web_url(given) == kept
    assert RawPage(source="dump.jsonl", data="x", kind="text", url=given or None).url == kept


def test_a_jsonl_record_with_a_script_url_has_no_url() -> None:
    record = {"url": "javascript:alert(5)", "title": "Заголовок", "text": "Текст новости о событии дня."}
    page = record_page(record, "dump.jsonl", "line 1", None)
    assert isinstance(page, RawPage) and page.url is None


# record → the reason it is skipped
SKIPPED = [
    ({"url": "https://x.ru/9", "title": "Пилоты", "date": "2018-08-08", "text": ""}, "empty 'text' field"),
    ({"title": "Пилоты", "text": "   \n "}, "empty 'text' field"),
    ({"title": "Пилоты", "html": ""}, "empty 'html' field"),
    ({"title": "Пилоты", "date": "2018-08-08"}, "no 'html' or 'text' field"),
    ({"title": "Пилоты", "text": None}, "no 'html' or 'text' field"),
]


@pytest.mark.parametrize("record, reason", SKIPPED, ids=[json.dumps(r, ensure_ascii=False) for r, _ in SKIPPED])
def test_the_reason_a_record_is_skipped(record: dict, reason: str) -> None:
    error = record_page(record, "dump.jsonl", "line 1", None)
    assert isinstance(error, InputError) and error.skipped
    assert reason in str(error)
