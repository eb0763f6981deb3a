"""(mX30, review cr29b L4) A quoted name that lost only its opening break («nМосковский комсомолец»): the
opening side is restored before a Cyrillic capital only, where no Latin name ending in "n" is at risk."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from khronika.ingest.lost_breaks import restore_lost_breaks

# (what, record text, text after reading)
CASES = [
    ("a one-sided lost break before a Cyrillic name",
     "Он ушёл.nЭту новость первой опубликовала «nНовая газета» в пятницу.",
     "Он ушёл.\nЭту новость первой опубликовала  «Новая газета» в пятницу."),
    ("… with a low double quotation mark",
     "Он ушёл.nОб этом писал „nКоммерсант“ летом.",
     "Он ушёл.\nОб этом писал  „Коммерсант“ летом."),
    ("guard: a Latin name ending in 'n' in marks keeps its letter",
     "Цены растут.nnНа площадке «Amazon» и в «Ozon» спрос упал.",
     "Цены растут.\n\nНа площадке «Amazon» и в «Ozon» спрос упал."),
    ("guard: a lower-case word after «n is left to the paired rule",
     "Он ушёл.nЭто «nмосковское дело» вернулось.",
     "Он ушёл.\nЭто «nмосковское дело» вернулось."),
    ("guard: the pair is restored as before",
     "Он ушёл.nОб этом пишет «nРосбалтn».",
     "Он ушёл.\nОб этом пишет  «Росбалт» ."),
]


@pytest.mark.parametrize("what,text,expected", CASES, ids=[c[0] for c in CASES])
def test_one_sided_lost_break(what, text, expected):
    assert restore_lost_breaks(text) == expected, what


@given(st.text(alphabet="«»„“nАБЯЁabZ .", max_size=40))
def test_opening_side_keeps_length_and_letters(tail):
    text = "Он ушёл.nВот " + tail  # (a text the paragraph rule reads as a dump)
    restored = restore_lost_breaks(text)
    assert len(restored) == len(text)
    assert "«nА" not in restored and "„nЯ" not in restored
