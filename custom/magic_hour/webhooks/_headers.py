"""Header lookup in whatever a web framework hands over: case-insensitive, and WSGI/Django `META` spellings too."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


def _normal(name: str) -> str:
    """`Magic-Hour-Event-Timestamp`, `HTTP_MAGIC_HOUR_EVENT_TIMESTAMP` -> `magic-hour-event-timestamp`."""
    key = name.strip().lower().replace("_", "-")
    return key[5:] if key.startswith("http-") else key


def _pairs(headers: Any) -> Iterable[tuple[Any, Any]]:
    items = getattr(headers, "items", None)
    if callable(items):  # dict, httpx.Headers, Starlette, Werkzeug (Flask), Django's HttpHeaders and META
        multi = getattr(headers, "multi_items", None)  # Starlette and httpx keep repeated headers apart here
        return list(multi() if callable(multi) else items())
    return list(headers)  # a list of (name, value) pairs (ASGI scope style)


class AmbiguousHeader(ValueError):
    """A header sent more than once with different values."""

    def __init__(self, name: str, count: int) -> None:
        super().__init__(f"the {name} header was sent {count} times with different values")
        self.name = name


def find(headers: Mapping[str, str] | Iterable[tuple[Any, Any]] | Any, names: tuple[str, ...]) -> list[str | None]:
    """The value of each header in `names` (None when absent), in one pass over `headers`. A header sent twice
    with different values is ambiguous and raises AmbiguousHeader (a signature must not be chosen from several)."""
    want = {_normal(name): n for n, name in enumerate(names)}
    found: list[list[str]] = [[] for _ in names]
    for key, value in _pairs(headers):
        n = want.get(_normal(key.decode("latin-1") if isinstance(key, bytes) else str(key)))
        if n is not None:
            found[n].append(value.decode("latin-1") if isinstance(value, bytes) else str(value))
    for name, values in zip(names, found, strict=True):
        if len(set(values)) > 1:
            raise AmbiguousHeader(name, len(values))
    return [values[0] if values else None for values in found]
