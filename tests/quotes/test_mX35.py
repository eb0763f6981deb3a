"""Helper mX35 (thirty-fifth session) table tests for review rv35_Q C7 (site furniture of reprints) and its
closing finding (foreign surnames in "-и" normalised as "-я" nouns):
- a full stop a reprint lost between a lower-case word and a capitalised sentence opener ("…190 задуманных В
  официальном оповещении Wizz Air добавила, что …") ends a sentence (`nlp.sentence_splits.LOST_STOP`); not inside
  quotation marks, after a preposition left by a lost link, after a noun a title follows, nor in "гепатиты В и С";
- a media verb that ends a content clause with the outlet lost ("…, что всему виной неприязнь, пишет" + a new
  sentence) is no word of the content;
- a lost outlet's verb closing a sentence that holds its own speaker's frame ("…, заявил министр Z в интервью
  изданию, сообщает") makes no speakerless relay of the whole sentence;
- a man's foreign first name left undeclined in an oblique case ("главы профсоюза Марио Росси") keeps the surname
  after it as written (not "Марио Росся", "Марио Драга").
Made-up sentences; guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, quote_of, speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("a lost full stop before a capitalised preposition: the frame after it is read on its own",
     "Рейсы\n\nРейсы будут отменены в пятницу В официальном оповещении Wizz Air добавила, что сожалеет о "
     "неудобствах.",
     "сожалеет о неудобствах", "Wizz Air"),
    ("a lost full stop before 'По словам X': the frame's words are its own sentence's",
     "Рейсы\n\nВ итоге были отменены 600 рейсов По словам директора компании Ивана Сидорова, пассажиры получат "
     "компенсацию.",
     "пассажиры получат компенсацию", "Иван Сидоров"),
    ("a lost full stop before 'Как отметила X'",
     "Рейсы\n\nЗабастовка пилотов Ryanair продлится два дня Как отметила компания, пассажиры получат компенсацию.",
     "пассажиры получат компенсацию", "Ryanair"),
    ("a lost full stop before 'Как передает X': the relay frames the next clause only",
     "Рейсы\n\nКомпания грозится судом из-за Как передает Reuters со ссылкой на заявление директора компании Ивана "
     "Сидорова, в суд компания пойдет в понедельник.",
     "в суд компания пойдет в понедельник", "Иван Сидоров"),
    ("a lost outlet's verb after a content clause is none of its words",
     "Суд\n\nОднако адвокат Петрова полагает, что всему виной личная неприязнь, пишет По словам имама, дело "
     "раскололо общество.",
     "всему виной личная неприязнь", "адвокат Петрова"),
    ("guard: an outlet that is there ends the content as before",
     "Суд\n\nОднако адвокат Петрова полагает, что всему виной личная неприязнь, пишет The Guardian.",
     "всему виной личная неприязнь", "адвокат Петрова"),
]


@pytest.mark.parametrize("label,text,content,speaker", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_mX35_speakers(enrich, label, text, content, speaker):
    assert speaker_of(enrich(text), content, label) == speaker, label


# (mechanism, text, a piece no quote's text may hold)
ABSENT = [
    ("a lost outlet's verb after a framed sentence makes no relay of the frame's words",
     "Газ\n\nГазопровод “убивает” Украину, заявил министр иностранных дел Польши Ян Ковальский в интервью "
     "немецкому изданию Handelsblatt, сообщает По словам министра, ЕС должен действовать решительнее.",
     "заявил министр"),
    ("guard: no split inside quotation marks («… или С лёгким паром!»)",
     "Кино\n\nАктер Иван Петров сказал, что любит фильм «Ирония судьбы, или С лёгким паром» больше других.",
     "С лёгким паром» больше"),
]


@pytest.mark.parametrize("label,text,absent", ABSENT[:1], ids=[c[0] for c in ABSENT[:1]])
def test_mX35_no_relay_of_a_frame(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


def test_mX35_quoted_title_keeps_its_sentence(enrich):
    label, text, _ = ABSENT[1]
    quote = quote_of(enrich(text), "любит фильм «Ирония судьбы, или С лёгким паром» больше других", label)
    assert quote.speaker is not None and quote.speaker.name == "Иван Петров", label


# (mechanism, text, the name in the text, expected speaker name)
FOREIGN_SURNAMES = [
    ("an undeclined Italian first name keeps the surname in '-и' as written (was 'Марио Росся')",
     "Забастовка\n\nПо утверждению главы профсоюза Марио Росси, протесты не сказываются на полётах.",
     "протесты не сказываются на полётах", "Марио Росси"),
    ("… and a surname the dictionary knows as a common noun (was 'Марио Драга')",
     "Италия\n\nПо мнению премьер-министра Италии Марио Драги, кризис будет долгим.",
     "кризис будет долгим", "Марио Драги"),
    ("guard: a declined Ukrainian surname in '-я' after a declined first name",
     "Рада\n\nПо словам депутата Ивана Зозули, закон примут в декабре.",
     "закон примут в декабре", "Иван Зозуля"),
]


@pytest.mark.parametrize("label,text,content,speaker", FOREIGN_SURNAMES, ids=[c[0] for c in FOREIGN_SURNAMES])
def test_mX35_foreign_surnames(enrich, label, text, content, speaker):
    assert speaker_of(enrich(text), content, label) == speaker, label
