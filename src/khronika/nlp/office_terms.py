"""Offices whose holder changed in the news period, and who held them when
(`data/role_offices.tsv`, `data/role_terms.tsv`): "президент США" in a 2019
article is Дональд Трамп, in a 2022 one Джо Байден.

Dates are ISO strings ("2021-01-20"): they compare as text.  A term's `until`
is its last day, None while the holder is still in office.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass, field

# An open term runs to a day later than any article.
_OPEN_END = "9999-12-31"


@dataclass(frozen=True)
class OfficeTerm:
    holder: str              # actor id (a person of actors.tsv)
    first: str               # first day, YYYY-MM-DD
    until: str | None = None  # last day, YYYY-MM-DD; None: still in office
    gender: str | None = None  # the holder's, "m" or "f": a predicate agrees with it ("британский премьер заявила")

    def overlaps(self, first: str, last: str) -> bool:
        return self.first <= last and first <= (self.until or _OPEN_END)


@dataclass
class Office:
    id: str                                  # "office:us-president"
    phrases: list[str] = field(default_factory=list)
    terms: list[OfficeTerm] = field(default_factory=list)

    def holders_between(self, first: str, last: str) -> set[str]:
        """The persons who held the office on some day of [first, last]."""
        return {term.holder for term in self.terms if term.overlaps(first, last)}

    def holders(self) -> set[str]:
        return {term.holder for term in self.terms}

    def gender_of(self, holder: str) -> str | None:
        return next((term.gender for term in self.terms if term.holder == holder), None)


def date_span(written: str) -> tuple[str, str] | None:
    """The days a written date covers: "2019-05-20" that day, "2019-05" its month, "2019" its
    year (an article date may be partial); None when it is no such date."""
    parts = written[:10].split("-")
    if not parts[0].isdigit() or len(parts[0]) != 4 or not all(p.isdigit() and len(p) == 2 for p in parts[1:3]):
        return None
    year = int(parts[0])
    if len(parts) == 1:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    month = int(parts[1])
    if not 1 <= month <= 12:
        return None
    if len(parts) == 2:
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    return written[:10], written[:10]


def year_span(year: int) -> tuple[str, str]:
    return f"{year:04d}-01-01", f"{year:04d}-12-31"
