"""Helper dvJ (twenty-eighth session) table tests for the rules made after the blind quotes-dev10 score
(slots 13-24):
- an outlet named "Telegram-канал «NAME»" is named NAME (a network-and-class compound such as "Telegram-канал",
  "интернет-издание" is a descriptor, whatever its tag), also where the text later calls it "Telegram-канал";
- "«…», – приводятся в пресс-релизе компании слова ее директора X": the words a passive relay verb passes come
  after its place (the parse may hang them on a verb of the quotation); their owner speaks;
- a speech verb in a relative clause ("итоги которого король не признал, в Руанде была провозглашена
  республика") takes no complement without "что": the comma closes the relative clause;
- "Комментаторы отреагировали на заявления о том, что …": a speech noun after "на" is what the subject answers,
  the unnamed others' words, not the subject's;
- "рассказал о деятельности советов: по поддержке … и по вопросам …": a verbless colon after the "о"-topic
  spells out the topic, it is no one's words;
- "раскритиковал коммунальщиков за то, что …": a criticism with a content clause is a quote «X за то, что …»
  (like "обвинить X в …"); with a noun only it stays an NP complement;
- "на сайте регионального правительства" in a text about one region is that region's government.
Made-up sentences; guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("a Telegram channel by its quoted upper-case name",
     "Регион\n\nКак отмечает местный Telegram-канал «NSK.LIVE», за первую неделю новый мэр не стал выходить "
     "к протестующим горожанам.",
     "за первую неделю новый мэр не стал выходить к протестующим горожанам", "NSK.LIVE"),
    ("the same channel called back by its class compound",
     "Регион\n\nКак отмечает местный Telegram-канал «NSK.LIVE», за первую неделю новый мэр не стал выходить "
     "к протестующим горожанам.\n\n«Конфликты с бывшей командой мэрии сошли на нет», – пишет Telegram-канал.",
     "Конфликты с бывшей командой мэрии сошли на нет", "NSK.LIVE"),
    ("a passive relay verb with the words after its place, hung by the parse on a verb of the quotation",
     "Забастовка\n\n«Если 28 сентября произойдет еще одна забастовка, то, как мы показали вчера в Германии, компания "
     "заранее сообщит клиентам об отмене рейсов», – приводятся в пресс-релизе компании слова ее директора по "
     "маркетингу Ивана Сидоренко.",
     "Если 28 сентября произойдет еще одна забастовка, то, как мы показали вчера в Германии, компания заранее "
     "сообщит клиентам об отмене рейсов", "Иван Сидоренко"),
    ("guard: a passive relay verb with no words noun: the place's owner speaks as before",
     "Забастовка\n\n«Если забастовка повторится, мы заранее предупредим пассажиров об отмене рейсов», – "
     "говорится в пресс-релизе компании «Аэрофлот».",
     "Если забастовка повторится, мы заранее предупредим пассажиров об отмене рейсов", "Аэрофлот"),
    ("a statement the subject reacts to is unnamed others' words",
     "Авария\n\nНесколько комментаторов отреагировали на заявления о том, что в аварии виноваты коммунальные "
     "службы.",
     "в аварии виноваты коммунальные службы", None),
    ("guard: a support noun with a preposition other than 'на' stays the subject's",
     "Авария\n\nМэр Иван Сидоренко выступил с заявлением о том, что в аварии виноваты коммунальные службы.",
     "в аварии виноваты коммунальные службы", "Иван Сидоренко"),
    ("a criticism with 'за то, что': the reproach is the critic's (text from the criticised)",
     "Сосулька\n\nПользователь Иван Петров раскритиковал коммунальщиков за то, что те позволили льду достичь "
     "таких размеров.",
     "коммунальщиков за то, что те позволили льду достичь таких размеров", "Иван Петров"),
    ("a body named by a regional adjective in a text about one region",
     "Встреча\n\nГубернатор Рязанской области Иван Сидоренко встретился с депутатами облдумы. Об этом сообщается "
     "на сайте регионального правительства.",
     "Губернатор Рязанской области Иван Сидоренко встретился с депутатами облдумы",
     "правительство Рязанской области"),
    ("guard: a text naming two regions keeps the regional adjective",
     "Встреча\n\nГубернатор Рязанской области Иван Сидоренко встретился с коллегой из Тульской области. Об этом "
     "сообщается на сайте регионального правительства.",
     "Губернатор Рязанской области Иван Сидоренко встретился с коллегой из Тульской области",
     "региональное правительство"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_dvj(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, words no quote may contain)
NO_QUOTE = [
    ("a speech verb in a relative clause takes no complement without 'что'",
     "Выборы\n\nВ результате голосования 1990 г., итоги которого генерал Иван Сидоренко признал, в стране была "
     "провозглашена республика.",
     "провозглашена"),
    ("a verbless colon after the 'о'-topic spells the topic out",
     "Встреча\n\nПредседатель думы рассказал губернатору о деятельности двух советов: по поддержке многодетных "
     "семей и по вопросам малого бизнеса.",
     "многодетных"),
    ("guard: a criticism with a noun only is an NP complement",
     "Цены\n\nПредприниматель Иван Петров раскритиковал компанию за накрутку цен и цензуру.",
     "накрутку"),
]


@pytest.mark.parametrize("label,text,absent", NO_QUOTE, ids=[c[0] for c in NO_QUOTE])
def test_no_quote_dvj(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


# (mechanism, text, content of the quote): guards where a quote must stay
STILL_QUOTES = [
    ("guard: a complement without 'что' outside a relative clause",
     "Стратегия\n\nМинистр Иван Сидоренко сказал, новая стратегия развития региона будет принята в мае.",
     "новая стратегия развития региона будет принята в мае"),
    ("guard: a colon after the 'о'-topic followed by a clause with a verb",
     "Завод\n\nДиректор Иван Сидоренко рассказал журналистам о планах компании: новый завод откроется в мае.",
     "новый завод откроется в мае"),
]


@pytest.mark.parametrize("label,text,content", STILL_QUOTES, ids=[c[0] for c in STILL_QUOTES])
def test_still_quotes_dvj(enrich, label, text, content):
    speaker_of(enrich(text), content, label)  # (fails when there is no such quote)
