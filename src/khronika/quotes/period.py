"""When an article was written, as far as role holders are concerned.

The registry's role phrases ("глава Минфина" -> Антон Силуанов) hold only for
the period its README fixes (2017–2024): a text from 2011 that says "глава
Минфина заявил" means that year's minister.  So the registry may name a role's
holder only when the article is known to fall inside that period: a text with
no date of its own may be from any year ("глава государства" in a 2010 report
is not today's president), so its descriptions stay descriptions.  The date is
the article's `published`; failing that, the latest year of the full dates the
text itself gives ("17 февраля 2011 года"), since news reports mostly recent
events (a bare year - "в 2009 году" - is background as often as news, so it
counts only when no fuller date is given; dates before 1990 are history and
never count).
"""
from __future__ import annotations

from typing import Any

from khronika.nlp.doc import Doc

# The years the registry's role phrases are valid for (src/khronika/data/README.md,
# "Roles are time-bound").
REGISTRY_ROLES_FROM = 2017
REGISTRY_ROLES_TO = 2024
# Dates before this year are history ("родился 2 ноября 1948 года"), no evidence of
# when a news text was written.
NEWS_DATES_FROM = 1990


def article_year(doc: Doc) -> int | None:
    """The article's year: published, else the latest year of the text's explicit dates."""
    published = doc.article.published or ""
    if published[:4].isdigit():
        return int(published[:4])
    dated: dict[bool, list[int]] = {True: [], False: []}
    for time in doc.times:
        if time.anchored or not time.value or not time.value[:4].isdigit() or time.granularity == "decade" \
                or int(time.value[:4]) < NEWS_DATES_FROM:
            continue  # relative expressions need the date we are looking for
        dated[time.granularity in ("day", "month", "week")].append(int(time.value[:4]))
    years = dated[True] or dated[False]
    return max(years) if years else None


def registry_roles_hold(doc: Doc) -> bool:
    """The registry's role holders may be read into this article."""
    year = article_year(doc)
    return year is not None and REGISTRY_ROLES_FROM <= year <= REGISTRY_ROLES_TO


def dated_out_actors(doc: Doc, registry: Any = None) -> frozenset[str]:
    """Actors this article knows only through a registry role phrase that does not
    hold at its date ("глава Минфина" in 2011 is not Антон Силуанов).  (ot29) A role
    phrase of an office whose holder at the article's time the registry's terms give
    ("президент США" in 2015 is Барак Обама, data/role_terms.tsv) holds at any date."""
    if registry_roles_hold(doc):
        return frozenset()
    from khronika.nlp.roles import office_holder

    named = {m.actor_id for m in doc.mentions if m.type in ("PER", "ORG", "MEDIA") and m.actor_id}
    return frozenset(m.actor_id for m in doc.mentions
                     if m.type == "ROLE" and m.actor_id and m.actor_id not in named
                     and office_holder(doc, registry, m.normal, m.start) != m.actor_id)
