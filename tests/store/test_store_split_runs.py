"""Pages ingested in one run and the same pages split over two runs group into the same stories
(review rev24_B M1), on both backends.

A writer used to keep each new article's in-memory features (every term, tf-idf weights made
once with the idf of the first use) while articles of earlier runs were read back as stored
(`KEPT_TERMS` terms, weights with the idf of that moment): whether a later article joined an
earlier one then depended on where a run had been cut.  Here the first article has more
terms than are stored, and the last one shares the tail of its body (words that are not
kept) and most of its headline: with the untruncated features it joined the first one's
story in one run and started a story of its own after a restart (the old code fails here)."""
from __future__ import annotations

import json

import pytest

from khronika.store import open_store
from khronika.store.sql import KEPT_TERMS
from khronika.stories.similarity import Idf, tfidf_weights

# Words of one trade (tools and machines): distinct content lemmas, none a name.
WORDS = ("турбина насос клапан фильтр котёл трубопровод задвижка компрессор генератор трансформатор "
         "кабель опора мачта изолятор щит рубильник счётчик датчик манометр термометр "
         "резервуар цистерна бочка канистра шланг муфта фланец прокладка болт гайка "
         "шайба винт шуруп гвоздь скоба петля замок ключ отвёртка молоток "
         "кувалда лопата лом кирка тачка носилки ведро лейка грабли вилы "
         "топор пила рубанок стамеска долото напильник тиски верстак дрель перфоратор "
         "бетономешалка экскаватор бульдозер грейдер каток самосвал тягач прицеп полуприцеп кран "
         "лебёдка таль домкрат трос цепь канат стропа крюк блок шкив "
         "шестерня вал подшипник втулка ось колесо гусеница рама кузов кабина").split()
DAY = "2024-04-10T10:00:00+03:00"


def _documents(make_doc) -> list:
    topic = " ".join(w for w in WORDS[:8] for _ in range(4))  # the first article's most frequent terms
    first = make_doc("Ремонт насосной станции на окраине завершён досрочно",
                     [f"{topic}. {' '.join(WORDS[8:])}."], url="https://a.ru/1", published=DAY)
    weather = [make_doc(f"Новость {i} о погоде в регионе", [f"Синоптики обещают дождь и ветер, сообщение {i}."],
                        url=f"https://w.ru/{i}", published=DAY) for i in range(3)]
    tail = " ".join(WORDS[-30:])
    last = make_doc("Ремонт насосной станции завершён досрочно", [f"{tail}. {tail}."], url="https://b.ru/1",
                    published="2024-04-11T10:00:00+03:00")
    return [first, *weather, last]


def _stories(store_url: str, analyzer, runs: list[list]) -> list[int]:
    """Each page's story, as ranks of first appearance (story ids may differ between stores)."""
    placed: list[int] = []
    for docs in runs:
        with open_store(store_url, analyzer=analyzer) as store:
            placed += [store.add_document(doc).story_id for doc in docs]
    first_seen: dict[int, int] = {}
    return [first_seen.setdefault(story, len(first_seen)) for story in placed]


def _second_store(store_url: str) -> str | None:
    """Another SQLite file beside the first (None on PostgreSQL: a new database is made)."""
    return store_url.replace("khronika.db", "split.db") if store_url.endswith(".db") else None


def test_one_run_and_a_split_run_group_alike(store_url, pg_server, analyzer, make_doc) -> None:
    docs = _documents(make_doc)
    assert len(analyzer.features(docs[0].article.title, " ".join(docs[0].article.paragraphs)).terms) > KEPT_TERMS
    one_run = _stories(store_url, analyzer, [docs])
    split_url = _second_store(store_url) or pg_server.new_database()
    split = _stories(split_url, analyzer, [docs[:1], docs[1:]])
    assert one_run == split
    # What both decide: the last page is judged against the first page's terms as stored.
    assert split == [0, 1, 1, 1, 2]


def test_an_article_weighs_with_the_idf_of_its_write(store_url, analyzer, make_doc) -> None:
    """The writer's cached features of an article and the features a new process reads back
    hold the same terms (the kept ones) and the same tf-idf weights after more articles came
    in: those made with the idf of the article's write and kept with it, not made again with
    the idf of a later use (which differs between one run and a split one)."""
    docs = _documents(make_doc)
    with open_store(store_url, analyzer=analyzer) as store:
        at_write = Idf(dict(store._writer_state()[2].df), store._idf.n_docs)
        first = store.add_document(docs[0]).article_id
        for doc in docs[1:]:
            store.add_document(doc)
        in_process = store._stored_features(first)
        in_process_weights = in_process.weights(store._idf)
        in_process_title = in_process.title_weights(store._idf)
    assert in_process_weights == pytest.approx(tfidf_weights(in_process.terms, at_write), rel=1e-6)
    assert in_process_weights != pytest.approx(tfidf_weights(in_process.terms, store._idf), rel=1e-6)
    with open_store(store_url, analyzer=analyzer) as reopened:
        reopened._writer_state()  # what a new run loads before its first write
        read_back = reopened._stored_features(first)
        assert read_back.terms == in_process.terms
        assert len(read_back.terms) == KEPT_TERMS
        assert reopened._idf.n_docs == len(docs)
        assert read_back.weights(reopened._idf) == in_process_weights
        assert read_back.title_weights(reopened._idf) == in_process_title


def test_features_stored_without_weights_weigh_on_use(store_url, analyzer, make_doc) -> None:
    """An article written before the weights were kept (its features JSON has none) is
    weighed with the idf of its first use, as then."""
    docs = _documents(make_doc)
    with open_store(store_url, analyzer=analyzer) as store:
        first = store.add_document(docs[0]).article_id
        for doc in docs[1:]:
            store.add_document(doc)
        data = json.loads(store._one("SELECT features FROM articles WHERE id = ?", (first,))[0])
        assert {"weights", "title_weights"} <= data.keys()
        store._execute("UPDATE articles SET features = ? WHERE id = ?",
                       (json.dumps({k: v for k, v in data.items() if "weights" not in k}, ensure_ascii=False), first))
        store._features.clear()
        legacy = store._stored_features(first)
        assert legacy.weights(store._idf) == tfidf_weights(legacy.terms, store._idf)
