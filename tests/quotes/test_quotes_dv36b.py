"""dv36b (thirty-sixth session) table tests: misses of quotes-dev20 slots 13-24 mended by construction.

- A plural pronoun after a sentence whose subject is an unnamed plural group goes on with that group, even when an
  organisation or a place is named later in that sentence as an object or an oblique ("Международные лидеры …
  выразили поддержку Австрии. Они подчеркнули, что …"): the place is no subject a pronoun could go on with.
- A plural pronoun goes on with a group named in the genitive of a stance noun ("Это противоречит позиции
  сторонников жесткого Brexit. Они уверены, что …"): the stance is the group's, unlike a kind ("вид рыб").
- A singular pronoun subject after a sentence whose subject is a described person goes on with that person, not
  with a named one that sentence mentions only as an object or a noun's complement ("Прокурор … ответил на вопросы
  Сидорова. Он подчеркнул, что …").
- A colon frame whose speech noun ("комментарий", "заявление", "выступление") is the object of a verb that opens,
  closes or devotes a statement ("посвятил этому событию комментарий …:", "закончив интервью заявлением:", "начал
  выступление словами:") is the words of that verb's subject.
- A full stop glued between two Latin words, the second a short domain ("Mail.Ru", "Gazeta.Ru"), is part of a
  site's name: the quote's sentence is not cut there (`context.glued_split`).
- "По тем же данным, …" names no owner but says the report is the one just quoted: it goes on with the speaker of
  the quote right before ("…, передает телеграм-канал Mash. По тем же данным, …")."""
from __future__ import annotations

import pytest

from quote_checks import quote_of, speaker_of

# (mechanism, text, the whole content of the quote, expected speaker name)
GROUP_BEFORE_OBLIQUE_CASES = [
    ("group subject, a country in the dative later in its sentence",
     "Международные лидеры осудили террористический акт в центре Вены и выразили поддержку Австрии. Они "
     "подчеркнули, что Европа должна объединиться против ненависти и насилия.",
     "Европа должна объединиться против ненависти и насилия", "Международные лидеры"),
    ("group subject, a country in an oblique 'из'-phrase, the possessive two sentences on",
     "Родители погибшей приехали на суд из Китая в Иллинойс. Они умоляли убийцу рассказать, где он спрятал тело. "
     "«Пожалуйста, помоги нам положить конец нашим мучениям», — говорится в их заявлении.",
     "Пожалуйста, помоги нам положить конец нашим мучениям", "Родители погибшей"),
    ("group subject, a company in a locative phrase later in its sentence",
     "Фермеры провели акцию протеста у здания компании «Русагро». Они заявили, что закупочные цены на зерно занижены.",
     "закупочные цены на зерно занижены", "Фермеры"),
]


# (mechanism, text, the whole content of the quote, expected speaker name)
SAME_REPORT_CASES = [
    ("'По тем же данным' after a Telegram channel's report",
     "Учительница несколько раз ударила учеников скакалкой, передает телеграм-канал Mash. По тем же данным, "
     "преподаватель является и классным руководителем у этих учеников.",
     "преподаватель является и классным руководителем у этих учеников", "Mash"),
    ("'По тем же сведениям' after an agency's report",
     "Блогер был уволен по статье, сообщает ТАСС. По тем же сведениям, он сам хотел уволиться еще летом.",
     "он сам хотел уволиться еще летом", "ТАСС"),
    ("'По тем же данным' with a sentence of the reporter's between",
     "Актер был госпитализирован, сообщает телеграм-канал Baza. Диагноз не сообщается. По тем же данным, он провел "
     "в больнице два дня.",
     "он провел в больнице два дня", "Baza"),
]


def test_dv36b_same_report_needs_a_quote_before(enrich):
    """With no quote just before, "По тем же данным" stays an unowned report (speaker unknown)."""
    text = ("В городе открылась новая школа. Ее построили за два года. По тем же данным, в школе будут учиться "
            "тысяча детей.")
    assert speaker_of(enrich(text), "в школе будут учиться тысяча детей", "no quote before") is None


