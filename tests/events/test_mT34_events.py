"""mT34 (thirty-fourth session): an announcement that is the act itself has no reporter in its speaker.

The quote layer keeps a one-word topic after a speech verb as a quote ("Профсоюзы … объявили о забастовке": the
quote is "забастовке").  The event that word names is the speaker's own act, with the speaker as its source; its
reporter is whoever relays the announcement ("…, передает агентство Reuters"), or none when the narrator does -
not the speaker (before: the union, or the company its phrase was reduced to).  Sentences are made up."""
from __future__ import annotations

import pytest

# (mechanism, text, type, trigger, expected reported_by)
TOPIC_ANNOUNCEMENTS = [
    ("the unions' own strike relayed by an agency",
     "Профсоюзы пилотов ирландской авиакомпании Ryanair в Бельгии, Испании и Италии объявили о забастовке "
     "10 августа, передает агентство Reuters.", "PROTEST", "забастовке", "Reuters"),
    ("the union's own strike told by the narrator",
     "Профсоюз пилотов компании Ryanair объявил о забастовке.", "PROTEST", "забастовке", None),
    ("an office announcing its sanctions (unread text)",
     "Кроме того, МИД РФ объявил о введении санкций против 61 гражданина Канады.", "SANCTION", "введении", None),
    ("control: a claim about an act in words of its own keeps its speaker",
     "Армения заявила об уничтожении двух вертолетов Азербайджана.", "ASSAULT", "уничтожении", "Армения"),
]


def _event(doc, type_: str, trigger: str):
    found = [e for e in doc.events if e.type == type_ and e.trigger == trigger]
    assert found, f"no {type_} «{trigger}» in {[(e.type, e.trigger) for e in doc.events]}"
    return found[0]


@pytest.mark.parametrize("label,text,type_,trigger,expected", TOPIC_ANNOUNCEMENTS,
                         ids=[c[0] for c in TOPIC_ANNOUNCEMENTS])
def test_mT34_topic_announcement_reporter(code_paragraph, label, text, type_, trigger, expected):
    assert _event(code_paragraph(text), type_, trigger).reported_by == expected, label
