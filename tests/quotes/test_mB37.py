"""(mB37) Review cr37's findings on dR37b's work makers (quotes/work_makers.py), the reviewer's made-up
inputs (/tmp/cr37/t*), each with the answer the old code gave (or, where the mend finds the right body, that
body):
F4  a person the text makes the author of a publication ("написал политолог Иван Петров", "колонку бывшего
    посла … Тони Брентона") keeps the outlet out;
F9  an outlet cited as a news source ("Об этом сообщает ТАСС", "Как сообщает РИА Новости") or the wire's name
    between slashes ("ВАШИНГТОН, 5 мая. /ТАСС/.") is no publication's author;
F12 an outlet that published another's work ("письмо ученых", "Доклад Amnesty International") is not its author;
F5  "экспертное заключение" is no expert study, and experts the story met after the report are not its;
F6  experts of another body named since stop the propagation of the report's owner;
F7  a producer is not the developer; F16 a second producer named since is the later "производитель";
F8  a bare "разработчики" after a new thing came out, and an author the text names as a person;
F15 a person who made the work keeps the body out; D8 the report's own experts named with their body;
D7  a Cyrillic channel word loses its sentence-initial capital in the completed phrase."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (finding: what, title, text, content of the quote, expected speaker name)
CASES = [
    ("F4: a person wrote the article for the journal",
     "Статья о выборах",
     "Статью для журнала Foreign Affairs написал политолог Иван Петров. Он анализирует итоги выборов в Европе.\n\n"
     "«Популисты теряют поддержку», – отмечает автор статьи.",
     "Популисты теряют поддержку", "автор статьи"),
    ("F4: the outlet printed a named ambassador's column",
     "Колонка посла",
     "Издание The Guardian опубликовало колонку бывшего посла Великобритании в России Тони Брентона о санкциях.\n\n"
     "«Санкции не изменят политику Кремля», – пишет автор статьи.",
     "Санкции не изменят политику Кремля", "автор статьи"),
    ("F9: an outlet cited as a news source is no author",
     "Выборы",
     "Об этом сообщает ТАСС. Накануне в соцсетях появилась статья неизвестного автора о фальсификациях на выборах.\n\n"
     "«Голоса были подсчитаны неверно», – утверждает автор статьи.",
     "Голоса были подсчитаны неверно", "автор статьи"),
    ("F9: the wire between slashes is a dateline",
     "Статья",
     "ВАШИНГТОН, 5 мая. /ТАСС/. В интернете появилась анонимная статья о подготовке к выборам в США.\n\n"
     "«Демократы проиграют выборы», – пишет автор статьи.",
     "Демократы проиграют выборы", "автор статьи"),
    ("F9: the outlet of 'Как сообщает' is a source, the journal that published is the author",
     "Санкции",
     "Как сообщает РИА Новости, американский журнал Time опубликовал статью о санкциях.\n\n"
     "«Санкции бьют по Европе», – считает автор публикации.",
     "Санкции бьют по Европе", "Time"),
    ("F12: a newspaper that published an open letter is not its author",
     "Письмо ученых",
     "Открытое письмо ученых против реформы РАН опубликовала «Новая газета». Его подписали более 300 человек.\n\n"
     "«Реформа уничтожит науку», – пишут авторы письма.",
     "Реформа уничтожит науку", "авторы письма"),
    ("F12: a report with a genitive owner of its own is not the newspaper's that published it",
     "Доклад",
     "Доклад Amnesty International о пытках опубликовала газета The Guardian.\n\n"
     "«Пытки стали системой», – отмечают авторы доклада.",
     "Пытки стали системой", "авторы доклада"),
    ("F5: an expert conclusion of a regulator is not an expert study",
     "Экология",
     "Согласно экспертному заключению Роспотребнадзора, вода в реке безопасна. Однако жители сомневаются в этом.\n\n"
     "«Вода в реке по-прежнему грязная», – считают эксперты.",
     "Вода в реке по-прежнему грязная", "эксперты"),
    ("F5: experts the story met after the report",
     "Доклад",
     "В экспертном докладе ЦПК говорится, что губернатор сохраняет рейтинг.\n\n"
     "Губернатор Иван Петров встретился с экспертами и журналистами. "
     "«Мы обсудили планы развития региона», – рассказали эксперты после встречи.",
     "Мы обсудили планы развития региона", "эксперты"),
    ("F6: experts of another body named after the report's",
     "Выборы губернатора",
     "В экспертном докладе ЦПК говорится, что губернатор сохраняет высокий рейтинг. "
     "«Позиции губернатора устойчивы», – отмечают эксперты.\n\n"
     "Эксперты Высшей школы экономики придерживаются иного мнения. Они провели собственный опрос.\n\n"
     "«Рейтинг губернатора падает», – считают эксперты.",
     "Рейтинг губернатора падает", "эксперты"),
    ("F7: the developer is not the producer",
     "Вакцина",
     "Вакцину «Спутник V» разработал Центр имени Гамалеи. Ее выпуск наладила компания «Генериум».\n\n"
     "«Мы выпустим миллион доз до конца года», – сообщил производитель вакцины.",
     "Мы выпустим миллион доз до конца года", "производитель вакцины"),
    ("F16: a second producer named before the second 'производитель'",
     "Вакцины",
     "Вакцину «Спутник V» разработал Центр имени Гамалеи.\n\n"
     "«Вакцина эффективна», – заявил производитель вакцины.\n\n"
     "Компания Pfizer произвела вакцину Comirnaty.\n\n"
     "«Наша вакцина безопасна», – заявил производитель вакцины.",
     "Наша вакцина безопасна", "Pfizer"),
    ("F8: bare 'разработчики' after a new thing came out",
     "Игры",
     "Игру Half-Life создала компания Valve. Недавно вышел новый мессенджер для геймеров.\n\n"
     "«Мы хотим объединить игроков», – говорят разработчики.",
     "Мы хотим объединить игроков", "разработчики"),
    ("F8: the report's author named as a person",
     "Доклад",
     "Доклад о бедности подготовил Всемирный банк. Его автором стал экономист Иван Петров.\n\n"
     "«Бедность в мире растет», – отмечает автор доклада.",
     "Бедность в мире растет", "автор доклада"),
    ("F15: a person developed the sequel",
     "Игра",
     "Компания Valve создала игру Half-Life. Ее продолжение разработал независимый программист Иван Петров.\n\n"
     "«Я работал над игрой пять лет», – рассказал разработчик игры.",
     # (mB40: the described subject with a name apposed is the named person, no longer its whole phrase)
     "Я работал над игрой пять лет", "Иван Петров"),
    ("D8: the report's own experts named with their body",
     "Доклад",
     "Эксперты ЦПК подготовили экспертный доклад о губернаторах. "
     "В экспертном докладе ЦПК говорится, что губернатор сохраняет рейтинг.\n\n"
     "«Позиции губернатора устойчивы», – отмечают эксперты.",
     "Позиции губернатора устойчивы", "ЦПК"),
    ("D7: a Cyrillic channel word loses its capital mid-phrase",
     "Телеграм",
     "Телеграм-канал «Записки туриста» опубликовал фотографии из Грузии.\n\n"
     "«Грузия — лучшая страна для туризма», – пишет автор канала.",
     "Грузия — лучшая страна для туризма", "автор телеграм-канала «Записки туриста»"),

]


@pytest.mark.parametrize("label,title,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_mB37(enrich, label, title, text, content, expected):
    assert speaker_of(enrich(text, title=title), content, label) == expected, label
