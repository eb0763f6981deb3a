"""Sentence boundaries razdel misses, found inside its sentences.

- A line break inside a part (RuNormAS keeps the title on the first line,
  ended by U+2028 and no full stop; any of Unicode's line and paragraph
  breaks counts): a new sentence starts after it when the next line opens
  with a capital letter.
- A full stop (or "!", "?") glued to the next sentence ("заявил.Она"):
  razdel keeps one sentence; a new one starts at the capital when the word
  before the stop is no abbreviation (a short or known one: "ул.Ленина",
  "г.Москва", "А.Пушкин").
  (mS39, rv39_Q C7) Crawls that lost paragraph breaks glue more kinds of boundary: after a
  closing mark or bracket ("«нет».Потом", "(Курган).Защитники"), before an opening mark
  ("Быковскую.\"Практически"), before a one-letter preposition or an upper-case word ("Квебека.В
  составе", "Новости.МВД Грузии"), after "COVID-19", and before a live blog's time stamp
  ("Орска.22:45Наши").  Site names stay whole: a domain word after the stop ("Футбол.Ру",
  "Накануне.RU", "Яндекс.Дзен", "Mail.Ru").
- A media verb whose outlet's name (and the full stop) a reprint lost, right before a
  capitalised sentence opener ("…, сообщает По словам X, …"): a new sentence starts there.
- (mX35, rv35_Q C7) A full stop a reprint lost between a lower-case word and a capitalised
  sentence opener ("…будет отменено 190 задуманных В официальном оповещении Ryanair прибавила,
  что …"): no sentence goes on with a capitalised preposition, adverb or pronoun after a
  lower-case word, so a new sentence starts at the opener (not inside quotation marks, nor in
  "закона О страховании вкладов" or "гепатиты В и С", where the capital is a name's).
- An agency dateline that ends in a dash ("INTERFAX.RU - Суд вынес …",
  "Москва (Рейтер) - Суд …", "(ТАСС) — …"): the dateline is no part of the
  sentence, or a quote or event read from it would start with the agency.

And boundaries that are none (razdel's, or the glued stop's): inside a short quoted name
("шоу «Голос. Дети» …", see `quoted_titles`) the pieces are joined again, and so are those razdel
makes at a «;» inside brackets ("в городе Розенхайме (Бавария; Германия) в кругу семьи").
"""
from __future__ import annotations

import re

from khronika.nlp.quoted_titles import QuotedTitle, quoted_titles

# Every line break Unicode has (vertical tab, form feed, NEL, U+2028/U+2029 as well as "\n").
LINE_BREAK = re.compile(r"[\n\r\x0b\x0c\x85\u2028\u2029]+\s*(?=[A-ZА-ЯЁ«\"])")
# A stop glued to the next sentence: after a letter, digit, closing mark or bracket, the stop(s) and
# a closing mark they end, then (looked at by `_glued_boundary`) an opening mark or a capital.
# (The stop is searched first and what stands before it checked after: a look-behind tried at every
# character costs more.)
GLUED_STOP = re.compile(r"[.!?…]+[»\"”]?(?=[«\"„“]?[А-ЯЁA-Z]|\d{1,2}:\d\d[А-ЯЁA-Z])")
BEFORE_STOP = re.compile(r"[\w)»\"”]")
WORD_BEFORE = re.compile(r"([а-яёА-ЯЁ]+)$")
LATIN_WORD_BEFORE = re.compile(r"(?<![A-Za-z.])([A-Za-z]+)$")
# "COVID-19.Страх и дезинформация": a name with a number ends a sentence; a bare number may be a
# list's ("пункт 2.Статья"), so it does not.
NAMED_NUMBER_BEFORE = re.compile(r"[A-Za-zА-ЯЁа-яё]{2,}-\d+$")
# The word after the stop (and an opening mark): a run of one script's letters ("RUДоставка" gives "RU").
WORD_AFTER = re.compile(r"[«\"„“]?([A-Za-z]+|[А-ЯЁа-яё]+)")
# A live blog's time stamp glued to its entry: "…администрация Орска.22:45Наши источники …".
TIME_STAMP = re.compile(r"\d{1,2}:\d\d(?=[А-ЯЁA-Z])")
# One-letter words that open a sentence ("В составе", "С начала", "К вечеру").
ONE_LETTER_OPENERS = frozenset("ВСКОУАИЯ")
# Words after a glued stop that make it a site's name ("Футбол.Ру", "Накануне.RU", "Mail.Ru", "Piter.TV").
DOMAIN_WORDS = frozenset({
    "ру", "рф", "ком", "инфо", "тв", "ru", "com", "net", "org", "info", "tv", "ua", "kz", "by", "su", "uz",
    "news", "io", "me", "online", "media", "pro", "biz", "am", "ge", "az", "lv", "ee", "kg", "md", "de",
})
# The longest Latin word after a Latin one and a glued stop that may be a site's domain (as in `quotes.context`).
SITE_DOMAIN_LETTERS = 4
# Brands whose services are named after a stop ("Яндекс.Дзен", "Яндекс.Новости", "Сбер.Онлайн").
SERVICE_BRANDS = frozenset({"яндекс", "yandex", "сбер", "mail", "тинькофф"})
# At a sentence start: an optional place and date, then an upper-case web address or an
# agency name (bare or in brackets/slashes), then a dash and the sentence proper.
AGENCY = r"(?:[A-Z][A-Z0-9-]*\.(?:RU|COM|UA|BY|KZ)|ИНТЕРФАКС|ТАСС|РИА Новости|Рейтер|Reuters|AFP|REGNUM|ПРАЙМ|Прайм|РБК)"
DATELINE = re.compile(
    r"^\s*(?:[А-ЯЁA-Z][\w .,-]{0,40}?\s+)?[(/]?" + AGENCY + r"[)/]?\s*[-–—]\s+(?=[А-ЯЁA-Z«\"„])")
