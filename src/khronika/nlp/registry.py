"""The canonical-actor registry: `data/actors.tsv` and `data/roles.tsv`.

`actors.tsv` (header `id qid type name aliases roles country`, aliases and
roles `|`-separated nominative forms) gives stable ids across documents.
`roles.tsv` (header `role kind head_lemma`) lists role words ("президент",
"госсекретарь") so role phrases can be spotted in text.  Lookups are by
`alias_key`: lower case, "ё" → "е", dashes and spaces folded, so the same
key comes out of a nominative alias and a normalised mention.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from importlib import resources as package_files
from pathlib import Path

from khronika.nlp.office_terms import Office, OfficeTerm

_DASHES = re.compile(r"\s*[-‐‑‒–—]\s*")
_SPACES = re.compile(r"\s+")
_DOTS = re.compile(r"\.\s*")
# (nm25) An outlet's web address as a name ("bbc.com", "www.rbc.ru"): the label before the top-level domain.
_WEB_DOMAIN = re.compile(r"(?:www\.)?([a-z0-9][a-z0-9-]*)\.(?:com|ru|org|net|info|co\.uk|uk|de|fr|ua|by|kz|tv|fm)",
                         re.I)


def alias_key(text: str) -> str:
    """Lookup key for a name: "Совет Россия – НАТО" and "совет россия-нато" meet."""
    if text.isalnum():
        # A plain word (most tokens): no quotes, dashes, dots or spaces to fold.
        return text.lower().replace("ё", "е")
    text = text.lower().replace("ё", "е").replace("«", "").replace("»", "").replace('"', "")
    text = _DASHES.sub("-", text)
    text = _DOTS.sub(". ", text)
    return _SPACES.sub(" ", text).strip()


@dataclass
class RegistryActor:
    id: str
    qid: str | None
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    country: str | None = None
    roles_until: str | None = None  # last day (YYYY-MM-DD) the roles held, from data/role_ends.tsv
    # (mx26) names of the persons who held the same offices before, from data/role_holders_before.tsv
    holders_before: list[str] = field(default_factory=list)


@dataclass
class RoleWord:
    role: str        # nominative role phrase or word ("президент", "глава МИД")
    kind: str        # e.g. "head_of_state", "official", "spokesperson" — free text from roles.tsv
    head_lemma: str  # lemma of the head noun ("президент")


@dataclass
class Registry:
    actors: dict[str, RegistryActor] = field(default_factory=dict)
    by_alias: dict[str, list[str]] = field(default_factory=dict)  # alias_key -> actor ids
    by_role: dict[str, list[str]] = field(default_factory=dict)   # alias_key(role) -> actor ids
    role_words: dict[str, RoleWord] = field(default_factory=dict)  # head_lemma -> RoleWord
    # persons named in two words, by lower-case surname: [(lower-case first name, actor)]
    by_surname: dict[str, list[tuple[str, RegistryActor]]] = field(default_factory=dict)
    max_alias_words: int = 1
    # (ot29) offices whose holder changed, by id, and by alias_key of each of their phrases
    offices: dict[str, Office] = field(default_factory=dict)
    office_by_phrase: dict[str, str] = field(default_factory=dict)

    def add(self, actor: RegistryActor) -> None:
        self.actors[actor.id] = actor
        for alias in {actor.name, *actor.aliases}:
            key = alias_key(alias)
            if key:
                ids = self.by_alias.setdefault(key, [])
                if actor.id not in ids:
                    ids.append(actor.id)
                self.max_alias_words = max(self.max_alias_words, len(key.split()))
        for role in actor.roles:
            self.by_role.setdefault(alias_key(role), []).append(actor.id)
        words = actor.name.lower().replace("ё", "е").split()
        if actor.type == "PER" and len(words) == 2:
            self.by_surname.setdefault(words[1], []).append((words[0], actor))

    def lookup(self, name: str) -> RegistryActor | None:
        """The actor whose name or alias is `name` (nominative), if exactly one is."""
        ids = self.by_alias.get(alias_key(name), [])
        return self.actors[ids[0]] if len(ids) == 1 else None

    def lookup_outlet_site(self, name: str) -> RegistryActor | None:
        """(nm25) The outlet whose web address `name` is ("bbc.com" -> Би-би-си): a text that cites a site names its
        outlet.  Only an outlet (MEDIA) whose alias is the address ("vz.ru") or its label ("bbc"): "un.org" names none."""
        site = _WEB_DOMAIN.fullmatch(name.strip())
        if site is None:
            return None
        ids = [i for i in self.by_alias.get(alias_key(name), []) if self.actors[i].type == "MEDIA"] \
            or [i for i in self.by_alias.get(alias_key(site.group(1)), []) if self.actors[i].type == "MEDIA"]
        return self.actors[ids[0]] if len(ids) == 1 else None

    def lookup_role(self, role: str) -> RegistryActor | None:
        """The actor holding the role phrase ("президент России"), if exactly one does.

        Roles are time-bound; the registry records who held them for the
        period the corpus covers, so treat a hit as a default, not a fact.
        """
        ids = self.by_role.get(alias_key(role), [])
        return self.actors[ids[0]] if len(ids) == 1 else None

    def lookup_office(self, role: str) -> Office | None:
        """(ot29) The office a role phrase names ("президент США"), from data/role_offices.tsv."""
        office = self.office_by_phrase.get(alias_key(role))
        return self.offices[office] if office is not None else None


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def load_registry(actors_path: Path | None = None, roles_path: Path | None = None,
                  role_ends_path: Path | None = None, holders_before_path: Path | None = None,
                  offices_path: Path | None = None, terms_path: Path | None = None) -> Registry:
    """Read the registry; missing files give an empty (but working) registry."""
    data = Path(str(package_files.files("khronika") / "data"))
    actors_path = actors_path or data / "actors.tsv"
    roles_path = roles_path or data / "roles.tsv"
    role_ends_path = role_ends_path or data / "role_ends.tsv"
    holders_before_path = holders_before_path or data / "role_holders_before.tsv"
    offices_path = offices_path or data / "role_offices.tsv"
    terms_path = terms_path or data / "role_terms.tsv"
    registry = Registry()
    if actors_path.exists():
        for row in _rows(actors_path):
            if not row.get("id"):
                continue
            registry.add(RegistryActor(
                id=row["id"].strip(), qid=(row.get("qid") or "").strip() or None,
                type=(row.get("type") or "").strip().upper(), name=(row.get("name") or "").strip(),
                aliases=_split(row.get("aliases")), roles=_split(row.get("roles")),
                country=(row.get("country") or "").strip() or None,
            ))
    if role_ends_path.exists():
        for row in _rows(role_ends_path):
            known = registry.actors.get((row.get("id") or "").strip())
            if known is not None and (row.get("until") or "").strip():
                known.roles_until = row["until"].strip()
    if holders_before_path.exists():
        for row in _rows(holders_before_path):
            known = registry.actors.get((row.get("id") or "").strip())
            if known is not None:
                known.holders_before = _split(row.get("holders"))
    _load_offices(registry, offices_path, terms_path)
    if roles_path.exists():
        for row in _rows(roles_path):
            head = (row.get("head_lemma") or "").strip().lower()
            if head:
                registry.role_words.setdefault(head, RoleWord(
                    role=(row.get("role") or "").strip(), kind=(row.get("kind") or "").strip(), head_lemma=head,
                ))
    return registry


def _load_offices(registry: Registry, offices_path: Path, terms_path: Path) -> None:
    """(ot29) The offices of data/role_offices.tsv and their holders' terms from data/role_terms.tsv; a term of an
    unknown office or of a person the registry lacks is left out (tools/check_actors.py reports both)."""
    if not offices_path.exists():
        return
    for row in _rows(offices_path):
        office = Office((row.get("office") or "").strip(), _split(row.get("phrases")))
        if office.id:
            registry.offices[office.id] = office
            for phrase in office.phrases:
                registry.office_by_phrase[alias_key(phrase)] = office.id
    if not terms_path.exists():
        return
    for row in _rows(terms_path):
        office = registry.offices.get((row.get("office") or "").strip())
        holder = (row.get("id") or "").strip()
        first = (row.get("from") or "").strip()
        if office is not None and holder in registry.actors and first:
            office.terms.append(OfficeTerm(holder, first, (row.get("until") or "").strip() or None,
                                           (row.get("gender") or "").strip() or None))


_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
})


def slug(text: str) -> str:
    """ASCII slug of a normal form: "Энтони Блинкен" → "entoni-blinken"."""
    text = text.lower().translate(_TRANSLIT)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "unknown"


# Ids of actors the registry lacks start with this.
UNKNOWN_PREFIX = "x:"


def unknown_actor_id(type_: str, normal: str) -> str:
    """Deterministic id for an actor the registry lacks: `x:per:entoni-blinken`."""
    return f"{UNKNOWN_PREFIX}{type_.lower()}:{slug(normal)}"
