"""Actor lookup by id or alias, with and without the alias list."""
PUTIN = ("per:vladimir-putin", "Владимир Путин", "PER")


def test_get_actor_with_and_without_aliases(store, make_doc):
    store.add_document(make_doc("Путин провел совещание", ["Владимир Путин провел совещание."],
                                url="https://tass.ru/1", actors=[(*PUTIN, ["Владимир Путин"])]))
    full = store.get_actor("Владимира Путина")
    bare = store.get_actor("Владимира Путина", aliases=False)
    assert full is not None and bare is not None
    assert full.id == bare.id == PUTIN[0] and full.n_articles == bare.n_articles == 1
    assert full.aliases and bare.aliases == []
    assert store.get_actor("Никтоневедомов", aliases=False) is None
    # the list gives every actor its aliases (one statement for all of them)
    assert [a.aliases for a in store.actors(limit=5) if a.id == PUTIN[0]] == [full.aliases]
