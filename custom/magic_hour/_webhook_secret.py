"""The webhook secret: from the argument, then the client, then MAGIC_HOUR_WEBHOOK_SECRET; never shown or pickled."""

from __future__ import annotations

import hashlib
import hmac
import os
from typing import Any, NoReturn

from ._errors import ValidationError

SECRET_ENV = "MAGIC_HOUR_WEBHOOK_SECRET"


class Secret:
    """A webhook secret that keeps out of reprs, logs, errors and pickles."""

    __slots__ = ("_mac", "_value")

    def __init__(self, value: str) -> None:
        self._value = value
        self._mac: Any = None

    def reveal(self) -> bytes:
        return self._value.encode("utf-8")

    def hmac_sha256(self) -> Any:
        """A fresh HMAC-SHA256 keyed with the secret: a copy of one keyed once, which skips the key's hashing (a third
        of a small body's signature)."""
        mac = self._mac
        if mac is None:
            mac = self._mac = _keyed(self.reveal())
        return mac.copy()

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __reduce__(self) -> NoReturn:
        raise TypeError("A webhook secret is not pickled; pass it to the other process by its environment variable.")


def _keyed(key: bytes) -> Any:
    try:  # OpenSSL's HMAC object itself: its copy() is C, where hmac.HMAC's wraps it in Python
        from _hashlib import hmac_new

        return hmac_new(key, digestmod="sha256")
    except (ImportError, ValueError):  # a Python without OpenSSL's hashes
        return hmac.new(key, digestmod=hashlib.sha256)


def checked(value: object, where: str) -> Secret:
    if not isinstance(value, str):
        raise ValidationError(f"The webhook secret ({where}) must be a string, not {type(value).__name__}.")
    if not value.strip():
        raise ValidationError(f"The webhook secret ({where}) is empty; copy it from the Magic Hour developer hub.")
    if value != value.strip():
        raise ValidationError(f"The webhook secret ({where}) has surrounding whitespace; pass it without.")
    return Secret(value)


def secret_from(explicit: str | Secret | None, client_secret: Secret | None = None) -> Secret:
    """The secret to verify with: the argument, the client's (`Client(webhook_secret=...)`), or the environment's."""
    if isinstance(explicit, Secret):
        return explicit
    if explicit is not None:
        return checked(explicit, "secret=")
    if client_secret is not None:
        return client_secret
    env = os.environ.get(SECRET_ENV)
    if env is not None:
        return checked(env, SECRET_ENV)
    raise ValidationError(
        f"No webhook secret: pass secret=..., Client(webhook_secret=...), or set {SECRET_ENV} "
        "(the secret is shown where the webhook is registered, in the Magic Hour developer hub)."
    )
