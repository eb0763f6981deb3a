"""Helper mC31 (thirty-first session) table tests mending review rv31_Q's causes C6, C7 and C10:
- C6: a coordinating "и" cut the content or the speaker - a noun joined to a prepositional noun inside an
  "о"-topic (quotes/clauses.py `_prepositional_conjuncts_end`), nouns joined to a named object
  (`_joined_noun_end`), a body's genitive field in two parts with a country under it (quotes/speakers.py
  `_genitive_conjuncts_end`, `_genitive_chain`);
- C7: "Правительство страны", "представитель МИД страны": the one country of the nearest sentence that names one
  (quotes/speakers.py `_nearest_country`);
- C10 (source chains): "В ответ в X сообщили": "в ответ" says why, not where - no place of the report
  (quotes/attribution.py `_in_reply`).
Made-up sentences; guards keep the answers the rules must not move."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("C6: a noun joined to a prepositional noun inside the topic",
     "Новости\n\nКомпания «Альфа» заявила о намерении расторгнуть контракт на поставку и транзит нефти с Польшей.",
     "намерении расторгнуть контракт на поставку и транзит нефти с Польшей", "Альфа"),
    ("guard C6: a bare genitive's conjunct may be a second topic",
     "Новости\n\nВласти сообщили о создании совета и амнистии.",
     "создании совета", "Власти"),
    ("C6: nouns joined to the named object",
     "Новости\n\nМинистерство иностранных дел России назвало неприемлемыми действия и заявления посла Литвы.",
     "неприемлемыми действия и заявления посла Литвы", "МИД России"),
    ("guard C6: a second verb after the named object stays out",
     "Новости\n\nМинистр финансов Иван Петров назвал отставку признаком кризиса и напомнил о выборах.",
     "отставку признаком кризиса", "Иван Петров"),
    ("C6: a body's field in two parts with its country under the second",
     "Новости\n\nЦентр контроля и профилактики заболеваний США сообщает, что вакцина прошла все испытания.",
     "вакцина прошла все испытания", "Центр контроля и профилактики заболеваний США"),
    # (review cr31 M4)
    ("guard C6: two bodies of two states stay apart",
     "Новости\n\nКак заявили в пресс-службах МВД России и МЧС Украины, пострадавших нет.",
     "пострадавших нет", "пресс-службы МВД России"),
    ("guard C6: two countries joined are two bodies",
     "Новости\n\nМинистры иностранных дел России и Китая заявили, что договорились о новой встрече.",
     "договорились о новой встрече", "Министры иностранных дел России"),
    ("C7: 'Правительство страны' is the government of the country the sentence before named",
     "Новости\n\nВ Польше с понедельника ввели карантин.\n\nПравительство страны сообщило, что число заболевших "
     "выросло вдвое.",
     "число заболевших выросло вдвое", "Правительство Польши"),
    ("C7: 'МИД страны' after the country named in the same sentence",
     "Новости\n\nФранция поддержит новую директиву Евросоюза, заявил на брифинге представитель МИД страны.",
     "Франция поддержит новую директиву Евросоюза", "представитель МИД Франции"),
    ("guard C7: two countries in the nearest sentence leave the noun as written",
     "Новости\n\nВласти Польши и Литвы ввели карантин.\n\nПравительство страны сообщило, что число заболевших "
     "выросло вдвое.",
     "число заболевших выросло вдвое", "Правительство страны"),
    # (review cr31 H1) the country the statement is about, after the noun, is not the government's
    ("guard C7: a country named after the noun is not its country",
     "Выборы\n\nВ воскресенье в Молдавии прошли выборы. Правительство страны заявило, что США пытались повлиять на "
     "голосование.",
     "США пытались повлиять на голосование", "Правительство страны"),
    ("guard C7: a place the country list lacks ends the look-back",
     "Визит\n\nВ Польше прошли учения. Вчера в Молдавии прошли выборы. Власти страны заявили, что итоги объявят "
     "завтра.",
     "итоги объявят завтра", "Власти страны"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_mC31(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label



# (mechanism, text, content of the quote, expected speaker, expected source chain after "article")
CHAINS = [
    ("C10: 'В ответ' is no place of the report",
     "Новости\n\nКомпания «Альфа» заявила, что подаст иск. В ответ в Минфине сообщили, что решение суда окончательное.",
     "решение суда окончательное", "Минфин", ["Минфин"]),
    ("guard C10: a place in the locative still names the speaker",
     "Новости\n\nКомпания «Альфа» заявила, что подаст иск. В Минфине сообщили, что решение суда окончательное.",
     "решение суда окончательное", "Минфин", ["Минфин"]),
]


@pytest.mark.parametrize("label,text,content,speaker,chain", CHAINS, ids=[c[0] for c in CHAINS])
def test_chains_mC31(enrich, label, text, content, speaker, chain):
    found = [q for q in enrich(text).quotes if q.text == content]
    assert found, (label, [q.text for q in enrich(text).quotes])
    assert (found[0].speaker.name if found[0].speaker else None, found[0].source_chain[1:]) == (speaker, chain), label
