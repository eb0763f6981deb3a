"""mI33 table tests, made-up sentences (review rv33_Q causes C1 and C9), each row failing on the code before:
C1 - a speaker bound to the wrong antecedent: a speech gerund after a dash frame ("«…», – написал X, ответив, что …")
     shares the frame verb's subject even when the parse hangs it on a verb of the quoted words (whose subject is
     a person the quote speaks of); a document's author found only as the medium "в Сети" is nobody ("В
     распространяемых в Сети сообщениях говорится", "«…», – пишут в комментариях" after "опубликовала в Сети");
C9 - two quotations or frames in one sentence: «A»; «B», – писали они (a «;» joins a series of quotations before one
     dash frame as a comma does); "Как отметили в X, A, однако B, по информации Y, C" (a leading frame's words end
     before a conjoined clause that a second frame interrupts: two quotes, not one).
Guards: a gerund with no dash frame before it; an impersonal inner frame ("как сообщают") cuts no clause."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
CASES = [
    # --- C1: a speech gerund after a dash frame, which the parse hung on a verb of the quoted words
    ("'«… Сидоров отстаивал …», – написал Иванов, ответив, что …' is Иванов's, not Сидоров's",
     "Спор в оппозиции\n\n"
     "Депутат Олег Иванов напомнил о дебатах осени 2011 года. «Тогда мы вместе с Борисом Петровым выступали "
     "за бойкот выборов, в то время как Алексей Сидоров отстаивал идею голосования «за любую другую партию, "
     "кроме «Единой России», – написал Иванов в Facebook, ответив, что тогда план Сидорова не сработал.",
     "тогда план Сидорова не сработал", "Олег Иванов"),
    # --- C1: a document's author found only as the medium it was spread in is nobody
    ("'В распространяемых в Сети сообщениях говорится' - not 'Сеть'",
     "Оппозиция предложила не платить за ЖКХ\n\n"
     "В социальных сетях сторонники оппозиции призывают белорусов не оплачивать услуги ЖКХ. В распространяемых "
     "в Сети сообщениях говорится, что власти десятилетиями скрывали от жителей то, как формируется цена.",
     "власти десятилетиями скрывали от жителей то, как формируется цена", None),
    ("'«…», – пишут в комментариях' after 'опубликовала в Сети' - not 'Сеть'",
     "Певица показала новое фото\n\n"
     "Певица Анна Иванова опубликовала в Сети снимок из отпуска.\n\n"
     "Ряду подписчиков фото пришлось по вкусу. «Красавица!», «Какая фигура!», – пишут в комментариях.",
     "Какая фигура!", None),
    # --- C9: «A»; «B», – писали они
    ("a «;» between two quotations before one dash frame: the first is quoted too",
     "Шум в Твери\n\n"
     "Жители Твери пожаловались на шум. «Спать по ночам невозможно, стройка идет круглые сутки»; «Мы "
     "обращались в мэрию, но никто не ответил», – писали они в соцсетях.",
     "Спать по ночам невозможно, стройка идет круглые сутки", "Жители Твери"),
    # --- C9: a leading frame, then a conjoined clause another frame interrupts
    ("'Как отметили в X, A, однако B, по информации Y, C': A is X's",
     "Продажа квартиры\n\n"
     "Как отметили в агентстве недвижимости «Домострой», квартира доступна для аренды на десять лет, однако "
     "дом, по информации риэлторов, нуждается в капитальном ремонте.",
     "квартира доступна для аренды на десять лет", "Домострой"),
    ("'Как отметили в X, A, однако B, по информации Y, C': C is Y's",
     "Продажа квартиры\n\n"
     "Как отметили в агентстве недвижимости «Домострой», квартира доступна для аренды на десять лет, однако "
     "дом, по информации риэлторов, нуждается в капитальном ремонте.",
     "нуждается в капитальном ремонте", "риелторы"),
    ("'Как сообщили в X, A, но B, по данным Y, C': A is X's",
     "Ремонт дороги\n\n"
     "Как сообщили в мэрии Твери, работы начнутся весной, но подрядчик, по данным прокуратуры, до сих пор "
     "не выбран.",
     "работы начнутся весной", "мэрия Твери"),
]

# Guards: rows that must keep the code's earlier reading.
# Guards: rows the code read right before and must still read so.
GUARDS = [
    ("guard: a gerund after a relative clause's verb, no dash frame - the subject of the main verb (unread text)",
     "Поклонская возмутилась проездом Романовых\n\n"
     "Депутат Госдумы Наталья Поклонская раскритиковала тех, кто восхищается проездом великой княгини Марии "
     "Владимировны и князя Георгия Михайловича Романовых по Крымскому мосту, напомнив о роли их предков в "
     "истории Революции.",
     "роли их предков в истории Революции", "Наталья Поклонская"),
    ("guard: an impersonal inner frame does not cut the clause ('хотя B, как сообщают, C')",
     "Синий омлет\n\n"
     "Уточняется, что омлет уже сняли с реализации, хотя необычный оттенок, как сообщают, не отразился на его "
     "качестве и вкусе.",
     "омлет уже сняли с реализации, хотя необычный оттенок, как сообщают, не отразился на его качестве и вкусе",
     None),
]


@pytest.mark.parametrize("label,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_mI33(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


@pytest.mark.parametrize("label,text,content,expected", GUARDS, ids=[g[0] for g in GUARDS])
def test_mI33_guards(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
