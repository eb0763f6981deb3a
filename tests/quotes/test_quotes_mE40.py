"""(mE40, cr40 F10/F2/F3) sp40's «согласно» rules mended: a bare «Согласно сообщению/публикации,» takes up the quote
just before only when that quote issued the report (not a reaction to it); the unowned «согласно которому»-clause ends
with the relative clause, never running into the main clause; an adopted amendment or a signed agreement is the state
of things, no report.  Made-up sentences with invented names (the reviewer's reproductions); "guard" rows passed on the old code and must keep
passing."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, quote_of, speaker_name

# (label, text, content of the quote, expected speaker name or None)
CASES = [
    # F10: a reaction to the report is not its issuer
    ("F10: a denial before «Согласно публикации,» does not own the publication",
     "Газета «Ведомости» опубликовала статью о компании. «Мы все отрицаем», — заявил представитель компании. "
     "Согласно публикации, компания скрывала доходы.",
     "компания скрывала доходы", None),
    ("F10: a minister's comment before «Согласно сообщению,» does not own the press service's message",
     "Пресс-служба МВД распространила сообщение о задержании. «Это большой успех», — сказал министр Иван Орлов. "
     "Согласно сообщению, задержаны пять человек.",
     "задержаны пять человек", None),
    ("F10: a speaker who said something (no report issued) does not own «Согласно сообщению,»",
     "«Мы не собираемся повышать цены», — сказал глава компании Иван Сидоров. Согласно сообщению, тарифы останутся "
     "прежними до конца года.",
     "тарифы останутся прежними до конца года", None),
    ("guard F10: the one who wrote the message goes on after «Согласно сообщению,»",
     "Актер Максим Петров и телеведущая Анна Котова расстались. Об этом написал в Instagram Максим Петров. "
     "Согласно сообщению, супруги уже давно живут отдельно.",
     "супруги уже давно живут отдельно", "Максим Петров"),
    ("guard F10: the company's report just given goes on after «Согласно релизу,»",
     "Авиакомпания «Северный ветер» снизила прогноз годовой прибыли, сообщила компания.\n\n"
     "Согласно релизу, перевозчик планирует сократить число кресел на зимний сезон.",
     "перевозчик планирует сократить число кресел на зимний сезон", "Северный ветер"),
    ("guard F10: «Согласно сообщению,» with no quote before it is an unnamed report",
     "Согласно сообщению, поезд задерживается на два часа.", "поезд задерживается на два часа", None),
    # F2: the unowned clause ends with the relative clause
    ("F2: a fronted «в рамках соглашения» - the clause ends before the main clause's subject",
     "В рамках соглашения, согласно которому стороны прекращают огонь, войска отойдут на 10 километров.",
     "стороны прекращают огонь", None),
    ("F2: «в соответствии с соглашением» - the main clause «МВФ выделил» is no content",
     "В соответствии с соглашением, согласно которому Украина получит кредит, МВФ выделил первый транш.",
     "Украина получит кредит", None),
    ("F2: «в соответствии с поправкой» - the clause ends at its comma",
     "В соответствии с поправкой, согласно которой срок полномочий увеличивается, выборы пройдут в 2026 году.",
     "срок полномочий увеличивается", None),
    ("F2: a coordinated main predicate «, и проголосовали» is no content",
     "Депутаты обсудили поправку, согласно которой срок президентских полномочий увеличивается до 6 лет, и "
     "проголосовали за нее.",
     "срок президентских полномочий увеличивается до 6 лет", None),
    ("guard F2: the clause ends at the comma before the main predicate",
     "Доклад, согласно которому выбросы выросли на 5%, опубликовали в понедельник.", "выбросы выросли на 5%", None),
    # F3: the named author kept
    ("guard F3: a resolution adopted by a named body keeps it as speaker",
     "Совбез ООН принял резолюцию, согласно которой санкции против страны будут ужесточены.",
     "санкции против страны будут ужесточены", "Совет Безопасности ООН"),
    ("guard F3: an agreement the authorities went for states its content, no author",
     "Властям пришлось пойти на соглашение с протестующими, согласно которому они обещали не продлевать запрет.",
     "они обещали не продлевать запрет", None),
]


@pytest.mark.parametrize("label, text, content, speaker", CASES, ids=[c[0][:60] for c in CASES])
def test_according_to(enrich, label, text, content, speaker):
    quote = quote_of(enrich(text), content, label)
    assert speaker_name(quote) == speaker, f"{label}: {quote.speaker}"


# (label, text, words no quote may hold)
NOT_QUOTES = [
    ("F2: the main clause after a fronted agreement is no content",
     "В рамках соглашения, согласно которому стороны прекращают огонь, войска отойдут на 10 километров.",
     "войска отойдут"),
    ("F3: an adopted amendment is the state of the law, no report",
     "Депутаты приняли поправку, согласно которой пенсионный возраст не изменится.", "пенсионный возраст"),
    ("F3: adopted amendments are no report",
     "Депутаты приняли поправки, согласно которым губернаторы смогут избираться на третий срок.", "губернаторы"),
    ("F3: a concluded agreement is no report",
     "Стороны заключили соглашение, согласно которому поставки газа возобновятся в марте.", "поставки газа"),
    ("F3: a signed agreement is no report",
     "Россия и Китай подписали соглашение, согласно которому товарооборот достигнет 200 млрд долларов.",
     "товарооборот"),
]


@pytest.mark.parametrize("label, text, absent", NOT_QUOTES, ids=[c[0][:60] for c in NOT_QUOTES])
def test_not_quotes(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)
