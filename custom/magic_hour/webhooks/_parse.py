"""A verified body -> its typed event (the classes generated from Magic Hour's webhook document).

Once the signature holds, the event is Magic Hour's, whatever its shape: refusing it would only make Magic Hour
retry it for 24 hours and drop it. So a payload that drifted from the document (a field missing, new or of
another type, an enum value it does not list) still gives the typed event where it parses, with `drift` naming
the differences, or else an `UnknownWebhookEvent` with the payload as sent; either way a `WebhookDriftWarning`.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable
from typing import Any

from magic_hour_api.webhooks import BY_TYPE, UnknownWebhookEvent, WebhookEvent

from ._errors import WebhookDriftWarning, WebhookPayloadError, WebhookUnknownEventError
from ._shape import SHAPES, drift, fits_object

#: The payload's key in the document's schema, then the one its signing example uses.
_PAYLOAD_KEYS = ("payload", "object")
_PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError)


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


_DECODER = json.JSONDecoder(parse_constant=_no_constants)
_decode = _DECODER.decode
#: The decoder's own scanner (set by JSONDecoder.__init__; typeshed does not declare it): (value, end) from an index.
_scan: Callable[[str, int], tuple[Any, int]] = _DECODER.scan_once  # type: ignore[attr-defined]


def _load(body: bytes) -> dict[str, Any]:
    try:
        data = _decode(body.decode("utf-8"))
    except (ValueError, RecursionError):  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise WebhookPayloadError("The signed body is not JSON (in UTF-8); it is not a Magic Hour event.") from None
    if type(data) is not dict or type(data.get("type")) is not str:
        raise WebhookPayloadError('The signed body is not an event object ({"type": ..., "payload": ...}).')
    return data


def _split(data: dict[str, Any]) -> tuple[Any, dict[str, Any], bool]:
    """(payload, the body's other fields, whether a payload was sent at all)."""
    key = next((k for k in _PAYLOAD_KEYS if k in data), None)
    rest = {k: v for k, v in data.items() if k != "type" and k != key}
    return (data[key] if key else None), rest, key is not None


def parse(body: bytes, strict: bool) -> WebhookEvent | UnknownWebhookEvent:
    """The event in `body`; an unknown type is an `UnknownWebhookEvent` unless `strict`."""
    # The usual body, an event object from its first byte to its last with a payload as documented in a layout
    # seen before, is scanned as it is and typed when the handler first reads it. Anything else (surrounding
    # whitespace, trailing data, other fields, drift, a refusal to explain) takes the full path below.
    scanned: Any = None
    try:
        text = body.decode("utf-8")
        if text[:1] == "{":
            scanned, end = _scan(text, 0)
            if end != len(text):
                scanned = None
    except (ValueError, RecursionError):
        scanned = None
    if type(scanned) is dict and len(scanned) == 2:
        event_type: Any = scanned.get("type")
        known = BY_TYPE.get(event_type) if type(event_type) is str else None
        shape = SHAPES.get(event_type) if known is not None else None
        payload = scanned.get("payload")
        if known is not None and shape is not None and type(payload) is dict and fits_object(shape, payload):
            event_class: Any = known.event_class
            event: WebhookEvent = event_class(payload, additional_properties={})
            return event
    data = _load(body)
    event_type = data["type"]
    info = BY_TYPE.get(event_type)
    payload, rest, sent = _split(data)
    if info is None:
        if strict:
            raise WebhookUnknownEventError(
                f"Event type {event_type[:80]!r} is not one this SDK knows ({', '.join(BY_TYPE)}); a newer API "
                "sends it. Upgrade the SDK, or unwrap with strict=False to receive it as an UnknownWebhookEvent.",
                event_type=event_type,
            )
        return UnknownWebhookEvent(event_type, payload, rest)
    differs = drift(event_type, payload) if sent else ["the body has no payload"]
    event_class = info.event_class
    if not differs:
        event = event_class(payload, additional_properties=rest)
        return event
    return _drifted(info.type, event_class, payload, rest, tuple(differs), strict)


def _drifted(
    event_type: str, event_class: Any, payload: Any, rest: dict[str, Any], differs: tuple[str, ...], strict: bool
) -> WebhookEvent | UnknownWebhookEvent:
    """A payload that differs from the document: typed if it parses, else as sent; a warning either way."""
    listed = "; ".join(differs[:8]) + (f"; and {len(differs) - 8} more" if len(differs) > 8 else "")
    try:
        event: WebhookEvent = event_class(payload, additional_properties=rest, drift=differs)
        _ = event.payload  # typed now, so that a handler never meets a payload that fails to parse later
    except _PARSE_ERRORS:
        if strict:
            raise WebhookPayloadError(
                f"The signed {event_type!r} event's payload differs from the webhook document so that it cannot "
                f"be typed ({listed}). It is Magic Hour's event: answer it 2XX, and read it with strict=False "
                "(an UnknownWebhookEvent with the payload as sent) or upgrade the SDK."
            ) from None
        warnings.warn(
            WebhookDriftWarning(
                f"A signed {event_type!r} event's payload differs from the webhook document ({listed}), so it "
                "is an UnknownWebhookEvent with the payload as sent. Upgrade the SDK if a newer one reads it."
            ),
            stacklevel=4,
        )
        return UnknownWebhookEvent(event_type, payload, rest, drift=differs)
    warnings.warn(
        WebhookDriftWarning(
            f"A signed {event_type!r} event's payload differs from the webhook document ({listed}); it is typed "
            "all the same, and event.raw_payload has it as sent. Upgrade the SDK if a newer one reads it."
        ),
        stacklevel=4,
    )
    return event
