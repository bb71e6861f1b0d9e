"""The HTTP pools the clients make: httpx's own for `Client`, aiohttp's under httpx for `AsyncClient`.

All are httpx clients, so the SDK's auth, base URL, response cap and streaming work the same on each;
`DefaultAioHttpClient` only swaps the transport (httpx-aiohttp), which costs a third of the client CPU per
workflow of httpx's own when many run at once (docs/benchmarks.md), so `AsyncClient()` uses it by default.
Where httpx-aiohttp cannot be imported, `AsyncClient()` falls back to httpx's own transport behind the gate
(`_gate.py`). None of them keeps cookies (`_Cookieless`).
"""

from __future__ import annotations

import functools
import os
import ssl
import sys
import threading
from collections.abc import AsyncGenerator
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import TYPE_CHECKING, Any

import httpx

from ._gate import GatedTransport

#: Connections of the async client's pools, measured with 200 concurrent generate() calls (scripts/bench), on
#: loopback and with 50 ms of API latency per request. With too few, requests wait for a connection while others
#: wait on the network: 8 made the latency run 2.7 times as long as 64 on aiohttp. httpcore's pool does work that
#: grows with the square of its connections on every request, so httpx's own transport stays smaller: 16 took
#: 1.8x on loopback and 2.6x with latency, where 8 took 1.7x and 4.1x, 32 took 2.5x and 1.7x, and 64 took 3.8x
#: and 5.5x (the client's CPU ran out). The aiohttp extra is the choice for many concurrent workflows.
HTTPX_CONNECTIONS = 16
AIOHTTP_CONNECTIONS = 64
DEFAULT_TIMEOUT = 60.0


def api_timeout(seconds: float) -> httpx.Timeout:
    # No limit on waiting for a free connection: that is back-pressure from our own pool, not a failure.
    return httpx.Timeout(seconds, connect=min(seconds, 10.0), pool=None)


def _limits(connections: int) -> httpx.Limits:
    return httpx.Limits(max_connections=connections, max_keepalive_connections=connections)


class _NoCookies(httpx.Cookies):
    """A cookie store that stays empty: nothing is taken from answers, so nothing is sent back."""

    def __init__(self) -> None:
        super().__init__(CookieJar(DefaultCookiePolicy(allowed_domains=[])))

    def extract_cookies(self, response: httpx.Response) -> None:
        pass  # httpx builds a urllib request and response to read cookies from every answer: 70 us each


class _Cookieless:
    """For the clients the SDK makes: the API authenticates with its token, and a cookie a storage host sets must
    not travel back with later requests. Keeping none also saves httpx about 70 us of CPU per answer (17% of a
    request on aiohttp). Any other pool passed as `http_client` keeps its own cookie behaviour."""

    _no_cookies = _NoCookies()

    @property
    def cookies(self) -> httpx.Cookies:
        return self._no_cookies

    @cookies.setter
    def cookies(self, value: Any) -> None:
        raise TypeError("The SDK's own connection pool keeps no cookies; pass an http_client that does.")


class _SdkClient(_Cookieless, httpx.Client):
    pass


class _SdkAsyncClient(_Cookieless, httpx.AsyncClient):
    pass


class _CertificatesOnFirstUse(ssl.SSLContext):
    """The TLS context httpx makes by default (certifi's CA bundle, or SSL_CERT_FILE / SSL_CERT_DIR), whose CA
    certificates are loaded by the first TLS connection instead of when the client is made: loading them costs
    about 18 ms of CPU, which `Client()` would pay even for a client that never connects or only speaks plain
    HTTP (the sandbox). Everything else is set as `ssl.create_default_context` sets it."""

    _cafile: str | None
    _capath: str | None
    _loaded: bool
    _lock: threading.Lock

    def _certificates(self) -> None:
        with self._lock:
            if not self._loaded:
                if self._cafile is None and self._capath is None:
                    import certifi  # its `where()` loads importlib.resources and zipfile: 2 ms, paid here

                    self._cafile = certifi.where()
                self.load_verify_locations(cafile=self._cafile, capath=self._capath)
                self._loaded = True

    def wrap_socket(self, *args: Any, **kwargs: Any) -> ssl.SSLSocket:
        if not self._loaded:
            self._certificates()
        return super().wrap_socket(*args, **kwargs)

    def wrap_bio(self, *args: Any, **kwargs: Any) -> ssl.SSLObject:
        if not self._loaded:
            self._certificates()
        return super().wrap_bio(*args, **kwargs)


