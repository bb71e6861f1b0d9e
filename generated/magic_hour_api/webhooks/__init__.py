"""Magic Hour's webhook events (typed classes, their union and catalog): written from spec/magic-hour-webhooks.openapi.json by scripts/generate; do not edit."""

from __future__ import annotations

from .catalog import (
    BY_TYPE,
    EVENT_TYPES,
    EVENTS,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    EventInfo,
)
from .events import (
    AudioCompletedEvent,
    AudioErroredEvent,
    AudioStartedEvent,
    ImageCompletedEvent,
    ImageErroredEvent,
    ImageStartedEvent,
    UnknownWebhookEvent,
    VideoCompletedEvent,
    VideoErroredEvent,
    VideoStartedEvent,
    WebhookEvent,
)

__all__ = [
    "AudioCompletedEvent",
    "AudioErroredEvent",
    "AudioStartedEvent",
    "BY_TYPE",
    "EVENTS",
    "EVENT_TYPES",
    "EventInfo",
    "ImageCompletedEvent",
    "ImageErroredEvent",
    "ImageStartedEvent",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "UnknownWebhookEvent",
    "VideoCompletedEvent",
    "VideoErroredEvent",
    "VideoStartedEvent",
    "WebhookEvent",
]
