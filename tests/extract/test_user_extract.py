"""Extraction of damaged and unusual pages users feed in: a download cut off
mid-letter is still UTF-8, and a dump saved as one long line is an article
(title and body), not "title only"."""
from __future__ import annotations

from pathlib import Path

import pytest

from khronika.extract import extract_page
from khronika.extract.encoding import decode
from khronika.extract.text import TITLE_MAX, split_run_on
from khronika.ingest import RawPage

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "pages"
SEED = (EXAMPLES / "000_seed.txt").read_bytes()
HTML = (EXAMPLES / "011_html_jsonld_full.html").read_bytes()


@pytest.mark.parametrize("name, data", [("seed.txt", SEED), ("page.html", HTML)], ids=["text", "html"])
def test_a_page_cut_mid_letter_is_still_utf8(name: str, data: bytes) -> None:
    # The last Cyrillic letter of the page (two bytes, D0/D1 xx): cut after its first byte.
    last = max(data.rindex(b"\xd0"), data.rindex(b"\xd1"))
    kind = "html" if name.endswith("html") else "text"
    whole = extract_page(RawPage(source=name, data=data[:last], kind=kind))
    cut = data[: last + 1]
    assert decode(cut, name) == (data[:last].decode("utf-8"), "utf-8")
    assert extract_page(RawPage(source=name, data=cut, kind=kind)).title == whole.title


def test_declared_cp1251_is_not_affected() -> None:
    data = "<html><head><meta charset=windows-1251></head><body><p>Москва</p></body></html>".encode("cp1251")
    assert decode(data, "x.html") == ("<html><head><meta charset=windows-1251></head><body><p>Москва</p></body></html>",
                                      "cp1251")


ARTICLE = ("Японские ученые заявили, что им удалось синтезировать атом 113-го элемента. "
           "Элемент был впервые получен в 2003 году российскими и американскими физиками. ") * 6

RUN_ON = [
    # (what, line, expected title)
    ("sentence title", ARTICLE.strip(), "Японские ученые заявили, что им удалось синтезировать атом 113-го элемента."),
    ("no sentence end", "слово " * 200, ("слово " * 200)[: TITLE_MAX].rsplit(" ", 1)[0].strip()),
    ("no space at all", "я" * 1000, "я" * TITLE_MAX),
]


@pytest.mark.parametrize("what, line, title", RUN_ON, ids=[r[0] for r in RUN_ON])
def test_run_on_line_split_keeps_every_character(what: str, line: str, title: str) -> None:
    head, body = split_run_on(line)
    assert head == title
    assert (head + " " + body[0]).replace(" ", "") == line.replace(" ", "")


def test_one_line_dump_is_an_article() -> None:
    article = extract_page(RawPage(source="one.txt", data=ARTICLE.encode(), kind="text"))
    assert article.title.startswith("Японские ученые") and article.paragraphs[0].startswith("Элемент был")


def test_short_single_line_is_still_title_only() -> None:
    from khronika.errors import InputError

    with pytest.raises(InputError, match="title only"):
        extract_page(RawPage(source="t.txt", data="Только заголовок новости\n".encode(), kind="text"))


def test_a_huge_single_line_is_skipped_with_its_size() -> None:
    from khronika.errors import InputError
    from khronika.extract.text import RUN_ON_MAX

    line = ("слово " * (RUN_ON_MAX // 5)).encode()
    with pytest.raises(InputError, match="one line of .* characters") as raised:
        extract_page(RawPage(source="dump.txt", data=line, kind="text"))
    assert raised.value.skipped
