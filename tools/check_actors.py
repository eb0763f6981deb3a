#!/usr/bin/env python3
"""Validate the canonical-actor registry and the role lexicon.

Usage:
    python tools/check_actors.py [ACTORS_TSV] [ROLES_TSV] [ROLE_ENDS_TSV]

Defaults to src/khronika/data/actors.tsv, roles.tsv and role_ends.tsv
relative to the repository root; role_offices.tsv and role_terms.tsv
(offices whose holder changed, and their terms) are read from there too. Plain Python, no dependencies.
Exit status is 0 when every check passes, 1 otherwise.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "khronika" / "data"

ACTOR_COLUMNS = ["id", "qid", "type", "name", "aliases", "roles", "country"]
ROLE_COLUMNS = ["role", "kind", "head_lemma"]
ROLE_END_COLUMNS = ["id", "until", "note"]
OFFICE_COLUMNS = ["office", "phrases", "note"]
TERM_COLUMNS = ["office", "id", "from", "until", "gender", "note"]
OFFICE_RE = re.compile(r"^office:[a-z0-9]+(?:-[a-z0-9]+)*$")
TAB = "\t"

PREFIX_FOR_TYPE = {"PER": "per", "ORG": "org", "GPE": "gpe", "LOC": "loc", "MEDIA": "med"}
# Minimum coverage per type, and in total.
MIN_COUNTS = {"GPE": 120, "LOC": 60, "PER": 80, "ORG": 60, "MEDIA": 30}
MIN_TOTAL = 330
MIN_ROLES = 80

ID_RE = re.compile(r"^(per|org|gpe|loc|med):[a-z0-9]+(?:-[a-z0-9]+)*$")
QID_RE = re.compile(r"^Q[1-9]\d*$")


_DASHES = re.compile(r"\s*[-\u2010\u2011\u2012\u2013\u2014]\s*")
_DOTS = re.compile(r"\.\s*")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lookup key for an alias, role or name.

    Mirrors `alias_key` in src/khronika/nlp/registry.py (kept standalone so this
    script has no dependencies): lower case, ё → е, quotes dropped, dashes and
    the spaces around them folded to "-", dots followed by one space.
    """
    text = text.lower().replace("ё", "е").replace("«", "").replace("»", "").replace('"', "")
    text = _DASHES.sub("-", text)
    text = _DOTS.sub(". ", text)
    return _SPACES.sub(" ", text).strip()


def data_lines(path: Path):
    """Yield (line_number, line) for non-empty, non-comment lines."""
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            yield number, line


