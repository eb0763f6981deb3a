"""Russian wording of the pages: numerals agreeing with their nouns, the placeholders
the records use for "unknown" put into words, and error messages a reader of the
Russian pages can read (the API keeps its English ones)."""
from __future__ import annotations

import re
from typing import Any

from khronika.nlp.doc import named_speaker

UNKNOWN_OUTLET = "издание не указано"
UNKNOWN_SPEAKER = "неизвестный источник"


def plural(n: int, one: str, few: str, many: str) -> str:
    """The noun form a number takes: 1, 21, 101 статья; 2–4, 22–24 статьи; 0, 5–20, 11–14, 25 статей."""
    n = abs(int(n))
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def numeral(n: int | None, one: str, few: str, many: str) -> str:
    """"1 статья", "3 статьи", "11 статей" (None counts as 0)."""
    n = int(n or 0)
    return f"{n} {plural(n, one, few, many)}"


def numeral_genitive(n: int | None, one: str, many: str) -> str:
    """After "из", "от": "из 1 статьи", "из 21 статьи", but "из 2 статей", "из 11 статей"."""
    n = int(n or 0)
    return f"{n} {one if n % 10 == 1 and n % 100 != 11 else many}"


def outlet_label(value: str | None) -> str:
    """Pages read from files carry no URL: the store files them under the outlet "unknown", and the
    quote layer starts their source chain with "article"."""
    return UNKNOWN_OUTLET if value in (None, "", "unknown", "article") else value


def speaker_label(value: str | None) -> str:
    """A quote's speaker as shown; the store writes "?" (or nothing) for one it could not name, and (mC32) the
    quote layer names an unnamed source ("По словам одного из источников") "unknown"."""
    return UNKNOWN_SPEAKER if value == "?" or named_speaker(value) is None else value


_OFFSET = re.compile(r"(?:Z|([+-])(\d\d):?(\d\d))$")


def when(value: str | None) -> str:
    """A stored moment as "2020-04-27 00:10 UTC" / "2019-08-10 04:06 UTC+3": the clock time as the
    source gave it and the zone it is in (without the zone, 00:10 UTC from one outlet and 04:06
    Moscow time from another read as the same clock).  A date alone stays a date; "—" for none."""
    if not value:
        return "—"
    shown = value.replace("T", " ")[:16]
    if len(value) <= 16:
        return shown
    zone = _OFFSET.search(value)
    if zone is None:
        return shown
    sign, hours, minutes = zone.groups()
    if sign is None or (hours == "00" and minutes == "00"):
        return f"{shown} UTC"
    offset = str(int(hours)) + (f":{minutes}" if minutes != "00" else "")
    return f"{shown} UTC{'+' if sign == '+' else '−'}{offset}"


ERROR_TITLES = {400: "Запрос не разобран", 401: "Нужна авторизация", 403: "Доступ запрещён",
                404: "Не найдено", 405: "Так обратиться нельзя", 413: "Слишком большой запрос",
                422: "Неверные параметры", 500: "Ошибка сервера", 503: "Хранилище недоступно"}

# The API's messages for the common cases, as a sentence for the page.
_NOT_FOUND = re.compile(r"^(?P<what>.+) not found$", re.S)
_NO_PATH = re.compile(r"^no such path: (?P<path>.*)$", re.S)
_WHAT = [(re.compile(r"^story (\d+)$"), "сюжет {0}"), (re.compile(r"^article (\d+)$"), "статья {0}"),
         (re.compile(r"^actor '(.*)'$", re.S), "актор «{0}»")]


