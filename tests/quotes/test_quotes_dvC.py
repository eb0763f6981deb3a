"""Helper dvC (twenty-fifth session, second round) table tests for the rules made after the blind quotes-dev7 score:
- a fronted "О + NP" topic whose verb's nominative subject the parse hung on the topic ("О назначении
  консерватора Джереми Ханта Тереза Мэй объявила …");
- a trailing frame after a fronted embedded question ("О том, каким должно быть …, рассказала X") names a topic only;
- "по некоторым (одним, другим) сообщениям X": a quantifying determiner before the frame noun;
- owners coordinated in an according-to frame ("по сообщениям очевидцев и СМИ, …") belong to the frame;
- "К такому выводу пришли X": reaching the conclusion of the sentence before states it;
- irony verbs as cues ("– иронизирует lina.rod2018");
- the gender of a short adjective or participle predicate ("Британский премьер уверена") picks the role holder;
- a leading speakerless "По предварительным (одним, некоторым) данным / По уточненной информации, …" frame
  (quotes-dev6 lead's decision: a report with speaker null);
- a cue whose own subject is "я" gives no quote of its clause (nested in someone's quotation);
- a bare "Согласно документу (письму, постановлению), …" points back to the document the sentences before named;
- "рассказал о рекомендациях / причинах / особенностях …" names a topic only.
Made-up sentences; guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("fronted topic, the subject hung on the topic's genitive noun",
     "Назначение\n\nНовым главой ведомства назначен Иван Петров. О назначении 45-летнего экономиста Ивана Петрова "
     "на должность главы российского Минфина Анна Сидорова объявила вечером 9 июля.",
     "назначении 45-летнего экономиста Ивана Петрова на должность главы российского Минфина", "Анна Сидорова"),
    ("guard: the same topic parsed with its subject keeps it",
     "Назначение\n\nНовым главой ведомства назначен Иван Петров. О назначении 45-летнего экономиста Ивана Петрова "
     "на должность министра Анна Сидорова объявила вечером в среду.",
     "назначении 45-летнего экономиста Ивана Петрова на должность министра", "Анна Сидорова"),
    ("guard: a fronted topic with a parsed subject is unchanged",
     "Отставка\n\nОб отставке правительства премьер-министр Иван Петров заявил в понедельник вечером.",
     "отставке правительства", "Иван Петров"),
    ("guard: 'О том, что X, рассказала Y' still gives X",
     "Питание\n\nО том, что питание после болезни должно быть легким, рассказала врач-терапевт Анна Сидорова.",
     "питание после болезни должно быть легким", "Анна Сидорова"),
    ("'по некоторым сообщениям X': a determiner before the frame noun",
     "Протесты\n\nПо некоторым сообщениям очевидцев, полиция применила слезоточивый газ.",
     "полиция применила слезоточивый газ", "очевидцы"),
    ("coordinated owners of the frame stay out of the content",
     "Протесты\n\nПо сообщениям очевидцев и журналистов, полиция применила слезоточивый газ.",
     # (mF33) the two groups are one speaker, as quotes-dev7 keeps «очевидцев и СМИ» and gold/quotes «блоггеров и СМИ»
     "полиция применила слезоточивый газ", "очевидцы и журналисты"),
    ("guard: 'по его словам' keeps its possessive owner",
     "Протесты\n\nНа месте работал Иван Петров. По его словам, полиция применила слезоточивый газ.",
     "полиция применила слезоточивый газ", "Иван Петров"),
    ("guard: a conjunct after the frame's comma is the content's, not an owner",
     "Выборы\n\nПо словам Ивана Петрова, партии «Родина» и НДР («Наш дом») борются за одних и тех же избирателей.",
     "партии «Родина» и НДР («Наш дом») борются за одних и тех же избирателей", "Иван Петров"),
    ("'К такому выводу пришли X': the sentence before is the conclusion",
     "Здоровье\n\nКаждый восьмой пациент страдает от неврологических заболеваний. К такому выводу пришли авторы "
     "исследования Оксфордского университета.",
     "Каждый восьмой пациент страдает от неврологических заболеваний", "авторы исследования Оксфордского университета"),
    ("'К этому выводу пришел X' with a person",
     "Здоровье\n\nКаждый восьмой пациент страдает от неврологических заболеваний. К этому выводу пришел профессор "
     "Иван Петров.",
     "Каждый восьмой пациент страдает от неврологических заболеваний", "Иван Петров"),
    ("a short adjective's gender tells which holder of a role speaks ('премьер уверена')",
     "Отставка\n\nГлава МИД страны Иван Петров покидает правительство. Об отставке Петрова говорится в заявлении "
     "правительства. «Сегодня премьер-министр приняла отставку Ивана Петрова. Премьер-министр благодарит его за "
     "работу», цитирует агентство заявление. На прошлой неделе премьер-министр страны Анна Сидорова пригрозила уволить "
     "Ивана Петрова. Заявление премьера было сделано 7 июля. Речь идет о документе по реформе. Он предлагает создание "
     "зоны свободной торговли. Британский премьер уверена, что этот план отвечает интересам жителей страны.",
     "этот план отвечает интересам жителей страны", "Анна Сидорова"),
    ("guard: a masculine short adjective keeps the man",
     "Отставка\n\nГлава МИД страны Иван Петров покидает правительство. На прошлой неделе премьер-министр страны Анна "
     "Сидорова пригрозила уволить Ивана Петрова. Речь идет о документе по реформе. Министр уверен, что этот план "
     "отвечает интересам жителей страны.",
     "этот план отвечает интересам жителей страны", "Иван Петров"),
    ("a speakerless 'По предварительным данным, …' is a report by no one named",
     "Авария\n\nСамолет разбился при посадке. По предварительным данным, все находившиеся на борту люди погибли.",
     "все находившиеся на борту люди погибли", None),
    ("'По одним данным, …' likewise",
     "Авария\n\nПоступают противоречивые сведения. По одним данным, речь идет о 15 пассажирах.",
     "речь идет о 15 пассажирах", None),
    ("'По уточненной информации, …' likewise",
     "Авария\n\nПоступают противоречивые сведения. По уточненной информации, на борту находилось 22 человека.",
     "на борту находилось 22 человека", None),
    ("guard: a possessive owner still speaks",
     "Авария\n\nНа месте работал спасатель Иван Петров. По его данным, на борту находилось 22 человека.",
     "на борту находилось 22 человека", "Иван Петров"),
    ("first-person words with a trailing frame: one quote, the framer's (the nested clause no longer competes)",
     "Концерт\n\nПоклонники оставили комментарии. Я считаю, что концерт надо отменить, написала Анна Сидорова.",
     "Я считаю, что концерт надо отменить", "Анна Сидорова"),
    ("a bare 'Согласно документу' points back to the letter and its author",
     "Вакцины\n\nЕвросоюз может ограничить экспорт вакцины. Об этом сообщает газета «Вести» со ссылкой на письмо "
     "главы Еврокомиссии Анны Сидоровой.\n\nСогласно документу, в Брюсселе рассматривают неотложные меры.",
     "в Брюсселе рассматривают неотложные меры", "Анна Сидорова"),
    ("a bare 'Согласно документу' after the issuer's verb: the issuer",
     "Ограничения\n\nГубернатор Иван Петров подписал постановление о снятии ограничений. Согласно документу, с 1 июня "
     "откроются кафе и рестораны.",
     "с 1 июня откроются кафе и рестораны", "Иван Петров"),
    ("guard: an event topic is still reported ('сообщил о продаже …')",
     "Завод\n\nДиректор компании Иван Петров сообщил о продаже завода в Твери крупному инвестору из Москвы.",
     "продаже завода в Твери крупному инвестору из Москвы", "Иван Петров"),
    ("an irony verb closes a direct quote by a user's handle",
     "Видео\n\nПользователи оставили комментарии.\n\n«Какой ужас, а ведь ей уже тридцать лет», – иронизирует "
     "lina.rod2018.",
     "Какой ужас, а ведь ей уже тридцать лет", "lina.rod2018"),
]

# (mechanism, text, a string no quote may contain)
ABSENT = [
    ("fronted embedded question before a trailing frame names a topic",
     "Питание\n\nО том, каким должно быть питание после болезни, рассказала врач-терапевт Анна Сидорова.",
     "каким должно быть питание"),
    ("fronted 'О том, как …' likewise",
     "Прививка\n\nО том, как правильно подготовиться к прививке, рассказал главный врач Иван Петров.",
     "как правильно подготовиться"),
    ("guard for the conclusion frame: a future conclusion is no statement",
     "Здоровье\n\nКаждый восьмой пациент страдает от неврологических заболеваний. К такому выводу, возможно, "
     "придут эксперты.", "Каждый восьмой пациент"),
    ("guard for the conclusion frame: a negated one is no statement",
     "Здоровье\n\nКаждый восьмой пациент страдает от неврологических заболеваний. К такому выводу эксперты "
     "не пришли.", "Каждый восьмой пациент"),
    # (mC28) the row "a first-person clause inside a quotation with unbalanced marks is no report of its own"
    # moved to test_quotes_mC28.py: the clause is now inside the one direct quote (its « shared with the name)
    ("guard for the speakerless frame: 'по итогам' is no report noun",
     "Встреча\n\nПо итогам переговоров, стороны подписали соглашение о сотрудничестве.",
     "стороны подписали соглашение"),
    ("guard for the speakerless frame: the noun needs a modifier (a bare 'По данным,' lost its owner)",
     "Авария\n\nПо данным, на борту находилось 22 человека.", "на борту находилось 22 человека"),
    ("guard for 'Согласно документу': no document before it, no speaker to invent",
     "Кафе\n\nВ городе весь день шел дождь. Согласно документу, с 1 июня откроются кафе и рестораны.",
     "с 1 июня откроются кафе и рестораны"),
    ("'рассказал о рекомендациях …' names a topic only",
     "Прививки\n\nСотрудник института эпидемиологии Иван Петров рассказал о рекомендациях для пожилых людей перед "
     "вакцинацией.", "рекомендациях для пожилых"),
    ("'сообщила о причинах …' names a topic only",
     "Трагедия\n\nОдна из участниц шоу Анна Сидорова сообщила о причинах трагедии на съемочной площадке.",
     "причинах трагедии"),
    ("guard for the misparsed subject: a thing after the topic is no speaker",
     "Погода\n\nО приближении сильного шторма к побережью Флориды свидетельствуют спутниковые снимки.",
     "приближении сильного шторма"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_dvc(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


@pytest.mark.parametrize("label,text,absent", ABSENT, ids=[c[0] for c in ABSENT])
def test_no_quote_dvc(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)
