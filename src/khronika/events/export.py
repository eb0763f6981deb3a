"""Events out: JSONL records and rows in the GDELT 2.0 event-table layout.

GDELT mapping (what Khronika fills; every other column stays empty):

| GDELT column | Khronika |
|---|---|
| GLOBALEVENTID | stable 63-bit number from article id, URL (else the file's absolute path) and event position (sha1) |
| SQLDATE, MonthYear, Year, FractionDate | the event date; a month/year date uses its first day; no date → the article's publication day; neither → empty |
| Actor1Code / Actor2Code | CAMEO country code of the first source / target actor (its own, or its registry country) |
| Actor1Name / Actor2Name | canonical (Russian) name of the first source / target actor |
| Actor1CountryCode / Actor2CountryCode | same CAMEO country code |
| Actor1Type1Code / Actor2Type1Code | "GOV" for states (every registry state has a code), "" otherwise and for a partly recognised polity |
| IsRootEvent | 1 when the trigger is in the title or lead paragraph |
| EventCode, EventBaseCode, EventRootCode | from `plover_cameo.tsv` by PLOVER type and mode (base = first three digits) |
| QuadClass, GoldsteinScale | from `plover_cameo.tsv` |
| NumMentions, NumSources, NumArticles | 1 (one report in one article; `stories/` merges reports) |
| AvgTone | empty (Khronika does not score tone) |
| ActionGeo_Type, ActionGeo_FullName, ActionGeo_CountryCode | the event location: type 1 (country) for states, 4 (city/landmark) otherwise; the location's country code |
| DATEADDED | the article's publication time in UTC (YYYYMMDDHHMMSS), else its crawl time (a time without an offset is Moscow time; a date alone is its own day at 000000) |
| SOURCEURL | the article URL, else its source path |

Related headlines' events are exported too (pages only: a store keeps no sidebar
events), with `IsRootEvent` 0 and the related item's own publication time: a
headline the page gives no time for is undated (empty SQLDATE and DATEADDED),
never dated by the article.
"""
from __future__ import annotations

import copy
import hashlib
import os
import json
import re
from dataclasses import asdict, replace
from datetime import date, datetime, timezone
from typing import Any, Iterable, Iterator

from khronika.nlp.doc import Doc, Event, EventActor
from khronika.events.lexicon import CameoTable, load_cameo

GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]
assert len(GDELT_COLUMNS) == 61

