"""Mender mR34 (thirty-fourth session): causes C2, C4 and C3 of review rv34_Q (speaker binding).
- C2: a clause subject after a comma-less "По имеющейся информации" is no owner of the information.  (A following "он"
  taking up the subject of a body's words, "По данным Telegram-канала Mash, нападавшим оказался X", was left out by the
  lead after review cr34 F10: "Следователь Петров рассказал … По данным полиции, Иванов скрывался … Он добавил" went to
  Иванов.)
- C4: a gerund cue shares the plain-noun subject of the verb it hangs on; a named outlet after a postposed speech verb
  speaks even behind a participle phrase.
- C3: an oblique channel noun ("Telegram-канала Mash") is no name of its own.  (A capitalised "Президент России" read
  as a role was left out by the lead: a caption glued before "Президент России Владимир Путин" made a later bare
  "президентом" lose its holder in an events design document.)
Made-up sentences."""
from __future__ import annotations

import pytest

from quote_checks import quote_of, speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = no speaker or an unnamed source)
SPEAKERS = [
    ("C2: a nominative name after a comma-less data frame",
     "Некролог\n\nПо официальным данным Иван Петров скончался в марте 2013 года после долгой болезни.",
     "Иван Петров скончался в марте 2013 года после долгой болезни", None),
    ("C2: a counted subject after a comma-less information frame",
     "Дом\n\nПо имеющейся информации 30 семей, которые жили в доме, могут остаться без жилья.",
     "30 семей, которые жили в доме, могут остаться без жилья", None),
    ("C4: a gerund shares the plain-noun subject of its verb",
     "Болезнь\n\nИзбирательный штаб кандидата пытался скрыть её проблемы со здоровьем, объясняя случившееся тем, что "
     "женщина перегрелась.", "женщина перегрелась", "Избирательный штаб кандидата"),
    ("C4: a named channel behind a participle phrase after the verb",
     "Выборы\n\n«Выборы пройдут в марте», – передает близкий к администрации президента Telegram-канал «Пул первого».",
     "Выборы пройдут в марте", "Пул первого"),  # (mC40, rv40_Q C4: the channel's name keeps its genitive)
    ("C4: a named channel the parse hung on the quotation's verb",
     "Выборы\n\n«Выборы пройдут в марте», – передает близкий к Кремлю канал «Незыгарь».",
     "Выборы пройдут в марте", "Незыгарь"),
    ("C3: the genitive channel noun before the channel's name",
     "Авария\n\nПо данным Telegram-канала Mash, пострадавших в аварии нет.", "пострадавших в аварии нет", "Mash"),
    ("C3: the locative channel noun before the channel's name",
     "Шоу\n\nВ Telegram-канале Fantastic Plastic Machine отмечают, что шоу провалилось.", "шоу провалилось",
     "Fantastic Plastic Machine"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_mR34(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


def test_a_genitive_owner_stays_the_owner(enrich):
    """C2 guard: a genitive owner after a comma-less data frame still speaks ("По данным полиции Иван Петров скрылся")."""
    doc = enrich("Побег\n\nПо данным полиции Иван Петров скрылся из города.")
    assert speaker_of(doc, "Иван Петров скрылся из города", "C2 guard") == "полиция"


def test_the_outlet_passing_words_on_is_a_relay(enrich):
    """C4: "– передает слова X Telegram-канал «Y»": the channel after the object is in the source chain."""
    doc = enrich("Суд\n\n«Мы просим дать нам перерыв», – передает слова Пашаева Telegram-канал «Комсомольская правда».")
    quote = quote_of(doc, "Мы просим дать нам перерыв", "C4 relay")
    assert "Комсомольская правда" in quote.source_chain, quote.source_chain
