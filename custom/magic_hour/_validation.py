"""Check request bodies against the schemas in the spec before anything is sent.

A small JSON Schema reader (the keywords the spec uses) rather than a hand-copied rule list: when a
regenerated spec adds an enum value, a field or a limit, this follows without an edit.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from . import _spec
from ._errors import ValidationError

_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (Mapping,),
    "array": (list, tuple),
    "null": (type(None),),
}


def _resolve(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        return _spec.schema(ref.rsplit("/", 1)[1])
    return schema


def _type_ok(value: Any, json_type: str) -> bool:
    if isinstance(value, bool) and json_type not in ("boolean",):
        return False
    if json_type == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, _JSON_TYPES.get(json_type, (object,)))


def problems(value: Any, schema: Mapping[str, Any], where: str) -> list[str]:
    """Every way `value` breaks `schema`, each naming the field (e.g. ``style.generation_mode``)."""
    schema = _resolve(schema)
    if "anyOf" in schema:
        options = [problems(value, option, where) for option in schema["anyOf"]]
        return [] if any(not p for p in options) else min(options, key=len)
    found: list[str] = []
    types = schema.get("type")
    if types is not None:
        allowed = types if isinstance(types, list) else [types]
        if not any(_type_ok(value, t) for t in allowed):
            return [f"{where} must be {' or '.join(allowed)}, not {type(value).__name__} {value!r}"]
    if isinstance(value, float) and not math.isfinite(value):
        return [f"{where} must be a finite number, not {value!r}"]
    if "enum" in schema and value not in schema["enum"]:
        choices = ", ".join(repr(v) for v in schema["enum"])
        return [f"{where} is {value!r}; it must be one of {choices}"]
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            found.append(f"{where} must be >= {schema['minimum']}, not {value!r}")
        if "maximum" in schema and value > schema["maximum"]:
            found.append(f"{where} must be <= {schema['maximum']}, not {value!r}")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            found.append(f"{where} must not be empty" if not value else f"{where} is too short")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            found.append(f"{where} is longer than {schema['maxLength']} characters")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            found.append(f"{where} {value!r} does not match {schema['pattern']}")
    if isinstance(value, list | tuple):
        if len(value) < schema.get("minItems", 0):
            found.append(f"{where} needs at least {schema['minItems']} item(s)")
        for n, item in enumerate(value):
            found += problems(item, schema.get("items", {}), f"{where}[{n}]")
    if isinstance(value, Mapping):
        props: Mapping[str, Any] = schema.get("properties", {})
        for name in schema.get("required", []):
            if name not in value:
                found.append(f"{where}.{name} is required" if where else f"{name} is required")
        for name, item in value.items():
            path = f"{where}.{name}" if where else str(name)
            if name in props:
                found += problems(item, props[name], path)
            elif props:
                known = ", ".join(sorted(props))
                found.append(f"{path} is not a field of this request; the fields are: {known}")
    return found


def check(value: Mapping[str, Any], schema_name: str, *, what: str) -> None:
    """Raise a ValidationError listing every problem of `value` against the named component schema."""
    found = problems(value, _spec.schema(schema_name), "")
    if found:
        raise ValidationError(f"Invalid {what}: " + "; ".join(found) + ". Nothing was sent.")


def check_clip(start_seconds: float, end_seconds: float) -> None:
    """The rules the schema cannot state: the end after the start, and the clip within the limit."""
    if end_seconds <= start_seconds:
        raise ValidationError(
            f"end_seconds ({end_seconds:g}) must be greater than start_seconds ({start_seconds:g}). Nothing was sent."
        )
    limit = _spec.max_clip_seconds()
    if end_seconds - start_seconds > limit:
        raise ValidationError(
            f"The clip is {end_seconds - start_seconds:g} s long (end_seconds - start_seconds); the API allows at "
            f"most {limit:g} s. Shorten it. Nothing was sent."
        )
