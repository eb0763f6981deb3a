"""(nF38) Review rv37_Q's C6: the speaker was null though the subject stands in the sentence.  Made-up sentences
(a few keep one phrase of an unread article to pin the construction), each with the speaker a reader gives:
- a singular passive participle of a criminal case as the subject ("сказал задержанный"), in a story set in such a
  case and with the act not told before, goes on with the person the story is about (else as before: no speaker);
- "Старший группы пояснил": the parse made the genitive the subject; the adjective before it heads the phrase;
- a woman named by a masculine trade noun ("заявила личный окулист") is the woman who was just the subject;
- a group with an animate conjunct ("Семья и близкие X"), a share of people ("52% опрошенных респондентов"),
  one of a participle group ("один из стоящих в очереди") are descriptions of their own.
Guard rows keep what was right before."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (label, title, text, content of the quote, expected speaker name)
CASES = [
    ("passive participle in a criminal case: a person not shown as the case's subject is not taken",
     "Отец извинился",
     "Виктор Гаврилов, бросивший сыновей в аэропорту, извинился перед детьми в видео, опубликованном Следственным "
     "комитетом. Он был уверен, что сыновьям ничего не угрожает.\n\n"
     "«Я надеялся найти работу и вернуться за вами», – сказал задержанный.",
     # (mK38, cr38 F1) the text never shows him as the one the case is about (no "задержан", "дело против X",
     # "подозреваемый X"): the participle takes no one rather than the latest man of a case story
     "Я надеялся найти работу и вернуться за вами", None),
    ("passive participle after 'подозреваемый X'",
     "Бессмертный полк",
     "Подозреваемый Андрей Смирнов из Самары признал свою вину.\n\n"
     "«Раскаиваюсь, вину признаю полностью», – заявил задержанный в ролике.",
     "Раскаиваюсь, вину признаю полностью", "Андрей Смирнов"),
    ("guard: no criminal case in the story - not the person named before",
     "Турнир",
     "Виктор Гаврилов выиграл турнир. Он был уверен в победе.\n\n"
     "«Это только начало», – добавил задержанный.",
     "Это только начало", None),
    ("guard: the act told of an unnamed man - not the person named before",
     "Вокзал",
     "Виктор Гаврилов приехал в город утром. Следователь задержал мужчину у вокзала.\n\n"
     "«Я ни в чем не виноват», – заявил задержанный.",
     "Я ни в чем не виноват", None),
    ("guard: the patient named by the act keeps winning",
     "Задержание",
     "Полиция задержала Ивана Петрова у вокзала. Его сосед Олег Смирнов рассказал об этом журналистам.\n\n"
     "«Я ни в чем не виноват», – заявил задержанный.",
     "Я ни в чем не виноват", "Иван Петров"),
    ("adjective over a genitive the parse made the subject",
     "Снайперы",
     "Военные обнаружили в багажниках джипов снайперские винтовки. Старший группы пояснил, что французы прибыли "
     "в Сирию на прошлой неделе.",
     "французы прибыли в Сирию на прошлой неделе", "Старший группы"),
    ("plural adjective over a genitive",
     "Забастовка",
     "Но после этого уполномоченные профсоюза пилотов подтвердили, что забастовка начнется в пятницу.",
     "забастовка начнется в пятницу", "уполномоченные профсоюза пилотов"),
    ("guard: a woman by her trade is the woman just the subject (the role path when the noun is tagged animate)",
     "Соратница",
     "Соратница блогера Ивана Сидорова Анна Петрова не смогла определиться, хороший ли врач Олег Смирнов. "
     "Петрова заявила, что лично с хирургом не знакома.\n\n"
     "«Он там хороший или плохой – это очень сложно понять», – заявила личный окулист блогера.",
     "Он там хороший или плохой – это очень сложно понять", "Анна Петрова"),
    ("a woman by her trade (the noun tagged inanimate) is the woman just the subject",
     "Соратница Навального",
     "Соратница блогера Алексея Навального Анастасия Васильева не смогла определиться, является ли кардиохирург "
     "Лео Бокерия хорошим врачом. Васильева заявила, что лично с хирургом не знакома.\n\n"
     "«Он там хороший или плохой – это очень сложно понять», – заявила личный окулист Навального.",
     "Он там хороший или плохой – это очень сложно понять", "Анастасия Васильева"),
    ("guard: a woman by her trade with no tie to the woman just the subject",
     "Больница",
     "Пациентка Мария Иванова пожаловалась на лечение у Петра Смирнова. Она рассказала, что ждала врача три часа.\n\n"
     "«Мы сделали все возможное», – заявила личный окулист Смирнова.",
     "Мы сделали все возможное", "личный окулист Смирнова"),
    ("a group with an animate conjunct",
     "Расследование",
     "Семья и близкие Политковской считают, что заказчик убийства не найден.",
     "заказчик убийства не найден", "Семья и близкие Политковской"),
    ("a share of people",
     "Опрос",
     "При этом 52% опрошенных респондентов полагают, что выборы должны пройти раньше.",
     "выборы должны пройти раньше", "52% опрошенных респондентов"),
    ("one of a participle group",
     "Вакцинация",
     "Из документов требуется только удостоверение личности. «Я пришел рано утром», – признается один из стоящих "
     "в очереди на вакцинацию.",
     "Я пришел рано утром", "один из стоящих в очереди на вакцинацию"),
    ("one of a participle group the parse hung on the quote",
     "Прививка",
     "Предварительно записываться не нужно.\n\n"
     "\"Сразу приехал сюда делать прививку, как сознательный гражданин\", – признается один из стоящих в очереди.",
     "Сразу приехал сюда делать прививку, как сознательный гражданин", "один из стоящих в очереди"),
    ("one of them",
     "Биби",
     "Женщины отказались пить из той же чашки. Тогда одна из них сообщила, что христианка оскорбила пророка.",
     "христианка оскорбила пророка", "одна из них"),
    ("guard: one of a noun group as before",
     "Дума",
     "Один из депутатов областной думы заявил, что бюджет будет пересмотрен.",
     "бюджет будет пересмотрен", "один из депутатов областной думы"),
    ("guard: a feminine verb with a feminine noun as before",
     "Рейсы",
     "Авиакомпания «Полет» отменила рейсы. Компания заявила, что вернет деньги пассажирам.",
     "вернет деньги пассажирам", "Полёт"),
]


@pytest.mark.parametrize("label,title,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_nF38(enrich, label, title, text, content, expected):
    assert speaker_of(enrich(text, title=title), content, label) == expected, label
