"""Round 18 table tests, made-up sentences: quotes the system did not find at all.
A trailing frame whose speaker goes on with a converb, a relative clause or a
parenthesised abbreviation; naming with a quoted evaluation after the object's
phrase ("назвал события в городе «…»", "признал решение «…»") and an institution's
impersonal "назвали"; a report noun that appeared or was published ("появилась
информация о том, что …"); "приводит слова X о том, что …"; "не исключила" + a
noun phrase; "гласит"; a circumstance between the dash and the cue; a colon after
anything a person does with words; a dash frame with no comma; quoted clauses inside
the narration ("guard": a wording kept so the mechanism stays bounded)."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name)
CASES = [
    ("a trailing frame whose speaker goes on with a converb",
     "Новой колокольни в храме не будет, сообщил настоятель прихода протоиерей Павел Смирнов, комментируя "
     "слухи о стройке.",
     "Новой колокольни в храме не будет", "Павел Смирнов"),
    ("a trailing frame whose speaker goes on with a relative clause the parse hung elsewhere",
     "Ремонт моста через реку Кама закончится к осени, сказал директор подрядной компании Олег Сидоров, "
     "слова которого приводит пресс-служба мэрии.",
     "Ремонт моста через реку Кама закончится к осени", "Олег Сидоров"),
    ("a trailing frame with an abbreviation in parentheses",
     "Условия поездок в Турцию, с которой Россия возобновляет рейсы, вряд ли будут жесткими, заявил газете "
     "«Заря» первый вице-президент Ассоциации перевозчиков России (АПР) Игорь Петров.",
     "Условия поездок в Турцию, с которой Россия возобновляет рейсы, вряд ли будут жесткими", "Игорь Петров"),
    ("a quoted evaluation after the object's prepositional phrase",
     "Телеведущая Анна Белова в своем блоге назвала события в городе «круговоротом насилия».",
     "события в городе «круговоротом насилия»", "Анна Белова"),
    ("a quoted evaluation the tagger read as a preposition",
     "Депутат Иван Орлов назвал действия участников акции «верхом безответственности».",
     "действия участников акции «верхом безответственности»", "Иван Орлов"),
    ("a quoted adjective after a prepositional phrase",
     "Тренер Олег Зуев назвал атмосферу в команде «на самом деле хорошей».",
     "атмосферу в команде «на самом деле хорошей»", "Олег Зуев"),
    ("'признал X «…»' with a quoted evaluation is naming",
     "Губернатор Олег Зуев признал решение суда «шокирующим» и «страшным».",
     "решение суда «шокирующим»", "Олег Зуев"),
    ("an institution's impersonal 'назвали'",
     "В мэрии ситуацию с парковками назвали вопиющей и недопустимой.",
     "вопиющей", "мэрия"),
    ("a named subject keeps its apposition out of the subject",
     "Марк, рабочий из цеха окончательной обработки, назвал атмосферу «на самом деле хорошей».",
     "атмосферу «на самом деле хорошей»", "Марк"),
    ("information that appeared on an outlet's site is the outlet's",
     "На сайте газеты «Заря» появилась информация о том, что завод не откроется в мае.",
     "завод не откроется в мае", "Заря"),
    ("information that appeared with no place stays unknown (no dropped subject)",
     "Певица Анна Белова вышла замуж. Между тем сегодня появилась информация о том, что родные певицы "
     "против свадьбы.",
     "родные певицы против свадьбы", None),
    ("information leaked to the press is not the press's",
     "Позже в прессу просочилась информация о том, что министр не будет баллотироваться.",
     "министр не будет баллотироваться", None),
    ("'приводит слова X о том, что' gives X",
     "Газета «Заря» приводит слова инженера Петра Орлова о том, что в ясную погоду лучше гулять утром.",
     "в ясную погоду лучше гулять утром", "Пётр Орлов"),
    ("'гласит' with a colon",
     "Надпись на табличке гласит: «Купаться запрещено!»",
     "Купаться запрещено!", "Надпись"),
    ("'гласит' right before short quoted words",
     "Блогер Анна Белова завела микроблог. Первая запись гласит «Я на месте».",
     "Я на месте", None),
    ("a circumstance between the dash and the cue",
     "«Держись, дорогая, мы с тобой», – в то же время пишет пользователь anna_k.",
     "Держись, дорогая, мы с тобой", "anna_k"),
    ("a colon after a person advertising something",
     "Певица Анна Белова рекламирует свой новый альбом: «Слушайте мой новый альбом на всех площадках уже "
     "сегодня».",
     "Слушайте мой новый альбом на всех площадках уже сегодня", "Анна Белова"),
    ("a dash frame with no comma, a cue verb first",
     "На вопрос тренера боец ответил: «Я надеюсь». «Много лет. И еще будешь многие годы» – ответил Олег Зуев.",
     "Много лет. И еще будешь многие годы", "Олег Зуев"),
    ("a quoted clause inside the narration is the words of the verb's subject",
     "Банкир Олег Зуев извинился перед всеми, «кого обидел в этой жизни, вольно или невольно».",
     "кого обидел в этой жизни, вольно или невольно", "Олег Зуев"),
    ("a quoted clause with no speaking subject stays unknown",
     "Список будет передан в ООН, «и он будет постоянно расширяться».",
     "и он будет постоянно расширяться", None),
    ("'не исключила' with a noun phrase is an attitude frame",
     "Представитель профсоюза Анна Белова рассказала, что пилоты несут убытки. Она также не исключила еще одну "
     "волну протестных акций в ближайшее время.",
     "еще одну волну протестных акций в ближайшее время", "Анна Белова"),
    ("a topic with coordinated names is long enough",
     "Главный редактор журнала Анна Белова в интервью рассказала об обиде Ивана Сидорова и Петра Кузина на нее.",
     "обиде Ивана Сидорова и Петра Кузина", "Анна Белова"),
]

# (mechanism, text, words no quote may contain)
NO_QUOTE = [
    ("guard: a trailing verb with no subject after it keeps its long tail",
     "По крайней мере пять сетей, имеющих широкое представительство в регионе, объявили об отказе продавать "
     "журнал со статьей, в которой обсуждается скандал.",
     "пять сетей"),
    ("guard: a genitive name inside the object is no evaluation",
     "Служба признала операторов «большой тройки» виновными в нарушении закона.",
     "большой тройки"),
    ("guard: quoted words modifying the noun after them are no evaluation",
     "Бывший министр Олег Зуев назвал имя «самого влиятельного» человека в команде мэра.",
     "самого влиятельного"),
    ("guard: 'назвать' with a place that is no institution",
     "Программа, которую в народе называют «школой губернаторов», запущена в июне.",
     "школой губернаторов"),
    ("guard: a name given in the nominative is no evaluation",
     "Предприниматель Олег Зуев назвал свою компанию «Ромашка».",
     "Ромашка"),
    ("guard: a saying is nobody's statement",
     "Как гласит народная мудрость, без труда не выловишь и рыбку из пруда.",
     "без труда"),
    ("guard: 'исключила' without negation excludes, states nothing",
     "Полиция исключила версию убийства.",
     "версию убийства"),
    ("guard: a name defined after a dash",
     "«Северный поток — 2» — газопровод из России в Германию.",
     "Северный поток"),
    ("guard: short quoted words in the narration are scare quotes",
     "Он умер «после продолжительной болезни».",
     "продолжительной болезни"),
    ("guard: a quoted title with no verb of its own",
     "Фильм «Как я провел этим летом» вышел в прокат.",
     "провел этим летом"),
    ("guard: quoted words inside the narration start no continuation",
     "Позже певец добавил, что критик «живет в своем мире» и «меряет успех числом своих постов». «Пена с "
     "окраины» – это то, о чем говорил вчера ваш друг. Для меня это живые люди», – написал в ответ критик.",
     "Пена с окраины"),
    ("guard: the last sentence of a longer quote is not a trailing frame's content",
     "«Мы приняли свыше тысячи заявок. И мы выбираем лучших из лучших», – заявила руководитель движения "
     "«Волонтеры», которое ежегодно проводит конкурс «Послы», Ольга Петрова.",
     "лучших из лучших»"),
]


@pytest.mark.parametrize("label,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_round18(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


@pytest.mark.parametrize("label,text,absent", NO_QUOTE, ids=[c[0] for c in NO_QUOTE])
def test_round18_no_quote(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


def test_round18_rumour_is_hedged(enrich):
    """"появились слухи, что …": the quote is hedged by its report noun."""
    doc = enrich("Утром в британской прессе появились слухи, что вслед за ним уйдет и министр.")
    found = [q for q in doc.quotes if q.text == "вслед за ним уйдет и министр"]
    assert found and found[0].hedged
