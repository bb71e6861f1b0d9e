"""The model of Magic Hour's webhook events: the corrected webhook document read once into typed objects.

`build_events(webhook_doc, api)` reads every webhook operation (OpenAPI 3.1's `webhooks`, and `paths` as Magic
Hour writes them) into an `Event`: its type string, the class name the SDK gives it, its payload as a tree of
`compiler.model.api.Field` (read as the API's fields are), the project GET of the API whose answer has the
payload's shape, and the project status it announces. The writer (writers/webhooks.py) and update-spec's change
listing read these, never the JSON.

Problems are collected as values, as `Api.problems`: `Events.problems` are corrections newly needed (an event
still gets its class), `Events.refusals` are why no events can be written (two events sharing a class name, no
events at all, not one signature header).
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from compiler.correct.webhooks import DOCUMENT, OVERLAY, ROOT, WebhooksError, load
from compiler.model.api import Api, Field, ModelError, Operation, dereferenced, read_field

_JSON = "application/json"
#: A project GET's payload must share this much of its fields with an event's payload to be its type.
_MATCH = 0.75
_BULLET = re.compile(r"^\s*[-*]\s*`([^`]+)`\s*[-\u2013\u2014:]\s*(.*)$")
#: Names the generated package defines besides the event classes: an event may not take one.
RESERVED = frozenset({"UnknownWebhookEvent", "WebhookEvent", "EventInfo"})
_HEADERS = ("signature", "timestamp")


__all__ = ["DOCUMENT", "Event", "Events", "WebhooksError", "build_events", "read"]


@dataclass(frozen=True, eq=False)
class Event:
    """One webhook event, as the writers see it: every name already checked."""

    type: str  # untrusted: reaches code only through repr()
    class_name: str  # a checked identifier
    summary: str  # untrusted
    where: str  # where the document defines it ("paths /video.started")
    payload: Field  # the payload as the webhook document states it
    project: Operation | None  # the API's project GET whose answer the payload is
    status: str | None  # the project status the event announces (None: not stated)

    @property
    def project_get(self) -> str | None:
        """The project GET's path ("/v1/video-projects/{id}")."""
        return self.project.path if self.project is not None else None

    @property
    def project_module(self) -> str | None:
        """The SDK module whose check_result() follows that project ("video_projects")."""
        return (self.project.module or None) if self.project is not None else None

    @property
    def model(self) -> str | None:
        """The project GET's 200 model in magic_hour_api.models (a checked identifier), once names are attached."""
        found = self.project.response_model if self.project is not None else None
        return identifier(found.split(":")[-1]) if found else None

    @property
    def rules(self) -> Mapping[str, Any]:
        """The project's x-sdk-project (statuses meaning success or failure, its outputs), {} with no project."""
        return (self.project.project or {}) if self.project is not None else {}


@dataclass(frozen=True)
class Events:
    """Every event of the webhook document, the headers they are sent with, and what is wrong with them."""

    events: tuple[Event, ...]
    signature_header: str  # "" when the document does not name exactly one (see refusals)
    timestamp_header: str
    problems: tuple[str, ...]  # corrections newly needed, for the update report
    refusals: tuple[str, ...]  # why no events can be written from this document

    def payload_fields(self) -> dict[str, set[str]]:
        """Each event type's payload field names: what update-spec's change listing compares."""
        return {e.type: {f.name for f in e.payload.fields} for e in self.events}


# ----- names -----------------------------------------------------------------------------------------------


def identifier(name: str) -> str | None:
    """`name` when it can stand in code as it is, else None."""
    return name if name.isascii() and name.isidentifier() and not keyword.iskeyword(name) else None


def class_name(event_type: str) -> str:
    """`video.started` -> VideoStartedEvent, from the type string alone, so that a name never depends on which other
    events a document lists or in what order; a type that yields no plain identifier is named by its hex code
    points (`Event` + hex never ends in `Event`, so it cannot meet a readable name)."""
    words = re.findall(r"[A-Za-z0-9]+", event_type)
    name = "".join(w[:1].upper() + w[1:] for w in words) + "Event"
    if not name[0].isalpha():
        name = "E" + name
    if identifier(name) is None or name == "Event":
        name = "Event" + "".join(f"{ord(c):x}" for c in event_type)
    return name