# (mechanism, text, the whole content of the quote, expected speaker name)
DESCRIBED_SUBJECT_CASES = [
    ("described subject, the named person a genitive complement after it",
     "Глава района Иван Сидоров провел совещание. Прокурор выступил с докладом и ответил на вопросы Сидорова. "
     "Он подчеркнул, что нарушений не выявлено.",
     "нарушений не выявлено", "Прокурор"),
    ("described subject, the named person an indirect object after it",
     "Губернатор Олег Смирнов посетил завод. Опытный инженер показал цех Смирнову. Он заявил, что цех скоро расширят.",
     "цех скоро расширят", "Опытный инженер"),
]


# (mechanism, text, the whole content of the quote, expected speaker name)
STANCE_GROUP_CASES = [
    ("the genitive group of 'позиции', after a company",
     "Компания «Лукойл» предложила построить завод у реки. Это противоречит позиции экологов из соседнего города. "
     "Они уверены, что завод загрязнит воду.",
     "завод загрязнит воду", "экологи"),
    ("the genitive group of 'недовольство', after a government",
     "Правительство Германии одобрило новый закон о мигрантах. Закон вызвал недовольство правозащитников. Они "
     "заявили, что закон нарушает права беженцев.",
     "закон нарушает права беженцев", "правозащитники"),
]


# (mechanism, text, the whole content of the quote, expected speaker name)
FRAMING_VERB_CASES = [
    ("'посвятил … комментарий:' with the words in the next paragraph",
     "В день рождения президента ведущий Дмитрий Киселёв посвятил этому событию комментарий длительностью 12 минут:"
     "\n\nПо масштабу деятельности Путин политик мирового уровня.",
     "По масштабу деятельности Путин политик мирового уровня", "Дмитрий Киселёв"),
    ("a gerund 'закончив … заявлением:' on the subject's verb",
     "Актриса Анна Петрова похвалила мэра, закончив интервью неожиданным заявлением:\n\nЯ нахожу его очень "
     "человечным.",
     "Я нахожу его очень человечным", "Анна Петрова"),
    ("'начал выступление словами:' with quotation marks",
     "Министр Иван Сидоров начал выступление словами: «Мы справились с задачей».",
     "Мы справились с задачей", "Иван Сидоров"),
]


SPEAKER_CASES = (GROUP_BEFORE_OBLIQUE_CASES + SAME_REPORT_CASES + DESCRIBED_SUBJECT_CASES + STANCE_GROUP_CASES
                 + FRAMING_VERB_CASES)


@pytest.mark.parametrize("label,text,content,expected", SPEAKER_CASES, ids=[c[0] for c in SPEAKER_CASES])
def test_dv36b_speaker(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, the whole content of the quote that must be found uncut)
SITE_NAME_CASES = [
    ("'Mail.Ru' inside a postposed frame's sentence",
     "Роскомнадзор направил в адрес Google и Mail.Ru уведомления с требованием предоставить информацию, сообщается "
     "на сайте ведомства.",
     "Роскомнадзор направил в адрес Google и Mail.Ru уведомления с требованием предоставить информацию"),
    ("'Gzt.Ru' as the outlet of an inserted frame (unread factRuEval book_182)",
     "Первоначально говорилось о заказном убийстве и похоронах Сулима Ямадаева, но Генеральная прокуратура ОАЭ, как "
     "пишет «Gzt.Ru», 23 июля передала дело Сулима Ямадаева в суд.",
     "заказном убийстве и похоронах Сулима Ямадаева"),
]


@pytest.mark.parametrize("label,text,content", SITE_NAME_CASES, ids=[c[0] for c in SITE_NAME_CASES])
def test_dv36b_site_name_not_cut(enrich, label, text, content):
    quote_of(enrich(text), content, label)
