"""The async client's HTTP/1.1 transport: asyncio streams, parsed by h11, pooled per origin.

Why not httpx's default: with 50 workflows in flight its transport (httpcore on anyio) spends about 1 ms of
CPU per request here, mostly pool bookkeeping and socket queries repeated for every pooled connection; this
one spends a fraction of that (scripts/bench, docs/benchmarks.md). It keeps what the SDK relies on:
connection reuse, a connection limit, httpx's four timeouts, streamed bodies both ways and httpx's exception
types, so retries and error messages are the same. httpx applies proxy settings from the environment only to
its own transports, so the client uses this one only when none are set (see `_client._async_http`).
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import time
from collections import deque
from collections.abc import AsyncIterator, Iterator

import h11
import httpx

#: Small writes are joined up to this size, so a JSON request costs one system call, not three.
_WRITE_BATCH = 64 * 1024
_DEFAULT_PORTS = {b"http": 80, b"https": 443}

#: Received bytes held before the socket stops reading (a consumer slower than the network).
_READ_HIGH_WATER = 1024 * 1024

_Origin = tuple[bytes, str, int]


class _Stream(asyncio.Protocol):
    """The bytes of one socket: what has arrived, whether the peer has closed, and write back-pressure.

    Unlike asyncio's StreamReader, bytes that arrived before a connection reset stay readable, so a server's
    early answer (an upload refused before it ends) is not lost to the reset that follows it.
    """

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self._chunks: deque[bytes] = deque()
        self._buffered = 0
        self._ended = False
        self._lost: BaseException | None = None
        self._reading_paused = False
        self._writing_paused = False
        self._waiter: asyncio.Future[None] | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self._chunks.append(data)
        self._buffered += len(data)
        if self._buffered > _READ_HIGH_WATER and not self._reading_paused and self.transport is not None:
            self.transport.pause_reading()
            self._reading_paused = True
        self._wake()

    def eof_received(self) -> bool:
        self._ended = True
        self._wake()
        return False  # let the transport close

    def connection_lost(self, exc: Exception | None) -> None:
        self._ended = True
        self._lost = exc or ConnectionResetError("Connection lost")
        self._wake()

    def pause_writing(self) -> None:
        self._writing_paused = True

    def resume_writing(self) -> None:
        self._writing_paused = False
        self._wake()

    def _wake(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    async def _wait(self) -> None:
        self._waiter = asyncio.get_running_loop().create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    @property
    def idle_and_open(self) -> bool:
        """Nothing unexpected arrived and the peer has not closed: safe to send the next request."""
        return not self._ended and not self._chunks and self._lost is None

    async def read(self) -> bytes:
        """The next bytes received; b"" once the peer has closed and everything before was read."""
        while not self._chunks:
            if self._ended:
                if self._lost is not None and not isinstance(self._lost, ConnectionResetError):
                    raise self._lost
                return b""
            await self._wait()
        chunk = self._chunks.popleft()
        self._buffered -= len(chunk)
        if self._reading_paused and self._buffered <= _READ_HIGH_WATER // 2 and self.transport is not None:
            self.transport.resume_reading()
            self._reading_paused = False
        return chunk

    async def write(self, parts: list[bytes]) -> None:
        """Write and wait while the kernel's send buffer is full."""
        if self._lost is not None or self.transport is None or self.transport.is_closing():
            raise self._lost or ConnectionResetError("Connection lost")
        self.transport.writelines(parts)
        while self._writing_paused and self._lost is None:
            await self._wait()
        if self._lost is not None:
            raise self._lost

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()


