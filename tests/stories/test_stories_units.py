"""Duplicates, similarity features, clustering and merging: table tests."""
from __future__ import annotations

import numpy as np
import pytest

from khronika.stories import dedup, merge
from khronika.stories.cluster import SameStoryModel, cluster, fit_logistic, best_threshold
from khronika.stories.similarity import FEATURE_NAMES, Idf, pair_features, tfidf_cosine, jaccard
from khronika.store.query import parse_query
from khronika.errors import QueryError

BODY = ("Президент России Владимир Путин провел в Кремле переговоры с председателем КНР Си Цзиньпином. "
        "Стороны обсудили торговлю, поставки газа и строительство нового трубопровода. "
        "По итогам встречи подписан пакет из четырнадцати документов о сотрудничестве.")


@pytest.mark.parametrize("a, b", [
    ("Ёлка  в ЦЕНТРЕ, города!", "елка в центре города"),
    ("«Газпром» — лидер", "газпром лидер"),
])
def test_normalised_text(a, b):
    assert dedup.normalise_text(a) == b


@pytest.mark.parametrize("variant, near", [
    (BODY, True),                                                         # exact reprint
    ("МОСКВА, 19 апреля. /ТАСС/. " + BODY, True),                          # agency dateline added
    (BODY.replace("четырнадцати", "14"), True),                            # one word changed
    (BODY + " Читайте также: главные новости дня.", True),                 # furniture appended
    ("Лидеры России и Китая встретились в Москве и договорились расширять торговлю и энергетику, "
     "сообщили журналисты после переговоров.", False),                     # same story, rewritten
    ("Сборная России по футболу обыграла команду Сербии в товарищеском матче в Казани.", False),
])
def test_near_duplicate_decisions(variant, near):
    a, b = dedup.fingerprint("Заголовок", BODY), dedup.fingerprint("Другой заголовок", variant)
    score = 1.0 if a.exact == b.exact else dedup.similarity(a.signature, b.signature)
    assert (score >= dedup.NEAR_DUPLICATE) is near


def test_lsh_bands_catch_every_pair_above_threshold():
    # P(candidate | J = threshold) is near 1 with 32 bands of 4 rows.
    s = dedup.NEAR_DUPLICATE
    assert 1 - (1 - s ** dedup.ROWS) ** dedup.BANDS > 0.98
    a, b = dedup.fingerprint("", BODY), dedup.fingerprint("", "МОСКВА. " + BODY)
    assert set(a.bands()) & set(b.bands())


def test_signature_round_trip():
    fp = dedup.fingerprint("t", BODY)
    assert np.array_equal(dedup.signature_from_bytes(fp.signature_bytes()), fp.signature)


def test_empty_text_has_empty_fingerprint():
    assert dedup.fingerprint("", "").empty


def test_features_and_pair_features(analyzer):
    idf = Idf()
    a = analyzer.features("Путин провел переговоры с Си Цзиньпином", BODY, idf=idf, published="2024-04-19")
    b = analyzer.features("Лидеры России и Китая встретились в Кремле",
                          "Владимир Путин и Си Цзиньпин обсудили в Кремле торговлю и поставки газа.",
                          idf=idf, published="2024-04-20")
    c = analyzer.features("Сборная выиграла матч", "Футболисты сборной победили со счетом 3:0 в Казани.",
                          idf=idf, published="2024-04-19")
    assert {"путин", "кремль"} <= a.names
    assert "переговоры" in a.terms and "в" not in a.terms
    ab, ac = pair_features(a, b, idf), pair_features(a, c, idf)
    assert len(ab) == len(FEATURE_NAMES)
    assert ab[0] > ac[0] and ab[2] > ac[2] and ab[4] > ac[4]
    model = SameStoryModel()
    assert model.same(a, b, idf) and not model.same(a, c, idf)


def test_name_key_prefers_surnames(analyzer):
    assert analyzer.name_key("Дмитрия Пескова") == "дмитрий песков"
    assert analyzer.name_key("Путину") == "путин"


def test_index_text_holds_every_normal_form(analyzer):
    assert {"стать", "сталь"} <= set(analyzer.index_text("стали").split())


def test_tfidf_and_jaccard():
    idf = Idf({"газ": 1}, 10)
    assert tfidf_cosine({"газ": 1}, {"газ": 3}, idf) == pytest.approx(1.0)
    assert tfidf_cosine({"газ": 1}, {"нефть": 1}, idf) == 0.0
    assert jaccard({"a", "b"}, {"b", "c"}) == pytest.approx(1 / 3)
    assert Idf.from_json(idf.to_json()).df == idf.df


def test_incremental_clustering_groups_a_story(analyzer):
    texts = [
        ("Путин провел переговоры с Си Цзиньпином", BODY),
        ("Сборная выиграла матч", "Футболисты сборной России победили сербов со счетом 3:0 в Казани."),
        ("Си Цзиньпин и Путин обсудили газ", "Владимир Путин и председатель КНР Си Цзиньпин провели переговоры "
                                           "в Кремле и обсудили поставки газа и новый трубопровод."),
        ("Россия победила Сербию в футболе", "Сборная России по футболу обыграла Сербию 3:0 в Казани, "
                                             "футболисты победили в товарищеском матче."),
    ]
    idf = Idf()
    feats = []
    for title, body in texts:
        f = analyzer.features(title, body, idf=idf)
        idf.add(f.terms)
        feats.append(f)
    labels = cluster(feats, SameStoryModel(), idf)
    assert labels[0] == labels[2] and labels[1] == labels[3] and labels[0] != labels[1]


