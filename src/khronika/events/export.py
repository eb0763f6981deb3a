"""Events out: JSONL records and rows in the GDELT 2.0 event-table layout.

GDELT mapping (what Khronika fills; every other column stays empty):

| GDELT column | Khronika |
|---|---|
| GLOBALEVENTID | stable 63-bit number from article id, URL (else the file's absolute path) and event position (sha1) |
| SQLDATE, MonthYear, Year, FractionDate | the event date; a month/year date uses its first day; no date → the article's publication day |
| Actor1Code / Actor2Code | CAMEO country code of the first source / target actor (its own, or its registry country) |
| Actor1Name / Actor2Name | canonical (Russian) name of the first source / target actor |
| Actor1CountryCode / Actor2CountryCode | same CAMEO country code |
| Actor1Type1Code / Actor2Type1Code | "GOV" for states, "" otherwise |
| IsRootEvent | 1 when the trigger is in the title or lead paragraph |
| EventCode, EventBaseCode, EventRootCode | from `plover_cameo.tsv` by PLOVER type and mode (base = first three digits) |
| QuadClass, GoldsteinScale | from `plover_cameo.tsv` |
| NumMentions, NumSources, NumArticles | 1 (one report in one article; `stories/` merges reports) |
| AvgTone | empty (Khronika does not score tone) |
| ActionGeo_Type, ActionGeo_FullName, ActionGeo_CountryCode | the event location: type 1 (country) for states, 4 (city/landmark) otherwise; the location's country code |
| DATEADDED | the article's publication time in UTC (YYYYMMDDHHMMSS), else its crawl time |
| SOURCEURL | the article URL, else its source path |

Related headlines' events are exported too, with `IsRootEvent` 0 and the
related item's publication time.
"""
from __future__ import annotations

import hashlib
import os
import json
from dataclasses import asdict
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

# CAMEO country codes (ISO 3166 alpha-3 based) of the registry's states and
# a few international bodies (CAMEO IGO codes).
CAMEO_COUNTRY = {
    "gpe:russia": "RUS", "gpe:usa": "USA", "gpe:ukraine": "UKR", "gpe:belarus": "BLR", "gpe:kazakhstan": "KAZ",
    "gpe:china": "CHN", "gpe:uk": "GBR", "gpe:france": "FRA", "gpe:germany": "DEU", "gpe:italy": "ITA",
    "gpe:spain": "ESP", "gpe:poland": "POL", "gpe:turkey": "TUR", "gpe:iran": "IRN", "gpe:israel": "ISR",
    "gpe:syria": "SYR", "gpe:japan": "JPN", "gpe:india": "IND", "gpe:georgia": "GEO", "gpe:armenia": "ARM",
    "gpe:azerbaijan": "AZE", "gpe:moldova": "MDA", "gpe:latvia": "LVA", "gpe:lithuania": "LTU",
    "gpe:estonia": "EST", "gpe:finland": "FIN", "gpe:sweden": "SWE", "gpe:norway": "NOR", "gpe:hungary": "HUN",
    "gpe:czechia": "CZE", "gpe:serbia": "SRB", "gpe:north-korea": "PRK", "gpe:south-korea": "KOR",
    "gpe:palestine": "PSE", "gpe:pakistan": "PAK", "gpe:austria": "AUT", "gpe:switzerland": "CHE",
    "gpe:netherlands": "NLD", "gpe:belgium": "BEL", "gpe:brazil": "BRA", "gpe:canada": "CAN",
    "org:nato": "NAT", "org:eu": "EUR", "org:un": "UNO", "org:osce": "OSC",
}


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


def _added(doc: Doc) -> str:
    for value in (doc.article.published, doc.article.crawled_at):
        if value:
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                continue
            if moment.tzinfo is not None:
                try:
                    moment = moment.astimezone(timezone.utc)
                except OverflowError:  # "9999-12-31T23:59:59-12:00": past the calendar's end in UTC (rev18_C 2)
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
        row[f"Actor{n}Code"] = country + ("GOV" if actor.actor_id and actor.actor_id.startswith("gpe:") else "")
        row[f"Actor{n}Name"] = actor.name
        row[f"Actor{n}CountryCode"] = country
        row[f"Actor{n}Type1Code"] = "GOV" if actor.actor_id and actor.actor_id.startswith("gpe:") else ""
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


def to_gdelt_rows(docs: Iterable[Doc], cameo: CameoTable | None = None,
                  countries: dict[str, str] | None = None) -> Iterator[dict[str, str]]:
    """One GDELT-layout row (column name → string) per event, related headlines included."""
    cameo = cameo or load_cameo()
    countries = countries or {}
    for doc in docs:
        url = doc.article.url or doc.article.source
        for index, event in enumerate(doc.events):
            yield gdelt_row(event, doc, _event_id(doc, "article", index), _is_root(doc, event), cameo, countries, url)
        for r, light in enumerate(doc.related):
            for index, event in enumerate(light.events):
                yield gdelt_row(event, light, _event_id(doc, f"related{r}", index), False, cameo, countries, url)


def gdelt_tsv(rows: Iterable[dict[str, str]], header: bool = True) -> Iterator[str]:
    if header:
        yield "\t".join(GDELT_COLUMNS) + "\n"
    for row in rows:
        yield "\t".join(row[c].replace("\t", " ").replace("\n", " ") for c in GDELT_COLUMNS) + "\n"


def event_records(doc: Doc) -> Iterator[dict[str, Any]]:
    """JSONL records: one per event, with the article it came from and its scope."""
    base = {"article_id": doc.article.id, "source": doc.article.source, "title": doc.article.title,
            "published": doc.article.published}
    for index, event in enumerate(doc.events):
        record = {**base, "scope": "article", "index": index, **asdict(event)}
        record["sentence_text"] = doc.sentences[event.sentence].text if event.sentence < len(doc.sentences) else ""
        yield record
    for r, light in enumerate(doc.related):
        for index, event in enumerate(light.events):
            yield {**base, "scope": "related", "related_index": r, "related_title": light.article.title,
                   "related_published": light.article.published, "index": index, **asdict(event),
                   "sentence_text": light.article.title}


def to_jsonl(docs: Iterable[Doc]) -> Iterator[str]:
    for doc in docs:
        for record in event_records(doc):
            yield json.dumps(record, ensure_ascii=False) + "\n"
