"""Helper mC32 (thirty-second session) table tests mending review rv32_Q's causes C3 and C5:
- C3: an according-to frame (or a subject) whose source is an unnamed description or a document keeps its
  mention, named `unknown` as the gold guide says (quotes/unnamed_sources.py): "По словам одного из
  источников", "источников в правительстве", "официальных лиц", "Многие …, отметив", a pronoun taking up
  "источник", "Согласно материалам дела";
- C5: "по версии(ям) X" after a title or a ranking's noun phrase names who awards it, not a source
  (quotes/frames.py `title_version`, also for the account before a cue: quotes/attribution.py
  `_account_before`); a long quoted title after a work's noun ("стихотворения Владимира Высоцкого «…»") is a
  name, not the speaker's words (quotes/attribution.py `_title_noun_before`).
Made-up sentences; the guards keep the answers the rules must not move."""
from __future__ import annotations

import pytest

from quote_checks import quote_of



# (mechanism, text, content of the quote, expected speaker name, expected speaker mention as written)
UNNAMED = [
    ("C3: one of the sources in a по-frame",
     "Пошлины\n\nПо словам одного из источников, требования будут распространяться также на фрахт и аренду.",
     "требования будут распространяться также на фрахт и аренду", "unknown", "одного из источников"),
    ("C3: sources in a place",
     "Пошлины\n\nПо словам источников в правительстве, пошлины вырастут с марта.",
     "пошлины вырастут с марта", "unknown", "источников в правительстве"),
    ("C3: officials unnamed",
     "Аресты\n\nПо словам официальных лиц, двое мужчин были арестованы в аэропорту.",
     "двое мужчин были арестованы в аэропорту", "unknown", "официальных лиц"),
    ("C3: a possessive taking up an unnamed source",
     "Снайперы\n\nАрмия задержала на блокпосту иностранных снайперов, сообщает источник. По его словам, военные "
     "по ошибке заехали на КПП.",
     "военные по ошибке заехали на КПП", "unknown", "его"),
    ("C3: the materials of a case",
     "Суд\n\nСогласно материалам дела, Петров предоставлял услуги компании с 2013 года.",
     "Петров предоставлял услуги компании с 2013 года", "unknown", "материалам дела"),
    ("C3: 'Многие' as the subject of a gerund's verb",
     "Скандал\n\nМногие усомнились в рассказе актрисы, отметив, что она вела себя развязно.",
     "она вела себя развязно", "unknown", "Многие"),
    ("C3: an unnamed source as the subject",
     "Пошлины\n\nИсточник в правительстве сообщил, что пошлины вырастут.",
     "пошлины вырастут", "unknown", "Источник в правительстве"),
    ("C3: the outlet's name in marks stays whole in the mention",
     "Отставка\n\nИсточник «Интерфакса» сообщил, что министр подаст в отставку.",
     "министр подаст в отставку", "unknown", "источник «Интерфакса»"),
    ("guard C3: a named owner is named",
     "Пошлины\n\nПо словам министра финансов Ивана Петрова, пошлины вырастут с марта.",
     "пошлины вырастут с марта", "Иван Петров", "Ивана Петрова"),
]


@pytest.mark.parametrize("label,text,content,name,mention", UNNAMED, ids=[c[0] for c in UNNAMED])
def test_unnamed_sources_mC32(enrich, label, text, content, name, mention):
    speaker = quote_of(enrich(text), content, label).speaker
    assert speaker is not None, label
    assert (speaker.name, speaker.text.lower()) == (name, mention.lower()), label


def test_unowned_report_keeps_no_speaker_mC32(enrich):
    """Guard C3: "По предварительным данным" names no source at all: no speaker (quotes-dev6's decision)."""
    doc = enrich("Авария\n\nПо предварительным данным, все находившиеся на борту погибли.")
    assert quote_of(doc, "все находившиеся на борту погибли", "unowned").speaker is None


# (mechanism, text, content, expected cue)
FRAMES = [
    ("guard C5: 'по версии следствия' opening its sentence is a source",
     "Суд\n\nПо версии следствия, Петров действовал умышленно.",
     "Петров действовал умышленно", "по версии"),
]


@pytest.mark.parametrize("label,text,content,cue", FRAMES, ids=[c[0] for c in FRAMES])
def test_frames_mC32(enrich, label, text, content, cue):
    assert quote_of(enrich(text), content, label).cue == cue, label


# (mechanism, text, a cue no quote may carry)
NOT_SOURCES = [
    ("C5: a world title by the bodies that award it",
     "Бокс\n\n5 октября 2016 года 28-летний британский боксёр-тяжеловес Иван Петров, чемпион мира по версиям IBO, "
     "WBO и WBA, признался в употреблении кокаина:\n\n«Я делал много вещей в своей жизни. Я употреблял кокаин».",
     "по версиям"),
    ("C5: a ranking by the body that made it",
     "Футбол\n\nНа чемпионате нападающий забил четыре мяча и был признан лучшим молодым игроком турнира по версии "
     "ФИФА.", "по версии"),
    ("C5: a 'person of the year' by a magazine",
     "Соцсети\n\nЭтот год прошел под знаменем соцсети, основатель которой стал человеком года по версии "
     "влиятельного американского журнала Time.", "по версии"),
]


@pytest.mark.parametrize("label,text,cue", NOT_SOURCES, ids=[c[0] for c in NOT_SOURCES])
def test_not_sources_mC32(enrich, label, text, cue):
    doc = enrich(text)
    assert not [q for q in doc.quotes if q.cue == cue], f"{label}: {[(q.cue, q.text) for q in doc.quotes]}"


def test_title_body_not_in_chain_mC32(enrich):
    """C5: the body that awards a title is not a source of the champion's own words."""
    doc = enrich("Бокс\n\nБританский боксёр Иван Петров, чемпион мира по версиям IBO, WBO и WBA, признался в "
                 "употреблении кокаина: «Я употреблял кокаин, потому что мне было плохо».")
    quote = quote_of(doc, "Я употреблял кокаин, потому что мне было плохо", "chain")
    assert "IBO" not in quote.source_chain, quote.source_chain


# (mechanism, text, content, expected kind)
KINDS = [
    ("C5: a long poem title after the poem's noun and its author",
     "Режиссер\n\nОн также рассказал, что Петров был героем стихотворения Владимира Высоцкого «Вступительное слово "
     "про Витьку Кораблева и друга закадычного – Ваню Петрова».",
     "Петров был героем стихотворения Владимира Высоцкого «Вступительное слово про Витьку Кораблева и друга "
     "закадычного – Ваню Петрова»", "indirect"),
    ("guard C5: long quoted words with no title noun stay the speaker's",
     "Футбол\n\nТренер Петров сказал, что это «Полный провал нашей команды в самом важном матче этого сезона».",
     "это «Полный провал нашей команды в самом важном матче этого сезона»", "mixed"),
]


@pytest.mark.parametrize("label,text,content,kind", KINDS, ids=[c[0] for c in KINDS])
def test_kinds_mC32(enrich, label, text, content, kind):
    assert quote_of(enrich(text), content, label).kind == kind, label