# (dvE) A reprint that lost the linked outlet's name after a media verb and the full stop with it:
# "…, сообщает По словам представителя МИД, …".  A new sentence starts at the capitalised word that
# opens a sentence (a preposition, "Как", "Ранее", "Напомним" - never the start of an outlet's name).
# (mN34) Or at the opening mark the lost link left, cut off from its name by a space: "…, передает « Пассажиры,
# приобретавшие билеты, …" (an outlet's quoted name is glued to its mark: "передает «Интерфакс»"; cr34 F8: or, spaced,
# closed within a few words on the same line: "пишет « Коммерсантъ »").
LOST_OUTLET = re.compile(
    r",\s+(?:сообщает|сообщают|сообщил[аио]?|передает|передаёт|передают|пишет|пишут|информирует)"
    r"\s+(?=(?:По|Согласно|Как|Ранее|Напомним|Кроме|Также|При|Об?|В|На|Из-за|После|Однако|Хотя)\s|«\s+(?![^«»\n]{0,40}\s»)\w)")
# (mX35) A capitalised sentence opener right after a lower-case word and a space: a reprint's lost full stop.  The
# opener must be followed by a lower-case word of two letters or more ("гепатиты В и С", "в группе В Лиги" are a
# letter's name, not a sentence start).
LOST_STOP = re.compile(
    r"(?<=[а-яёa-z]) +(?=(?:По|Согласно|Как|Ранее|Напомним|Кроме|Также|При|Об?|В|Во|На|Из-за|После|Однако|Для|До|"
    r"Сегодня|Вчера|Накануне|Позже|Он|Она|Они|Это|Эта|Этот|Так|Таким|Всего)\s+[а-яё]{2})")
# (mB36, rv36_Q C1) Or after a closing quotation mark, before any word of two letters: "…, заявив, что "вопросы …
# решаться в Европе, а не в США" Ранее США усилили давление …" (the full stop after the mark was lost).
LOST_STOP_AFTER_MARK = re.compile(
    r"(?<=\w[»\"”]) +(?=(?:По|Согласно|Как|Ранее|Напомним|Кроме|Также|При|Об?|В|Во|На|Из-за|После|Однако|Для|До|"
    r"Сегодня|Вчера|Накануне|Позже|Он|Она|Они|Это|Эта|Этот|Так|Таким|Всего|Хотя)\s+\w{2})")
