"""Helper ra (review rev20_A M4): a dated line followed by two capitalised words is a byline only when the
words name a person (a first name among them); "12 мая 2021 Новости Москвы" is a dated section line.
Pages written for the tests."""
from __future__ import annotations

import pytest

from khronika.extract import extract_page
from khronika.extract.text import dated_byline
from khronika.ingest.rawpage import RawPage


def _text(text: str):
    return extract_page(RawPage(source="page.txt", data=text.encode(), kind="text"))


BODY = "\n\nВ Самаре за сутки выявлено 200 новых случаев. Сегодня началась вакцинация.\n"

# line -> author names, or None = no dated byline
LINES = [
    ("12 мая 2021 Новости Москвы", None),
    ("12 мая 2021 | Красная Площадь", None),
    ("05.03.2020, 10:15 | Главные Новости", None),
    ("18 января 2021 Анна Семенова, Новости Москвы", None),
    # guards: person names, either order
    ("18 января 2021 20:53 Анна Семенова, Вероника Богма", ["Анна Семенова", "Вероника Богма"]),
    ("05.03.2020, 10:15 | Иван Петров", ["Иван Петров"]),
    ("12 мая 2021 Семенова Анна", ["Семенова Анна"]),
]


@pytest.mark.parametrize("line, names", LINES, ids=[c[0] for c in LINES])
def test_a_dated_byline_names_persons(line: str, names) -> None:
    found = dated_byline(line)
    assert (found[1] if found else None) == names


def test_a_dated_section_line_gives_the_date_but_no_author() -> None:
    article = _text("12 мая 2021 Новости Москвы\n\nПрививка на Красной площади" + BODY)
    assert (article.published[:10], article.authors) == ("2021-05-12", [])
