"""The `khronika` console command: the CLI behind a guard for Ctrl-C while it starts.

Importing the CLI loads every command module (scipy, the store, the web app) and takes a few
seconds; a Ctrl-C then would print Python's raw KeyboardInterrupt traceback.  This module
imports nothing heavy, so the guard is in place before that work begins (review rev22_B L2).
"""
from __future__ import annotations

import signal
import sys
import threading
from typing import NoReturn


def command_name(argv: list[str]) -> str:
    """`khronika ingest` for `khronika ingest pages --db k.db`, `khronika` when no command is named
    (the first argument that is not an option is the command)."""
    named = next((arg for arg in argv[1:] if not arg.startswith("-")), None)
    return f"khronika {named}" if named else "khronika"


def interrupted_while_starting(argv: list[str]) -> NoReturn:
    """The one-line message and exit 130 the commands give for a Ctrl-C before their work."""
    sys.stderr.write(f"{command_name(argv)}: interrupted while starting (nothing was done); "
                     "run the same command again\n")
    raise SystemExit(130)


def ignore_interrupts_from_now() -> None:
    """Once the command has ended, its output and exit status decided, a Ctrl-C can only land in
    the interpreter's shutdown (joining threads, weakref callbacks), where Python prints
    "Exception ignored … KeyboardInterrupt" or a traceback after the command's own last line
    (review rev24_B L4): ignored instead.  Only the main thread may set a signal handler."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def run() -> None:
    """The console entry point: import the CLI, then run it (the commands handle Ctrl-C themselves)."""
    try:
        from khronika.cli import main
    except KeyboardInterrupt:
        interrupted_while_starting(sys.argv)
    try:
        main()
    except SystemExit:
        ignore_interrupts_from_now()
        raise
    ignore_interrupts_from_now()