class _Connection:
    """One socket and its h11 state machine; it belongs to the event loop that opened it."""

    def __init__(self, origin: _Origin, stream: _Stream) -> None:
        self.origin = origin
        self.stream = stream
        self.h11 = h11.Connection(h11.CLIENT)
        self.idle_until = 0.0

    def reusable(self, now: float) -> bool:
        """Within its keep-alive and still open. No system call: the event loop has already delivered any
        end-of-stream or stray bytes the server sent while the connection was idle."""
        return now < self.idle_until and self.stream.idle_and_open

    async def send(self, request: httpx.Request, timeout: float | None) -> None:
        pending: list[bytes] = []
        size = 0

        async def flush() -> None:
            nonlocal size
            async with asyncio.timeout(timeout):
                await self.stream.write(pending)
            pending.clear()
            size = 0

        head = h11.Request(method=request.method, target=request.url.raw_path, headers=request.headers.raw)
        pending.extend(self.h11.send_with_data_passthrough(head) or [])
        assert isinstance(request.stream, httpx.AsyncByteStream)
        async for chunk in request.stream:  # streamed: a large upload is never held in memory
            parts = self.h11.send_with_data_passthrough(h11.Data(data=chunk)) or []
            pending.extend(parts)
            size += sum(len(part) for part in parts)
            if size >= _WRITE_BATCH:
                await flush()
        pending.extend(self.h11.send_with_data_passthrough(h11.EndOfMessage()) or [])
        await flush()

    async def next_event(self, timeout: float | None) -> object:
        while True:
            event = self.h11.next_event()
            if event is not h11.NEED_DATA:
                return event
            async with asyncio.timeout(timeout):
                data = await self.stream.read()
            if not data and self.h11.their_state is h11.SEND_RESPONSE:
                raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
            self.h11.receive_data(data)

    def close(self) -> None:
        self.stream.close()


class AsyncH11Transport(httpx.AsyncBaseTransport):
    """An httpx transport for `httpx.AsyncClient` with at most `max_connections` requests on the wire."""

    def __init__(self, *, max_connections: int = 8, keepalive_expiry: float = 5.0) -> None:
        self._max = max_connections
        self._keepalive = keepalive_expiry
        self._ssl: ssl.SSLContext | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._slots = asyncio.Semaphore(max_connections)
        self._idle: dict[_Origin, list[_Connection]] = {}
        self._closed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._closed:
            raise RuntimeError("The transport is closed; create a new client.")
        origin = _origin(request.url)
        timeouts = request.extensions.get("timeout", {})
        self._bind_to_running_loop()
        try:
            async with asyncio.timeout(timeouts.get("pool")):
                await self._slots.acquire()
        except TimeoutError:
            raise httpx.PoolTimeout("No connection became free in time.", request=request) from None
        try:
            connection = await self._connection(origin, timeouts.get("connect"), request)
            try:
                head = await _exchange(connection, request, timeouts.get("write"), timeouts.get("read"))
            except BaseException:
                connection.close()
                raise
        except BaseException:
            self._slots.release()
            raise
        return httpx.Response(
            head.status_code,
            headers=head.headers.raw_items(),
            stream=_ResponseBody(self, connection, request, timeouts.get("read")),
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": head.reason},
        )

    async def aclose(self) -> None:
        self._closed = True
        for connections in self._idle.values():
            for connection in connections:
                connection.close()
        self._idle.clear()

    def _bind_to_running_loop(self) -> None:
        """Connections and the semaphore belong to one event loop; a client used from a new loop (a second
        `asyncio.run`) starts afresh instead of failing on the old loop's sockets."""
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            self._loop = loop
            self._slots = asyncio.Semaphore(self._max)
            self._idle.clear()  # their sockets are closed by the old loop's transports, not usable from here

    async def _connection(self, origin: _Origin, timeout: float | None, request: httpx.Request) -> _Connection:
        idle = self._idle.get(origin)
        now = time.monotonic()
        while idle:
            connection = idle.pop()  # the most recently used: least likely to have been closed by the server
            if connection.reusable(now):
                return connection
            connection.close()
        scheme, host, port = origin
        tls = self._ssl_context() if scheme == b"https" else None
        try:
            async with asyncio.timeout(timeout):
                _, stream = await asyncio.get_running_loop().create_connection(
                    _Stream, host, port, ssl=tls, server_hostname=host if tls else None
                )
        except TimeoutError:
            raise httpx.ConnectTimeout(f"Connecting to {host}:{port} timed out.", request=request) from None
        except OSError as exc:  # refused, unreachable, DNS, TLS (ssl.SSLError is an OSError)
            raise httpx.ConnectError(str(exc) or type(exc).__name__, request=request) from exc
        return _Connection(origin, stream)

    def _ssl_context(self) -> ssl.SSLContext:
        if self._ssl is None:  # loaded on first use: reading the CA bundle costs tens of milliseconds
            self._ssl = httpx.create_ssl_context()
        return self._ssl

    def _release(self, connection: _Connection, *, complete: bool) -> None:
        """Give the connection back to the pool if its exchange finished cleanly, else close it."""
        try:
            state = connection.h11
            if complete and not self._closed and state.our_state is h11.DONE and state.their_state is h11.DONE:
                state.start_next_cycle()
                connection.idle_until = time.monotonic() + self._keepalive
                self._idle.setdefault(connection.origin, []).append(connection)
                self._trim_idle()
            else:
                connection.close()
        finally:
            self._slots.release()

    def _trim_idle(self) -> None:
        extra = sum(len(c) for c in self._idle.values()) - self._max
        for connections in self._idle.values():
            while extra > 0 and connections:
                connections.pop(0).close()
                extra -= 1


