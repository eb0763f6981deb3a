"""mC35 (thirty-fifth session) table tests: regressions review cr35 found in the session's merged quote rules.

- F1 (dvW): a frame after a fronted object or "о"-topic of a speech verb ("Об инциденте, как сообщает ТАСС,
  рассказал X") relays that report: one record of the whole sentence, not two of its halves.
- F2 (dvW): a frame inside a quantity phrase ("Тысячи, по данным полиции, демонстрантов вышли …") keeps the share.
- F3 (mW35): a correlative pair inside the content ("…, что одни страны поддержали, другие выступили против") is the
  content's, not a second group of speakers.
- F5 (mW35): a naming's reason clause ends before the speaker's next predicate ("…, и покинул заседание").
- F6 (dvY): "заявление своего ведомства" is the citer's own: the citer speaks.
- F7 (mW35): "поэтому" + a plural verb after an impersonal institution's cue ("В МЧС сообщили") is the content's.
- F8 (mW35): a "где"-clause with a frame ends before the narrator's main clause.
- F9 (dvW): a gerund of a second speaker does not inherit the first speaker's network.
- F10 (dvZ): the participial "раскритикованная за слова о том, что …" content does not stop at a comma inside it.
Rows marked "guard" keep the rules' own right firings.  Sentences are made up or the reviewer's (cr35)."""
from __future__ import annotations

import pytest

from quote_checks import quote_of, speaker_of

# (mechanism, text, the whole content of the quote, expected speaker name; None = no speaker)
CONTENTS = [
    ("F1: a fronted 'о'-topic of the speech verb: the frame relays the whole report",
     "Об инциденте, как сообщает ТАСС, рассказал пресс-секретарь губернатора.",
     "Об инциденте, как сообщает ТАСС, рассказал пресс-секретарь губернатора", "ТАСС"),
    ("F1: a fronted object of the speech verb: the frame relays the whole report",
     "Слухи об отставке, как передает ТАСС, опроверг Песков.",
     "Слухи об отставке, как передает ТАСС, опроверг Песков", "ТАСС"),
    ("guard F1: a fronted adjunct of a speech verb, the part after the frame",
     "В минувшую среду, как передает Reuters, сын певицы призвал поклонников не верить слухам.",
     "сын певицы призвал поклонников не верить слухам", "Reuters"),
    ("guard F1: a fronted subject, the part after the frame",
     "Санкции, по словам министра, будут сняты в марте.", "будут сняты в марте", "министр"),
    ("F2: a share of a group before the frame, its genitive after",
     "Треть, по данным ВЦИОМ, россиян не доверяет банкам.",
     "Треть, по данным ВЦИОМ, россиян не доверяет банкам", "ВЦИОМ"),
    ("F2: a number noun before the frame, an animate genitive the tagger read as accusative after",
     "Тысячи, по данным полиции, демонстрантов вышли на улицы Парижа.",
     "Тысячи, по данным полиции, демонстрантов вышли на улицы Парижа", "полиция"),
    ("guard F2: a share noun as the subject, a verb after the frame",
     "Большинство, по мнению экспертов, согласится с этим решением.", "согласится с этим решением", "эксперты"),
    ("guard F2: a fronted adverbial, the part after the frame",
     "С начала года, по данным Росстата, цены выросли на пять процентов.",
     "цены выросли на пять процентов", "Росстат"),
    ("F3: a correlative pair inside the content of a subjectless cue",
     "В Кремле заявили, что одни страны поддержали инициативу, другие выступили против.",
     "одни страны поддержали инициативу, другие выступили против", "Кремль"),
    ("F3: 'часть …, другие' inside the content",
     "В полиции рассказали, что часть задержанных отпустили, другие остались в отделе.",
     "часть задержанных отпустили, другие остались в отделе", "полиция"),
    ("guard F3: another group of the speakers goes on",
     "В Сети заметили, что в восстановленном варианте вместо мужчины получилась женщина, некоторые сравнили новую "
     "мозаику с работой школьника.",
     "в восстановленном варианте вместо мужчины получилась женщина", None),
    ("F5: a reason clause ends before the speaker's next predicate",
     "Министр назвал решение ошибочным, поскольку оно принято без обсуждения, и покинул заседание.",
     "решение ошибочным, поскольку оно принято без обсуждения", "Министр"),
    ("F5: ', а затем' + the speaker's next predicate",
     "Эксперт назвал реформу провальной, потому что в ней нет денег, а затем ушел из студии.",
     "реформу провальной, потому что в ней нет денег", "Эксперт"),
    ("guard F5: a reason clause to the sentence end",
     "Путин назвал санкции незаконными, так как они нарушают нормы ВТО.",
     "санкции незаконными, так как они нарушают нормы ВТО", "Владимир Путин"),
    ("F6: a statement of the citer's own body: the citer speaks",
     "«Это провокация», – процитировала Захарова заявление своего ведомства.", "Это провокация", "Мария Захарова"),
    ("guard F6: another's statement cited: its owner speaks",
     "«Решение окончательное», – процитировал Песков фразу Путина.", "Решение окончательное", "Владимир Путин"),
    ("F7: 'поэтому' + a plural verb after an impersonal institution's cue is content",
     "В МЧС сообщили, что вода поднялась на метр, поэтому эвакуируют жителей трех сел.",
     "вода поднялась на метр, поэтому эвакуируют жителей трех сел", "МЧС России"),
    ("guard F7: the named speakers' own consequence ends the content",
     "Дипломаты опасаются, что страна заблокирует рестрикции, поэтому предлагают еще подождать с голосованием.",
     "страна заблокирует рестрикции", "Дипломаты"),
    ("F8: a 'где'-clause with a frame ends before the main clause",
     "В Италии, где, по словам министра, протесты не сказываются на полетах, забастовка продолжается.",
     "протесты не сказываются на полетах", "министр"),
    ("guard F8: a 'где'-clause at the sentence end",
     "Рейсы отменены в Италии и Греции, где, по утверждению главы профсоюза Ивана Петрова, протесты не сказываются "
     "на полётах.", "протесты не сказываются на полётах", "Иван Петров"),
    ("F10: a comma inside the criticised words does not end them",
     "Глацких, раскритикованная за слова о том, что пенсии, по ее мнению, не вырастут, ушла в отставку.",
     "пенсии, по ее мнению, не вырастут", "Глацких"),
    ("guard F10: a post noun of another gender, its predicate agrees with the participle (unread pool 954195)",
     "Директор департамента молодежной политики Свердловской области Ольга Глацких, раскритикованная за высказывание "
     "о том, что государство ничего молодежи не должно, заявила о невозможности уйти с должности.",
     "государство ничего молодежи не должно", "Ольга Глацких"),
    ("guard F1: an anaphoric 'Об этом' before a frame keeps the words whole (unread pool 952682)",
     "Об этом, по его словам, известно его работодателям.",
     "Об этом, по его словам, известно его работодателям", None),
    ("guard F10: the participial phrase ends before its noun's predicate",
     "Депутат, раскритикованный за высказывание о том, что зарплаты в стране высокие, извинился.",
     "зарплаты в стране высокие", "Депутат"),
]


