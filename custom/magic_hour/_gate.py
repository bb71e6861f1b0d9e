"""A waiting line in front of httpx's own connection pool, so that requests queue in O(1) instead of in the pool.

httpcore's pool re-examines every queued request against every connection each time a connection frees up, so
its CPU cost grows with the square of the queue (encode/httpcore#1035). With 50 ms of latency per answer, 200
concurrent generate() calls on 8 connections cost the client 10 s of CPU with the queue in the pool and 1.6 s
with it here (docs/benchmarks.md). The gate lets no more requests into the pool than it has connections; the rest
wait on a semaphore, whose queue costs the same at any length.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    import asyncio  # imported where a loop runs: `import magic_hour` leaves asyncio to async users


class GatedTransport(httpx.AsyncBaseTransport):
    """`inner`, with at most `limit` requests inside it at once; a request holds its place until its response
    is closed (its body read or abandoned), as its connection is busy until then."""

    def __init__(self, inner: httpx.AsyncBaseTransport, limit: int) -> None:
        import asyncio  # made for an AsyncClient: sync users never load asyncio

        self._inner = inner
        self._places = asyncio.Semaphore(limit)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await self._places.acquire()
        try:
            response = await self._inner.handle_async_request(request)
        except BaseException:
            self._places.release()
            raise
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _Releasing(response.stream, self._places)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


class _Releasing(httpx.AsyncByteStream):
    """A response body that gives its place in the gate back once, when it is closed."""

    def __init__(self, stream: httpx.AsyncByteStream, places: asyncio.Semaphore) -> None:
        self._stream = stream
        self._places: asyncio.Semaphore | None = places

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            places, self._places = self._places, None
            if places is not None:
                places.release()
