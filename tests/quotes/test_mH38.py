"""Mender mH38 (thirty-eighth session) table tests: review cr38's F2 and F3 of hT38's headline topic guard.

F2: a verbless "Name: …" title stays a headline quote when the body shows that speaker saying something - by a
mention anywhere in a cue verb's subject phrase ("Постоянный представитель России при ООН Василий Небензя
заявил"), by a nominative mention among the cue's own words ("Об этом заявил журналистам Дмитрий Песков"), or as
the owner of an according-to frame ("По словам … Марии Захаровой", "По данным Би-би-си").  And an anaphoric frame
whose words are the title ("Об этом рассказал куратор …") never takes the "Name:" prefix into its content.
F3: a prefix joining two named bodies with "и" before a clause ("ФСБ и СК: задержаны участники банды") is a joint
statement, not two topics.
Guards: a genitive mention of the prefix's name in someone else's report, a topic noun phrase after two bodies,
two states joined by "и".
Made-up sentences (the reviewer's inputs)."""
from __future__ import annotations

import pytest

from quote_checks import assert_headline_speaker, assert_no_quote_with, quote_of, speaker_name

# (mechanism, title, body, the title's words after the colon, expected headline speaker; None = no headline quote)
TITLES = [
    ("F2 a nominative name after the cue's object speaks",
     "Песков: провокация Запада", "Об этом заявил журналистам Дмитрий Песков.",
     "провокация Запада", "Дмитрий Песков"),
    ("F2 a name in apposition to the subject's role noun speaks",
     "Небензя: двойные стандарты Запада",
     "Постоянный представитель России при ООН Василий Небензя заявил об этом на заседании Совбеза.",
     "двойные стандарты Запада", "Василий Небензя"),
    ("F2 a name after a post-verb role noun speaks",
     "Небензя: двойные стандарты Запада", "Об этом заявил постпред России при ООН Василий Небензя.",
     "двойные стандарты Запада", "Василий Небензя"),
    ("F2 the owner of 'по словам' speaks",
     "Захарова: провокация Запада",
     "По словам официального представителя МИД России Марии Захаровой, инцидент был спланирован заранее.",
     "провокация Запада", "Мария Захарова"),
    ("F2 the owner of 'по данным' reports",
     "Би-би-си: утечка данных миллионов пользователей",
     "По данным Би-би-си, в сеть попали данные миллионов пользователей.",
     "утечка данных миллионов пользователей", "Би-би-си"),
    ("F3 two named bodies joined by 'и' before a clause make a joint statement",
     "ФСБ и СК: задержаны участники банды",
     "ФСБ и Следственный комитет сообщили о задержании участников банды в Дагестане.",
     "задержаны участники банды", "ФСБ"),
    ("guard: the prefix's name as a genitive in another's report is a topic",
     "Константин Сомов: выставка спустя полвека",
     "В Третьяковской галерее открылась выставка Константина Сомова, сообщили в музее.",
     "выставка спустя полвека", None),
    ("guard: two named bodies before a topic noun phrase are topics",
     "Газпром и Роснефть: рекордная прибыль", "Компании отчитались о прибыли.",
     "рекордная прибыль", None),
    ("guard: two states joined by 'и' are topics",
     "Россия и Китай: стратегическое партнерство", "Лидеры двух стран провели переговоры.",
     "стратегическое партнерство", None),
]


@pytest.mark.parametrize("label,title,body,content,expected", TITLES, ids=[c[0] for c in TITLES])
def test_mH38_headline_speakers(enrich, label, title, body, content, expected):
    doc = enrich(body, title=title)
    assert_headline_speaker(doc, content, expected, label)
    prefix = title.split(":")[0]
    assert_no_quote_with(doc, f"{prefix}:", label)


# F2: an anaphoric frame reporting the title takes the words after its "Name:" prefix.
# (mechanism, title, body, the exact content expected, expected speaker)
ANAPHORIC_TITLES = [
    ("F2 'Об этом' over a topic title leaves the prefix out",
     "Константин Сомов: выставка спустя полвека", "Об этом рассказал куратор выставки Иван Петров.",
     "выставка спустя полвека", "Иван Петров"),
]


@pytest.mark.parametrize("label,title,body,content,expected", ANAPHORIC_TITLES, ids=[c[0] for c in ANAPHORIC_TITLES])
def test_mH38_anaphoric_title(enrich, label, title, body, content, expected):
    doc = enrich(body, title=title)
    assert speaker_name(quote_of(doc, content, label)) == expected, label
    assert_no_quote_with(doc, title.split(":")[0] + ":", label)
