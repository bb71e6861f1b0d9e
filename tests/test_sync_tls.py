"""`Client`'s own pool over TLS: certificates as httpx trusts them (certifi, SSL_CERT_FILE), loaded on first use."""

from __future__ import annotations

import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from magic_hour._http_clients import api_timeout, default_sync_http


class _Echo(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        body = f"GET {self.path}".encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def _serving(tls: ssl.SSLContext | None) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Echo)
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"{'https' if tls else 'http'}://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_tls_is_verified_against_the_trusted_certificates_and_plain_http_loads_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    trustme = pytest.importorskip("trustme")
    authority = trustme.CA()
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(server_tls)
    authority.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    with _serving(server_tls) as url:
        with default_sync_http(api_timeout(10)) as http:  # certifi's bundle does not know this authority
            with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
                http.get(f"{url}/x")
            assert http._transport._pool._ssl_context.cert_store_stats()["x509_ca"] > 50  # type: ignore[attr-defined]
        monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "ca.pem"))
        with default_sync_http(api_timeout(10)) as http:
            tls = http._transport._pool._ssl_context  # type: ignore[attr-defined]
            assert tls.cert_store_stats()["x509_ca"] == 0  # nothing loaded until a TLS connection needs it
            assert http.get(f"{url}/secure").text == "GET /secure"
            assert tls.cert_store_stats()["x509_ca"] == 1
            assert tls.check_hostname and tls.verify_mode == ssl.CERT_REQUIRED
    with _serving(None) as url, default_sync_http(api_timeout(10)) as http:
        assert http.get(f"{url}/plain").text == "GET /plain"
        assert http._transport._pool._ssl_context.cert_store_stats()["x509_ca"] == 0  # type: ignore[attr-defined]