# Nouns a name follows without marks ("Федерального закона О несостоятельности"): no lost stop after them.
NAMED_BY_TITLE = re.compile(r"(?:закон|законом|закона|закону|фильм|фильма|фильме|книга|книги|книге|песня|песни|песне)$")
# (mC35, cr35 F4) Documents whose unquoted title opens with "О"/"Об" ("подписал указ О мерах …", "постановление О
# порядке выплат"): no lost stop between the noun and "О" (other openers after them do start a sentence: "…
# ответственное решение После строительства …").
TITLED_DOCUMENT = re.compile(r"(?<![а-яё])(?:указ|постановлени|распоряжени|приказ|положени|решени)[а-яё]{0,3}$")
ABOUT_OPENER = re.compile(r" +Об? ")
# (mC35, cr35 F4) The letter "В" before a verb ("гепатит В передается", "категории В выдаются", "корпус В будет
# сдан") names a variant; the preposition "В" opening a sentence is followed by its object ("В ответ", "В среду").
LETTER_BEFORE_VERB = re.compile(r" +В\s+(?!(?:ответ|совет|бюджет|кабинет|интернет|пакет|предмет|штат)\b)"
                                r"[а-яё]+(?:ет|ют|ут|ят|ит|ат|ется|ются|ится|ятся|утся|атся)\b")
# The word before a gap that is no lost full stop: a preposition, or a word right after a full stop.
DANGLING_WORD = re.compile(r"(?:(?<![\w-])(?:в|во|на|по|с|со|к|ко|о|об|у|из|от|до|за|для|при)|[.!?]\s+[а-яё]+)$")
# Capitalised words only, from the sentence's start: a caption's bare name ("Эммануэль Макрон", "Ryanair").
CAPTION = re.compile(r"\s*(?:[A-ZА-ЯЁ][\w'’.-]*\s+)*[A-ZА-ЯЁ][\w'’.-]*$")
MIN_WORD = 3  # "ул.", "г.", "им." and initials are shorter
ABBREVIATIONS = frozenset({
    "стр", "тыс", "млн", "млрд", "руб", "коп", "обл", "акад", "проф", "просп", "пер", "рис", "табл",
    "напр", "англ", "нем", "франц", "лат", "прим", "ред", "иллюстр", "пос", "дер", "наб", "пл",
})


def sentence_ends(word: str) -> bool:
    """A full stop glued after `word` may end a sentence: no abbreviation and no
    initial ("Дж.Эшби", "Вл.Путин", "ул.Ленина" are one sentence)."""
    if word.lower() in ABBREVIATIONS:
        return False
    return len(word) >= MIN_WORD or (len(word) >= 2 and word.isupper())


def split_points(text: str) -> list[int]:
    """Offsets within `text` (one razdel sentence) where a new sentence starts."""
    points = [m.end() for m in LINE_BREAK.finditer(text) if text[: m.start()].strip()]
    dateline = DATELINE.match(text)
    if dateline is not None and dateline.end() < len(text):
        points.append(dateline.end())
    points.extend(match.end() for match in LOST_OUTLET.finditer(text))
    points.extend(match.end() for pattern in (LOST_STOP, LOST_STOP_AFTER_MARK) for match in pattern.finditer(text)
                  if _lost_stop(text, match.start()))
    for match in GLUED_STOP.finditer(text):
        if not match.start() or not BEFORE_STOP.match(text, match.start() - 1):
            continue
        after = _after_closing_mark(text, match.start(), match.end())
        if _glued_boundary(text, match.start(), after):
            points.append(after)
    return sorted(set(points))


def _glued_boundary(text: str, stop: int, after: int) -> bool:
    """The stop(s) at text[stop:after], glued to what follows, end a sentence: what stands before may end
    one and what follows may start one."""
    return _may_end_before(text[:stop]) and _may_start_after(text, after, text[:stop])


def _after_closing_mark(text: str, stop: int, end: int) -> int:
    """Where the sentence after the stop(s) starts: after a mark they end, or before a '"' that opens a
    quotation (an even number of them before the stop)."""
    if text[end - 1] == '"' and text[:stop].count('"') % 2 == 0:
        return end - 1
    return end


