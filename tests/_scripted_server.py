"""A loopback HTTP server whose answers a test scripts, and which records what it received."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import attrs


@attrs.frozen
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


#: (status, headers, body) for a received request.
Answer = tuple[int, dict[str, str], bytes]


@attrs.define
class ScriptedServer:
    base_url: str
    received: list[Received]


@contextmanager
def scripted_server(answer: Callable[[Received, str], Answer]) -> Iterator[ScriptedServer]:
    """Serve `answer(request, base_url)` on a free loopback port for the duration of the block."""
    received: list[Received] = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def _any(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            request = Received(
                self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, self.rfile.read(length)
            )
            received.append(request)
            status, headers, body = answer(request, base_url)
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = do_DELETE = _any

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield ScriptedServer(base_url, received)
    finally:
        server.shutdown()
        server.server_close()
