"""(ot29) Offices whose holder changed (data/role_offices.tsv, data/role_terms.tsv): a role phrase is the holder
of the article's time ("президент США" in 2019 is Трамп, in 2022 Байден)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, strategies as st

from khronika.nlp import components
from khronika.nlp.office_terms import Office, OfficeTerm, date_span
from khronika.nlp.roles import office_holder, resolve_role
from tests.nlp.conftest import article


def _role_ids(doc) -> list[tuple[str, str | None]]:
    return [(m.text, m.actor_id) for m in doc.mentions if m.type == "ROLE"]


@pytest.mark.parametrize("text,published,role,actor", [
    # a dated article: the holder of its day, on both sides of a handover (the handover day is the new holder's)
    ("Президент США заявил, что санкции сохранятся.", "2021-01-19T10:00:00+03:00", "Президент США", "per:donald-trump"),
    ("Президент США заявил, что санкции сохранятся.", "2021-01-20T10:00:00+03:00", "Президент США", "per:joe-biden"),
    ("Президент США заявил, что санкции сохранятся.", "2025-03-01T10:00:00+03:00", "Президент США", "per:donald-trump"),
    ("Премьер-министр Великобритании выступил в парламенте.", "2019-07-23", "Премьер-министр Великобритании",
     "per:theresa-may"),
    ("Премьер-министр Великобритании выступил в парламенте.", "2019-07-24", "Премьер-министр Великобритании",
     "per:boris-johnson"),
    ("Министр обороны России провёл совещание.", "2024-05-13", "Министр обороны России", "per:sergei-shoigu"),
    ("Министр обороны России провёл совещание.", "2024-05-14", "Министр обороны России", "per:andrei-belousov"),
    ("Канцлер Германии прибыл в Париж.", "2021-12-07", "Канцлер Германии", "per:angela-merkel"),
    ("Канцлер Германии прибыл в Париж.", "2021-12-08", "Канцлер Германии", "per:olaf-scholz"),
    # a gap between two terms (an acting holder): nobody
    ("Госсекретарь США прибыл в Киев.", "2017-01-25", "Госсекретарь США", None),
    # a partial date that spans a handover: nobody; one inside a term: its holder
    ("Президент Украины выступил в Раде.", "2019-05", "Президент Украины", None),
    ("Президент Украины выступил в Раде.", "2019-06", "Президент Украины", "per:volodymyr-zelensky"),
    # a national adjective: the pipeline's "президент США"
    ("Американский президент заявил, что санкции сохранятся.", "2022-01-28", "Американский президент",
     "per:joe-biden"),
    # a sentence dated in the past by the one year it writes: that year's one holder; a handover year: nobody
    ("В 2014 году президент США ввёл санкции против России.", "2022-01-28", "президент США", "per:barack-obama"),
    ("В 2017 году президент США ввёл санкции против России.", "2022-01-28", "президент США", None),
    # an office phrase the article gives a person with another of the office's phrases: the article wins
    ("Президент Соединённых Штатов Барак Обама прибыл в Берлин. Президент США заявил, что санкции сохранятся.",
     "2022-01-28", "Президент США", "per:barack-obama"),
    # a head of a body is not the office's holder: the body stays the description's (the event coder's convention)
    ("Глава МИД Германии раскритиковал США.", "2022-01-28", "Глава МИД Германии", None),
    # the office itself, not its holder: after an office noun, or chosen
    ("Джонсон может занять кресло британского премьера.", "2018-09-20", "британского премьера", None),
    ("Он выдвинут кандидатом на пост президента США.", "2019-09-20", "президента США", None),
    ("Если бы президента США мог выбирать каждый из нас, победил бы другой.", "2019-09-20", "президента США", None),
    # a feminine predicate names a woman: not the man the date gives; a masculine one may be said of a woman
    ("Премьер-министр Великобритании заявила, что сделка возможна.", "2019-07-23", "Премьер-министр Великобритании",
     "per:theresa-may"),
    ("Премьер-министр Великобритании заявила, что сделка возможна.", "2019-07-24", "Премьер-министр Великобритании",
     None),
    ("Канцлер Германии заявил, что сделка возможна.", "2020-03-01", "Канцлер Германии", "per:angela-merkel"),
    # a dated role is nobody
    ("Бывший президент США заявил, что санкции сохранятся.", "2022-01-28", "Бывший президент США", None),
    # registry `roles` holders are unchanged
    ("Президент России заявил, что переговоры продолжатся.", "2022-01-28", "Президент России", "per:vladimir-putin"),
    ("Глава МИД России заявил, что переговоры продолжатся.", "2022-01-28", "Глава МИД России", "per:sergey-lavrov"),
    # an office a registry person held before his registry role: by the term
    ("Премьер-министр России провёл совещание.", "2010-03-01", "Премьер-министр России", "per:vladimir-putin"),
    # a head of a body stays the body's description (the event coder's convention)
    ("Председатель правительства России провёл совещание.", "2022-01-28", "Председатель правительства России", None),
])
def test_dated_office_holder(nlp_pipeline, text, published, role, actor):
    doc = nlp_pipeline(article(text, published=published))
    assert (role, actor) in _role_ids(doc) or actor is None and all(t != role for t, _ in _role_ids(doc))


@pytest.mark.parametrize("text,actor", [
    # an undated text: the one holder it names by name …
    ("Дональд Трамп прилетел в Хельсинки. Президент США провёл переговоры.", "per:donald-trump"),
    # … never when it names two holders, or none
    ("Дональд Трамп и Барак Обама провели встречу. Президент США провёл переговоры.", None),
    ("Президент США провёл переговоры в Хельсинки.", None),
    # nor when the role's sentence writes a year outside the named holder's terms
    ("Дональд Трамп прилетел в Хельсинки. В 2010 году президент США провёл переговоры.", None),
    ("Дональд Трамп прилетел в Хельсинки. Его предшественник был президентом США в 2009-2017 годы.", None),
    ("Дональд Трамп прилетел в Хельсинки. Он был президентом США в 2017-2021 годы.", "per:donald-trump"),
])
def test_undated_office_holder(nlp_pipeline, nlp_resources, text, actor):
    registry = components.registry(nlp_resources)
    doc = nlp_pipeline(article(text, published=None))
    at = text.lower().rindex("президент")
    assert resolve_role(doc, registry, "президент США", at) == actor
    assert office_holder(doc, registry, "президент США", at) == actor


def test_registry_roles_path_first(nlp_pipeline, nlp_resources):
    """A registry `roles` phrase never reaches the offices (one key, one meaning)."""
    registry = components.registry(nlp_resources)
    assert registry.lookup_office("президент России") is None
    assert registry.lookup_office("президент США").id == "office:us-president"
    doc = nlp_pipeline(article("Президент России заявил.", published="2022-01-28"))
    assert office_holder(doc, registry, "президент России") is None


TERMS = Office("office:x", ["глава икс"], [OfficeTerm("per:a", "2010-01-01", "2015-06-30"),
                                           OfficeTerm("per:b", "2015-07-01")])


@pytest.mark.parametrize("first,last,holders", [
    ("2015-06-30", "2015-06-30", {"per:a"}),
    ("2015-07-01", "2015-07-01", {"per:b"}),
    ("2015-01-01", "2015-12-31", {"per:a", "per:b"}),
    ("2009-01-01", "2009-12-31", set()),
    ("2030-01-01", "2030-12-31", {"per:b"}),
])
def test_holders_between(first, last, holders):
    assert TERMS.holders_between(first, last) == holders


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_date_span_of_a_day_month_year(day):
    iso = day.isoformat()
    assert date_span(iso + "T12:00:00+03:00") == (iso, iso)
    first, last = date_span(iso[:7])
    assert first <= iso <= last and first[8:] == "01" and (date.fromisoformat(last) + timedelta(days=1)).day == 1
    assert date_span(iso[:4]) == (iso[:4] + "-01-01", iso[:4] + "-12-31")


@pytest.mark.parametrize("written", ["", "вчера", "19-05-2019", "2019-13", "20190520"])
def test_date_span_rejects(written):
    assert date_span(written) is None
