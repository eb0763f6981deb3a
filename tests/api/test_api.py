"""The JSON API over the demo store: search, articles, actors, quotes, events, stories, ingest."""
from __future__ import annotations

from typing import Any

import pytest

from khronika.api.pagination import decode, encode
from khronika_demo_store import TOKEN

API = "/api/v1"


def get(client, path: str, status: int = 200, **params: Any) -> Any:
    response = client.get(API + path, params=params)
    assert response.status_code == status, response.text
    return response.json()


def assert_error(response, status: int, code: str | None = None) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}, body
    if code:
        assert body["error"]["code"] == code


@pytest.fixture(scope="module")
def seed(client) -> dict[str, Any]:
    hits = get(client, "/search", q="Макрон")["items"]
    found = [h for h in hits if h["input"].endswith("000_seed.txt")]
    assert found, hits
    return get(client, f"/articles/{found[0]['id']}")


def walk(client, path: str, limit: int, **params: Any) -> list[dict[str, Any]]:
    items, cursor, pages = [], None, 0
    while True:
        body = get(client, path, limit=limit, **params, **({"cursor": cursor} if cursor else {}))
        items += body["items"]
        pages += 1
        cursor = body["next_cursor"]
        assert pages < 100
        if not cursor:
            return items


# -- search ------------------------------------------------------------------

def test_search_finds_the_seed_by_any_word_form(client, seed):
    for q in ("Макрон", "макрона", "actor:Путин Макрону"):
        ids = [h["id"] for h in get(client, "/search", q=q)["items"]]
        assert seed["id"] in ids, q


def test_search_page_has_snippets_and_facets(client):
    body = get(client, "/search", q="Путин")
    assert body["query"] == "Путин" and body["items"]
    assert any("[" in h["snippet"] for h in body["items"])
    assert sum(f["count"] for f in body["facets"]["source"]) == len(body["items"])


def test_search_pages_with_a_cursor_and_does_not_repeat(client):
    everything = get(client, "/search", q="actor:Россия", limit=200)["items"]
    paged = walk(client, "/search", 3, q="actor:Россия")
    assert [h["id"] for h in paged] == [h["id"] for h in everything]
    assert len(paged) > 3


def test_search_cursor_carries_the_ranking_to_the_next_page(client):
    whole = [h["id"] for h in get(client, "/search", q="Путин", limit=200)["items"]]
    assert len(whole) > 4
    first = get(client, "/search", q="Путин", limit=2)
    state = decode(first["next_cursor"])
    assert [pair[0] for pair in state["ranked"]] == whole[2:50]
    second = get(client, "/search", q="Путин", limit=2, cursor=first["next_cursor"])
    assert [h["id"] for h in second["items"]] == whole[2:4]
    assert [h["id"] for h in walk(client, "/search", 7, q="Путин")] == whole


def test_a_cursor_works_only_for_its_own_query(client):
    first = get(client, "/search", q="Путин", limit=2)
    assert_error(client.get(API + "/search", params={"q": "Макрон", "cursor": first["next_cursor"]}),
                 400, "bad_cursor")


@pytest.mark.parametrize("ranked", [[[0, 1.0]], [["1", 1.0]], [[1, 1.0, 2]], "1,2", [[1, True]]])
def test_a_malformed_carried_ranking_is_a_400(client, ranked):
    cursor = encode(offset=2, ranked=ranked, more=True)
    assert_error(client.get(API + "/search", params={"q": "Путин", "cursor": cursor}), 400, "bad_cursor")


@pytest.mark.parametrize("q", ["from:вчера Путин", "story:abc"])
def test_bad_query_is_a_400_in_the_error_shape(client, q):
    assert_error(client.get(API + "/search", params={"q": q}), 400, "bad_query")


# -- articles ------------------------------------------------------------------

def test_article_layers_point_into_its_text(seed):
    text = seed["text"]
    assert seed["parts"][0]["kind"] == "title" and text.startswith(seed["title"])
    assert seed["mentions"] and seed["quotes"] and seed["events"]
    for mention in seed["mentions"]:
        assert text[mention["start"]:mention["stop"]] == mention["text"]
    for quote in seed["quotes"]:
        assert text[quote["start"]:quote["stop"]] == quote["text"]
    assert {e["id"] for e in seed["entities"]} >= {"per:vladimir-putin", "per:emmanuel-macron"}
    assert seed["related"], "the seed page has a related-news block"


