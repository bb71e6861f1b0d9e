"""Check a request body against the spec before anything is sent: the schema, the rules, the clip limits.

The schema is checked by fastjsonschema (compiled once per operation, imported on first use: it costs 30 ms
to import and a few microseconds per body). The spec is OpenAPI 3.0, so its schemas are first turned into
JSON Schema (`nullable` becomes a `null` type). The rules the API states only in prose travel in the spec as
`x-rules` (JSON Schema if/then, each with the sentence to show) and `x-clip` (the longest clip per mode).
The sandbox checks requests with the same functions, so both sides refuse the same bodies.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from typing import Any, cast

import attrs

from . import _deprecation, _spec
from ._errors import ValidationError

_Validator = Callable[[Any], Any]


def json_schema(schema: Any, doc: dict[str, Any] | None = None, _depth: int = 0) -> Any:
    """An OpenAPI 3.0 schema as plain JSON Schema: references inlined, `nullable` as a type, extensions dropped."""
    if _depth > 64:
        raise _spec.SpecContractError("openapi.yaml has a schema nested deeper than 64 levels (a $ref cycle?).")
    schema = _spec.resolve(schema, doc)
    if isinstance(schema, list):
        return [json_schema(item, doc, _depth + 1) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key.startswith("x-") or key in ("example", "examples", "nullable", "deprecated", "format", "discriminator"):
            continue
        if key == "properties":
            out[key] = {name: json_schema(prop, doc, _depth + 1) for name, prop in value.items()}
        elif isinstance(value, dict | list):
            out[key] = json_schema(value, doc, _depth + 1)
        else:
            out[key] = value
    out = _deprecation.accepting(schema, out, lambda item: json_schema(item, doc, _depth + 1))
    if schema.get("nullable"):
        kind = out.get("type")
        if isinstance(kind, str):
            out["type"] = [kind, "null"]
        if "enum" in out and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
    return out


def _compile(schema: Any) -> _Validator:
    import fastjsonschema

    validator: _Validator = fastjsonschema.compile(schema, use_default=False, use_formats=False)
    return validator


@cache
def _body_validator(method: str, path: str) -> _Validator | None:
    schema = _spec.body_schema(_spec.operation(method, path))
    return None if schema is None else _compile(json_schema(schema))


@attrs.frozen
class _Rule:
    description: str
    check: _Validator


@cache
def _rules(method: str, path: str) -> tuple[_Rule, ...]:
    schema = _spec.body_schema(_spec.operation(method, path)) or {}
    return tuple(
        _Rule(str(rule.get("description", "a rule of this request is not met")), _compile(json_schema(_if_then(rule))))
        for rule in schema.get("x-rules", ())
    )


def _if_then(rule: Mapping[str, Any]) -> dict[str, Any]:
    return {key: rule[key] for key in ("if", "then", "else") if key in rule}


def _where(name: str) -> str:
    """fastjsonschema names the body `data`; users name fields like `assets.image_file_path`."""
    return name.removeprefix("data.").replace("data[", "[") if name != "data" else "the request body"


#: fastjsonschema's phrases, in the shorter form the SDK's messages use.
_SHORTER = {
    "must be bigger than or equal to": "must be >=",
    "must be smaller than or equal to": "must be <=",
    "must be bigger than": "must be >",
    "must be smaller than": "must be <",
}


def _schema_problem(validator: _Validator, body: Any) -> str | None:
    import fastjsonschema

    try:
        validator(body)
    except fastjsonschema.JsonSchemaValueException as exc:
        name = exc.name or "data"
        where = _where(name)
        if exc.rule == "required" and isinstance(exc.value, Mapping) and isinstance(exc.rule_definition, list):
            missing = [key for key in exc.rule_definition if key not in exc.value]
            prefix = "" if where == "the request body" else f"{where}."
            return "; ".join(f"{prefix}{key} is required" for key in missing)
        message = exc.message.replace(name, where, 1)
        for wordy, short in _SHORTER.items():
            message = message.replace(wordy, short)
        if exc.rule in ("type", "enum", "minimum", "maximum", "multipleOf", "const") and where != "the request body":
            message += f" (got {exc.value!r})"
        return message
    return None


def _limit(clip: Mapping[str, Any], body: Mapping[str, Any]) -> Mapping[str, Any]:
    """The first of `x-clip.limits` whose `when` this body meets (one without `when` always does)."""
    for limit in clip.get("limits", ()):
        when = limit.get("when")
        if when is None or _compile_cached(when)(body):
            return cast(Mapping[str, Any], limit)
    return {}


def _seconds(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def clip_limit(schema: Mapping[str, Any], body: Mapping[str, Any]) -> tuple[str | None, str, float | None]:
    """(start field, end field, longest clip in seconds or None) that `x-clip` sets for this body."""
    clip = schema.get("x-clip")
    if not isinstance(clip, Mapping):
        return None, "", None
    return clip.get("start"), str(clip.get("end", "")), _seconds(_limit(clip, body).get("max_seconds"))


def shortest_clip(schema: Mapping[str, Any], body: Mapping[str, Any]) -> float | None:
    """The shortest clip in seconds `x-clip` allows for this body (`min_seconds` of its limit), if it says."""
    clip = schema.get("x-clip")
    return _seconds(_limit(clip, body).get("min_seconds")) if isinstance(clip, Mapping) else None


def _matches(validator: _Validator, body: Any) -> bool:
    import fastjsonschema

    try:
        validator(body)
    except fastjsonschema.JsonSchemaValueException:
        return False
    return True


#: Compiled `when` conditions, keyed by the schema object (which the entry keeps alive, so its id stays its own):
#: they come from the loaded spec, and serialising one to find it again cost more than checking it.
_compiled: dict[int, tuple[Mapping[str, Any], _Validator]] = {}


def _compile_cached(schema: Mapping[str, Any]) -> Callable[[Any], bool]:
    hit = _compiled.get(id(schema))
    if hit is None or hit[0] is not schema:
        hit = _compiled[id(schema)] = (schema, _compile(json_schema(dict(schema))))
    validator = hit[1]
    return lambda body: _matches(validator, body)


def _clip_problems(schema: Mapping[str, Any], body: Mapping[str, Any]) -> list[str]:
    start_field, end_field, limit = clip_limit(schema, body)
    if not end_field or end_field not in body:
        return []
    start = body.get(start_field, 0) if start_field else 0
    end = body[end_field]
    if not all(isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) for v in (start, end)):
        return []
    if start_field and end <= start:
        return [f"{end_field} ({end:g}) must be greater than {start_field} ({start:g})"]
    what = f"{end_field} - {start_field}" if start_field else end_field
    # Rounded to the microsecond: 64.04 - 19.04 is 45.00000000000001 in floating point, and is 45 s.
    if limit is not None and round(end - start, 6) > limit:
        return [f"the clip is {end - start:g} s long ({what}); this request allows at most {limit:g} s, so shorten it"]
    shortest = shortest_clip(schema, body)
    if shortest is not None and end - start < shortest:
        return [
            f"the clip is {end - start:g} s long ({what}); this request needs at least {shortest:g} s, so lengthen it"
        ]
    return []


def _not_finite(value: Any, where: str) -> Iterator[str]:
    """JSON has no NaN or infinity; a body holding one could not even be sent."""
    if isinstance(value, float) and not math.isfinite(value):
        yield f"{where} must be a finite number, not {value!r}"
    elif isinstance(value, int) and not isinstance(value, bool) and abs(value) > sys.float_info.max:
        yield f"{where} is too large a number ({len(str(abs(value)))} digits)"
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _not_finite(item, f"{where}.{key}" if where else str(key))
    elif isinstance(value, list | tuple):
        for n, item in enumerate(value):
            yield from _not_finite(item, f"{where}[{n}]")


def schema_problems(method: str, path: str, body: Any) -> list[str]:
    """How `body` breaks the schema of `method path`'s request (the API answers these with 400)."""
    validator = _body_validator(method, path)
    if validator is None:
        return []
    infinite = list(_not_finite(body, ""))
    if infinite:
        return infinite
    found = _schema_problem(validator, body)
    return [found] if found else []


