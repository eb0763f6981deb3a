"""Round 14 table tests, made-up sentences: a description never takes an unnamed speaker
of another field ("сказал подозреваемый" after "следователь спросил"), nor a person named
after an adverbial's comma ("По мнению автора петиции, губернатор X"), nor the head of
another place ("глава региона" is not "глава района X"); state corporations and lower-case
ministries as institutions; "Там добавили" after an institution's report; relayed words
("передает слова X", "приводятся слова X"); first-person speech verbs going on with the
latest speaker's unmarked words; handles written without "@"; a channel or a network
group speaking for its owner; "сказал чиновник" after an official's words; "По их словам"
after unnamed sources; embedded "что"-questions; genitive participles as frame owners ("по
словам пострадавшей"), "исполняющего обязанности X Имя"; a colon inside a name; nouns conjoined
before a name's introducing noun ("Врач и телеведущий X" … "врач"); particles after the subject;
"его" with no named person in reach ("guard": a wording kept so the mechanism stays bounded)."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name)
CASES = [
    ("a description does not take an unnamed speaker of another noun",
     "В ходе допроса следователь спросил мужчину, что послужило поводом. «Не знаю», – сказал подозреваемый.",
     "Не знаю", "подозреваемый"),
    ("guard: the same description noun is that unnamed speaker again",
     "«Тормоза отказали внезапно», – сказал 40-летний водитель автобуса. Позже водитель добавил, что машину "
     "проверяли утром.",
     "машину проверяли утром", "40-летний водитель автобуса"),
    ("a person named after a clause comma is not introduced by the words before it",
     "По мнению автора петиции, губернатор Иван Сидоров не справляется. Автор петиции отметил, что Сидоров не "
     "появляется на публике.",
     "Сидоров не появляется на публике", "автор петиции"),
    ("'госкорпорация' refers back to the organisation named before",
     "Выручка Ростеха выросла на десять процентов, сообщила госкорпорация.",
     "Выручка Ростеха выросла на десять процентов", "Ростех"),
    ("a lower-case ministry in an impersonal report speaks",
     "Связь в деревне обеспечивает вышка в соседнем селе, сообщили тогда в минпроме.",
     "Связь в деревне обеспечивает вышка в соседнем селе", "минпром"),
    ("'Там добавили' right after an institution's report: that institution again",
     "Дефицит бюджета сократится вдвое, сообщили в Минфине. Там добавили, что расходы на оборону не изменятся.",
     "расходы на оборону не изменятся", "Минфин"),
    ("'передает слова X газета': X speaks, the paper relays",
     "«Он сказал мне, что ни в чём не виноват», – передает слова Петрова газета «Ведомости».",
     "Он сказал мне, что ни в чём не виноват", "Петров"),
    ("guard: 'передает ТАСС' alone is the outlet speaking",
     "«Переговоры продолжатся завтра», – передает ТАСС.",
     "Переговоры продолжатся завтра", "ТАСС"),
    ("'приводятся его слова': the owner of the words speaks",
     "Министр транспорта Иван Петров выступил на форуме. «Мы будем строить новые дороги», – приводятся его "
     "слова в сообщении ведомства.",
     "Мы будем строить новые дороги", "Иван Петров"),
    ("a first-person speech verb goes on with the latest speaker's unmarked words",
     "Директор фонда Иван Петров сказал: Мы надеемся, что награда поможет найти преступника. Мы рассчитываем, "
     "что после ареста можно будет установить мотив.",
     "после ареста можно будет установить мотив", "Иван Петров"),
    ("guard: the outlet's own 'мы писали' stays the outlet",
     "Как мы писали ранее, завод закрыли. Мы сообщали, что рабочие не получили зарплату.",
     "рабочие не получили зарплату", "редакция"),
    ("a handle without '@' ending a dash frame speaks",
     "Певица Анна Иванова опубликовала фото. «Разве можно быть еще красивее?», – удивляется anna.petrova_88.",
     "Разве можно быть еще красивее?", "anna.petrova_88"),
    ("guard: a web address after the cue is a site, not a handle",
     "«Переговоры продолжатся», – пишет meduza.io.",
     "Переговоры продолжатся", "meduza.io"),
    ("a channel speaks for its genitive owner",
     "Губернатор области Андрей Воронов подписал указ. «Указ вступает в силу с понедельника», – сообщает "
     "telegram-канал губернатора.",
     "Указ вступает в силу с понедельника", "Андрей Воронов"),
    ("a group in a social network is no speaker by the network's name",
     "Футбольный клуб «Салют Белгород» проведет товарищеский матч. «Матч состоится в субботу», – сообщается в "
     "официальной группе клуба «ВКонтакте».",
     "Матч состоится в субботу", "клуб"),
    ("'глава региона' is the governor, not a man introduced as the head of a district",
     "Губернатор Московской области Андрей Воронов отправил в отставку главу Лесного района Евгения Гаранина. "
     "«Отставка принята», – сообщает telegram-канал главы региона.",
     "Отставка принята", "Андрей Воронов"),
    ("'сказал чиновник' after an official's words is that official",
     "Об этом заявил прокурор Жан Дюваль. По словам прокурора, нападавший готовился заранее. Он планировал "
     "атаку несколько недель, сказал чиновник.",
     "Он планировал атаку несколько недель", "Жан Дюваль"),
    ("'по словам' a genitive participle: the participle in the nominative speaks",
     "По словам пострадавшей, водитель скрылся с места аварии.",
     "водитель скрылся с места аварии", "пострадавшая"),
    ("'исполняющего обязанности X Имя': the person named is the acting one",
     "По словам исполняющего обязанности директора Ивана Петрова, занятия возобновятся в понедельник.",
     "занятия возобновятся в понедельник", "Иван Петров"),
    ("a colon inside a name introduces no content; the name keeps its colon",
     "«На проспекте начали менять таблички», – сообщил корреспондент издания «UA:Город».",
     "На проспекте начали менять таблички", "корреспондент издания «UA:Город»"),
    ("a noun conjoined before the one that introduces a name introduces it too",
     "Врач и телеведущий Олег Мясоедов рассказал о новых симптомах гриппа. «Температура держится три дня», – "
     "отметил врач.",
     "Температура держится три дня", "Олег Мясоедов"),
    ("a particle after the subject is no part of the speaker's name",
     "Певица опубликовала фото. Поклонники же отметили, что она хорошо выглядит.",
     "она хорошо выглядит", "Поклонники"),
    ("'По его словам' with no named man in reach: the unnamed subject of the sentence before",
     "Охранник склада задержал вора. По его словам, мужчина пытался вынести телевизор.",
     "мужчина пытался вынести телевизор", "Охранник склада"),
    ("guard: a named man in reach stays the antecedent of 'его'",
     "Директор склада Иван Петров вызвал полицию. Охранник задержал вора. По его словам, мужчина пытался "
     "вынести телевизор.",
     "мужчина пытался вынести телевизор", "Иван Петров"),
    ("'По их словам' after unnamed sources stays unknown",
     "Компания «Альфа» может сменить владельца, полагают собеседники издания. По их словам, сделка будет "
     "закрыта летом.",
     "сделка будет закрыта летом", None),
]

# (mechanism, text, a string that no quote may contain)
NO_QUOTE_CASES = [
    ("'спросил, что …' asks a question: no content",
     "Судья спросил свидетеля, что тот видел в ту ночь.", "видел в ту ночь"),
    ("'рассказал, что произошло': 'что' is the subject of a question",
     "Следователь рассказал, что произошло на складе.", "произошло на складе"),
    ("a colon inside a name is no colon frame",
     "«На проспекте начали менять таблички», – сообщил корреспондент издания «UA:Город».", "Город»"),
]

# (mechanism, text, content of the quote, expected speaker name): embedded-question guards
REPORT_CASES = [
    ("guard: an impersonal verb with an infinitive after 'что' reports",
     "Министр заявил, что ведомству стоило подумать об этом раньше.",
     "ведомству стоило подумать об этом раньше", "Министр"),
    ("guard: an impersonal report verb after 'что' reports",
     "Глава района Олег Сомов добавил, что на совещании не сообщалось о сносе гаражей.",
     "на совещании не сообщалось о сносе гаражей", "Олег Сомов"),
]


@pytest.mark.parametrize("label,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_round14(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


@pytest.mark.parametrize("label,text,absent", NO_QUOTE_CASES, ids=[c[0] for c in NO_QUOTE_CASES])
def test_round14_no_quote(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


@pytest.mark.parametrize("label,text,content,expected", REPORT_CASES, ids=[c[0] for c in REPORT_CASES])
def test_round14_reports(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
