"""mE32 table tests (quotes-dev14's second round, rv32_Q C10): a role conjunct in a group of speakers whose
apposed name the tagger read as a genitive owner, and a one-word stage name glossed with the person's full name
in brackets.  Made-up sentences or ones of unread text, none taken from a held-out document; each must fail on the code before mE32."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name)
CASES = [
    ("a role conjunct of a group names its holder by the apposed name, read as written",
     # (the sentence of an unread RuNormAS text, runormas 913698)
     "О домогательствах со стороны Слуцкого заявляли заместитель главного редактора телеканала RTVI Екатерина "
     "Котрикадзе, продюсер телеканала «Дождь» Дарья Жук и корреспондент Русской службы «Би-би-си» Фарида Рустамова.",
     "домогательствах со стороны Слуцкого", "Екатерина Котрикадзе, Дарья Жук и Фарида Рустамова"),
    ("a stage name glossed with the full name in brackets speaks under the full name",
     "Суд отменил решение об аресте рэп-исполнителя Хаски (Дмитрия Кузнецова) на 12 суток.\n\n"
     "Хаски был задержан 21 ноября. Исполнитель заявил о готовности возместить ущерб владельцу машины.",
     "готовности возместить ущерб владельцу машины", "Дмитрий Кузнецов"),
]


@pytest.mark.parametrize("mechanism,text,content,speaker", CASES, ids=[c[0] for c in CASES])
def test_mE32_speaker(enrich, mechanism, text, content, speaker):
    assert speaker_of(enrich(text), content, mechanism) == speaker, mechanism
