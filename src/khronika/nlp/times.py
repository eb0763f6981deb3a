"""Time expressions: find them in Russian text and resolve them against the
article's publication date.

`find_times(text, anchor)` returns `TimeExpr`s with ISO values and a
granularity: day ("2022-01-26"), month ("2022-01"), year ("1997"), week
(ISO week "2022-W04"), with `end` for ranges.  Conventions (news usage):
- a day or month without a year is the latest occurrence up to the anchor in a
  report, the next one when the clause speaks of the future (a future month
  counts as ahead until its last day);
- a clause speaks of the future by its verb's tense, or by a plan stated in the
  present: "намерены/готовы/должны …" without a past copula, "запланирована/
  назначена/перенесена на <day>" (a past "была назначена на", "назначили на"
  does not: news reports a scheduled day after it too);
- (mt21) never ahead: the day of a reportive present ("сообщает во вторник
  агентство", "пишет 9 сентября газета"), a document's date ("в решении суда
  от 19 апреля"; (mx23) read from the words too, wherever the parser hangs
  it); a relative clause's verb dates only the times inside the clause; a
  date in apposition to its weekday ("в четверг, 13 сентября") is dated as
  the weekday is; "с 31 декабря по 3 января": the start in the year
  before the end;
- a bare weekday is the latest one on or before the anchor, unless the
  sentence speaks of the future ("состоится", "будет", future verbs), then
  the next one;
- "прошлый/следующий четверг" is that weekday of the previous/next calendar week;
- without an anchor, relative expressions keep `value=None`, `anchored=False`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from khronika.nlp.doc import Doc, TimeExpr

_MONTHS = [
    ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("ма[йяею]", 5), ("июн", 6),
    ("июл", 7), ("август", 8), ("сентябр", 9), ("октябр", 10), ("ноябр", 11), ("декабр", 12),
]
# Month names in the forms a date takes (not "июньскими", "мартовский").
MONTH = (r"(?P<{name}>(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю|ем|ём)"
         r"|(?:март|август)(?:а|е|у|ом)?|ма[йяею]|маем)")
_WEEKDAYS = [("понедельник", 0), ("вторник", 1), ("сред", 2), ("четверг", 3), ("пятниц", 4), ("суббот", 5), ("воскресень", 6)]
WEEKDAY = r"(?P<wd>понедельник[ау]?|вторник[ау]?|сред[ауы]|четверг[ау]?|пятниц[ауы]|суббот[ауы]|воскресень[еяю])"
_NUMBER_WORDS = {
    "один": 1, "одну": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
    "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "несколько": None, "пару": 2, "полтора": None,
}
_FUTURE_CUES = re.compile(
    r"(?<!\w)(состоится|состоятся|будет|будут|планирует|планируется|пройд[её]т|пройдут|намерен[аоы]?|предстоящ|ожидается|ожидают|преддверии)", re.I)
# (mt) Short forms that put the time of the clause they govern ahead when no copula makes them past
# ("намерены встретиться в пятницу", "готовы подписать 20 августа"; "были намерены" is a past plan).
PLAN_SHORT_ADJ = ("намерен", "готов", "должен", "должн", "обязан")
# (mt) Passive short participles of scheduling that take their day with "на" ("запланирована на
# пятницу", "назначена на 20 августа", "перенесена на 5 мая"): a present setting, so the day lies
# ahead; "была назначена на", "назначили на" (past) and "назначен в пятницу" (appointed) are not.
SCHEDULE_PARTICIPLES = frozenset({"запланировать", "планировать", "наметить", "намечать", "назначить", "перенести", "отложить"})
# (mt21) Of those, the ones of planning, whose day needs no "на" ("16 мая запланированы рейсы"); "назначен 5 мая"
# is the day of the appointment.
PLAN_PARTICIPLES = frozenset({"запланировать", "планировать", "наметить", "намечать"})
# (mt21) Verbs whose present is the reportive present of news ("сообщает во вторник Reuters", "пишет
# 9 сентября газета", "об этом сообщается 18 января на сайте"): the day they govern is the day of the
# report, never a day ahead.
REPORT_PRESENT = frozenset({"сообщать", "сообщаться", "говориться", "писать", "передавать", "информировать",
                            "указываться", "утверждаться", "заявлять", "цитировать"})
# (mt21) Relative words that open a clause: its verb governs only the times inside the clause.
RELATIVE_WORDS = frozenset({"который"})
# (rb21) Nouns of dated documents: the "от" date that hangs on one is the day the document was issued, so never
# ahead ("в решении суда от 19 апреля", "указ от 5 мая"); on any other noun "от" opens a start ("тарифы от
# 1 июня вырастут", "отпуск в период от 1 июня до 1 сентября").
DATED_DOCUMENTS = frozenset({
    "указ", "решение", "приказ", "постановление", "распоряжение", "поручение", "письмо", "протокол", "договор",
    "соглашение", "контракт", "меморандум", "закон", "законопроект", "определение", "приговор", "вердикт",
    "заключение", "резолюция", "директива", "предписание", "уведомление", "ордер", "документ", "акт",
    "заявление", "обращение", "послание", "жалоба", "иск", "ходатайство", "запрос", "ответ", "доклад", "отчет",
    "отчёт", "справка", "записка", "телеграмма", "сообщение", "публикация", "статья", "интервью", "пост",
    "релиз", "пресс-релиз", "коммюнике", "декларация", "бюллетень", "выпуск", "лицензия",
    "разрешение", "свидетельство", "сертификат", "повестка", "требование", "претензия", "поправка",
    "рапорт", "видеоролик", "ролик", "видео", "видеообращение", "колонка", "правка", "редакция",
})

B = r"(?<![\w\d])"   # word start
E = r"(?![\w\d])"    # word end
YEAR = r"(?P<{name}>1[89]\d\d|20\d\d)"
YEAR_WORD = r"(?:-?(?:го|м|й)\s+)?\s*(?:год[а-я]*|г\.|гг\.)"


def _month(word: str) -> int:
    word = word.lower()
    for stem, number in _MONTHS:
        if re.match(stem, word):
            return number
    raise ValueError(word)


def _weekday(word: str) -> int:
    word = word.lower()
    return next(n for stem, n in _WEEKDAYS if word.startswith(stem))


@dataclass
class _Found:
    start: int
    stop: int
    value: str | None
    granularity: str
    end: str | None = None
    anchored: bool = True


# A date up to a week after the anchor still counts as "recent" in a past-tense
# report (datelines and schedules run slightly ahead of the crawl date).
SLACK_DAYS = 7


def _nearest(anchor: date | None, month: int, day: int | None = None, future: bool = False) -> int | None:
    """Year of a month(-day) given without one: the latest occurrence up to
    the anchor (+ slack) when the clause reports, the next one when it speaks
    of the future."""
    if anchor is None:
        return None
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append((date(year, month, day or 1), year))
        except ValueError:
            continue
    if future:
        if day is None:
            # (mt) a month is ahead while it has not ended: "В январе министр встретится" on 9 January
            ahead = [y for d, y in candidates if _month_end(d) >= anchor]
        else:
            ahead = [y for d, y in candidates if d >= anchor - timedelta(days=SLACK_DAYS)]
        return ahead[0] if ahead else None
    behind = [y for d, y in candidates if d <= anchor + timedelta(days=SLACK_DAYS)]
    return behind[-1] if behind else None


def _month_end(first: date) -> date:
    year, month = (first.year + 1, 1) if first.month == 12 else (first.year, first.month + 1)
    return date(year, month, 1) - timedelta(days=1)


def _iso_day(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _add_months(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _count(word: str) -> int | None:
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word.lower())


# ---- patterns: (regex, resolver(match, anchor, text) -> _Found | None) ----

Resolver = Callable[..., "_Found | None"]
PATTERNS: list[tuple[re.Pattern, Resolver]] = []


def pattern(regex: str) -> Callable[[Resolver], Resolver]:
    def wrap(resolver: Resolver) -> Resolver:
        PATTERNS.append((re.compile(regex, re.I), resolver))
        return resolver
    return wrap


@pattern(B + r"(?:с\s+)?(?P<d1>\d{1,2})(?:-го)?\s*(?:" + MONTH.format(name="m1") + r"\s*)?(?:по|до|[-–—])\s*(?P<d2>\d{1,2})(?:-го)?\s+"
         + MONTH.format(name="m2") + r"(?:\s+" + YEAR.format(name="y") + r"(?:\s*" + YEAR_WORD + r")?)?" + E)
def _day_range(m: re.Match, anchor: date | None, text: str, future: Callable[[int], bool]) -> _Found | None:
    m2 = _month(m["m2"])
    m1 = _month(m["m1"]) if m["m1"] else m2
    year = int(m["y"]) if m["y"] else _nearest(anchor, m2, int(m["d2"]), future(m.start()))
    # (mt21) the year (written or found) is the end's: a start later in the calendar lies in the year
    # before ("с 31 декабря по 3 января", "с 28 декабря по 8 января 2021 года")
    before = year is not None and m["m1"] is not None and (m1, int(m["d1"])) > (m2, int(m["d2"]))
    start, end = _iso_day(year - 1 if before else year, m1, int(m["d1"])), _iso_day(year, m2, int(m["d2"]))
    if start is None and year is not None:
        return None
    return _Found(m.start(), m.end(), start, "day", end, anchored=not m["y"])


@pattern(B + r"(?P<d>\d{1,2})(?:-го)?\s+" + MONTH.format(name="m") + r"(?:\s+(?:" + YEAR.format(name="y")
         + r"(?:\s*" + YEAR_WORD + r")?|(?P<rel>этого|прошлого|следующего|текущего|будущего)\s+года))?" + E)
def _day_month(m: re.Match, anchor: date | None, text: str, future: Callable[[int], bool]) -> _Found | None:
    month, day = _month(m["m"]), int(m["d"])
    if not 1 <= day <= 31:
        return None
    if m["y"]:
        year = int(m["y"])
    elif m["rel"] and anchor is not None:
        year = anchor.year + _shift(m["rel"])
    else:
        year = _nearest(anchor, month, day, future(m.start()))
    value = _iso_day(year, month, day)
    if value is None and year is not None:
        return None
    return _Found(m.start(), m.end(), value, "day", anchored=not m["y"])


@pattern(B + r"(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>(?:19|20)\d\d)" + E)
def _numeric_day(m: re.Match, anchor: date | None, text: str, future: Callable[[int], bool]) -> _Found | None:
    value = _iso_day(int(m["y"]), int(m["m"]), int(m["d"]))
    return _Found(m.start(), m.end(), value, "day", anchored=False) if value else None


@pattern(B + r"(?:в\s+|с\s+|до\s+|к\s+)?" + MONTH.format(name="m") + r"(?:\s+(?:" + YEAR.format(name="y")
         + r"(?:\s*" + YEAR_WORD + r")?|(?P<rel>этого|прошлого|следующего|текущего|будущего)\s+года))?" + E)
def _month_year(m: re.Match, anchor: date | None, text: str, future: Callable[[int], bool]) -> _Found | None:
    month = _month(m["m"])
    word = m["m"].lower()
    if word in ("мая", "мае", "май") and not m["y"] and not m["rel"] and not m.group(0).lower().startswith(("в ", "с ", "до ", "к ")):
        return None  # "мая" alone is too often part of something else
    if m["y"]:
        return _Found(m.start(), m.end(), f"{int(m['y']):04d}-{month:02d}", "month", anchored=False)
    if anchor is None:
        return _Found(m.start(), m.end(), None, "month", anchored=False)
    if m["rel"]:
        shift = {"этого": 0, "текущего": 0, "прошлого": -1, "следующего": 1, "будущего": 1}[m["rel"].lower()]
        year = anchor.year + shift
    else:
        year = _nearest(anchor, month, None, future(m.start()))
    if year is None:
        return None
    return _Found(m.start(), m.end(), f"{year:04d}-{month:02d}", "month")


@pattern(B + r"(?P<y1>1[89]\d\d|20\d\d)\s*(?:[-–—]|по|и)\s*(?P<y2>1[89]\d\d|20\d\d)\s*" + r"(?:-?(?:х|е|м)\s+)?(?:год[а-я]*|гг\.)" + E)
def _year_range(m: re.Match, anchor: date | None, text: str, future: Callable[[int], bool]) -> _Found | None:
    return _Found(m.start(), m.end(), m["y1"], "year", m["y2"], anchored=False)


@pattern(B + r"(?:в|с|до|к|по)\s+" + YEAR.format(name="y") + r"(?=\s*(?:[,.;:)!?—–]|\sи\s|$))")
def _bare_year(m: re.Match, anchor: date | None, text: str, future: Callable[[int], bool]) -> _Found | None:
    """"в 2014," without "году": only before punctuation or "и", where a count ("в 2014 случаях") cannot be."""
    return _Found(m.start("y"), m.end(), m["y"], "year", anchored=False)


@pattern(B + r"(?P<y>1[89]\d0|20\d0)-?(?:е|х|ых|м|ми)(?:\s+год[а-я]*)?" + E)
def _decade(m: re.Match, anchor: date | None, text: str, future: Callable[[int], bool]) -> _Found | None:
    """"1980-е", "в конце 1980-х годов": decade granularity, value = first year."""
    return _Found(m.start(), m.end(), m["y"], "decade", anchored=False)


@pattern(B + YEAR.format(name="y") + r"\s*" + YEAR_WORD + E)
def _year(m: re.Match, anchor: date | None, text: str, future: Callable[[int], bool]) -> _Found | None:
    return _Found(m.start(), m.end(), m["y"], "year", anchored=False)


RELATIVE_DAYS = r"позавчера|вчера|сегодня|завтра|послезавтра"
# (mx26, rv26_Q L1) "A сегодня — B завтра": two halves of an equation, each closed by a day word, is a saying
# about now and later ("Бизнес на карантине сегодня — дыра в бюджете завтра"), no day; not "Сегодня — выборы".
_DAY_CONTRAST = re.compile(r"^\s*[^\s—–-].*?\s(?P<a>" + RELATIVE_DAYS + r")\s*[—–-]\s.*?\s(?P<b>" + RELATIVE_DAYS
                           + r")\s*[.!?…]*\s*$", re.I | re.S)
# Correlative "или …, или …" / "либо …, либо …": alternatives of a hypothetical.
_CORRELATIVE = re.compile(B + r"(?:или|либо)" + E, re.I)
# A word that dates an alternative by itself ("или завтра, или в пятницу", "или 5 мая"): a real choice of days.
_DATING = re.compile(r"\d|" + WEEKDAY + "|" + MONTH.format(name="m") + "|" + RELATIVE_DAYS, re.I)


def _sentence_around(text: str, start: int, stop: int) -> tuple[int, str]:
    """The sentence (by its final punctuation or a line break) holding text[start:stop], and its offset."""
    first = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, stop) for c in ".!?\n") if i >= 0]
    return first, text[first:min(ends) if ends else len(text)]


def _figurative_day(text: str, start: int, stop: int) -> bool:
    """(mx26, rv26_Q L1) A day word that names no day: one of the two closing an "A сегодня — B завтра" saying,
    or one in a single alternative of an "или …, или …" hypothetical whose other alternatives name no time
    ("или он отправит кого-то в отпуск, или завтра просто похоронит свое предприятие")."""
    offset, sentence = _sentence_around(text, start, stop)
    at = start - offset
    contrast = _DAY_CONTRAST.match(sentence)
    if contrast and at in (contrast.start("a"), contrast.start("b")):
        return True
    cuts = [c.start() for c in _CORRELATIVE.finditer(sentence)]
    if len(cuts) < 2 or not cuts[0] < at:
        return False
    pieces = [sentence[a:b] for a, b in zip(cuts, cuts[1:] + [len(sentence)])]
    own = max(i for i, cut in enumerate(cuts) if cut < at)
    return not any(_DATING.search(piece) for i, piece in enumerate(pieces) if i != own)


@pattern(B + r"(?P<w>" + RELATIVE_DAYS + r")" + E)
def _relative_day(m: re.Match, anchor: date | None, text: str, future: Callable[[int], bool]) -> _Found | None:
    if _figurative_day(text, m.start(), m.end()):
        return _Found(m.start(), m.end(), None, "day", anchored=False)
    shift = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}[m["w"].lower()]
    value = (anchor + timedelta(days=shift)).isoformat() if anchor else None
    return _Found(m.start(), m.end(), value, "day", anchored=anchor is not None)


@pattern(B + r"(?:в|во|с|со|до|к|ко|на|по)\s+(?:(?P<rel>прошл[а-я]+|следующ[а-я]+|эт[а-я]+|ближайш[а-я]+|минувш[а-я]+)\s+)?" + WEEKDAY + E)
def _weekday_expr(m: re.Match, anchor: date | None, text: str, future: Callable[[int], bool]) -> _Found | None:
    if anchor is None:
        return _Found(m.start(), m.end(), None, "day", anchored=False)
    wd = _weekday(m["wd"])
    rel = (m["rel"] or "").lower()
    monday = anchor - timedelta(days=anchor.weekday())
    if rel.startswith("прошл"):
        day = monday - timedelta(days=7) + timedelta(days=wd)
    elif rel.startswith("следующ"):
        day = monday + timedelta(days=7 + wd)
    elif rel.startswith("эт"):
        day = monday + timedelta(days=wd)
    elif rel.startswith("ближайш") or future(m.start()):
        day = anchor + timedelta(days=(wd - anchor.weekday()) % 7)
    else:  # bare or "минувший": latest on or before the anchor
        day = anchor - timedelta(days=(anchor.weekday() - wd) % 7)
    return _Found(m.start(), m.end(), day.isoformat(), "day")


_UNIT_SHIFT = {"прошл": -1, "минувш": -1, "следующ": 1, "будущ": 1, "эт": 0, "текущ": 0, "нынешн": 0, "позапрошл": -2}


def _shift(word: str) -> int:
    word = word.lower()
    return next(v for k, v in sorted(_UNIT_SHIFT.items(), key=lambda kv: -len(kv[0])) if word.startswith(k))


@pattern(B + r"(?:на|в)\s+(?P<rel>позапрошл[а-я]+|прошл[а-я]+|минувш[а-я]+|следующ[а-я]+|будущ[а-я]+|эт[а-я]+|текущ[а-я]+|нынешн[а-я]+)\s+(?P<unit>недел[а-я]+|месяц[а-я]*|год[а-я]*|году)" + E)
def _relative_unit(m: re.Match, anchor: date | None, text: str, future: Callable[[int], bool]) -> _Found | None:
    unit = m["unit"].lower()
    granularity = "week" if unit.startswith("недел") else "month" if unit.startswith("месяц") else "year"
    if anchor is None:
        return _Found(m.start(), m.end(), None, granularity, anchored=False)
    shift = _shift(m["rel"])
    if granularity == "week":
        value = _iso_week(anchor + timedelta(weeks=shift))
    elif granularity == "month":
        year, month = _add_months(anchor, shift)
        value = f"{year:04d}-{month:02d}"
    else:
        value = f"{anchor.year + shift:04d}"
    return _Found(m.start(), m.end(), value, granularity)


@pattern(B + r"(?P<rel>прошлого|позапрошлого|этого|текущего|следующего|будущего)\s+года" + E)
def _relative_year_gen(m: re.Match, anchor: date | None, text: str, future: Callable[[int], bool]) -> _Found | None:
    if anchor is None:
        return _Found(m.start(), m.end(), None, "year", anchored=False)
    return _Found(m.start(), m.end(), f"{anchor.year + _shift(m['rel']):04d}", "year")


@pattern(B + r"(?:(?P<n>\d{1,3}|один|одну|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|пару)\s+)?(?P<unit>день|дня|дней|неделю|недели|недель|месяц|месяца|месяцев|год|года|лет)\s+(?:тому\s+)?(?P<dir>назад|спустя)" + E)
def _ago(m: re.Match, anchor: date | None, text: str, future: Callable[[int], bool]) -> _Found | None:
    unit = m["unit"].lower()
    if not m["n"] and unit not in ("день", "неделю", "месяц", "год"):
        return None  # "два с лишним года назад": the count is not ours to guess
    n = _count(m["n"]) if m["n"] else 1
    if n is None or m["dir"].lower() != "назад":
        return None
    unit = m["unit"].lower()
    if anchor is None:
        return _Found(m.start(), m.end(), None, "day", anchored=False)
    if unit.startswith(("д", "ден")):
        return _Found(m.start(), m.end(), (anchor - timedelta(days=n)).isoformat(), "day")
    if unit.startswith("недел"):
        return _Found(m.start(), m.end(), _iso_week(anchor - timedelta(weeks=n)), "week")
    if unit.startswith("месяц"):
        year, month = _add_months(anchor, -n)
        return _Found(m.start(), m.end(), f"{year:04d}-{month:02d}", "month")
    return _Found(m.start(), m.end(), f"{anchor.year - n:04d}", "year")


def _future(text: str, offset: int) -> bool:
    """Does the sentence around `offset` speak of the future?"""
    start = max(text.rfind(".", 0, offset), text.rfind("\n", 0, offset)) + 1
    stop_candidates = [i for i in (text.find(".", offset), text.find("\n", offset)) if i >= 0]
    stop = min(stop_candidates) if stop_candidates else len(text)
    return bool(_FUTURE_CUES.search(text[start:stop]))


_WEEKDAY_THEN_DATE = re.compile(r"^\s*,\s*$")


def _merge_weekday_dates(text: str, items: list[_Found]) -> list[_Found]:
    """"в четверг, 10 января" is one expression: the date decides."""
    out: list[_Found] = []
    for item in items:
        prev = out[-1] if out else None
        if (prev and prev.granularity == "day" and item.granularity == "day" and not item.end
                and re.search(WEEKDAY, text[prev.start:prev.stop], re.I)
                and _WEEKDAY_THEN_DATE.match(text[prev.stop:item.start])):
            out[-1] = _Found(prev.start, item.stop, item.value, "day", None, item.anchored)
        else:
            out.append(item)
    return out


def parse_anchor(published: str | None) -> date | None:
    """The calendar day of an ISO timestamp, in the page's own offset."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