def _name_clashes(events: list[Event]) -> list[str]:
    """Two types that make one class name would make a handler's isinstance() match the wrong one: refuse them."""
    owner: dict[str, str] = {name: f"the SDK's own {name}" for name in sorted(RESERVED)}
    out = []
    for e in events:
        other = owner.setdefault(e.class_name, repr(e.type))
        if other != repr(e.type):
            out.append(
                f"event types {other} and {e.type!r} both make the class name {e.class_name}, so a handler's "
                "isinstance() could not tell them apart; give the newer one its own name with `x-sdk-class` on its "
                f"operation in spec/{OVERLAY} (the existing class keeps its name)"
            )
    return out


# ----- the document ----------------------------------------------------------------------------------------


def _operations(doc: Mapping[str, Any]) -> list[tuple[str, Mapping[str, Any]]]:
    """(where, operation) of every webhook: OpenAPI 3.1's `webhooks`, and `paths` as Magic Hour writes them."""
    out = []
    for section in ("webhooks", "paths"):
        items = doc.get(section)
        for name, item in (items if isinstance(items, Mapping) else {}).items():
            op = item.get("post") if isinstance(item, Mapping) else None
            if isinstance(op, Mapping):
                out.append((f"{section} {name}", op))
    return out


def _body(op: Mapping[str, Any]) -> Field:
    """The operation's JSON body as a field (an empty object's when it states none)."""
    body = op.get("requestBody")
    content = body.get("content") if isinstance(body, Mapping) else None
    media = content.get(_JSON) if isinstance(content, Mapping) else None
    schema = media.get("schema") if isinstance(media, Mapping) else None
    return read_field(schema if isinstance(schema, Mapping) else {})


def _event_type(op: Mapping[str, Any], body: Field) -> str | None:
    """The fixed string of the body's `type` (or the operationId when it states none); None when not one string."""
    typed = body.field("type")
    kinds = (typed.enum if typed is not None else ()) or (op.get("operationId"),)
    return kinds[0] if len(kinds) == 1 and isinstance(kinds[0], str) and kinds[0] else None


def _headers(op: Mapping[str, Any]) -> dict[str, set[str]]:
    """The header parameters the operation names, by the role their name says (signature, timestamp)."""
    found: dict[str, set[str]] = {role: set() for role in _HEADERS}
    params = op.get("parameters")
    for param in params if isinstance(params, list) else ():
        name = str(param.get("name", "")).lower() if isinstance(param, Mapping) and param.get("in") == "header" else ""
        for role in _HEADERS:
            if role in name:
                found[role].add(name)
    return found


# ----- status and project ----------------------------------------------------------------------------------


def _status_from_prose(payload: Field, event_type: str) -> str | None:
    """The status whose bullet in the payload's `status` description names the event ("fires `video.errored`")."""
    status = payload.field("status")
    for line in (status.description if status is not None else "").splitlines():
        match = _BULLET.match(line)
        if match and f"`{event_type}`" in match.group(2):
            return match.group(1)
    return None


def _status(where: str, op: Mapping[str, Any], payload: Field, event_type: str, problems: list[str]) -> str | None:
    """The status the event announces: the overlay's x-sdk-status, else the payload's prose; checked against the
    payload's statuses."""
    stated = op.get("x-sdk-status")
    status = str(stated) if stated else _status_from_prose(payload, event_type)
    field = payload.field("status")
    known = list(field.enum) if field is not None else []
    if status is None:
        problems.append(
            f"{where}: which project status sends {event_type!r} is not stated; add x-sdk-status to the "
            f"operation in spec/{OVERLAY} (the sandbox does not send it until then)"
        )
    elif known and status not in known:
        problems.append(f"{where}: x-sdk-status {status!r} is not one of the payload's statuses {known}")
        return None
    return status


