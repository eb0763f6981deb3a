"""Review mend: a declined quoted name after a noun for a thing is that thing's owner, an organisation
("акции «Мечела»"); a quoted name in apposition stays the thing ("премии «Эмми»")."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import article


@pytest.mark.parametrize("text,surface,is_org", [
    ("Акции «Мечела» упали на бирже. Представитель «Мечела» заявил о планах.", "Мечела", True),
    ("Акции «Северстали» подешевели. Глава «Северстали» прокомментировал это.", "Северстали", True),
    ("Сериал получил премию «Эмми» в Лос-Анджелесе.", "Эмми", False),
])
def test_declined_quoted_owner_stays_an_organisation(nlp_pipeline, text, surface, is_org):
    doc = nlp_pipeline(article(text))
    orgs = [m for m in doc.mentions if surface in m.text and m.type in ("ORG", "MEDIA")]
    assert bool(orgs) is is_org
