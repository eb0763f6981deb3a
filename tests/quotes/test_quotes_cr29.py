"""Review cr29's findings on the session's quote and office rules, as rows that failed before their mends:
an office's guards read the phrase's own sentence in the quote resolver too (H1), a holder the text calls
a former one is not the undated text's holder (M1), «обратиться» frames words only towards «к» + dative
(M3).  Made-up sentences."""
from __future__ import annotations

import pytest

from khronika.extract.article import Article

# (what, article date or None, text, the quote's first words, the speaker's actor id; None: no actor)
SPEAKERS = [
    ("H1: a feminine predicate is no man's", "2020-01-28",
     "Премьер-министр Великобритании заявила, что Brexit состоится в срок.", "Brexit состоится", None),
    ("H1: a year written in the sentence is the sentence's time", "2022-01-28",
     "Премьер Израиля в 1999 году отметил, что мир близок.", "мир близок", None),
    ("H1: a handover year gives nobody", "2022-01-28",
     "В 2017 году, вскоре после инаугурации, президент США заявил, что стена будет построена.", "стена будет", None),
    ("H1 guard: the article's date gives its holder", "2022-01-28",
     "Президент США заявил, что санкции будут расширены.", "санкции будут", "per:joe-biden"),
    ("M1: a holder named as a former one is not the undated text's holder", None,
     "Экс-президент США Дональд Трамп выступил в Техасе. Президент США заявил, что санкции будут расширены.",
     "санкции будут", None),
]


@pytest.mark.parametrize("what,date,text,content,actor", SPEAKERS, ids=[r[0] for r in SPEAKERS])
def test_office_guards_in_quotes(pipeline, what, date, text, content, actor):
    doc = pipeline(Article(id="t", source="test", title="Новости", language="ru", lead=text, paragraphs=[text],
                           published=f"{date}T10:00:00+03:00" if date else None))
    found = [q for q in doc.quotes if q.text.startswith(content)]
    assert found, f"{what}: {[(q.text, q.speaker) for q in doc.quotes]}"
    assert (found[0].speaker.actor_id if found[0].speaker else None) == actor, what


# (what, text, content that must not be a quote)
NOT_QUOTES = [
    ("M3: turning to an office is a request, not words said", "Стоимость проезда выросла, обратились в мэрию жители района.",
     "Стоимость проезда выросла"),
    ("M3: … nor a report to the police",
     "Пенсионерка потеряла документы, обратилась она в полицию только через неделю.", "Пенсионерка потеряла"),
]


@pytest.mark.parametrize("what,text,content", NOT_QUOTES, ids=[r[0] for r in NOT_QUOTES])
def test_turning_verbs_need_an_addressee(enrich, what, text, content):
    assert not [q for q in enrich(text).quotes if q.text.startswith(content)], what


def test_turning_to_someone_frames_words(enrich):
    quotes = enrich("«Когда вы почините дорогу?», — обратился к мэру один из жителей.").quotes
    assert [q.cue for q in quotes if q.text.startswith("Когда вы почините")] == ["обратиться"]


# Review cr29b: (what, text, content, the speaker's name as the quote gives it)
LATER = [
    ("H1: «по его словам» after «Об этом сообщает ТАСС» is the person the report is about",
     "Адвокат Иван Петров подал жалобу в суд. Об этом сообщает ТАСС. По его словам, решение было незаконным.",
     "решение было незаконным", "Иван Петров"),
    ("M1: a name after a preposition past the dash is another party",
     "«Цены будут расти», — говорят эксперты — в отличие от министра финансов Антона Силуанова.",
     "Цены будут расти", "эксперты"),
    ("M2: a network in marks with the owner after it: the owner speaks",
     "«Работы завершатся к пятнице», — говорится в сообществе «ВКонтакте» мэрии Перми.",
     "Работы завершатся к пятнице", "мэрия Перми"),
]


@pytest.mark.parametrize("what,text,content,name", LATER, ids=[r[0] for r in LATER])
def test_review_cr29b(enrich, what, text, content, name):
    found = [q for q in enrich(text).quotes if q.text.startswith(content)]
    assert found and found[0].speaker is not None, what
    assert found[0].speaker.name == name, f"{what}: {found[0].speaker}"


def test_a_completed_generic_name_stays_in_its_paragraph(enrich):
    """(cr29b M3) «представитель компании» completed in one paragraph is not carried into another about other
    companies."""
    doc = enrich("Компания «Яндекс» запустила новый сервис. «Сервис будет бесплатным», — заявил представитель компании.\n\n"
                 "«Сбербанк» и ВТБ снизили ставки по ипотеке. «Ставки снизятся и дальше», — заявил представитель компании.")
    later = [q for q in doc.quotes if q.text.startswith("Ставки снизятся")]
    assert later and (later[0].speaker is None or "Яндекс" not in later[0].speaker.name)