# CAMEO country codes of every state in the actor registry (data/actors.tsv, type GPE, id "gpe:…"):
# CAMEO uses the ISO 3166-1 alpha-3 code of a state.  Where ISO has none: Kosovo is CAMEO's "KSV";
# the USSR keeps its former ISO code "SUN"; a territory whose statehood few states recognise gets the
# code of the state it is internationally recognised as part of (Abkhazia and South Ossetia GEO,
# Transnistria MDA, the DPR and LPR UKR), as CAMEO codes regions by their state; its authorities are
# not that state's government but CAMEO's rebels against it: type "REB", so the DPR is "UKRREB", not
# "UKR" ("ЛНР обвинила Украину" read as Ukraine accusing itself, review rev20_B L6), and so are the
# people and bodies the registry places in it (Пушилин → gpe:dpr) (`NOT_THE_STATES_GOVERNMENT`).
# Then a few international bodies (CAMEO IGO codes).
CAMEO_COUNTRY = {
    # Europe
    "gpe:russia": "RUS", "gpe:uk": "GBR", "gpe:france": "FRA", "gpe:germany": "DEU", "gpe:italy": "ITA",
    "gpe:spain": "ESP", "gpe:portugal": "PRT", "gpe:netherlands": "NLD", "gpe:belgium": "BEL",
    "gpe:luxembourg": "LUX", "gpe:austria": "AUT", "gpe:switzerland": "CHE", "gpe:ireland": "IRL",
    "gpe:denmark": "DNK", "gpe:sweden": "SWE", "gpe:finland": "FIN", "gpe:norway": "NOR", "gpe:iceland": "ISL",
    "gpe:estonia": "EST", "gpe:latvia": "LVA", "gpe:lithuania": "LTU", "gpe:poland": "POL", "gpe:czechia": "CZE",
    "gpe:slovakia": "SVK", "gpe:hungary": "HUN", "gpe:romania": "ROU", "gpe:bulgaria": "BGR", "gpe:greece": "GRC",
    "gpe:cyprus": "CYP", "gpe:malta": "MLT", "gpe:slovenia": "SVN", "gpe:croatia": "HRV", "gpe:serbia": "SRB",
    "gpe:montenegro": "MNE", "gpe:bosnia": "BIH", "gpe:north-macedonia": "MKD", "gpe:albania": "ALB",
    "gpe:kosovo": "KSV", "gpe:moldova": "MDA", "gpe:ukraine": "UKR", "gpe:belarus": "BLR",
    "gpe:vatican": "VAT", "gpe:monaco": "MCO",
    # Caucasus, Central Asia
    "gpe:georgia": "GEO", "gpe:armenia": "ARM", "gpe:azerbaijan": "AZE", "gpe:kazakhstan": "KAZ",
    "gpe:uzbekistan": "UZB", "gpe:kyrgyzstan": "KGZ", "gpe:tajikistan": "TJK", "gpe:turkmenistan": "TKM",
    # Asia, Oceania
    "gpe:china": "CHN", "gpe:mongolia": "MNG", "gpe:japan": "JPN", "gpe:north-korea": "PRK",
    "gpe:south-korea": "KOR", "gpe:india": "IND", "gpe:pakistan": "PAK", "gpe:afghanistan": "AFG",
    "gpe:bangladesh": "BGD", "gpe:sri-lanka": "LKA", "gpe:nepal": "NPL", "gpe:myanmar": "MMR",
    "gpe:thailand": "THA", "gpe:vietnam": "VNM", "gpe:laos": "LAO", "gpe:cambodia": "KHM", "gpe:malaysia": "MYS",
    "gpe:singapore": "SGP", "gpe:indonesia": "IDN", "gpe:philippines": "PHL", "gpe:taiwan": "TWN",
    "gpe:australia": "AUS", "gpe:new-zealand": "NZL",
    # Middle East, North Africa
    "gpe:turkey": "TUR", "gpe:iran": "IRN", "gpe:iraq": "IRQ", "gpe:syria": "SYR", "gpe:lebanon": "LBN",
    "gpe:israel": "ISR", "gpe:palestine": "PSE", "gpe:jordan": "JOR", "gpe:saudi-arabia": "SAU", "gpe:uae": "ARE",
    "gpe:qatar": "QAT", "gpe:kuwait": "KWT", "gpe:bahrain": "BHR", "gpe:oman": "OMN", "gpe:yemen": "YEM",
    "gpe:egypt": "EGY", "gpe:libya": "LBY", "gpe:tunisia": "TUN", "gpe:algeria": "DZA", "gpe:morocco": "MAR",
    # Sub-Saharan Africa
    "gpe:sudan": "SDN", "gpe:south-sudan": "SSD", "gpe:ethiopia": "ETH", "gpe:eritrea": "ERI",
    "gpe:somalia": "SOM", "gpe:djibouti": "DJI", "gpe:kenya": "KEN", "gpe:uganda": "UGA", "gpe:tanzania": "TZA",
    "gpe:rwanda": "RWA", "gpe:dr-congo": "COD", "gpe:congo": "COG", "gpe:car": "CAF", "gpe:chad": "TCD",
    "gpe:niger": "NER", "gpe:mali": "MLI", "gpe:burkina-faso": "BFA", "gpe:mauritania": "MRT",
    "gpe:senegal": "SEN", "gpe:guinea": "GIN", "gpe:cote-divoire": "CIV", "gpe:ghana": "GHA", "gpe:benin": "BEN",
    "gpe:nigeria": "NGA", "gpe:cameroon": "CMR", "gpe:gabon": "GAB", "gpe:angola": "AGO", "gpe:zambia": "ZMB",
    "gpe:zimbabwe": "ZWE", "gpe:mozambique": "MOZ", "gpe:madagascar": "MDG", "gpe:namibia": "NAM",
    "gpe:botswana": "BWA", "gpe:south-africa": "ZAF",
    # Americas
    "gpe:usa": "USA", "gpe:canada": "CAN", "gpe:mexico": "MEX", "gpe:cuba": "CUB", "gpe:venezuela": "VEN",
    "gpe:colombia": "COL", "gpe:brazil": "BRA", "gpe:argentina": "ARG", "gpe:chile": "CHL", "gpe:peru": "PER",
    "gpe:bolivia": "BOL", "gpe:ecuador": "ECU", "gpe:uruguay": "URY", "gpe:paraguay": "PRY",
    "gpe:nicaragua": "NIC", "gpe:honduras": "HND", "gpe:guatemala": "GTM", "gpe:el-salvador": "SLV",
    "gpe:panama": "PAN", "gpe:haiti": "HTI", "gpe:dominican-republic": "DOM",
    # Former and partly recognised states (see above)
    "gpe:ussr": "SUN", "gpe:abkhazia": "GEO", "gpe:south-ossetia": "GEO", "gpe:transnistria": "MDA",
    "gpe:dpr": "UKR", "gpe:lpr": "UKR",
    # International bodies
    "org:nato": "NAT", "org:eu": "EUR", "org:un": "UNO", "org:osce": "OSC",
}
NOT_THE_STATES_GOVERNMENT = frozenset({"gpe:abkhazia", "gpe:south-ossetia", "gpe:transnistria", "gpe:dpr", "gpe:lpr"})


