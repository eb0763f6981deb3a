"""Helper ra (review rev20_A M1): "выслать в <место>" sends only the subject's own person or a thing; any
other person moved there is expelled.  Sentences written for the tests, not taken from any gold or read document."""
from __future__ import annotations

import pytest

# paragraph, the COERCE/expel event expected (True) or not (False)
EXPEL = [
    # a foreign person moved to a place is expelled (rows that fail on 99ec466)
    ("Правительство Чехии выслало в Москву 18 сотрудников российского посольства.", True),
    ("Польша выслала в Белоруссию журналиста Андрея Почобута.", True),
    ("Власти Франции выслали в Алжир имама, призывавшего к насилию.", True),
    # guards: the subject's own person, or a thing, is sent
    ("Госдепартамент выслал в Грузию своего представителя.", False),
    ("Министерство иностранных дел Франции выслало в Мали своего сотрудника для переговоров.", False),
    ("Государственный департамент США выслал в Армению сотрудника посольства.", False),
    ("Министерство обороны выслало в Сирию документы о поставках.", False),
    # guards: expulsions stay
    ("Власти Латвии выслали в Россию 15 мигрантов.", True),
    ("Германия выслала в Россию двух российских дипломатов.", True),
]


@pytest.mark.parametrize("text, expelled", EXPEL)
def test_ra_only_own_people_or_things_are_sent(code_paragraph, text: str, expelled: bool) -> None:
    found = [e for e in code_paragraph(text).events if e.type == "COERCE" and e.mode == "expel"]
    assert bool(found) == expelled, [(e.trigger, e.source_actors, e.target_actors) for e in found]


# (ra, review rev20_A L1) the told act takes the date of a document's writing, not of its reading
# (paragraph, published, trigger, expected date)
WRITTEN = [
    ("Вчера министр Иванов зачитал обращение, в котором депутаты обвинили мэра в коррупции.",
     "обвинили", "2021-11-20"),
    # guard: the writing's date
    ("29 апреля 2011 года Иван Петров написал письмо, в котором обвинил губернатора Сергея Смирнова в коррупции.",
     "обвинил", "2011-04-29"),
]


@pytest.mark.parametrize("text, trigger, date", WRITTEN, ids=[c[1] for c in WRITTEN])
def test_ra_a_document_read_out_does_not_date_its_content(pipeline, text, trigger, date):
    from khronika.extract.article import Article
    article = Article(id="t", source="test", title="Новости", published="2021-11-20T10:00:00+03:00", language="ru",
                      lead="", paragraphs=[text])
    found = [e for e in pipeline(article).events if e.trigger == trigger]
    assert found and found[0].date == date, [(e.type, e.trigger, e.date) for e in pipeline(article).events]
