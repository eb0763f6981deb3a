"""The events table says which date it shows: the event's own, the publication day standing in, or none."""
from __future__ import annotations

import re

import pytest

from khronika.store.base import EventRow

CELLS = [  # event date, the date taken from the publication day?, published → the date cell's visible text
    ("2022-01-28", False, "2022-01-28T16:49:00+03:00", "2022-01-28"),
    ("2010", False, "2018-11-04T10:00:00+03:00", "2010"),
    ("2018-10", False, "2018-11-04T10:00:00+03:00", "2018-10"),
    ("2018-11-04", True, "2018-11-04T10:00:00+03:00", "2018-11-04 по дате публикации"),
    (None, False, "2018-11-04T10:00:00+03:00", "без даты опубл. 2018-11-04"),   # not the publication day as its date
    (None, False, None, "без даты"),
]


@pytest.mark.parametrize("date, from_article, published, shown", CELLS)
def test_event_date_cell(date, from_article, published, shown):
    from khronika.web.routes import templates

    row = EventRow(7, 1, "COERCE", "17", None, "приговорили", "Суд приговорил Биби.", date, [], [], "tass.ru",
                   published, None, None)
    macros = templates.env.get_template("_macros.html").module
    page = str(macros.event_table([row], {7: {"location": None, "date_from_article": from_article}}))
    cell = re.search(r"<tr>\s*<td>(.*?)</td>", page, re.S).group(1)
    assert " ".join(re.sub(r"<[^>]+>", " ", cell).split()) == shown
