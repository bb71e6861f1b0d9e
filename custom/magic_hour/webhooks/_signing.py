"""Magic Hour's signing scheme: lowercase hex HMAC-SHA256, keyed with the secret, of `<timestamp>.<raw body>`.

From the webhook document's "Securing your endpoint" section; the header names come from the document too.
Used by the verifier, and to sign what the sandbox and `magic-hour webhooks trigger` send.
"""

from __future__ import annotations

import time

from magic_hour_api.webhooks import SIGNATURE_HEADER, TIMESTAMP_HEADER

from .._webhook_secret import Secret, checked


def signature(secret: Secret, timestamp: str, body: bytes) -> str:
    mac = secret.hmac_sha256()
    mac.update(timestamp.encode("ascii") + b"." + body)
    return str(mac.hexdigest())


def sign_headers(body: bytes, secret: str | Secret, *, timestamp: int | None = None) -> dict[str, str]:
    """The two headers Magic Hour sends with `body`, signed with `secret` at `timestamp` (default: now)."""
    key = secret if isinstance(secret, Secret) else checked(secret, "secret=")
    stamp = str(int(time.time()) if timestamp is None else int(timestamp))
    return {TIMESTAMP_HEADER: stamp, SIGNATURE_HEADER: signature(key, stamp, bytes(body))}
