"""(mX30, review cr29b M4) Words that mark a former holder of a role, by lemma: every gender and number of
«бывший», «тогдашний», «прежний», and «экс-» glued to the noun; the role a marked phrase names without
its mark."""
from __future__ import annotations

import pytest

from khronika.nlp.roles import _former_role, marks_former

# (word of a role's normal form, marks a former holder)
WORDS = [("бывший", True), ("Бывшая", True), ("бывшие", True), ("тогдашний", True), ("тогдашняя", True),
         ("прежний", True), ("экс-канцлер", True), ("Экс-премьер", True), ("экс", True),
         ("нынешний", False), ("канцлер", False), ("действующий", False), ("экспорт", False), ("бывалый", False)]


@pytest.mark.parametrize("word,former", WORDS, ids=[w for w, _ in WORDS])
def test_marks_former(word, former):
    assert marks_former(word) == former


# (role in normal form, the role without its former-marker; None: no marker)
ROLES = [("бывшая премьер-министр Великобритании", "премьер-министр великобритании"),
         ("экс-канцлер Германии", "канцлер германии"),
         ("тогдашний президент США", "президент сша"),
         ("президент США", None),
         ("новый президент США", None),
         ("бывший", None)]


@pytest.mark.parametrize("role,bare", ROLES, ids=[r for r, _ in ROLES])
def test_former_role(role, bare):
    assert _former_role(role) == bare
