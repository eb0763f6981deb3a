"""Helper un (twenty-third session) table tests: an impersonal report ("Отмечается, что …",
"Уточняется, что …", "Там добавили, что …") right after a statement goes on with that statement's
speaker, and
1. a statement is as near as the sentence where it and its frame end - the last of several quoted
   sentences, or the sentence of a frame set after it ("… Об этом сообщает пресс-служба"); the old
   code measured from its first sentence and left the report with no speaker;
2. a neuter short passive participle ("Отмечено, что …", "Было заявлено, что …") is such a report
   as well; the old code took only finite "-ся" verbs.
Made-up sentences, one row per case; guards keep the old answers where the rules must not fire
(an earlier report, a statement further back, a one-sentence one)."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

MINISTRY = "Министерство просвещения Кабардино-Балкарии"

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("'Отмечается' after a two-sentence statement with a postposed document frame",
     "Министерство просвещения Кабардино-Балкарии прокомментировало инцидент в школе. «Жалобы от родителей на "
     "школу не поступали. Это одна из ведущих образовательных организаций республики», – говорится в сообщении "
     "министерства.\n\nОтмечается, что после расследования будут приняты меры.",
     "после расследования будут приняты меры", MINISTRY),
    ("'Уточняется' after a two-sentence statement",
     "Минздрав России опубликовал данные о вакцине. \"Двукратная схема введения вакцины позволяет сформировать "
     "длительный иммунитет. Опыт применения векторных вакцин показывает, что иммунитет сохраняется до двух лет\", "
     "- отмечается в сообщении министерства.\n\nУточняется, что препарат зарегистрирован 11 августа.",
     "препарат зарегистрирован 11 августа", "Минздрав России"),
    ("'Там добавили' after a two-sentence statement of a place",
     "Бюджет сократят в следующем году. «Дефицит сократится до двух процентов. Расходы на оборону останутся "
     "прежними», – сообщили в Минфине. Там добавили, что налоги повышать не планируют.",
     "налоги повышать не планируют", "Минфин"),
    ("'Отмечено' after a statement framed in the next sentence ('Об этом сообщает')",
     "Новым министром назначен Доминик Рааб. Об этом в понедельник сообщает пресс-служба британского "
     "правительства. Отмечено, что Рааб с января занимал пост министра жилищного строительства.",
     "Рааб с января занимал пост министра жилищного строительства", "пресс-служба британского правительства"),
    ("'Было заявлено' after a statement of the sentence before",
     "В аэропорту отменены 125 рейсов. Как сообщила агентству пресс-служба аэропорта, в аэропорту продолжается "
     "забастовка. Было заявлено, что стачка продлится как минимум до воскресенья.",
     "стачка продлится как минимум до воскресенья", "пресс-служба аэропорта"),
    ("guard: 'Ранее было отмечено' is an earlier report",
     "Новым министром назначен Доминик Рааб. Об этом в понедельник сообщает пресс-служба британского "
     "правительства. Ранее было отмечено, что Рааб занимал пост министра жилищного строительства.",
     "Рааб занимал пост министра жилищного строительства", None),
    # (dvG, mB27) the guard "a negated participle ('не исключено, что') is the writer's conjecture" moved to
    # test_quotes_dvG.py and test_quotes_mB27.py: since the twenty-seventh session it gives no quote at all
    ("guard: 'Ранее сообщалось' is an earlier report, not the statement going on",
     "Министерство просвещения Кабардино-Балкарии прокомментировало инцидент. «Жалобы не поступали. Школа одна "
     "из ведущих», – говорится в сообщении министерства.\n\nРанее сообщалось, что учитель ударил ученика.",
     "учитель ударил ученика", None),
    ("guard: a statement two sentences back does not go on",
     "Министерство просвещения Кабардино-Балкарии прокомментировало инцидент. «Жалобы не поступали. Школа одна "
     "из ведущих», – говорится в сообщении министерства. Учитель работает в школе двадцать лет. Его уволят в "
     "понедельник.\n\nОтмечается, что учитель ударил ученика.",
     "учитель ударил ученика", None),
    ("guard: a one-sentence statement goes on as before",
     "Министерство просвещения Кабардино-Балкарии прокомментировало инцидент. «Жалоб от родителей на школу не "
     "поступало», – говорится в сообщении министерства.\n\nОтмечается, что после расследования будут приняты меры.",
     "после расследования будут приняты меры", MINISTRY),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_impersonal_report_continues_un23(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
