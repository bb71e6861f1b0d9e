"""HTTP plumbing for the sandbox: a threaded server, request and reply objects, and fault delivery."""

from __future__ import annotations

import contextlib
import json
import socket
import sys
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import attrs
from magic_hour_api.sdk import error_codes

from ._faults import Fault

MAX_JSON_BYTES = 1024 * 1024
_CHUNK = 1024 * 1024
#: A Content-Length of more digits than this is no length any client means (10**18 bytes is an exabyte).
_MAX_LENGTH_DIGITS = 18
#: What a client that goes away mid-request raises; the sandbox drops such a connection without a word.
_GONE = (ConnectionError, TimeoutError)


@attrs.frozen
class FileBody:
    """A byte range of a file on disk, sent without loading it into memory."""

    path: Path
    start: int
    length: int


@attrs.define
class Reply:
    status: int
    body: bytes | FileBody = b""
    headers: dict[str, str] = attrs.field(factory=dict)

    @classmethod
    def json(cls, status: int, payload: Any, headers: dict[str, str] | None = None) -> Reply:
        data = json.dumps(payload).encode()
        return cls(status, data, {"Content-Type": "application/json", **(headers or {})})

    @classmethod
    def error(
        cls, status: int, message: str, headers: dict[str, str] | None = None, *, code: str | None = None
    ) -> Reply:
        """An error answer as the document shapes it: `{code, message}` where it lists codes for the status (the
        code given, if listed, else the status's only code), `{message}` where it lists none."""
        listed = error_codes.CODES.get(status, ())
        chosen = code if code in listed else (listed[0] if len(listed) == 1 else None)
        return cls.json(status, {"code": chosen, "message": message} if chosen else {"message": message}, headers)


@attrs.define
class Request:
    """What a route handler sees of a request; the body is read on demand."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    handler: BaseHTTPRequestHandler
    body_read: bool = False
    json: Any = None  # the parsed JSON body, once a handler has read it
    owner: str = ""  # the fingerprint of its bearer token, set by the app before any handler runs

    @property
    def content_length(self) -> int | None:
        return parse_length(self.headers.get("content-length"))

    def read_body(self, limit: int = MAX_JSON_BYTES) -> bytes | None:
        """The whole body, or None when it is larger than `limit` (the connection is then closed)."""
        self.body_read = True
        length = self.content_length or 0
        if length > limit:
            self.handler.close_connection = True
            return None
        return self.handler.rfile.read(length)

    def stream_body(self) -> Callable[[int], bytes]:
        self.body_read = True
        return self.handler.rfile.read

    def discard_body(self) -> None:
        """Read and drop an unread body, so the connection can serve the next request."""
        if self.body_read:
            return
        self.body_read = True
        remaining = self.content_length or 0
        if remaining > 16 * _CHUNK:
            self.handler.close_connection = True
            return
        while remaining > 0:
            chunk = self.handler.rfile.read(min(remaining, _CHUNK))
            if not chunk:
                break
            remaining -= len(chunk)


def parse_length(raw: str | None) -> int | None:
    """A Content-Length's value: ASCII digits only (`²` is a digit to `str.isdigit`), and not absurdly many."""
    if raw is None or not raw.isascii() or not raw.isdigit() or len(raw) > _MAX_LENGTH_DIGITS:
        return None
    return int(raw)


def framing_problem(handler: BaseHTTPRequestHandler) -> str | None:
    """Why the request's body cannot be framed safely (RFC 9112 section 6.3), or None.

    The sandbox frames bodies by Content-Length alone. A request that also says Transfer-Encoding, or that has
    several or a malformed Content-Length, could be read one way here and another way by a proxy in front:
    the bytes after the body would run as a second, smuggled request. Such a request is refused and its
    connection closed.
    """
    lengths = handler.headers.get_all("Content-Length") or []
    if handler.headers.get_all("Transfer-Encoding"):
        if lengths:
            return "a request may not have both Content-Length and Transfer-Encoding."
        return "Transfer-Encoding is not supported: send the body with a Content-Length."
    if len(lengths) > 1 and len({v.strip() for v in lengths}) > 1:
        return "the request has several different Content-Length headers."
    if lengths and parse_length(lengths[0].strip()) is None:
        return "Content-Length must be a whole number of bytes, written in ASCII digits."
    return None


