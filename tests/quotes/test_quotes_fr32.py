"""Helper fr32 (thirty-second session) table tests for review cr31's left-overs:
- L2: the outlet an account was published in (quotes/context.py `published_in`) is never a social platform -
  "опубликованной в Telegram" is where anyone posts, not who gives the account.
Made-up sentences; guards keep the answers the rule must not move."""
from __future__ import annotations

import pytest

# (mechanism, text, content of the quote, expected speaker, expected source chain after "article")
CHAINS = [
    ("L2: a platform the account was published on is no source",
     "Новости\n\nСогласно информации, опубликованной в Telegram, министр заявил: «Мы уйдем в отставку».",
     "Мы уйдем в отставку", "министр", ["министр"]),
    ("guard L2: a newspaper the account was published in is its source",
     "Новости\n\nСогласно информации, опубликованной в «Коммерсанте», министр заявил: «Мы уйдем в отставку».",
     "Мы уйдем в отставку", "министр", ["Коммерсантъ", "министр"]),
]


@pytest.mark.parametrize("label,text,content,speaker,chain", CHAINS, ids=[c[0] for c in CHAINS])
def test_chains_fr32(enrich, label, text, content, speaker, chain):
    quotes = enrich(text).quotes
    found = [q for q in quotes if q.text == content]
    assert found, (label, [q.text for q in quotes])
    assert (found[0].speaker.name if found[0].speaker else None, found[0].source_chain[1:]) == (speaker, chain), label
