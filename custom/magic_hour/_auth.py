"""What counts as a request to the API itself, and the bearer token that only such requests carry."""

from __future__ import annotations

from collections.abc import Generator

import httpx


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    default = {"http": 80, "https": 443}.get(url.scheme)
    return url.scheme, url.host, url.port or default


class ApiScope:
    """Matches URLs of the API's operations: the base URL's origin and its ``/v1/`` path.

    Upload and download URLs are presigned and may sit on the same host as the API or another one;
    they are outside this scope, so they never see the token and are not held to API-response limits.
    """

    def __init__(self, api_url: str) -> None:
        url = httpx.URL(api_url)
        self._origin = _origin(url)
        self._prefix = url.path.rstrip("/") + "/v1/"

    def __contains__(self, url: httpx.URL) -> bool:
        return _origin(url) == self._origin and url.path.startswith(self._prefix)

    def __repr__(self) -> str:
        return f"ApiScope({self._origin[0]}://{self._origin[1]}{self._prefix})"


class OriginBearerAuth(httpx.Auth):
    """Adds ``Authorization: Bearer ...`` to API requests and strips it from everything else."""

    def __init__(self, token: str, scope: ApiScope) -> None:
        self._token = token
        self._scope = scope

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if request.url in self._scope:
            request.headers["Authorization"] = f"Bearer {self._token}"
        else:
            request.headers.pop("Authorization", None)
        yield request

    def __repr__(self) -> str:
        return f"OriginBearerAuth({self._scope!r}, token=<hidden>)"
