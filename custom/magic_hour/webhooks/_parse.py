"""A verified body -> its typed event (the classes generated from Magic Hour's webhook document)."""

from __future__ import annotations

import json
from typing import Any

from magic_hour_api.webhooks import BY_TYPE, UnknownWebhookEvent, WebhookEvent

from ._errors import WebhookPayloadError, WebhookUnknownEventError


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def parse(body: bytes, *, strict: bool) -> WebhookEvent | UnknownWebhookEvent:
    """The event in `body`; an unknown type is an `UnknownWebhookEvent` unless `strict`."""
    try:
        data = json.loads(body, parse_constant=_no_constants)
    except (ValueError, RecursionError):
        raise WebhookPayloadError("The signed body is not JSON; it is not a Magic Hour event.") from None
    if not isinstance(data, dict) or not isinstance(data.get("type"), str) or "payload" not in data:
        raise WebhookPayloadError('The signed body is not an event object ({"type": ..., "payload": ...}).')
    event_type: str = data["type"]
    info = BY_TYPE.get(event_type)
    if info is None:
        if strict:
            raise WebhookUnknownEventError(
                f"Event type {event_type[:80]!r} is not one this SDK knows ({', '.join(BY_TYPE)}); a newer API "
                "sends it. Upgrade the SDK, or unwrap with strict=False to receive it as an UnknownWebhookEvent.",
                event_type=event_type,
            )
        return UnknownWebhookEvent.from_dict(data)
    event_class: Any = info.event_class
    try:
        event: WebhookEvent = event_class.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        what = f"lacks {exc.args[0]!r}" if isinstance(exc, KeyError) and exc.args else "has a field of the wrong type"
        raise WebhookPayloadError(
            f"The {event_type!r} event's payload {what}, so it does not have the shape of "
            f"GET {info.project_get}; refuse it and check that the SDK matches the API."
        ) from None
    return event
