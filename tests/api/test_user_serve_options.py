"""`khronika serve` refuses option values it cannot honour before it starts (a port
past 65535 was wrapped by the socket layer: 99999 announced, 34463 bound)."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from khronika.cli import main

BAD = [(["--port", "99999"], "--port"), (["--port", "0"], "--port"), (["--port", "-1"], "--port"),
       (["--workers", "0"], "--workers")]


@pytest.mark.parametrize("args, option", BAD, ids=[" ".join(a) for a, _ in BAD])
def test_bad_serve_options_are_usage_errors(tmp_path, args: list[str], option: str) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db"), *args])
    assert result.exit_code == 2 and option in result.output, result.output
