"""Helper dvK (twenty-ninth session) table tests for the rules made after the blind quotes-dev11 score
(slots 1-12):
- "– сказала газете ВЗГЛЯД балканист Елена Гуськова": of two subjects the parse gives the verb, the one
  right after a dative press noun is the outlet's name (the addressee), not the speaker;
- "– пояснила собеседница": the feminine "собеседница" is the expert noun "собеседник" (the person just
  quoted), and a quotation of several sentences keeps that person within reach of the next frame;
- title "Эксперт: …" over a body that quotes one person most (more than all others together, at least
  three times) is that person; with no such person it stays the bare noun;
- title "Депутаты предупредили …": a plural description names a group, never one body person;
- an unframed quoted line ("«…»." as a lead) that a later framed quote repeats has that quote's speaker.
Made-up sentences; guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, title, text, content of the quote, expected speaker name; None = no speaker)
SPEAKERS = [
    ("a dative outlet's upper-case name is the addressee, the person after it speaks",
     "",
     "Черногория\n\n«Преодолеть сопротивление митрополита будет трудно», – сказала газете ВЗГЛЯД балканист "
     "Ольга Петрова.",
     "Преодолеть сопротивление митрополита будет трудно", "Ольга Петрова"),
    ("guard: an outlet that is the only subject still speaks",
     "",
     "Черногория\n\n«Митрополит сохранит поддержку прихожан», – сообщила газета ВЗГЛЯД.",
     "Митрополит сохранит поддержку прихожан", "газета ВЗГЛЯД"),
    ("the feminine 'собеседница' after a named woman's quote is that woman",
     "",
     "Черногория\n\n«Страна маленькая, поэтому сопротивляться очень трудно», – сказала руководитель центра "
     "Ольга Петрова.\n\n«Но у президента это не получалось», – пояснила собеседница.",
     "Но у президента это не получалось", "Ольга Петрова"),
    ("a bare expert noun after a long quotation of the same woman",
     "",
     "Черногория\n\n«Страна маленькая, поэтому сопротивляться очень трудно», – сказала руководитель центра "
     "Ольга Петрова.\n\n«Но у президента это не получалось. Тогда он решил принять закон. В данном случае он "
     "хочет передать собственность новой церкви. Закон, конечно, лукавый», – пояснила собеседница.\n\n"
     "«И теперь мы будем свидетелями противостояния», – заключила эксперт.",
     "И теперь мы будем свидетелями противостояния", "Ольга Петрова"),
    ("an unframed lead line repeated by a later framed quote",
     "",
     "Газ\n\n\"Логика проста - строить трубопровод, не дожидаясь окончательных разрешений\".\n\n"
     "Заместитель министра Ольга Петрова заявила, что компания сорвала консультации. \"Компания сорвала "
     "консультации. Логика проста - строить трубопровод, не дожидаясь окончательных разрешений, игнорировать "
     "партнеров\", - написала она в фейсбуке.",
     "Логика проста - строить трубопровод, не дожидаясь окончательных разрешений", "Ольга Петрова"),
    ("guard: an unframed line no other quote repeats keeps no speaker",
     "",
     "Газ\n\n\"Мы построим трубопровод к концу года\".\n\n"
     "Заместитель министра Ольга Петрова заявила, что компания сорвала консультации.",
     "Мы построим трубопровод к концу года", None),
]

# (mechanism, title, body, content of the title quote, expected speaker name)
TITLES = [
    ("a title expert over a body quoting one woman most is that woman",
     "Эксперт: страна борется с церковью старыми методами",
     "«Преодолеть сопротивление будет трудно», – сказала балканист Ольга Петрова.\n\n"
     "«Страна маленькая», – сказала руководитель центра Ольга Петрова.\n\n"
     "«Здесь хорошо видна параллель», – добавила Петрова.\n\n"
     "Как заявил лидер оппозиции Иван Сидоренко, протестующие заблокировали города.",
     "страна борется с церковью старыми методами", "Ольга Петрова"),
    ("guard: two people quoted as often leave the title expert bare",
     "Эксперт: страна борется с церковью старыми методами",
     "«Преодолеть сопротивление будет трудно», – сказала балканист Ольга Петрова.\n\n"
     "«Страна маленькая», – сказала Петрова.\n\n"
     "Как заявил лидер оппозиции Иван Сидоренко, протестующие заблокировали города. Сидоренко также "
     "отметил, что протесты продолжатся.",
     "страна борется с церковью старыми методами", "Эксперт"),
    ("a plural title description is no single body person",
     "Хабаровские депутаты предупредили об угрозе коронавируса из-за несанкционированных акций",
     "Депутат Хабаровской краевой думы от ЛДПР Петр Емельянов заявлял, что причастными к митингам являются "
     "чиновники.",
     "угрозе коронавируса из-за несанкционированных акций", "Хабаровские депутаты"),
]


@pytest.mark.parametrize("label,title,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_dvk(enrich, label, title, text, content, expected):
    assert speaker_of(enrich(text, title), content, label) == expected, label


@pytest.mark.parametrize("label,title,text,content,expected", TITLES, ids=[c[0] for c in TITLES])
def test_title_speakers_dvk(enrich, label, title, text, content, expected):
    assert speaker_of(enrich(text, title), content, label) == expected, label


def test_repeated_name_in_marks_keeps_no_speaker(enrich):
    """Guard: a name in marks that a framed quote repeats is no statement of its speaker."""
    text = ("Школа\n\nВ университете откроется центр «Дом научной коллаборации имени Фридмана», сообщили в "
            "администрации губернатора края.\n\n«Дом научной коллаборации имени Фридмана» – это объединение "
            "университетской науки и школьного образования.")
    doc = enrich(text)
    named = [q for q in doc.quotes if q.text == "Дом научной коллаборации имени Фридмана"]
    assert all(q.speaker is None for q in named), [(q.text, q.speaker) for q in doc.quotes]
