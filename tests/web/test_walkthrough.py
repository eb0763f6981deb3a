"""A reader's path through the UI in a real browser: search "Макрон" → the
seed article (quotes highlighted) → Путин → actor page (timeline, quotes,
network) → the story; plus the event table's downloads and a phone-sized view."""
from __future__ import annotations

import re

import pytest

from khronika_browser import shoot

pytestmark = pytest.mark.browser


def test_search_article_actor_story(page, live_server):
    backend = live_server.backend
    page.goto(live_server.url + "/")
    page.get_by_label("Поиск по новостям").fill("Макрон")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search\?q="))
    hits = page.locator("ol.hits a.hit-title")
    assert hits.count() >= 1
    shoot(page, backend, "search")

    # The hit's own title (another hit of the same story names that story by this title too).
    seed = page.locator("ol.hits a.hit-title", has_text="Путин рассказал Макрону")
    seed.click()
    page.wait_for_url(re.compile(r"/articles/\d+$"))
    assert "Путин рассказал Макрону" in page.locator("h1").inner_text()
    quotes = page.locator("#article-text .hl-quote")
    assert quotes.count() >= 3
    assert page.locator("#article-text .hl-event").count() >= 1
    assert page.locator(".related").is_visible()
    assert page.locator(".related").locator(".hl-quote").count() == 0
    # The highlighted quote is the quote text (offsets from the Doc layers).
    marked = " ".join(page.locator("article .hl-quote").all_inner_texts())
    for listed in page.locator("#quote-list blockquote").all_inner_texts():
        assert listed.strip()[:25] in marked
    shoot(page, backend, "article")

    putin = page.locator('#article-text a.hl-mention[href="/actors/per:vladimir-putin"]').first
    putin.click()
    page.wait_for_url(re.compile(r"/actors/per:vladimir-putin$"))
    assert "Путин" in page.locator("h1").inner_text()
    page.wait_for_selector("#timeline-chart[data-rendered]")
    page.wait_for_selector("#network-chart[data-rendered]")
    assert page.locator("#timeline-chart").get_attribute("data-rendered") == "plotly"
    assert page.locator("#timeline-chart .main-svg").count() >= 1
    assert page.locator("#network-chart .main-svg").count() >= 1
    assert page.locator("#quotes blockquote").count() >= 1
    assert page.locator("#network-list a", has_text="Макрон").count() >= 1
    shoot(page, backend, "actor")

    page.go_back()
    page.wait_for_url(re.compile(r"/articles/\d+$"))
    page.locator("a.story-link").click()
    page.wait_for_url(re.compile(r"/stories/\d+$"))
    assert page.locator("#by-outlet tbody tr").count() >= 1
    assert page.locator("#by-source tbody tr", has_text="Владимир Путин").count() == 1
    shoot(page, backend, "story")


def test_network_node_click_opens_that_actor(page, live_server):
    page.goto(live_server.url + "/actors/per:vladimir-putin")
    page.wait_for_selector("#network-chart[data-rendered='plotly']")
    page.locator("#network-list a", has_text="Макрон").first.click()
    page.wait_for_url(re.compile(r"/actors/per:emmanuel-macron$"))


def test_event_table_downloads(page, live_server):
    page.goto(live_server.url + "/events?type=CONSULT")
    rows = page.locator("table.events tbody tr")
    assert rows.count() >= 1 and "CONSULT" in rows.first.inner_text()
    with page.expect_download() as info:
        page.get_by_role("link", name="TSV (формат GDELT)").click()
    tsv = open(info.value.path(), encoding="utf-8").read().strip().split("\n")
    assert len(tsv) == rows.count() + 1 and "\t" in tsv[0]
    with page.expect_download() as info:
        page.get_by_role("link", name="CSV").click()
    assert info.value.suggested_filename.endswith(".csv")
    shoot(page, live_server.backend, "events")


def test_search_filters_and_facets(page, live_server):
    page.goto(live_server.url + "/search?q=Путин")
    facet = page.locator(".facets ul.facet a").first
    facet.click()
    page.wait_for_load_state()
    assert page.locator("ol.hits li").count() >= 1
    page.goto(live_server.url + "/search")
    page.get_by_label("Актор").fill("Путин")
    page.get_by_label("Тип события").select_option("CONSULT")
    page.get_by_role("button", name="Искать").click()
    page.wait_for_url(re.compile(r"event=CONSULT"))
    assert "actor:Путин" in page.locator("#h-results").inner_text()
    assert page.locator("ol.hits li").count() >= 1
    page.goto(live_server.url + "/search?q=from:вчера")
    assert page.get_by_role("alert").is_visible()