def rule_problems(method: str, path: str, body: Any) -> list[str]:
    """How a body that fits the schema breaks the rules the API states in prose (answered with 422).

    Fields another field's value leaves unused (`x-selected-by`) are not checked: the API ignores them."""
    schema = _spec.body_schema(_spec.operation(method, path)) or {}
    for where in reversed(list(unused_fields(schema, body))):
        body = remove(body, where)
    out = [rule.description for rule in _rules(method, path) if not _matches(rule.check, body)]
    return out + _clip_problems(schema, body)


def unused_fields(schema: Any, value: Any, where: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    """Where `value` holds a field that a sibling's value leaves unused (`x-selected-by`), any kind of field."""
    schema = _spec.resolve(schema)
    if not isinstance(schema, Mapping):
        return
    if isinstance(value, Mapping):
        props = schema.get("properties", {})
        for name, item in value.items():
            if name not in props:
                continue
            if not _selected(props[name], value):
                yield (*where, name)
            else:
                yield from unused_fields(props[name], item, (*where, name))
    elif isinstance(value, list | tuple):
        for n, item in enumerate(value):
            yield from unused_fields(schema.get("items", {}), item, (*where, n))


def problems(method: str, path: str, body: Any) -> list[str]:
    """Every way `body` breaks what the spec says of `method path` (empty when it is fine)."""
    return schema_problems(method, path, body) or rule_problems(method, path, body)


def check(method: str, path: str, body: Any) -> None:
    """Raise a ValidationError listing what is wrong with `body`; nothing has been sent."""
    found = problems(method, path, body)
    if found:
        summary = "; ".join(p.rstrip(".") for p in found)
        raise ValidationError(f"Invalid request to {method} {path}: {summary}. Nothing was sent.")


@attrs.frozen
class FileField:
    """A value in a request body that names a file: where it is, and what kind of file it must be."""

    where: tuple[str | int, ...]  # keys and indexes from the body's root
    asset_types: tuple[str, ...]  # what the field takes: one type, or several (face detection: image or video)
    value: Any
    #: False when a sibling field selects another source (`x-selected-by`): the API ignores this field.
    selected: bool = True

    @property
    def asset_type(self) -> str:
        """The field's types as one word or phrase (`image`, `image or video`), for messages and grouping."""
        return _spec.asset_type_words(self.asset_types)

    @property
    def label(self) -> str:
        text = ""
        for part in self.where:
            text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
        return text


def file_fields(
    schema: Any, value: Any, where: tuple[str | int, ...] = (), selected: bool = True
) -> Iterator[FileField]:
    """Every file a body names, wherever it sits: under `assets`, in arrays, in objects inside arrays."""
    schema = _spec.resolve(schema)
    if not isinstance(schema, Mapping):
        return
    if "x-asset-type" in schema and value is not None and not isinstance(value, Mapping | list | tuple):
        yield FileField(where, _spec.asset_types(schema), value, selected)
        return
    if isinstance(value, Mapping):
        props = schema.get("properties", {})
        for key, item in value.items():
            if key in props:
                yield from file_fields(props[key], item, (*where, key), selected and _selected(props[key], value))
    elif isinstance(value, list | tuple):
        for n, item in enumerate(value):
            yield from file_fields(schema.get("items", {}), item, (*where, n), selected)


def _selected(prop: Any, siblings: Mapping[str, Any]) -> bool:
    """False when `x-selected-by` ({field, values}) names a sibling that selects another source.

    The sibling left out means the API's default, which the spec states as that field's own default if at all;
    so only a value given and not among `values` unselects the field.
    """
    rule = _spec.resolve(prop).get("x-selected-by") if isinstance(_spec.resolve(prop), Mapping) else None
    if not isinstance(rule, Mapping) or rule.get("field") not in siblings:
        return True
    return siblings[rule["field"]] in rule.get("values", ())


def remove(body: Any, where: tuple[str | int, ...]) -> Any:
    """A copy of `body` without the field at `where` (a key of an object)."""
    head, rest = where[0], where[1:]
    if not rest:
        return {key: item for key, item in body.items() if key != head}
    return replace(body, (head,), remove(body[head], rest))


def replace(body: Any, where: tuple[str | int, ...], new: Any) -> Any:
    """A copy of `body` with the value at `where` replaced (the caller's objects are never modified)."""
    if not where:
        return new
    head, rest = where[0], where[1:]
    if isinstance(body, Mapping):
        return {**body, head: replace(body[head], rest, new)}
    items = list(body)
    items[int(head)] = replace(items[int(head)], rest, new)
    return items