def _default_tls() -> ssl.SSLContext:
    """httpx's default context (`httpx.create_ssl_context()`), its certificates loaded on first use."""
    ctx = _CertificatesOnFirstUse(ssl.PROTOCOL_TLS_CLIENT)  # hostname checked, certificate required
    if sys.version_info >= (3, 13):  # as create_default_context sets them there
        ctx.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN | ssl.VERIFY_X509_STRICT
    keylog = os.environ.get("SSLKEYLOGFILE")
    if keylog and not sys.flags.ignore_environment:
        ctx.keylog_filename = keylog
    ctx._cafile, ctx._capath = None, None  # certifi's bundle, unless the environment names other certificates
    if os.environ.get("SSL_CERT_FILE"):  # httpx reads these two as it makes its default context (trust_env)
        ctx._cafile = os.environ["SSL_CERT_FILE"]
    elif os.environ.get("SSL_CERT_DIR"):
        ctx._cafile, ctx._capath = None, os.environ["SSL_CERT_DIR"]
    ctx._loaded, ctx._lock = False, threading.Lock()
    return ctx


def default_sync_http(timeout: httpx.Timeout) -> httpx.Client:
    """httpx's own pool for `Client`, without cookies."""
    return _SdkClient(timeout=timeout, verify=_default_tls())


def default_async_http(timeout: httpx.Timeout) -> httpx.AsyncClient:
    """The pool `AsyncClient()` makes: aiohttp's transport (measured: 50 concurrent generate() calls at 1.2-1.5x
    one alone, against 1.5-2.3x on httpx's own), or httpx's own where httpx-aiohttp cannot be imported."""
    if _aiohttp_importable():
        made = _aiohttp_client_class()()
        take_timeout(made, timeout)  # made without a timeout of its own: it follows the client's, as on a copy
        return made
    return httpx_async_http(timeout)


@functools.cache
def _aiohttp_importable() -> bool:
    import importlib.util

    return all(importlib.util.find_spec(name) is not None for name in ("aiohttp", "httpx_aiohttp"))


@functools.cache
def _aiohttp_client_class() -> type[httpx.AsyncClient]:
    return _define_aiohttp_client()


def httpx_async_http(timeout: httpx.Timeout, connections: int = HTTPX_CONNECTIONS) -> httpx.AsyncClient:
    """httpx's own transport: proxies, HTTP/2 (httpx's http2 extra), certificates and mounts as httpx documents.

    Its direct connections sit behind a gate (`_gate.py`), mounted for all URLs. Proxies from the environment are
    mounted by httpx as usual and outrank it; so do hosts that NO_PROXY exempts while a proxy is set, which httpx
    sends through its default transport, ungated (correct, only without the gate's saving).
    """
    tls = httpx.create_ssl_context()  # one, shared: each costs milliseconds to load the CA certificates
    limits = _limits(connections)
    direct = GatedTransport(httpx.AsyncHTTPTransport(verify=tls, limits=limits), connections)
    return _SdkAsyncClient(verify=tls, timeout=timeout, limits=limits, mounts={"all://": direct})


def owned_by_sdk(http: httpx.AsyncClient) -> bool:
    """True for a pool made for the SDK (`DefaultAioHttpClient`), which the client it is passed to closes."""
    return getattr(http, "_sdk_options", None) is not None


def take_timeout(http: httpx.AsyncClient, timeout: httpx.Timeout) -> None:
    """A `DefaultAioHttpClient` made without a timeout of its own takes its AsyncClient's `timeout=`, as the
    pool the client makes itself does; one given `timeout=` keeps it."""
    options = getattr(http, "_sdk_options", None)
    if options is not None and "timeout" not in options:
        http.timeout = timeout


