"""tests/scale: the `dask` marker (select with `-m dask`; runs in `make test` too)."""


def pytest_configure(config):
    config.addinivalue_line("markers", "dask: starts a loopback LocalCluster (2 worker processes)")
