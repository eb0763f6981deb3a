"""Registry loader against the actors.tsv / roles.tsv format, on a tiny TSV."""
from __future__ import annotations

import pytest

from khronika.nlp.registry import alias_key, load_registry, slug, unknown_actor_id

ACTORS = (
    "# comment line\n"
    "id\tqid\ttype\tname\taliases\troles\tcountry\n"
    "per:vladimir-putin\tQ7747\tPER\tВладимир Путин\tПутин|В. Путин\tпрезидент России|глава государства\tgpe:russia\n"
    "gpe:russia\tQ159\tGPE\tРоссия\tРоссия|РФ\t\t\n"
    "org:kremlin\t\tORG\tКремль\tКремль\t\tgpe:russia\n"
)
ROLES = "role\tkind\thead_lemma\nпрезидент\thead_of_state\tпрезидент\n"


@pytest.fixture
def registry(tmp_path):
    (tmp_path / "actors.tsv").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "roles.tsv").write_text(ROLES, encoding="utf-8")
    return load_registry(tmp_path / "actors.tsv", tmp_path / "roles.tsv")


@pytest.mark.parametrize("name,expected", [
    ("Путин", "per:vladimir-putin"), ("владимир путин", "per:vladimir-putin"),
    ("РФ", "gpe:russia"), ("Кремль", "org:kremlin"), ("Песков", None),
])
def test_lookup(registry, name, expected):
    found = registry.lookup(name)
    assert (found.id if found else None) == expected


def test_fields(registry):
    putin = registry.actors["per:vladimir-putin"]
    assert (putin.qid, putin.type, putin.country) == ("Q7747", "PER", "gpe:russia")
    assert registry.actors["org:kremlin"].qid is None
    assert registry.role_words["президент"].kind == "head_of_state"


def test_lookup_role(registry):
    assert registry.lookup_role("Президент России").id == "per:vladimir-putin"
    assert registry.lookup_role("президент Франции") is None


def test_missing_files_give_empty_registry(tmp_path):
    assert load_registry(tmp_path / "none.tsv", tmp_path / "none2.tsv").actors == {}


@pytest.mark.parametrize("text,key", [
    ("Совет Россия – НАТО", "совет россия-нато"), ("Совет  Россия-НАТО", "совет россия-нато"),
    ("Пётр", "петр"), ("«Фонтанка»", "фонтанка"), ("В.Путин", "в. путин"),
])
def test_alias_key(text, key):
    assert alias_key(text) == key


@pytest.mark.parametrize("type_,normal,expected", [
    ("PER", "Энтони Блинкен", "x:per:entoni-blinken"),
    ("ORG", "Пресс-служба Елисейского дворца", "x:org:press-sluzhba-eliseyskogo-dvortsa"),
    ("LOC", "Пермский край", "x:loc:permskiy-kray"),
])
def test_unknown_ids_are_deterministic(type_, normal, expected):
    assert unknown_actor_id(type_, normal) == expected


def test_slug_never_empty():
    assert slug("«»") == "unknown"


def test_real_registry_loads():
    registry = load_registry()
    if not registry.actors:
        pytest.skip("data/actors.tsv not present")
    assert registry.lookup("Путин").id == "per:vladimir-putin"
