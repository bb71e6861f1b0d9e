"""Where a payload drifted from the webhook document: missing, new or retyped fields, unknown enum values.

The shapes come from the generated catalog (`EventInfo.shape_json`); each is compiled once, so that checking an
event that matches costs a dictionary walk, and the typed model is built only when a handler reads it.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from typing import Any

from magic_hour_api.webhooks import EVENTS

_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
    "null": (type(None),),
}
_FORMATS: dict[str, Callable[[str], object]] = {
    "date-time": datetime.datetime.fromisoformat,
    "date": datetime.date.fromisoformat,
}
_KIND_OF = {str: "a string", int: "an integer", float: "a number", bool: "a boolean", list: "an array"}


class _Field:
    __slots__ = ("enum", "fmt", "items", "kinds", "obj", "types")

    def __init__(self, spec: dict[str, Any]) -> None:
        kinds = spec.get("kinds") or []
        self.kinds = " or ".join(kinds)
        # type() identity, not isinstance: a bool is not an integer here, as in JSON
        self.types: frozenset[type] | None = frozenset(t for k in kinds for t in _TYPES[k]) if kinds else None
        self.enum: frozenset[Any] | None = frozenset(spec["enum"]) if spec.get("enum") else None
        self.fmt = _FORMATS.get(spec.get("format", ""))
        self.obj = _Object(spec["object"]) if "object" in spec else None
        self.items = _Field(spec["items"]) if "items" in spec else None


class _Object:
    __slots__ = ("fields", "names", "plans", "required")

    def __init__(self, spec: dict[str, Any]) -> None:
        self.fields = {name: _Field(field) for name, field in spec.get("fields", {}).items()}
        self.required = frozenset(spec.get("required", []))
        self.names = frozenset(self.fields)
        #: (field names, their value types) seen to match -> the fields whose values still need a look (enums,
        #: formats, nested objects): Magic Hour sends the same layout every time, so it is checked once.
        self.plans: dict[tuple[tuple[str, ...], tuple[type, ...]], _Plan] = {}


_PLANS_LIMIT = 64  # layouts remembered per object; further ones are checked in full every time
_REPORTED = 50  # differences listed at most (a drifted payload is drifted whatever the count)


def _kind(value: object) -> str:
    return _KIND_OF.get(type(value), "null" if value is None else "an object")


def _at(where: tuple[str | int, ...]) -> str:
    """`payload.downloads[0].url`; a name that is not printable text shows escaped (it reaches logs)."""
    text = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in where).lstrip(".")
    return text if text.isprintable() else text.encode("unicode_escape").decode("ascii")


def _check_value(field: _Field, value: Any, where: tuple[str | int, ...], out: list[str]) -> None:
    if field.types is not None and type(value) not in field.types:
        out.append(f"{_at(where)} is {_kind(value)}, not {field.kinds}")
        return
    if field.enum is not None and value is not None and value not in field.enum:
        out.append(f"{_at(where)} is {str(value)[:40]!r}, a value the document does not list")
    if field.fmt is not None and type(value) is str:
        try:
            field.fmt(value)
        except ValueError:
            out.append(f"{_at(where)} is not a {field.kinds} of the document's format")
    if field.obj is not None and type(value) is dict:
        _check_object(field.obj, value, where, out)
    if field.items is not None and type(value) is list:
        for n, item in enumerate(value):  # every item: one left unchecked could fail the typed model later
            _check_value(field.items, item, (*where, n), out)
            if len(out) > _REPORTED:
                return


def _check_object(shape: _Object, value: dict[str, Any], where: tuple[str | int, ...], out: list[str]) -> None:
    plan = _first_look(shape, value, where, out)
    if plan is not None and len(shape.plans) < _PLANS_LIMIT:
        shape.plans[(tuple(value), tuple(map(type, value.values())))] = plan


def _fits(field: _Field, value: Any) -> bool:
    """`_check_value` without the report, for a layout seen before: False sends the payload to the full check."""
    if field.types is not None and type(value) not in field.types:
        return False
    if field.enum is not None and value is not None and value not in field.enum:
        return False
    if field.fmt is not None and type(value) is str:
        try:
            field.fmt(value)
        except ValueError:
            return False
    if field.obj is not None and type(value) is dict and not fits_object(field.obj, value):
        return False
    items = field.items
    return items is None or type(value) is not list or all(_fits(items, item) for item in value)


_ENUM, _FORMAT, _OBJECT, _ITEMS = range(4)
#: A remembered layout's remaining checks: (field name, what to check, against what).
_Plan = tuple[tuple[str, int, Any], ...]


def _plan(shape: _Object, value: dict[str, Any]) -> _Plan:
    """The checks a layout's values still need once their types are known to match: enums, formats, nesting."""
    plan: list[tuple[str, int, Any]] = []
    for name, item in value.items():
        field = shape.fields[name]
        if field.enum is not None and item is not None:
            plan.append((name, _ENUM, field.enum))
        if field.fmt is not None and type(item) is str:
            plan.append((name, _FORMAT, field.fmt))
        if field.obj is not None and type(item) is dict:
            plan.append((name, _OBJECT, field.obj))
        if field.items is not None and type(item) is list and item:
            plan.append((name, _ITEMS, field.items))
    return tuple(plan)


def fits_object(shape: _Object, value: dict[str, Any]) -> bool:
    """True when `value` has a layout seen to match and its values pass the rest; False sends it to the full check."""
    plan = shape.plans.get((tuple(value), tuple(map(type, value.values()))))
    if plan is None:
        return False
    for name, what, against in plan:
        item = value[name]
        if what == _ENUM:
            if item not in against:
                return False
        elif what == _FORMAT:
            try:
                against(item)
            except ValueError:
                return False
        elif what == _OBJECT:
            if not fits_object(against, item):
                return False
        elif against.obj is not None and against.types == _DICT:  # an array of objects: the usual array
            for element in item:
                if type(element) is not dict or not fits_object(against.obj, element):
                    return False
        elif not all(_fits(against, element) for element in item):
            return False
    return True


_DICT = frozenset({dict})


def _first_look(shape: _Object, value: dict[str, Any], where: tuple[str | int, ...], out: list[str]) -> _Plan | None:
    """Check a layout not seen before in full; the fields to look at again next time (None: it drifted)."""
    before = len(out)
    keys = value.keys()
    if not shape.required <= keys:
        out += [f"{_at((*where, name))} is missing" for name in sorted(shape.required - keys)]
    if not keys <= shape.names:
        out += [f"{_at((*where, str(name)[:40]))} is new" for name in list(keys - shape.names)[:20]]
    for name, item in value.items():
        field = shape.fields.get(name)
        if field is not None:
            _check_value(field, item, (*where, name), out)
    return _plan(shape, value) if len(out) == before else None


SHAPES: dict[str, _Object] = {e.type: _Object(json.loads(e.shape_json)) for e in EVENTS}


def drift(event_type: str, payload: object) -> list[str]:
    """How `payload` differs from what the document says `event_type` sends (empty: it matches)."""
    shape = SHAPES.get(event_type)
    if shape is None:
        return []
    if type(payload) is not dict:
        return [f"payload is {_kind(payload)}, not an object"]
    if fits_object(shape, payload):
        return []
    out: list[str] = []
    _check_object(shape, payload, ("payload",), out)
    return out
