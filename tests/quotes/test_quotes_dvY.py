"""dvY (thirty-fifth session) table tests, from the misses of quotes-dev18's first half.

- A statement cited by a quoting verb is its owner's: "процитировала высказывание экс-президента Франции Николя
  Саркози: «…»", "– процитировал он заявление офиса Мэй" (an office speaks for the holder its genitive names, as
  "говорится в заявлении офиса Мэй" does); before, the one who cites took the words.
(The underscored-handle rows dvY wrote for mU35's rule are in tests/quotes/test_mU35.py, the one handle table.)
Sentences are made up or taken from quotes-dev18 (dvY's half) and unread text."""
from __future__ import annotations

import pytest

from quote_checks import quote_of, speaker_of

# (mechanism, text, content of the quote, expected speaker name)
CITED_STATEMENTS = [
    ("a cited remark's genitive owner speaks (quotes-dev18)",
     "Симоньян процитировала высказывание экс-президента Франции Николя Саркози: «Против варварства и за "
     "цивилизацию».", "Против варварства и за цивилизацию", "Николя Саркози"),
    ("a cited statement of an office speaks for the holder (unread text)",
     "Глава МИД Борис Джонсон ушел в отставку.\n\n«О его замене станет известно в ближайшее время», — процитировал "
     "он заявление офиса Мэй.", "О его замене станет известно в ближайшее время", "Тереза Мэй"),
    ("a cited message of a company (unread text)",
     "Блогер Иван Петров возмутился.\n\n«Ваш счет аннулирован», – процитировал он сообщение компании «Аэрофлот».",
     "Ваш счет аннулирован", "Аэрофлот"),
    ("a cited remark after the words, the citer named",
     "«Мы не сдадимся», – процитировал министр высказывание президента Франции Эммануэля Макрона.",
     "Мы не сдадимся", "Эммануэль Макрон"),
    ("guard: cited words, as before",
     "Песков процитировал слова Путина: «Россия готова к переговорам».", "Россия готова к переговорам",
     "Владимир Путин"),
    ("guard: a quoted person after the verb, the outlet its subject",
     "«Мы не сдадимся», - цитирует министра информагентство Reuters.", "Мы не сдадимся", "министр"),
    ("guard: one's own statement cited",
     "Петров процитировал свое заявление: «Мы не сдадимся».", "Мы не сдадимся", "Петров"),
]


@pytest.mark.parametrize("label,text,content,expected", CITED_STATEMENTS, ids=[c[0] for c in CITED_STATEMENTS])
def test_dvY_cited_statement_owner(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


def test_dvY_citer_relays(enrich):
    """The one who cites is in the source chain of the cited owner's words."""
    doc = enrich("Симоньян процитировала высказывание экс-президента Франции Николя Саркози: «Против варварства и "
                 "за цивилизацию».")
    quote = quote_of(doc, "Против варварства и за цивилизацию", "relay")
    assert quote.source_chain[-2:] == ["Маргарита Симоньян", "Николя Саркози"], quote.source_chain
