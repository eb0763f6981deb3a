"""Round 19 table tests, made-up sentences: recall of interrupted impersonal frames,
"согласно которому", a directive's quoted infinitive after its addressee, naming with a
participle object or by an unnamed source; described speakers: a role noun's gender from
its verb, the press as a group speaker, a caption as the words of who posted it, a bare
handle ending the sentence
("guard": a wording kept so the mechanism stays bounded)."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name)
CASES = [
    ("an impersonal trailing frame followed by a coordinated clause",
     "Проверка продлится месяц, объяснили в ведомстве, и по ее итогам будет принято решение.",
     "Проверка продлится месяц", "ведомство"),
    ("a trailing frame with a named speaker followed by 'и' + a clause",
     "Проверка продлится месяц, сообщил министр Олег Зуев, и по ее итогам будет принято решение о премиях.",
     "Проверка продлится месяц", "Олег Зуев"),
    ("'согласно которому' after a document the subject issued",
     "Мэр опубликовал распоряжение, согласно которому все школы закрываются на карантин до конца месяца.",
     "все школы закрываются на карантин до конца месяца", "Мэр"),
    ("'согласно которому' after a document with a genitive owner",
     "В сети появился доклад министерства, согласно которому число безработных выросло вдвое за год.",
     "число безработных выросло вдвое за год", "министерство"),
    ("'согласно которому' keeps the rest of the sentence",
     "Компания «Ромашка» выпустила отчет, согласно которому прибыль выросла на треть, а долги сократились.",
     "прибыль выросла на треть, а долги сократились", "Ромашка"),
    ("a directive's quoted infinitive after its addressee",
     "Губернатор Олег Зуев призвал жителей области «не поддаваться панике и соблюдать правила».",
     "не поддаваться панике и соблюдать правила", "Олег Зуев"),
    ("a request's quoted infinitive after a one-word addressee",
     "Мэр Иван Орлов попросил горожан «потерпеть еще немного».",
     "потерпеть еще немного", "Иван Орлов"),
    ("a masculine role noun with a feminine verb: 'она' is that woman, not the company",
     "Компания «Ромашка» объявила о сокращении штата. Представитель профсоюза рассказала, что работники "
     "не получали зарплату три месяца. Она также заявила, что профсоюз обратится в суд.",
     "профсоюз обратится в суд", "Представитель профсоюза"),
    ("a role noun with a feminine verb, no quote of hers before and an adjective",
     "Компания «Ромашка» объявила о сокращении штата. Молодой представитель профсоюза пришла на встречу с "
     "журналистами. Она заявила, что профсоюз обратится в суд.",
     "профсоюз обратится в суд", "Молодой представитель профсоюза"),
    ("an unnamed subject's name leaves out a time phrase the parse hung on it",
     "Около 9.00 молодая воспитательница вывела группу на прогулку. Позднее она заметила, что одной из "
     "воспитанниц не хватает.",
     "одной из воспитанниц не хватает", "молодая воспитательница"),
    ("a masculine role noun with a masculine verb is 'он'",
     "Компания «Ромашка» объявила о сокращении штата. Представитель профсоюза рассказал, что работники "
     "не получали зарплату три месяца. Он также заявил, что профсоюз обратится в суд.",
     "профсоюз обратится в суд", "Представитель профсоюза"),
    ("the press of a country as the place of saying is a group speaker",
     "В британской прессе пишут, что премьер-министр может уйти в отставку уже на этой неделе.",
     "премьер-министр может уйти в отставку уже на этой неделе", "британская пресса"),
    ("reports that appeared in the press are the press's",
     "В британской прессе появились сообщения о том, что премьер-министр может уйти в отставку.",
     "премьер-министр может уйти в отставку", "британская пресса"),
    ("a caption with no owner, the subject of 'гласит', is the words of who posted it",
     "Певица Анна Белова опубликовала в Instagram фото с моря. Надпись под снимком гласит: «Лучший отпуск "
     "в моей жизни!»",
     "Лучший отпуск в моей жизни!", "Анна Белова"),
    ("a caption after its quote",
     "Блогер Олег Зуев выложил видео с концерта. «Это было незабываемо, спасибо всем, кто пришел», – гласит "
     "подпись к ролику.",
     "Это было незабываемо, спасибо всем, кто пришел", "Олег Зуев"),
    ("guard: an inscription no one is shown posting stays itself",
     "Активисты вышли на площадь с плакатами. Надпись на одном из них гласила: «Руки прочь от парка!»",
     "Руки прочь от парка!", "Надпись"),
    ("'назвав' + a participle as the object and a quoted evaluation",
     "Министр Олег Зуев прокомментировал ситуацию, назвав происходящее «настоящим позором для страны».",
     "происходящее «настоящим позором для страны»", "Олег Зуев"),
    ("an unnamed source's quoted evaluation (speaker unknown)",
     "Источник в правительстве назвал сроки «нереалистичными».",
     "сроки «нереалистичными»", None),
    ("a bare handle of letters and digits ending the sentence after a dash frame",
     "Певица опубликовала фото из отпуска. «Держись, дорогая, мы с тобой», – в то же время пишет olga1975k.",
     "Держись, дорогая, мы с тобой", "olga1975k"),
    ("the media as the place of saying",
     "В российских СМИ сообщили, что министр может уйти в отставку на этой неделе.",
     "министр может уйти в отставку на этой неделе", "российские СМИ"),
]

# (mechanism, text, words no quote may contain)
NO_QUOTE = [
    ("guard: 'согласно которому' after a noun that reports nothing",
     "Он показал мне карту, согласно которой до города было три дня пути.",
     "до города"),
    ("guard: 'согласно которому' after a document no one is shown issuing",
     "Был принят закон, согласно которому пенсии вырастут на пять процентов.",
     "пенсии вырастут"),
    ("guard: a speech verb with its own object in a list of actions is no trailing frame",
     "В сентябре прошлого года двое мужчин дали интервью телеканалу, в котором ответили на вопрос о поездке, "
     "опровергли работу в полиции, а также указали на ошибки в фотографиях.",
     "двое мужчин"),
    ("guard: a directive's unquoted infinitive is no quote",
     "Губернатор призвал жителей области не поддаваться панике.",
     "поддаваться"),
    ("guard: a quoted title after the infinitive's object is no quote",
     "Губернатор призвал жителей посмотреть фильм «Как я провел этим летом».",
     "провел этим летом"),
]


@pytest.mark.parametrize("label,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_round19(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


@pytest.mark.parametrize("label,text,absent", NO_QUOTE, ids=[c[0] for c in NO_QUOTE])
def test_round19_no_quote(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


def test_round19_directive_with_quoted_infinitive_is_mixed(enrich):
    """A fully quoted infinitive after the addressee is the speaker's words: a mixed quote."""
    doc = enrich("Министр Анна Белова призвала всех родителей «не паниковать раньше времени».")
    found = [q for q in doc.quotes if q.text == "не паниковать раньше времени"]
    assert found and found[0].kind == "mixed"
