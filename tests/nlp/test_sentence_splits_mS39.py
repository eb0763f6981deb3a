"""mS39 (thirty-ninth session, review rv39_Q C7): crawls that lost paragraph breaks glue sentences in more ways than
"заявил.Она": after a closing mark or bracket, before an opening mark, before a one-letter preposition or an
upper-case word, after a name with a number ("COVID-19."), and before a live blog's time stamp.  Site names
("Футбол.Ру", "Яндекс.Дзен", "Mail.Ru") and abbreviations stay whole.  Made-up sentences, and shapes read on
tgcontest unread text."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khronika.nlp import natasha_adapter as nat
from khronika.nlp.sentence_splits import refine


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in refine(text, nat.sentences(text))]


# (mechanism, text, expected sentences)
SPLITS = [
    ("a one-letter preposition after the stop", "Команда сыграла со сборной лиги Квебека.В составе 24 хоккеиста.",
     ["Команда сыграла со сборной лиги Квебека.", "В составе 24 хоккеиста."]),
    ("an upper-case word after the stop", "Об этом сообщает РИА Новости.МВД Грузии призывает граждан к спокойствию.",
     ["Об этом сообщает РИА Новости.", "МВД Грузии призывает граждан к спокойствию."]),
    ("a closing bracket before the stop", "Вратарь Иван Сомов (Курган).Защитники: Олег Зуев, Петр Лосев.",
     ["Вратарь Иван Сомов (Курган).", "Защитники: Олег Зуев, Петр Лосев."]),
    ("a closing guillemet before the stop", "Она сказала, что «ничего не знала».Как сообщили в полиции, проверка идет.",
     ["Она сказала, что «ничего не знала».", "Как сообщили в полиции, проверка идет."]),
    ("a closing straight mark before the stop", "Поезд идет по маршруту \"Тула - Орел\".В пути он будет пять часов.",
     ["Поезд идет по маршруту \"Тула - Орел\".", "В пути он будет пять часов."]),
    ("an opening straight mark after the stop", "Об этом рассказала Анна Петрова.\"Все больные здоровы\", - добавила она.",
     ["Об этом рассказала Анна Петрова.", "\"Все больные здоровы\", - добавила она."]),
    ("a closing mark after the stop", "Он сказал: \"Мы победим!\"Затем матч начался.",
     ["Он сказал: \"Мы победим!\"", "Затем матч начался."]),
    ("a name with a number before the stop", "Врачи рассказали о COVID-19.Страх мешает лечению.",
     ["Врачи рассказали о COVID-19.", "Страх мешает лечению."]),
    ("a Latin word before the stop", "Об этом пишет Financial Times.За неделю цены выросли.",
     ["Об этом пишет Financial Times.", "За неделю цены выросли."]),
    ("a time stamp glued to the next entry", "Воду дадут вечером, сообщает администрация Орска.22:45Наши источники "
     "сообщают, что авария произошла.",
     ["Воду дадут вечером, сообщает администрация Орска.", "22:45Наши источники сообщают, что авария произошла."]),
    ("guard: a Cyrillic site name", "Об этом сообщает Футбол.Ру со ссылкой на клуб.",
     ["Об этом сообщает Футбол.Ру со ссылкой на клуб."]),
    ("guard: a hyphenated site name at the end", "Источник: Евро-Футбол.Ру",
     ["Источник: Евро-Футбол.Ру"]),
    ("guard: a service of a brand", "Подписывайтесь на наш канал в Яндекс.Дзене и читайте новости.",
     ["Подписывайтесь на наш канал в Яндекс.Дзене и читайте новости."]),
    ("guard: an upper-case Latin domain", "Об этом сообщили Накануне.RU в департаменте.",
     ["Об этом сообщили Накануне.RU в департаменте."]),
    ("guard: a Latin site name", "Об этом пишет Mail.Ru со ссылкой на полицию.",
     ["Об этом пишет Mail.Ru со ссылкой на полицию."]),
    ("guard: a Latin part of an acronym's brand", "Он доступен в приложении РИА.Lab, которое можно скачать.",
     ["Он доступен в приложении РИА.Lab, которое можно скачать."]),
    ("guard: an upper-case domain after an upper-case name", "Подробности на сайте СТОПКОРОНАВИРУС.РФ сегодня.",
     ["Подробности на сайте СТОПКОРОНАВИРУС.РФ сегодня."]),
    ("guard: an abbreviation and an initial", "Он живет на ул.Ленина, а О.Кузьминых - в г.Москва.",
     ["Он живет на ул.Ленина, а О.Кузьминых - в г.Москва."]),
    ("guard: a bare number before the stop (a list's)", "Смотрите пункт 2.Статья закона это требует.",
     ["Смотрите пункт 2.Статья закона это требует."]),
]


@pytest.mark.parametrize("label,text,expected", SPLITS, ids=[c[0] for c in SPLITS])
def test_mS39_glued_boundaries(label, text, expected):
    assert _sentences(text) == expected, label


SITE_NAMES = ["Футбол.Ру", "Правда.Ру", "Лента.Ру", "Яндекс.Дзен", "Яндекс.Новости", "Mail.Ru", "Gazeta.Ru",
              "Накануне.RU", "Piter.TV", "Sports.Ru", "MOS.NEWS", "NUR.KZ", "Евро-Футбол.Ру"]
WORDS = st.sampled_from(["Сегодня", "в", "Москве", "сообщил", "министр", "Иван", "Сомов", "заявил,", "что", "цены",
                         "вырастут.", "«Мы", "готовы»,", "(Тула)", "COVID-19.", "МВД", "В", "22:45", "."])


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=8), st.sampled_from(SITE_NAMES), st.lists(WORDS, max_size=8),
       st.sampled_from([" ", ". ", ", ", "\n"]))
def test_mS39_site_names_stay_whole_and_text_is_kept(left, site, right, glue):
    """No split inside a site's name (followed by a space or punctuation, as in text), and the sentences keep the text's characters in order (only white
    space between them)."""
    text = " ".join(left + [site]) + glue + " ".join(right)
    spans = refine(text, nat.sentences(text))
    site_start = len(" ".join(left + [site])) - len(site)
    dot = site_start + site.index(".")
    assert not any(dot < start <= dot + 1 for start, _ in spans), (text, spans)
    assert not any(site_start < start <= dot for start, _ in spans), (text, spans)
    edges = [0] + [x for span in spans for x in span] + [len(text)]
    assert all(a <= b for a, b in zip(edges, edges[1:])), (text, spans)
    assert all(not text[b:a].strip() for b, a in zip(edges[0::2], edges[1::2])), (text, spans)
