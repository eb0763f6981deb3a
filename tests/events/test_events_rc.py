"""GDELT actor types mended after the review rev20_B (helper rc).

L6  the partly recognised polities (DPR, LPR, Abkhazia, South Ossetia, Transnistria) and the actors the
    registry places in them are CAMEO's rebels against the state they are recognised as part of:
    Type1Code "REB", Actor code "<state>REB" ("ЛНР обвинила Украину" is UKRREB → UKRGOV; before: UKR, as
    if Ukraine accused itself).
"""
from __future__ import annotations

import pytest

from khronika.events.export import gdelt_row
from khronika.events.lexicon import load_cameo
from khronika.extract.article import Article
from khronika.nlp.doc import Doc, Event, EventActor

COUNTRIES = {"per:denis-pushilin": "gpe:dpr", "per:vladimir-putin": "gpe:russia", "org:x": "gpe:lpr"}


def _doc() -> Doc:
    article = Article(id="a1", source="x.txt", title="ЛНР обвинила Украину", published="2022-01-28T16:49:00+03:00",
                      language="ru", lead="", paragraphs=[], url="https://example.org/x")
    return Doc.from_article(article)


# actor id of the source → (Actor1Code, Actor1CountryCode, Actor1Type1Code)
CASES = [
    ("gpe:lpr", ("UKRREB", "UKR", "REB")),             # L6: was ("UKR", "UKR", "")
    ("gpe:dpr", ("UKRREB", "UKR", "REB")),             # L6
    ("gpe:abkhazia", ("GEOREB", "GEO", "REB")),        # L6
    ("gpe:south-ossetia", ("GEOREB", "GEO", "REB")),   # L6
    ("gpe:transnistria", ("MDAREB", "MDA", "REB")),    # L6
    ("per:denis-pushilin", ("UKRREB", "UKR", "REB")),  # L6: the registry places him in the DPR (was "UKR", "")
    ("org:x", ("UKRREB", "UKR", "REB")),               # L6: a body the registry places in the LPR
    ("gpe:ukraine", ("UKRGOV", "UKR", "GOV")),         # guard: a state
    ("gpe:georgia", ("GEOGOV", "GEO", "GOV")),         # guard
    ("per:vladimir-putin", ("RUS", "RUS", "")),        # guard: a person of a state: no type, as before
    ("per:nobody", ("", "", "")),                      # guard: no country, no type
]


@pytest.mark.parametrize("actor_id, expected", CASES)
def test_rebel_polities(actor_id, expected):
    event = Event("ACCUSE", None, "11", [EventActor(actor_id, "X")], [EventActor("gpe:ukraine", "Украина")],
                  "обвинила", 0, 8, 0)
    row = gdelt_row(event, _doc(), 1, True, load_cameo(), COUNTRIES, "u")
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == expected
    assert (row["Actor2Code"], row["Actor2Type1Code"]) == ("UKRGOV", "GOV")
