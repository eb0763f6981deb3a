"""Russian publication dates and crawl-relative times.

Absolute forms ("28/01/2022 - 16:49", "28 января 2022, 16:49", "16:49, 28
января", "5 февр. 2021", ISO) become timezone-aware datetimes.  A time
written in Moscow time ("по МСК", "мск", "по московскому времени") or with no
zone on a Russian page gets the Europe/Moscow offset *of that date*, so a
2012 date gets +04:00.  Relative forms ("Сегодня в 11:17", "2 часа назад",
"позавчера") resolve only against a crawl time; with none they stay
unresolved.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

MOSCOW = ZoneInfo("Europe/Moscow")
# (nx, rv20_Q L2) A web page under the country-code domain of one of these states reads a time written without a
# zone in that state's zone ("2020-12-03T18:47" on unn.com.ua is 18:47 in Kyiv, +02:00); every other page, and a
# clock the page marks as Moscow time ("мск"), is Moscow time.
OUTLET_ZONES = {
    "ua": "Europe/Kyiv", "by": "Europe/Minsk", "kz": "Asia/Almaty", "uz": "Asia/Tashkent", "kg": "Asia/Bishkek",
    "tj": "Asia/Dushanbe", "md": "Europe/Chisinau", "ge": "Asia/Tbilisi", "am": "Asia/Yerevan", "az": "Asia/Baku",
    "lv": "Europe/Riga", "lt": "Europe/Vilnius", "ee": "Europe/Tallinn",
}


def outlet_zone(url: str | None) -> ZoneInfo:
    """The zone of a page's naive times: its country's for a country-code domain in `OUTLET_ZONES`, else Moscow."""
    match = re.match(r"^[a-z][a-z0-9+.-]*://(?:[^/?#@]*@)?([^/?#:]+)", (url or "").strip().lower())
    if not match:
        return MOSCOW
    zone = OUTLET_ZONES.get(match.group(1).rstrip(".").rsplit(".", 1)[-1])
    return ZoneInfo(zone) if zone else MOSCOW

MONTHS = {
    "январ": 1, "янв": 1, "феврал": 2, "фев": 2, "февр": 2, "март": 3, "мар": 3, "апрел": 4, "апр": 4,
    "ма": 5, "май": 5, "мая": 5, "июн": 6, "июл": 7, "август": 8, "авг": 8, "сентябр": 9, "сен": 9,
    "сент": 9, "октябр": 10, "окт": 10, "ноябр": 11, "ноя": 11, "нояб": 11, "декабр": 12, "дек": 12,
}
# Month words: full genitive/nominative forms or abbreviations with an optional dot.
MONTH_RE = (
    r"(?P<month>январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|"
    r"сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь]|"
    r"янв\.?|февр?\.?|мар\.?|апр\.?|июн\.?|июл\.?|авг\.?|сент?\.?|окт\.?|нояб?\.?|дек\.?)"
)
TIME_RE = r"(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)"
MSK_RE = re.compile(r"\(?\s*(?:по\s+МСК|МСК|мск|по\s+московскому\s+времени|по\s+Москве)\s*\)?", re.I)

_NUMERIC = re.compile(
    r"(?<!\d)(?P<day>[0-3]?\d)[./](?P<month>[01]?\d)[./](?P<year>(?:19|20)\d\d)"
    r"(?:\s*(?:[-–—,|]|г\.?|года)?\s*(?:в\s+)?" + TIME_RE + r")?"
)
_ISO_TEXT = re.compile(
    r"(?P<year>(?:19|20)\d\d)[-/](?P<month>[01]\d)[-/](?P<day>[0-3]\d)(?:[T ]" + TIME_RE + r"(?::\d\d)?)?"
)
_WORDS = re.compile(
    r"(?:" + TIME_RE.replace("hour", "hour1").replace("minute", "minute1") + r"\s*[,|–—-]?\s*)?"
    r"(?<!\d)(?P<day>[0-3]?\d)\s+" + MONTH_RE + r"(?:\s+(?P<year>(?:19|20)\d\d))?(?:\s*(?:г\.|года|г\b))?"
    r"(?:\s*(?:[,|–—-]|в)?\s*" + TIME_RE + r")?",
    re.I,
)


@dataclass(frozen=True)
class ParsedDate:
    """A date found in text; `value` is aware when the time is known."""

    day: date
    clock: time | None
    start: int
    stop: int
    has_year: bool = True

    def to_iso(self, zone: timezone | ZoneInfo = MOSCOW) -> str:
        if self.clock is None:
            return self.day.isoformat()
        moment = datetime.combine(self.day, self.clock).replace(tzinfo=zone)
        return moment.isoformat()


def month_number(word: str) -> int | None:
    word = word.lower().rstrip(".")
    for stem in sorted(MONTHS, key=len, reverse=True):
        if word.startswith(stem):
            return MONTHS[stem]
    return None


def _clock(match: re.Match, suffix: str = "") -> time | None:
    hour = match.group("hour" + suffix)
    if hour is None:
        return None
    return time(int(hour), int(match.group("minute" + suffix)))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_date(text: str, default_year: int | None = None) -> ParsedDate | None:
    """The first absolute date (with time when given) in a line of text."""
    found: list[ParsedDate] = []
    for match in _NUMERIC.finditer(text):
        day = _safe_date(int(match["year"]), int(match["month"]), int(match["day"]))
        if day:
            found.append(ParsedDate(day, _clock(match), match.start(), match.end()))
            break
    for match in _ISO_TEXT.finditer(text):
        day = _safe_date(int(match["year"]), int(match["month"]), int(match["day"]))
        if day:
            found.append(ParsedDate(day, _clock(match), match.start(), match.end()))
            break
    for match in _WORDS.finditer(text):
        month = month_number(match["month"])
        year = int(match["year"]) if match["year"] else default_year
        if month is None or year is None:
            continue
        day = _safe_date(year, month, int(match["day"]))
        if day:
            clock = _clock(match) or _clock(match, "1")
            found.append(ParsedDate(day, clock, match.start(), match.end(), bool(match["year"])))
            break
    return min(found, key=lambda p: p.start) if found else None


def parse_iso(value: str) -> datetime | date | None:
    """ISO 8601 from metadata ("2022-01-28T13:49:00Z", "+0300", date only)."""
    value = value.strip()
    if not value:
        return None
    text = value.replace("Z", "+00:00").replace("z", "+00:00")
    text = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", text)  # +0300 -> +03:00
    text = re.sub(r"\.\d+(?=[+-]\d\d:\d\d$|$)", "", text)  # drop fractions of a second
    try:
        moment = datetime.fromisoformat(text.replace(" ", "T", 1))
    except ValueError:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None
    if len(text) <= 10:
        return moment.date()
    return moment


def format_moment(moment: datetime | date) -> str:
    if isinstance(moment, datetime):
        return moment.isoformat()
    return moment.isoformat()


def in_moscow(day: date, clock: time) -> str:
    """Moscow wall-clock time with the offset that was in force on that day."""
    return datetime.combine(day, clock).replace(tzinfo=MOSCOW).isoformat()


# ---- relative times (sidebars, "N минут назад") --------------------------------

RELATIVE_RE = re.compile(
    r"(?:(?P<word>[Сс]егодня|[Вв]чера|[Пп]озавчера)(?:\s*(?:в|,)\s*" + TIME_RE + r")?)"
    r"|(?:(?P<amount>\d{1,3})\s+(?P<unit>минут[уы]?|мин\.?|час(?:а|ов)?|дн(?:я|ей)|день|секунд[уы]?)\s+назад)"
    r"|(?:(?P<half>[Чч]ас|[Мм]инуту)\s+назад)",
)
_UNITS = {"мин": "minutes", "час": "hours", "дн": "days", "ден": "days", "сек": "seconds"}
_DAY_SHIFT = {"сегодня": 0, "вчера": 1, "позавчера": 2}


def resolve_relative(time_text: str, crawled_at: datetime | None) -> str | None:
    """Resolve a sidebar time string against the crawl time; None without one.

    A bare clock time ("15:20") means the crawl day.  Absolute dates are
    resolved with or without a crawl time.
    """
    text = time_text.strip()
    absolute = find_date(text, default_year=crawled_at.year if crawled_at else None)
    if absolute and absolute.has_year:
        return absolute.to_iso(crawled_at.tzinfo if crawled_at and absolute.clock else MOSCOW)
    if crawled_at is None:
        return None
    if absolute:
        return absolute.to_iso(crawled_at.tzinfo)
    match = RELATIVE_RE.fullmatch(text) or RELATIVE_RE.search(text)
    if match:
        if match["word"]:
            day = crawled_at.date() - timedelta(days=_DAY_SHIFT[match["word"].lower()])
            clock = _clock(match)
            if clock is None:
                return day.isoformat()
            return datetime.combine(day, clock).replace(tzinfo=crawled_at.tzinfo).isoformat()
        if match["amount"]:
            unit = next(v for k, v in _UNITS.items() if match["unit"].lower().startswith(k))
            return (crawled_at - timedelta(**{unit: int(match["amount"])})).isoformat()
        unit = "hours" if match["half"].lower() == "час" else "minutes"
        return (crawled_at - timedelta(**{unit: 1})).isoformat()
    clock = re.fullmatch(TIME_RE, text)
    if clock:
        moment = datetime.combine(crawled_at.date(), _clock(clock))
        return moment.replace(tzinfo=crawled_at.tzinfo).isoformat()
    return None


def parse_crawl_time(value: str | None) -> datetime | None:
    """Crawl time from a CLI option, WARC header or JSONL field; naive → Moscow."""
    if not value:
        return None
    moment = parse_iso(value)
    if not isinstance(moment, datetime):
        raise ValueError(f"not an ISO 8601 date-time: {value!r}")
    return moment if moment.tzinfo else moment.replace(tzinfo=MOSCOW)
