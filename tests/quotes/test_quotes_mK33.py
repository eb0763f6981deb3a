"""Helper mK33 (thirty-third session) table tests mending review rv33_Q's cause C3 (complement frames whose
content is no clause): an impersonal plural naming with the speaker's quoted words ("Певицу называли «королевой
эстрады»": speaker null; quotes/clauses.py `_impersonal_quoted_naming`) and the "о"-phrase of a put-forward idea
("высказал идею о необходимости …": `_idea_topics`).
Made-up sentences; the guards keep the answers the rules must not move."""
from __future__ import annotations

import pytest

from quote_checks import quote_of



# (mechanism, text, content of the quote, kind, cue, expected speaker name or None)
FOUND = [
    ("C3: impersonal plural naming, object fronted",
     "Юбилей\n\nПевицу неоднократно называли «королевой эстрады» в советское время.",
     "королевой эстрады", "mixed", "называть", None),
    ("C3: impersonal plural naming ends at the closing mark",
     "Гимнастика\n\nГимнастку Анну Петрову неоднократно называли «вундеркиндом» в спортивной гимнастике.",
     "вундеркиндом", "mixed", "называть", None),
    ("C3: an impersonal naming in a headline names no place",
     "Замену таблички в Твери назвали «циничной мерзостью»\n\nЖурналист Иван Петров возмутился заменой таблички.",
     "циничной мерзостью", "mixed", "назвать", None),
    ("C3: the 'о'-phrase of a put-forward idea",
     "Фонд\n\nПри этом министр Иван Петров высказал идею о необходимости создания фонда, который позволит "
     "построить «новую сцену» в городе.",
     "необходимости создания фонда, который позволит построить «новую сцену» в городе", "mixed", "высказать",
     "Петров"),
]


@pytest.mark.parametrize("label,text,content,kind,cue,name", FOUND, ids=[c[0] for c in FOUND])
def test_found_mK33(enrich, label, text, content, kind, cue, name):
    quote = quote_of(enrich(text), content, label)
    assert (quote.kind, quote.cue) == (kind, cue), label
    if name is None:
        assert quote.speaker is None, f"{label}: speaker {quote.speaker}"
    else:
        assert quote.speaker is not None and name in quote.speaker.name, f"{label}: speaker {quote.speaker}"


# (mechanism, text, a word the false record would hold): no record
NOT_FOUND = [
    ("guard C3: a name current among people", "Здание\n\nЭто здание в народе называют «утюгом».", "утюгом"),
    ("guard C3: a verb coordinated with one that has a subject",
     "Теракт\n\nВласти страны признали произошедшее терактом, назвали нападение «варварством» и призвали к спокойствию.",
     "варварством"),
]


@pytest.mark.parametrize("label,text,word", NOT_FOUND, ids=[c[0] for c in NOT_FOUND])
def test_not_found_mK33(enrich, label, text, word):
    found = [q for q in enrich(text).quotes if word in q.text]
    assert not found, f"{label}: {[(q.text, q.cue) for q in found]}"
