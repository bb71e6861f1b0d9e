"""Bearer authentication that only ever goes to the API's own origin."""

from __future__ import annotations

from collections.abc import Generator

import httpx


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    default = {"http": 80, "https": 443}.get(url.scheme)
    return url.scheme, url.host, url.port or default


class OriginBearerAuth(httpx.Auth):
    """Adds ``Authorization: Bearer ...`` to requests for the API origin and to nothing else.

    Upload and download URLs are presigned and may sit on the same host as the API or another one; they
    must never see the token, and neither may a redirect to another origin.
    """

    def __init__(self, token: str, api_url: str) -> None:
        self._token = token
        self._origin = origin(httpx.URL(api_url))
        self._api_path = httpx.URL(api_url).path.rstrip("/") + "/v1/"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if origin(request.url) == self._origin and request.url.path.startswith(self._api_path):
            request.headers["Authorization"] = f"Bearer {self._token}"
        else:
            request.headers.pop("Authorization", None)
        yield request

    def __repr__(self) -> str:
        return f"OriginBearerAuth(origin={'://'.join(map(str, self._origin[:2]))}, token=<hidden>)"
