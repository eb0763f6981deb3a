"""Suite-wide settings: one BLAS thread per process (timings swing otherwise)."""
import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")


import signal  # noqa: E402

import pytest  # noqa: E402

# A shell that starts the suite in the background without job control (`make test &` in a script) sets SIGINT to
# ignored, and an ignored signal stays ignored in every child: the Ctrl-C tests' SIGINT would never reach the
# command under test.  A handler (unlike "ignored") is reset to the default in a child, so the children get Ctrl-C
# as from a terminal.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(scope="module")
def empty_store_client(tmp_path_factory):
    """A TestClient on an app over a new, empty SQLite store; server errors come back as 500s.
    Enough wherever the answer is decided before the store is read (bad parameters)."""
    from fastapi.testclient import TestClient

    from khronika.api import create_app
    from khronika.store import open_store

    path = str(tmp_path_factory.mktemp("empty_store") / "k.db")
    open_store(path).close()
    with TestClient(create_app(lambda: open_store(path, create=False)), raise_server_exceptions=False) as c:
        yield c