def test_article_etag_answers_304(client, seed):
    first = client.get(f"{API}/articles/{seed['id']}")
    etag = first.headers["etag"]
    again = client.get(f"{API}/articles/{seed['id']}", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.headers["etag"] == etag and not again.content
    other = client.get(f"{API}/articles/{seed['id']}", headers={"If-None-Match": '"stale"'})
    assert other.status_code == 200


def test_articles_list_pages_through_everything_once(client):
    items = walk(client, "/articles", 4)
    ids = [a["id"] for a in items]
    assert len(ids) == len(set(ids)) >= 15
    assert ids == sorted(ids, reverse=True)


def test_articles_filter_by_outlet_and_story(client, seed):
    by_story = get(client, "/articles", story=seed["story_id"])["items"]
    assert seed["id"] in [a["id"] for a in by_story]
    outlet = get(client, "/articles", limit=1)["items"][0]["outlet"]
    assert {a["outlet"] for a in get(client, "/articles", outlet=outlet)["items"]} == {outlet}


def test_missing_article_and_bad_parameters_share_one_error_shape(client):
    assert_error(client.get(API + "/articles/999999"), 404, "not_found")
    assert_error(client.get(API + "/articles/abc"), 422, "invalid_request")
    assert_error(client.get(API + "/articles", params={"limit": 0}), 422)
    assert_error(client.get(API + "/articles", params={"cursor": "%%%"}), 400, "bad_cursor")
    assert_error(client.get(API + "/no/such/thing"), 404, "not_found")


# -- actors ------------------------------------------------------------------

def test_actor_by_alias_with_aliases_and_counts(client):
    putin = get(client, "/actors/Путин")
    assert putin["id"] == "per:vladimir-putin"
    assert get(client, "/actors/per:vladimir-putin") == putin
    assert "Путин" in get(client, "/actors/Путин/aliases")["aliases"]
    assert putin["n_articles"] >= 2 and putin["n_quotes"] >= 1
    assert_error(client.get(API + "/actors/Никтоневедомов"), 404, "not_found")


def test_actor_mentions_timeline_quotes_events_and_neighbours(client):
    mentions = walk(client, "/actors/Путин/mentions", 5)
    assert len({m["article_id"] for m in mentions}) == get(client, "/actors/Путин")["n_articles"]
    timeline = get(client, "/actors/Путин/timeline")
    assert sum(p["mentions"] for p in timeline["points"]) == len(mentions)
    assert [p["date"] for p in timeline["points"]] == sorted(p["date"] for p in timeline["points"])
    quotes = get(client, "/actors/Путин/quotes")["items"]
    assert quotes and {q["speaker_id"] for q in quotes} == {"per:vladimir-putin"}
    events = get(client, "/actors/Путин/events")["items"]
    as_source = get(client, "/actors/Путин/events", role="source")["items"]
    as_target = get(client, "/actors/Путин/events", role="target")["items"]
    assert events and len(as_source) + len(as_target) >= len(events)
    for event in as_source:
        assert "per:vladimir-putin" in [a["actor_id"] for a in event["source_actors"]]
    co = get(client, "/actors/Путин/co-occurring", limit=200)
    assert "per:emmanuel-macron" in [c["actor_id"] for c in co]
    network = get(client, "/actors/Путин/network")
    node_ids = {n["id"] for n in network["nodes"]}
    assert network["center"] in node_ids and "per:emmanuel-macron" in node_ids
    assert all(e["source"] in node_ids and e["target"] in node_ids for e in network["edges"])


def test_actors_list_pages(client):
    first = get(client, "/actors", limit=5)
    assert len(first["items"]) == 5 and first["next_cursor"]
    second = get(client, "/actors", limit=5, cursor=first["next_cursor"])
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}


# -- quotes and events ------------------------------------------------------------

def test_quotes_filters(client):
    by_putin = walk(client, "/quotes", 2, speaker="Путин")
    assert by_putin and {q["speaker_id"] for q in by_putin} == {"per:vladimir-putin"}
    to_macron = get(client, "/quotes", addressee="Макрон")["items"]
    assert to_macron and {q["addressee_id"] for q in to_macron} == {"per:emmanuel-macron"}
    nato = get(client, "/quotes", text="нато")["items"]
    assert nato and all("нато" in q["text"].lower() for q in nato)
    dated = get(client, "/quotes", **{"from": "2022-01-28", "to": "2022-01-28"})["items"]
    assert dated and all(q["published"].startswith("2022-01-28") for q in dated)
    assert get(client, "/quotes", **{"from": "2099-01-01"})["items"] == []


def test_events_filters(client):
    consult = get(client, "/events", type="CONSULT")["items"]
    assert consult and {e["type"] for e in consult} == {"CONSULT"}
    with_putin = get(client, "/events", actor="Путин")["items"]
    assert with_putin
    geneva = get(client, "/events", place="Женев")["items"]
    assert geneva and all("Женев" in e["location"] for e in geneva)
    dated = get(client, "/events", **{"from": "2022-01-01", "to": "2022-12-31"})["items"]
    assert all((e["date"] or e["published"])[:4] == "2022" for e in dated)
    assert len(walk(client, "/events", 3)) == len(get(client, "/events", limit=200)["items"])


