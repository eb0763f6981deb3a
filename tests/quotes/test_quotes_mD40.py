"""Helper mD40 (fortieth session), review rv40_Q C8, C9, C5: data frames with no author, a fronted charge, a frame
stretched by a misattached word.

(C8) "Согласно предварительным расчетам, …" / "По предварительным подсчетам, …": calculations with a modifier and no
owner report the rest of the sentence by no one the text names, as "По предварительным данным" does; "…, следует из
данных X" reads the words off X's data as "следует из доклада X" does.
(C9) "В «нападках на ислам» Макрона обвинил премьер-министр": a charge fronted as the sentence's first phrase, the
accused object between it and the verb, the accuser after the verb - the content is the charge with the accused.
(C5) "По данным из открытых источников, завод заключил контракт … в прошлом году": a word of the reported clause hung
by the parse on the frame's noun does not stretch the frame past the comma that closes its owner.
Made-up sentences; rows marked old=False failed on the code before mD40."""
from __future__ import annotations

import pytest

from quote_checks import assert_body_speaker, quote_of

# (rule, text, quoted words, expected speaker name or None for a quote with no speaker, passes on the old code)
SPEAKER_ROWS = [
    ("C8 «согласно предварительным расчетам»: no author",
     "Согласно предварительным расчетам, ремонт моста обойдется в 10 миллионов рублей.",
     "ремонт моста обойдется в 10 миллионов рублей", None, False),
    ("C8 «по предварительным подсчетам»: no author",
     "По предварительным подсчетам, в акции участвовали около двух тысяч человек.",
     "в акции участвовали около двух тысяч человек", None, False),
    ("C8 «следует из данных X»: the data's owner",
     "Самолет из Вены прибыл в Тулу, следует из данных онлайн-табло аэропорта Внуково.",
     "Самолет из Вены прибыл в Тулу", "Внуково", False),
    ("C8 guard: «следует из доклада X» as before",
     "Самолет из Вены прибыл в Тулу, следует из доклада аэропорта Внуково.",
     "Самолет из Вены прибыл в Тулу", "Внуково", True),
    ("C8 guard: an owned report keeps its owner", "По данным МВД, в прошлом году в городе угнали 300 машин.",
     "в прошлом году в городе угнали 300 машин", "МВД", True),
    ("C9 a fronted charge in marks, the accuser after the verb",
     "В «предательстве интересов страны» мэра обвинил депутат Иван Петров.",
     "В «предательстве интересов страны» мэра", "Иван Петров", False),
    ("C9 a fronted charge, an institution accuses",
     "В срыве переговоров Россию обвинили власти Грузии.", "В срыве переговоров Россию", "власти Грузии", False),
    ("C9 a fronted charge with the present tense",
     "В сговоре с подрядчиком чиновника обвиняет депутат Мария Сидорова.", "В сговоре с подрядчиком чиновника",
     "Мария Сидорова", False),
    ("F1 guard: a fronted theft is a charge", "В краже телефона студента обвинил сосед по комнате.",
     "В краже телефона студента", "сосед по комнате", True),
    ("F1 guard: a fronted death is a charge", "В гибели людей власти обвинил местный житель.",
     "В гибели людей власти", "местный житель", True),
    ("C9 guard: a fronted time phrase, the charge after the object",
     "В ноябре Соловьев обвинил политолога в нацизме.", "политолога в нацизме", "Соловьёв", True),
    ("C5 «по данным из открытых источников»: a misattached «в прошлом году» keeps the clause whole",
     "По данным из открытых источников, завод заключил контракт с фирмой «Альфа» в прошлом году, затем контракт "
     "продлили.", "завод заключил контракт с фирмой «Альфа» в прошлом году, затем контракт продлили", "unknown", False),
]


@pytest.mark.parametrize("label,text,content,speaker,old", SPEAKER_ROWS, ids=[r[0] for r in SPEAKER_ROWS])
def test_speaker_and_content(enrich, label, text, content, speaker, old):
    assert_body_speaker(enrich(text), content, speaker, label)


# (rule, text, words no quote may begin with, passes on the old code)
NO_QUOTE_ROWS = [
    ("C9 guard: a fronted place is no charge", "В Москве мэра обвинил депутат Иван Петров.", "В Москве", True),
    # (cr40 F1) a fronted medium, venue or occasion of speaking is where the charge was made, not the charge
    ("F1 a fronted interview is no charge", "В интервью журналистам Петрова обвинил бывший партнер.", "В интервью",
     False),
    ("F1 a fronted broadcast is no charge", "В эфире телеканала министра обвинил ведущий Иван Петров.", "В эфире",
     False),
    ("F1 a fronted channel is no charge", "В своем Telegram-канале губернатора обвинил депутат Иван Петров.",
     "В своем", False),
    ("F1 a fronted address is no charge", "В своем обращении Зеленского обвинил президент Польши.", "В своем",
     False),
    ("F1 a fronted court is no charge", "В суде бизнесмена обвинил бывший партнер.", "В суде", False),
    ("C8 guard: calculations followed inside a clause", "Работы идут согласно предварительным расчетам.",
     "Работы", True),
]


@pytest.mark.parametrize("label,text,absent,old", NO_QUOTE_ROWS, ids=[r[0] for r in NO_QUOTE_ROWS])
def test_no_quote(enrich, label, text, absent, old):
    doc = enrich(text)
    assert not [q for q in doc.quotes if q.text.startswith(absent)], f"{label}: {[q.text for q in doc.quotes]}"


def test_fronted_charge_is_mixed(enrich):
    """C9: the charge in marks is the accuser's own words - a mixed quote with the accusing cue."""
    quote = quote_of(enrich("В «предательстве интересов страны» мэра обвинил депутат Иван Петров."),
                     "В «предательстве интересов страны» мэра", "fronted charge")
    assert quote.kind == "mixed" and quote.cue == "обвинить"


# (C10) (rule, text, quoted words, expected hedged, passes on the old code)
HEDGE_ROWS = [
    ("C10 «якобы» in the speaker's own marked words: no hedge",
     "«В последний раз был проведен якобы прозрачный конкурс, но победитель был известен заранее», – отметил эксперт "
     "Иван Орлов.", "В последний раз был проведен якобы прозрачный конкурс, но победитель был известен заранее",
     False, False),
    ("C10 «видимо» in the speaker's own marked words: no hedge",
     "«Нас выгнали из машин, видимо, чтобы они не взорвались», – уточнил водитель Петр Смирнов.",
     "Нас выгнали из машин, видимо, чтобы они не взорвались", False, False),
    ("C10 guard: the reporter's «якобы» in indirect speech", "Орлов заявил, что конкурс якобы был прозрачным.",
     "конкурс якобы был прозрачным", True, True),
    ("C10 guard: a hedging cue hedges the marked words too",
     "«Нас выгнали из машин, чтобы они не взорвались», – предположил водитель Петр Смирнов.",
     "Нас выгнали из машин, чтобы они не взорвались", True, True),
]


@pytest.mark.parametrize("label,text,content,hedged,old", HEDGE_ROWS, ids=[r[0] for r in HEDGE_ROWS])
def test_hedged(enrich, label, text, content, hedged, old):
    assert quote_of(enrich(text), content, label).hedged is hedged, label
