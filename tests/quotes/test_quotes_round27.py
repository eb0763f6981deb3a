"""Round 27 table tests, made-up sentences (classes counted over 250 unread SlavicNER, RuNormAS,
NEREL and factRuEval documents): speaker naming.  An unnamed source ("неназванный представитель")
is `unknown`; a place in the genitive of a person noun or of a news agency is not the speaker
("канцелярия губернатора Омской области" speaks for the governor, "агентство новостей Чили" is
the agency); an inflected name after a role noun is its owner ("Адвокат Асии Биби"); nicknames
and handles as written ("пользователь с ником zebra", a bare "пользователь" after "@kotik_77", a
lower-case Latin word closing a subjectless frame); a title "Эксперт:" is the one person the body
quotes; "телекомпания", "издание" refer back to the outlet (also one NER typed ORG whose Latin name
says it is one); conjoined adjectives stay in a name; subjects coordinated before a plural verb
speak together; a "-ся" cue keeps its subject; a spokesperson is not the minister named last; a
post's place between the post and its holder."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, title, text, content of the quote, expected speaker name; None = unknown)
CASES = [
    ("unnamed: 'со ссылкой на неназванного представителя' is an anonymous source",
     "",
     'Со ссылкой на неназванного представителя министерства газета «Вечерний курьер» сообщает, что завод '
     'закроют.',
     'завод закроют', None),
    ("unnamed: 'неназванные дипломаты' are anonymous",
     "",
     'Как сообщили неназванные европейские дипломаты, переговоры сорваны.',
     'переговоры сорваны', None),
    ("guard: a named institution's representative stays a description",
     "",
     'Представитель министерства сообщил, что завод закроют.',
     'завод закроют', 'Представитель министерства'),
    ('an office of a governor speaks for the governor, not for the region',
     "",
     'Министр Игорь Лапин ушел в отставку. Об этом сообщила канцелярия губернатора Омской области.',
     'Министр Игорь Лапин ушел в отставку', 'губернатор Омской области'),
    ('a country in the genitive owns the news agency, it does not name it',
     "",
     'По данным национального агентства новостей Чили, протестующие перекрыли дороги.',
     'протестующие перекрыли дороги', 'национальное агентство новостей Чили'),
    ("guard: 'агентство Reuters' is Reuters",
     "",
     'Как сообщает агентство Reuters, протестующие перекрыли дороги.',
     'протестующие перекрыли дороги', 'Reuters'),
    ("a greeting of a governor is the governor's, not the region's",
     "",
     'В поздравлении губернатора Омской области говорится, что школа получит новый корпус.',
     'школа получит новый корпус', 'губернатор Омской области'),
    ("a nickname after 'пользователь с ником' is the speaker",
     "",
     '«Я с Марса», – пошутил пользователь с ником zebra.',
     'Я с Марса', 'zebra'),
    ("a bare 'пользователь' right after a handle's quote is that handle",
     "",
     'Зрители спорят о сериале. «Сериал отличный», – пишет @kotik_77. При этом пользователь отметил, что '
     'финал затянут.',
     'финал затянут', '@kotik_77'),
    ("guard: a bare 'пользователь' after a named person stays a user",
     "",
     'Зрители спорят о сериале. «Сериал отличный», – пишет Анна Белова. При этом пользователь отметил, '
     'что финал затянут.',
     'финал затянут', 'пользователь'),
    ("a title 'Эксперт:' is the one person the body quotes",
     'Эксперт: цены на жильё вырастут',
     'Минстрой подготовил прогноз. «Спрос растёт, а предложение падает», – считает аналитик компании '
     '«Метр» Игорь Лапин. «Ипотека подорожает», – добавил Лапин.',
     'цены на жильё вырастут', 'Игорь Лапин'),
    ("guard: a title 'Эксперт:' with two people quoted in the body stays a description",
     'Эксперт: цены на жильё вырастут',
     '«Спрос растёт», – считает аналитик Игорь Лапин. «Ипотека подорожает», – добавил экономист Петр '
     'Сомов.',
     'цены на жильё вырастут', 'Эксперт'),
    ("'телекомпания' refers back to the TV outlet that reported",
     "",
     'Забастовка началась утром. Об этом сообщает НТВ. По данным телекомпании, отменены сто рейсов.',
     'отменены сто рейсов', 'НТВ'),
    ("an organisation whose Latin name says it is an outlet is what 'издание' refers back to",
     "",
     'Правительство готовит новый альянс, пишет Northern Defence News. Со ссылкой на неназванного '
     'чиновника издание сообщает, что в союз войдут пять стран. Издание отмечает, что о создании альянса '
     'объявят в октябре.',
     'о создании альянса объявят в октябре', 'Northern Defence News'),
    ("conjoined adjectives of a dependent stay in the speaker's name",
     "",
     'Пилоты датского, шведского и норвежского подразделений перевозчика заявили, что начнут забастовку.',
     'начнут забастовку', 'Пилоты датского, шведского и норвежского подразделений перевозчика'),
    ('subjects coordinated before a plural verb speak together',
     "",
     'Игорь Лапин и Павел Сомов заявили, что не согласны с решением.',
     'не согласны с решением', 'Игорь Лапин и Павел Сомов'),
    ('guard: one subject',
     "",
     'Игорь Лапин заявил, что не согласен с решением.',
     'не согласен с решением', 'Игорь Лапин'),
    ("a '-ся' cue the tagger calls passive keeps its named subject",
     "",
     'Певец Игорь Лапин дал концерт. Лапин признавался друзьям, что устал от гастролей.',
     'устал от гастролей', 'Игорь Лапин'),
    ('a spokesperson of an institution is not the minister named last',
     'Глава МИД Лапин подал в отставку',
     'Лондон: В понедельник министр иностранных дел Игорь Лапин подал в отставку из-за плана по реформе. '
     'Лапин стал третьим чиновником страны, который подал в отставку за сутки. Отмечено, что Лапин пришел '
     'к компромиссу с кабинетом, однако после консультаций он решил покинуть свою должность. «Сегодня '
     'днем премьер-министр принял отставку Игоря Лапина. Премьер-министр благодарит Игоря за его работу», '
     '- отметил пресс-секретарь Даунинг-стрит.',
     'Сегодня днем премьер-министр принял отставку Игоря Лапина. Премьер-министр благодарит Игоря за его '
     'работу', 'пресс-секретарь Даунинг-стрит'),
    ('guard: a spokesperson introduced by name is that person',
     "",
     'Пресс-секретарь правительства Анна Белова провела брифинг. «Премьер благодарит министра за работу», '
     '– отметила пресс-секретарь.',
     'Премьер благодарит министра за работу', 'Анна Белова'),
    ("a post's place between the post and its holder: the holder",
     "",
     'По мнению полпреда президента РФ в округе Виктора Лапина, часовых поясов должно быть два.',
     'часовых поясов должно быть два', 'Виктор Лапин'),
    ('a lower-case Latin word closing a subjectless frame is a handle',
     "",
     'Фанаты обсуждают новый клип. «Отличный образ», – придумал подпись к фото zebra.',
     'Отличный образ', 'zebra'),
    ('the lawyer of a woman named in the genitive is not that woman',
     "",
     'Суд оправдал христианку Асию Биби. Адвокат Асии Биби заявил, что его подзащитная уедет из страны.',
     'его подзащитная уедет из страны', 'Адвокат Асии Биби'),
]


@pytest.mark.parametrize("label,title,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_round27(enrich, label, title, text, content, expected):
    assert speaker_of(enrich(text, title=title), content, label) == expected, label
