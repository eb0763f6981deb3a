"""A JSON array of records that does not parse (cut short, a bad item) is read as a JSON
array, whatever its size (review rv21_N H3): its complete records and a line saying where
it stopped, never one text page made of raw JSON; a text page opening with "[" stays a page."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from khronika.errors import InputError
from khronika.ingest.files import read_file, read_stream
from khronika.ingest.rawpage import RawPage
from khronika.ingest.urls import web_url

RECORDS = [{"url": f"https://arr.example/{i}",
            "text": f"Новость {i}\n\nДмитрий Песков заявил, что Кремль ждёт ответа номер {i}.\n\nЕщё абзац."}
           for i in range(5)]
WHOLE = json.dumps(RECORDS, ensure_ascii=False)


def _cut_inside_item(n: int) -> str:
    """The array cut in the middle of item n + 1 (after n complete items)."""
    start = WHOLE.index(f'"https://arr.example/{n}"')
    return WHOLE[:start + 30]


# input text → (URLs of the pages read, the error's reason or None)
CASES = [
    ("the review's cut (70 %)", WHOLE[:int(len(WHOLE) * 0.7)], 3, "truncated JSON array after 3 items"),
    ("cut inside item 2", _cut_inside_item(1), 1, "truncated JSON array after 1 items"),
    ("cut after a comma", WHOLE[:WHOLE.index('{"url": "https://arr.example/3"')], 3,
     "truncated JSON array after 3 items"),
    ("cut inside the first item", _cut_inside_item(0), 0, "its first record does not parse"),
    ("no closing bracket", WHOLE[:-1], 5, "truncated JSON array after 5 items"),
    ("a bad item", WHOLE.replace('{"url": "https://arr.example/2"', '{"url": https://arr.example/2"'), 2,
     "malformed"),
    ("whole (guard)", WHOLE, 5, None),
]


def _check(found: list, pages: int, reason: str | None, name: str) -> None:
    read = [item for item in found if isinstance(item, RawPage)]
    errors = [item for item in found if isinstance(item, InputError)]
    assert [page.url for page in read] == [f"https://arr.example/{i}" for i in range(pages)]
    assert all(not page.data.lstrip().startswith("[") for page in read)
    if reason is None:
        assert errors == []
    else:
        [error] = errors
        assert reason in error.reason and error.source.startswith(name)


@pytest.mark.parametrize("what, text, pages, reason", CASES, ids=[c[0] for c in CASES])
def test_a_json_array_that_does_not_parse_keeps_its_records(tmp_path: Path, what: str, text: str, pages: int,
                                                            reason: str | None) -> None:
    path = tmp_path / "dump.json"
    path.write_text(text, encoding="utf-8")
    _check(list(read_file(path, None)), pages, reason, str(path))


@pytest.mark.parametrize("what, text, pages, reason", CASES[:2], ids=[c[0] for c in CASES[:2]])
def test_stdin_reads_it_the_same(what: str, text: str, pages: int, reason: str | None) -> None:
    _check(list(read_stream(io.BytesIO(text.encode("utf-8")), "<stdin>", None)), pages, reason, "<stdin>")


TEXT_PAGES = [
    # guards: a text page that opens with "[" is a page, not a JSON array
    "[Фото] Путин заявил журналистам, что переговоры продолжатся.\n\nПесков добавил подробности.",
    "[{ не JSON }] Заголовок\n\nПесков добавил подробности.",
    "[1] Первая сноска\n\nПесков добавил подробности.",
]


@pytest.mark.parametrize("text", TEXT_PAGES)
def test_a_text_page_opening_with_a_bracket_stays_a_page(tmp_path: Path, text: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    [page] = list(read_file(path, None))
    assert isinstance(page, RawPage) and page.data == text.encode("utf-8")


@pytest.mark.parametrize("url, kept", [
    ("https://a.ru/x\x00y", False),  # a NUL is in no address (and no PostgreSQL text)
    ("https://a.ru/x", True),
    ("a.ru/news/1", True),
])
def test_a_url_with_a_nul_is_no_web_address(url: str, kept: bool) -> None:
    assert (web_url(url) == url) is kept