def check_actors(path: Path, errors: list[str], warnings: list[str]) -> Counter:
    rows = list(data_lines(path))
    if not rows:
        errors.append(f"{path}: no header and no data")
        return Counter()
    number, header = rows[0]
    if header.split("\t") != ACTOR_COLUMNS:
        errors.append(f"{path}:{number}: header must be {TAB.join(ACTOR_COLUMNS)!r}, got {header!r}")

    actors = []
    for number, line in rows[1:]:
        fields = line.split("\t")
        if len(fields) != len(ACTOR_COLUMNS):
            errors.append(f"{path}:{number}: expected {len(ACTOR_COLUMNS)} tab-separated fields, got {len(fields)}")
            continue
        actors.append((number, dict(zip(ACTOR_COLUMNS, fields))))

    ids = Counter(row["id"] for _, row in actors)
    for actor_id, count in ids.items():
        if count > 1:
            errors.append(f"duplicate id {actor_id!r} ({count} rows)")
    gpe_ids = {row["id"] for _, row in actors if row["type"] == "GPE"}

    alias_owner: dict[str, str] = {}
    role_owners: dict[str, list[str]] = defaultdict(list)
    counts: Counter = Counter()
    qids: Counter = Counter()
    without_qid = 0

    for number, row in actors:
        where = f"{path}:{number} ({row['id']})"
        for column, value in row.items():
            if value != value.strip():
                errors.append(f"{where}: leading/trailing whitespace in {column}")
        actor_type = row["type"]
        if actor_type not in PREFIX_FOR_TYPE:
            errors.append(f"{where}: unknown type {actor_type!r}")
        else:
            counts[actor_type] += 1
            prefix = row["id"].split(":", 1)[0]
            if prefix != PREFIX_FOR_TYPE[actor_type]:
                errors.append(f"{where}: id prefix {prefix!r} does not match type {actor_type}")
        if not ID_RE.match(row["id"]):
            errors.append(f"{where}: id is not a lowercase ASCII slug with a kind prefix")
        if row["qid"]:
            if not QID_RE.match(row["qid"]):
                errors.append(f"{where}: bad QID {row['qid']!r}")
            qids[row["qid"]] += 1
        else:
            without_qid += 1
        if not row["name"]:
            errors.append(f"{where}: empty name")

        # The name is always an implicit alias.
        surface = [row["name"]] + (row["aliases"].split("|") if row["aliases"] else [])
        seen_here: set[str] = set()
        for alias in surface:
            if alias != alias.strip() or not alias:
                errors.append(f"{where}: empty alias or alias with outer whitespace: {alias!r}")
                continue
            key = fold(alias)
            if key in seen_here:
                continue
            seen_here.add(key)
            owner = alias_owner.get(key)
            if owner and owner != row["id"]:
                errors.append(f"{where}: alias {alias!r} already belongs to {owner}")
            else:
                alias_owner[key] = row["id"]

        if row["roles"]:
            if actor_type == "GPE":
                errors.append(f"{where}: GPE rows must have empty roles")
            for role in row["roles"].split("|"):
                if not role or role != role.strip():
                    errors.append(f"{where}: empty role or role with outer whitespace: {role!r}")
                    continue
                if role[0] != role[0].lower():
                    errors.append(f"{where}: role must start in lower case: {role!r}")
                role_owners[fold(role)].append(row["id"])

        country = row["country"]
        if country:
            if actor_type == "GPE":
                errors.append(f"{where}: GPE rows must have an empty country")
            elif country not in gpe_ids:
                errors.append(f"{where}: country {country!r} is not a gpe: id in this file")

    for qid, count in qids.items():
        if count > 1:
            owners = [row["id"] for _, row in actors if row["qid"] == qid]
            errors.append(f"QID {qid} used by several actors: {', '.join(owners)}")
    for role, owners in role_owners.items():
        distinct = sorted(set(owners))
        if len(distinct) > 1:
            errors.append(f"role {role!r} given to several actors: {', '.join(distinct)}")

    total = sum(counts.values())
    for actor_type, minimum in MIN_COUNTS.items():
        if counts[actor_type] < minimum:
            errors.append(f"only {counts[actor_type]} {actor_type} rows, need at least {minimum}")
    if total < MIN_TOTAL:
        errors.append(f"only {total} actors, need at least {MIN_TOTAL}")

    counts["_total"] = total
    counts["_with_qid"] = total - without_qid
    counts["_without_qid"] = without_qid
    counts["_aliases"] = len(alias_owner)
    return counts


def table_rows(path: Path, columns: list[str], errors: list[str]) -> list[tuple[int, list[str]]] | None:
    """The data rows of a tab-separated table whose header must be `columns`, as (line number,
    fields); rows with another number of fields are reported and left out.  None when the file is empty."""
    rows = list(data_lines(path))
    if not rows:
        errors.append(f"{path}: no header and no data")
        return None
    number, header = rows[0]
    if header.split("\t") != columns:
        errors.append(f"{path}:{number}: header must be {TAB.join(columns)!r}, got {header!r}")
    out = []
    for number, line in rows[1:]:
        fields = line.split("\t")
        if len(fields) != len(columns):
            errors.append(f"{path}:{number}: expected {len(columns)} fields, got {len(fields)}")
            continue
        out.append((number, fields))
    return out


