"""dvV (thirty-fourth session) table tests, from the blind half of quotes-dev16 (slots 13-24) and the unread pool.

- A description under a video or post ("говорится в описании к видео на YouTube-канале ведомства") speaks for the
  owner of the page that carries it or the item it describes, or for whoever the sentence before shows publishing
  the item - never for the latest organisation named (what the video shows is no author).
- "Нурмагомедов-старший", "Алибасов-старший": a surname marked for its generation is the latest earlier speaker
  with that surname; with none, the name stays as written."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = no speaker)
DESCRIPTION_CASES = [
    ("a description on an official network channel of the body named before",
     'Проверку начал Следственный комитет. Инцидент произошел на Минском шоссе, говорится в описании к видео на '
     'официальном YouTube-канале ведомства.',
     'Инцидент произошел на Минском шоссе', 'Следственный комитет России'),
    ("a description on a channel named by its handle",
     '«Говорят, что Россия – отсталая страна», – говорится в описании к видео на YouTube-канале birchpunk.',
     'Говорят, что Россия – отсталая страна', 'birchpunk'),
    ("a description under a video published on the ministry's channel (a participle)",
     'Минобороны опубликовало видео учебного полета. «Полет продолжался 40 минут», – говорится в описании под '
     'видео, опубликованном на YouTube-канале Минобороны.',
     'Полет продолжался 40 минут', 'Минобороны'),
    ("a description of a video the sentence before shows a channel publishing (a passive)",
     'Видео опубликовано каналом Defence Express на YouTube.\n\nВ описании к ролику сказано, что танк '
     'разгоняется до 70 км/ч.',
     'танк разгоняется до 70 км/ч', 'Defence Express'),
    ("a description as the subject of 'гласит', after the singer posted the photo",
     'Певица Анна Петрова опубликовала снимок в Instagram. «Она не боится...» – гласит описание фото.',
     'Она не боится...', 'Анна Петрова'),
    ("guard: the page's owner as the parse hangs it still speaks",
     '«Цель уничтожена», – говорится в описании ролика в Youtube-канале военного ведомства Азербайджана.',
     'Цель уничтожена', 'военное ведомство Азербайджана'),
]


@pytest.mark.parametrize("label,text,content,expected", DESCRIPTION_CASES, ids=[c[0] for c in DESCRIPTION_CASES])
def test_dvV_description_author(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, content of the quote, expected speaker name)
GENERATION_CASES = [
    ("'-старший' after the named father's statement",
     'Продюсер Бари Алибасов заявил, что не лишает сына наследства.\n\n«Есть и разногласия, но они преодолимы», – '
     'заключил Алибасов-старший.',
     'Есть и разногласия, но они преодолимы', 'Бари Алибасов'),
    ("'-старший' after the father's Instagram post (dev16 slot 23)",
     'Хабиб Нурмагомедов победил Конора Макгрегора. Абдулманап Нурмагомедов написал в своем Instagram, что '
     'прощает Макгрегора.\n\n«Я надеюсь, в этом есть благо», – заявил Нурмагомедов-старший.',
     'Я надеюсь, в этом есть благо', 'Абдулманап Нурмагомедов'),
    ("guard: no earlier speaker with the surname - the son is not his named father",
     'Сын продюсера Бари Алибасова опубликовал фото с отцом.\n\n«Нужно еще два дня», – написал Алибасов-младший.',
     'Нужно еще два дня', 'Алибасов-младший'),
]


@pytest.mark.parametrize("label,text,content,expected", GENERATION_CASES, ids=[c[0] for c in GENERATION_CASES])
def test_dvV_generation_surname(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
