"""Round 34 table tests, made-up sentences (mechanisms counted over the design slots 1-250 of a
fresh draw of SlavicNER, RuNormAS, NEREL and factRuEval documents):
- a title's person description opening with adjectives ("Украинская певица обвинила …") is the
  body's person introduced with the same noun and adjectives ("Украинская певица Оля Полякова");
- a name written as an initial and a surname ("С. Сквярнялис") is the one person of the document
  with that surname whose first name has that initial;
- a name inside a plural person noun's own phrase ("источники газеты Handelsblatt", "послы США в
  Германии и Дании") is no referent of "они"/"их" apart from that group; "по словам послов" names
  the group that speaks;
- a frame's subject, or its "в ORG" place, before the cue that the parse hung on the verb of the
  что-clause after the cue is the cue's own."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, title, text, content of the quote, expected speaker name; None = unknown)
CASES = [
    ("a title description with an adjective, the body naming two persons",
     "Украинская певица обвинила коллегу в плагиате",
     "Украинская певица Оля Полякова заявила, что российская исполнительница Ольга Бузова скопировала ее ролик.",
     "коллегу в плагиате", "Оля Полякова"),
    ("a title description with an adjective, another person in the body's first sentence",
     "Российский хоккеист обвинил тренера в провале",
     "Российский хоккеист Илья Ковальчук заявил, что тренер сборной Олег Знарок ошибся с составом.",
     "тренера в провале", "Илья Ковальчук"),
    ("a title description with an adjective, the body repeating it before the name",
     "Британский певец обвинил продюсера в обмане",
     "Британский певец Джон Смит заявил, что продюсер Анна Белова скрыла от него доходы.",
     "продюсера в обмане", "Джон Смит"),
    ("guard: the body's person has another adjective",
     "Британский певец обвинил продюсера в обмане",
     "Американский певец Джон Смит заявил, что продюсер Анна Белова скрыла от него доходы.",
     "продюсера в обмане", "Британский певец"),
    ("an initial and a surname after the full name",
     "",
     "Министр финансов Алексей Кудрин сообщил, что проект одобрен. Как сообщил А. Кудрин, "
     "«предусматривается регистрация новых предприятий».",
     "предусматривается регистрация новых предприятий", "Алексей Кудрин"),
    ("an initial and a surname in a dash frame",
     "",
     "Литовский премьер-министр Саулюс Сквярнялис говорит, что решение выглядело бы странно.\n\n"
     "«Сейчас договоры сошли на нет», – сказал С. Сквярнялис.",
     "Сейчас договоры сошли на нет", "Саулюс Сквярнялис"),
    ("guard: an initial and a surname of no one named in full",
     "",
     "Глава МИД Сергей Лавров заявил, что переговоры продолжатся.\n\n«Мы готовы к диалогу», – сказал В. Петров.",
     "Мы готовы к диалогу", "В. Петров"),
    ("'их' after unnamed sources of a newspaper",
     "",
     "Газопровод строит компания из России. Об этом сообщают источники газеты Handelsblatt. "
     "По их словам, под ограничения может попасть компания Allseas.",
     "под ограничения может попасть компания Allseas", None),
    ("'они' after a group whose phrase names the countries",
     "",
     "Авторами статьи выступили послы США в Германии и Дании. Они пишут, что ЕС должен пересмотреть свой "
     "энергетический пакет.",
     "ЕС должен пересмотреть свой энергетический пакет", "послы США"),
    ("'они' after 'по словам послов'",
     "",
     "Послы США в Германии и Дании написали статью.\n\nПо словам послов, газопровод является не просто проектом "
     "для поставки газа в Европу. Он также служит для распространения влияния России, считают они.",
     "Он также служит для распространения влияния России", "послы"),
    ("guard: a named group of a newspaper's staff stays itself",
     "",
     "Об этом сообщают сотрудники газеты Handelsblatt. По их словам, под ограничения может попасть компания Allseas.",
     "под ограничения может попасть компания Allseas", "сотрудники газеты Handelsblatt"),
    ("guard: a group of fans after a named person",
     "",
     "Фото возмутило поклонников певицы. Они заявили, что снимок отредактирован.",
     "снимок отредактирован", "поклонники певицы"),
    ("a subject before the cue hung on the content's verb",
     "",
     "Как отмечает NEWSru.com, Израиль уже не первый раз меняет своё решение. Изначально визит Нетаньяху в "
     "Вашингтон был под большим вопросом. Теперь же канцелярия правительства Израиля сообщает о том, что вместо "
     "Нетаньяху Иерусалим будет представлять на саммите министр по делам разведки Дан Меридор.",
     "вместо Нетаньяху Иерусалим будет представлять на саммите министр по делам разведки Дан Меридор",
     "правительство Израиля"),
    ("an office ('в канцелярии') before the cue hung on the content's verb",
     "",
     "Отставка министра — хороший знак для России, сказал политолог Владимир Васильев в понедельник. Днем в "
     "понедельник в канцелярии премьер-министра Великобритании Терезы Мэй сообщили, что министр иностранных "
     "дел Борис Джонсон подал заявление об отставке.",
     "министр иностранных дел Борис Джонсон подал заявление об отставке", "Тереза Мэй"),
]


@pytest.mark.parametrize("label,title,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_round34(enrich, label, title, text, content, expected):
    assert speaker_of(enrich(text, title=title), content, label) == expected, label