def check_roles(path: Path, errors: list[str]) -> Counter:
    counts: Counter = Counter()
    rows = table_rows(path, ROLE_COLUMNS, errors)
    if rows is None:
        return counts
    seen: set[str] = set()
    for number, fields in rows:
        role, kind, head = fields
        where = f"{path}:{number} ({role})"
        if not role or role != role.strip() or role != role.lower():
            errors.append(f"{where}: role must be non-empty, trimmed and lower case")
        if kind not in ("head", "phrase"):
            errors.append(f"{where}: kind must be 'head' or 'phrase', got {kind!r}")
        words = role.split()
        if kind == "head" and len(words) != 1:
            errors.append(f"{where}: kind 'head' needs a single word")
        if kind == "phrase" and len(words) < 2 and "-" not in role:
            errors.append(f"{where}: kind 'phrase' needs several words or a hyphenated compound")
        if not head or head != head.lower() or " " in head:
            errors.append(f"{where}: head_lemma must be one lower-case word")
        elif head not in words and head != role:
            errors.append(f"{where}: head_lemma {head!r} does not occur in the role")
        if kind == "head" and head != role:
            errors.append(f"{where}: for kind 'head' the head_lemma must equal the role")
        key = fold(role)
        if key in seen:
            errors.append(f"{where}: duplicate role")
        seen.add(key)
        counts[kind] += 1
    counts["_total"] = sum(counts[k] for k in ("head", "phrase"))
    if counts["_total"] < MIN_ROLES:
        errors.append(f"only {counts['_total']} roles, need at least {MIN_ROLES}")
    return counts


def check_role_ends(path: Path, actors_path: Path, errors: list[str]) -> int:
    """The registry reads a role end only for a known actor and ignores any other row,
    so a typo in an id would silently leave a holder in office: every row must name an
    actor of `actors_path` that has roles, once, with an ISO date."""
    from datetime import date

    roles_of = {}
    for _, line in list(data_lines(actors_path))[1:]:
        fields = line.split("\t")
        if len(fields) == len(ACTOR_COLUMNS):
            roles_of[fields[0]] = fields[ACTOR_COLUMNS.index("roles")]
    rows = table_rows(path, ROLE_END_COLUMNS, errors)
    if rows is None:
        return 0
    seen: set[str] = set()
    for number, fields in rows:
        actor_id, until, _ = fields
        where = f"{path}:{number} ({actor_id})"
        if actor_id not in roles_of:
            errors.append(f"{where}: no actor with this id in {actors_path.name}")
        elif not roles_of[actor_id]:
            errors.append(f"{where}: the actor has no roles to end")
        if actor_id in seen:
            errors.append(f"{where}: duplicate id")
        seen.add(actor_id)
        try:
            date.fromisoformat(until)
        except ValueError:
            errors.append(f"{where}: until must be a YYYY-MM-DD date, got {until!r}")
    return len(rows)


def registry_keys(actors_path: Path) -> tuple[set[str], dict[str, str]]:
    """The ids of `actors_path`, and every folded alias and `roles` phrase with its actor."""
    ids: set[str] = set()
    owner: dict[str, str] = {}
    for _, line in list(data_lines(actors_path))[1:]:
        fields = line.split("\t")
        if len(fields) != len(ACTOR_COLUMNS):
            continue
        row = dict(zip(ACTOR_COLUMNS, fields))
        ids.add(row["id"])
        for phrase in [row["name"], *row["aliases"].split("|"), *row["roles"].split("|")]:
            if phrase:
                owner.setdefault(fold(phrase), row["id"])
    return ids, owner


def check_offices(path: Path, actors_path: Path, errors: list[str]) -> set[str]:
    """(ot29) role_offices.tsv: office ids well formed and unique, every phrase lower-case first, naming one
    office only, and neither an alias nor a `roles` phrase of actors.tsv (one key, one meaning at any date)."""
    _, owner = registry_keys(actors_path)
    rows = table_rows(path, OFFICE_COLUMNS, errors) or []
    offices: set[str] = set()
    phrase_office: dict[str, str] = {}
    for number, (office, phrases, _) in rows:
        where = f"{path}:{number} ({office})"
        if not OFFICE_RE.match(office):
            errors.append(f"{where}: office id must look like office:us-president")
        if office in offices:
            errors.append(f"{where}: duplicate office")
        offices.add(office)
        for phrase in phrases.split("|"):
            if not phrase or phrase != phrase.strip() or phrase[0] != phrase[0].lower():
                errors.append(f"{where}: empty phrase, outer whitespace or capital first letter: {phrase!r}")
                continue
            key = fold(phrase)
            if key in owner:
                errors.append(f"{where}: phrase {phrase!r} is an alias or role of {owner[key]}")
            if phrase_office.setdefault(key, office) != office:
                errors.append(f"{where}: phrase {phrase!r} also names {phrase_office[key]}")
    return offices


