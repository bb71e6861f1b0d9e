"""Header lookup in whatever a web framework hands over: case-insensitive, and WSGI/Django `META` spellings too."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

#: What `headers` may be, for the error that refuses anything else.
SHAPES = (
    "a mapping of header names to values (dict, httpx.Headers, Starlette, Flask/Werkzeug, Django request.headers "
    "or request.META) or an iterable of (name, value) pairs (an ASGI scope's headers)"
)
_TEXT = (str, bytes, bytearray)
#: Header spellings a Finder remembers: a server sees the same few on every request.
_NORMAL_LIMIT = 4096
#: Layouts of a dict's header names a Finder remembers (a sender of ever-new layouts fills it once).
_LAYOUT_LIMIT = 1024


def _normal(name: str | bytes) -> str:
    """`Magic-Hour-Event-Timestamp`, `HTTP_MAGIC_HOUR_EVENT_TIMESTAMP` -> `magic-hour-event-timestamp`."""
    text = name.decode("latin-1") if isinstance(name, bytes) else str(name)
    key = text.strip().lower().replace("_", "-")
    return key[5:] if key.startswith("http-") else key


class AmbiguousHeader(ValueError):
    """A header sent more than once with different values."""

    def __init__(self, name: str) -> None:
        super().__init__(f"the {name} header was sent more than once, with different values")
        self.name = name


class BadHeaders(TypeError):
    """`headers` is not a mapping or (name, value) pairs."""


def _pairs(headers: Any) -> Iterable[Any]:
    if isinstance(headers, _TEXT):  # iterable, but of characters, not of headers
        raise BadHeaders
    items = getattr(headers, "items", None)
    if callable(items):  # dict, httpx.Headers, Starlette, Werkzeug (Flask), Django's HttpHeaders and META
        multi = getattr(headers, "multi_items", None)  # Starlette and httpx keep repeated headers apart here
        return multi() if callable(multi) else items()  # type: ignore[no-any-return]
    try:
        return iter(headers)  # type: ignore[no-any-return]  # (name, value) pairs, ASGI scope style
    except TypeError:
        raise BadHeaders from None


class Finder:
    """Finds a fixed set of headers in one pass; built once per set of names."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names
        self._want = {_normal(name): n for n, name in enumerate(names)}
        #: A header name as a framework spells it -> the position of the wanted header it is, or -1.
        self._seen: dict[Any, int] = {}
        #: A dict's header names in order -> (name, position) of those that are wanted: a server receives the same
        #: few layouts, so most requests need two look-ups instead of a look at every header.
        self._layouts: dict[tuple[Any, ...], tuple[tuple[Any, int], ...]] = {}

    def _known(self, key: Any) -> int:
        n = self._seen.get(key)
        return self._position(key) if n is None else n

    def _position(self, key: Any) -> int:
        n = self._want.get(_normal(key), -1)
        if len(self._seen) < _NORMAL_LIMIT:  # a sender of ever-new names fills it once, then it stops growing
            self._seen[key] = n
        return n

    def find(self, headers: Mapping[str, str] | Iterable[tuple[Any, Any]] | Any) -> list[str | None]:
        """The value of each header (None when absent). A header sent twice with different values is ambiguous and
        raises AmbiguousHeader (a signature must not be chosen from several); a malformed `headers` BadHeaders."""
        seen = self._seen
        found: list[str | None] = [None] * len(self.names)
        if type(headers) is dict:  # the usual case: its items are pairs of a hashable name and a value
            layout = tuple(headers)
            wanted = self._layouts.get(layout)
            if wanted is None:
                wanted = tuple((key, at) for key in layout if (at := self._known(key)) >= 0)
                if len(self._layouts) < _LAYOUT_LIMIT:
                    self._layouts[layout] = wanted
            for key, at in wanted:
                value = headers[key]
                text = (
                    value if type(value) is str else value.decode("latin-1") if isinstance(value, bytes) else str(value)
                )
                if found[at] is None:
                    found[at] = text
                elif found[at] != text:
                    raise AmbiguousHeader(self.names[at])
            return found
        try:
            for pair in _pairs(headers):
                if isinstance(pair, _TEXT):  # (a tuple, not a union: built once, not on every header)
                    raise BadHeaders
                key, value = pair
                n = seen.get(key)
                if n is None:
                    n = self._position(key)
                if n >= 0:
                    text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
                    if found[n] is None:
                        found[n] = text
                    elif found[n] != text:
                        raise AmbiguousHeader(self.names[n])
        except AmbiguousHeader:
            raise
        except (ValueError, TypeError, AttributeError):  # a pair of another length, an unhashable name
            raise BadHeaders from None
        return found
