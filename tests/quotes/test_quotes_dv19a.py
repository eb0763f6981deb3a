"""dv19a (thirty-fifth session) table tests, from the misses of quotes-dev19's first half.

- An "о"-topic after the medium the verb speaks in is the verb's report: "рассказала в соцсетях о покупке
  квартиры в Москве", "заявил в эфире телеканала о своей отставке"; before, the parse hung the "о"-phrase on the
  medium noun and no quote was made.  A meeting's "о"-phrase stays its agenda ("рассказал на совещании о …").
Sentences are made up or taken from quotes-dev19 (dv19a's half) and unread text."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name)
MEDIUM_TOPICS = [
    ("a topic after «в соцсетях» (quotes-dev19)",
     "Певица Ольга Бузова рассказала в соцсетях о покупке квартиры в Москве, отметив, что долго шла к этому.",
     "покупке квартиры в Москве", "Ольга Бузова"),
    ("a topic after «в соцсетях», announcing verb",
     "Певица Ольга Бузова сообщила в соцсетях о покупке квартиры.", "покупке квартиры", "Ольга Бузова"),
    ("a topic after «в интервью»",
     "Певица Ольга Бузова рассказала в интервью о разводе с мужем Иваном Петровым.",
     "разводе с мужем Иваном Петровым", "Ольга Бузова"),
    ("a topic after «в эфире» with its genitive",
     "Министр Иван Петров заявил в эфире телеканала о своей отставке с поста.", "своей отставке с поста",
     "Иван Петров"),
]


@pytest.mark.parametrize("label,text,content,expected", MEDIUM_TOPICS, ids=[c[0] for c in MEDIUM_TOPICS])
def test_dv19a_topic_after_medium(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


def test_dv19a_meeting_topic_is_its_agenda(enrich):
    """guard: "на совещании о развитии …" names the meeting's agenda, not a report."""
    doc = enrich("Губернатор Иван Петров рассказал на совещании о развитии дорожной сети региона.")
    assert_no_quote_with(doc, "развитии дорожной сети", "meeting agenda")

