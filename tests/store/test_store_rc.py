"""Outlet labels mended after the review rev20_B (helper rc), on both backends.

L7  a bare outlet label is also the one domain it is the first label of when only that domain's
    subdomains are stored ("ria" → crimea.ria.ru with no ria.ru stored; before: nothing), in every
    outlet filter (`SqlStore.outlets_matching`); a label naming several domains stays an error.
"""
from __future__ import annotations

import pytest

from khronika.errors import QueryError
from khronika.store import open_store

PUTIN = ("per:vladimir-putin", "Владимир Путин", "PER", ["Владимир Путин"])

PAGES = ["https://crimea.ria.ru/1", "https://sochi.kp.ru/2", "https://kp.ua/3", "https://news.lenta.com.ua/4",
         "https://lenta.ru/5"]


@pytest.fixture
def filled(store_url, analyzer, make_doc):
    with open_store(store_url, analyzer=analyzer) as store:
        for n, url in enumerate(PAGES):
            title = f"Путин провел совещание номер {n}"
            sentence = f"Президент Владимир Путин провел совещание ({title}). «Мы поддержим регионы», — заявил он."
            store.add_document(make_doc(title, [sentence], url=url, published="2012-03-15T10:00:00+03:00",
                                        actors=[PUTIN],
                                        quotes=[("Мы поддержим регионы", "per:vladimir-putin", "Владимир Путин")]))
    return store_url


# outlet filter value → the outlets kept; a str: a piece of the error's message
OUTLETS = [
    ("ria", {"crimea.ria.ru"}),                    # L7: was nothing (only a subdomain of ria.ru is stored)
    ("kp", "kp.ru, kp.ua"),                        # L7: was kp.ua alone; sochi.kp.ru is kp.ru's: two outlets
    ("lenta", "lenta.com.ua, lenta.ru"),           # L7: was lenta.ru alone (news.lenta.com.ua is lenta.com.ua's)
    ("ria.ru", {"crimea.ria.ru"}),                 # guard: a domain, its subdomains
    ("crimea", {"crimea.ria.ru"}),                 # guard: a subdomain's own label
    ("sochi", {"sochi.kp.ru"}),                    # guard
    ("kp.ru", {"sochi.kp.ru"}),                    # guard
    ("kp.ua", {"kp.ua"}),                          # guard
    ("ru", set()),                                 # guard: a zone is no outlet's first label here
    ("com", set()),                                # guard: not news.lenta.com.ua
    ("news", {"news.lenta.com.ua"}),               # guard: a subdomain's own label, as "crimea"
]


@pytest.mark.parametrize("value, expected", OUTLETS, ids=[v for v, _ in OUTLETS])
def test_bare_label_finds_its_domains_subdomains(filled, analyzer, value, expected):
    with open_store(filled, analyzer=analyzer) as store:
        if isinstance(expected, str):
            for run in (lambda: store.outlets_matching([value]),
                        lambda: store.list_articles(limit=50, outlet=value),
                        lambda: store.search(f"Путин source:{value}", limit=50)):
                with pytest.raises(QueryError, match=expected):
                    run()
            return
        assert set(store.outlets_matching([value])) == expected
        assert {a.outlet for a in store.list_articles(limit=50, outlet=value)} == expected
        assert {q.outlet for q in store.quotes(outlet=value, limit=50)} == expected
        assert {h.article.outlet for h in store.search(f"Путин source:{value}", limit=50)} == expected
