"""Story lists newest first by date (`order="recent"`: the latest publication among a story's
articles, stories without a date last), paged by (last_seen, id) without repeats or gaps,
on both backends; `order="stored"` keeps the order of storage.  Each article below is its
own story (unrelated headlines and texts)."""
from __future__ import annotations

from click.testing import CliRunner

from khronika.cli import main

# (headline, published) in the order stored
PAGES = [
    ("Парламент Исландии утвердил бюджет на следующий год", "2021-05-04T10:00:00+03:00"),
    ("В Новосибирске открылся новый мост через Обь", None),
    ("Сборная Бразилии выиграла товарищеский матч у Японии", "2023-01-10T12:00:00+03:00"),
    ("Учёные нашли в Антарктиде неизвестный вид мха", "2019-07-01T09:00:00+03:00"),
    ("Центробанк Чили снизил ключевую ставку", "2023-01-10T12:00:00+03:00"),
    ("В Казани прошёл фестиваль уличной еды", None),
    ("Пожар на складе в Подольске потушен за три часа", "2022-12-31T23:59:00+03:00"),
]
RECENT = [PAGES[4][0], PAGES[2][0], PAGES[6][0], PAGES[0][0], PAGES[3][0], PAGES[5][0], PAGES[1][0]]


def _fill(store, make_doc) -> None:
    for i, (title, published) in enumerate(PAGES):
        body = f"{title}. Подробности сообщения номер {i} будут опубликованы позже."
        store.add_document(make_doc(title, [body], url=f"https://example{i}.ru/{i}", published=published))


def _pages(store, limit: int, **kwargs) -> list[str]:
    titles, before, seen = [], None, None
    while True:
        rows = store.stories(limit=limit, before=before, seen=seen, **kwargs)
        titles += [r.title for r in rows]
        if len(rows) < limit:
            return titles
        before, seen = rows[-1].id, rows[-1].last_seen


def test_recent_order_pages_without_repeats_or_gaps(store, make_doc) -> None:
    _fill(store, make_doc)
    assert len({s.id for s in store.stories(limit=50)}) == len(PAGES)
    for limit in (1, 2, 3, 7, 50):
        assert _pages(store, limit, order="recent") == RECENT, limit
    stored = [r.title for r in store.stories(limit=50, order="stored")]
    assert stored == [title for title, _ in reversed(PAGES)]
    assert [r.title for r in store.stories(limit=50)] == stored  # the default stays the stored order


def test_the_api_and_the_cli_list_by_date(store, store_url, make_doc) -> None:
    from fastapi.testclient import TestClient

    from khronika.api.app import create_app
    from khronika.store import open_store

    _fill(store, make_doc)
    store.close()
    with TestClient(create_app(lambda: open_store(store_url, create=False))) as client:
        titles, cursor = [], None
        while True:
            page = client.get("/api/v1/stories", params={"limit": 3, **({"cursor": cursor} if cursor else {})}).json()
            titles += [s["title"] for s in page["items"]]
            cursor = page["next_cursor"]
            if not cursor:
                break
        assert titles == RECENT
        stored = client.get("/api/v1/stories", params={"order": "stored", "limit": 50}).json()["items"]
        assert [s["title"] for s in stored] == [title for title, _ in reversed(PAGES)]
        assert client.get("/api/v1/stories", params={"cursor": "eyJzZWVuIjogMX0"}).status_code == 400  # {"seen": 1}
        html = client.get("/stories").text
        assert [html.index(title) for title in RECENT] == sorted(html.index(title) for title in RECENT)
    listed = CliRunner().invoke(main, ["stories", "--db", store_url, "--format", "jsonl"])
    assert listed.exit_code == 0, listed.output
    assert [line.split('"title": "')[1].split('"')[0] for line in listed.stdout.splitlines()] == RECENT
