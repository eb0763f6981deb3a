"""Helper mA37 (thirty-seventh session) table tests: review cr37's findings against dR37a's introduced-person rule
(description_speakers._introduced_person, `_introductions`) and the title's name-tagged opener (attribution), each
row the reviewer's made-up input with the answer the code gave before the session:
- F14 a comma is crossed between two posts of one person only when they agree in case ("По мнению адвоката, судья X");
- F1 a noun after a name's comma or dash that opens a clause of its own (its subject, or a finite verb before the
  phrase closes) or differs in case from the name is no apposition;
- F2 a relation noun's owner is the story's victim only when the introduction names its own owner by a name;
- F3 "премьер-", "член-", "генерал-" are rank prefixes: the compound is not its last part;
- F13 a complement's word recurs in the introduction whole, up to an ending ("Москвы" is not "Московской");
- F10 a title's "Эксперт" the tagger calls a name is the body's main voice only when the text introduces that
  person as one who comments.
Made-up sentences (cr37's inputs /tmp/cr37/t*)."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, title, text, content of the quote, expected speaker name)
CASES = [
    ("cr37 F14: a source phrase's noun before a comma is no post of the person named after it ('По мнению "
     "адвоката, судья X')",
     'Суд',
     'По мнению адвоката, судья Иван Петров нарушил закон.\n\n«Мы подадим жалобу в квалификационную коллегию», – '
     'заявил адвокат.',
     'Мы подадим жалобу в квалификационную коллегию', 'адвокат'),
    ("cr37 F14: 'По словам эксперта, губернатор X': the expert is not the governor",
     'Выборы',
     'По словам эксперта, губернатор Иван Петров может уйти в отставку.\n\n«Кремль недоволен губернатором», – '
     'пояснил эксперт.',
     'Кремль недоволен губернатором', 'эксперт'),
    ("cr37 F1: a noun after an accusative name's comma opens a clause of its own ('арестовал бизнесмена X, "
     "адвокат сразу подал жалобу')",
     'Арест бизнесмена',
     'В понедельник суд арестовал бизнесмена Ивана Петрова, адвокат сразу подал жалобу.\n\n«Мы не согласны с '
     'решением суда», – сказал адвокат.',
     'Мы не согласны с решением суда', 'адвокат'),
    ("cr37 F1: a dash after an accusative name opens a clause ('оправдал X — прокурор намерен обжаловать'; the "
     'old PERSON_KINDS stage)',
     'Приговор',
     'Суд оправдал Ивана Петрова — прокурор намерен обжаловать приговор.\n\n«Мы не согласны с решением суда», – '
     'заявил прокурор.',
     'Мы не согласны с решением суда', 'прокурор'),
    ("cr37 F1: a nominative name, then a noun with a finite verb of its own ('ответил X, журналист местной "
     "газеты спросил его')",
     'Пресс-конференция',
     'Первым на вопросы ответил Иван Петров, журналист местной газеты спросил его о бюджете.\n\n«Денег на ремонт '
     'нет», – сказал журналист.',
     'Денег на ремонт нет', 'журналист местной газеты'),
    ("cr37 F1: the rescued man is not the eyewitness ('вытащили из воды X, очевидец снял')",
     'Спасение',
     'Спасатели вытащили из воды Ивана Петрова, очевидец снял происходящее на видео.\n\n«Он провел в воде около '
     'часа», – рассказал очевидец.',
     'Он провел в воде около часа', 'очевидец'),
    ("cr37 F1: the driver is not the passenger ('задержала водителя X, пассажир автомобиля скрылся')",
     'Задержание',
     'Полиция задержала водителя Ивана Петрова, пассажир автомобиля скрылся.\n\n«Я ни в чем не виноват», – '
     'заявил пассажир.',
     'Я ни в чем не виноват', 'пассажир автомобиля'),
    ("cr37 F2: a relation's owner named by a common word must recur ('брат пострадавшего' is not 'брат погибшего')",
     'Авария на трассе',
     'В результате столкновения двух автомобилей на трассе М-4 один человек погиб, еще один пострадал. Андрей '
     'Козлов, брат пострадавшего, приехал в больницу вечером.\n\n«Мы требуем наказать виновного», – заявил брат '
     'погибшего.',
     'Мы требуем наказать виновного', 'брат погибшего'),
    ("cr37 F3: a prime minister is not 'министр' (the unnamed head of a foreign ministry is)",
     'Переговоры в Лондоне',
     'Премьер-министр Великобритании Борис Джонсон провел встречу с главой МИД Франции. Стороны обсудили '
     'ситуацию на Украине.\n\n«Мы договорились продолжить консультации», – сказал министр.',
     'Мы договорились продолжить консультации', 'министр'),
    ("cr37 F3: a 'член-корреспондент' is no correspondent",
     'Конференция',
     'Член-корреспондент РАН Иван Петров выступил на конференции по генетике.\n\n«Участники обсудили новые '
     'методы», – сообщил корреспондент.',
     'Участники обсудили новые методы', 'корреспондент'),
    ("cr37 F13: 'житель Москвы' does not fit 'Житель Московской области' (a complement word recurs whole, up to "
     'an ending)',
     'Наводнение',
     'Житель Московской области Иван Петров лишился дома из-за наводнения. Пострадали и москвичи.\n\n«Вода '
     'поднялась за час», – рассказал житель Москвы.',
     'Вода поднялась за час', 'житель Москвы'),
    ("cr37 F10: a title's name-tagged 'Эксперт' is not the body's main voice the text introduces as the "
     "decision's author ('Глава ЦБ')",
     'Эксперт назвал решение ЦБ ошибкой',
     'Центробанк повысил ключевую ставку до 16%. Глава ЦБ Эльвира Набиуллина объяснила решение ростом '
     'инфляции.\n\n«Мы видим риски для цен», – сказала Набиуллина.\n\n«Ставка останется высокой долго», – '
     'добавила Набиуллина.\n\nНекоторые экономисты считают решение ошибкой.',
     'решение ЦБ ошибкой', 'Эксперт'),
]


@pytest.mark.parametrize("label,title,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_mA37_introduced_person_guards(enrich, label, title, text, content, expected):
    assert speaker_of(enrich(text, title=title), content, label) == expected, label