def remake(http: httpx.AsyncClient, timeout: httpx.Timeout, *, keep_own_timeout: bool = True) -> httpx.AsyncClient:
    """A fresh pool like `http` (for a new event loop, or a client's copy): the old one's connections belong to the
    old loop and client. Without `keep_own_timeout` (a copy asked for another timeout), `timeout` replaces even
    one the pool was given, then and on every later loop."""
    options = getattr(http, "_sdk_options", None)
    if options is not None:
        given = {k: v for k, v in options.items() if keep_own_timeout or k != "timeout"}
        fresh = type(http)(**given)
        take_timeout(fresh, timeout)
        return fresh
    return httpx_async_http(timeout)


async def close_at_loop_end(http: httpx.AsyncClient) -> AsyncGenerator[None, None]:
    """Started once per loop and kept referenced: asyncio.run() closes every suspended async generator before
    it closes its loop (`shutdown_asyncgens`), and this one then closes the pool, on the loop its sockets
    belong to. Closing a pool twice is harmless, so an explicit close() before changes nothing."""
    try:
        yield
    finally:
        await http.aclose()


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
            globals()[name] = cls = _aiohttp_client_class()
            return cls
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _define_aiohttp_client() -> type[httpx.AsyncClient]:
    try:
        from aiohttp import ClientSession, DummyCookieJar
        from httpx_aiohttp import AiohttpTransport
    except ImportError:
        installed = False
    else:
        installed = True

        class _CookielessTransport(AiohttpTransport):
            """httpx-aiohttp's transport, whose aiohttp session keeps no cookies either: aiohttp has a cookie jar
            of its own under httpx's, which would send back what a host set."""

            def get_client(self) -> ClientSession:
                made = super().get_client()  # the library's own session: its connector, limits and TLS
                connector = made.connector
                made.detach()
                return ClientSession(connector=connector, cookie_jar=DummyCookieJar())

    class DefaultAioHttpClient(_Cookieless, httpx.AsyncClient):
        """An httpx.AsyncClient on aiohttp's transport with the SDK's defaults (timeouts, connection limit, no
        cookies).

        Pass it to AsyncClient(http_client=DefaultAioHttpClient()). Needs the `aiohttp` extra:
        pip install 'magic-hour-sdk[aiohttp]'.
        """

        def __init__(self, **kwargs: Any) -> None:
            if not installed:
                raise RuntimeError(
                    "DefaultAioHttpClient needs httpx-aiohttp, which is not installed. Install the extra: "
                    "pip install 'magic-hour-sdk[aiohttp]' (or use AsyncClient() on httpx's own transport)."
                )
            if "cookies" in kwargs:
                raise TypeError("DefaultAioHttpClient keeps no cookies; pass an httpx.AsyncClient that does.")
            # As given, to make a fresh one for a new event loop (`remake`); without a timeout, the client's applies.
            self._sdk_options = dict(kwargs)
            kwargs.setdefault("timeout", api_timeout(DEFAULT_TIMEOUT))
            kwargs.setdefault("limits", _limits(AIOHTTP_CONNECTIONS))
            super().__init__(**kwargs)

        # httpx builds its transports through these two methods; httpx-aiohttp's own client overrides them alike.
        def _init_transport(  # type: ignore[override]
            self, *, transport: httpx.AsyncBaseTransport | None = None, **options: Any
        ) -> httpx.AsyncBaseTransport:
            return transport if transport is not None else _CookielessTransport(**_transport_options(options))

        def _init_proxy_transport(self, proxy: httpx.Proxy, **options: Any) -> httpx.AsyncBaseTransport:  # type: ignore[override]
            return _CookielessTransport(proxy=proxy, **_transport_options(options))

    DefaultAioHttpClient.__module__ = "magic_hour"
    DefaultAioHttpClient.__qualname__ = "DefaultAioHttpClient"
    return DefaultAioHttpClient


def _transport_options(options: dict[str, Any]) -> dict[str, Any]:
    """What httpx hands its transports that aiohttp's takes: TLS, protocol and pool settings."""
    wanted = ("verify", "cert", "trust_env", "http1", "http2", "limits")
    return {name: options[name] for name in wanted if name in options}
