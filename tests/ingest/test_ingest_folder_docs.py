"""A folder's own documentation (README.md, LICENSE, …) is not read as a news page; named, it is."""
from __future__ import annotations

import pytest

from khronika.errors import InputError
from khronika.ingest.files import expand

PAGE = "Заголовок\n\n28/01/2022 - 16:49 (по МСК)\n\nТекст новости."

NAMES = [  # a file in a folder → skipped as the folder's documentation?
    ("README.md", True),
    ("readme.txt", True),
    ("README", True),
    ("LICENSE", True),
    ("Licence.md", True),
    ("CHANGELOG.rst", True),
    ("AUTHORS", True),
    ("000_readme_news.txt", False),   # a page whose name holds the word
    ("readme.html", False),           # a saved page
    ("news.md", False),
    ("README.md.gz", False),
]


@pytest.mark.parametrize("name, skipped", NAMES)
def test_folder_documentation_is_skipped(tmp_path, name, skipped):
    (tmp_path / name).write_text(PAGE, encoding="utf-8")
    [item] = list(expand([str(tmp_path)]))
    if skipped:
        assert isinstance(item, InputError) and item.skipped and "documentation" in str(item) and name in str(item)
    else:
        assert item == tmp_path / name


def test_a_named_readme_is_read(tmp_path):
    path = tmp_path / "README.md"
    path.write_text(PAGE, encoding="utf-8")
    assert list(expand([str(path)])) == [path]
