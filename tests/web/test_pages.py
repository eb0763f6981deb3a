"""Every page renders over the demo store (in process, no browser): status, Russian
text, links the walkthrough relies on, HTML errors for pages."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Iterator

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))

from khronika_demo_store import demo_sqlite, opener, shared_analyzer  # noqa: E402


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from khronika.api import create_app

    with TestClient(create_app(opener(demo_sqlite(), shared_analyzer())), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def seed(client) -> dict[str, Any]:
    hits = client.get("/api/v1/search", params={"q": "Макрон"}).json()["items"]
    return next(h for h in hits if h["input"].endswith("000_seed.txt"))


def html(client, path: str, status: int = 200, **params: Any) -> str:
    response = client.get(path, params=params)
    assert response.status_code == status, (path, response.text[:500])
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def test_pages_render(client, seed):
    assert "Хроника новостей" in html(client, "/")
    assert "Путин рассказал Макрону" in html(client, "/search", q="Макрон")
    page = html(client, f"/articles/{seed['id']}")
    assert 'class="hl hl-quote"' in page and 'href="/actors/per:vladimir-putin"' in page
    assert "Другие новости на странице" in page
    assert 'lang="ru"' in page
    actor = html(client, "/actors/per:vladimir-putin")
    assert 'id="timeline-chart"' in actor and 'id="network-chart"' in actor and "/static/vendor/plotly.min.js" in actor
    assert "Как сообщили СМИ" in html(client, f"/stories/{seed['story_id']}")
    assert "Скачать" in html(client, "/events", type="CONSULT")
    assert "Акторы" in html(client, "/actors")
    assert "Сюжеты" in html(client, "/stories")


def test_actor_alias_redirects_to_the_canonical_page(client):
    response = client.get("/actors/Путин", follow_redirects=False)
    assert response.status_code == 307 and response.headers["location"] == "/actors/per:vladimir-putin"


def test_facet_links_are_valid_queries(client):
    import re
    from html import unescape

    page = html(client, "/search", q="Путин")
    links = [unescape(h) for h in re.findall(r'<a href="(/search\?[^"]+)"', page)]
    assert links
    for link in links:
        assert client.get(link).status_code == 200, link


def test_page_errors_are_html(client):
    assert "Не найдено" in html(client, "/articles/999999", 404)
    assert "Не найдено" in html(client, "/actors/Никтоневедомов", 404)
    assert "Не найдено" in html(client, "/nowhere", 404)
    assert "Запрос не разобран" in html(client, "/search", 400, q="from:вчера")


def test_plotly_is_served_from_the_installed_package(client):
    pytest.importorskip("plotly")
    response = client.get("/static/vendor/plotly.min.js")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/javascript")
    assert len(response.content) > 1_000_000
    repo_js = [p for p in (Path(__file__).resolve().parents[2] / "src").rglob("*.js") if "plotly" in p.name]
    assert repo_js == [], "plotly.js must come from the installed package, not the repo"


def test_every_link_of_the_site_resolves(client):
    """Follow every in-site link from the home page (breadth first, bounded): no page of the
    demo store links to a page that is missing or fails (an actor named only by a
    description used to get a link to a 404 actor page)."""
    import re
    from urllib.parse import urljoin, urlsplit

    queue, seen, broken = ["/"], set(), []
    while queue and len(seen) < 400:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        response = client.get(path)
        if response.status_code != 200:
            broken.append((response.status_code, path))
            continue
        if not response.headers["content-type"].startswith("text/html"):
            continue
        for href in re.findall(r'href="([^"#]+)"', response.text):
            target = urlsplit(urljoin("http://testserver" + path, href.replace("&amp;", "&")))
            if target.netloc == "testserver" and not target.path.startswith("/static/"):
                queue.append(target.path + (f"?{target.query}" if target.query else ""))
    assert len(seen) > 50 and not broken, broken


def test_a_date_from_the_publication_day_is_marked_on_every_event_table(client, seed):
    """rev18_A 7: the flag reaches the API, the events page and the actor page (not only a hand-made table)."""
    items = client.get("/api/v1/events", params={"article": seed["id"], "type": "CONSULT"}).json()["items"]
    call = next(e for e in items if e["mode"] == "phone")
    assert call["date"] == "2022-01-28" and call["date_from_article"] is True
    undated = client.get("/api/v1/events", params={"article": seed["id"]}).json()["items"]
    assert any(e["date"] is None and not e["date_from_article"] for e in undated)
    for path in (f"/events?article={seed['id']}", "/actors/per:vladimir-putin"):
        page = html(client, path)
        assert "по дате публикации" in page and "без даты" in page, path
