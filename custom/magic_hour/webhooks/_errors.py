"""Why a webhook delivery was refused: one base class, one subclass per reason.

A handler answers 400 to any `WebhookVerificationError` (Magic Hour retries non-2XX answers, so a genuine event
that failed for a fixable reason arrives again). No message ever contains the secret or the expected signature.
"""

from __future__ import annotations

from .._errors import MagicHourError


class WebhookVerificationError(MagicHourError):
    """The delivery is not a verified Magic Hour event; answer it with 400 and do not act on it."""


class WebhookHeaderMissingError(WebhookVerificationError):
    """A signing header is absent (an unsigned request, or a proxy that dropped the header)."""

    def __init__(self, message: str, *, header: str) -> None:
        super().__init__(message)
        self.header = header


class WebhookTimestampError(WebhookVerificationError):
    """The signed timestamp is not Unix seconds, or lies outside the tolerance window, in the past or the future."""

    def __init__(self, message: str, *, timestamp: int | None, skew: float | None) -> None:
        super().__init__(message)
        self.timestamp = timestamp
        #: Seconds the timestamp lies after this machine's clock (negative: in the past); None if unreadable.
        self.skew = skew


class WebhookSignatureError(WebhookVerificationError):
    """The signature does not match the body and timestamp under the secret."""


class WebhookPayloadError(WebhookVerificationError):
    """The signed body is not an event this SDK can read (not JSON, not an event object, a payload of the wrong
    shape)."""


class WebhookUnknownEventError(WebhookPayloadError):
    """The body is an event type this SDK version was not generated with (raised only with `strict=True`)."""

    def __init__(self, message: str, *, event_type: str) -> None:
        super().__init__(message)
        self.event_type = event_type


class WebhookDriftWarning(UserWarning):
    """A verified event's payload differs from Magic Hour's webhook document (a field missing, new or of another
    type, an unknown status): the event is delivered all the same, with `drift` naming the differences."""