# The English messages of the query parser, the outlet matcher, the event-type check and
# pydantic's validation, as the Russian pages show them (the API keeps the English; a message
# not listed here is shown as it is).  Patterns over the whole message, most specific first.
_DETAILS: list[tuple[re.Pattern[str], Any]] = [
    (re.compile(r"^empty query$"), "пустой запрос: введите слова или фильтр"),
    (re.compile(r"^empty value for (\w+):$"), "пустое значение после «{0}:»"),
    (re.compile(r"^(\w+):(.*) is not a date \(use YYYY-MM-DD, YYYY-MM or YYYY\)$", re.S),
     "{0}: «{1}» — не дата (нужно YYYY-MM-DD, YYYY-MM или YYYY, например 2024-01-31)"),
    (re.compile(r"^(\w+): '(.*)' is not a date \(use YYYY-MM-DD, YYYY-MM or YYYY\)$", re.S),
     "{0}: «{1}» — не дата (нужно YYYY-MM-DD, YYYY-MM или YYYY, например 2024-01-31)"),
    (re.compile(r"^source:(.*) names no outlet \(use a domain such as tass\.ru\)$", re.S),
     "source: «{0}» не называет издание (укажите домен, например tass.ru)"),
    (re.compile(r"^story:(.*) must be a story id \(a number\)$", re.S), "story: «{0}» — не номер сюжета"),
    (re.compile(r"^outlet '(.*)' names several outlets: (.*) \(give the domain, such as (.*)\)$", re.S),
     "издание «{0}» подходит к нескольким: {1} (укажите домен, например {2})"),
    (re.compile(r"^(\w+): '(.*)' is neither a PLOVER type \((.*)\) nor a CAMEO code \(04, 042\)$", re.S),
     "{0}: «{1}» — не тип PLOVER ({2}) и не код CAMEO (04, 042)"),
    # pydantic (FastAPI's 422: "name: message", several joined by "; ")
    (re.compile(r"^Input should be a valid integer.*$", re.S), "нужно целое число"),
    (re.compile(r"^Input should be greater than or equal to (\S+)$"), "нужно число не меньше {0}"),
    (re.compile(r"^Input should be greater than (\S+)$"), "нужно число больше {0}"),
    (re.compile(r"^Input should be less than or equal to (\S+)$"), "нужно число не больше {0}"),
    (re.compile(r"^Input should be less than (\S+)$"), "нужно число меньше {0}"),
    (re.compile(r"^Input should be ('.*')$", re.S), lambda v: "допустимые значения: " + v.replace("' or '", "' или '")),
    (re.compile(r"^Field required$"), "обязательный параметр"),
    (re.compile(r"^String should have at most (\d+) characters?$"), "не длиннее {0} знаков"),
    (re.compile(r"^unknown query parameters?: (.*)$", re.S), "неизвестные параметры: {0}"),
]


def russian_detail(message: str) -> str:
    """An error message of the query parser, the filters or pydantic in Russian (each
    "; "-joined part, and the part after a "name: " prefix); any other text as it is."""
    def one(text: str) -> str:
        for pattern, template in _DETAILS:
            found = pattern.match(text)
            if found:
                return template(*found.groups()) if callable(template) else template.format(*found.groups())
        name, sep, rest = text.partition(": ")
        if sep and re.fullmatch(r"[\w.]+", name):
            translated = one(rest)
            if translated != rest:
                return f"{name}: {translated}"
        return text

    return "; ".join(one(part) for part in message.split("; "))


def error_message(status: int, message: str) -> tuple[str, str, str | None]:
    """(title, sentence in Russian, technical detail or None) for an error page."""
    title = ERROR_TITLES.get(status, f"Ошибка {status}")
    found = _NOT_FOUND.match(message)
    if status == 404 and found:
        what = found.group("what")
        for pattern, template in _WHAT:
            m = pattern.match(what)
            if m:
                what = template.format(*m.groups())
                break
        return title, f"Не найдено: {what}.", None
    no_path = _NO_PATH.match(message)
    if status == 404 and no_path:
        return title, f"Такой страницы нет: {no_path.group('path')}.", None
    if message == "malformed cursor":
        return title, "Ссылка на следующую страницу испорчена или устарела: начните список сначала.", None
    sentence = {400: "Не удалось разобрать запрос.", 422: "Параметры запроса неверны.",
                500: "Что-то пошло не так на сервере.", 503: "Хранилище сейчас недоступно."}.get(
        status, "Запрос не выполнен.")
    return title, sentence, russian_detail(message) if message else None
