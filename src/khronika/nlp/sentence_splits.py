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
from dataclasses import dataclass

from khronika.nlp.quoted_titles import QuotedTitle, quoted_titles

# Every line break Unicode has (vertical tab, form feed, NEL, U+2028/U+2029 as well as "\n").
LINE_BREAK = re.compile(r"[\n\r\x0b\x0c\x85\u2028\u2029]+\s*(?=[A-ZА-ЯЁ«\"])")
# A stop glued to the next sentence: after a letter, digit, closing mark or bracket, the stop(s) and
# a closing mark they end, then (looked at by `_glued_boundary`) an opening mark or a capital.
# (The stop is searched first and what stands before it checked after: a look-behind tried at every
# character costs more.)
GLUED_STOP = re.compile(r"[.!?…]+[»\"”]?(?=[«\"„“]?[А-ЯЁA-Z]|\d{1,2}:\d\d[А-ЯЁA-Z])")
BEFORE_STOP = re.compile(r"[\w)»\"”]")
# One character of a run looked at before a stop ("COVID-19.Страх и дезинформация": a name with a number
# ends a sentence; a bare number may be a list's, "пункт 2.Статья", so it does not).
CYRILLIC_LETTER = re.compile(r"[а-яёА-ЯЁ]")
LATIN_LETTER = re.compile(r"[A-Za-z]")
ANY_LETTER = re.compile(r"[A-Za-zА-ЯЁа-яё]")
DIGIT = re.compile(r"\d")
WORD_CHAR = re.compile(r"\w")
CLOSING = re.compile(r"[)»\"”]")
NON_SPACE = re.compile(r"\S")
NON_SPACE_RUN = re.compile(r"\S+")
# (cr39 F3) A web address, an e-mail or a handle: no sentence ends inside one.
ADDRESS = re.compile(r"@|www\.|://|[A-Za-z.]/|/[A-Za-z]", re.IGNORECASE)
ADDRESS_LOOK = 80  # characters looked at on each side of the stop
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
# Brands whose services are named after a stop ("Яндекс.Дзен", "Яндекс.Новости", "Сбер.Онлайн").
SERVICE_BRANDS = frozenset({"яндекс", "yandex", "сбер", "mail", "тинькофф"})
# (cr39 F3) Latin titles abbreviated before a name ("Prof.Иванов", "Mrs.Smith"; shorter ones are below MIN_WORD).
LATIN_TITLES = frozenset({"prof", "mrs", "sen", "gen", "gov", "capt", "col", "sgt", "rev", "hon"})
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
    ink = len(text) - len(text.lstrip())  # (cr39 F11) the first non-space character: no prefix copy per break
    points = [m.end() for m in LINE_BREAK.finditer(text) if m.start() > ink]
    dateline = DATELINE.match(text)
    if dateline is not None and dateline.end() < len(text):
        points.append(dateline.end())
    points.extend(match.end() for match in LOST_OUTLET.finditer(text))
    points.extend(match.end() for pattern in (LOST_STOP, LOST_STOP_AFTER_MARK) for match in pattern.finditer(text)
                  if _lost_stop(text, match.start()))
    points.extend(_glued_stops(text))
    return sorted(set(points))


def _glued_stops(text: str) -> list[int]:
    """Where sentences glued by a stop start.  (cr39 F11) Every check looks back only over the run of
    characters before the stop, and the '"' before it are counted as the matches go: a crawl that lost its
    breaks is one long razdel sentence, and a rescan of the whole prefix per stop made it quadratic."""
    starts: list[int] = []
    marks, counted = 0, 0  # '"' in text[:counted]
    for match in GLUED_STOP.finditer(text):
        stop = match.start()
        if not stop or not BEFORE_STOP.match(text, stop - 1):
            continue
        marks, counted = marks + text.count('"', counted, stop), stop
        glued = GluedStop(text, stop, match.end(), marks % 2 == 0)
        if glued.ends_sentence():
            starts.append(glued.after)
    return starts


