"""(rG39) A body named by a regional adjective ("регионального управления МЧС") is that body of the one
region the article names: a press office keeps its word ("пресс-служба … Саратовской области"), and a
republic the article names ("в Республике Коми", or "Дагестана" that the registry knows as "Республика
Дагестан") is such a region.  Made-up sentences modelled on unread
tgcontest pages; the last case is a guard (two regions named: the name stays as written)."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name)
CASES = [
    ("a press office of a regional body is the press office of the region's body",
     "Пятеро пожарных тушили сарай в Энгельсском районе Саратовской области, сообщает пресс-служба "
     "регионального управления по ЧС.",
     "Пятеро пожарных тушили сарай в Энгельсском районе Саратовской области",
     "пресс-служба управления по ЧС Саратовской области"),
    ("a republic named by the article is the region of a press office's regional body",
     "Три пункта временного размещения подготовили в Республике Коми для жителей пригородов. Об этом сообщила "
     "пресс-служба регионального правительства.",
     "Три пункта временного размещения подготовили в Республике Коми для жителей пригородов",
     "пресс-служба правительства Республики Коми"),
    ("a republic named by the article is the region of a regional body",
     "Паводок подтопил дома в Республике Коми. По данным регионального управления МЧС, в трёх районах "
     "действует режим чрезвычайной ситуации.",
     "в трёх районах действует режим чрезвычайной ситуации",
     "управление МЧС Республики Коми"),
    ("a republic named short that the registry knows as a republic is the region of a republican body",
     "Власти Дагестана ввели режим ЧС в Хасавюрте. Ранее в республиканском министерстве здравоохранения "
     "сообщали, что в больницы доставлены 104 человека.",
     "в больницы доставлены 104 человека",
     "министерство здравоохранения Дагестана"),
    ("two regions named: the regional body keeps its words (guard)",
     "Пожары прошли в Саратовской области и в Самарской области, сообщает пресс-служба регионального "
     "управления по ЧС.",
     "Пожары прошли в Саратовской области и в Самарской области",
     "пресс-служба регионального управления по ЧС"),
]


@pytest.mark.parametrize("mechanism,text,content,speaker", CASES, ids=[c[0] for c in CASES])
def test_rG39_regional_body(enrich, mechanism, text, content, speaker):
    assert speaker_of(enrich(text), content, mechanism) == speaker, mechanism
