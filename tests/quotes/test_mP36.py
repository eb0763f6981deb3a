"""Helper mP36 (thirty-sixth session) table tests: wrong speakers of the design sets that are no descriptions.

- "Об этом информирует X ссылаясь на Y" with no comma before the gerund (the parse hangs it on the cue as a
  parataxis or an xcomp, not as an adverbial clause): Y speaks and X relays, as with the comma (dev7's
  "Об этом информирует Польское радио ссылаясь на источники").
Made-up sentences; the guard keeps the old answer where the rule must not change it.
(The branch mP36-nofire holds two more rules and their rows, which fired nowhere on unread text.)"""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("the gerund of referring with no comma after a frame: the sources (unnamed), not the relay",
     "Газ\n\nПредложение Бухареста поддержали 13 стран ЕС. Об этом информирует Польское радио ссылаясь на "
     "источники.",
     "Предложение Бухареста поддержали 13 стран ЕС", None),
    ("the same after the content, in its sentence",
     "Газ\n\nПредложение Бухареста поддержали 13 стран ЕС, информирует Польское радио ссылаясь на источники.",
     "Предложение Бухареста поддержали 13 стран ЕС", None),
    ("the gerund of referring to a company's representatives with no comma: they speak",
     "Рейсы\n\nИрландская авиакомпания Ryanair отменила рейсы для 50 тысяч пассажиров. Об этом информирует "
     "avianews.com ссылаясь на представителей компании.",
     "Ирландская авиакомпания Ryanair отменила рейсы для 50 тысяч пассажиров", "представители Ryanair"),
    ("guard: with the comma, as before",
     "Газ\n\nПредложение Бухареста поддержали 13 стран ЕС. Об этом информирует Польское радио, ссылаясь на "
     "источники.",
     "Предложение Бухареста поддержали 13 стран ЕС", None),
]


@pytest.mark.parametrize("label,text,content,speaker", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_mP36_speakers(enrich, label, text, content, speaker):
    assert speaker_of(enrich(text), content, label) == speaker, label
