"""Review cr29's findings on the session's quote and office rules, as rows that failed before their mends:
an office's guards read the phrase's own sentence in the quote resolver too (H1), a holder the text calls
a former one is not the undated text's holder (M1), «обратиться» frames words only towards «к» + dative
(M3).  Made-up sentences."""
from __future__ import annotations

import pytest

from khronika.extract.article import Article

# (what, article date or None, text, the quote's first words, the speaker's actor id; None: no actor)
SPEAKERS = [
    ("H1: a feminine predicate is no man's", "2020-01-28",
     "Премьер-министр Великобритании заявила, что Brexit состоится в срок.", "Brexit состоится", None),
    ("H1: a year written in the sentence is the sentence's time", "2022-01-28",
     "Премьер Израиля в 1999 году отметил, что мир близок.", "мир близок", None),
    ("H1: a handover year gives nobody", "2022-01-28",
     "В 2017 году, вскоре после инаугурации, президент США заявил, что стена будет построена.", "стена будет", None),
    ("H1 guard: the article's date gives its holder", "2022-01-28",
     "Президент США заявил, что санкции будут расширены.", "санкции будут", "per:joe-biden"),
    ("M1: a holder named as a former one is not the undated text's holder", None,
     "Экс-президент США Дональд Трамп выступил в Техасе. Президент США заявил, что санкции будут расширены.",
     "санкции будут", None),
]


@pytest.mark.parametrize("what,date,text,content,actor", SPEAKERS, ids=[r[0] for r in SPEAKERS])
def test_office_guards_in_quotes(pipeline, what, date, text, content, actor):
    doc = pipeline(Article(id="t", source="test", title="Новости", language="ru", lead=text, paragraphs=[text],
                           published=f"{date}T10:00:00+03:00" if date else None))
    found = [q for q in doc.quotes if q.text.startswith(content)]
    assert found, f"{what}: {[(q.text, q.speaker) for q in doc.quotes]}"
    assert (found[0].speaker.actor_id if found[0].speaker else None) == actor, what


# (what, text, content that must not be a quote)
NOT_QUOTES = [
    ("M3: turning to an office is a request, not words said", "Стоимость проезда выросла, обратились в мэрию жители района.",
     "Стоимость проезда выросла"),
    ("M3: … nor a report to the police",
     "Пенсионерка потеряла документы, обратилась она в полицию только через неделю.", "Пенсионерка потеряла"),
]


@pytest.mark.parametrize("what,text,content", NOT_QUOTES, ids=[r[0] for r in NOT_QUOTES])
def test_turning_verbs_need_an_addressee(enrich, what, text, content):
    assert not [q for q in enrich(text).quotes if q.text.startswith(content)], what


def test_turning_to_someone_frames_words(enrich):
    quotes = enrich("«Когда вы почините дорогу?», — обратился к мэру один из жителей.").quotes
    assert [q.cue for q in quotes if q.text.startswith("Когда вы почините")] == ["обратиться"]
