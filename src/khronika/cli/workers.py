"""Several server processes, each with its own listening socket on the same port (SO_REUSEPORT).

uvicorn's `--workers` shares one socket: whichever process wakes first accepts, and the 50
keep-alive connections of a load test opened at once can land 35 on one process and 15 on
the other, whose spare core then does nothing for the busy one.  With one SO_REUSEPORT socket
per process the kernel spreads connections over the processes by their address hash
(the way gunicorn's `--reuse-port` does).  Linux only; elsewhere `serve` keeps uvicorn's workers.
"""
from __future__ import annotations

import multiprocessing
import signal
import socket
from typing import Any, Callable

LISTEN_BACKLOG = 2048


def reuse_port_supported() -> bool:
    return hasattr(socket, "SO_REUSEPORT")


def listening_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.listen(LISTEN_BACKLOG)
    sock.set_inheritable(True)
    return sock


def _serve_one(factory: Callable[[], Any], host: str, port: int, log_level: str) -> None:
    import uvicorn

    sock = listening_socket(host, port)
    config = uvicorn.Config(factory, factory=True, host=host, port=port, log_level=log_level)
    uvicorn.Server(config).run(sockets=[sock])


def serve_processes(factory: Callable[[], Any], host: str, port: int, workers: int, log_level: str) -> None:
    """Run `workers` processes of `factory`'s app until interrupted; stop them all if one dies."""
    context = multiprocessing.get_context("spawn")
    # Bind once here first, so a busy port fails now with a clear error rather than in the children.
    listening_socket(host, port).close()
    processes = [context.Process(target=_serve_one, args=(factory, host, port, log_level), daemon=False)
                 for _ in range(workers)]
    for process in processes:
        process.start()

    def stop(*_: Any) -> None:
        for process in processes:
            if process.is_alive():
                process.terminate()

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        # Wait for the first process to end (a crash or a signal), then stop the rest.
        while all(process.is_alive() for process in processes):
            processes[0].join(0.5)
        stop()
        for process in processes:
            process.join()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
