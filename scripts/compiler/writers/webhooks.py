"""Magic Hour's webhook document -> generated/magic_hour_api/webhooks/ (typed events, their catalog and examples).

spec/magic-hour-webhooks.openapi.json (as received) + spec/webhooks-overlay.yaml (our corrections, OpenAPI Overlay)
  -> `catalog()`: one `Event` per webhook operation, names checked, payloads mapped onto the API's project models
  -> `render()`: webhooks/events.py (one attrs class per event, a union), webhooks/catalog.py (types, headers,
     the status each event announces, an example each), webhooks/__init__.py

Text from the document reaches generated code only as a `repr()` literal or through `_docstring()`; class names
only through `_class_name()`, from the event's own type string (or the overlay's checked `x-sdk-class`); two events
that would share a name are refused. Other problems are collected, not raised.
"""

from __future__ import annotations

import json
import keyword
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compiler.correct import spec_pipeline
from compiler.writers import pyformat

ROOT = Path(__file__).resolve().parents[3]
DOCUMENT = "magic-hour-webhooks.openapi.json"
OVERLAY = "webhooks-overlay.yaml"
_JSON = "application/json"
#: A project GET's payload must share this much of its fields with an event's payload to be its type.
_MATCH = 0.75
#: The value generated examples use for date-time fields the document gives no example for.
_EXAMPLE_TIME = "2024-10-19T05:16:19.027Z"
_BULLET = re.compile(r"^\s*[-*]\s*`([^`]+)`\s*[-\u2013\u2014:]\s*(.*)$")


class WebhooksError(Exception):
    """The webhook document cannot be turned into events; nothing was written."""


@dataclass(frozen=True)
class Event:
    """One webhook event, as the writers see it: every name already checked."""

    type: str  # untrusted: reaches code only through repr()
    class_name: str  # a checked identifier
    summary: str  # untrusted
    payload_schema: dict[str, Any]
    project_get: str | None = None  # the API's GET path whose answer the payload is ("/v1/video-projects/{id}")
    project_module: str | None = None  # its x-sdk-module ("video_projects")
    model: str | None = None  # its 200 model in magic_hour_api.models (a checked identifier)
    status: str | None = None  # the project status the event announces
    example: dict[str, Any] = field(default_factory=dict)
    shape: dict[str, Any] = field(default_factory=dict)  # what unwrap checks the payload against


@dataclass
class Catalog:
    events: list[Event]
    signature_header: str
    timestamp_header: str
    problems: list[str] = field(default_factory=list)  # corrections newly needed, for the update report


# ----- loading ---------------------------------------------------------------------------------------------


def load(root: Path = ROOT, document: Path | None = None) -> tuple[dict[str, Any], spec_pipeline.Notes]:
    """The webhook document with our overlay applied (an overlay action that no longer applies is noted)."""
    path = document or root / "spec" / DOCUMENT
    if not path.exists():
        raise WebhooksError(f"spec/ holds no {DOCUMENT} (Magic Hour's webhook document)")
    try:
        doc = spec_pipeline.load(path)
    except spec_pipeline.SpecError as exc:
        raise WebhooksError(str(exc)) from exc
    notes = spec_pipeline.Notes()
    overlay = root / "spec" / OVERLAY
    if overlay.exists():
        try:
            doc = spec_pipeline.apply_overlay(doc, spec_pipeline.load(overlay), notes)
        except spec_pipeline.SpecError as exc:
            raise WebhooksError(f"spec/{OVERLAY}: {exc}") from exc
    return doc, notes