def test_events_export_in_gdelt_layout(client):
    response = client.get(API + "/events/export", params={"format": "tsv", "type": "CONSULT"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/tab-separated-values")
    lines = response.text.strip().split("\n")
    header = lines[0].split("\t")
    assert {"GLOBALEVENTID", "SQLDATE", "Actor1Name", "Actor2Name", "EventRootCode", "SOURCEURL"} <= set(header)
    assert len(lines) - 1 == len(get(client, "/events", type="CONSULT", limit=200)["items"])
    assert all(len(line.split("\t")) == len(header) for line in lines)
    csv_response = client.get(API + "/events/export", params={"format": "csv"})
    assert csv_response.headers["content-type"].startswith("text/csv")


# -- stories -------------------------------------------------------------------

def test_story_with_members_and_comparisons(client, seed):
    story = get(client, f"/stories/{seed['story_id']}")
    assert seed["id"] in [a["id"] for a in story["articles"]]
    assert story["by_source"] and story["by_source"][0]["outlet"] == seed["outlet"]
    names = [s["name"] for s in story["by_original_source"]]
    assert "Владимир Путин" in names
    merged_ids = {q["id"] for q in story["quotes"]}
    assert all(set(s["quotes"]) <= merged_ids for s in story["by_original_source"])
    assert len(walk(client, "/stories", 7)) == len(get(client, "/stories", limit=200)["items"])
    assert_error(client.get(API + "/stories/999999"), 404)


# -- ingest --------------------------------------------------------------------

@pytest.fixture(scope="module")
def fresh_client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from khronika.api import create_app
    from khronika_demo_store import opener, shared_analyzer, shared_pipeline

    url = str(tmp_path_factory.mktemp("ingest") / "fresh.db")
    from khronika.store import open_store

    open_store(url, analyzer=shared_analyzer()).close()
    app = create_app(opener(url, shared_analyzer()), token=TOKEN, pipeline_factory=shared_pipeline)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def page_body() -> dict[str, Any]:
    from khronika_demo_store import PAGES

    return {"pages": [{"name": "002_txt_agency_tass.txt",
                       "content": (PAGES / "002_txt_agency_tass.txt").read_text(encoding="utf-8")}],
            "crawled_at": "2024-04-19T12:00:00+03:00"}


def test_ingest_needs_the_right_token(fresh_client):
    assert_error(fresh_client.post(API + "/ingest", json=page_body()), 401, "unauthorized")
    wrong = {"Authorization": "Bearer nope"}
    assert_error(fresh_client.post(API + "/ingest", json=page_body(), headers=wrong), 403, "forbidden")


def test_ingest_adds_pages_and_then_finds_them_unchanged(fresh_client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    first = fresh_client.post(API + "/ingest", json=page_body(), headers=auth)
    assert first.status_code == 200, first.text
    assert first.json()["counts"] == {"new": 1}
    article_id = first.json()["items"][0]["article_id"]
    assert get(fresh_client, f"/articles/{article_id}")["paragraphs"]
    again = fresh_client.post(API + "/ingest", json=page_body(), headers={"X-Khronika-Token": TOKEN})
    assert again.json()["counts"] == {"unchanged": 1}, again.text
    assert_error(fresh_client.post(API + "/ingest", json={}, headers=auth), 400)
    bad = fresh_client.post(API + "/ingest", json={"urls": ["ftp://example/x"]}, headers=auth)
    assert bad.json()["counts"] == {"failed": 1}


def test_ingest_fetches_urls_from_a_loopback_server(fresh_client, monkeypatch):
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    from khronika_demo_store import PAGES

    # The loopback server stands for a news site: internal addresses are refused unless allowed.
    monkeypatch.setattr(fresh_client.app.state, "fetch_private", True, raising=False)
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(PAGES))
    handler.log_message = lambda *a, **k: None  # type: ignore[attr-defined]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        body = {"urls": [f"{base}/014_html_lead.html", f"{base}/missing.html"],
                "crawled_at": "2024-04-19T12:00:00+03:00"}
        response = fresh_client.post(API + "/ingest", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    finally:
        server.shutdown()
        server.server_close()
    assert response.status_code == 200, response.text
    statuses = {item["input"].rsplit("/", 1)[-1]: item["status"] for item in response.json()["items"]}
    assert statuses == {"014_html_lead.html": "new", "missing.html": "failed"}
    added = next(i for i in response.json()["items"] if i["status"] == "new")
    article = get(fresh_client, f"/articles/{added['article_id']}")
    assert article["url"] and article["url"].startswith("http://127.0.0.1")


def test_actor_and_search_reads_are_cached_until_an_ingest(fresh_client):
    worker = fresh_client.app.state.store
    worker.cache.clear()
    hits_before = worker.cache.hits
    get(fresh_client, "/search", q="ТАСС")
    get(fresh_client, "/search", q="ТАСС")
    assert worker.cache.hits == hits_before + 1
    page = page_body()
    page["pages"][0]["name"] = "other.txt"
    page["pages"][0]["content"] += "\n\nДобавленный абзац, чтобы страница отличалась."
    fresh_client.post(API + "/ingest", json=page, headers={"Authorization": f"Bearer {TOKEN}"})
    get(fresh_client, "/search", q="ТАСС")
    assert worker.cache.hits == hits_before + 1, "an ingest must drop cached pages"
