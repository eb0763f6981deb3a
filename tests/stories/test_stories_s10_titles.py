"""A story's title is the member headline that names what most reports name (`stories.titles`).

Headlines as a user got them from a SlavicNER + tgcontest store (sixteenth session, s10 audit): the
first report's headline was kept whatever it was — a crawl's timestamp, a site-wide cookie notice,
a numbered teaser, or a side event of the story."""
from __future__ import annotations

import pytest

from khronika.stories.similarity import Analyzer
from khronika.stories.titles import best_headline, clean_title, headline_words, story_title


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.load(vectors=False)


# (headlines in publication order, the story's title)
TITLES = [
    # a timestamp and a feed's "corner" glued to the first headline
    (["06:36 Пакистанские суд освободил из тюрьмы христианку-богохульницу corner",
      "В Пакистане освобождена из тюрьмы обвиненная в богохульстве христианка",
      "В Пакистане освободили приговоренную к казни за богохульство христианку",
      "Оправданная по делу о богохульстве христианка вышла из тюрьмы в Пакистане"],
     "В Пакистане освобождена из тюрьмы обвиненная в богохульстве христианка"),
    # a dated feed line "10.08.2018 14:09 : …" first
    (["10.08.2018 14:09 : Из-за забастовки пилотов сегодня по всей Европе будут отменены 400 рейсов авиакомпании Ryanair, 250 из них — в ФРГ",
      "Пилоты начали крупнейшую в истории Ryanair забастовку",
      "Из-за крупнейшей забастовки Ryanair в Европе отменено 400 рейсов",
      "Немецкие пилоты Ryanair начали 24-часовую забастовку"],
     "Из-за крупнейшей забастовки Ryanair в Европе отменено 400 рейсов"),
    # a site-wide notice as the first page's headline
    (["Внимание! Конкурс! Три самых активных комментатора получают денежные призы! Подробнее про конкурс",
      "В России стартовала массовая вакцинация от коронавируса",
      "Прививка для всех: в России продолжается массовая вакцинация от COVID-19"],
     "В России стартовала массовая вакцинация от коронавируса"),
    # a notice repeated by one site's pages does not vote for itself
    (["Регистрация пройдена успешно! Пожалуйста, перейдите по ссылке из письма",
      "Регистрация пройдена успешно! Пожалуйста, перейдите по ссылке из письма",
      "Регистрация пройдена успешно! Пожалуйста, перейдите по ссылке из письма",
      "Массовая вакцинация от коронавируса стартует 18 января",
      "В России стартует массовая вакцинация от коронавируса"],
     "В России стартует массовая вакцинация от коронавируса"),
    # the first report was about a side event; most name the acquittal
    (["В Пакистане начались протесты после оправдания христианки",
      "Пакистанский суд оправдал христианку после обвинения в богохульстве",
      "В Пакистане суд оправдал «узницу совести» Асию Биби",
      "В Пакистане оправдана христианка, приговоренная к смерти за богохульство"],
     "В Пакистане оправдана христианка, приговоренная к смерти за богохульство"),
    # a one-word headline does not win on its one shared word
    (["Вакцинация",
      "Массовая вакцинация от коронавируса: ответы на вопросы",
      "Как проходит массовая вакцинация от коронавируса"],
     "Как проходит массовая вакцинация от коронавируса"),
    # unchanged: two reports sharing their words — the earlier one (the order given)
    (["Путин провел переговоры с Си Цзиньпином", "Си Цзиньпин провел переговоры с Путиным"],
     "Путин провел переговоры с Си Цзиньпином"),
    # unchanged: nothing shared — the earlier one
    (["Сборная выиграла матч", "Курс рубля вырос"], "Сборная выиграла матч"),
    # unchanged: one headline
    (["Медведев рассказал, каким будет мир после санкций"], "Медведев рассказал, каким будет мир после санкций"),
]


@pytest.mark.parametrize("titles, expected", TITLES)
def test_story_title_names_what_most_reports_name(analyzer, titles, expected):
    assert story_title(titles, lambda t: headline_words(t, analyzer)) == expected


@pytest.mark.parametrize("words, texts, expected", [
    ([{"a", "b"}, {"a", "b"}], None, 0),                     # a tie goes to the first
    ([{"x"}, {"a", "b"}, {"a", "b", "c"}], None, 1),         # closest to the common words
    ([{"n", "o"}, {"n", "o"}, {"a", "b"}, {"a", "c"}], ["N", "N", "A", "A2"], 2),  # identical texts vote once
])
def test_best_headline_table(words, texts, expected):
    assert best_headline(words, texts) == expected


def test_no_titles():
    assert story_title([], lambda t: set()) == ""


# A feed's stamp at the start or the end of the chosen headline is not shown; a headline's own time
# or day (after a preposition) is.
CLEANED = [
    ("06:36 Пакистанские суд освободил из тюрьмы христианку", "Пакистанские суд освободил из тюрьмы христианку"),
    ("10.08.2018 14:09 : Из-за забастовки пилотов отменены 400 рейсов", "Из-за забастовки пилотов отменены 400 рейсов"),
    ("Верховный суд Пакистана отклонил апелляцию 29.01.2019", "Верховный суд Пакистана отклонил апелляцию"),
    ("Министр иностранных дел Великобритании ушел в отставку 17:36", "Министр иностранных дел Великобритании ушел в отставку"),
    ("СМИ сообщили об угрозах США 07:46", "СМИ сообщили об угрозах США"),
    # kept
    ("Матч начнется в 19:00", "Матч начнется в 19:00"),
    ("Прогноз погоды на 10.08.2019", "Прогноз погоды на 10.08.2019"),
    ("Заседание перенесли до 15:00", "Заседание перенесли до 15:00"),
    ("Митинг в Москве назначен на 12:00 субботы", "Митинг в Москве назначен на 12:00 субботы"),
    ("17:48", "17:48"),
    ("Ryanair отменил 250 рейсов", "Ryanair отменил 250 рейсов"),
]


@pytest.mark.parametrize("title, expected", CLEANED)
def test_clean_title(title, expected):
    assert clean_title(title) == expected


def test_a_stamped_headline_loses_to_its_clean_twin(analyzer):
    titles = ["11:16 СМИ рассказали об угрозе санкций США подрядчикам", "СМИ рассказали об угрозе санкций США подрядчикам",
              "США угрожают санкциями подрядчикам газопровода"]
    assert best_headline([headline_words(t, analyzer) for t in titles], titles) == 1
