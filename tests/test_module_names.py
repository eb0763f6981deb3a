"""No module binds a top-level name twice.

A second `COPULAS = …` forty lines of rules later replaced the first for the whole module
(quotes/direct.py: the link verbs "стать", "являться", "считаться" were no longer link verbs
where the first set was meant), and a second `_lemma` replaced one that lower-cased lemmas
(nlp/org_descriptors.py).  Python gives no warning: every function reads the module's name at
call time, so only the last binding is ever seen."""
from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "khronika"
MODULES = sorted(SRC.rglob("*.py"))


def top_level_bindings(source: str) -> dict[str, list[int]]:
    """Line numbers of each name the module body binds by assignment, `def` or `class`."""
    lines: dict[str, list[int]] = defaultdict(list)
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        for name in names:
            lines[name].append(node.lineno)
    return lines


@pytest.mark.parametrize("source, twice", [
    ("A = 1\nB = 2\n", []),
    ("A = 1\ndef f():\n    A = 2\n", []),             # a function's own name is not the module's
    ("A = 1\nA = 2\n", ["A"]),
    ("def f():\n    pass\ndef f():\n    pass\n", ["f"]),
    ("X: int = 1\nclass X:\n    pass\n", ["X"]),
    ("x: int\nx = 1\n", []),                            # an annotation alone binds nothing
])
def test_top_level_bindings(source, twice):
    assert [name for name, lines in top_level_bindings(source).items() if len(lines) > 1] == twice


def test_no_module_binds_a_name_twice():
    assert MODULES, f"no modules under {SRC}"
    twice = [f"{path.relative_to(SRC)}: {name} (lines {', '.join(map(str, lines))})"
             for path in MODULES
             for name, lines in top_level_bindings(path.read_text(encoding="utf-8")).items() if len(lines) > 1]
    assert twice == []
