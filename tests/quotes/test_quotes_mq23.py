"""Helper mq23 (twenty-third session) table tests for analyst review rv23_Q's quote findings:
H1 an indefinite-personal "X обвиняют в том, что …" has no speaker (X is the accused), and a
house's chair is the "парламентарий"/"депутат" a later sentence speaks of; M4 an initial glued to
a surname ("Вл.Петров") ends no sentence unit; M3 no report in "это напоминает …: …" or an
infinitive that opens its sentence, unquoted colon words after a hinting cue ("дала понять:")
are indirect, a "Name, affiliation:" label opens direct words; M1/M2 a word of the quote
is never its speaker, and a cue before a colon closes no content; after review rev23_C, a broader
noun keeps the person and a label opens words only when they speak (M1, M2).  Made-up sentences; guards
keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("H1: a fronted accused before a plural 'обвиняют' is no speaker",
     "Мэр города Олег Сидоренко подал в отставку. О.Сидоренко обвиняют в том, что он продал землю под парком.",
     "он продал землю под парком", None),
    ("H1: a place before an indefinite-personal 'обвиняют' still speaks",
     "Губернатор Игорь Волков провел заседание. В Кремле Волкова обвиняют в том, что он сорвал сроки.",
     "он сорвал сроки", "Кремль"),
    ("H1 guard: a plural verb with an object of its own keeps its (mis-tagged) subject",
     "Соседки-журналистки обвинили ее в том, что она подделала подписи.", "она подделала подписи",
     "Соседки-журналистки"),
    ("H1 guard: a singular subject of a singular verb accuses",
     "Министр Олег Сидоренко выступил в парламенте. Сидоренко обвинил мэра в том, что он скрыл отчет.",
     "он скрыл отчет", "Олег Сидоренко"),
    ("H1: the chair of a house is the 'парламентарий' after a staffer is named",
     "Спикер верхней палаты парламента Канады Роберт Грин ушел в отпуск. Его бывший помощник Том Уайт "
     "подал иск. Тем не менее, парламентарий заявил, что вернется к работе в мае.",
     "вернется к работе в мае", "Роберт Грин"),
    ("M4: a two-letter initial glued to the surname keeps the clause whole",
     "Журналист Антон Лисицын написал, что высказанные Вл.Петровым упреки его не удивили.",
     "высказанные Вл.Петровым упреки его не удивили", "Антон Лисицын"),
    ("M3: colon words after a hinting cue keep the speaker",
     "Министр Ольга Белова дала понять: отчет она подписывать не будет.",
     "отчет она подписывать не будет", "Ольга Белова"),
    ("M3: a 'Name, affiliation:' label opens that person's direct words",
     "Итоги недели\n\nСергей Лавров, МИД России: Мы много раз предупреждали, что эти переговоры ни к чему не "
     "приведут. Так и вышло.",
     "Мы много раз предупреждали, что эти переговоры ни к чему не приведут. Так и вышло", "Сергей Лавров"),
    ("rev23_C M1: a broader noun than the introduction ('хоккеист' for a defender) keeps the person",
     "Шведский защитник Никлас Эрикссон принял решение завершить карьеру. «Всему приходит конец», — сказал хоккеист.",
     # (mB40: the described subject with a name apposed is the named person, no longer its whole phrase)
     "Всему приходит конец", "Никлас Эрикссон"),
]

# (mechanism, text, content, expected kind)
KINDS = [
    ("M3: colon words after a hinting cue are indirect", "Министр Ольга Белова дала понять: отчет она подписывать не будет.",
     "отчет она подписывать не будет", "indirect"),
    ("M3 guard: first-person colon words stay direct",
     "Министр Ольга Белова написала в Telegram: Я не буду подписывать этот отчет.",
     "Я не буду подписывать этот отчет", "direct"),
    ("M3 guard: colon words after 'написал' that speak of another man stay direct",
     "Министр Олег Сидоренко написал в Telegram: Своим трудом он заслужил уважение всей страны.",
     "Своим трудом он заслужил уважение всей страны", "direct"),
    ("M3: a label's words are direct",
     "Итоги недели\n\nСергей Лавров, МИД России: Мы много раз предупреждали, что эти переговоры ни к чему не "
     "приведут. Так и вышло.",
     "Мы много раз предупреждали, что эти переговоры ни к чему не приведут. Так и вышло", "direct"),
]

# (mechanism, text, a word no quote's text may contain)
NO_QUOTES = [
    ("M3: 'это напоминает …:' is resemblance, not reminding",
     "Пока все это напоминает спор о наследстве живого министра: Игорь Волков в отставку не уходит.",
     "Волков в отставку"),
    ("M3: an infinitive opening the sentence is no one's report",
     "Заявить, что реформа провалилась, значит признать собственные ошибки.", "реформа провалилась"),
    ("rev23_C M2: a biography card after a name and a colon is no one's words",
     "Лауреаты\n\nАндрей Смирнов, режиссер: Родился в 1961 году в Ленинграде, окончил театральный институт.",
     "Родился в 1961"),
    ("rev23_C M2: narration after two names and a colon is no one's words",
     "Встреча\n\nИгорь Волков и Олег Сидоренко: Они обсудили торговлю и визовый режим на два часа.",
     "Они обсудили"),
    ("M3: a market's expectations are no report",
     "После заявления ЦБ рынок начал рассчитывать, что ставку снизят в июне.", "ставку снизят"),
    ("M2: the frame before 'говорится:' is no quote",
     "Президент поздравил артиста.\nВ приветственном письме главы государства, в частности, говорится:\n"
     "Ваши роли давно стали классикой отечественного кино.", "в частности"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_mq23(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


@pytest.mark.parametrize("label,text,content,expected", KINDS, ids=[c[0] for c in KINDS])
def test_kinds_mq23(enrich, label, text, content, expected):
    doc = enrich(text)
    found = [q for q in doc.quotes if q.text == content]
    assert found, f"{label}: {[q.text for q in doc.quotes]}"
    assert found[0].kind == expected, label


@pytest.mark.parametrize("label,text,absent", NO_QUOTES, ids=[c[0] for c in NO_QUOTES])
def test_no_quote_mq23(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


# M1: the speaker of a letter's words is never a place named inside them
def test_quote_word_is_no_speaker_mq23(enrich):
    doc = enrich("«Я глубоко разочарован. Ваше решение навредит интересам Российской Федерации», - гласило "
                 "ответное письмо, составленное в резком тоне.")
    assert_no_quote_with(doc, "Российская Федерация", "M1", speakers=True)
    assert_no_quote_with(doc, "Россия", "M1", speakers=True)
