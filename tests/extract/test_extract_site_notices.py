"""Text dumps of real crawls (SlavicNER's covid pages) open with site notices: a cookie
banner or a sign-up confirmation is not the headline, a section label above a question
headline is not the headline, and a headline printed twice is not the first paragraph.
Each row: the dump's lines (blank-line separated) → (title, first paragraph)."""
from __future__ import annotations

import pytest

from khronika.extract import extract_page
from khronika.ingest import RawPage

BODY = "Иммунологи из Общества Макса Планка изучают влияние вакцины БЦЖ на иммунитет человека."
BODY2 = "Об этом сообщили в пресс-службе института в понедельник, 12 октября."

CASES = [
    (["Наш сайт использует файлы Cookie, чтобы предоставлять вам персонализированную информацию.",
      "Вакцина от коронавируса: в Германии готовятся к первым испытаниям", BODY, BODY2],
     ("Вакцина от коронавируса: в Германии готовятся к первым испытаниям", BODY)),
    (["Регистрация пройдена успешно! Пожалуйста, перейдите по ссылке из письма, отправленного на",
      "Врач рассказал о вакцинации пациентов с онкозаболеваниями", BODY, BODY2],
     ("Врач рассказал о вакцинации пациентов с онкозаболеваниями", BODY)),
    (["Используя этот сайт, вы соглашаетесь с тем, что мы используем файлы cookie.",
      "В Коми поступило 4,4 тысячи доз вакцины", BODY, BODY2],
     ("В Коми поступило 4,4 тысячи доз вакцины", BODY)),
    # a section label above a headline that asks
    (["Наш сайт использует файлы Cookie.", "Мир",
      "БЦЖ и коронавирус: защищает ли от COVID-19 прививка от туберкулеза?", BODY, BODY2],
     ("БЦЖ и коронавирус: защищает ли от COVID-19 прививка от туберкулеза?", BODY)),
    # the headline printed twice
    (["Прививки от COVID-19 и последствия. Чего ждут ученые от новых вакцин",
      "Прививки от COVID-19 и последствия. Чего ждут ученые от новых вакцин", BODY, BODY2],
     ("Прививки от COVID-19 и последствия. Чего ждут ученые от новых вакцин", BODY)),
    # guards: a record whose only text is its headline keeps it; a one-word headline over prose stays
    (["Бастующие во Франции моряки заблокировали туннель под Ла-Маншем",
      "Бастующие во Франции моряки заблокировали туннель под Ла-Маншем"],
     ("Бастующие во Франции моряки заблокировали туннель под Ла-Маншем",
      "Бастующие во Франции моряки заблокировали туннель под Ла-Маншем")),
    (["Мир", BODY, BODY2], ("Мир", BODY)),
    # a short headline above its question subtitle is the headline (review rev_B)
    (["Ставки ЦБ", "Что будет с ипотекой после решения регулятора?", BODY, BODY2],
     ("Ставки ЦБ", "Что будет с ипотекой после решения регулятора?")),
    (["Матч отменён", "Почему болельщиков не пустили на стадион?", BODY, BODY2],
     ("Матч отменён", "Почему болельщиков не пустили на стадион?")),
]


@pytest.mark.parametrize("lines, expected", CASES, ids=[c[1][0][:30] for c in CASES])
def test_site_notices_are_not_the_headline(lines: list[str], expected: tuple[str, str]) -> None:
    article = extract_page(RawPage(source="dump.txt", data="\n\n".join(lines).encode("utf-8"), kind="text"))
    assert (article.title, article.paragraphs[0]) == expected
