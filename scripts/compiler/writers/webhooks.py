"""Magic Hour's webhook events (compiler/model/events.py) -> generated/magic_hour_api/webhooks/.

The corrected webhook document (compiler/correct/webhooks.py) is read into the model of events
(`events.build_events`: names checked, payloads mapped onto the API's project GETs, statuses); this module only
renders that model:
  webhooks/events.py (one attrs class per event, a union), webhooks/catalog.py (types, headers, the status each
  event announces, an example each, the shape unwrap checks payloads against), webhooks/__init__.py

Text from the document reaches generated code only as a `repr()` literal or through `_docstring()`; class names
are the model's checked identifiers. A model with refusals (two events sharing a class name, no events) is not
rendered; its other problems are for update-spec's report.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from compiler.model.api import Field
from compiler.model.events import DOCUMENT, Event, Events, WebhooksError
from compiler.writers import pyformat

__all__ = ["DOCUMENT", "WebhooksError", "render"]

#: The value generated examples use for date-time fields the document gives no example for.
_EXAMPLE_TIME = "2024-10-19T05:16:19.027Z"


def _docstring(text: Any, limit: int = 200) -> str:
    """Document text made safe inside a triple-quoted docstring: one line, no backslashes or quotes to escape."""
    plain = " ".join(str(text or "").split())
    plain = "".join(c for c in plain if c.isprintable())
    plain = plain.replace("\\", "/").replace('"', "'")
    return plain[:limit].rstrip()


# ----- examples and shapes ---------------------------------------------------------------------------------


def _is_object(field: Field) -> bool:
    return field.kind == "object" or bool(field.fields)


def _example_field(prop: Field, status: str | None, rules: Mapping[str, Any], depth: int) -> Any:
    """One property's value: at the payload's top, the event's own status, outputs only on success and error
    objects only on failure."""
    if prop.name == "status" and status is not None and depth == 0:
        return status
    if prop.name == (rules.get("outputs") or {}).get("array") and depth == 0:
        done = status in rules.get("success", [])
        return [_example(prop.items, status, rules, 1)] if done else []
    if prop.nullable and prop.kind == "object" and depth == 0:
        failed = status in rules.get("failure", [])
        return _example(prop, status, rules, 1) if failed else None
    return _example(prop, status, rules, depth + 1)


def _example(field: Field | None, status: str | None, rules: Mapping[str, Any], depth: int = 0) -> Any:
    """A value of `field` built from the document's examples, for `trigger` (the project's `x-sdk-project` says
    which statuses succeed and fail, and which array holds the outputs)."""
    if field is None or depth > 6:
        return None
    if _is_object(field):
        return {f.name: _example_field(f, status, rules, depth) for f in field.fields}
    if field.example is not None:
        return field.example
    if field.enum:
        return field.enum[0]
    if field.kind == "array":
        return []
    if field.kind == "string":
        return _EXAMPLE_TIME if field.format == "date-time" else ""
    return {"integer": 0, "number": 0.0, "boolean": True}.get(field.kind)


def _example_body(event: Event) -> dict[str, Any]:
    """A sample body of the event."""
    return {"type": event.type, "payload": _example(event.payload, event.status, event.rules)}


_KINDS = ("string", "integer", "number", "boolean", "array", "object")
_FORMATS = ("date-time", "date")  # the formats the generated models parse (and so can fail on)


def _shape_field(field: Field | None, theirs: Field | None, depth: int) -> dict[str, Any]:
    """One field's shape: its JSON kinds, enum, parsed format, and the shape of its items or properties."""
    if field is None:
        return {}
    kinds = [k for k in field.types if k in (*_KINDS, "null")]
    if not kinds and _is_object(field):
        kinds = ["object"]
    if not kinds:
        return {}  # anything goes: the document does not say
    if field.nullable and "null" not in kinds:
        kinds.append("null")
    out: dict[str, Any] = {"kinds": sorted(kinds)}
    if field.enum and all(isinstance(v, str | int | bool) for v in field.enum):
        out["enum"] = [v for v in field.enum if v is not None]
    if field.format in _FORMATS:
        out["format"] = field.format
    if "object" in kinds and depth < 4 and field.fields:
        out["object"] = _payload_shape(field, theirs, depth + 1)
    if "array" in kinds and depth < 4:
        items = _shape_field(field.items, theirs.items if theirs is not None else None, depth + 1)
        if items:
            out["items"] = items
    return out


