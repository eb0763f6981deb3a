"""(ot29) A quote's speaker given only as an office whose holder changed ("президент США") is the holder of the
article's date (data/role_terms.tsv), inside the registry's 2017-2024 period and outside it; registry `roles`
holders keep their old answers.  Made-up sentences."""
from __future__ import annotations

import pytest

from khronika.extract.article import Article

TEXT = "Переговоры\n\n«Санкции сохранятся до конца года», — заявил {role} журналистам в среду."

# (role as written, article date, the speaker's actor id)
ROWS = [
    ("президент США", "2022-01-28T16:49:00+03:00", "per:joe-biden"),
    ("президент США", "2025-03-01T10:00:00+03:00", "per:donald-trump"),    # after the registry's period
    ("президент США", "2015-06-01T10:00:00+03:00", "per:barack-obama"),    # before it
    ("премьер-министр Великобритании", "2019-07-24T10:00:00+03:00", "per:boris-johnson"),
    ("бывший президент США", "2022-01-28T16:49:00+03:00", None),         # a dated role: nobody
    ("президент России", "2022-01-28T16:49:00+03:00", "per:vladimir-putin"),  # registry roles unchanged
    ("президент России", "2012-06-01T10:00:00+03:00", None),             # … outside their period too
]


@pytest.mark.parametrize("role,published,actor", ROWS, ids=[f"{r[0]}-{r[1][:10]}" for r in ROWS])
def test_office_speaker_by_date(pipeline, role, published, actor):
    paragraphs = [p.strip() for p in TEXT.format(role=role).split("\n\n")]
    doc = pipeline(Article(id="t", source="test", title="", published=published, language="ru",
                           lead=paragraphs[0], paragraphs=paragraphs))
    found = [q for q in doc.quotes if q.text.startswith("Санкции сохранятся")]
    assert found and found[0].speaker is not None
    assert found[0].speaker.actor_id == actor