def check_terms(path: Path, actors_path: Path, offices: set[str], errors: list[str]) -> int:
    """(ot29) role_terms.tsv: a known office and person, ISO dates, `from` not after `until`, and the terms
    of one office never overlapping (one holder at any date)."""
    from datetime import date

    ids, _ = registry_keys(actors_path)
    rows = table_rows(path, TERM_COLUMNS, errors) or []
    terms: dict[str, list[tuple[date, date, int]]] = defaultdict(list)
    for number, (office, actor_id, first, until, gender, _) in rows:
        where = f"{path}:{number} ({office} {actor_id})"
        if gender not in ("m", "f"):
            errors.append(f"{where}: gender must be m or f")
        if office not in offices:
            errors.append(f"{where}: office not in role_offices.tsv")
        if actor_id not in ids or not actor_id.startswith("per:"):
            errors.append(f"{where}: no person with this id in {actors_path.name}")
        try:
            start = date.fromisoformat(first)
            end = date.fromisoformat(until) if until else date.max
        except ValueError:
            errors.append(f"{where}: from/until must be YYYY-MM-DD dates (until may be empty)")
            continue
        if start > end:
            errors.append(f"{where}: from is after until")
        terms[office].append((start, end, number))
    for office, spans in terms.items():
        spans.sort()
        for (_, end, number), (start, _, later) in zip(spans, spans[1:]):
            if start <= end:
                errors.append(f"{path}:{later} ({office}): term overlaps the term of line {number}")
    return len(rows)


def main(argv: list[str]) -> int:
    actors_path = Path(argv[1]) if len(argv) > 1 else DATA / "actors.tsv"
    roles_path = Path(argv[2]) if len(argv) > 2 else DATA / "roles.tsv"
    role_ends_path = Path(argv[3]) if len(argv) > 3 else DATA / "role_ends.tsv"
    errors: list[str] = []
    warnings: list[str] = []

    counts = check_actors(actors_path, errors, warnings)
    print(f"{actors_path}:")
    for actor_type in PREFIX_FOR_TYPE:
        print(f"  {actor_type:<6}{counts[actor_type]:>5}")
    print(f"  {'total':<6}{counts['_total']:>5}  (with QID {counts['_with_qid']}, without {counts['_without_qid']}; "
          f"{counts['_aliases']} distinct surface forms)")

    if roles_path.exists():
        role_counts = check_roles(roles_path, errors)
        print(f"{roles_path}:")
        print(f"  head {role_counts['head']}, phrase {role_counts['phrase']}, total {role_counts['_total']}")
    else:
        errors.append(f"{roles_path}: missing")
    if role_ends_path.exists():
        print(f"{role_ends_path}:")
        print(f"  {check_role_ends(role_ends_path, actors_path, errors)} role ends")

    offices_path, terms_path = DATA / "role_offices.tsv", DATA / "role_terms.tsv"
    if offices_path.exists():
        offices = check_offices(offices_path, actors_path, errors)
        print(f"{offices_path}:")
        print(f"  {len(offices)} offices")
        if terms_path.exists():
            print(f"{terms_path}:")
            print(f"  {check_terms(terms_path, actors_path, offices, errors)} terms")

    for warning in warnings:
        print(f"WARNING: {warning}")
    for error in errors:
        print(f"ERROR: {error}")
    print("OK" if not errors else f"FAILED: {len(errors)} error(s)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
