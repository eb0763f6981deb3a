"""Helper mB30 (thirtieth session) table tests mending review rv29_Q cause 5 (the citing party lost from the
source chain):
- "«…», — приводит слова Уайта Las Vegas Review-Journal": an outlet's name right after the quoted person's
  name (which the parse hangs on that name) relays the words;
- "…, – сказал X, слова которого приводит Y / приводятся в сообщении Y": the relative clause names Y, who
  relays X's words.
Made-up sentences; guards keep the readings that were right before."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name, expected relaying sources or None to skip)
RELAYING_SOURCES = [
    ("outlet apposed to the words' owner",
     "Новости\n\n«Бой состоится в мае, это решено», — приводит слова Уайта Las Vegas Review-Journal.",
     "Бой состоится в мае, это решено", "Уайт", ["Las Vegas Review-Journal"]),
    ("guard: an organisation in the genitive after a role owns the role (the speaker keeps it)",
     "Новости\n\n«Бой состоится в мае, это решено», — приводит слова главы Сбербанка агентство.",
     "Бой состоится в мае, это решено", "глава Сбербанка", None),
    ("relative clause naming the relaying outlet",
     "Новости\n\n«Решение принято окончательно», – сказал министр финансов Иван Петров, слова которого "
     "приводит РИА Новости.",
     "Решение принято окончательно", "Иван Петров", ["РИА Новости"]),
    ("passive relative clause with the outlet's report",
     "Новости\n\n«Решение принято окончательно», – сказал министр финансов Иван Петров, слова которого "
     "приводятся в сообщении агентства Интерфакс.",
     "Решение принято окончательно", "Иван Петров", ["Интерфакс"]),
    ("guard: a relative clause of another kind relays nothing",
     "Новости\n\n«Решение принято окончательно», – сказал министр финансов Иван Петров, которого назначили "
     "в мае.",
     "Решение принято окончательно", "Иван Петров", []),
]


@pytest.mark.parametrize("label,text,content,expected,sources", RELAYING_SOURCES, ids=[c[0] for c in RELAYING_SOURCES])
def test_relaying_sources_mB30(enrich, label, text, content, expected, sources):
    doc = enrich(text)
    assert speaker_of(doc, content, label) == expected, label
    if sources is not None:
        quote = next(q for q in doc.quotes if q.text == content)
        assert quote.source_chain[1:-1] == sources, (label, quote.source_chain)
