"""mQ34 table tests: speakers the design sets quotes-dev14 and -dev15 name and the system named
otherwise, by construction (sentences made up after the design documents):
1. a bare post noun is the holder of that post named last ("губернатор Камчатского края Владимир
   Солодов … Губернатор высказал мнение"), not another holder the headline gave the bare noun
   (quotes-dev15);
2. "По его словам" after "Он утверждает, что … Пономарева …" is the speaker "он" was resolved to
   (for a possessive pronoun the quote layer's resolution of a subject pronoun overrules the
   salience layer's guess, quotes-dev15);
3. a first name alone is the one person named in full with it, a middle name or none ("Кэтрин
   Джексон", "Кэтрин Жермен Джексон"; quotes-dev15);
4. a staff body named with its company ("актив Минского тракторного завода") speaks as written,
   not as the company (quotes-dev14).
(The session's other rules fired nowhere on unread text: branch mQ34-nofire keeps them and their rows.)
Every CASES row fails on the code before mQ34; GUARDS rows pass on both (the rules' limits)."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, title, text, content of the quote, expected speaker name)
CASES = [
    ("1. a bare post noun is the holder named last",
     "Губернатор Бречалов рассказал о пользе онлайн-свадеб",
     "Благодаря обратной связи власти видят ошибки, заявил глава Удмуртии Александр Бречалов.\n\n"
     "Со своей стороны губернатор Камчатского края Владимир Солодов поделился практикой звонков людям. "
     "Губернатор высказал мнение, что систему здравоохранения нужно модифицировать.",
     "систему здравоохранения нужно модифицировать", "Владимир Солодов"),
    ("2. 'По его словам' goes on with the speaker 'Он' was resolved to",
     "",
     "Журналист Юрий Бутусов заявил, что у «Сармата» якобы был конфликт с местным бизнесменом "
     "Александром Пономаревым.\n\n"
     "«Сам Пономарев сейчас – народный депутат. Поэтому Пономареву все сходит с рук», – утверждает Бутусов.\n\n"
     "Он утверждает, что именно версия заказа со стороны Пономарева должна считаться основной. "
     "По его словам, на это указывает дерзость убийства.",
     "на это указывает дерзость убийства", "Юрий Бутусов"),
    ("3. a first name alone, its bearer named with and without a middle name",
     "",
     "Мать певца Кэтрин сообщила, что родственники лишили ее связи с внешним миром.\n\n"
     "Ранее представитель Кэтрин Джексон подала в полицию заявление о пропаже ее клиента.\n\n"
     "«Пока меня не было, я не знала, что внуки пытаются найти меня», - сказала Кэтрин.\n\n"
     "В среду другой сын Кэтрин Жермен Джексон призвал семейство преодолеть распри.",
     "Пока меня не было, я не знала, что внуки пытаются найти меня", "Кэтрин Джексон"),
    ("4. a plant's activists named with the plant",
     "",
     "17 августа актив Минского тракторного завода на собрании объявил о начале забастовки.",
     "начале забастовки", "актив Минского тракторного завода"),
    ("4. a plant's workforce named with the plant",
     "",
     "Коллектив Минского автомобильного завода заявил, что не выйдет на работу.",
     "не выйдет на работу", "коллектив Минского автомобильного завода"),
]

GUARDS = [
    ("guard: a bare post noun with one holder stays his",
     "",
     "Губернатор Камчатского края Владимир Солодов поделился практикой звонков людям. "
     "Губернатор высказал мнение, что систему здравоохранения нужно модифицировать.",
     "систему здравоохранения нужно модифицировать", "Владимир Солодов"),
    ("guard: a first name shared by two persons of different surnames stays open",
     "",
     "Кэтрин Джексон и Кэтрин Зета-Джонс встретились в Лос-Анджелесе.\n\n"
     "«Мы давно не виделись», - сказала Кэтрин.",
     "Мы давно не виделись", "Кэтрин"),
    ("guard: the workers of a plant stay as written",
     "",
     "Рабочие Минского автомобильного завода заявили, что не выйдут на работу.",
     "не выйдут на работу", "Рабочие Минского автомобильного завода"),
]


@pytest.mark.parametrize("label,title,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_mQ34(enrich, label, title, text, content, expected):
    assert speaker_of(enrich(text, title), content, label) == expected, label


@pytest.mark.parametrize("label,title,text,content,expected", GUARDS, ids=[c[0] for c in GUARDS])
def test_mQ34_guards(enrich, label, title, text, content, expected):
    assert speaker_of(enrich(text, title), content, label) == expected, label
