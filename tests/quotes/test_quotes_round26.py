"""Round 26 table tests, made-up sentences (classes read on unread RuNormAS and NEREL news):
a subjectless present-tense frame whose place is "свой" ("пишет на своей странице") is the
person the text is about, not an organisation named in that person's title; "экс-депутат"
and "бывший депутат" are one description, so either refers back to a person introduced
with the other; a bare "эксперт" after a long quote is the person quoted just before,
counted from where the quoted words began and not stopped by a name inside them; a headline
"Глава <города> заявила" is the body's person introduced with a post of that same complement."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name)
QUOTED = [
    ("a subjectless 'пишет на своей странице' is the person, not an outlet of her title",
     "Главный редактор газеты «Факел» и агентства «Луч» Ольга Миронова прокомментировала новую выставку. "
     "«Художник из Парижа удивил всех», – пишет на своей странице в Instagram.",
     "Художник из Парижа удивил всех", "Ольга Миронова"),
    ("a subjectless 'отмечает в своем блоге' is the person just introduced",
     "Главный редактор газеты «Факел» Игорь Лапин прокомментировал новую выставку. "
     "«Художник из Парижа удивил всех», – отмечает в своем блоге.",
     "Художник из Парижа удивил всех", "Игорь Лапин"),
    ("guard: an organisation as the subject after the person keeps the old reading (no person)",
     "Игорь Лапин возглавил совет директоров. Агентство «Луч» опубликовало отчёт о его работе. "
     "«Цены выросли», – пишет на своем сайте.",
     "Цены выросли", "Луч"),
    ("guard: a frame with its own subject is that subject's",
     "Агентство «Луч» опубликовало отчёт. «Цены выросли», – пишет на своей странице агентство.",
     "Цены выросли", "Агентство «Луч»"),
    ("guard: a name after the place is the postposed subject the parse may lose",
     "Адвокат Игорь Лапин сообщил, что клиентка на свободе. Между тем, как передает на своем сайте "
     "The Daily Mail, крупнейшая газета страны, клиентку сопровождал посол.",
     "клиентку сопровождал посол", "Daily Mail"),
    ("'бывший депутат' refers back to one introduced as 'экс-депутат'",
     "Экс-депутат Городской думы Ольга Миронова и бывший мэр Петр Сомов поспорили в студии. "
     "Бывший депутат закричала: «Где отчёт?»",
     "Где отчёт?", "Ольга Миронова"),
    ("'экс-депутат' refers back to one introduced as 'бывший депутат'",
     "Бывший депутат Городской думы Ольга Миронова и бывший мэр Петр Сомов поспорили в студии. "
     "Экс-депутат закричала: «Где отчёт?»",
     "Где отчёт?", "Ольга Миронова"),
    ("guard: 'бывший министр' and its name as before",
     "Бывший министр финансов Игорь Лапин и экс-губернатор Петр Сомов поспорили в студии. "
     "Бывший министр закричал: «Где отчёт?»",
     "Где отчёт?", "Игорь Лапин"),
    ("a bare 'эксперт' after a long quote naming another man is the one quoted before",
     "«Рынок растёт», – заявил газете «Факел» экономист Игорь Лапин. «Спрос на жильё высокий. С точки зрения "
     "Сомова, цены упадут. Но это не так. Банки дают ипотеку. Люди покупают квартиры. Строители не успевают», "
     "– считает эксперт.",
     "Спрос на жильё высокий. С точки зрения Сомова, цены упадут. Но это не так. Банки дают ипотеку. "
     "Люди покупают квартиры. Строители не успевают", "Игорь Лапин"),
    ("guard: a person named between the quotes (outside them) stops the bare 'эксперт'",
     "«Рынок растёт», – заявил газете «Факел» экономист Игорь Лапин. Министр Петр Сомов с ним не согласен. "
     "«Спрос на жильё высокий», – считает эксперт.",
     "Спрос на жильё высокий", "эксперт"),
]



# (mechanism, title, text, content of the title quote, expected speaker name)
TITLED = [
    ("a headline 'Глава <города>' is the body's person holding a post of that city",
     "Глава Тулы заявила о давлении со стороны подрядчика",
     "Губернатор области Петр Сомов встретился с подрядчиком. Мэр Тулы Ольга Миронова сообщила в соцсетях, "
     "что подрядчик требует отозвать иск.",
     "давлении со стороны подрядчика", "Ольга Миронова"),
    ("guard: a resident of the city holds no post there",
     "Глава Тулы заявила о давлении со стороны подрядчика",
     "Жительница Тулы Ольга Миронова сообщила в соцсетях, что подрядчик требует отозвать иск.",
     "давлении со стороны подрядчика", "Глава Тулы"),
]


@pytest.mark.parametrize("label,title,text,content,expected", TITLED, ids=[c[0] for c in TITLED])
def test_round26_titled(enrich, label, title, text, content, expected):
    assert speaker_of(enrich(text, title=title), content, label) == expected, label


@pytest.mark.parametrize("label,text,content,expected", QUOTED, ids=[c[0] for c in QUOTED])
def test_round26_quoted(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
