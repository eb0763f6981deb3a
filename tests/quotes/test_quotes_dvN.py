"""Helper dvN (thirtieth session) table tests for the rules made after the blind quotes-dev12 score
(slots 13-24):
- "A. Такое заявление сделал министр X", "A. С таким заявлением выступил X": a light verb (сделать,
  дать) with an anaphoric speech noun as its object, or "выступить с таким заявлением", is an anaphoric
  frame: the sentence before is X's statement (in the past, with a person or an organisation as subject);
- "…, приводит слова министра X ТАСС" (also with the outlet lost: "…, приводит слова X."): a verb of
  relaying with the words as its object is a trailing frame; the words' owner speaks;
- "заключило с лидерами договор о том, что …": "заключить" with an object noun concludes a deal, it
  reports nothing;
- "требует от партнеров дать ему гарантии, что …": a clause that completes a noun of a directive's
  infinitive (no speech verb) belongs to the act demanded, not to the subject's statement;
- "Адвокат христианки Асии Биби …" with the name tagged nominative: a name written in an oblique case
  (its normal form is not its text) after a genitive person noun is that person's, so the role is not
  hung on it (nor the verb's gender on her), and a later "он" is not resolved to her.
Made-up sentences; guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("'Такое заявление сделал X' after the statement",
     "Газ\n\nКиев готов участвовать в переговорах, но будет настаивать на закупке газа на восточной границе. "
     "Такое заявление сделал министр иностранных дел Украины Павел Климкин.",
     "Киев готов участвовать в переговорах, но будет настаивать на закупке газа на восточной границе",
     "Павел Климкин"),
    ("'С таким заявлением выступил X' after the statement",
     "Газ\n\nРоссия не будет продлевать контракт на транзит газа после 2019 года. С таким заявлением "
     "выступил глава компании Алексей Миллер.",
     "Россия не будет продлевать контракт на транзит газа после 2019 года", "Алексей Миллер"),
    ("'Такой прогноз дал X' (a light verb of a forecast)",
     "Рынок\n\nКурс рубля к концу года опустится до 90 за доллар. Такой прогноз дал аналитик банка Иван Петров.",
     "Курс рубля к концу года опустится до 90 за доллар", "Иван Петров"),
    ("guard: the antecedent with its own frame stays the one quote of its speaker",
     "Газ\n\nМинистр Иван Петров заявил, что Россия не будет продлевать контракт. Такое заявление сделал "
     "министр на брифинге.",
     "Россия не будет продлевать контракт", "Иван Петров"),
    ("guard: 'С данным заявлением выступил X' after a sentence with its own speaker adds nothing",
     "Газ\n\nНедавно также стало известно, что власти Молдовы заявили, что планируют отказаться от соглашения "
     "с «Газпромом». С данным заявлением выступил министр экономики Кирилл Габурич.",
     "планируют отказаться от соглашения с «Газпромом»", "власти Молдовы"),
    ("a trailing 'приводит слова X' frame with the relaying outlet",
     "Газ\n\nБудущий транзит должен основываться на правилах ЕС, приводит слова министра Павла Климкина ТАСС.",
     "Будущий транзит должен основываться на правилах ЕС", "Павел Климкин"),
    ("the same frame with the outlet lost in a reprint",
     "Газ\n\nБудущий транзит должен основываться на правилах ЕС, приводит слова министра Павла Климкина.",
     "Будущий транзит должен основываться на правилах ЕС", "Павел Климкин"),
    ("guard: 'цитирует X ТАСС' as before",
     "Газ\n\nБудущий транзит должен основываться на правилах ЕС, цитирует министра Павла Климкина ТАСС.",
     "Будущий транзит должен основываться на правилах ЕС", "Павел Климкин"),
    ("'он' after a headline 'адвокат христианки Асии Биби' (the name tagged nominative) is the lawyer",
     "Адвокат христианки Асии Биби попросил гражданства в ЕС\n\nПо сообщению телеканала, адвокат Саиф-ул-Мулук "
     "начал получать угрозы после того, как его подзащитная, христианка Асия Биби была оправдана судом. Адвокат "
     "покинул страну, однако вернулся, чтобы выступить на стороне Биби. После оправдания христианки он сообщил, "
     "что Биби хочет уехать в Канаду.",
     "Биби хочет уехать в Канаду", "Саиф-ул-Мулук"),
    ("guard: a role over a genitive person with a nominative name is the name's",
     "Кремль\n\nПресс-секретарь президента Дмитрий Песков заявил, что визит не планируется.",
     "визит не планируется", "Дмитрий Песков"),
    ("guard: a role over a genitive person named in the genitive stays the role",
     "Концерт\n\nМуж певицы Анны Петровой заявил, что концерт отменен.",
     "концерт отменен", "муж Анны Петровой"),
    ("guard: 'заключить' without an object still concludes a statement",
     "Суд\n\nВина подсудимого доказана полностью, заключил судья Иван Петров.",
     "Вина подсудимого доказана полностью", "Иван Петров"),
    ("guard: 'заключить, что' with a clause",
     "Суд\n\nСудья Иван Петров заключил, что вина подсудимого доказана.",
     "вина подсудимого доказана", "Иван Петров"),
    ("guard: a speech infinitive under a request keeps its clause",
     "Газ\n\nГлава компании Иван Петров попросил журналистов передать читателям, что цены снизятся.",
     "цены снизятся", "Иван Петров"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_dvn(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


def test_antecedent_quoted_once(enrich):
    """The anaphoric frame adds no second quote of a statement that has its own frame."""
    doc = enrich("Газ\n\nМинистр Иван Петров заявил, что Россия не будет продлевать контракт. Такое заявление "
                 "сделал министр на брифинге.")
    assert len([q for q in doc.quotes if "продлевать контракт" in q.text]) == 1, [q.text for q in doc.quotes]


# (mechanism, text, words no quote may contain)
NO_QUOTE = [
    ("'заключить договор о том, что' concludes a deal",
     "Пакистан\n\nРанее правительство заключило с лидерами протестующих договор о том, что Асия Биби "
     "останется в пределах страны.",
     "останется в пределах"),
    ("'заключить соглашение, что' likewise",
     "Газ\n\nКомпании заключили соглашение, что поставки возобновятся в марте.",
     "поставки возобновятся"),
    ("a clause of a noun under a directive's infinitive",
     "Газ\n\nУкраина требует от европейских партнеров дать ей гарантии, что транзит будет сохранен.",
     "транзит будет сохранен"),
    ("guard: a future light verb has said nothing yet",
     "Газ\n\nРоссия не будет продлевать контракт. Такое заявление сделает завтра глава компании Алексей Миллер.",
     "продлевать контракт"),
    ("guard: a negated light verb",
     "Газ\n\nРоссия не будет продлевать контракт. Такого заявления не делал глава компании Алексей Миллер.",
     "продлевать контракт"),
    ("guard: 'приводит его слова' after narration relays nothing said",
     "Газ\n\nМинистр выступил на форуме в Давосе, приводит в пример слова министра автор статьи.",
     "выступил на форуме"),
]


@pytest.mark.parametrize("label,text,absent", NO_QUOTE, ids=[c[0] for c in NO_QUOTE])
def test_no_quote_dvn(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)
