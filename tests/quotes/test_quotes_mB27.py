"""Helper mB27 (twenty-seventh session) table tests for review rv27_Q's span and frame causes: a frame that
interrupts a clause opened by a conjunction (cause 7), impersonal «Не исключено, что …» (cause 8), a state as the
subject of «назвать» and «счесть/посчитать X Y» (cause 5), and a trailing frame whose speaker's title the parse
splits (cause 9).  Made-up sentences; guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of


# (mechanism, text, exact text of a quote that must exist, its speaker name or None)
FOUND = [
    ("cause 7: a «как»-frame right after «, но,»: the clause after the frame, not the narration before",
     "Забастовка\n\nПрофсоюз грозил сорвать полеты, но, как сообщила авиакомпания Аэрофлот, все рейсы "
     "выполняются по расписанию.",
     "все рейсы выполняются по расписанию", "Аэрофлот"),
    ("cause 7: a «по мнению»-frame inside a «так как»-clause after its subject",
     "Выборы\n\nПравительство отложило реформу, так как она, по мнению экспертов, может вызвать протесты.",
     "может вызвать протесты", "эксперты"),
    ("cause 7 guard: a frame at the sentence start keeps the part after it",
     "Забастовка\n\nКак сообщила авиакомпания Аэрофлот, все рейсы выполняются по расписанию.",
     "все рейсы выполняются по расписанию", "Аэрофлот"),
    ("cause 7 guard: a predicate before the frame keeps the clause before it (no interrupted clause)",
     "Забастовка\n\nПилоты начали забастовку утром, как сообщила авиакомпания Аэрофлот.",
     "Пилоты начали забастовку утром", "Аэрофлот"),
    # (dvI: the frame opening the reported clause now gives the words after it, the text the guidelines
    # take for an according-to frame; the speaker is still the frame's source)
    ("cause 7 guard: a frame after «что» of another report keeps the source of the inner frame",
     "Новости\n\nТренер клуба Иван Петров рассказал о переходе. Отмечается, что, по информации агентства Рейтер, "
     "клуб заплатит за игрока 10 млн евро.",
     "клуб заплатит за игрока 10 млн евро", "Reuters"),
    ("cause 7 guard: «, а не с марта, как она предлагает,» qualifies no subject: the sentence stays whole",
     "Новости\n\nПрофсоюзы требуют от компании с января, а не с марта, как она предлагает, отказаться от старых "
     "контрактов.",
     "Профсоюзы требуют от компании с января, а не с марта, как она предлагает, отказаться от старых контрактов",
     None),
    ("cause 5: a state named as the subject of «назвать» speaks",
     "Удар\n\nФранция назвала этот удар серьезной эскалацией конфликта.",
     "этот удар серьезной эскалацией конфликта", "Франция"),
    ("cause 5 guard: «Власти X назвали …» keeps its speaker",
     "Удар\n\nВласти Франции назвали этот удар серьезной эскалацией конфликта.",
     "этот удар серьезной эскалацией конфликта", "Власти Франции"),
    ("cause 5: «счесть X «Y»» with a quoted deverbal predicate the tagger reads as nominative",
     "Реформа\n\nДепутат Анна Петрова сочла эту реформу «разрушением» соцзащиты.",
     "эту реформу «разрушением» соцзащиты", "Анна Петрова"),
    ("cause 5: «посчитать X Y» is stated like «считать X Y»",
     "Суд\n\nАпелляционный суд посчитал доводы обвинения недостаточными.",
     "доводы обвинения недостаточными", "Апелляционный суд"),
    ("cause 9: a place name inside the speaker's title the parse hangs on the content, then a PP after the name",
     "Брексит\n\nЛондон должен четко изложить мотивы необходимости новой отсрочки даты выхода Великобритании из "
     "Евросоюза, заявил министр по европейским делам Словакии Иван Петров по итогам заседания Совета ЕС.",
     "Лондон должен четко изложить мотивы необходимости новой отсрочки даты выхода Великобритании из Евросоюза",
     "Иван Петров"),
    ("cause 8 guard: «X не исключил, что …» with a subject stays a quote",
     "Выборы\n\nПремьер-министр Иван Петров не исключил, что выборы пройдут досрочно.",
     "выборы пройдут досрочно", "Иван Петров"),
    ("cause 8 guard: «Такое мнение высказал X» after a sentence of content keeps the sentence before",
     "Рынок\n\nЦены на нефть вырастут к осени. Такое мнение высказал аналитик Иван Петров.",
     "Цены на нефть вырастут к осени", "Иван Петров"),
]


@pytest.mark.parametrize("label,text,content,expected", FOUND, ids=[r[0][:60] for r in FOUND])
def test_found_mB27(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, a string no quote's text may contain)
ABSENT = [
    ("cause 7: the narration before «, но, как сообщила X,» is not in the quote",
     "Забастовка\n\nПрофсоюз грозил сорвать полеты, но, как сообщила авиакомпания Аэрофлот, все рейсы "
     "выполняются по расписанию.",
     "Профсоюз грозил"),
    ("cause 8: impersonal «Не исключено, что …» reports no one's position",
     "Выборы\n\nПарламент принял бюджет. Не исключено, что в стране пройдут досрочные выборы.",
     "досрочные выборы"),
    ("cause 8: «не исключено, что» right after a quote of X is neither X's words nor anyone's",
     "Выборы\n\nЛидер партии Иван Петров заявил, что его партия уйдет в оппозицию. Однако если кабинет все-таки "
     "не будет сформирован, не исключено, что в стране пройдут досрочные выборы.",
     "досрочные выборы"),

]


@pytest.mark.parametrize("label,text,absent", ABSENT, ids=[r[0][:60] for r in ABSENT])
def test_absent_mB27(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)