def _payload_shape(field: Field, theirs: Field | None, depth: int = 0) -> dict[str, Any]:
    """An object's shape for `unwrap`'s drift check: the payload's fields as the webhook document states them, and
    those the project GET's answer adds (its model reads them); required when either requires it."""
    answer = {f.name: f for f in theirs.fields} if theirs is not None else {}
    known = {**answer, **{f.name: f for f in field.fields}}
    required = {f.name for f in (*field.fields, *answer.values()) if f.required}
    return {
        "required": sorted(required),
        "fields": {name: _shape_field(prop, answer.get(name), depth) for name, prop in known.items()},
    }


def _shape(event: Event) -> dict[str, Any]:
    """What unwrap checks the event's payload against (the project's answer joins in when its model is known)."""
    answer = event.project.response if event.project is not None and event.model else None
    return _payload_shape(event.payload, answer)


# ----- the files -------------------------------------------------------------------------------------------

_HEADER = (
    '"""{what}: written from spec/{doc} by scripts/generate; do not edit."""\n\nfrom __future__ import annotations\n'
)


def _events_module(events: Events) -> str:
    models = sorted({e.model for e in events.events if e.model})
    lines = [
        _HEADER.format(what="Magic Hour's webhook events, one typed class each", doc=DOCUMENT),
        "from collections.abc import Mapping",
        "from typing import Any, Literal, TypeAlias",
        "",
        "import attrs",
        "",
    ]
    if models:
        lines.append(f"from ..models import {', '.join(models)}")
    lines.append("")
    for e in events.events:
        payload = e.model or "dict[str, Any]"
        typed = f"{e.model}.from_dict(self.raw_payload)" if e.model else "self.raw_payload"
        what = f"the project as GET {e.project_get} answers it" if e.project_get else "a mapping"
        lines += [
            "",
            "@attrs.define",
            f"class {e.class_name}:",
            f'    """{_docstring(repr(e.type))} ({_docstring(e.summary, 80)}): its payload is {_docstring(what)}."""',
            "",
            "    raw_payload: dict[str, Any]  # the payload as sent",
            f"    type: Literal[{e.type!r}] = {e.type!r}",
            "    additional_properties: dict[str, Any] = attrs.field(factory=dict)",
            "    drift: tuple[str, ...] = ()  # where the payload differs from the webhook document (unwrap warned)",
            f"    _payload: {payload} | None = attrs.field(default=None, init=False, repr=False, eq=False)",
            "",
            "    @property",
            f"    def payload(self) -> {payload}:",
            '        """The payload, typed on first use (unwrap checked that it parses)."""',
            "        if self._payload is None:",
            f"            self._payload = {typed}",
            "        return self._payload",
            "",
            "    @classmethod",
            f"    def from_dict(cls, src: Mapping[str, Any]) -> {e.class_name}:",
            '        """The event from its JSON body (already known to be of this type)."""',
            "        data = dict(src)",
            "        data.pop('type', None)",
            "        return cls(dict(data.pop('payload')), additional_properties=data)",
            "",
            "    def to_dict(self) -> dict[str, Any]:",
            "        return {**self.additional_properties, 'type': self.type, 'payload': self.raw_payload}",
            "",
        ]
    lines += [
        "",
        "@attrs.define",
        "class UnknownWebhookEvent:",
        '    """An event this SDK cannot type: a type it was not generated with (a newer API), or a known type whose',
        '    payload drifted too far to parse (`drift` says how; unwrap warned). Its type and payload as sent."""',
        "",
        "    type: str",
        "    payload: Any",
        "    additional_properties: dict[str, Any] = attrs.field(factory=dict)",
        "    drift: tuple[str, ...] = ()",
        "",
        "    @property",
        "    def raw_payload(self) -> Any:",
        '        """The payload as sent (the same as `payload`, as on the typed events)."""',
        "        return self.payload",
        "",
        "    @classmethod",
        "    def from_dict(cls, src: Mapping[str, Any]) -> UnknownWebhookEvent:",
        "        data = dict(src)",
        "        return cls(type=str(data.pop('type')), payload=data.pop('payload', None), additional_properties=data)",
        "",
        "    def to_dict(self) -> dict[str, Any]:",
        "        return {**self.additional_properties, 'type': self.type, 'payload': self.payload}",
        "",
        "",
        "#: Every event the document defines.",
        f"WebhookEvent: TypeAlias = {' | '.join(e.class_name for e in events.events)}",
        "",
    ]
    return "\n".join(lines)


