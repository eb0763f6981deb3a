"""`python -m khronika`: the `khronika` command, with its guard for Ctrl-C while it starts."""
from khronika.console import run

run()
