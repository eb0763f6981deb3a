"""Columns that repeat another are written once (issue 6, write path round 5).

`articles.article_json` is the head of `record_json` (`Doc.to_record` starts from
`Article.to_json`), and `quotes.record` / `events.record` repeat the record's quotes and
events without any reader.  New rows leave them empty; readers derive the article JSON
from the record, and rows written before (with their copies) read as they did.
"""
from __future__ import annotations

import json

from khronika.extract.article import Article
from khronika.nlp.doc import Doc, Mention
from khronika.store.sql import DERIVED, article_of_record

PUTIN = ("per:vladimir-putin", "Владимир Путин", "PER", ["Путин"])
XI = ("per:xi-jinping", "Си Цзиньпин", "PER", ["Си Цзиньпин"])


def _doc(make_doc, url: str = "https://tass.ru/talks") -> Doc:
    doc = make_doc(
        "Путин провел переговоры с Си Цзиньпином",
        ["Путин и Си Цзиньпин провели переговоры в Кремле.", "Мы договорились о многом, сказал Путин."],
        url=url, actors=[PUTIN, XI], quotes=[("Мы договорились о многом", PUTIN[0], PUTIN[1])],
        events=[("CONSULT", "переговоры", [PUTIN[0]], [XI[0]], "2024-04-19")],
        related=["Песков прокомментировал визит", "Лавров прибыл в Пекин"],
    )
    # One light Doc per related headline, as the pipeline fills them: `to_record` adds their
    # layers to the record's related items.
    for item in doc.article.related:
        light = Doc.from_article(Article("", "", item.title, None, "ru", "", []))
        light.mentions.append(Mention(0, 7, item.title.split()[0], "PER", item.title.split()[0], None))
        doc.related.append(light)
    return doc


def test_article_of_record_is_the_article_json(make_doc):
    doc = _doc(make_doc)
    record = json.loads(json.dumps(doc.to_record(), ensure_ascii=False))
    assert record["related"][0]["mentions"]  # the record does carry layers inside related items
    expected = json.loads(json.dumps(doc.article.to_json(), ensure_ascii=False))
    derived = article_of_record(record)
    assert derived == expected
    assert list(derived) == list(expected)  # key order too: the same JSON text
    assert Article.from_json(derived) == doc.article


def test_new_rows_keep_the_article_once(store, make_doc):
    doc = _doc(make_doc)
    added = store.add_document(doc)
    assert store._execute("SELECT article_json FROM articles WHERE id = ?", (added.article_id,)) == [(DERIVED,)]
    assert store._execute("SELECT record FROM quotes WHERE article_id = ?", (added.article_id,)) == [(DERIVED,)]
    assert store._execute("SELECT record FROM events WHERE article_id = ?", (added.article_id,)) == [(DERIVED,)]
    # Every reader still gets what it got: the record, the quotes' and events' rows, the article for reprocess.
    assert store.get_article(added.article_id).record == json.loads(json.dumps(doc.to_record(), ensure_ascii=False))
    assert [q.text for q in store.quotes(article_id=added.article_id)] == ["Мы договорились о многом"]
    event = store.events(article_id=added.article_id)[0]
    assert (event.type, event.source_actors[0]["actor_id"], event.target_actors[0]["actor_id"]) == (
        "CONSULT", PUTIN[0], XI[0])
    [(article_id, raw, article_json)] = list(store.raw_inputs())
    assert article_id == added.article_id and raw is None
    assert article_json == json.loads(json.dumps(doc.article.to_json(), ensure_ascii=False))


def test_rows_written_before_read_as_before(store, make_doc):
    doc = _doc(make_doc)
    added = store.add_document(doc)
    # As the code before wrote them: the article JSON and each quote's and event's record in full.
    old_article = {**json.loads(json.dumps(doc.article.to_json(), ensure_ascii=False)), "title": "Старый заголовок"}
    store._tx_begin()
    store._execute("UPDATE articles SET article_json = ? WHERE id = ?",
                   (json.dumps(old_article, ensure_ascii=False), added.article_id))
    store._execute("UPDATE quotes SET record = '{}' WHERE article_id = ?", (added.article_id,))
    store._tx_commit()
    [(_, _, article_json)] = list(store.raw_inputs())
    assert article_json == old_article  # the stored copy, not the record's head


def test_replaced_layers_keep_the_article_once(store, make_doc):
    doc = _doc(make_doc)
    added = store.add_document(doc)
    store.replace_layers(added.article_id, _doc(make_doc))
    assert store._execute("SELECT article_json FROM articles WHERE id = ?", (added.article_id,)) == [(DERIVED,)]
    [(_, _, article_json)] = list(store.raw_inputs())
    assert Article.from_json(article_json) == doc.article


class _Forgetful(set):
    """A writer's alias memory that never remembers: every alias row is offered to the table."""

    def update(self, *others) -> None:
        pass


def _alias_docs(make_doc) -> list[Doc]:
    # The same actors under changing surface forms; the form an article introduces first is
    # the one a key keeps, and the failing write (index 4) introduces forms of its own.
    forms = [["Путин"], ["Путина", "Си Цзиньпин"], ["Путину"], ["Си Цзиньпином", "Путин"], ["Путиным", "Си"],
             ["Путиным"], ["Си", "Путина"], ["Путину", "Си Цзиньпину"]]
    docs = []
    for i, used in enumerate(forms):
        text = " и ".join(used) + f" обсудили вопрос номер {i}."
        actors = [(PUTIN[0], PUTIN[1], "PER", [f for f in used if f.startswith("Пут")]),
                  (XI[0], XI[1], "PER", [f for f in used if f.startswith("Си")])]
        docs.append(make_doc(f"Переговоры {i}", [text], url=f"https://a.ru/{i}",
                             actors=[a for a in actors if a[3]]))
    return docs


def test_known_aliases_are_not_offered_again(store_url, tmp_path, analyzer, make_doc, pg_server):
    from store_corpus import write_with_a_failure

    from khronika.store import open_store

    def rows(url: str, forgetful: bool) -> list[tuple]:
        with open_store(url, analyzer=analyzer) as opened:
            if forgetful:
                opened._committed_aliases = _Forgetful()
            write_with_a_failure(opened, _alias_docs(make_doc), 4)
            assert forgetful or opened._committed_aliases  # the memory is in use
            return opened._execute("SELECT actor_id, alias_key, alias FROM actor_aliases ORDER BY actor_id, alias_key")

    plain_url = str(tmp_path / "plain.db") if pg_server is None or "://" not in store_url else pg_server.new_database()
    expected = rows(plain_url, forgetful=True)
    got = rows(store_url, forgetful=False)
    assert got == expected
    # The corpus does what it should: several forms per actor, one of them only in the failed write.
    assert len({r[1] for r in expected}) >= 5
    assert ("per:xi-jinping", analyzer.name_key("Си"), "Си") in expected
