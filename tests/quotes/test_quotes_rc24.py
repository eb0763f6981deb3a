"""rc24 table tests, made-up sentences: trailing and interrupted frames that found no quote -
1. a keyboard dash "…, - рассказал X" (a hyphen-minus between spaces) closes a trailing frame like "—";
2. a plural trailing verb the parse joined to the narration's verb ("Компания отменяет …, проинформировали
   в программе …") does not take the narration's singular subject: the frame is impersonal;
3. a content noun the parse made the trailing verb's subject although it cannot agree with it (number, or
   gender when an agreeing subject follows the verb): the subject after the verb, else an impersonal frame;
   a date the parse hung on the content ("…, сообщает ТАСС со ссылкой на источник … в среду") does not
   make a long trailing frame a clause of its own;
4. an interrupted impersonal plural frame "X, говорят в компании, Y" (content = the part after the frame);
5. "…», — сказала X, когда …": a "когда"-clause after a frame is when the speaker spoke, never the content;
6. coordinated adjectives in a long speaker description ("профессор российской и европейской истории") stay
   inside the frame's noun phrase.
Guards: an agreeing plural subject of a conjoined speech verb, a parenthetical with no speech verb, the
author's "we" ("- рассказываем в обзоре"), coordinated subjects ("Вдова, брат и сын …, заявили иск")."""
from __future__ import annotations

import pytest

from khronika.quotes.component import extract_quotes
from khronika.quotes.cues import Lexicon
from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
FOUND = [
    ("1 keyboard dash before a named speaker",
     "Вакцина защищает от тяжелого течения болезни, - рассказал вирусолог Сергей Петров.",
     "Вакцина защищает от тяжелого течения болезни", "Сергей Петров"),
    ("1 keyboard dash, long description",
     "Переговоры с партнерами продолжаются, - уточнил министр иностранных дел Иван Сидоров.",
     "Переговоры с партнерами продолжаются", "Иван Сидоров"),
    ("1 keyboard dash, impersonal document frame",
     "У некоторых пациентов возможно развитие аллергических реакций, - говорится в инструкции.",
     "У некоторых пациентов возможно развитие аллергических реакций", None),
    ("3 a weekday after an unnamed source: unknown speaker",
     "Причиной отставки министра стали разногласия с премьером — спор о бюджете на следующий год, пишет "
     "«Коммерсант» со ссылкой на источники в правительстве в понедельник.",
     "Причиной отставки министра стали разногласия с премьером — спор о бюджете на следующий год", None),
    ("3 a content noun of the wrong gender: the agreeing subject after the verb",
     "Бывший мэр города Иван Петров был задержан, подтвердила в понедельник, 4 декабря, его партия после "
     "появления в соцсетях видео задержания.",
     "Бывший мэр города Иван Петров был задержан", "его партия"),
    ("3 a content noun of the wrong number: an impersonal frame",
     "Эффективность препарата «Ковимун» — 90 процентов, заявили в фонде, финансирующем разработку научного "
     "центра имени Петрова.",
     "Эффективность препарата «Ковимун» — 90 процентов", "фонд"),
    ("5 the quoted words, not the 'когда'-clause after the frame",
     "\"Это слегка неловко\", сказала Анна, когда она снова вышла к трибуне.",
     "Это слегка неловко", "Анна"),
    ("6 coordinated adjectives inside a long speaker description",
     "Шансы министра сохранить пост невелики, потому что он потерял доверие коллег по партии, сказал ТАСС "
     "профессор российской и европейской истории Московского государственного университета Иван Петров.",
     "Шансы министра сохранить пост невелики, потому что он потерял доверие коллег по партии", "Иван Петров"),
    ("4 interrupted impersonal plural frame",
     "Новые требования, говорят в компании, фактически остановят строительство завода и сделают невозможным "
     "запуск новых линий.",
     "фактически остановят строительство завода и сделают невозможным запуск новых линий", "компания"),
    ("4 interrupted impersonal frame after a connective",
     "При этом, отметили в Берлине, если поправки будут приняты, для проекта все равно должно быть сделано "
     "исключение.",
     "если поправки будут приняты, для проекта все равно должно быть сделано исключение", "Берлин"),
]


@pytest.mark.parametrize("label,text,content,expected", FOUND, ids=[c[0] for c in FOUND])
def test_rc24_found(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, words no quote may contain)
ABSENT = [
    # (mb24, rev24_A L4: a score row, "Счет матча 2 - 3 …", and a participle row, "Студенты, живущие в
    # общежитии, …", were dropped: a hyphen inside a word or range never stands right before a speech verb,
    # and a participle is refused by the finite-verb check before any rc24 rule, so neither could fail
    # through the rule it named)
    ("guard 3: an agreeing plural subject keeps its conjoined speech verb (no frame)",
     "Депутаты провели встречу с избирателями в районе, проинформировали их о планах.", "Депутаты провели"),
    ("guard: a parenthetical with no speech verb",
     "Новые правила, как известно, позволят сократить очереди на границе.", "позволят сократить"),
    ("guard 5: a 'когда'-clause after a frame",
     "\"Я не могу поверить тому, что слышу. Меня что, сейчас отпустят?\" — сказала Мария, когда узнала "
     "решение суда.", "когда узнала"),
    ("guard: the author's 'we' after a keyboard dash",
     "Как оформить субсидию на ремонт, какие документы нужны и куда их подать - рассказываем в подробном обзоре.",
     "Как оформить"),
    ("guard: coordinated subjects filing a claim",
     "Вдова, брат и младший сын погибшего в аварии, заявили к водителю иск о компенсации морального вреда.",
     "Вдова"),
]


@pytest.mark.parametrize("label,text,absent", ABSENT, ids=[c[0] for c in ABSENT])
def test_rc24_absent(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


def test_rc24_plural_verb_misjoined_to_singular_subject(enrich):
    """2: with the parse a reprint's long list of places can give ("проинформировали" a conjunct of
    "отменяет"), the plural trailing verb still frames the sentence impersonally."""
    doc = enrich("Компания отменяет около 200 рейсов в шести странах, проинформировали в пресс-службе аэропорта.")
    words = [t.text for t in doc.tokens]
    verb, narration = words.index("проинформировали"), words.index("отменяет")
    doc.tokens[verb].rel, doc.tokens[verb].head = "conj", narration
    quotes = extract_quotes(doc, Lexicon.load())
    assert [q.text for q in quotes] == ["Компания отменяет около 200 рейсов в шести странах"]
    assert quotes[0].speaker is not None and "аэропорта" in quotes[0].speaker.name


def test_rc24_singular_verb_keeps_the_shared_subject(enrich):
    """Guard of 2: a singular conjunct verb agrees with the narration's subject - no impersonal frame."""
    doc = enrich("Компания отменила около 200 рейсов в шести странах, проинформировала пассажиров аэропорта.")
    assert_no_quote_with(doc, "отменила около 200 рейсов", "singular conjunct")
