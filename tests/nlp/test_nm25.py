"""Helper nm25 (twenty-fifth session): an outlet cited by its web address is the registry's outlet.

`Registry.lookup_outlet_site` reads a site ("bbc.com", "www.bbc.com") as the outlet (MEDIA) whose alias is
the address itself ("vz.ru") or its label ("bbc"); anything else, and every non-address, is nobody."""
from __future__ import annotations

import pytest

from khronika.nlp.registry import load_registry

# (site as written, expected registry id; None = no outlet)
SITES = [
    ("bbc.com", "med:bbc"),
    ("www.bbc.com", "med:bbc"),
    ("BBC.com", "med:bbc"),
    ("lenta.ru", "med:lenta-ru"),        # the address is an alias of its own
    ("vz.ru", "med:vzglyad"),
    ("tass.ru", "med:tass"),
    ("rbc.ru", "med:rbc"),
    ("dw.com", "med:dw"),
    ("kremlin.ru", None),                # guard: a site, but of no outlet
    ("sedmitza.ru", None),               # guard: a site the registry does not know
    ("un.org", None),                    # guard: no outlet's label
    ("BBC", None),                       # guard: a name, not an address (plain `lookup` reads names)
    ("Би-би-си", None),
    ("bbc.com/russian", None),           # guard: a page, not a site
]


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize("site,expected", SITES, ids=[s for s, _ in SITES])
def test_outlet_site(registry, site, expected):
    found = registry.lookup_outlet_site(site)
    assert (found.id if found is not None else None) == expected
