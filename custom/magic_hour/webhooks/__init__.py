"""Magic Hour's webhooks: verify a delivery, parse it into a typed event, fetch the files it announces.

    from magic_hour import webhooks

    event = webhooks.unwrap(raw_body, request_headers)  # secret from MAGIC_HOUR_WEBHOOK_SECRET, or secret=...
    if isinstance(event, webhooks.VideoCompletedEvent):
        client.webhooks.download(event, download_directory="outputs")

The event classes, their union `WebhookEvent` and `EVENT_TYPES` are generated from Magic Hour's webhook document
(`magic_hour_api.webhooks`); the signing headers' names come from it too.
"""

from magic_hour_api.webhooks import *  # noqa: F403  (the generated event classes, EVENT_TYPES, EVENTS …)
from magic_hour_api.webhooks import __all__ as _generated

from .._webhook_secret import SECRET_ENV
from ._errors import (
    WebhookDriftWarning,
    WebhookHeaderMissingError,
    WebhookPayloadError,
    WebhookSignatureError,
    WebhookTimestampError,
    WebhookUnknownEventError,
    WebhookVerificationError,
)
from ._resource import AsyncWebhooks, DownloadedProject, Webhooks, unwrap, verify_signature
from ._signing import sign_headers
from ._verify import DEFAULT_TOLERANCE

__all__ = [
    *_generated,
    "DEFAULT_TOLERANCE",
    "SECRET_ENV",
    "AsyncWebhooks",
    "DownloadedProject",
    "WebhookHeaderMissingError",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "WebhookTimestampError",
    "WebhookUnknownEventError",
    "WebhookVerificationError",
    "WebhookDriftWarning",
    "Webhooks",
    "sign_headers",
    "unwrap",
    "verify_signature",
]
