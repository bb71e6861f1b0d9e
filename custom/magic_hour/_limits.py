"""A cap on the size of API responses, so a huge or endless body fails fast instead of filling memory."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator

import httpx

from ._auth import ApiScope

#: API answers are small JSON documents; anything this large is not one.
MAX_API_RESPONSE_BYTES = 8 * 1024 * 1024


class ResponseTooLarge(ValueError):
    """An API response body exceeded MAX_API_RESPONSE_BYTES (reported as APIResponseValidationError)."""

    def __init__(self) -> None:
        super().__init__(f"the response body is larger than {MAX_API_RESPONSE_BYTES // (1024 * 1024)} MiB")


class _CappedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream | httpx.AsyncByteStream) -> None:
        self._inner = inner
        self._seen = 0

    def _count(self, chunk: bytes) -> bytes:
        self._seen += len(chunk)
        if self._seen > MAX_API_RESPONSE_BYTES:
            raise ResponseTooLarge()
        return chunk

    def __iter__(self) -> Iterator[bytes]:
        assert isinstance(self._inner, httpx.SyncByteStream)
        for chunk in self._inner:
            yield self._count(chunk)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        assert isinstance(self._inner, httpx.AsyncByteStream)
        async for chunk in self._inner:
            yield self._count(chunk)

    def close(self) -> None:
        if isinstance(self._inner, httpx.SyncByteStream):
            self._inner.close()

    async def aclose(self) -> None:
        if isinstance(self._inner, httpx.AsyncByteStream):
            await self._inner.aclose()


def _cap(response: httpx.Response, scope: ApiScope) -> None:
    if response.request.url not in scope:
        return
    length = response.headers.get("content-length", "")
    if length.isdigit() and "content-encoding" not in response.headers:
        if int(length) > MAX_API_RESPONSE_BYTES:
            raise ResponseTooLarge()
        return  # httpx reads no more than the announced length
    response.stream = _CappedStream(response.stream)


def response_cap(scope: ApiScope) -> Callable[[httpx.Response], None]:
    """An httpx response hook (sync clients) that caps API response bodies."""
    return lambda response: _cap(response, scope)


def async_response_cap(scope: ApiScope) -> Callable[[httpx.Response], Awaitable[None]]:
    """An httpx response hook (async clients) that caps API response bodies."""

    async def hook(response: httpx.Response) -> None:
        _cap(response, scope)

    return hook
