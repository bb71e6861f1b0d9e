"""Limits on API responses, so a huge, endless, compressed or trickling body fails fast instead of hanging.

Three bounds, all on requests to the API itself (storage transfers have their own):
- size: at most MAX_API_RESPONSE_BYTES of body reach memory, counted after decoding, so a small gzip bomb
  cannot expand past the cap (the SDK asks for identity; a server that compresses anyway is decoded here, bounded);
- time: the whole answer must arrive within the request's read timeout of the moment it was sent, not only
  each read, so a server sending one byte a second cannot hold a call open for ever;
- encodings: only those that can be decoded with a bound (gzip, deflate) are accepted.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import AsyncIterator, Iterator

import httpx

from ._auth import ApiScope

#: API answers are small JSON documents; anything this large is not one.
MAX_API_RESPONSE_BYTES = 8 * 1024 * 1024
_SENT_AT = "magic_hour.sent_at"
_WBITS = {"gzip": zlib.MAX_WBITS | 16, "x-gzip": zlib.MAX_WBITS | 16, "deflate": zlib.MAX_WBITS}


class ResponseTooLarge(ValueError):
    """An API response body exceeded MAX_API_RESPONSE_BYTES (reported as APIResponseValidationError)."""

    def __init__(self) -> None:
        super().__init__(f"the response body is larger than {MAX_API_RESPONSE_BYTES // (1024 * 1024)} MiB")


class UnsupportedEncoding(ValueError):
    """An API response came in an encoding the SDK did not ask for and cannot decode with a size bound."""

    def __init__(self, encoding: str) -> None:
        super().__init__(f"the response is encoded as {encoding!r}, which the SDK did not ask for")


def stamp(request: httpx.Request) -> None:
    """Note when an API request was sent: its answer's deadline counts from here."""
    request.extensions[_SENT_AT] = time.monotonic()


def _deadline(request: httpx.Request) -> float | None:
    timeouts = request.extensions.get("timeout") or {}
    seconds = timeouts.get("read")
    sent_at = request.extensions.get(_SENT_AT)
    return None if seconds is None or sent_at is None else float(sent_at) + float(seconds)


class _Decoder:
    """Decodes one content coding, never producing more than `room` bytes per call."""

    def __init__(self, encoding: str) -> None:
        self._wbits = _WBITS[encoding]
        self._zlib = zlib.decompressobj(self._wbits)
        self._started = False

    def decode(self, data: bytes, room: int) -> bytes:
        try:
            out = self._zlib.decompress(data, room)
        except zlib.error:
            if self._started or self._wbits != zlib.MAX_WBITS:
                raise ValueError("the response's compressed body is corrupt") from None
            # "deflate" is sometimes sent without its zlib header: retry the same bytes as raw deflate.
            self._wbits = -zlib.MAX_WBITS
            self._zlib = zlib.decompressobj(self._wbits)
            out = self._zlib.decompress(data, room)
        self._started = True
        if self._zlib.unconsumed_tail:
            raise ResponseTooLarge()
        return out


class _BoundedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(
        self,
        inner: httpx.SyncByteStream | httpx.AsyncByteStream,
        request: httpx.Request,
        deadline: float | None,
        decoders: list[_Decoder],
    ) -> None:
        self._inner = inner
        self._request = request
        self._deadline = deadline
        self._decoders = decoders
        self._seen = 0

    def _take(self, chunk: bytes) -> bytes:
        if self._deadline is not None and time.monotonic() > self._deadline:
            raise httpx.ReadTimeout("the whole answer did not arrive within the timeout", request=self._request)
        for decoder in self._decoders:
            chunk = decoder.decode(chunk, MAX_API_RESPONSE_BYTES - self._seen + 1)
        self._seen += len(chunk)
        if self._seen > MAX_API_RESPONSE_BYTES:
            raise ResponseTooLarge()
        return chunk

    def __iter__(self) -> Iterator[bytes]:
        assert isinstance(self._inner, httpx.SyncByteStream)
        for chunk in self._inner:
            yield self._take(chunk)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        assert isinstance(self._inner, httpx.AsyncByteStream)
        async for chunk in self._inner:
            yield self._take(chunk)

    def close(self) -> None:
        if isinstance(self._inner, httpx.SyncByteStream):
            self._inner.close()

    async def aclose(self) -> None:
        if isinstance(self._inner, httpx.AsyncByteStream):
            await self._inner.aclose()


def bound_response(response: httpx.Response, scope: ApiScope) -> None:
    """Put the size, time and encoding bounds on an answer from the API (answers from elsewhere pass as they are)."""
    request = response.request
    if request.url not in scope:
        return
    deadline = _deadline(request)
    if deadline is not None and time.monotonic() > deadline:
        raise httpx.ReadTimeout("the answer's headers did not arrive within the timeout", request=request)
    codings = [c.strip().lower() for c in response.headers.get("content-encoding", "").split(",") if c.strip()]
    codings = [c for c in codings if c != "identity"]
    for coding in codings:
        if coding not in _WBITS:
            raise UnsupportedEncoding(coding)
    if codings:
        # Decoded here with a bound; httpx must not decode a second time, without one.
        del response.headers["content-encoding"]
    response.stream = _BoundedStream(response.stream, request, deadline, [_Decoder(c) for c in reversed(codings)])
