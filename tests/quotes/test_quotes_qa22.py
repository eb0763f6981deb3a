"""Helper qa (twenty-second session) table tests: who issued a document a frame names with no owner
("говорится в сообщении", "сказано в письме", "В документе указано"), made-up sentences, one row per
case - each rule has rows the old code failed:
1. a passive participle on the document names its maker as the agent ("в оповещении, распространенном
   канцелярией премьера", "из опубликованного блогером документа"), or a publishing participle names
   the page that carries it ("в сообщении, опубликованном в группе «X»");
2. a document noun with no owner takes up the document of the same noun (any document, for the bare
   "документ"/"текст") that a sentence two or three back introduced as the object of an agentive
   subject ("Письмо подписали руководители …", "Президент подписал распоряжение …"); the old code read
   only the sentence just before and otherwise took the latest source or organisation named.
Guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    # --- 1. the maker named on the document's participle
    ("agent of 'распространенном'",
     "Назначен министр. Об этом говорится в официальном оповещении, распространенном в начале рабочей "
     "недели канцелярией премьера Терезы Мэй.",
     "Назначен министр", "канцелярия премьера Терезы Мэй"),
    ("agent of 'опубликованного' before the document",
     "Блогер Руслан Смирнов рассказал о своей поездке. Из опубликованного блогером документа следует, что "
     "комиссия отказала ему в регистрации.",
     "комиссия отказала ему в регистрации", "Руслан Смирнов"),
    ("page of 'опубликованном в группе «X»'",
     "Движение «Голос» провело собрание. «Завтра готовятся провокации», – говорится в сообщении, "
     "опубликованном в группе «Новосибирск online» соцсети «ВКонтакте».",
     "Завтра готовятся провокации", "Новосибирск online"),
    ("guard: a receiver ('полученном') is no author",
     "Компания «Северсталь» сократила выпуск стали. «Спрос упал на треть», – говорится в полученном "
     "агентством сообщении.",
     "Спрос упал на треть", None),
    # --- 2. the same document introduced a few sentences back
    ("'письмо' signed two sentences back",
     "Письмо подписали руководители 29 транспортных компаний. В обращении к властям сказано: у перевозчиков "
     "дефицит заказов. «Компании готовятся к увольнениям», сказано в письме.",
     "Компании готовятся к увольнениям", "руководители 29 транспортных компаний"),
    ("bare 'документ' takes up the order signed two sentences back",
     "Президент России Владимир Путин подписал распоряжение о выходе из договора. Распоряжение было "
     "опубликовано на портале правовой информации. В документе указано, что министерству поручено "
     "уведомить партнеров.",
     "министерству поручено уведомить партнеров", "Владимир Путин"),
    ("'комментарий' published two sentences back",
     "Министерство иностранных дел России опубликовало комментарий по поводу решения суда. В нём "
     "говорится о давлении на Москву. В официальном комментарии отмечается, что суд работал однобоко.",
     "суд работал однобоко", "МИД России"),
    ("guard: another noun's document is not taken up by 'письмо'",
     "Профсоюз пилотов распространил заявление. Переговоры продолжатся в среду. Авиакомпания «Победа» "
     "отменила рейсы. «Пассажирам вернут деньги», – говорится в письме.",
     "Пассажирам вернут деньги", "Победа"),
    ("guard: a document introduced in the sentence just before keeps the old reading",
     "Палата представителей приняла резолюцию против газопровода. В документе говорится, что проект "
     "угрожает безопасности Европы.",
     "проект угрожает безопасности Европы", "Палата представителей"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_document_issuer_qa22(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