def test_clustering_respects_the_time_window(analyzer):
    idf = Idf()
    early = analyzer.features("Путин провел переговоры с Си Цзиньпином", BODY, idf=idf, published="2024-01-01")
    late = analyzer.features("Путин провел переговоры с Си Цзиньпином", BODY, idf=idf, published="2024-03-01")
    assert len(set(cluster([early, late], SameStoryModel(), idf))) == 2


def test_fit_logistic_learns_a_separable_rule():
    rng = np.random.default_rng(0)
    x = rng.random((200, len(FEATURE_NAMES)))
    y = x[:, FEATURE_NAMES.index("tfidf")] > 0.5
    weights = fit_logistic(x, y.astype(float), hand={})  # random columns: no hand-set vetoes
    model = SameStoryModel(weights)
    probs = np.array([model.probability(r) for r in x])
    cut = best_threshold(probs, y)
    assert ((probs >= cut) == y).mean() > 0.95


@pytest.mark.parametrize("a, b, same", [
    ("Мы готовы к переговорам", "«мы готовы к переговорам», — сказал он", True),
    ("Мы готовы к переговорам по газу и нефти", "готовы к переговорам", True),
    ("Мы готовы к переговорам", "Санкции не сработают", False),
])
def test_quotes_match(a, b, same):
    assert merge.quotes_match(a, b) is same


def test_event_dates_match():
    assert merge.dates_match("2024-04-19", "2024-04-20") and not merge.dates_match("2024-04-19", "2024-04-25")
    assert merge.dates_match(None, "2024-04-25")


def _sides(*names):
    from khronika.nlp.doc import EventActor

    ids = {"Путин": "per:putin", "Владимир Путин": "per:putin", "Макрон": "per:macron", "Шольц": "per:scholz"}
    return [EventActor(ids.get(n), n) for n in names]


# (report, report, one event?): each report is (type, sources, targets, symmetric); two reports of a story are one
# event when their keys are equal (`SqlStore._merge_event`), whichever arrives first.
EVENT_JOINS = [
    (("CONSULT", ["Путин"], ["Си Цзиньпин"], False), ("CONSULT", ["Владимир Путин"], ["си цзиньпин"], False), True),
    (("CONSULT", ["Путин"], ["Макрон"], True), ("CONSULT", ["Макрон"], ["Путин"], True), True),      # a call
    (("CONSULT", ["Путин", "Макрон"], ["Шольц"], True),
     ("CONSULT", ["Шольц"], ["Путин", "Макрон"], True), True),                                      # three parties
    (("CONSULT", ["Путин", "Шольц"], ["Макрон"], True),
     ("CONSULT", ["Шольц"], ["Путин", "Макрон"], True), True),                                      # split otherwise
    (("CONSULT", ["Макрон"], ["Путин"], False), ("CONSULT", ["Путин"], ["Макрон"], True), True),     # visit, meeting
    (("CONSULT", ["Макрон"], ["Путин"], False), ("CONSULT", ["Путин"], ["Макрон"], False), True),   # a meeting
    (("AGREE", ["Путин"], ["Макрон"], True), ("AGREE", ["Макрон"], ["Путин"], True), True),          # signed
    (("ACCUSE", ["Путин"], ["Макрон"], False), ("ACCUSE", ["Макрон"], ["Путин"], False), False),    # directional
    (("COOPERATE", ["Путин"], ["Макрон"], False), ("COOPERATE", ["Макрон"], ["Путин"], False), False),  # two replies
    (("ACCUSE", ["Путин"], ["Макрон"], False), ("CONSULT", ["Путин"], ["Макрон"], False), False),   # another type
]


@pytest.mark.parametrize("a, b, one", EVENT_JOINS)
def test_two_event_reports_are_one_event(a, b, one):
    def key(report):
        type_, sources, targets, symmetric = report
        return merge.event_key(type_, _sides(*sources), _sides(*targets), symmetric)
    assert (key(a) == key(b)) is one


@pytest.mark.parametrize("text, fields", [
    ("переговоры", {"text": "переговоры"}),
    ("переговоры actor:Путин source:TASS.ru", {"text": "переговоры", "actors": ["Путин"], "sources": ["tass.ru"]}),
    ('speaker:"Дмитрий Песков" event:consult', {"text": "", "speakers": ["Дмитрий Песков"], "events": ["CONSULT"]}),
    ("from:2024-01 to:2024-02", {"date_from": "2024-01-01", "date_to": "2024-02-29"}),
    ("from:2023 story:12", {"date_from": "2023-01-01", "stories": [12]}),
    ("https://tass.ru 10:30", {"text": "https://tass.ru 10:30"}),
    ('"красные линии" Путин', {"text": "красные линии Путин"}),
])
def test_parse_query(text, fields):
    query = parse_query(text)
    for name, value in fields.items():
        assert getattr(query, name) == value


@pytest.mark.parametrize("bad", ["", "   ", "from:завтра", "story:x", "speaker:"])
def test_parse_query_errors(bad):
    with pytest.raises(QueryError):
        parse_query(bad)