def test_keyboard_and_phone(browser, live_server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2,
                                  is_mobile=True, has_touch=True, locale="ru-RU")
    page = context.new_page()
    try:
        page.goto(live_server.url + "/search?q=Макрон")
        page.locator("ol.hits a.hit-title").first.click()
        page.wait_for_url(re.compile(r"/articles/\d+$"))
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390 + 1, f"horizontal scroll on a phone: {width}px"
        shoot(page, live_server.backend, "article-phone", full_page=False)
        page.keyboard.press("Tab")
        skip = page.locator(":focus")
        assert skip.inner_text() == "Перейти к содержанию"
        page.keyboard.press("Enter")
        assert page.evaluate("location.hash") == "#main"
    finally:
        context.close()


@pytest.fixture(scope="module")
def two_outlets(browser, tmp_path_factory):
    """A small store where two outlets report the seed story (one rewrites it), served on loopback."""
    from khronika.api import create_app
    from khronika.store import open_store
    from khronika_demo_store import PAGES, TOKEN, LiveServer, opener, shared_analyzer, shared_pipeline

    url = str(tmp_path_factory.mktemp("compare") / "compare.db")
    open_store(url, analyzer=shared_analyzer()).close()
    app = create_app(opener(url, shared_analyzer()), token=TOKEN, pipeline_factory=shared_pipeline)
    seed = (PAGES / "000_seed.txt").read_text(encoding="utf-8")
    lines = seed.split("\n")
    rewrite = "\n".join(["Путин заявил Макрону, что Запад проигнорировал озабоченности России"]
                        + [line for line in lines[1:] if "Песков" not in line])
    pages = [{"name": "seed.txt", "content": seed, "url": "https://kommersant.example.ru/doc/5197"},
             {"name": "tass.txt", "content": rewrite, "url": "https://tass.example.ru/politika/13570"}]
    with LiveServer(app) as server:
        import httpx

        response = httpx.post(server.url + "/api/v1/ingest", json={"pages": pages},
                              headers={"Authorization": f"Bearer {TOKEN}"}, timeout=120)
        assert response.json()["counts"].get("new") == 2, response.text
        yield server


def test_story_compares_outlets(browser, two_outlets):
    import httpx

    stories = httpx.get(two_outlets.url + "/api/v1/stories").json()["items"]
    story = max(stories, key=lambda s: s["n_sources"])
    if story["n_sources"] < 2:
        pytest.skip("the story clusterer kept the rewrite apart; nothing to compare")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(f"{two_outlets.url}/stories/{story['id']}")
        rows = page.locator("#by-outlet tbody tr")
        assert rows.count() == 2
        assert page.locator("#by-outlet thead th", has_text="Только здесь").count() == 1
        assert "kommersant.example.ru" in page.locator("#by-outlet").inner_text()
        shoot(page, "sqlite", "story-compare")
    finally:
        page.close()


# ---- where screenshots go: tests/artifacts always, docs/screenshots only on request ----

class _FakePage:
    """Stands in for a Playwright page: `screenshot` writes a few bytes."""

    def screenshot(self, path: str, full_page: bool) -> None:
        with open(path, "wb") as file:
            file.write(b"png")


SCREENSHOT_RUNS = [
    # (KHRONIKA_UPDATE_SCREENSHOTS, backend) -> is docs/screenshots/<name>.png written?
    (None, "sqlite", False),        # a plain `make test` / `pytest tests/web` leaves the checkout clean
    ("0", "sqlite", False),
    ("1", "sqlite", True),          # `make screenshots`
    ("1", "postgres", False),       # only the SQLite run's pictures are published
]


@pytest.mark.parametrize("update, backend, published", SCREENSHOT_RUNS)
def test_screenshots_reach_docs_only_on_request(tmp_path, monkeypatch, update, backend, published):
    import khronika_browser

    monkeypatch.setattr(khronika_browser, "ARTIFACTS", tmp_path / "artifacts")
    monkeypatch.setattr(khronika_browser, "SCREENSHOTS", tmp_path / "docs")
    if update is None:
        monkeypatch.delenv("KHRONIKA_UPDATE_SCREENSHOTS", raising=False)
    else:
        monkeypatch.setenv("KHRONIKA_UPDATE_SCREENSHOTS", update)
    path = shoot(_FakePage(), backend, "search")
    assert path == tmp_path / "artifacts" / f"{backend}-search.png" and path.exists()
    assert (tmp_path / "docs" / "search.png").exists() is published
