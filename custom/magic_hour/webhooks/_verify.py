"""Verifying a delivery: both headers present, the timestamp inside the window, the signature of the raw bytes."""

from __future__ import annotations

import hmac
import math
import time
from typing import Any

from magic_hour_api.webhooks import SIGNATURE_HEADER, TIMESTAMP_HEADER

from .._errors import ValidationError
from .._webhook_secret import Secret
from ._errors import WebhookHeaderMissingError, WebhookSignatureError, WebhookTimestampError, WebhookVerificationError
from ._headers import SHAPES, AmbiguousHeader, BadHeaders, Finder

#: Seconds a signed timestamp may differ from this machine's clock, either way (the document: "usually less than
#: 5 minutes").
DEFAULT_TOLERANCE = 300

_RAW_HINT = (
    " The body was passed as str: verify the raw request bytes exactly as received (Flask request.get_data(), "
    "Starlette/FastAPI await request.body(), Django request.body); a decoded or re-serialised body does not match."
)


def raw_body(payload: object) -> tuple[bytes, bool]:
    """The bytes to verify and whether they came from a str; a parsed body cannot be verified and is refused."""
    if type(payload) is bytes:  # the usual case first
        return payload, False
    if isinstance(payload, bytes | bytearray | memoryview):
        return bytes(payload), False
    if isinstance(payload, str):
        return payload.encode("utf-8"), True
    raise ValidationError(
        f"payload must be the raw request body (bytes), not {type(payload).__name__}: a parsed or re-serialised "
        "body differs from the signed bytes. Pass request.get_data() (Flask), await request.body() (Starlette, "
        "FastAPI) or request.body (Django)."
    )


def _tolerance(value: object) -> float:
    if (type(value) is int or type(value) is float) and 0 <= value < math.inf:  # not NaN, not a bool
        return float(value)
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value) and value >= 0:
        return float(value)
    raise ValidationError(f"tolerance must be a number of seconds >= 0, not {value!r}.")


_FINDER = Finder((TIMESTAMP_HEADER, SIGNATURE_HEADER))


def _unreadable(exc: Exception, headers: Any) -> Exception:
    """The error for headers that could not be read: one sent twice with different values, or not headers at all."""
    if isinstance(exc, AmbiguousHeader):
        return WebhookHeaderMissingError(f"The delivery is ambiguous: {exc}.", header=exc.name)
    return ValidationError(
        f"headers must be the request's headers: {SHAPES}; not {type(headers).__name__}"
        + (" of the wrong shape." if not isinstance(headers, str | bytes | bytearray) else ".")
    )


def verify(body: bytes, headers: Any, secret: Secret, tolerance: object, from_str: bool = False) -> None:
    """Raise the WebhookVerificationError that says why, unless `body` was signed by Magic Hour just now."""
    window = float(tolerance) if type(tolerance) is int and tolerance >= 0 else _tolerance(tolerance)
    try:
        stamp, given = _FINDER.find(headers)
    except (AmbiguousHeader, BadHeaders) as exc:
        raise _unreadable(exc, headers) from None
    stamp, given = (stamp or "").strip(), (given or "").strip()
    if not (stamp and given):
        raise WebhookHeaderMissingError(
            f"The request has no {TIMESTAMP_HEADER if not stamp else SIGNATURE_HEADER} header, so it is not a signed "
            "Magic Hour event (or a proxy dropped the header). Refuse it with 400.",
            header=TIMESTAMP_HEADER if not stamp else SIGNATURE_HEADER,
        )
    if not (len(stamp) <= 12 and stamp.isascii() and stamp.isdigit()):
        raise WebhookTimestampError(
            f"The {TIMESTAMP_HEADER} header is not Unix seconds; refuse the delivery.", timestamp=None, skew=None
        )
    skew = int(stamp) - time.time()
    if skew > window or -skew > window:
        where = "in the future" if skew > 0 else "old"
        raise WebhookTimestampError(
            f"The event's timestamp is {abs(skew):.0f} s {where}, outside the {window:g} s window: a replay, "
            "or this machine's clock is wrong (check NTP). Refuse it; a genuine event is retried with a fresh one.",
            timestamp=int(stamp),
            skew=skew,
        )
    # The valid signature is compared where it is made and never named: a refused forgery's frame, which error
    # trackers record with its locals, must not hold the signature the forger's body needed (`mac`'s repr does not
    # show it). Both are compared as ASCII text (a header that is not ASCII is no hex signature).
    mac = secret.hmac_sha256()
    mac.update(stamp.encode("ascii") + b"." + body)
    if not (given.isascii() and hmac.compare_digest(mac.hexdigest(), given.lower())):
        raise WebhookSignatureError(
            f"The {SIGNATURE_HEADER} header does not match the body: it was changed on the way, signed with "
            "another secret (check MAGIC_HOUR_WEBHOOK_SECRET against the developer hub), or not sent by Magic Hour."
            + (_RAW_HINT if from_str else "")
        )


__all__ = ["DEFAULT_TOLERANCE", "WebhookVerificationError", "raw_body", "verify"]
