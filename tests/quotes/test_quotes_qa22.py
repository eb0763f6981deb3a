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
    # (ra22, review rev22_A M2) only a person, organisation or institution in the instrumental is a maker
    ("ra22 guard: a time in the instrumental is no maker",
     "«Это провокация», — говорится в заявлении, опубликованном вечером в понедельник.",
     "Это провокация", None),
    ("ra22 guard: a manner in the instrumental is no maker",
     "«Мы готовы», — говорится в письме, подписанном кровью.",
     "Мы готовы", None),
    ("ra22 guard: a reader ('изученном') is no author",
     "«Мы требуем отставки», — говорится в документе, изученном журналистами РБК.",
     "Мы требуем отставки", None),
    ("ra22 guard: a reader ('изученных') is no author (an outlet)",
     "«Мы требуем отставки», — говорится в материалах, изученных «Коммерсантом».",
     "Мы требуем отставки", None),
    # (ra22, M3) the document's maker named the sentence before wins over the page that carries it
    ("ra22: the sender before the publishing page",
     "Глава государства направил телеграмму губернатору. «Скорбим вместе с вами», — сказано в телеграмме, "
     "опубликованной на сайте Кремля.",
     "Скорбим вместе с вами", "Владимир Путин"),  # (the registry's head of state on the article's date)
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
    # (ra22, M4) only a verb of issuing makes its subject the document's author
    ("ra22 guard: a court that rejected a statement did not write it",
     "Суд отклонил заявление. Адвокат намерен его обжаловать. Слушания продолжатся в марте. В заявлении "
     "говорится, что истец требовал компенсации.",
     "истец требовал компенсации", None),
    ("ra22 guard: the receivers of a letter did not write it",
     "Журналисты получили письмо. Его передали в редакцию вчера. Отправитель не назвался. В письме говорится, "
     "что завод закроют.",
     "завод закроют", None),
    ("ra22 guard: the police checking a statement did not write it",
     "Полиция проверяет заявление. Оно поступило в понедельник. Проверка займет неделю. В документе указано, "
     "что соседи шумели ночью.",
     "соседи шумели ночью", None),
    ("guard: a document introduced in the sentence just before keeps the old reading",
     "Палата представителей приняла резолюцию против газопровода. В документе говорится, что проект "
     "угрожает безопасности Европы.",
     "проект угрожает безопасности Европы", "Палата представителей"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_document_issuer_qa22(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