def _may_end_before(before: str) -> bool:
    """A sentence may end with the end of `before`: a word that is no abbreviation or initial, a name with
    a number, or a closing bracket or mark ('"' only when it closes a pair)."""
    last = before[-1:]
    if last in (")", "»", "”"):
        return True
    if last == '"':
        return before.count('"') % 2 == 0
    if last.isdigit():
        return NAMED_NUMBER_BEFORE.search(before) is not None
    latin = LATIN_WORD_BEFORE.search(before)
    if latin:
        word = latin.group(1)
        return len(word) >= MIN_WORD and not word.isupper() and word.lower() not in SERVICE_BRANDS
    cyrillic = WORD_BEFORE.search(before)
    return cyrillic is not None and sentence_ends(cyrillic.group(1)) and cyrillic.group(1).lower() not in SERVICE_BRANDS


def _may_start_after(text: str, at: int, before: str) -> bool:
    """A sentence may start at `at`: a time stamp, or a capitalised word that names no site's domain (a
    one-letter word only as a preposition before a space, an upper-case one only after a word in lower case)."""
    if TIME_STAMP.match(text, at):
        return True
    word_match = WORD_AFTER.match(text, at)
    if word_match is None:
        return False
    word = word_match.group(1)
    if word.lower() in DOMAIN_WORDS or word.lower().startswith("дзен"):
        return False
    if len(word) == 1:
        return word in ONE_LETTER_OPENERS and text[word_match.end(): word_match.end() + 1] == " "
    if word.isupper():
        return _cyrillic(word) and not before.rstrip(")»\"”")[-2:].isupper()
    if not (word[0].isupper() and word[1:].islower()):
        return False
    return _cyrillic(word) or not _brand_before(before, word)


def _cyrillic(word: str) -> bool:
    return "А" <= word[0] <= "я" or word[0] in "Ёё"


def _brand_before(before: str, latin: str) -> bool:
    """A Latin word after the stop names a brand's part when the word before is an acronym ("РИА.Lab") or a
    Latin word and the part is short ("Booking.Com", "Rambler.Info")."""
    previous = re.search(r"(\w+)$", before)
    word = previous.group(1) if previous else ""
    return word.isupper() or (bool(LATIN_WORD_BEFORE.search(before)) and len(latin) <= SITE_DOMAIN_LETTERS)


def _lost_stop(text: str, at: int) -> bool:
    """The gap at `at` is a lost full stop: outside quotation marks and not after a noun a title follows, nor
    after a preposition whose object was the lost link ("сообщает пресс-служба в Ранее …": the frame and its
    place read on as one sentence), nor after a verb a displaced outlet's stop stands before ("Об этом The
    Guardian. сообщает Сегодня …": the outlet and its verb read together), nor after a bare name opening the
    sentence (a photo caption, "Эммануэль Макрон В понедельник заявил …": events.tree reads it as a caption)."""
    before = text[:at]
    if LETTER_BEFORE_VERB.match(text, at) or ABOUT_OPENER.match(text, at) and TITLED_DOCUMENT.search(before.lower()):
        return False
    if before.count("«") > before.count("»") or before.count('"') % 2 or before.count("„") > before.count("“"):
        return False
    return NAMED_BY_TITLE.search(before.lower()) is None and DANGLING_WORD.search(before) is None \
        and CAPTION.match(before) is None


def refine(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """razdel's (start, stop) sentences of `text`, split at the points above and
    joined across quoted names; trailing white space stays outside every sentence."""
    titles = quoted_titles(text)
    out: list[tuple[int, int]] = []
    for start, stop in sentences:
        edges = [start] + [start + p for p in split_points(text[start:stop])] + [stop]
        for left, right in zip(edges, edges[1:]):
            piece = text[left:right]
            trimmed = len(piece.rstrip())
            if not trimmed:
                continue
            if out and (_cuts_title(left, text, titles) or _inside_brackets(text[out[-1][0]:out[-1][1]])):
                out[-1] = (out[-1][0], left + trimmed)
            else:
                out.append((left, left + trimmed))
    return out


def _inside_brackets(sentence: str) -> bool:
    """The sentence ends at a «;» while a bracket it opened is still open: razdel's break, not the writer's."""
    return sentence.endswith(";") and sentence.count("(") > sentence.count(")")


def _cuts_title(start: int, text: str, titles: list[QuotedTitle]) -> bool:
    return any(title.holds_break(start, text) for title in titles)
