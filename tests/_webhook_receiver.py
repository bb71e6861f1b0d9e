"""A webhook handler written from Magic Hour's documentation alone, for the tests: no SDK code verifies here.

The documented scheme ("Securing your endpoint" in the webhook reference): `magic-hour-event-signature` is the
lowercase hex HMAC-SHA256, keyed with the webhook secret, of `<magic-hour-event-timestamp>.<raw body>`; the
timestamp is Unix seconds, to be checked against a window (5 minutes recommended).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import attrs

SIGNATURE = "magic-hour-event-signature"
TIMESTAMP = "magic-hour-event-timestamp"


def documented_verify(secret: str, headers: dict[str, str], body: bytes, *, window: float = 300) -> bool:
    """Magic Hour's scheme, implemented independently of the SDK."""
    lower = {k.lower(): v for k, v in headers.items()}
    stamp, given = lower.get(TIMESTAMP), lower.get(SIGNATURE)
    if not stamp or not given or not stamp.isdigit() or abs(int(stamp) - time.time()) > window:
        return False
    expected = hmac.new(secret.encode(), stamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, given)


def documented_sign(secret: str, body: bytes, timestamp: int | None = None) -> dict[str, str]:
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), stamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return {TIMESTAMP: stamp, SIGNATURE: digest}


@attrs.frozen
class Hit:
    path: str
    headers: dict[str, str]
    body: bytes
    verified: bool
    status: int
    arrived: float  # time.monotonic()

    @property
    def event(self) -> dict[str, Any]:
        return dict(json.loads(self.body))


@attrs.define
class Receiver:
    url: str
    hits: list[Hit]
    changed: threading.Condition

    def wait(self, done: Callable[[list[Hit]], bool], timeout: float = 20.0) -> list[Hit]:
        with self.changed:
            self.changed.wait_for(lambda: done(list(self.hits)), timeout=timeout)
            return list(self.hits)


@contextmanager
def receiver(secret: str, answer: Callable[[Hit], int] | None = None) -> Iterator[Receiver]:
    """A loopback server that verifies each POST the documented way and answers 200 (or `answer(hit)`);
    unverified POSTs get 400."""
    hits: list[Hit] = []
    changed = threading.Condition()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length") or 0))
            headers = dict(self.headers.items())
            ok = documented_verify(secret, headers, body)
            hit = Hit(self.path, headers, body, ok, 200 if ok else 400, time.monotonic())
            status = answer(hit) if answer is not None and ok else hit.status
            hit = attrs.evolve(hit, status=status)
            with changed:  # recorded before the answer, so that hits keep the order the sender sent them in
                hits.append(hit)
                changed.notify_all()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield Receiver(f"http://127.0.0.1:{server.server_address[1]}/hooks/magic-hour", hits, changed)
    finally:
        server.shutdown()
        server.server_close()
