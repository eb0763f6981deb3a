"""Furniture rules as tables: sidebar lines, credits, bylines, junk."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from khronika.extract import furniture as fx

SPLITS = [
    ("Нападавшие на Леонида Волкова задержаны в Польше Сегодня в 11:16 До 9 человек выросло число погибших Сегодня в 11:15",
     [("Нападавшие на Леонида Волкова задержаны в Польше", "Сегодня в 11:16"),
      ("До 9 человек выросло число погибших", "Сегодня в 11:15")]),
    ("15:20 Путин выступит на пленарной сессии ПМЭФ в пятницу",
     [("Путин выступит на пленарной сессии ПМЭФ в пятницу", "15:20")]),
    ("Сегодня в 13:10 — В Москве ожидаются сильные морозы",
     [("В Москве ожидаются сильные морозы", "Сегодня в 13:10")]),
    ("Сборная России открыла счет медалям (Сегодня в 01:12)",
     [("Сборная России открыла счет медалям", "Сегодня в 01:12")]),
    ("Путин подписал закон | 14 июля 2022", [("Путин подписал закон", "14 июля 2022")]),
    ("позавчера Правительство утвердило правила", [("Правительство утвердило правила", "позавчера")]),
    ("Заголовок без времени", [("Заголовок без времени", None)]),
]


@pytest.mark.parametrize("line, expected", SPLITS)
def test_split_headlines(line: str, expected: list) -> None:
    assert [(h.title, h.time_text) for h in fx.split_headlines(line)] == expected


@given(st.lists(st.sampled_from(["Обыски у журналистов", "Удар по Днепру", "Новый закон принят"]), min_size=1, max_size=6),
       st.sampled_from(["Сегодня в 11:17", "Вчера в 23:35", "5 минут назад"]))
def test_flattened_line_splits_into_each_item(titles: list[str], stamp: str) -> None:
    line = " ".join(f"{t} {stamp}" for t in titles)
    assert [(h.title, h.time_text) for h in fx.split_headlines(line)] == [(t, stamp) for t in titles]


@pytest.mark.parametrize("line, is_credit", [
    ("Фото: пресс-служба Кремля", True),
    ("Фото: РИА Новости / Сергей Гунеев", True),
    ("Видео: телеканал «Дождь»", True),
    ("Фотографии сделаны на месте событий корреспондентом, который работал там весь день и видел всё.", False),
    ("Президент России Владимир Путин провёл разговор.", False),
])
def test_credit(line: str, is_credit: bool) -> None:
    assert fx.is_credit(line) is is_credit


@pytest.mark.parametrize("line, junk", [
    ("Поделиться: ВКонтакте Telegram", True),
    ("ВКонтакте Одноклассники Telegram", True),
    ("Теги: Москва, выборы", True),
    ("Главная / Политика", True),
    ("Мы используем файлы cookie, чтобы сайт работал лучше.", True),
    ("Россия требовала, чтобы НАТО исключило дальнейшее расширение альянса.", False),
    ("Совет Россия / НАТО собрался в Брюсселе, чтобы обсудить гарантии безопасности.", False),
])
def test_junk(line: str, junk: bool) -> None:
    assert fx.is_junk(line) is junk


@pytest.mark.parametrize("line, header", [
    ("Другие новости", True), ("Читайте также", True), ("Главное", True), ("Новости партнёров", True),
    ("Популярное", True), ("Главное за день", True), ("Главное управление МВД сообщило", False),
])
def test_related_headers(line: str, header: bool) -> None:
    assert bool(fx.RELATED_HEADERS.match(line)) is header


def test_byline() -> None:
    assert fx.byline_names("Автор: Иван Петров") == ["Иван Петров"]
    assert fx.byline_names("Текст: Анна Смирнова и Олег Иванов") == ["Анна Смирнова", "Олег Иванов"]
    assert fx.byline_names("Автор идеи заявил, что всё хорошо.") is None