def project_gets(api: Api) -> list[Operation]:
    """Every project GET of the API (`x-sdk-project`) with an answer: what a payload can be."""
    return [op for op in api.operations if op.method == "GET" and op.project is not None and op.response is not None]


def _match_project(payload: Field, gets: list[Operation]) -> Operation | None:
    """The project GET whose answer has the payload's shape: every field it requires is in the payload, and the
    two share most of their fields. None when no GET fits (the payload then stays a plain mapping)."""
    fields = {f.name for f in payload.fields}
    best: tuple[float, Operation] | None = None
    for op in gets:
        answer = op.response.fields if op.response is not None else ()
        theirs = {f.name for f in answer}
        if not fields or not {f.name for f in answer if f.required} <= fields:
            continue
        score = len(fields & theirs) / len(fields | theirs)
        if score >= _MATCH and (best is None or score > best[0]):
            best = (score, op)
    return best[1] if best else None


# ----- the events ------------------------------------------------------------------------------------------


def _event(
    where: str, op: Mapping[str, Any], body: Field, event_type: str, gets: list[Operation], problems: list[str]
) -> Event:
    """One event of a webhook operation whose type is known; what it lacks is added to `problems`."""
    payload = body.field("payload") or read_field({}, "payload", "payload", False)
    status = _status(where, op, payload, event_type, problems)
    project = _match_project(payload, gets)
    if project is None:
        problems.append(f"{where}: the payload matches no project GET of the API; it stays a plain mapping")
    event = Event(
        type=event_type,
        class_name=identifier(str(op.get("x-sdk-class") or "")) or class_name(event_type),
        summary=str(op.get("summary") or ""),
        where=where,
        payload=payload,
        project=project,
        status=status,
    )
    if project is not None and event.model is None:
        problems.append(f"{where}: GET {project.path} has no generated model; the payload stays a mapping")
    return event


def build_events(webhook_doc: dict[str, Any], api: Api) -> Events:
    """The events of the (corrected) webhook document; `api` is the API's model, its names attached or not."""
    gets = project_gets(api)
    events: list[Event] = []
    problems: list[str] = []
    headers: dict[str, set[str]] = {role: set() for role in _HEADERS}
    for where, raw in _operations(webhook_doc):
        try:
            op = dereferenced(webhook_doc, raw)
        except ModelError as exc:
            problems.append(f"{where}: {exc}; the event is left out")
            continue
        body = _body(op)
        event_type = _event_type(op, body)
        if event_type is None:
            problems.append(f"{where}: the body's `type` is not one fixed string, so the event has no name")
            continue
        if any(e.type == event_type for e in events):
            problems.append(f"{where}: event type {event_type!r} is defined twice; the first is kept")
            continue
        for role, names in _headers(op).items():
            headers[role] |= names
        events.append(_event(where, op, body, event_type, gets, problems))
    refusals = [] if events else ["the webhook document defines no events"]
    refusals += _name_clashes(events)
    found = {}
    for role, names in headers.items():
        if len(names) == 1:
            found[role] = next(iter(names))
        elif events:
            refusals.append(f"the webhook document names {len(names)} {role} headers ({sorted(names)}), not one")
    return Events(
        tuple(events), found.get("signature", ""), found.get("timestamp", ""), tuple(problems), tuple(refusals)
    )


def read(api: Api, root: Path = ROOT) -> Events:
    """The stored webhook document's events, corrected; WebhooksError when it cannot be read, when a correction
    no longer applies, or when its events cannot be written (two types sharing a class name, no events)."""
    doc, notes = load(root)
    if notes.vanished:
        lines = "\n  ".join(notes.vanished)
        raise WebhooksError(f"spec/{OVERLAY} no longer applies:\n  {lines}")
    events = build_events(doc, api)
    if events.refusals:
        raise WebhooksError("; ".join(events.refusals))
    return events
