"""Story features read back from the store equal the ones written (no field lost),
so the same-story decision does not depend on whether an article is still cached."""
from __future__ import annotations


def test_stored_features_round_trip(store, make_doc):
    doc = make_doc("Прогноз погоды на 8 ноября: в Москве до плюс пяти",
                   ["Синоптики обещают 8 ноября в Москве облачную погоду и до плюс пяти градусов.",
                    "Гидрометцентр России предупредил о гололёде в Подмосковье."],
                   url="https://example.ru/weather-8")
    added = store.add_document(doc)
    written = store._features[added.article_id]
    store._features.clear()
    loaded = store._stored_features(added.article_id)
    assert loaded is not None and loaded is not written
    assert loaded.title_dates == written.title_dates and loaded.title_dates
    assert (loaded.title_terms, loaded.names, loaded.numbers, loaded.title_names) == \
        (written.title_terms, written.names, written.numbers, written.title_names)