def _actor_type(actor: EventActor, country: str, countries: dict[str, str]) -> str:
    """CAMEO's Type1Code: "GOV" for a state with a country code (its government acts); "REB" for a
    polity of `NOT_THE_STATES_GOVERNMENT` and for an actor the registry places in one (its head);
    else "".  Never a type without a country code."""
    if not country or not actor.actor_id:
        return ""
    if actor.actor_id in NOT_THE_STATES_GOVERNMENT or countries.get(actor.actor_id) in NOT_THE_STATES_GOVERNMENT:
        return "REB"
    return "GOV" if actor.actor_id.startswith("gpe:") else ""


def _file_place(source: str) -> str:
    """A file's absolute path (a dump's line kept: "x.jsonl#line 2"); stdin and other non-files as they are."""
    path, hash_, rest = source.partition("#")
    if not path or path.startswith("<") or "://" in path:
        return source
    return os.path.abspath(path) + hash_ + rest


def _event_id(doc: Doc, scope: str, index: int) -> int:
    # The URL, else the absolute path: `source` is the path as typed ("examples/x.txt" vs "./examples/x.txt"),
    # and two copies of one file in one export still get ids of their own.
    where = doc.article.url or _file_place(doc.article.source)
    digest = hashlib.sha1(f"{doc.article.id}|{where}|{scope}|{index}".encode()).hexdigest()
    return int(digest[:15], 16)


def _day(event: Event, doc: Doc) -> date | None:
    value = event.date or (doc.article.published or "")[:10]
    parts = (value or "").split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 1
        day = int(parts[2]) if len(parts) > 2 else 1
        return date(year, month, day)
    except (ValueError, IndexError):
        return None


def _country(actor: EventActor | None, countries: dict[str, str]) -> str:
    if actor is None or not actor.actor_id:
        return ""
    if actor.actor_id in CAMEO_COUNTRY:
        return CAMEO_COUNTRY[actor.actor_id]
    return CAMEO_COUNTRY.get(countries.get(actor.actor_id, ""), "")


_BARE_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _added(doc: Doc) -> str:
    """DATEADDED: the publication time, else the crawl time, in UTC.  A time without an offset
    is Moscow time, as `extract` and the store read them.  A date alone has no time to convert:
    its own day at 000000 (2018-07-09 → 20180709000000, the day of its SQLDATE; read as a Moscow
    midnight it fell on the day before, review rev20_B L5)."""
    from khronika.extract.dates import MOSCOW

    for value in (doc.article.published, doc.article.crawled_at):
        if value and _BARE_DATE.fullmatch(value.strip()):
            try:
                day = date.fromisoformat(value.strip())
            except ValueError:
                continue
            return f"{day.year:04d}" + day.strftime("%m%d") + "000000"
        if value:
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                continue
            try:
                if moment.tzinfo is None:
                    moment = moment.replace(tzinfo=MOSCOW)
                moment = moment.astimezone(timezone.utc)
            except (OverflowError, ValueError):  # "9999-12-31T23:59:59-12:00": past the calendar's end in UTC (rev18_C 2)
                continue
            return f"{moment.year:04d}" + moment.strftime("%m%d%H%M%S")  # (a year before 1000 padded: rev18_E 10)
    return ""


def gdelt_row(event: Event, doc: Doc, event_id: int, root: bool, cameo: CameoTable,
              countries: dict[str, str], url: str) -> dict[str, str]:
    row = {name: "" for name in GDELT_COLUMNS}
    code = cameo.lookup(event.type, event.mode)
    day = _day(event, doc)
    if day is not None:
        row["SQLDATE"] = day.strftime("%Y%m%d")
        row["MonthYear"] = day.strftime("%Y%m")
        row["Year"] = str(day.year)
        row["FractionDate"] = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"
    for n, actors in ((1, event.source_actors), (2, event.target_actors)):
        actor = actors[0] if actors else None
        if actor is None:
            continue
        country = _country(actor, countries)
        kind = _actor_type(actor, country, countries)
        row[f"Actor{n}Code"] = country + kind  # never "GOV"/"REB" without a country
        row[f"Actor{n}Name"] = actor.name
        row[f"Actor{n}CountryCode"] = country
        row[f"Actor{n}Type1Code"] = kind
    row["GLOBALEVENTID"] = str(event_id)
    row["IsRootEvent"] = "1" if root else "0"
    row["EventCode"] = code.code
    row["EventBaseCode"] = code.code[:3]
    row["EventRootCode"] = code.root
    row["QuadClass"] = str(code.quad)
    row["GoldsteinScale"] = f"{code.goldstein:.1f}"
    row["NumMentions"] = row["NumSources"] = row["NumArticles"] = "1"
    if event.location is not None:
        is_state = bool(event.location.actor_id and event.location.actor_id.startswith("gpe:"))
        row["ActionGeo_Type"] = "1" if is_state else "4"
        row["ActionGeo_FullName"] = event.location.name
        row["ActionGeo_CountryCode"] = _country(event.location, countries)
    row["DATEADDED"] = _added(doc)
    row["SOURCEURL"] = url
    return row


