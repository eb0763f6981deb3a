"""A small corpus that exercises the write path (stories, exact reprints, new versions of a
page) and a writer that makes one write fail inside its batch — shared by the store tests
that compare two write paths row by row."""
from __future__ import annotations

import random

TOPICS = [
    ("Путин встретился с Макроном в Париже", "Путин и Макрон обсудили в Париже газ, санкции и Украину."),
    ("Лавров провёл переговоры в Анкаре", "Лавров в Анкаре обсудил с турецким коллегой Сирию и поставки."),
    ("В Москве прошёл сильный снегопад", "Снегопад в Москве парализовал движение, коммунальщики вывели технику."),
    ("Газпром сократил поставки в Европу", "Газпром сократил поставки газа в Европу из-за ремонта турбины."),
]
FILLER = ("заявил сообщил источник власти решение вопрос неделя регион партнёр рынок цена "
          "договор совещание министр проект бюджет").split()


def documents(make_doc) -> list:
    rng = random.Random(6)
    docs = []
    for i in range(70):
        title, lead = TOPICS[i % len(TOPICS)]
        body = " ".join(rng.choice(FILLER) for _ in range(rng.randint(12, 40))) + "."
        url = f"https://n{i % 7}.ru/{i}"
        if i % 11 == 5:  # a reprint of the previous article under another address
            docs.append(make_doc(docs[-1].article.title, docs[-1].article.paragraphs, url=f"https://copy.ru/{i}"))
            continue
        if i % 13 == 7:  # a new version of an earlier page
            url = f"https://n{(i - 7) % 7}.ru/{i - 7}"
        day = f"2024-04-{10 + i // 20:02d}T10:00:00+03:00"
        docs.append(make_doc(f"{title} {i % 3}", [lead, body], url=url, published=day,
                             actors=[("per:vladimir-putin", "Владимир Путин", "PER", ["Путин"])] if "Путин" in lead
                             else []))
    return docs


def write_with_a_failure(store, docs, fail_at: int, *, flush_lists: bool = False, reread_features: bool = False) -> None:
    """Write `docs` in batches of 25; the write of `docs[fail_at]` fails after its rows (and,
    with `flush_lists`, after an early refresh of the search lists inside its savepoint).
    `reread_features`: earlier articles' features are read back from the store, as a new
    process would, at every batch and every tenth write."""
    log = store._log

    def failing_log(run_id, source, status, reason, article_id):
        if source == docs[fail_at].article.url:
            if flush_lists:
                store.refresh_search_lists()
            raise RuntimeError("write fails after its rows")
        log(run_id, source, status, reason, article_id)

    store._log = failing_log
    for start in range(0, len(docs), 25):
        if reread_features:
            store._features.clear()
        with store.batch():
            for i, doc in enumerate(docs[start:start + 25]):
                if reread_features and i % 10 == 9:
                    store._features.clear()
                try:
                    store.add_document(doc)
                except RuntimeError:
                    pass
