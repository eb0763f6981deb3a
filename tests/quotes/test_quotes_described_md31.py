"""Speakers named by a description the article resolves elsewhere (helper mD31): a person quoted just
before and described anew ("— добавил Пиот. … — сказал советник главы Еврокомиссии"), and an owner
noun with a generic organisation noun ("руководство компании", "Уполномоченный лоукостера") that the
article's own company completes.  Made-up sentences; each case names its mechanism."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name)
FOUND = [
    ("a description with a complement of its own names the person quoted just before, introduced with its noun",
     "На брифинге выступили глава комиссии Анна Смирнова и ее специальный советник, экономист Олег Сидоров. "
     "«Рост цен замедлится к осени», — сказал Сидоров. Он сообщил, что проверка продолжается. «Мы готовы к "
     "любому сценарию», — добавил советник главы Еврокомиссии.",
     "Мы готовы к любому сценарию", "Олег Сидоров"),
    ("a generic post of the person quoted just before ('Глава региона' after the acting head)",
     "Временно исполняющий обязанности главы области Иван Петров объявил о новом конкурсе. «Нам нужны "
     "молодые кадры», – написал Петров в своем блоге. Глава региона пояснил, что конкурс продлится месяц.",
     "конкурс продлится месяц", "Иван Петров"),
    ("a one-word post is given by its spelt-out head ('зампред' of one introduced as 'заместитель председателя')",
     "Заместитель председателя Совета безопасности Иван Петров выступил в среду. «Кризис неизбежен», — считает "
     "Петров. «Готовиться надо уже сейчас», — предупредил зампред Совбеза.",
     "Готовиться надо уже сейчас", "Иван Петров"),
    ("an owner noun with a trade descriptor names the story's company",
     "Ирландская авиакомпания SkyJet отменила 40 рейсов. Пассажирам SkyJet предложили замену. "
     "Профсоюз пилотов потребовал повысить зарплаты, сообщает газета «Вечер». "
     "Уполномоченный лоукостера назвал забастовку ненужной и заявил, что компания готова к переговорам.",
     "компания готова к переговорам", "представитель SkyJet"),
    ("a generic noun owned by a staff noun is the organisation the actor layer linked it to, other ones in view",
     "Компания SkyJet отменяет около 200 рейсов в шести странах, проинформировали в программе Новости «24 часа» "
     "на СТВ. В то же время руководство компании рассчитывает, что большинство сотрудников выйдет на работу.",
     "большинство сотрудников выйдет на работу", "руководство SkyJet"),
    ("'уполномоченный' of a named organisation is its representative",
     "Уполномоченный SkyJet заявил, что забастовка незаконна.",
     "забастовка незаконна", "представитель SkyJet"),
]

# (mechanism, text, content, speaker that must not be given)
NOT_GIVEN = [
    ("a relative of the one just quoted is someone else",
     "Футболист Олег Сидоров и его супруга Анна дали интервью. «Мы не сдадимся», — сказал Сидоров. "
     "«Все это несправедливо», — заявила супруга футболиста.",
     "Все это несправедливо", "Олег Сидоров"),
    ("a description with a noun the quoted person was never given is someone new",
     "«Бюджет будет сбалансирован», — сказал министр финансов Иван Петров. «Дефицит сократится», — добавил "
     "советник министра.",
     "Дефицит сократится", "Иван Петров"),
    ("'уполномоченный по правам человека' is a post of its own, no organisation's representative",
     "Уполномоченный по правам человека заявил, что жалоб стало меньше.",
     "жалоб стало меньше", "представитель по правам человека"),
]


@pytest.mark.parametrize("mechanism,text,content,speaker", FOUND, ids=[c[0] for c in FOUND])
def test_found(enrich, mechanism, text, content, speaker):
    assert speaker_of(enrich(text), content, mechanism) == speaker, mechanism


@pytest.mark.parametrize("mechanism,text,content,speaker", NOT_GIVEN, ids=[c[0] for c in NOT_GIVEN])
def test_not_given(enrich, mechanism, text, content, speaker):
    assert speaker_of(enrich(text), content, mechanism) != speaker, mechanism
