"""A bare name the registry knows is the person or body the text itself names in full.

Made-up sentences: after "Иосиф Пригожин" a bare "Пригожин" is not the registry's Евгений
Пригожин; after "ЦИК Белоруссии" a bare "ЦИК" is not Russia's commission.  When the text
names the registry's own actor too, or two different bodies with the word, the registry
link stays.
"""
from __future__ import annotations

import pytest

from tests.nlp.conftest import article

CASES = [
    # (text, bare mention, expected actor id; None = the one of the full mention named first)
    ("Продюсер Иосиф Пригожин выпустил альбом. «Мы работали долго», — сказал Пригожин.",
     "Пригожин", "x:per:iosif-prigozhin"),
    ("Глава ЧВК Евгений Пригожин сделал заявление. Пригожин сказал, что устал.",
     "Пригожин", "per:yevgeny-prigozhin"),
    ("Ранее ЦИК Белоруссии объявил итоги выборов. В ЦИК заявили, что явка составила 80%.",
     "ЦИК", "x:org:tsik-belorussii"),
    # the registry's own body named in full: the registry link stays
    ("ЦИК России начал приём документов. В ЦИК заявили, что кандидатов будет пять.",
     "ЦИК", "org:cec-russia"),
]


@pytest.mark.parametrize("text, bare, expected", CASES, ids=[c[2] for c in CASES])
def test_bare_name_joins_the_full_name_in_the_text(nlp_pipeline, text, bare, expected):
    doc = nlp_pipeline(article(text))
    mentions = [m for m in doc.mentions if m.text == bare and m.actor_id]
    assert mentions, [(m.text, m.actor_id) for m in doc.mentions]
    assert {m.actor_id for m in mentions} == {expected}
