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


def header(headers: Mapping[str, str] | Iterable[tuple[Any, Any]] | Any, name: str) -> str | None:
    """The value of header `name`, None when absent; a header sent twice with different values is ambiguous and
    reads as a ValueError (a signature must not be chosen from several)."""
    want = _normal(name)
    found: list[str] = []
    for key, value in _pairs(headers):
        key = key.decode("latin-1") if isinstance(key, bytes) else str(key)
        if _normal(key) == want:
            found.append(value.decode("latin-1") if isinstance(value, bytes) else str(value))
    if len(set(found)) > 1:
        raise ValueError(f"the {name} header was sent {len(found)} times with different values")
    return found[0] if found else None