# (nx) A word of two or more capitals with a lower-case ending is an inflected acronym ("в МАРТе",
# "МАРТа": a ministry), never a month or weekday: those are written in lower case, capitalised, or all in
# capitals in a headline ("8 МАРТА").
_ACRONYM_WORD = re.compile(r"(?<![\w\d])[А-ЯЁ]{2,}[а-яё]+(?![\w\d])")


def find_times(text: str, anchor: date | None, future: Callable[[int], bool] | None = None) -> list[TimeExpr]:
    """All time expressions in `text`, longest first where they overlap.

    `future(offset)` says whether the clause at `offset` speaks of the
    future (the pipeline answers from verb tense); by default a cue-word
    check over the sentence.
    """
    is_future = future or (lambda offset: _future(text, offset))
    found: list[_Found] = []
    for regex, resolver in PATTERNS:
        for match in regex.finditer(text):
            item = resolver(match, anchor, text, is_future)
            if item and not _ACRONYM_WORD.search(text, item.start, item.stop):
                found.append(item)
    found.sort(key=lambda f: (f.start, -(f.stop - f.start)))
    chosen: list[_Found] = []
    for item in found:
        if chosen and item.start < chosen[-1].stop:
            continue
        chosen.append(item)
    chosen = _merge_weekday_dates(text, chosen)
    return [
        TimeExpr(f.start, f.stop, text[f.start:f.stop], f.value, f.granularity, f.end, f.anchored)
        for f in chosen
    ]


