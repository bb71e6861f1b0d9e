"""Client settings: the token, the base URL and the defaults every call can override."""

from __future__ import annotations

import ipaddress
import math
import os
from urllib.parse import urlsplit

import attrs

from ._errors import ValidationError

DEFAULT_BASE_URL = "https://api.magichour.ai"
TOKEN_ENV = "MAGIC_HOUR_API_TOKEN"
BASE_URL_ENV = "MAGIC_HOUR_BASE_URL"
#: The official SDK's setting for the seconds between polls; code and CI set up for it keep working.
POLL_INTERVAL_ENV = "MAGIC_HOUR_POLL_INTERVAL"
DEFAULT_POLL_INTERVAL = 1.0


def resolve_poll_interval(value: float | None) -> object:
    """The interval given, else MAGIC_HOUR_POLL_INTERVAL's, else 1 s (checked by the caller)."""
    if value is not None:
        return value
    text = os.environ.get(POLL_INTERVAL_ENV, "").strip()
    if not text:
        return DEFAULT_POLL_INTERVAL
    try:
        return float(text)
    except ValueError:
        raise ValidationError(f"{POLL_INTERVAL_ENV} must be a number of seconds, not {text!r}.") from None


def resolve_token(token: str | None) -> str:
    """The token given, else the environment's; a missing or blank one is refused before any request."""
    value = token if token is not None else os.environ.get(TOKEN_ENV)
    if value is None:
        raise ValidationError(f"No API token: pass Client(token=...) or set the {TOKEN_ENV} environment variable.")
    if not isinstance(value, str):
        raise ValidationError(f"The API token must be a string, not {type(value).__name__}.")
    if not value.strip():
        raise ValidationError(
            f"The API token is empty. Pass a token from the Magic Hour developer hub or set {TOKEN_ENV}."
        )
    if value != value.strip() or any(c in value for c in "\r\n"):
        raise ValidationError("The API token has surrounding whitespace or a line break; pass it without them.")
    if not (value.isascii() and value.isprintable()):
        # Checked here, not left to httpx: its encoding error would hold the whole header, token and all.
        where = next(n for n, char in enumerate(value) if not (char.isascii() and char.isprintable()))
        raise ValidationError(
            f"The API token has a character that is not printable ASCII at position {where}, so it cannot be "
            f"sent; Magic Hour tokens are plain ASCII. Copy it again from the developer hub (or fix {TOKEN_ENV})."
        )
    return value


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def resolve_base_url(base_url: str | None, *, allow_insecure_http: bool) -> str:
    """A checked base URL without a trailing slash.

    Plain http is allowed only to loopback unless the caller opts in: the token travels in every request.
    """
    value = base_url if base_url is not None else os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    if not isinstance(value, str):
        raise ValidationError(f"base_url must be a string like {DEFAULT_BASE_URL!r}, not {type(value).__name__}.")
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError(f"base_url {value!r} is not an http(s) URL; use something like {DEFAULT_BASE_URL!r}.")
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ValidationError(f"base_url {value!r} must not carry a query, fragment or credentials.")
    if parts.scheme == "http" and not _is_loopback(parts.hostname) and not allow_insecure_http:
        raise ValidationError(
            f"base_url {value!r} uses plain http to a host that is not this machine, which would send the token "
            "unencrypted. Use https, or pass allow_insecure_http=True if you really mean it."
        )
    return value.strip().rstrip("/")


def check_positive(name: str, value: object, *, allow_zero: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(f"{name} must be a finite number of seconds, not {value!r}.")
    if value < 0 or (value == 0 and not allow_zero):
        raise ValidationError(f"{name} must be {'zero or ' if allow_zero else ''}positive, not {value!r}.")
    return float(value)


def check_retries(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(f"max_retries must be a whole number >= 0, not {value!r}.")
    return value


@attrs.frozen
class WaitSettings:
    """How a wait polls: starting interval, growth factor, cap, and overall timeout (None: no limit)."""

    poll_interval: float = 1.0
    max_poll_interval: float = 5.0
    backoff: float = 1.2
    timeout: float | None = 600.0

    def next_interval(self, current: float) -> float:
        return min(current * self.backoff, self.max_poll_interval)


class NotGiven:
    """The type of `NOT_GIVEN`: an argument the caller left out (None is meaningful for timeouts)."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


def wait_settings(base: WaitSettings, *, poll_interval: float | None, timeout: float | NotGiven | None) -> WaitSettings:
    """`base` with a call's overrides applied (validated); `timeout=None` waits forever."""
    out = base
    if poll_interval is not None:
        interval = check_positive("poll_interval", poll_interval)
        out = attrs.evolve(out, poll_interval=interval, max_poll_interval=max(interval, out.max_poll_interval))
    if not isinstance(timeout, NotGiven):
        out = attrs.evolve(out, timeout=None if timeout is None else check_positive("wait_timeout", timeout))
    return out
