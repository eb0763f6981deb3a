"""Page furniture: what sits on a news page but is not the article.

Block headers ("Другие новости", "Читайте также", "Главное" …) open lists
of other headlines; credit and byline lines are kept apart; share, tag,
cookie and subscribe lines are dropped; a comments header ends the article.
These rules are shared by the text-dump and HTML extractors.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from khronika.extract.dates import MONTH_RE, MSK_RE, TIME_RE, find_date

# Sidebar times need no captured parts: strip the group names.
_CLOCK = re.sub(r"\(\?P<\w+>", "(?:", TIME_RE)
_MONTH = re.sub(r"\(\?P<\w+>", "(?:", MONTH_RE)

# Headers that open a list of other headlines (kept as `related`).
RELATED_HEADERS = re.compile(
    r"^(?:другие новости|читайте также|читать также|смотрите также|см\. также|главное|главные новости|"
    r"главное за (?:день|неделю|сутки)|новости партн[её]ров|популярное|самое популярное|самое читаемое|"
    r"самое обсуждаемое|последние новости|лента новостей|новости по теме|по теме|материалы по теме|"
    r"похожие новости|похожие материалы|ещ[её] по теме|рекомендуем|выбор редакции|новости дня|"
    r"актуальное|сейчас читают|вам может быть интересно|в других сми|новости сми2|топ новостей|"
    r"топ[- ]?\d+\s+(?:читаемых|новостей|материалов|статей)|related posts|related articles|похожие записи)"
    r"\s*[:.]?\s*$",
    re.I,
)
# Headers after which nothing is article text (comments, discussion).
END_HEADERS = re.compile(
    r"^(?:комментарии|комментарии\s*\(\d+\)|\d+\s+комментари[йяев]+|оставить комментарий|"
    r"обсуждение|обсуждение\s*\(\d+\)|добавить комментарий|отзывы|правила комментирования)\s*[:.]?\s*$",
    re.I,
)
# End headers that also head a section of an article ("Обсуждение" of a bill, "Отзывы" on a
# product): dropped as a line, but the text after them is read on.
SECTION_END_HEADERS = re.compile(r"^(?:обсуждение|отзывы)\s*[:.]?\s*$", re.I)
# "Читайте также: <headline>" inline in the body.
INLINE_RELATED = re.compile(
    r"^(?:(?:читайте также|читать также|смотрите также|см\. также|по теме|читайте по теме|ранее|подробнее)"
    r"\s*[:—–-]|читайте (?:также )?(?:материал|статью|интервью)(?=\s*[\"«„“]))\s*(?P<title>.+)$",
    re.I,
)
CREDIT = re.compile(
    r"^(?:фото|фотография|фотографии|видео|иллюстрация|инфографика|кадр|скриншот|коллаж|"
    r"источник фото|автор фото|фото и видео|фото на главной|фото из открытых источников|"
    r"источник|изображение)\s*(?::|—|–|-|©)\s*\S.*$",
    re.I,
)
CREDIT_LINE_MAX = 160
# "Имя Фамилия" (a signature names people, not institutions: two capitalised words).
_NAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_NAMES = _NAME + r"(?:\s*(?:,|\sи\s)\s*" + _NAME + r")*"
NAME_LIST = _NAMES   # "Анна Семенова, Вероника Богма" (text.dated_byline)
BYLINE = re.compile(
    r"^(?:(?i:автор|авторы|текст|автор текста|корреспондент|подготовил[аи]?)\s*[:—–-]\s*(?P<names>[^.!?]{2,80})$"
    r"|[Пп]одготовил[аи]?\s+(?P<signed>" + _NAMES + r")\.?$)",
)
# A signature closing the article: "Елена Зеленина, спецкор", "Наталья Меркулова, корреспондент".
SIGNATURE = re.compile(
    r"^(?P<names>" + _NAMES + r")\s*,\s*"
    r"(?:спецкор|специальный корреспондент|собкор|собственный корреспондент|корреспондент|фотокорреспондент|"
    r"обозреватель|политический обозреватель|колумнист|редактор|журналист)\.?$",
)
JUNK_LINE = re.compile(
    r"^(?:поделиться|поделитесь|share|твитнуть|теги|метки|тэги|ключевые слова|рубрики?|"
    r"подписывайтесь|подпишитесь|подписаться|присоединяйтесь|следите за новостями|наш канал|"
    r"мы используем (?:файлы )?cookie|(?:наш |этот )?сайт использует (?:файлы )?cookie|"
    r"используя (?:этот |наш )?сайт,? вы (?:соглашаетесь|даете согласие|даёте согласие)|"
    # site notices a crawl catches above the headline (a sign-up confirmation, a subscription)
    r"регистрация пройдена успешно|пожалуйста, перейдите по ссылке из письма|вы успешно подписались|"
    r"спасибо за подписку|подтвердите (?:свой )?(?:e-?mail|адрес электронной почты)|"
    r"нашли ошибку|если вы нашли ошибку|версия для печати|распечатать|все права защищены|"
    r"при (?:полном или частичном )?(?:использовании|цитировании)|перепечатка|"
    r"обновлено|изменено|просмотров|просмотры|\d+\s+просмотр|вконтакте|одноклассники|telegram|"
    r"принять|ок, понятно|согласен|читать далее|читать полностью|загрузить ещ[её]|показать ещ[её]|"
    r"реклама|на правах рекламы|опубликован[аио]? в газете|заголовок в газете|©)\b.*$",
    re.I,
)
SHARE_WORDS = {"вконтакте", "вк", "telegram", "телеграм", "одноклассники", "ok", "twitter", "facebook",
               "whatsapp", "viber", "livejournal", "мой мир", "x", "дзен", "email", "e-mail", "копировать ссылку"}

# A time shown beside a headline in a sidebar.
ITEM_TIME = re.compile(
    r"(?:(?:[Сс]егодня|[Вв]чера|[Пп]озавчера)(?:\s*(?:в|,)\s*" + _CLOCK + r")?"
    r"|\d{1,3}\s+(?:минут[уы]?|мин\.?|час(?:а|ов)?|дн(?:я|ей)|день|секунд[уы]?)\s+назад"
    r"|(?:[Чч]ас|[Мм]инуту)\s+назад"
    r"|[0-3]?\d\s+" + _MONTH + r"(?:\s+(?:19|20)\d\d)?(?:\s*(?:,|в)?\s*" + _CLOCK + r")?"
    r"|[0-3]?\d\.[01]\d\.(?:19|20)?\d\d(?:\s*,?\s*" + _CLOCK + r")?"
    r"|(?<![\d.:])" + _CLOCK + r"(?![\d:]))",
)
SENTENCE_END = re.compile(r"[.!?…]\s*$")


@dataclass
class Headline:
    title: str
    time_text: str | None


def is_share_line(line: str) -> bool:
    words = [w.strip(" ,|·•").lower() for w in re.split(r"[,|·•]|\s{2,}|\s(?=[A-ZА-Я])", line)]
    words = [w for w in words if w]
    return bool(words) and sum(w in SHARE_WORDS for w in words) >= max(2, len(words) - 1)


BREADCRUMB = re.compile(r"^(?:[^/>»|.!?]{1,30}\s+[/>»|]\s+){1,5}[^/>»|.!?]{1,40}$")


def is_breadcrumb(line: str) -> bool:
    """"Главная / Политика" — navigation path, not text."""
    return len(line) <= 100 and bool(BREADCRUMB.match(line)) and not ITEM_TIME.search(line)


def is_junk(line: str) -> bool:
    return (bool(JUNK_LINE.match(line)) and not network_subject_sentence(line)) or is_share_line(line) \
        or is_breadcrumb(line)


# (ls24) A social network's name opening a sentence whose verb states something is the sentence's subject,
# not a share button or a channel link: "Telegram-канал Baza опубликовал список экипажа: …" is article text
# (a news report cites a channel so, one paragraph a line); "Telegram: @rian_ru", "Telegram-канал
# «Известий» — самые свежие новости", "Telegram: подписывайтесь!" (no statement) are not.
_NETWORK_OPENING = re.compile(r"^(?:telegram|вконтакте|одноклассники)\b", re.I)
# The verb stands within the first words: the network, its channel's name (with an aside), the verb.
NETWORK_VERB_WINDOW = 12


def network_subject_sentence(line: str) -> bool:
    if not _NETWORK_OPENING.match(line) or not SENTENCE_END.search(line.rstrip("»\"”")):
        return False
    words = re.findall(r"[а-яё]+", line.lower())[:NETWORK_VERB_WINDOW]
    return any(_states(word) for word in words)


def _states(word: str) -> bool:
    """The word's likeliest reading is an indicative verb ("пишет", "опубликовал"; not "читайте")."""
    tag = morph_vocab().parse(word)[0].tag
    return "VERB" in tag and "indc" in tag