def _operations(doc: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(where, operation) of every webhook: OpenAPI 3.1's `webhooks`, and `paths` as Magic Hour writes them."""
    out = []
    for section in ("webhooks", "paths"):
        items = doc.get(section)
        for name, item in (items if isinstance(items, dict) else {}).items():
            op = item.get("post") if isinstance(item, dict) else None
            if isinstance(op, dict):
                out.append((f"{section} {name}", op))
    return out


def _body(op: dict[str, Any]) -> dict[str, Any]:
    schema = op.get("requestBody", {}).get("content", {}).get(_JSON, {}).get("schema")
    return schema if isinstance(schema, dict) else {}


# ----- names and text --------------------------------------------------------------------------------------


#: Names the generated package defines besides the event classes: an event may not take one.
_RESERVED = frozenset({"UnknownWebhookEvent", "WebhookEvent", "EventInfo"})


def _class_name(event_type: str) -> str:
    """`video.started` -> VideoStartedEvent, from the type string alone, so that a name never depends on which other
    events a document lists or in what order; a type that yields no plain identifier is named by its hex code
    points (`Event` + hex never ends in `Event`, so it cannot meet a readable name)."""
    words = re.findall(r"[A-Za-z0-9]+", event_type)
    name = "".join(w[:1].upper() + w[1:] for w in words) + "Event"
    if not name[0].isalpha():
        name = "E" + name
    if not (name.isascii() and name.isidentifier() and not keyword.iskeyword(name)) or name == "Event":
        name = "Event" + "".join(f"{ord(c):x}" for c in event_type)
    return name


def _check_names(events: list[Event]) -> None:
    """Two types that make one class name would make a handler's isinstance() match the wrong one: refuse them."""
    owner: dict[str, str] = {name: f"the SDK's own {name}" for name in _RESERVED}
    for e in events:
        other = owner.setdefault(e.class_name, repr(e.type))
        if other != repr(e.type):
            raise WebhooksError(
                f"event types {other} and {e.type!r} both make the class name {e.class_name}, so a handler's "
                "isinstance() could not tell them apart; give the newer one its own name with `x-sdk-class` on its "
                f"operation in spec/{OVERLAY} (the existing class keeps its name)"
            )


def _docstring(text: Any, limit: int = 200) -> str:
    """Document text made safe inside a triple-quoted docstring: one line, no backslashes or quotes to escape."""
    plain = " ".join(str(text or "").split())
    plain = "".join(c for c in plain if c.isprintable())
    plain = plain.replace("\\", "/").replace('"', "'")
    return plain[:limit].rstrip()


def _identifier(name: str) -> str | None:
    return name if name.isascii() and name.isidentifier() and not keyword.iskeyword(name) else None


# ----- the catalog -----------------------------------------------------------------------------------------


def _status_from_prose(payload: dict[str, Any], event_type: str) -> str | None:
    """The status whose bullet in the payload's `status` description names the event ("fires `video.errored`")."""
    status = payload.get("properties", {}).get("status", {})
    for line in str(status.get("description", "")).splitlines():
        match = _BULLET.match(line)
        if match and f"`{event_type}`" in match.group(2):
            return match.group(1)
    return None


def _project_gets(api: dict[str, Any]) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(path, GET operation, its 200 schema) of every project GET in the API document (`x-sdk-project`)."""
    out = []
    for path, item in api.get("paths", {}).items():
        op = item.get("get") if isinstance(item, dict) else None
        if isinstance(op, dict) and isinstance(op.get("x-sdk-project"), dict):
            ok = op.get("responses", {}).get("200", {}).get("content", {}).get(_JSON, {}).get("schema", {})
            out.append((path, op, ok))
    return out


def _match_project(
    payload: dict[str, Any], gets: list[tuple[str, dict[str, Any], dict[str, Any]]]
) -> tuple[str, dict[str, Any]] | None:
    """The project GET whose answer has the payload's shape: every field it requires is in the payload, and the
    two share most of their fields. None when no GET fits (the payload then stays a plain mapping)."""
    fields = set(payload.get("properties", {}))
    best: tuple[float, str, dict[str, Any]] | None = None
    for path, op, ok in gets:
        theirs = set(ok.get("properties", {}))
        if not fields or not set(ok.get("required", [])) <= fields:
            continue
        score = len(fields & theirs) / len(fields | theirs)
        if score >= _MATCH and (best is None or score > best[0]):
            best = (score, path, op)
    return (best[1], best[2]) if best else None


def _example(schema: Any, status: str | None, rules: dict[str, Any], depth: int = 0) -> Any:
    """A value of `schema` built from the document's examples, for `trigger`: the event's own status, outputs
    only on success and error objects only on failure (from the project's `x-sdk-project`)."""
    if not isinstance(schema, dict) or depth > 6:
        return None
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        out = {}
        for name, prop in schema.get("properties", {}).items():
            if name == "status" and status is not None and depth == 0:
                out[name] = status
            elif name == (rules.get("outputs") or {}).get("array") and depth == 0:
                done = status in rules.get("success", [])
                out[name] = [_example(prop.get("items"), status, rules, 1)] if done else []
            elif prop.get("nullable") and prop.get("type") == "object" and depth == 0:
                failed = status in rules.get("failure", [])
                out[name] = _example({**prop, "nullable": False}, status, rules, 1) if failed else None
            else:
                out[name] = _example(prop, status, rules, depth + 1)
        return out
    if "example" in schema:
        return schema["example"]
    if schema.get("enum"):
        return schema["enum"][0]
    if kind == "array":
        return []
    if kind == "string":
        return _EXAMPLE_TIME if schema.get("format") == "date-time" else ""
    return {"integer": 0, "number": 0.0, "boolean": True}.get(str(kind))


_KINDS = ("string", "integer", "number", "boolean", "array", "object")
_FORMATS = ("date-time", "date")  # the formats the generated models parse (and so can fail on)


def _shape_field(schema: Any, model: Any, depth: int) -> dict[str, Any]:
    """One field's shape: its JSON kinds, enum, parsed format, and the shape of its items or properties."""
    schema = schema if isinstance(schema, dict) else {}
    model = model if isinstance(model, dict) else {}
    kind = schema.get("type")
    kinds = [k for k in (kind if isinstance(kind, list) else [kind]) if k in (*_KINDS, "null")]
    if not kinds and "properties" in schema:
        kinds = ["object"]
    if not kinds:
        return {}  # anything goes: the document does not say
    if schema.get("nullable") and "null" not in kinds:
        kinds.append("null")
    out: dict[str, Any] = {"kinds": sorted(kinds)}
    enum = schema.get("enum")
    if isinstance(enum, list) and enum and all(isinstance(v, str | int | bool) for v in enum):
        out["enum"] = [v for v in enum if v is not None]
    if schema.get("format") in _FORMATS:
        out["format"] = schema["format"]
    if "object" in kinds and depth < 4 and isinstance(schema.get("properties"), dict):
        out["object"] = _payload_shape(schema, model, depth + 1)
    if "array" in kinds and depth < 4:
        items = _shape_field(schema.get("items"), model.get("items"), depth + 1)
        if items:
            out["items"] = items
    return out


def _payload_shape(schema: dict[str, Any], model: dict[str, Any], depth: int = 0) -> dict[str, Any]:
    """An object's shape for `unwrap`'s drift check: the payload's fields as the webhook document states them, and
    those the project GET's answer adds (its model reads them); required when either requires it."""
    props = schema.get("properties") if isinstance(schema.get("properties"), dict) else {}
    theirs = model.get("properties") if isinstance(model.get("properties"), dict) else {}
    known = {**theirs, **props}
    required = {str(r) for r in [*schema.get("required", []), *model.get("required", [])] if r in known}
    return {
        "required": sorted(required),
        "fields": {str(name): _shape_field(prop, theirs.get(name), depth) for name, prop in known.items()},
    }


def catalog(doc: dict[str, Any], api: dict[str, Any], models: dict[str, str]) -> Catalog:
    """The events of the webhook document; `api` is openapi.yaml, `models` maps "GET path" to its 200 model."""
    gets = _project_gets(api)
    events: list[Event] = []
    problems: list[str] = []
    headers: dict[str, set[str]] = {"signature": set(), "timestamp": set()}
    seen: set[str] = set()
    for where, op in _operations(doc):
        body = _body(op)
        kinds = body.get("properties", {}).get("type", {}).get("enum") or [op.get("operationId")]
        if len(kinds) != 1 or not isinstance(kinds[0], str) or not kinds[0]:
            problems.append(f"{where}: the body's `type` is not one fixed string, so the event has no name")
            continue
        event_type = kinds[0]
        if event_type in seen:
            problems.append(f"{where}: event type {event_type!r} is defined twice; the first is kept")
            continue
        seen.add(event_type)
        for param in op.get("parameters", []):
            name = str(param.get("name", "")).lower() if param.get("in") == "header" else ""
            for role in headers:
                if role in name:
                    headers[role].add(name)
        payload = body.get("properties", {}).get("payload", {})
        payload = payload if isinstance(payload, dict) else {}
        match = _match_project(payload, gets)
        status = op.get("x-sdk-status") or _status_from_prose(payload, event_type)
        known = payload.get("properties", {}).get("status", {}).get("enum")
        if status is None:
            problems.append(
                f"{where}: which project status sends {event_type!r} is not stated; add x-sdk-status to the "
                f"operation in spec/{OVERLAY} (the sandbox does not send it until then)"
            )
        elif known and status not in known:
            problems.append(f"{where}: x-sdk-status {status!r} is not one of the payload's statuses {known}")
            status = None
        project_get = module = model = None
        rules: dict[str, Any] = {}
        answer: dict[str, Any] = {}
        if match is None:
            problems.append(f"{where}: the payload matches no project GET of the API; it stays a plain mapping")
        else:
            project_get, get_op = match
            module = str(get_op.get("x-sdk-module") or "") or None
            model = _identifier(models.get(f"GET {project_get}", ""))
            rules = get_op["x-sdk-project"]
            answer = next(ok for path, _, ok in gets if path == project_get)
            if model is None:
                problems.append(f"{where}: GET {project_get} has no generated model; the payload stays a mapping")
        events.append(
            Event(
                type=event_type,
                class_name=_identifier(str(op.get("x-sdk-class") or "")) or _class_name(event_type),
                summary=str(op.get("summary") or ""),
                payload_schema=payload,
                project_get=project_get,
                project_module=module,
                model=model,
                status=status,
                example={"type": event_type, "payload": _example(payload, status, rules)},
                shape=_payload_shape(payload, answer if model else {}),
            )
        )
    if not events:
        raise WebhooksError("the webhook document defines no events")
    _check_names(events)
    found = {}
    for role, names in headers.items():
        if len(names) != 1:
            raise WebhooksError(f"the webhook document names {len(names)} {role} headers ({sorted(names)}), not one")
        found[role] = names.pop()
    return Catalog(events, found["signature"], found["timestamp"], problems)


# ----- the files -------------------------------------------------------------------------------------------

_HEADER = (
    '"""{what}: written from spec/{doc} by scripts/generate; do not edit."""\n\nfrom __future__ import annotations\n'
)


def _events_module(cat: Catalog) -> str:
    models = sorted({e.model for e in cat.events if e.model})
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
    for e in cat.events:
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
        f"WebhookEvent: TypeAlias = {' | '.join(e.class_name for e in cat.events)}",
        "",
    ]
    return "\n".join(lines)


def _catalog_module(cat: Catalog) -> str:
    lines = [
        _HEADER.format(what="The webhook events' catalog: types, headers, statuses and examples", doc=DOCUMENT),
        "import json",
        "from typing import Any",
        "",
        "import attrs",
        "",
        f"from .events import {', '.join(e.class_name for e in cat.events)}",
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
        f"SIGNATURE_HEADER = {cat.signature_header!r}",
        f"TIMESTAMP_HEADER = {cat.timestamp_header!r}",
        "",
        "EVENTS: tuple[EventInfo, ...] = (",
    ]
    for e in cat.events:
        example = json.dumps(e.example, ensure_ascii=True, separators=(",", ":"))
        lines += [
            "    EventInfo(",
            f"        type={e.type!r},",
            f"        event_class={e.class_name},",
            f"        summary={e.summary!r},",
            f"        project_get={e.project_get!r},",
            f"        project_module={e.project_module!r},",
            f"        status={e.status!r},",
            f"        example_json={example!r},",
            f"        shape_json={json.dumps(e.shape, ensure_ascii=True, separators=(',', ':'), sort_keys=True)!r},",
            "    ),",
        ]
    lines += [
        ")",
        "EVENT_TYPES: tuple[str, ...] = tuple(e.type for e in EVENTS)",
        "BY_TYPE: dict[str, EventInfo] = {e.type: e for e in EVENTS}",
        "",
    ]
    return "\n".join(lines)


def _init_module(cat: Catalog) -> str:
    names = [e.class_name for e in cat.events]
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


def render_catalog(cat: Catalog) -> dict[str, bytes]:
    """The files of `magic_hour_api/webhooks/` (paths relative to the package)."""
    return _format(
        {"__init__.py": _init_module(cat), "events.py": _events_module(cat), "catalog.py": _catalog_module(cat)}
    )


def build(api: dict[str, Any], models: dict[str, str], root: Path = ROOT) -> tuple[Catalog, spec_pipeline.Notes]:
    doc, notes = load(root)
    return catalog(doc, api, models), notes


def render(api: dict[str, Any], models: dict[str, str], root: Path = ROOT) -> dict[str, bytes]:
    """generate.py's hook: the webhook files for the client tree; exits, writing nothing, when they cannot be made."""
    try:
        cat, notes = build(api, models, root)
    except WebhooksError as exc:
        sys.exit(f"generate: {exc}; nothing was written.")
    if notes.vanished:
        lines = "\n  ".join(notes.vanished)
        sys.exit(f"generate: spec/{OVERLAY} no longer applies; nothing was written.\n  {lines}")
    return render_catalog(cat)


# ----- update-spec -----------------------------------------------------------------------------------------


def _shape(doc: dict[str, Any]) -> dict[str, set[str]]:
    out = {}
    for _, op in _operations(doc):
        body = _body(op)
        kinds = body.get("properties", {}).get("type", {}).get("enum") or [op.get("operationId")]
        out[str(kinds[0])] = set(body.get("properties", {}).get("payload", {}).get("properties", {}))
    return out


def changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Events and payload fields added or removed between two versions of the webhook document."""
    before, after = _shape(old), _shape(new)
    lines = [f"event added:       {t}" for t in after if t not in before]
    lines += [f"event removed:     {t} (breaking: its class goes)" for t in before if t not in after]
    for t in (t for t in after if t in before):
        lines += [f"field added:       {t}: payload.{f}" for f in sorted(after[t] - before[t])]
        lines += [f"field removed:     {t}: payload.{f}" for f in sorted(before[t] - after[t])]
    return lines


def update(path: Path, api: dict[str, Any], root: Path = ROOT) -> tuple[int, list[str]]:
    """update-spec's hook: check a new webhook document, store it as received; (exit code, report lines)."""
    target = root / "spec" / DOCUMENT
    try:
        new, notes = load(root, path)
        old = load(root)[0] if target.exists() else {"paths": {}}
        cat = catalog(new, api, {})
    except (OSError, WebhooksError) as exc:
        return 1, [f"update-spec: the webhook document {path.name} cannot be used: {exc}; nothing was changed."]
    if notes.vanished:
        return 1, [f"update-spec: spec/{OVERLAY} no longer applies to {path.name}; nothing was changed:"] + [
            f"  {line}" for line in notes.vanished
        ]
    target.write_bytes(path.read_bytes())
    report = ["Changes in Magic Hour's webhook document:"]
    report += [f"  {line}" for line in changes(old, new)] or ["  none in events or payload fields"]
    needed = [p for p in cat.problems if "has no generated model" not in p]
    if needed:
        report += [f"Webhook corrections newly needed (spec/{OVERLAY}):"] + [f"  {p}" for p in needed]
    return 0, report


def update_main(path: Path, root: Path = ROOT) -> int:
    """`scripts/update-spec --webhooks PATH`: check and store the webhook document and print what changed."""
    import yaml

    api = yaml.load(
        (root / "openapi.yaml").read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    )
    code, report = update(path, api, root)
    print("\n".join(report), file=sys.stderr if code else sys.stdout)
    return code