@dataclass(frozen=True)
class GluedStop:
    """The stop(s) at text[stop:end], glued to what follows; `paired` when an even number of '"' stand
    before them (a '"' right after opens a quotation, one right before closes one)."""

    text: str
    stop: int
    end: int
    paired: bool

    @property
    def after(self) -> int:
        """Where the next sentence starts: after a mark the stop(s) end, or before a '"' that opens a quotation."""
        if self.text[self.end - 1] == '"' and self.paired:
            return self.end - 1
        return self.end

    def ends_sentence(self) -> bool:
        """What stands before may end a sentence and what follows may start one, and the stop is no part of
        a web address, an e-mail or a handle."""
        return _may_end_before(self.text, self.stop, self.paired) and _may_start_after(self.text, self.after, self.stop) \
            and not self.in_address()

    def in_address(self) -> bool:
        """(cr39 F3) The run without spaces around the stop holds "@", "www." or a "/" between Latin letters
        ("www.Sport-Express.Ru", "ivan.Petrov@mail.ru", "t.me/Channel.Новости"; "км/ч.Водитель" ends one)."""
        before = _run_before(self.text, self.stop, NON_SPACE, ADDRESS_LOOK)
        after = NON_SPACE_RUN.match(self.text, self.end, self.end + ADDRESS_LOOK)
        return ADDRESS.search(before + self.text[self.stop:self.end] + (after.group() if after else "")) is not None


def _run_before(text: str, stop: int, char: re.Pattern[str], limit: int | None = None) -> str:
    """The run of characters matching `char` that ends at `stop` (walked back from it, at most `limit` of them)."""
    start = stop
    floor = 0 if limit is None else max(0, stop - limit)
    while start > floor and char.match(text, start - 1):
        start -= 1
    return text[start:stop]


def _latin_word_before(text: str, stop: int) -> str:
    """The Latin word that ends at `stop`, unless a full stop glues it to what stands before ("ivan.Petrov")."""
    word = _run_before(text, stop, LATIN_LETTER)
    start = stop - len(word)
    return "" if start and text[start - 1] == "." else word


def _may_end_before(text: str, stop: int, paired: bool) -> bool:
    """A sentence may end at `stop`: after a word that is no abbreviation or initial, a name with a number,
    or a closing bracket or mark ('"' only when it closes a pair)."""
    last = text[stop - 1: stop]
    if last in (")", "»", "”"):
        return True
    if last == '"':
        return paired
    if last.isdigit():
        return _named_number_before(text, stop)
    latin = _latin_word_before(text, stop)
    if latin:
        return len(latin) >= MIN_WORD and not latin.isupper() and latin.lower() not in SERVICE_BRANDS \
            and latin.lower() not in LATIN_TITLES
    cyrillic = _run_before(text, stop, CYRILLIC_LETTER)
    return bool(cyrillic) and sentence_ends(cyrillic) and cyrillic.lower() not in SERVICE_BRANDS


def _named_number_before(text: str, stop: int) -> bool:
    """A name with a number ends at `stop` ("COVID-19"): digits, a hyphen, two letters or more."""
    digits = _run_before(text, stop, DIGIT)
    hyphen = stop - len(digits) - 1
    return bool(digits) and hyphen >= 2 and text[hyphen] == "-" and len(_run_before(text, hyphen, ANY_LETTER)) >= 2


def _may_start_after(text: str, at: int, stop: int) -> bool:
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
        return _cyrillic(word) and not _upper_before(text, stop)
    if not (word[0].isupper() and word[1:].islower()):
        return False
    return _cyrillic(word) or not _brand_before(text, stop)


def _upper_before(text: str, stop: int) -> bool:
    """The two characters before `stop` (past closing brackets and marks) are upper case ("СТОПКОРОНАВИРУС.РФ")."""
    end = stop - len(_run_before(text, stop, CLOSING))
    return text[max(0, end - 2): end].isupper()


def _cyrillic(word: str) -> bool:
    return "А" <= word[0] <= "я" or word[0] in "Ёё"


def _brand_before(text: str, stop: int) -> bool:
    """A Latin word after the stop names a brand's part when the word before is an acronym ("РИА.Lab") or a
    Latin word ("Booking.Com", "Ozon.Travel", "Ginza.Project"; cr39 F3: of any length, a handle "Ivan.Petrov" too)."""
    word = _run_before(text, stop, WORD_CHAR)
    return word.isupper() or bool(_latin_word_before(text, stop))


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