@lru_cache(maxsize=1)
def morph_vocab() -> Any:
    from natasha import MorphVocab

    return MorphVocab()


def is_credit(line: str) -> bool:
    return len(line) <= CREDIT_LINE_MAX and bool(CREDIT.match(line))


def byline_names(line: str) -> list[str] | None:
    match = BYLINE.match(line) or SIGNATURE.match(line)
    if not match:
        return None
    names = match.groupdict().get("signed") or match["names"]
    return [n.strip() for n in re.split(r",|\sи\s", names) if n.strip()]


_EDGE = " |·•—–-,()[]"


def split_headlines(line: str) -> list[Headline]:
    """Split a sidebar line into headlines with their times.

    Handles the flattened "Заголовок Сегодня в 11:17 Заголовок …" line and
    the time-first "15:20 Заголовок" / "Сегодня в 13:10 — Заголовок" forms,
    as well as "Заголовок (Вчера в 21:30)" and "Заголовок | 14 июля 2022".
    """
    matches = list(ITEM_TIME.finditer(line))
    if not matches:
        title = line.strip(_EDGE)
        return [Headline(title, None)] if title else []
    items: list[Headline] = []
    if not line[:matches[0].start()].strip(_EDGE):
        # Time first: each time opens the headline after it.
        for match, following in zip(matches, matches[1:] + [None]):
            title = line[match.end():following.start() if following else len(line)].strip(_EDGE)
            if title:
                items.append(Headline(title, match.group(0).strip()))
        return items
    position = 0
    for match in matches:
        title = line[position:match.start()].strip(_EDGE)
        if title:
            items.append(Headline(title, match.group(0).strip()))
        position = match.end()
    tail = line[position:].strip(_EDGE)
    if tail:
        items.append(Headline(tail, None))
    return items


def time_only(line: str) -> bool:
    match = ITEM_TIME.fullmatch(line.strip())
    return match is not None


def headline_like(line: str) -> bool:
    """Short line with no sentence-final punctuation: a headline, not prose."""
    return len(line) <= 220 and not SENTENCE_END.search(line.rstrip("»\"“”"))


_DIGIT = re.compile(r"\d")
_WEEKDAYS = re.compile(r"(?i)\b(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)\b")


def is_dateline(line: str) -> bool:
    """A line that is only a date, with or without a time ("15 августа 2016, 13:43").  Before
    the body or after it, it is page furniture repeating the date; between two paragraphs of
    an HTML body it is a chronicle's subheading and stays (`extract.html._sort_line`)."""
    if len(line) > 60 or not _DIGIT.search(line):
        return False
    found = find_date(line)
    if found is None:
        return False
    rest = MSK_RE.sub(" ", line[:found.start] + " " + line[found.stop:])
    rest = _WEEKDAYS.sub(" ", rest)
    return not re.sub(r"[\s|:,.()\-–—/•]|г\.?|года", "", rest, flags=re.I)