class _ResponseBody(httpx.AsyncByteStream):
    """A response's body, read from the socket as it is iterated; closing it returns the connection."""

    def __init__(
        self, pool: AsyncH11Transport, connection: _Connection, request: httpx.Request, timeout: float | None
    ) -> None:
        self._pool = pool
        self._connection: _Connection | None = connection
        self._request = request
        self._timeout = timeout
        self._complete = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        connection = self._connection
        if connection is None:
            raise httpx.StreamClosed()
        with _mapped_errors(self._request, self._timeout):
            while True:
                event = await connection.next_event(self._timeout)
                if isinstance(event, h11.Data):
                    yield bytes(event.data)
                elif isinstance(event, h11.EndOfMessage):
                    self._complete = True
                    return

    async def aclose(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            self._pool._release(connection, complete=self._complete)


async def _exchange(
    connection: _Connection, request: httpx.Request, write_timeout: float | None, read_timeout: float | None
) -> h11.Response:
    """Send the request and read the response's head (skipping 1xx)."""
    try:
        with _mapped_errors(request, write_timeout, writing=True):
            await connection.send(request, write_timeout)
    except httpx.WriteError:
        # A server may answer early and close (refusing an upload, say): its answer beats a broken pipe.
        try:
            return await _read_head(connection, request, read_timeout)
        except httpx.TransportError:
            pass
        raise
    return await _read_head(connection, request, read_timeout)


async def _read_head(connection: _Connection, request: httpx.Request, timeout: float | None) -> h11.Response:
    with _mapped_errors(request, timeout):
        while True:
            event = await connection.next_event(timeout)
            if isinstance(event, h11.Response):
                return event


@contextlib.contextmanager
def _mapped_errors(request: httpx.Request, timeout: float | None, *, writing: bool = False) -> Iterator[None]:
    """Socket, timeout and protocol failures as the httpx exceptions the retry policy understands."""
    try:
        yield
    except TimeoutError:
        timed_out = httpx.WriteTimeout if writing else httpx.ReadTimeout
        raise timed_out(f"No progress within the {timeout} s timeout.", request=request) from None
    except h11.RemoteProtocolError as exc:
        raise httpx.RemoteProtocolError(str(exc), request=request) from exc
    except h11.LocalProtocolError as exc:
        raise httpx.LocalProtocolError(str(exc), request=request) from exc
    except OSError as exc:
        failed = httpx.WriteError if writing else httpx.ReadError
        raise failed(str(exc) or type(exc).__name__, request=request) from exc


def _origin(url: httpx.URL) -> _Origin:
    scheme = url.raw_scheme
    if scheme not in _DEFAULT_PORTS:
        raise httpx.UnsupportedProtocol(f"Request URL has an unsupported protocol '{url.scheme}://'.")
    if not url.host:
        raise httpx.UnsupportedProtocol(f"Request URL is missing a host: {url!s}")
    return scheme, url.host, url.port or _DEFAULT_PORTS[scheme]
