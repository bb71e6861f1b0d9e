"""The async client's HTTP pools: httpx's own by default, or aiohttp's through the `aiohttp` extra.

Both are httpx.AsyncClient objects, so the SDK's auth, base URL, response cap and streaming work the same on
either; `DefaultAioHttpClient` only swaps the transport (httpx-aiohttp), which costs less CPU per request when
many workflows run at once (docs/benchmarks.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

#: Requests the async client keeps on the wire at once. Measured with 50 concurrent generate() calls
#: (scripts/bench): past this, more connections buy no speed on loopback, only more open sockets.
ASYNC_CONNECTIONS = 8
DEFAULT_TIMEOUT = 60.0


def api_timeout(seconds: float) -> httpx.Timeout:
    # No limit on waiting for a free connection: that is back-pressure from our own pool, not a failure.
    return httpx.Timeout(seconds, connect=min(seconds, 10.0), pool=None)


def _limits() -> httpx.Limits:
    return httpx.Limits(max_connections=ASYNC_CONNECTIONS, max_keepalive_connections=ASYNC_CONNECTIONS)


def default_async_http(timeout: httpx.Timeout) -> httpx.AsyncClient:
    """httpx's own transport: proxies, HTTP/2 (httpx's http2 extra), certificates and mounts as httpx documents."""
    return httpx.AsyncClient(timeout=timeout, limits=_limits())


if TYPE_CHECKING:

    class DefaultAioHttpClient(httpx.AsyncClient):
        """An httpx.AsyncClient on aiohttp's transport with the SDK's defaults (timeouts, connection limit).

        Pass it to AsyncClient(http_client=DefaultAioHttpClient()). Needs the `aiohttp` extra:
        pip install 'magic-hour-sdk[aiohttp]'.
        """

        def __init__(self, **kwargs: Any) -> None: ...

else:

    def __getattr__(name: str) -> Any:
        # Defined on first use: aiohttp takes about 100 ms to import, which `import magic_hour` should not pay.
        if name == "DefaultAioHttpClient":
            globals()[name] = cls = _define_aiohttp_client()
            return cls
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _define_aiohttp_client() -> type[httpx.AsyncClient]:
    try:
        from httpx_aiohttp import HttpxAiohttpClient
    except ImportError:
        base: type[httpx.AsyncClient] = httpx.AsyncClient
    else:
        base = HttpxAiohttpClient

    class DefaultAioHttpClient(base):  # type: ignore[misc,valid-type]
        """An httpx.AsyncClient on aiohttp's transport with the SDK's defaults (timeouts, connection limit).

        Pass it to AsyncClient(http_client=DefaultAioHttpClient()). Needs the `aiohttp` extra:
        pip install 'magic-hour-sdk[aiohttp]'.
        """

        def __init__(self, **kwargs: Any) -> None:
            if base is httpx.AsyncClient:
                raise RuntimeError(
                    "DefaultAioHttpClient needs httpx-aiohttp, which is not installed. Install the extra: "
                    "pip install 'magic-hour-sdk[aiohttp]' (or use AsyncClient() on httpx's own transport)."
                )
            kwargs.setdefault("timeout", api_timeout(DEFAULT_TIMEOUT))
            kwargs.setdefault("limits", _limits())
            super().__init__(**kwargs)

    DefaultAioHttpClient.__module__ = "magic_hour"
    DefaultAioHttpClient.__qualname__ = "DefaultAioHttpClient"
    return DefaultAioHttpClient