def _catalog_module(events: Events) -> str:
    lines = [
        _HEADER.format(what="The webhook events' catalog: types, headers, statuses and examples", doc=DOCUMENT),
        "import json",
        "from typing import Any",
        "",
        "import attrs",
        "",
        f"from .events import {', '.join(e.class_name for e in events.events)}",
        "",
        "",
        "@attrs.frozen",
        "class EventInfo:",
        '    """One event of the document: what the sandbox sends, `trigger` imitates and `unwrap` parses."""',
        "",
        "    type: str",
        "    event_class: type[Any]",
        "    summary: str",
        "    project_get: str | None  # the API GET whose answer the payload is",
        "    project_module: str | None  # the SDK module whose check_result() follows that project",
        "    status: str | None  # the project status the event announces (None: not stated)",
        "    example_json: str  # a sample body built from the document's examples",
        "    shape_json: str  # the payload's fields, kinds and enums, for unwrap's drift check",
        "",
        "    def example(self) -> dict[str, Any]:",
        '        """A fresh copy of the sample body."""',
        "        return dict(json.loads(self.example_json))",
        "",
        "",
        f"SIGNATURE_HEADER = {events.signature_header!r}",
        f"TIMESTAMP_HEADER = {events.timestamp_header!r}",
        "",
        "EVENTS: tuple[EventInfo, ...] = (",
    ]
    for e in events.events:
        example = json.dumps(_example_body(e), ensure_ascii=True, separators=(",", ":"))
        lines += [
            "    EventInfo(",
            f"        type={e.type!r},",
            f"        event_class={e.class_name},",
            f"        summary={e.summary!r},",
            f"        project_get={e.project_get!r},",
            f"        project_module={e.project_module!r},",
            f"        status={e.status!r},",
            f"        example_json={example!r},",
            f"        shape_json={json.dumps(_shape(e), ensure_ascii=True, separators=(',', ':'), sort_keys=True)!r},",
            "    ),",
        ]
    lines += [
        ")",
        "EVENT_TYPES: tuple[str, ...] = tuple(e.type for e in EVENTS)",
        "BY_TYPE: dict[str, EventInfo] = {e.type: e for e in EVENTS}",
        "",
    ]
    return "\n".join(lines)


def _init_module(events: Events) -> str:
    names = [e.class_name for e in events.events]
    fixed = ["BY_TYPE", "EVENTS", "EVENT_TYPES", "EventInfo", "SIGNATURE_HEADER", "TIMESTAMP_HEADER"]
    exported = sorted([*names, *fixed, "UnknownWebhookEvent", "WebhookEvent"])
    return "\n".join(
        [
            _HEADER.format(what="Magic Hour's webhook events (typed classes, their union and catalog)", doc=DOCUMENT),
            "from .catalog import BY_TYPE, EVENT_TYPES, EVENTS, SIGNATURE_HEADER, TIMESTAMP_HEADER, EventInfo",
            f"from .events import {', '.join(names)}, UnknownWebhookEvent, WebhookEvent",
            "",
            f"__all__ = {exported!r}",
            "",
        ]
    )


def _format(files: dict[str, str]) -> dict[str, bytes]:
    try:
        return {f"webhooks/{name}": data for name, data in pyformat.format_python(files).items()}
    except pyformat.FormatError as exc:
        raise WebhooksError(str(exc)) from None


def render(events: Events) -> dict[str, bytes]:
    """The files of `magic_hour_api/webhooks/` (paths relative to the package), from the model of the events;
    WebhooksError names why a model that cannot be written is refused."""
    if events.refusals:
        raise WebhooksError("; ".join(events.refusals))
    return _format(
        {
            "__init__.py": _init_module(events),
            "events.py": _events_module(events),
            "catalog.py": _catalog_module(events),
        }
    )
