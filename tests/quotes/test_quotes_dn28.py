"""Helper dn28 (twenty-eighth session) table tests: speakers named by the document's whole description or full
name.  (A) a person mention that ends at the speaker's head but begins before the parse's phrase (a particle or an
initial: "Ле Пен", "С.Джобс", a first name after another phrase) names the speaker in full; (B) a bare post noun takes
up the description the text gave it shortly before ("заместитель главы департамента …", "муж Асии Биби" for
"Мужчина"); (C) a name right after the owner's name closes a person noun's phrase: the holder ("адвокат Биби Сайфул
Малук").  Made-up sentences; guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of


# (mechanism, text, exact text of a quote that must exist, its speaker name)
FOUND = [
    ("A: a particle before the surname («сказала Ле Пен»)",
     "Выборы\n\nЛидер партии Марин Ле Пен предложила переименовать партию. «Мы победим», – сказала Ле Пен.",
     "Мы победим", "Марин Ле Пен"),
    ("A: a particle before the surname, indirect («Ранее Ле Пен назвала …»)",
     "Выборы\n\nЛидер партии Марин Ле Пен предложила переименовать партию. Ранее Ле Пен назвала ЕС "
     "катастрофическим институтом.",
     "ЕС катастрофическим институтом", "Марин Ле Пен"),
    ("A: an initial glued to the surname («С.Джобс напомнил»)",
     "Стив Джобс ушел с поста гендиректора Apple\n\nСтив Джобс, глава и символ компании Apple, заявил о своем уходе "
     "с поста генерального директора. Об этом сообщает Associated Press.\n\nВ письме, адресованном сотрудникам "
     "компании, С.Джобс напомнил о своем старом обещании: \"Я всегда говорил, что если наступит тот день, когда я "
     "не смогу больше работать, я первым скажу вам об этом\".",
     "Я всегда говорил, что если наступит тот день, когда я не смогу больше работать, я первым скажу вам об этом",
     "Стив Джобс"),
    ("B: a bare post noun takes up the description given it before",
     "Больницы\n\nНа встрече выступил заместитель главы департамента здравоохранения города. Заместитель сообщил, "
     "что больницы готовы к зиме.",
     "больницы готовы к зиме", "заместитель главы департамента здравоохранения города"),
    ("B: a noun saying only sex is the one person of that gender described just before («муж Асии Биби»)",
     "Суд\n\nЕе сообщение передал муж Асии Биби, который недавно посетил свою жену в тюрьме. Мужчина рассказал, "
     "что его жена в хорошей форме.",
     "его жена в хорошей форме", "муж Асии Биби"),
    ("B: «Женщина» after «мать погибшего студента»",
     "Суд\n\nВ суд пришла мать погибшего студента. Женщина заявила, что будет добиваться пересмотра дела.",
     "будет добиваться пересмотра дела", "мать погибшего студента"),
    ("B: a plural group noun takes up its description too («ополченцев ДНР» → «ополченцы ДНР»)",
     "Жаргон\n\nЖурналист составил словарь ополченцев ДНР. Ополченцы рассказали, что называют гранатомет стаканом.",
     "называют гранатомет стаканом", "ополченцы ДНР"),
    ("C: the holder's name after the owner's, an unfamiliar first name the tagger read as a genitive",
     "Суд\n\nПакистанская христианка Асия Биби вышла на свободу. Во вторник адвокат Биби Сайфул Малук в ходе "
     "пресс-конференции заявил, что еще ни одна западная страна не предложила ей убежище.",
     "еще ни одна западная страна не предложила ей убежище", "Сайфул Малук"),
    # guards: the old answers stay
    ("B guard: a holder named with the description is that person",
     "Больницы\n\nНа встрече выступил заместитель главы департамента здравоохранения города Иван Петров. "
     "Заместитель сообщил, что больницы готовы к зиме.",
     "больницы готовы к зиме", "Иван Петров"),
    ("B guard: two descriptions of the noun before - no choice between them",
     "Больницы\n\nНа встрече выступил заместитель главы департамента здравоохранения города, а затем заместитель "
     "мэра. Заместитель сообщил, что больницы готовы к зиме.",
     "больницы готовы к зиме", "Заместитель"),
    ("B guard: «другой заместитель» is someone else than the one described",
     "Больницы\n\nНа встрече выступил заместитель главы департамента здравоохранения города. Другой заместитель "
     "сообщил, что больницы готовы к зиме.",
     "больницы готовы к зиме", "Другой заместитель"),
    ("B guard: «Женщина» is not the father described before",
     "Суд\n\nВ суд пришел отец погибшего студента. Женщина заявила, что будет добиваться пересмотра дела.",
     "будет добиваться пересмотра дела", "Женщина"),
    ("B guard: a description whose conjunct the phrase would lose («ополченцев ДНР и ЛНР») is not taken up",
     "Жаргон\n\nЖурналист составил словарь ополченцев ДНР и ЛНР. Ополченцы рассказали, что называют гранатомет "
     "стаканом.",
     "называют гранатомет стаканом", "Ополченцы"),
    ("C guard: a full owner's name in the genitive is the owner, not the holder",
     "Суд\n\nПолковник Дмитрий Захарченко переведен в колонию. Адвокат полковника Дмитрия Захарченко рассказал, "
     "что защита обжалует приговор.",
     "защита обжалует приговор", "адвокат Дмитрия Захарченко"),
]

# (mechanism, text, exact text of a quote that must exist, a speaker name it must not get)
NOT_NAMED = [
    ("A guard: two people of one surname - «Ле Пен» is not made the one the actor layer guessed",
     "Выборы\n\nОснователь партии Жан-Мари Ле Пен и его дочь Марин Ле Пен выступили на съезде. «Мы победим», – "
     "сказал Ле Пен.",
     "Мы победим", "Марин Ле Пен"),
    ("A guard: a name in another phrase's case that NER glued to the surname («к Мэй Джонсон»)",
     "Отставка\n\nМинистр Борис Джонсон подал в отставку. В своем обращении к Мэй Джонсон предупредил, что "
     "Британия скоро превратится в колонию ЕС.",
     "Британия скоро превратится в колонию ЕС", "Мэй Джонсон"),
]


@pytest.mark.parametrize("label,text,content,expected", FOUND, ids=[r[0][:60] for r in FOUND])
def test_speaker_named_in_full(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


@pytest.mark.parametrize("label,text,content,forbidden", NOT_NAMED, ids=[r[0][:60] for r in NOT_NAMED])
def test_speaker_not_named(enrich, label, text, content, forbidden):
    assert speaker_of(enrich(text), content, label) != forbidden, label
