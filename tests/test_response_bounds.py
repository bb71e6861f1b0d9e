"""API answers are bounded in size after decoding and in time as a whole, on every client and transport.

The servers here write raw HTTP/1.1 on a loopback socket so they can do what a well-behaved server would not:
compress an answer that was asked for uncompressed, or send it one byte at a time.
"""

from __future__ import annotations

import asyncio
import gzip
import socket
import threading
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import Any

import pytest
from magic_hour import (
    APIResponseValidationError,
    APITimeoutError,
    AsyncClient,
    Client,
    DefaultAioHttpClient,
    NotFoundError,
)

from .conftest import TOKEN

NOT_FOUND = b'{"message": "Not Found"}'
#: Sends the answer on a connected socket; `stop` is set when the test is over.
Writer = Callable[[socket.socket, threading.Event], None]


@contextmanager
def raw_server(write: Writer) -> Iterator[str]:
    """A loopback server that reads each request's head and answers it with `write`."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve_one(conn: socket.socket) -> None:
        with conn:
            buffer = b""
            while b"\r\n\r\n" not in buffer:
                data = conn.recv(65536)
                if not data:
                    return
                buffer += data
            with suppress(OSError):  # the client gave up on the answer: that is what some tests wait for
                write(conn, stop)

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=serve_one, args=(conn,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        listener.close()


def answer(status: int, body: bytes, *headers: str) -> Writer:
    def write(conn: socket.socket, stop: threading.Event) -> None:
        head = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body)}", "Connection: close", *headers]
        conn.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + body)

    return write


def trickle(body: bytes, every: float) -> Writer:
    """A 404 whose body arrives one byte per `every` seconds: each read is quick, the whole is slow."""

    def write(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(f"HTTP/1.1 404 X\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode())
        for byte in body:
            if stop.wait(every):
                return
            conn.sendall(bytes([byte]))

    return write


def bomb() -> bytes:
    """64 MiB of JSON-ish zeros in about 64 KiB of gzip: eight times the response cap once decoded."""
    return gzip.compress(b'{"message": "' + b"0" * (64 * 1024 * 1024) + b'"}', compresslevel=9)


def call(base_url: str, transport: str, **options: Any) -> None:
    """GET a project through the SDK on `transport` ("sync", "httpx" or "aiohttp"); raises what the SDK raises."""
    options = {"base_url": base_url, "max_retries": 0, **options}
    if transport == "sync":
        with Client(TOKEN, **options) as client:
            client.v1.video_projects.get(id="p1")
        return

    async def run() -> None:
        pool = DefaultAioHttpClient(timeout=options.get("timeout", 60)) if transport == "aiohttp" else None
        try:
            async with AsyncClient(TOKEN, http_client=pool, **options) as client:
                await client.v1.video_projects.get(id="p1")
        finally:
            if pool is not None:
                await pool.aclose()

    asyncio.run(run())


TRANSPORTS = ["sync", "httpx", "aiohttp"]


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_a_gzip_bomb_is_stopped_at_the_cap_on_decoded_bytes(transport: str) -> None:
    with raw_server(answer(200, bomb(), "Content-Encoding: gzip")) as url:
        with pytest.raises(APIResponseValidationError, match="larger than 8 MiB"):
            call(url, transport)


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize(
    "encoding, encode",
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda data: zlib.compress(data)[2:-4]),  # raw deflate, as some servers send it
        ("gzip, gzip", lambda data: gzip.compress(gzip.compress(data))),
    ],
)
def test_a_compressed_answer_sent_anyway_is_still_read(
    transport: str, encoding: str, encode: Callable[[bytes], bytes]
) -> None:
    with raw_server(answer(404, encode(NOT_FOUND), f"Content-Encoding: {encoding}")) as url:
        with pytest.raises(NotFoundError, match="Not Found"):
            call(url, transport)


def test_an_encoding_that_cannot_be_bounded_is_refused() -> None:
    with raw_server(answer(200, b"\x0b\x02\x80{}\x03", "Content-Encoding: br")) as url:
        with pytest.raises(APIResponseValidationError, match="'br'"):
            call(url, "sync")


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_an_answer_trickling_in_times_out_as_a_whole(transport: str) -> None:
    """Each byte comes well within the timeout; the whole answer would take four times as long."""
    with raw_server(trickle(NOT_FOUND, every=0.1)) as url:
        with pytest.raises(APITimeoutError, match="timed out"):
            call(url, transport, timeout=0.6)


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_an_answer_within_the_timeout_is_read_whole(transport: str) -> None:
    with raw_server(trickle(NOT_FOUND, every=0.001)) as url:
        with pytest.raises(NotFoundError):
            call(url, transport, timeout=10)
