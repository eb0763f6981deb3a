"""gold/tools/sample_docs.py: seeded draws with an allow-list, a length range and a near-reprint guard."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[1] / "gold" / "tools" / "sample_docs.py"
_spec = importlib.util.spec_from_file_location("sample_docs", TOOL)
sample_docs = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("sample_docs", sample_docs)
_spec.loader.exec_module(sample_docs)

TEXTS = {  # file stem -> text (5, 31, 63 and 95 characters)
    "a": "слово",
    "b": "Министр заявил, что всё хорошо.",
    "c": "Пресс-служба сообщила, что переговоры пройдут в среду в Женеве.",
    "d": "По словам источника, компания закроет два завода в этом году, а сотрудников переведут в Казань.",
}


@pytest.fixture
def shared(tmp_path, monkeypatch):
    folder = tmp_path / "ds"
    folder.mkdir()
    for stem, text in TEXTS.items():
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr(sample_docs, "SHARED", tmp_path)
    return [sample_docs.Pool("p", 1.0, (("ds", "*.txt"),))]


def stems(rows):
    return [Path(path).stem for _, _, _, path in rows]


@pytest.mark.parametrize("only, length_range, expected", [
    (None, None, {"a", "b", "c", "d"}),
    (frozenset({"ds__b", "ds__d"}), None, {"b", "d"}),
    (None, (20, 70), {"b", "c"}),
    (frozenset({"ds__a", "ds__c"}), (20, 70), {"c"}),
])
def test_allow_list_and_length_range(shared, only, length_range, expected):
    rows = list(sample_docs.draw(7, shared, excluded=(), slots=len(expected), only_ids=only,
                                 length_range=length_range))
    assert set(stems(rows)) == expected


def test_same_seed_same_order(shared):
    first = stems(sample_docs.draw(3, shared, excluded=(), slots=4))
    assert first == stems(sample_docs.draw(3, shared, excluded=(), slots=4))
    assert sorted(first) == ["a", "b", "c", "d"]


def test_near_reprints_are_passed_over_in_order(shared, monkeypatch):
    guard = object.__new__(sample_docs._OverlapGuard)
    guard.max_overlap = 0.30
    guard.gram_sets = [sample_docs._char_grams(TEXTS["c"] + " ")]   # a reprint of c, one space apart
    plain = stems(sample_docs.draw(5, shared, excluded=(), slots=4))
    assert guard.too_close(sample_docs.SHARED / "ds" / "c.txt")
    assert not guard.too_close(sample_docs.SHARED / "ds" / "d.txt")
    without_c = [stem for stem in plain if stem != "c"]
    # the draw builds its guard from the excluded folders: hand it this one
    monkeypatch.setattr(sample_docs, "_OverlapGuard", lambda folders, limit: guard)
    assert stems(sample_docs.draw(5, shared, excluded=(), slots=3, max_overlap=0.30)) == without_c


@pytest.mark.parametrize("max_overlap", [None, 0.30])
def test_session_draw_hands_its_reprint_guard_on(monkeypatch, max_overlap):
    seen = {}
    monkeypatch.setattr(sample_docs, "draw", lambda seed, pools, **kwargs: seen.update(kwargs) or iter(()))
    monkeypatch.setattr(sample_docs, "_gold_folders_but", lambda own: ())
    list(sample_docs.session_draw(1, "quotes-devX", [], max_overlap=max_overlap))
    assert seen["max_overlap"] == max_overlap