#: Route name and reply for a request; the app supplies it.
Dispatch = Callable[[Request], tuple[str, Callable[[], Reply]]]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: SandboxHTTPServer
    #: An idle keep-alive connection is closed after this long, so its thread and socket do not linger.
    timeout = 30
    # Buffered: a reply's head and a small body leave in one system call (the handler flushes after each
    # request); large bodies bypass the buffer.
    wbufsize = 64 * 1024

    def setup(self) -> None:
        super().setup()
        # Answers go out as headers then body; without this, Nagle's algorithm and delayed ACKs add ~40 ms.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.track(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.untrack(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: the sandbox keeps its own request log."""

    def handle(self) -> None:
        """Serve the connection; a client that resets or stops mid-request is dropped quietly, not with a traceback."""
        try:
            super().handle()
        except _GONE:
            self.close_connection = True

    def _handle(self) -> None:
        problem = framing_problem(self)
        if problem is not None:
            self.close_connection = True
            self.send_reply(Reply.error(400, f"Invalid request: {problem}"), None)
            return
        url = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query, keep_blank_values=True).items()}  # `cursor=` is given
        headers = {k.lower(): v for k, v in self.headers.items()}
        request = Request(self.command, url.path, query, headers, self)
        self.server.on_request(request, self)

    def __getattr__(self, name: str) -> Any:
        # Every method reaches the app, which answers 405 where the spec has none, as the real API does.
        if name.startswith("do_"):
            return self._handle
        raise AttributeError(name)

    def send_reply(self, reply: Reply, fault: Fault | None) -> None:
        body = reply.body
        length = body.length if isinstance(body, FileBody) else len(body)
        truncated = fault is not None and fault.kind == "truncate"
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        # An empty answer cannot lose half of itself: it announces a byte that never comes, so it is cut short too.
        self.send_header("Content-Length", str(length or 1 if truncated else length))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command == "HEAD":
            return
        cut = length // 2 if truncated else None
        if isinstance(body, FileBody):
            self.wfile.flush()
            with body.path.open("rb") as f:
                self.connection.sendfile(f, body.start, cut if cut is not None else body.length)
        else:
            self.wfile.write(body[:cut] if cut is not None else body)
        if cut is not None:
            self.wfile.flush()
            self.drop()

    def drop(self) -> None:
        """Close the connection at once, answering nothing more."""
        self.close_connection = True
        try:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


class SandboxHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], on_request: Callable[[Request, _Handler], None]) -> None:
        self.on_request = on_request
        self.stopping = threading.Event()
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        self._idle = threading.Condition(self._open_lock)
        super().__init__(address, _Handler)

    def track(self, conn: socket.socket) -> None:
        with self._open_lock:
            self._open.add(conn)

    def untrack(self, conn: socket.socket) -> None:
        with self._open_lock:
            self._open.discard(conn)
            if not self._open:
                self._idle.notify_all()

    def wait_idle(self, timeout: float) -> bool:
        """Block until no connection is open (every handler finished); True if that happened within `timeout`."""
        with self._open_lock:
            return self._idle.wait_for(lambda: not self._open, timeout)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away is not the sandbox's error: say nothing; anything else keeps its traceback."""
        if isinstance(sys.exc_info()[1], _GONE):
            return
        super().handle_error(request, client_address)

    def close_connections(self) -> None:
        """End every open connection (idle keep-alives included), so their threads finish and sockets close."""
        with self._open_lock:
            connections = list(self._open)
        for conn in connections:
            with contextlib.suppress(OSError):  # already closed by the client
                conn.shutdown(socket.SHUT_RDWR)

    @property
    def open_connections(self) -> int:
        with self._open_lock:
            return len(self._open)
