"""Headline "X: …" and "… — X" frames (issue 4, round qh): the part before the colon must be
someone who can speak (a person, an organisation, an outlet, a role), not a topic: a project, an
event named with its year, a thing qualified by a quoted word, a Latin title with its subtitle, a
noun whose complement is the only name.  Made-up titles, none taken from a document; each row
names its mechanism.  Rows marked old=False give no (or another) speaker on the code before qh."""
from __future__ import annotations

import pytest

from khronika.extract.article import Article, RelatedItem
from khronika.nlp.pipeline import Pipeline

BODY = "Подробности появились в среду."

# (mechanism, title, expected speaker name or None for no headline quote)
TITLES = [
    # a project or facility is a topic (registry projects, names headed by "газопровод", …)
    ("a registry pipeline project does not speak",
     "Северный поток-2: Дания выдала разрешение на прокладку", None),
    ("a pipeline named by its project noun stays a topic (no speaker before or after)",
     "Газопровод «Восточный путь»: строители закончили первую очередь", None),
    # an event or an edition named with its year
    ("a championship with its year is an event",
     "Евро-2020: сборная Италии вышла в финал", None),
    ("an air show with its year is an event",
     "МАКС-2019: над Жуковским показали новый самолёт", None),
    # a colon inside a word, and a Latin name continued after the colon
    ("a colon with no space after it frames nothing",
     "Help:Contents/ru", None),
    ("a colon with no space after it frames nothing (Cyrillic)",
     "Категория:Персоналии по алфавиту", None),
    ("a Latin title and its subtitle are one name",
     "Star Wars: Episode IX выйдет в декабре", None),
    # a quoted word that only qualifies the thing at the head
    ("quote marks around a modifier make no outlet of the thing",
     "\"Бумажные\" долги: приставы арестовали счета компании", None),
    # the head of the prefix is a thing; a name in its complement is no speaker
    ("a parse gone round in a circle still finds the noun at the head",
     "Американская вакцина от COVID-19: подробности", None),
    ("a first word tagged an animate genitive is no person",
     "Пальба в центре Женевы: есть раненые", None),
    # "… — Name" after a person noun: the name says who that person is
    ("a name after a dash is an apposition to the person noun before it",
     "Больницу в Твери впервые возглавила женщина — Анна Смирнова", None),
    ("the person noun may have a genitive after it",
     "В Японии умер старейший житель планеты — Кэндзи Като", None),
    # kept: people, bodies, outlets, roles
    ("a surname speaks", "Песков: санкции не сработают", "Дмитрий Песков"),
    ("a ministry speaks", "МИД России: санкции не сработают", "МИД России"),
    ("an outlet in guillemets speaks", "«Би-би-си»: мэр уйдёт в отставку", "Би-би-си"),
    ("a Latin agency before a Latin company name speaks",
     "NASA: Blue Origin испытала новый корабль", "НАСА"),
    ("an outlet named by a plural noun and an adjective speaks",
     "Немецкие СМИ: байкеры въехали в Германию", "Немецкие СМИ"),
    ("a person after a dash after a statement speaks",
     "Переговоры о выходе из ЕС зашли в тупик — Тереза Мэй", "Тереза Мэй"),
]


@pytest.mark.parametrize("mechanism,title,speaker", TITLES)
def test_article_headline(enrich, mechanism, title, speaker):
    doc = enrich(BODY, title=title)
    heads = [q for q in doc.quotes if q.cue == "headline" and q.start < len(title)]
    if speaker is None:
        assert not heads, f"{mechanism}: {[(q.text, q.speaker and q.speaker.name) for q in heads]}"
    else:
        assert heads and heads[0].speaker is not None, mechanism
        assert heads[0].speaker.name == speaker, f"{mechanism}: {heads[0].speaker.name}"


@pytest.fixture(scope="module")
def sidebar_pipeline() -> Pipeline:
    return Pipeline.build(disable=["events"])


def sidebar_quotes(pipeline: Pipeline, title: str) -> list:
    """Quotes of `title` as a related (sidebar) headline: a light Doc, not parsed."""
    article = Article(id="t", source="test", title="Новости дня", published="2022-01-28T16:49:00+03:00",
                      language="ru", lead=BODY, paragraphs=[BODY], related=[RelatedItem(title=title)])
    doc = pipeline(article)
    return [q for light in doc.related for q in light.quotes]


# (mechanism, sidebar headline, expected speaker name, or None for no quote, or "not X")
SIDEBAR = [
    ("a registry pipeline project does not speak (unparsed)",
     "Северный поток-2: Дания выдала разрешение на прокладку", None),
    ("an event with its year (unparsed)", "Евро-2020: сборная Италии вышла в финал", None),
    ("a genitive organisation after a capitalised role noun is its complement, not the speaker",
     "Главком НАТО в Европе: альянс усилит присутствие на востоке", "not НАТО"),
    ("an organisation after a role noun and its adjective is the complement",
     "Бывший пресс-секретарь «ВКонтакте»: я сотрудничал с властями", "not ВКонтакте"),
    ("quote marks around a modifier make no outlet of the thing (unparsed)",
     "\"Бумажные\" долги: приставы арестовали счета компании", None),
    ("an adjective before the role noun: the role speaks (unparsed)",
     "Белгородский губернатор: со счетов надо снять деньги", "Белгородский губернатор"),
    ("a surname speaks (unparsed)", "Песков: санкции не сработают", "Дмитрий Песков"),
    ("an initial and a surname speak (unparsed)", "Б.Обама: американцы молятся за нового Папу", "Барак Обама"),
]


@pytest.mark.parametrize("mechanism,title,speaker", SIDEBAR)
def test_sidebar_headline(sidebar_pipeline, mechanism, title, speaker):
    quotes = sidebar_quotes(sidebar_pipeline, title)
    names = [q.speaker.name if q.speaker else None for q in quotes]
    if speaker is None:
        assert not quotes, f"{mechanism}: {names}"
    elif speaker.startswith("not "):
        assert speaker[4:] not in names, f"{mechanism}: {names}"
    else:
        assert names[:1] == [speaker], f"{mechanism}: {names}"