# (nx) Mention types that are names: a time word inside one is part of the name ("МИА «Россия
# сегодня»", "площадь 1905 года", the ministry acronym "МАРТ" read as a month), not a time.
NAME_MENTION_TYPES = frozenset({"PER", "ORG", "LOC", "GPE", "MEDIA", "ORG_CORE"})


def outside_names(times: list[TimeExpr], mentions) -> list[TimeExpr]:
    """The time expressions that do not lie inside a name mention (`NAME_MENTION_TYPES`)."""
    names = [(m.start, m.stop) for m in mentions if m.type in NAME_MENTION_TYPES]
    return [t for t in times if not any(start <= t.start and t.stop <= stop for start, stop in names)]


def verb_tense_future(doc: "Doc") -> Callable[[int], bool]:
    """Future test from morphology: the finite verb nearest to the offset in
    its sentence is in the future tense ("опубликует в четверг"), or is a
    future cue word ("в пятницу ожидается")."""

    def future(offset: int) -> bool:
        index = doc.sentence_at(offset)
        if index is None:
            return _future(doc.text, offset)
        if "syntax" in doc.layers:
            tense = _governing_tense(doc, index, offset)
            if tense is not None:
                return tense in ("Fut", "Pres")
        return _nearest_future(doc.sentence_tokens(index), offset)

    return future