def _is_root(doc: Doc, event: Event) -> bool:
    part = doc.part_at(event.start)
    return part is not None and (part.kind in ("title", "lead") or (part.kind == "paragraph" and part.index == 0))


def related_published(doc: Doc, r: int) -> str | None:
    """The publication time of the page's `r`-th related headline as the page gave it (resolved
    without guessing), else None.  The light Doc of a headline is anchored on the article's time
    when the headline has none (to read "вчера" in it); that time is the article's, not the
    headline's, so it is never exported as the headline's."""
    items = doc.article.related
    return items[r].published if r < len(items) else None


def _as_headline(light: Doc, published: str | None) -> Doc:
    """The light Doc with the headline's own publication time (None when it has none)."""
    if light.article.published == published:
        return light
    own = copy.copy(light)
    own.article = replace(light.article, published=published)
    return own


def _headline_event(event: Event, published: str | None) -> Event:
    """A headline's event without a date taken from the article: an undated headline's event has none."""
    if event.date_from_article and published is None:
        return replace(event, date=None, date_granularity=None, date_from_article=False)
    return event


def to_gdelt_rows(docs: Iterable[Doc], cameo: CameoTable | None = None,
                  countries: dict[str, str] | None = None) -> Iterator[dict[str, str]]:
    """One GDELT-layout row (column name → string) per event, related headlines included
    (dated by the headline's own time, else undated: never by the article's)."""
    cameo = cameo or load_cameo()
    countries = countries or {}
    for doc in docs:
        url = doc.article.url or doc.article.source
        for index, event in enumerate(doc.events):
            yield gdelt_row(event, doc, _event_id(doc, "article", index), _is_root(doc, event), cameo, countries, url)
        for r, light in enumerate(doc.related):
            published = related_published(doc, r)
            headline = _as_headline(light, published)
            for index, event in enumerate(light.events):
                yield gdelt_row(_headline_event(event, published), headline, _event_id(doc, f"related{r}", index),
                                False, cameo, countries, url)


def gdelt_lines(header: list[str], rows: Iterable[list[str]]) -> Iterator[str]:
    """The GDELT TSV: a header line, then one line per row, each cell `tsv_cell`-escaped (tabs and
    line breaks as spaces, a formula start with a leading `'`), no CSV quoting.  The one writer of
    the pages export, the store export (`events --db`) and the API's `format=tsv`."""
    from khronika.store.exports import tsv_cell

    yield "\t".join(header) + "\n"
    for row in rows:
        yield "\t".join(tsv_cell(c) for c in row) + "\n"


def gdelt_tsv(rows: Iterable[dict[str, str]], header: bool = True) -> Iterator[str]:
    lines = gdelt_lines(GDELT_COLUMNS, ([row[c] for c in GDELT_COLUMNS] for row in rows))
    if not header:
        next(lines)
    yield from lines


def event_records(doc: Doc) -> Iterator[dict[str, Any]]:
    """JSONL records: one per event, with the article it came from and its scope."""
    base = {"article_id": doc.article.id, "source": doc.article.source, "title": doc.article.title,
            "published": doc.article.published}
    for index, event in enumerate(doc.events):
        record = {**base, "scope": "article", "index": index, **asdict(event)}
        record["sentence_text"] = doc.sentences[event.sentence].text if event.sentence < len(doc.sentences) else ""
        yield record
    for r, light in enumerate(doc.related):
        published = related_published(doc, r)
        for index, event in enumerate(light.events):
            yield {**base, "scope": "related", "related_index": r, "related_title": light.article.title,
                   "related_published": published, "index": index, **asdict(_headline_event(event, published)),
                   "sentence_text": light.article.title}


def to_jsonl(docs: Iterable[Doc]) -> Iterator[str]:
    for doc in docs:
        for record in event_records(doc):
            yield json.dumps(record, ensure_ascii=False) + "\n"
