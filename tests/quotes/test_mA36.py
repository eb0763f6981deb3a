"""Helper mA36 (thirty-sixth session): speaker binding causes of review rv36_Q, the rules that fired on unread text.
C3. The speaker of a cited or hosted text: «— эти слова X, сказанные им …, цитирует ТАСС» (the words before the
    quoting verb: their owner speaks, the outlet relays), and a network after «в»/«на» in the document's own
    phrase («в сообщении ведомства во «ВКонтакте»», «в описании ролика, размещенного на YouTube») is where the
    document was put, not who wrote it.
C4. «пишут авторы канала»: a channel's authors speak as the channel the text named before.
C8. The second predicate of a «в котором» clause shares its hearer («записал видеообращение к блогеру X, в котором
    вызвал его на спор и пообещал …»).
The rules that fired nowhere on unread text (C3 «цитирует X пресс-службу Y», C3 «видео Марса», C7, C4 «пресс-служба
футбольного клуба», C8 «заявила URA.RU министр», «интервью газете X, в котором») are on branch mA36-nofire with
their rows.  Made-up sentences with invented names; each row but the guards fails on the code before mA36."""
from __future__ import annotations

import pytest

from quote_checks import quote_of, speaker_name

# (mechanism, text (paragraphs split by blank lines), quoted words, expected speaker, a source the chain holds)
ROWS = [
    ("C3 the cited words before the quoting verb: their owner speaks, the outlet relays",
     "«Полет прошел спокойно, экипаж чувствует себя хорошо», — эти слова командира экипажа Павла Смирнова, "
     "сказанные им накануне посадки, цитирует в пятницу ИТАР-ТАСС.",
     "Полет прошел спокойно, экипаж чувствует себя хорошо", "Павел Смирнов", "ТАСС"),
    ("C3 a network in the document's phrase is a place: the body that issued it speaks",
     "Двое мужчин погибли в аварии в Чебоксарах, сообщило МВД Чувашии. Авария произошла ночью на улице Мира, "
     "говорится в сообщении ведомства во «ВКонтакте».",
     "Авария произошла ночью на улице Мира", "МВД Чувашии", None),
    ("C3 guard: a network on the cue itself is all the frame names",
     "В Самаре школьники поздравили учителей, сообщается во «ВКонтакте».",
     "В Самаре школьники поздравили учителей", "ВКонтакте", None),
    ("C4 «авторы канала» speak as the channel named before",
     "Мужчину арестовали на семь суток, сообщает Telegram-канал «Город сейчас».\n\n«Стоило ли оно того? Не "
     "понимаем», – пишут авторы канала.",
     "Стоило ли оно того? Не понимаем", "Город сейчас", None),
    ("C4 guard: «в канале» already goes to the channel",
     "Мужчину арестовали на семь суток, сообщает Telegram-канал «Город сейчас».\n\n«Стоило ли оно того?», – пишут "
     "в канале.",
     "Стоило ли оно того?", "Город сейчас", None),
]


@pytest.mark.parametrize("mechanism,text,content,speaker,source", ROWS, ids=[r[0] for r in ROWS])
def test_mA36_speaker(enrich, mechanism, text, content, speaker, source):
    quote = quote_of(enrich(text), content, mechanism)
    assert speaker_name(quote) == speaker, mechanism
    if source is not None:
        assert source in quote.source_chain, (mechanism, quote.source_chain)


# C8. The addressee: (mechanism, text, quoted words, expected addressee name or None)
C8_ROWS = [
    ("C8 the second predicate of the «в котором» clause shares its hearer",
     "Министр спорта Иван Орлов записал видеообращение к блогеру Петру Сидорову, в котором вызвал его на спор и "
     "пообещал «разобрать все его доводы по пунктам».",
     "разобрать все его доводы по пунктам", "Пётр Сидоров"),
    ("C8 guard: a relative clause on the newspaper is no statement's",
     "Иван Орлов прочитал статью в газете «Север», в которой журналист рассказал, что завод закроют.",
     "завод закроют", None),
]


@pytest.mark.parametrize("mechanism,text,content,addressee", C8_ROWS, ids=[r[0] for r in C8_ROWS])
def test_mA36_addressee(enrich, mechanism, text, content, addressee):
    quote = quote_of(enrich(text), content, mechanism)
    assert (quote.addressee.name if quote.addressee is not None else None) == addressee, mechanism


def test_mA36_words_before_quoting_verb_are_direct(enrich):
    # (C3) the quotation cut back to its closing mark stands in a dash frame: direct, as "«…», — цитирует ТАСС министра"
    doc = enrich("«Полет прошел спокойно, экипаж чувствует себя хорошо», — эти слова командира экипажа Павла Смирнова, "
                 "сказанные им накануне посадки, цитирует в пятницу ИТАР-ТАСС.")
    quote = quote_of(doc, "Полет прошел спокойно, экипаж чувствует себя хорошо", "words before the quoting verb")
    assert (quote.kind, quote.cue) == ("direct", "цитировать")