def _nearest_future(tokens, offset: int, outside: tuple[int, int] | None = None) -> bool:
    """The fallback: the finite verb (or future cue word) nearest to `offset` in the sentence speaks of the
    future; (mt21) one in the character span `outside` is passed over.  (A reportive present found here is
    not passed over: on unread text the clause it introduces was as often ahead, "…, пишет «Интерфакс»".)"""
    verbs = [t for t in tokens
             if ((t.pos in ("VERB", "AUX") and "Tense" in t.feats and t.feats.get("VerbForm") == "Fin")
                 or _FUTURE_CUES.fullmatch(t.text))
             and not (outside and outside[0] <= t.start < outside[1])]
    if not verbs:
        return False
    nearest = min(verbs, key=lambda t: abs(t.start - offset))
    return nearest.feats.get("Tense") in ("Fut", "Pres") or bool(_FUTURE_CUES.fullmatch(nearest.text))


def _reportive(token) -> bool:
    """(mt21) A present-tense verb of report: "сообщает во вторник", "говорится в решении от 19 апреля"."""
    return token.feats.get("Tense") == "Pres" and (token.lemma or "").lower() in REPORT_PRESENT


def _relative_clause(doc: "Doc", tokens, verb: int) -> tuple[int, int] | None:
    """(mt21) Character span of the relative clause the finite verb `verb` (document numbering) heads:
    from its relative word ("которая", "в котором") to the first comma, dash or bracket after the verb;
    None when the verb heads no such clause."""
    for t in tokens:
        if t.start >= doc.tokens[verb].start:
            break
        if (t.lemma or t.text).lower() not in RELATIVE_WORDS:
            continue
        head, steps = t.head, 0
        while head >= 0 and head != verb and steps < 2:
            head, steps = doc.tokens[head].head, steps + 1
        if head != verb:
            continue
        between = [u for u in tokens if t.start < u.start < doc.tokens[verb].start]
        if any(u.pos in ("VERB", "AUX") and u.feats.get("VerbForm") == "Fin" for u in between):
            continue
        stop = next((u.start for u in tokens
                     if u.start > doc.tokens[verb].start and u.text in (",", "—", "–", ")", ";", ":")), tokens[-1].stop)
        return (t.start, stop)
    return None


