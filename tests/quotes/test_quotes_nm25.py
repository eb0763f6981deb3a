"""Helper nm25 (twenty-fifth session) table tests: quote speakers named as a reader would name them.
- an outlet cited by its web address is the registry's outlet when the registry knows the site
  ("пишет bbc.com" -> Би-би-си), else the address itself;
- a numeral in the nominative keeps what it counts in the genitive ("Трое мужчин", not "Трое мужчины");
  "многих экспертов" is "многие эксперты";
- a bare class word ("Институтом") takes up the nearest fuller name before it that starts with it, unless
  two such names share that sentence.
Made-up sentences; guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("outlet site known to the registry",
     "Суд\n\nАсию признали виновной в 2010 году, пишет bbc.com.", "Асию признали виновной в 2010 году", "Би-би-си"),
    ("outlet site that is an alias itself",
     "Суд\n\nАсию признали виновной в 2010 году, сообщает lenta.ru.", "Асию признали виновной в 2010 году",
     "Лента.ру"),
    ("guard: a site the registry does not know stays the site",
     "Суд\n\nАсию признали виновной в 2010 году, сообщает sedmitza.ru.", "Асию признали виновной в 2010 году",
     "sedmitza.ru"),
    ("collective numeral keeps the genitive",
     "Праздник\n\nВ кафе сидели вязальщики. Трое мужчин заявили, что сегодня праздник вязания.",
     "сегодня праздник вязания", "Трое мужчин"),
    ("'несколько' keeps the genitive",
     "Кризис\n\nНесколько экономистов заявили, что кризис скоро закончится.", "кризис скоро закончится",
     "Несколько экономистов"),
    ("collective numeral with a genitive dependent",
     "Акция\n\nПятеро участников акции сообщили, что их задержали.", "их задержали", "Пятеро участников акции"),
    ("'многих экспертов' in the nominative",
     "Кризис\n\nПо мнению многих экспертов, кризис скоро закончится.", "кризис скоро закончится",
     "многие эксперты"),
    ("guard: a plural subject with no numeral",
     "Кризис\n\nЭкономисты заявили, что кризис скоро закончится.", "кризис скоро закончится", "Экономисты"),
    ("bare class word takes up the nearest fuller name before it",
     "Вакцина\n\nВ Институте экономического анализа изучили данные 36 стран. Приведенные Институтом расчеты "
     "показали, что эпидемия разрастается быстрее. Похожий анализ провели эксперты Института биологии развития.",
     "эпидемия разрастается быстрее", "Институт экономического анализа"),
    ("guard: two fuller names in one sentence leave the bare word bare",
     "Вакцина\n\nДанные изучили в Институте экономического анализа и в Институте биологии развития. Как сообщил "
     "Институт, эпидемия разрастается быстрее.", "эпидемия разрастается быстрее", "Институт"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_nm25(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
