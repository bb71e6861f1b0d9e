"""The sandbox's object storage: files on disk behind presigned, expiring URLs."""

from __future__ import annotations

import functools
import hashlib
import hmac
import re
import secrets
import time
from pathlib import Path

from .. import _spec

#: `<area>/<id>/<name>.<ext>`; the areas are `outputs` and the durable prefixes the document shows (`api-assets`,
#: `saved-items`), checked in `valid_key`.
_KEY = re.compile(r"^([a-z0-9][a-z0-9_-]{0,31})/[A-Za-z0-9_-]{1,64}/[A-Za-z0-9_-]{1,64}\.[a-z0-9]{1,8}$")
CHUNK = 1024 * 1024
HEAD_BYTES = 64


@functools.cache
def _areas() -> frozenset[str]:
    return frozenset({"outputs", *(prefix.rstrip("/") for prefix in _spec.storage_prefixes())})


class Storage:
    """Objects under `root`, addressed by keys like ``api-assets/<id>/<name>.<ext>``.

    An object is stored as ``<area>/<id>.<name>.<ext>``: one folder per upload or project would cost the file
    system a new inode on every upload and every render, the dearest part of serving them. The mapping is
    one to one (an id has no dot).
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self._secret = secrets.token_bytes(32)
        # Keyed once; each signature copies it rather than hashing the key again.
        self._mac = hmac.new(self._secret, digestmod=hashlib.sha256)
        self._heads: dict[str, bytes] = {}  # the first bytes of each object written, kept for sniffing

    @staticmethod
    def valid_key(key: str) -> bool:
        found = _KEY.match(key)
        return found is not None and found[1] in _areas()

    def path(self, key: str) -> Path:
        if not self.valid_key(key):
            raise ValueError(f"not a storage key: {key!r}")
        area, ident, name = key.split("/")
        return self.root.joinpath(area, f"{ident}.{name}")

    def exists(self, key: str) -> bool:
        return self.valid_key(key) and self.path(key).is_file()

    def head(self, key: str, size: int = HEAD_BYTES) -> bytes:
        """The object's first bytes: from memory when it was written through `stored`, else from disk."""
        known = self._heads.get(key)
        if known is not None and len(known) >= size:
            return known[:size]
        with self.path(key).open("rb") as f:
            return f.read(size)

    def stored(self, key: str, part: Path, head: bytes) -> None:
        """Move a completely received upload into place under `key`, remembering its first bytes."""
        part.replace(self.path(key))
        self._heads[key] = head[:HEAD_BYTES]

    def _signature(self, method: str, key: str, expires: int) -> str:
        mac = self._mac.copy()
        mac.update(f"{method}\n{key}\n{expires}".encode())
        return mac.hexdigest()

    def sign(self, method: str, key: str, ttl_seconds: float) -> tuple[str, int]:
        """(query string, expiry as a Unix time) that allows `method` on `key` until then."""
        expires = int(time.time() + ttl_seconds)
        return f"expires={expires}&signature={self._signature(method, key, expires)}", expires

    def check(self, method: str, key: str, expires: str | None, signature: str | None) -> str | None:
        """None when the signature allows `method` on `key` now; otherwise why not."""
        if not expires or not signature or not (expires.isascii() and expires.isdigit()):
            return "This storage URL is not signed. Request a new URL from the API."
        if not hmac.compare_digest(signature, self._signature(method, key, int(expires))):
            return "This storage URL's signature is not valid. Request a new URL from the API."
        if int(expires) < time.time():
            return "This storage URL has expired. Request a new URL from the API."
        return None