_AUX_RELS = ("aux", "aux:pass", "cop")
_WEEKDAY_WORD = re.compile(WEEKDAY, re.I)


def _governing_tense(doc: "Doc", sentence: int, offset: int) -> str | None:
    """Tense of the verb the time noun hangs on ("будет опубликован в
    четверг" → Fut through the auxiliary; "намерены встретиться в пятницу",
    "запланирована на пятницу" → Fut unless a copula makes them past), or
    None when the parse says nothing."""
    first = doc.sentences[sentence].token_start
    tokens = doc.sentence_tokens(sentence)
    noun = next((first + i for i, t in enumerate(tokens) if t.start >= offset and t.pos in ("NOUN", "PROPN")), None)
    index = doc.tokens[noun].head if noun is not None else -1
    with_na = noun is not None and _has_case(tokens, noun, "на")
    below = [noun] if noun is not None else []  # the time phrase's tokens the walk has passed
    if _document_date_by_words(tokens, offset):
        return "Past"  # (mx23) a document's date read from the words, wherever the parser hung it
    for _ in range(3):  # infinitive/participle → its own head
        if index < 0:
            return None
        token = doc.tokens[index]
        copula = next((c.feats["Tense"] for c in tokens if c.head == index and c.rel in _AUX_RELS and "Tense" in c.feats), None)
        if token.pos in ("VERB", "AUX"):
            if token.feats.get("VerbForm") == "Fin" and "Tense" in token.feats:
                inner = _enclosing_clause_verb(doc, tokens, first, noun, index) if noun is not None else None
                if inner is not None:
                    # (mx26, rv26_Q M2) the parse hangs a time of a relative clause on the main verb ("ВСО 24 апреля
                    # представил план, который предусматривает продление мер до 8 июня" → on "представил"): the
                    # clause the time stands in says when
                    token, index = doc.tokens[inner], inner
                clause = _relative_clause(doc, tokens, index) if noun is not None else None
                if clause and not clause[0] <= doc.tokens[noun].start < clause[1]:
                    # (mt21) the parse hangs a time outside a relative clause on its verb ("вакцины, которая
                    # защищает от вируса, начали поступать еще в понедельник"): the clause's verb does not say
                    # when; the nearest verb outside the clause does
                    return "Fut" if _nearest_future(tokens, offset, clause) else "Past"
                if _reportive(token):
                    return "Past"  # (mt21) the reportive present: "сообщает во вторник агентство"
                return token.feats["Tense"]
            if copula is not None:
                return copula
            if (with_na or (token.lemma or "").lower() in PLAN_PARTICIPLES) and _short(token) \
                    and token.feats.get("VerbForm") == "Part" and (token.lemma or "").lower() in SCHEDULE_PARTICIPLES:
                # (mt) "встреча запланирована на пятницу": set for a day ahead; (mt21) a plan needs no "на":
                # "16 мая запланированы рейсы"
                return "Fut"
            if token.feats.get("VerbForm") == "Part" and token.feats.get("Tense") == "Past" and not _short(token) \
                    and _when_phrase(tokens, below):
                # (mend ge) a full past participle's own clause is past ("договоренности, достигнутые в Хельсинки
                # 16 июля", "приговор, вынесенный в понедельник"): the walk ends here, so the sentence-wide
                # cue word ("намерена выполнять …") is not consulted; a short one is a predicate whose tense
                # its modal or copula gives ("должна быть выставлена до 12 марта"); only a day that says when the
                # participle's act was done (bare, "в"): "на"/"к" give the day it was set for ("рейсов, задуманных
                # на пятницу", "документ, подготовленный к 20 августа")
                return "Past"
        elif token.pos in ("NOUN", "PROPN") and any(_has_case(tokens, i, "от") for i in below):
            if _dated_document(doc, index) and not _range_end(tokens, doc.tokens[noun].start):
                return "Past"  # (mt21) a document's date: "в решении суда от 19 апреля", "указ от 5 мая"
            return None  # (rb21) "тарифы от 1 июня", "в период от 1 июня до 1 сентября": a start, not an issue day
        elif token.pos == "NOUN" and _WEEKDAY_WORD.fullmatch(token.text):
            pass  # (mt21) a date in apposition to its weekday ("сообщает в четверг, 13 сентября") shares its head
        elif token.pos not in ("ADJ",):
            return None
        elif _short(token) and (token.lemma or token.text).lower().startswith(PLAN_SHORT_ADJ):
            return copula or "Fut"  # (mt) "намерены встретиться в пятницу"; "были намерены …" → Past
        if noun is not None and index != noun:
            with_na = with_na or _has_case(tokens, index, "на")
        below.append(index)
        index = token.head
    return None


