"""Helper sg (twenty-second session): no sentence break inside a short quoted name.

razdel ended a sentence at the "." "?" "!" of «Голос. Дети», «Что? Где? Когда?» or after «Руки Вверх!», and
the sentence around the name was cut in two for NER, quotes and events.  Quoted speech of several sentences
stays split: it opens a sentence, follows ":" / a dash / "что", or is longer than a name.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khronika.nlp import natasha_adapter as nat
from khronika.nlp.quoted_titles import quoted_titles
from khronika.nlp.sentence_splits import refine


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in refine(text, nat.sentences(text))]


SENTENCES = [
    # names after a word of the outer sentence: one sentence
    ("Он пел в шоу «Голос. Дети» и победил.", ["Он пел в шоу «Голос. Дети» и победил."]),
    ("Участник программы «Что? Где? Когда?» Михаил Басс скончался.",
     ["Участник программы «Что? Где? Когда?» Михаил Басс скончался."]),
    ("Лидер группы «Руки Вверх!» Сергей Жуков перенёс операцию.",
     ["Лидер группы «Руки Вверх!» Сергей Жуков перенёс операцию."]),
    ("Наставник шоу «Голос.Дети» Светлана Лобода ответила.", ["Наставник шоу «Голос.Дети» Светлана Лобода ответила."]),
    ("Вышла книга Хафнера «Некто Гитлер. Политика преступления».",
     ["Вышла книга Хафнера «Некто Гитлер. Политика преступления»."]),
    ("Роль в фильме «Звёздные войны. Эпизод IV: Новая надежда» принесла ей славу.",
     ["Роль в фильме «Звёздные войны. Эпизод IV: Новая надежда» принесла ей славу."]),
    ("Об этом выяснил \"Курьер. Среда. Бердск\". Потом вышла статья.",
     ["Об этом выяснил \"Курьер. Среда. Бердск\".", "Потом вышла статья."]),
    ("Она смотрела шоу «Голос. Дети». Потом ушла.", ["Она смотрела шоу «Голос. Дети».", "Потом ушла."]),
    # a name ending in "." may end the sentence too: the break after it stays
    ("Суд арестовал акции компании \"Блю Стрим Б.В.\" Окружной суд так решил.",
     ["Суд арестовал акции компании \"Блю Стрим Б.В.\"", "Окружной суд так решил."]),
    # direct speech may open right after a name: that break stays
    ("Он не играл в «Что? Где? Когда?» «Я предлагаю жить по закону», – добавила она.",
     ["Он не играл в «Что? Где? Когда?»", "«Я предлагаю жить по закону», – добавила она."]),
    # quoted speech stays split
    ("Он сказал: «Я устал. Я ухожу». Потом ушёл.", ["Он сказал: «Я устал.", "Я ухожу».", "Потом ушёл."]),
    ("«Капец. Стыдно за державу», – возмутилась Ирина.", ["«Капец.", "Стыдно за державу», – возмутилась Ирина."]),
    ("Она пишет, что «не приезжайте – место занято!» Да ради бога!",
     ["Она пишет, что «не приезжайте – место занято!»", "Да ради бога!"]),
    ("Видео подписано словами «Обменялись подарками. Ну вы поняли, кто кому что подарил».",
     ["Видео подписано словами «Обменялись подарками.", "Ну вы поняли, кто кому что подарил»."]),
    ("Сотрудник ФСБ «Константин Однолепков. Пуля попала ему в голову», он в больнице.",
     ["Сотрудник ФСБ «Константин Однолепков.", "Пуля попала ему в голову», он в больнице."]),
]


@pytest.mark.parametrize("text, expected", SENTENCES)
def test_sentences(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


TITLES = [
    ("шоу «Голос. Дети» и", ["«Голос. Дети»"]),
    ("клуба „Первые шаги. За победу“ и", ["„Первые шаги. За победу“"]),
    ("в сериалах «Каменская», «Граница. Таежный роман» и", ["«Граница. Таежный роман»"]),
    ("пишут: «Круто», «Вот это фото!!! Супер!»", []),      # a list after ":" is speech
    ("шоу «Голос» и", []),                                 # no sentence mark: nothing to guard
    ("«Голос. Дети» одержала", []),                        # opens the sentence: may be speech
    ("заявил: «Голос. Дети»", []),
    ("словами «Раз два три. Четыре пять шесть семь»", []),  # seven words: longer than a name
]


@pytest.mark.parametrize("text, expected", TITLES)
def test_quoted_titles(text: str, expected: list[str]) -> None:
    assert [text[t.open:t.close + 1] for t in quoted_titles(text)] == expected


PIECES = st.sampled_from(["Он пел в шоу", "«Голос. Дети»", "«Что? Где? Когда?»", "и победил.", "Потом ушёл.",
                          "Он сказал:", "«Я устал. Я ухожу».", "Михаил Басс", "\"Курьер. Среда\"", "—"])


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=12))
def test_joined_sentences_keep_the_text(pieces: list[str]) -> None:
    """Sentences stay in order, never overlap and cover every non-space character razdel covered."""
    text = " ".join(pieces)
    spans = refine(text, nat.sentences(text))
    assert all(a < b <= c for (a, b), (c, _) in zip(spans, spans[1:]))
    covered = "".join(text[a:b] for a, b in spans)
    assert "".join(covered.split()) == "".join(text.split())
