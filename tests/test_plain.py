"""`plain` gives the JSON `dataclasses.asdict` gives, without its copies."""
import json
from dataclasses import asdict, dataclass, field

from hypothesis import given, strategies as st

from khronika.plain import plain


@dataclass
class Leaf:
    name: str
    count: int
    share: float | None = None


@dataclass
class Tree:
    id: str
    leaves: list[Leaf] = field(default_factory=list)
    tags: tuple[str, ...] = ()
    extra: dict[str, object] = field(default_factory=dict)
    child: Leaf | None = None


leaves = st.builds(Leaf, st.text(max_size=5), st.integers(), st.none() | st.floats(allow_nan=False))
trees = st.builds(Tree, st.text(max_size=5), st.lists(leaves, max_size=4), st.tuples(st.text(max_size=3)),
                  st.dictionaries(st.text(max_size=3), st.integers() | st.lists(st.text(max_size=2))),
                  st.none() | leaves)


@given(trees)
def test_same_json_as_asdict(tree):
    assert json.dumps(plain(tree), sort_keys=True) == json.dumps(asdict(tree), sort_keys=True)


def test_leaves_are_shared_and_containers_new():
    tree = Tree("t", [Leaf("a", 1)], extra={"k": [1, 2]})
    out = plain(tree)
    assert out == {"id": "t", "leaves": [{"name": "a", "count": 1, "share": None}], "tags": [],
                   "extra": {"k": [1, 2]}, "child": None}
    assert out["extra"]["k"] is not tree.extra["k"]  # containers are rebuilt: editing the output is safe