def _enclosing_clause_verb(doc: "Doc", tokens, first: int, noun: int, verb: int) -> int | None:
    """(mx26) The finite verb (document numbering) of the relative clause the time noun `noun` stands in, when
    the parse hung the time on another verb `verb` outside that clause; None otherwise."""
    at, verb_at = doc.tokens[noun].start, doc.tokens[verb].start
    for k, t in enumerate(tokens):
        index = first + k
        if index == verb or t.pos not in ("VERB", "AUX") or t.feats.get("VerbForm") != "Fin" or "Tense" not in t.feats:
            continue
        clause = _relative_clause(doc, tokens, index)
        if clause and clause[0] <= at < clause[1] and not clause[0] <= verb_at < clause[1]:
            return index
    return None


def _dated_document(doc: "Doc", index: int) -> bool:
    """(rb21) Token `index` is a document noun (`DATED_DOCUMENTS`), or the genitive owner of one that the parse
    hung the date on ("в заявлении института от 14 января", "из ответа замглавы ФНС Даниила Егорова от 28 июня")."""
    for _ in range(4):
        token = doc.tokens[index]
        if (token.lemma or token.text).lower() in DATED_DOCUMENTS:
            return True
        if token.rel not in ("nmod", "appos", "flat:name", "flat") or token.head < 0:
            return False
        index = token.head
    return False