@pytest.mark.parametrize("label,text,content,expected", CONTENTS, ids=[c[0] for c in CONTENTS])
def test_mC35_contents(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, words no quote's text may hold)
ABSENT = [
    ("F1: no record whose words are the frame's tail",
     "Такое мнение, как передает РИА Новости, высказал Песков.", "Такое мнение, как передает РИА Новости"),
    ("F1: no relay of a bare 'verb + speaker'",
     "Эту информацию, как сообщает «Интерфакс», подтвердили в МВД.", "подтвердили в МВД"),
]


@pytest.mark.parametrize("label,text,absent", ABSENT, ids=[c[0] for c in ABSENT])
def test_mC35_no_half_records(enrich, label, text, absent):
    doc = enrich(text)
    assert not [q for q in doc.quotes if q.text == absent], [q.text for q in doc.quotes]


# (mechanism, text, content, expected network in the source chain or None)
NETWORKS = [
    ("F9: a second speaker's gerund does not take the first speaker's network",
     "Маск написал в Twitter, что запуск отложен, а Безос ответил журналистам, отметив, что конкуренция полезна.",
     "конкуренция полезна", None),
    ("guard F9: a gerund of the speaker who posted takes the network",
     "Маск сообщил об этом в Twitter, отметив лишь, что запуск отложен.", "запуск отложен", "Twitter"),
]


@pytest.mark.parametrize("label,text,content,network", NETWORKS, ids=[c[0] for c in NETWORKS])
def test_mC35_gerund_network(enrich, label, text, content, network):
    chain = quote_of(enrich(text), content, label).source_chain
    if network is None:
        assert "Twitter" not in chain, (label, chain)
    else:
        assert network in chain, (label, chain)


# (cr35 D4, guards only: no mend) "письмо + undeclined name": the addressee reading after a verb of sending with its
# own author subject, the author reading when the letter itself speaks ("в котором говорится").
# (mechanism, text, content, expected speaker, expected addressee or None)
LETTERS = [
    ("guard D4: the sender writes, the undeclined name is the addressee",
     "Навальный направил письмо Собчак, в котором сообщил, что не будет участвовать в выборах.",
     "не будет участвовать в выборах", "Навальный", "Ксения Собчак"),
    ("guard D4: the letter speaks, the undeclined name is its author",
     "Оппозиция передала письмо Мэй, в котором говорится, что сделка невыгодна.",
     "сделка невыгодна", "Тереза Мэй", None),
]


@pytest.mark.parametrize("label,text,content,speaker,addressee", LETTERS, ids=[c[0] for c in LETTERS])
def test_mC35_letter_readings(enrich, label, text, content, speaker, addressee):
    quote = quote_of(enrich(text), content, label)
    assert quote.speaker is not None and quote.speaker.name == speaker, label
    assert (quote.addressee.name if quote.addressee is not None else None) == addressee, label
