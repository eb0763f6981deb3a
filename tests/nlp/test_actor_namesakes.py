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


LOCAL_BODIES = [
    # (text, bare body as written, expected actor name)
    ("В Минске подвели итоги выборов президента Белоруссии. Лукашенко набрал 80% голосов, сообщил ЦИК.",
     "ЦИК", "ЦИК Белоруссии"),
    ("В Казахстане МЧС предупредило о паводках. По данным МЧС, в Астане ожидается подъём воды.",
     "МЧС", "МЧС Казахстана"),
    # a story about Russia, or one naming no state: the registry's body
    ("ЦИК завершил приём документов от кандидатов в Госдуму. Памфилова выступила в Москве.",
     "ЦИК", "ЦИК России"),
    ("ЦИК завершил приём документов.", "ЦИК", "ЦИК России"),
    # a proper name is the same body in any story: ФСБ stays Russia's
    ("В Белоруссии задержали гражданина Польши, сообщила ФСБ.", "ФСБ", "ФСБ"),
]


@pytest.mark.parametrize("text, bare, expected", LOCAL_BODIES, ids=[c[2] for c in LOCAL_BODIES])
def test_generic_body_is_the_story_states(nlp_pipeline, text, bare, expected):
    doc = nlp_pipeline(article(text))
    names = {doc.actor(m.actor_id).name for m in doc.mentions if m.text == bare and m.actor_id}
    assert names == {expected}, [(a.id, a.name) for a in doc.actors]