# (mx23) How many words of the document's genitive phrase may stand between its noun and "от" ("в решении
# Саратовского гарнизонного военного суда от 19 апреля").
DOCUMENT_PHRASE_WORDS = 6


def _document_date_by_words(tokens, offset: int) -> bool:
    """(mx23, rv23_Q H2) The time at character `offset` follows "от" right after a document noun and its genitive
    phrase ("говорится в решении суда от 19 апреля", "по указу президента от 5 мая"), and runs to no end ("от 1 июня
    до 1 сентября"): a document's issue day, read from the words.  The parse may hang the "от" date on another noun
    of the sentence ("после вступления закона в силу, говорится в решении суда от 19 апреля" → on "вступления"), and
    the walk then fell back on the nearest present verb."""
    before = [t for t in tokens if t.stop <= offset]
    if not before or before[-1].text.lower() != "от" or _range_end(tokens, offset):
        return False
    for t in reversed(before[:-1][-DOCUMENT_PHRASE_WORDS:]):
        if (t.lemma or t.text).lower() in DATED_DOCUMENTS and t.pos == "NOUN":
            return True
        if t.feats.get("Case") != "Gen" or t.pos not in ("NOUN", "PROPN", "ADJ", "DET"):
            return False  # the phrase ends: a preposition, verb, comma or another case
    return False


def _range_end(tokens, start: int) -> bool:
    """(rb21) The "от" time phrase whose noun begins at character `start` runs on to an end: "от 1 июня до
    1 сентября" (a "до"/"по" before the next comma or verb)."""
    for t in [t for t in tokens if t.start > start][:6]:
        if t.text.lower() in ("до", "по"):
            return True
        if t.text in (",", ";", ":", "—", "–") or t.pos in ("VERB", "AUX"):
            return False
    return False


def _short(token) -> bool:
    return token.feats.get("Variant") == "Short"


def _when_phrase(tokens, phrase: list[int]) -> bool:
    """(mend ge) The time phrase (its tokens, document numbering) says when: bare ("16 июля") or with "в"/"во"."""
    return all(t.text.lower() in ("в", "во") for t in tokens if t.head in phrase and t.rel == "case")


def _has_case(tokens, index: int, word: str) -> bool:
    """Token `index` (document numbering) has the preposition `word` as its case child."""
    return any(t.head == index and t.rel == "case" and t.text.lower() == word for t in tokens)
