"""Helper nx (review rv20_Q L1): a time word inside a name is no time — inside an entity mention ("МИА «Россия
сегодня»") or an inflected acronym ("в МАРТе", a ministry).  Sentences written for the tests."""
from __future__ import annotations

from datetime import date

import pytest

from khronika.nlp.times import find_times

from tests.nlp.conftest import article

# text, the time texts expected
ACRONYMS = [
    ("Документ подписали в МАРТе 20 января.", ["20 января"]),
    ("Заявление МИДа и ФСБшников в среду.", ["в среду"]),
    # guards: months in lower case, capitalised, or all in capitals in a headline
    ("8 МАРТА в Москве прошли митинги.", ["8 МАРТА"]),
    ("В марте министр выступил в Думе.", ["В марте"]),
    ("Март выдался холодным, 5 марта выпал снег.", ["Март", "5 марта"]),
]


@pytest.mark.parametrize("text, expected", ACRONYMS)
def test_nx_inflected_acronym_is_no_month(text: str, expected: list[str]) -> None:
    assert [t.text for t in find_times(text, date(2022, 1, 28))] == expected


# paragraph, the time texts expected from the full pipeline
NAMES = [
    ("Учредитель: МИА «Россия сегодня».", []),
    ("Об этом сообщило агентство «Россия сегодня» в пятницу.", ["в пятницу"]),
    # guard: a time outside any name stays
    ("Сегодня министр выступил в Москве.", ["Сегодня"]),
]


@pytest.mark.parametrize("text, expected", NAMES)
def test_nx_time_inside_a_name_is_no_time(nlp_pipeline, text: str, expected: list[str]) -> None:
    doc = nlp_pipeline(article(text, title="Новости"))
    assert [t.text for t in doc.times] == expected
