"""Names Magic Hour's document no longer lists but the SDK still accepts, for a deprecation window.

The corrections state them (see CONTRIBUTING, "Deprecations"): `x-sdk-deprecated` on an object schema maps a
field's name to `{schema, since, replacement, send}`; `x-sdk-deprecated-values` on a field's schema maps an enum
value to `{since, replacement, send}`. `send` says what goes over the wire: `as-is` (the API still takes it),
`drop` (it would be refused; leave it out) or `{map: ...}` (send the replacement instead: a value, or for a
field `{to: <field>, values: {old: new}}`). Passing one warns with a DeprecationWarning naming the replacement.
A value sent `as-is` is back in its field's enum (so the generated models take it), named in `x-sdk-kept-values`.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping
from typing import Any

from . import _spec

_FIELDS = "x-sdk-deprecated"
_VALUES = "x-sdk-deprecated-values"
_KEPT = "x-sdk-kept-values"


def accepting(schema: Mapping[str, Any], converted: dict[str, Any], convert: Callable[[Any], Any]) -> dict[str, Any]:
    """A JSON Schema (`converted` from `schema`) that also accepts the deprecated fields and values it names."""
    fields = schema.get(_FIELDS)
    if isinstance(fields, Mapping) and isinstance(converted.get("properties"), dict):
        for name, entry in fields.items():
            if name not in converted["properties"] and isinstance(entry, Mapping):
                converted["properties"][name] = convert(dict(entry.get("schema") or {}))
    values = schema.get(_VALUES)
    if isinstance(values, Mapping) and isinstance(converted.get("enum"), list):
        converted["enum"] = [*converted["enum"], *(v for v in values if v not in converted["enum"])]
    return converted


def _message(what: str, entry: Mapping[str, Any], sent: str) -> str:
    since = f" since {entry['since']}" if entry.get("since") else ""
    replacement = entry.get("replacement")
    instead = f"; use {replacement} instead" if replacement else ""
    why = (
        "Magic Hour's API reference marks it deprecated"
        if entry.get("x-marked-by") == "document"
        else "Magic Hour's API reference no longer lists it"
    )
    return f"{what} is deprecated{since} ({why}){instead}. {sent}"


def _send(entry: Mapping[str, Any]) -> Any:
    send = entry.get("send", "as-is")
    return send.get("map") if isinstance(send, Mapping) else send


def _field(body: dict[str, Any], name: str, entry: Mapping[str, Any], label: str, notes: list[str]) -> None:
    send = _send(entry)
    value = body[name]
    if send == "drop":
        del body[name]
        notes.append(_message(f"`{label}`", entry, "It is not sent."))
    elif isinstance(send, Mapping) and send.get("to"):
        mapped = (send.get("values") or {}).get(value, value) if isinstance(value, str | int) else value
        del body[name]
        body.setdefault(str(send["to"]), mapped)
        notes.append(_message(f"`{label}`", entry, f"It is sent as {send['to']}={mapped!r}."))
    else:
        notes.append(_message(f"`{label}`", entry, "It is still sent as given."))


def _value(body: dict[str, Any], name: str, entry: Mapping[str, Any], label: str, notes: list[str]) -> None:
    send, value = _send(entry), body[name]
    what = f"`{label}` {value!r}"
    if send == "drop":
        del body[name]
        notes.append(_message(what, entry, f"{name} is not sent."))
    elif send not in (None, "as-is") and not isinstance(send, Mapping):
        body[name] = send
        notes.append(_message(what, entry, f"{send!r} is sent instead."))
    else:
        notes.append(_message(what, entry, "It is still sent as given."))


def _apply(schema: Any, value: Any, where: str, notes: list[str]) -> Any:
    schema = _spec.resolve(schema)
    if not isinstance(schema, Mapping):
        return value
    if isinstance(value, list):
        return [_apply(schema.get("items", {}), item, f"{where}[{n}]", notes) for n, item in enumerate(value)]
    if not isinstance(value, Mapping):
        return value
    out = dict(value)
    props, fields = schema.get("properties") or {}, schema.get(_FIELDS) or {}
    for name in list(out):
        label = f"{where}.{name}" if where else name
        if name in fields and name not in props:
            _field(out, name, fields[name], label, notes)
            continue
        prop = _spec.resolve(props.get(name))
        values = prop.get(_VALUES) if isinstance(prop, Mapping) else None
        given = out[name]
        listed = prop.get("enum") or () if isinstance(prop, Mapping) else ()
        kept = prop.get(_KEPT) or () if isinstance(prop, Mapping) else ()  # listed again only to pass as is
        dropped = given not in listed or given in kept
        if isinstance(values, Mapping) and isinstance(given, str | int) and given in values and dropped:
            _value(out, name, values[given], label, notes)
            continue
        if name in props:
            out[name] = _apply(props[name], out[name], label, notes)
    return out


def apply(schema: Any, body: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """(the body to send, one warning per deprecated name it uses); the caller's objects are not modified."""
    notes: list[str] = []
    out = _apply(schema, body, "", notes)
    return (dict(out) if isinstance(out, Mapping) else body), notes


def warn_and_apply(schema: Any, body: dict[str, Any]) -> dict[str, Any]:
    """The body to send, each deprecated name it uses warned about (stacklevel: the caller of the SDK method)."""
    sent, notes = apply(schema, body)
    for note in notes:
        warnings.warn(note, DeprecationWarning, stacklevel=5)
    return sent
