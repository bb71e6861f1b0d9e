"""Check a request body against the spec before anything is sent: the schema, the rules, the clip limits.

The schema is checked by validators fastjsonschema wrote at generation time (`magic_hour_api._validators`, one
module per operation, imported on its first call): compiling them here cost a process's first create about 20 ms.
The spec is OpenAPI 3.0, so its schemas are first turned into JSON Schema (`json_schema`: `nullable` becomes a
`null` type), by the generator through this module. The rules the API states only in prose travel in the spec as
`x-rules` (JSON Schema if/then, each with the sentence to show) and `x-clip` (the longest clip per mode); their
conditions are generated as predicates that return False rather than raise.
The sandbox checks requests with the same functions, so both sides refuse the same bodies.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from typing import Any, NamedTuple, cast

from . import _deprecation, _spec
from ._errors import ValidationError

_Validator = Callable[[Any], Any]


def json_schema(schema: Any, doc: dict[str, Any] | None = None, _depth: int = 0) -> Any:
    """An OpenAPI 3.0 schema as plain JSON Schema: references inlined, `nullable` as a type, extensions dropped."""
    if _depth > 64:
        raise _spec.SpecContractError("openapi.yaml has a schema nested deeper than 64 levels (a $ref cycle?).")
    schema = schema
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
    """A validator compiled now, for a schema that is not the spec's (the generated ones cover every request)."""
    import fastjsonschema

    validator: _Validator = fastjsonschema.compile(schema, use_default=False, use_formats=False)
    return validator


class _Checks(NamedTuple):
    """What the generated package holds for one operation: the body's validator (raises), the `x-rules` as
    (sentence, predicate) and a predicate per `x-clip.limits` entry's `when` (None where it has none)."""

    body: _Validator
    rules: tuple[tuple[str, Callable[[Any], bool]], ...]
    clip_when: tuple[Callable[[Any], bool] | None, ...]


@cache
def _checks(method: str, path: str) -> _Checks | None:
    """The validators compiled at generation time (`magic_hour_api._validators`), imported on first use; None for
    an operation without a JSON body. Nothing is compiled here."""
    from magic_hour_api import _validators

    module = _validators.load(f"{method.upper()} {path}")
    if module is None:
        return None
    return _Checks(module.BODY, tuple(module.RULES), tuple(module.CLIP_WHEN))


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


#: The exception of fastjsonschema's code: its package's (`_compile`) or the generated validators' own copy of it
#: (`magic_hour_api._validators._errors`, which spares a first call importing fastjsonschema).
_SCHEMA_ERRORS = frozenset({"JsonSchemaValueException", "JsonSchemaValuesException"})


def _schema_problem(validator: _Validator, body: Any) -> str | None:
    try:
        validator(body)
    except ValueError as raised:
        if type(raised).__name__ not in _SCHEMA_ERRORS:
            raise
        exc: Any = raised  # message, value, name, rule and rule_definition, as fastjsonschema gives them
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
        return str(message)
    return None


def _limit(clip: Mapping[str, Any], whens: tuple[Callable[[Any], bool] | None, ...], body: Any) -> Mapping[str, Any]:
    """The first of `x-clip.limits` whose `when` this body meets (one without `when` always does)."""
    for limit, when in zip(clip.get("limits", ()), whens, strict=False):
        if when is None or when(body):
            return cast(Mapping[str, Any], limit)
    return {}


def _seconds(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _clip_problems(schema: Mapping[str, Any], whens: tuple[Callable[[Any], bool] | None, ...], body: Any) -> list[str]:
    clip = schema.get("x-clip")
    if not isinstance(clip, Mapping):
        return []
    start_field, end_field = clip.get("start"), str(clip.get("end", ""))
    if not end_field or end_field not in body:
        return []
    start = body.get(start_field, 0) if start_field else 0
    end = body[end_field]
    if not all(isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) for v in (start, end)):
        return []
    if start_field and end <= start:
        return [f"{end_field} ({end:g}) must be greater than {start_field} ({start:g})"]
    what = f"{end_field} - {start_field}" if start_field else end_field
    limit = _limit(clip, whens, body)
    longest, shortest = _seconds(limit.get("max_seconds")), _seconds(limit.get("min_seconds"))
    # Rounded to the microsecond: 64.04 - 19.04 is 45.00000000000001 in floating point, and is 45 s.
    if longest is not None and round(end - start, 6) > longest:
        return [
            f"the clip is {end - start:g} s long ({what}); this request allows at most {longest:g} s, so shorten it"
        ]
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
    checks = _checks(method, path)
    if checks is None:
        return []
    infinite = list(_not_finite(body, ""))
    if infinite:
        return infinite
    found = _schema_problem(checks.body, body)
    return [found] if found else []


def rule_problems(method: str, path: str, body: Any) -> list[str]:
    """How a body that fits the schema breaks the rules the API states in prose (answered with 422).

    Fields another field's value leaves unused (`x-selected-by`) are not checked: the API ignores them."""
    checks = _checks(method, path)
    if checks is None:
        return []
    schema = _spec.body_schema(_spec.operation(method, path)) or {}
    for where in reversed(list(unused_fields(schema, body))):
        body = remove(body, where)
    out = [sentence for sentence, met in checks.rules if not met(body)]
    return out + _clip_problems(schema, checks.clip_when, body)


def unused_fields(schema: Any, value: Any, where: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    """Where `value` holds a field that a sibling's value leaves unused (`x-selected-by`), any kind of field."""
    schema = schema
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


class FileField(NamedTuple):
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
    schema = schema
    if not isinstance(schema, Mapping):
        return
    if "x-asset-type" in schema and value is not None and not isinstance(value, Mapping | list | tuple):
        yield FileField(where, _spec.asset_types(schema), value, selected)
        return
    if isinstance(value, Mapping):
        kept = schema.get("x-sdk-deprecated") or {}  # a deprecated file field is still a file to upload
        props = {
            **{k: e.get("schema") or {} for k, e in kept.items() if isinstance(e, Mapping)},
            **schema.get("properties", {}),
        }
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
    rule = prop.get("x-selected-by") if isinstance(prop, Mapping) else None
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
