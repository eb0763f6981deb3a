"""Helper ra (review rev20_A M2): rules and guidance ("правила", "рекомендации", "инструкция") speak for an
issuer named inside the frame ("в правилах правительства", "в рекомендациях ВОЗ"); with no such owner the
speaker stays unknown and is never borrowed from the context.  Sentences written for the tests."""
from __future__ import annotations

import pytest

# (label, text, content, speaker name or None = unknown)
RULES = [
    ("a term's genitive is no issuer",
     "В правилах дорожного движения говорится, что пешеход имеет преимущество.",
     "пешеход имеет преимущество", None),
    ("an ownerless rule borrows no organisation from the sentence before",
     "Песков заявил, что Кремль изучит документ. В новых правилах говорится, что въезд будет ограничен.",
     "въезд будет ограничен", None),
    ("an ownerless instruction borrows no ministry from the context",
     "Глава Минздрава Михаил Мурашко рассказал о вакцинации. В инструкции к вакцине указано, что её нельзя "
     "вводить беременным.", "её нельзя вводить беременным", None),
    # guards: an ownerless rule after the issuer's rules were quoted is the same issuer's
    ("guard: the guidance of the rules' issuer quoted before",
     "В новых правилах правительства говорится, что въезд будет ограничен. Однако в рекомендациях указывается, "
     "что маски можно не носить на улице.", "маски можно не носить на улице", "правительство"),
    # guards: an issuer named inside the frame speaks
    ("guard: an organisation's recommendations",
     "В рекомендациях Роспотребнадзора говорится, что маски обязательны.", "маски обязательны", "Роспотребнадзор"),
    ("guard: a bare institution noun",
     "В новых правилах правительства говорится, что въезд будет ограничен.", "въезд будет ограничен",
     "правительство"),
    ("guard: a ministry's instruction",
     "В инструкции Минздрава говорится, что прививку можно делать через месяц после болезни.",
     "прививку можно делать через месяц после болезни", "Минздрав"),
]


@pytest.mark.parametrize("label,text,content,speaker", RULES, ids=[c[0] for c in RULES])
def test_rules_speak_only_for_an_issuer_in_the_frame(enrich, label, text, content, speaker):
    doc = enrich(text)
    found = [q for q in doc.quotes if q.text == content]
    assert found, f"{label}: {[(q.text, q.speaker and q.speaker.name) for q in doc.quotes]}"
    assert (found[0].speaker.name if found[0].speaker else None) == speaker, \
        f"{label}: {found[0].speaker and found[0].speaker.name}"
