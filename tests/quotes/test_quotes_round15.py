"""Round 15 table tests, made-up sentences: a role word opening a sentence that NER took for
a one-word name does not hide the name after it ("Юморист Имя Фамилия сообщил"); a title's
description ("Экс-депутат Думы обвинил") is the body speaker introduced with that noun;
the outlet's "Сообщается также о" does not continue the last speaker; a social network
page before a colon speaks for its owner ("опубликовано в Instagram X: «…»"); "На вопрос
X …, тот ответил" is not X; "сказал депутат" after a lawmaker's words is that lawmaker; a
bare "департамента" takes up the unnamed department that spoke before; one closing mark
written for a quote and the quote inside it, before a dash frame ("«… «X», – написал Y"),
ends both; a dash frame inside a nested quote splits nothing; "говорится в заявлении" after
"В заявлении семьи"; a description refers back, never to a person named only after it; a
transitive verb's object owns its "о"-phrase ("комментируя публикацию решения о …");
"сказал собеседник агентства" after an unnamed official's words ("guard": a wording kept so
the mechanism stays bounded)."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, title, text, content of the quote, expected speaker name)
CASES = [
    ("a capitalised role word tagged as a name does not hide the name after it",
     "Смирнов пожаловался, что не может попасть домой",
     "Юморист Евгений Смирнов сообщил в соцсетях, что больше года не может попасть к себе домой.",
     "больше года не может попасть к себе домой", "Евгений Смирнов"),
    ("a former holder's noun with 'экс-' before a name",
     "Коваленко объявила о создании в Молдавии народного совета",
     "Экс-кандидат в президенты Молдавии Светлана Коваленко объявила о создании народного совета и амнистии.",
     "создании народного совета", "Светлана Коваленко"),
    ("guard: a role word with no name after it stays a description",
     "",
     "Юморист сообщил в соцсетях, что больше года не может попасть домой.",
     "больше года не может попасть домой", "Юморист"),
    ("a title's 'экс-' description is the body speaker introduced with the same noun",
     "Экс-депутат Думы обвинил Петрова в продаже оружия",
     "Бывший депутат Думы Давид Жванов заявил, что бизнесмен Олег Петров продавал оружие.",
     "Петрова в продаже оружия", "Давид Жванов"),
    ("guard: a title description of another noun keeps no body name",
     "Экс-министр обвинил Петрова в продаже оружия",
     "Бывший депутат Думы Давид Жванов заявил, что бизнесмен Олег Петров продавал оружие.",
     "Петрова в продаже оружия", "Экс-министр"),
    ("guard: 'Также утверждалось, что' after a statement goes on with its speaker",
     "",
     "Министр Иван Петров заявил, что завод закроют. Также утверждалось, что рабочие получат компенсацию.",
     "рабочие получат компенсацию", "Иван Петров"),
    ("'Сообщается также о' is the outlet's news, not the last speaker going on",
     "",
     "Ранее эту информацию сообщал представитель партии: «Лидера задержали утром». Сообщается также о "
     "задержании еще двух членов партии.",
     "задержании еще двух членов партии", None),
    ("guard: 'Отмечается, что' right after a statement paraphrases its speaker",
     "",
     "Министр Иван Петров заявил, что завод закроют. Отмечается, что рабочие получат компенсацию.",
     "рабочие получат компенсацию", "Иван Петров"),
    ("a social network page before a colon speaks for its genitive owner",
     "",
     "Певец Сергей Лавров опубликовал стихотворение. Стихотворение опубликовано в Instagram Лаврова: «Есть "
     "компьютер у меня, в нем ответы на вопросы».",
     "Есть компьютер у меня, в нем ответы на вопросы", "Сергей Лавров"),
    ("'На вопрос X …, тот ответил': not the one asking",
     "",
     "Боксер Карим Алиев объявил о завершении карьеры. «Мы вернемся», – заявил Карим на видео, опубликованном "
     "в Instagram тренера Хавьера Мендоса. На вопрос Мендоса о том, вернется ли Карим в спорт, тот ответил: "
     "«Я надеюсь».",
     "Я надеюсь", "Карим Алиев"),
    ("guard: 'Тот заявил' after a meeting is the other one, not the subject",
     "",
     "Депутат Иван Петров встретился с губернатором Олегом Сидоровым. Тот заявил, что проект одобрят.",
     "проект одобрят", "Олег Сидоров"),
    ("'сказал депутат' after a lawmaker's words is that lawmaker",
     "",
     "Член комитета Госдумы по транспорту Владимир Афанасьев считает идею экзамена излишней. «Мы же не проводим "
     "экзамен раз в десять лет», – заявил Афанасьев. Он напомнил, что правила меняются часто. «Согласитесь, это "
     "уже излишне», – сказал депутат.",
     "Согласитесь, это уже излишне", "Владимир Афанасьев"),
    ("guard: a bare person noun of another gender is not the last speaker",
     "",
     "Министр финансов Анна Котова заявила, что бюджет сбалансирован. «Дефицита не будет», – сказал депутат.",
     "Дефицита не будет", "депутат"),
    ("guard: a bare person noun of another field is not the last speaker",
     "",
     "Футболист Иван Петров заявил, что уходит из клуба. «Это мое решение», – сказал депутат.",
     "Это мое решение", "депутат"),
    ("a bare organisation noun takes up the unnamed institution that spoke just before",
     "",
     "Задержанные выдали полиции нож, сообщили в пресс-службе департамента внутренних дел Алматы. «Подозреваемые "
     "дали признательные показания», – говорится в сообщении департамента в социальной сети.",
     "Подозреваемые дали признательные показания", "департамент внутренних дел Алматы"),
    ("one closing mark for a quote and the quote inside it, then a dash frame: the outer quote ends there",
     "",
     "«Пусть назовут корабль «Стрела», – написала пользовательница Анна Котова.\n\n«Пусть назовут «Комета». "
     "Это звучит гордо», – написал Олег Малинин.",
     "Пусть назовут корабль «Стрела", "Анна Котова"),
    ("guard: an inner title closed before the outer quote's own closing mark stays inside it",
     "",
     "«Мы назовем корабль «Стрела», – так звучит решение совета», – сказал инженер Олег Малинин.",
     "Мы назовем корабль «Стрела», – так звучит решение совета", "Олег Малинин"),
    ("a dash frame inside a nested quote does not split the outer quote",
     "",
     "Президент Иван Петров рассказал о встрече с патриархом. «Вообще он сказал даже больше. «Я, – говорит, – "
     "говорю своим священникам, что без книг нельзя быть настоящим священником», – добавил Петров.",
     "Вообще он сказал даже больше. «Я, – говорит, – говорю своим священникам, что без книг нельзя быть "
     "настоящим священником", "Иван Петров"),
    ("an unowned document noun is the same noun owned just before",
     "",
     "Родные певицы Анны Котовой ответили продюсеру группы «Звезда» Олегу Малинину. В заявлении семьи выражена "
     "надежда на знакомство. «Мы признательны за беспокойство», – говорится в заявлении, опубликованном в "
     "Instagram Анны Котовой.",
     "Мы признательны за беспокойство", "семья"),
    ("a description is not a person the text names only after it",
     "Петров рассказал о Москве",
     "Главный редактор журнала «Огонек» Сергей Петров поделился впечатлениями от Москвы. «Вежливые волонтеры, "
     "полицейские», – написал Петров в Telegram. Он отметил, что Москва – настоящая европейская столица. Особо "
     "отмечает журналист и писатель, что все вокруг улыбаются. Ранее музыкант Олег Сидоров поспорил с Петровым о "
     "«смерти» журналиста Аркадия Бабкина.",
     "все вокруг улыбаются", "Сергей Петров"),
    ("'сказал собеседник агентства' right after an unnamed official's words is that official",
     "",
     "Оружие находилось в республике с ведома правительства, сообщил во вторник представитель пресс-службы "
     "посольства Канады. \"Все оборудование находилось на территории страны с ведома властей\", - сказал "
     "собеседник агентства.",
     "Все оборудование находилось на территории страны с ведома властей",
     "представитель пресс-службы посольства Канады"),
    ("guard: an anonymous 'собеседник агентства' with nobody quoted before stays unknown",
     "",
     "Завод закроют до конца года. \"Решение уже принято\", - сказал собеседник агентства.",
     "Решение уже принято", None),
]

# (mechanism, text, a string that no quote may contain)
NO_QUOTE_CASES = [
    ("the topic of a transitive verb's object is no topic of the verb",
     "Представитель министерства генерал Иван Петров, комментируя преждевременную публикацию решения Совета Европы "
     "о введении новых пошлин против Норвегии, задался вопросом, какое решение примут министры.",
     "введении новых пошлин"),
    ("the topic of a transitive verb's object is no topic of the verb (a document's)",
     "Иван Петров, комментируя публикацию доклада ООН о введении новых пошлин против Норвегии, заявил, что доклад "
     "устарел.",
     "введении новых пошлин"),
]

# (mechanism, text, content of the quote, expected speaker name)
TOPIC_CASES = [
    ("guard: an animate object is the addressee, and the topic stays",
     "Министр Иван Петров предупредил пассажиров о невозможности зарегистрироваться на рейсы онлайн.",
     "невозможности зарегистрироваться на рейсы онлайн", "Иван Петров"),
]


@pytest.mark.parametrize("label,title,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_round15(enrich, label, title, text, content, expected):
    assert speaker_of(enrich(text, title=title), content, label) == expected, label


@pytest.mark.parametrize("label,text,absent", NO_QUOTE_CASES, ids=[c[0] for c in NO_QUOTE_CASES])
def test_round15_no_quote(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


@pytest.mark.parametrize("label,text,content,expected", TOPIC_CASES, ids=[c[0] for c in TOPIC_CASES])
def test_round15_topics(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
