"""No module binds a top-level name twice.

A second `COPULAS = …` forty lines of rules later replaced the first for the whole module
(quotes/direct.py: the link verbs "стать", "являться", "считаться" were no longer link verbs
where the first set was meant), and a second `_lemma` replaced one that lower-cased lemmas
(nlp/org_descriptors.py).  Python gives no warning: every function reads the module's name at
call time, so only the last binding is ever seen.  Names bound by imports, by tuple targets and
inside top-level `if`/`try`/`with` blocks count too (review cr41 L1); the branches of one `if` or
`try` are alternatives (`try: import x` / `except ImportError: x = None` binds `x` once)."""
from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "khronika"
MODULES = sorted(SRC.rglob("*.py"))


def _targets(node: ast.expr) -> list[str]:
    """The names an assignment target binds (`a`, `a, (b, *c)`); attributes and items bind none."""
    if isinstance(node, ast.Name):
        return [node.id]
    if isinstance(node, ast.Starred):
        return _targets(node.value)
    if isinstance(node, (ast.Tuple, ast.List)):
        return [name for element in node.elts for name in _targets(element)]
    return []


def _bound(statements: list[ast.stmt]) -> list[tuple[str, int]]:
    """(name, line) of every binding of a block, each alternative block of an `if`/`try` counted once a name."""
    out: list[tuple[str, int]] = []
    for node in statements:
        if isinstance(node, ast.Assign):
            out += [(name, node.lineno) for target in node.targets for name in _targets(target)]
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            out += [(name, node.lineno) for name in _targets(node.target)]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.append((node.name, node.lineno))
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            if isinstance(node, ast.ImportFrom) and node.module == "__future__":
                continue
            out += [((alias.asname or alias.name.split(".")[0]), node.lineno) for alias in node.names]
        elif isinstance(node, (ast.If, ast.Try)):
            branches = [node.body, node.orelse] if isinstance(node, ast.If) else \
                [node.body + node.orelse, *[handler.body for handler in node.handlers]]
            first: dict[str, int] = {}
            for branch in branches:
                inside: dict[str, int] = {}
                for name, line in _bound(branch):
                    if name in inside:  # (twice within one branch: a rebinding of its own)
                        out.append((name, line))
                    inside.setdefault(name, line)
                for name, line in inside.items():
                    first.setdefault(name, line)
            out += list(first.items())
            if isinstance(node, ast.Try):
                out += _bound(node.finalbody)
        elif isinstance(node, ast.With):
            out += _bound(node.body)
    return out


def top_level_bindings(source: str) -> dict[str, list[int]]:
    """Line numbers of each name the module body binds."""
    lines: dict[str, list[int]] = defaultdict(list)
    for name, line in _bound(ast.parse(source).body):
        lines[name].append(line)
    return lines


@pytest.mark.parametrize("source, twice", [
    ("A = 1\nB = 2\n", []),
    ("A = 1\ndef f():\n    A = 2\n", []),             # a function's own name is not the module's
    ("A = 1\nA = 2\n", ["A"]),
    ("def f():\n    pass\ndef f():\n    pass\n", ["f"]),
    ("X: int = 1\nclass X:\n    pass\n", ["X"]),
    ("x: int\nx = 1\n", []),                            # an annotation alone binds nothing
    ("from a import lemma\ndef lemma():\n    pass\n", ["lemma"]),
    ("import os.path\nos = 1\n", ["os"]),
    ("A, (B, *C) = 1, (2, 3)\nC = 4\n", ["C"]),
    ("X = 1\nif True:\n    X = 2\n", ["X"]),
    ("try:\n    import x\nexcept ImportError:\n    x = None\n", []),   # alternatives
    ("if a:\n    Y = 1\nelse:\n    Y = 2\n", []),
    ("if a:\n    Y = 1\n    Y = 2\n", ["Y"]),
    ("from __future__ import annotations\nannotations = 1\n", []),
])
def test_top_level_bindings(source, twice):
    assert [name for name, lines in top_level_bindings(source).items() if len(lines) > 1] == twice


def test_no_module_binds_a_name_twice():
    assert MODULES, f"no modules under {SRC}"
    twice = [f"{path.relative_to(SRC)}: {name} (lines {', '.join(map(str, lines))})"
             for path in MODULES
             for name, lines in top_level_bindings(path.read_text(encoding="utf-8")).items() if len(lines) > 1]
    assert twice == []
