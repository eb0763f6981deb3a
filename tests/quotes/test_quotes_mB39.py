"""Helper mB39 (thirty-ninth session), review cr39 F2, F13, F12 of mD39's «согласно документу» rules.

(F2) A bare "Согласно документу" points back to an issuing verb only when that verb issues a document ("утвердил
дорожную карту", "приняла закон"), not "принял участие", "принял петицию жителей", "опубликовала фото": with no
document in view the frame points nowhere (no quote).
(F13) "Росстат опубликовал данные о ценах. Согласно данным о ценах, …" → Росстат; "Указ был подписан президентом …
Согласно документу, …" → the passive's agent.
(chain) A document whose author the sentences before name is the link "документ", not a phrase glued from the frame
and that author ("документ украинский Минздрав").
Made-up sentences; rows marked old=False failed on main's code (27d821e/305c654) before mB39.
"""
from __future__ import annotations

import pytest

from quote_checks import assert_body_speaker, quote_of

# (rule, text, quoted words, expected speaker name or None for a quote with no speaker, passes on the old code)
SPEAKER_ROWS = [
    ("F13: «согласно данным о X» after «Y опубликовал данные о X»: Y",
     "Росстат опубликовал данные о ценах. Согласно данным о ценах, инфляция замедлилась до 4 процентов.",
     "инфляция замедлилась до 4 процентов", "Росстат", False),
    ("F13: a bare «согласно документу» after a passive decree: the passive's agent",
     "Указ был подписан президентом Владимиром Путиным в понедельник. Согласно документу, выплаты получат все "
     "пенсионеры.", "выплаты получат все пенсионеры", "Владимир Путин", False),
    ("F13 guard: data on another topic stay speakerless",
     "Росстат опубликовал данные о зарплатах. Согласно данным о ценах, инфляция замедлилась до 4 процентов.",
     "инфляция замедлилась до 4 процентов", None, True),
    ("F13 guard: data only studied, not published, stay speakerless",
     "Эксперты изучили данные о ценах. Согласно данным о ценах, инфляция замедлилась до 4 процентов.",
     "инфляция замедлилась до 4 процентов", None, True),
    ("F2 guard: «принять решение» adopts a document",
     "Губернатор Андрей Воробьев принял решение о закрытии школ. Согласно документу, занятия прекратятся с "
     "понедельника.", "занятия прекратятся с понедельника", "Андрей Воробьёв", True),
    ("F2 guard: «принять закон» adopts a document",
     "Госдума приняла закон о связи. Согласно документу, операторы должны хранить данные.",
     "операторы должны хранить данные", "Государственная дума", True),
    ("F2 guard: «опубликовать план» issues a document",
     "Правительство Москвы опубликовало план развития метро. Согласно документу, до 2030 года откроют 50 станций.",
     "до 2030 года откроют 50 станций", "Правительство Москвы", True),
]


@pytest.mark.parametrize("label,text,content,speaker,old", SPEAKER_ROWS, ids=[r[0] for r in SPEAKER_ROWS])
def test_document_speaker(enrich, label, text, content, speaker, old):
    assert_body_speaker(enrich(text), content, speaker, label)


# (rule, text whose bare «Согласно документу» points to no document, passes on the old code)
NO_DOCUMENT_ROWS = [
    ("F2: «принять участие» issues nothing",
     "Министр Антон Котяков принял участие в совещании. Согласно документу, пособия получат 2 млн семей.", False),
    ("F2: «принять петицию» receives another's document",
     "Мэр Сергей Собянин принял петицию жителей района. Согласно документу, жители против строительства.", False),
    ("F2: «принять жалобу» receives another's document",
     "Мэр Сергей Собянин принял жалобу жителей района. Согласно документу, жители против строительства.", False),
    ("F2: «опубликовать фото» issues no document",
     "Пресс-служба МВД опубликовала фото подозреваемого. Согласно документу, мужчина находится в розыске.", False),
    ("guard: no document in view (dvC)",
     "В городе весь день шел дождь. Согласно документу, занятия в школах отменены.", True),
    ("guard: a bare «Согласно данным,» after published data is still an owner cut",
     "Росстат опубликовал данные. Согласно данным, инфляция замедлилась до 4 процентов.", True),
]


@pytest.mark.parametrize("label,text,old", NO_DOCUMENT_ROWS, ids=[r[0] for r in NO_DOCUMENT_ROWS])
def test_no_document_frame(enrich, label, text, old):
    doc = enrich(text)
    found = [(q.text, q.speaker and q.speaker.name) for q in doc.quotes if q.cue.startswith("согласно")]
    assert not found, f"{label}: {found}"


# (rule, text, quoted words, expected source chain, passes on the old code)
CHAIN_ROWS = [
    ("chain: an issuer named before is no part of the document's link",
     "Минздрав России утвердил дорожную карту вакцинации. Согласно документу, прививки будут делать в четыре этапа.",
     "прививки будут делать в четыре этапа", ["article", "документ", "Минздрав России"], False),
    ("chain: the passive's agent likewise",
     "Постановление было подписано губернатором Андреем Воробьевым. Согласно постановлению, кафе закроются в 23 часа.",
     "кафе закроются в 23 часа", ["article", "постановление", "Андрей Воробьёв"], False),
    ("chain guard: a document's own owner stays in its link",
     "Согласно сообщению Кремля, переговоры пройдут в Минске.",
     "переговоры пройдут в Минске", ["article", "сообщение Кремля", "Кремль"], True),
]


@pytest.mark.parametrize("label,text,content,chain,old", CHAIN_ROWS, ids=[r[0] for r in CHAIN_ROWS])
def test_document_chain(enrich, label, text, content, chain, old):
    quote = quote_of(enrich(text), content, label)
    assert quote.source_chain[1:] == chain[1:], f"{label}: {quote.source_chain}"
