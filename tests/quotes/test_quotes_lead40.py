"""Lead's table tests of the fortieth session (review cr40 F11): "со ссылкой на рассказ X" - X speaks, as with
"со ссылкой на данные / слова X"; the outlet only relays.  Sentences from unread text or made up."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (label, text, content of the quote, accepted speaker names: a phrase owner that is no entity keeps the case it
# has in the text, as "со ссылкой на слова коллег министра" already gives "коллег министра")
CASES = [
    ("a story told by someone, relayed by the media (unread runormas 910361)",
     "Скандал в Госдуме\n\nО якобы имевшем место недопустимом поведении депутата сообщили СМИ со ссылкой на рассказ "
     "коллег девушек. Вместе с тем женщины-депутаты Госдумы выступили в защиту Слуцкого.",
     "якобы имевшем место недопустимом поведении депутата", ("коллеги девушек", "коллег девушек")),
    ("guard: the data of a body, relayed",
     "Цены выросли\n\nО росте цен на бензин сообщили СМИ со ссылкой на данные Росстата.",
     "росте цен на бензин", ("Росстат",)),
]


@pytest.mark.parametrize("label,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_lead40_referred_story(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) in expected, label
