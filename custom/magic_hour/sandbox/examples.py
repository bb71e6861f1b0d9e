"""A valid request body for any operation, built from the spec: for tests, the demo and the docs.

Fields come from the spec's examples (or the first enum value, the minimum, a placeholder), file fields
get the sample file of their asset type, and the rules the spec carries (`x-rules`, `x-clip`) are met by
adding what they ask for. Nothing here names an operation, so a new one gets its example for free.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from .. import _spec, _validation

#: Clips in examples stay short: the samples are a few seconds long and renders should be quick.
_CLIP_SECONDS = 1.0


def _value(schema: Any, files: Mapping[str, Any]) -> Any:
    schema = schema
    if "x-asset-type" in schema:
        return os.fspath(files[_spec.asset_types(schema)[0]])
    example = schema.get("example")
    if "enum" in schema:
        return example if example in schema["enum"] else schema["enum"][0]
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        return _object(schema, files)
    if kind == "array":
        count = max(1, int(schema.get("minItems", 1)))
        return [_value(schema.get("items", {}), files) for _ in range(count)]
    if example is not None and kind != "string":
        return example
    if kind in ("number", "integer"):
        low = schema.get("minimum", 1)
        return max(low, 1) if kind == "integer" else float(max(low, 1))
    if kind == "boolean":
        return False
    return example if isinstance(example, str) and example else "example"


def _object(schema: Mapping[str, Any], files: Mapping[str, Any]) -> dict[str, Any]:
    props = schema.get("properties", {})
    return {name: _named(name, props[name], files) for name in schema.get("required", []) if name in props}


def _named(name: str, schema: Any, files: Mapping[str, Any]) -> Any:
    """A field's value; a text field named as a URL (`youtube_url`) without an example gets one."""
    found = _value(schema, files)
    return "https://www.example.com/watch?v=example" if found == "example" and name.endswith("url") else found


def _add_required(body: dict[str, Any], schema: Mapping[str, Any], then: Any, files: Mapping[str, Any]) -> None:
    """Add to `body` every field a rule's `then` requires (at any depth), valued from `schema`."""
    if not isinstance(then, Mapping):
        return
    props = schema.get("properties", {})
    for name in then.get("required", []):
        if name not in body and name in props:
            body[name] = _named(name, props[name], files)
    for name, sub in then.get("properties", {}).items():
        if name in props and isinstance(body.get(name), dict):
            _add_required(body[name], props[name], sub, files)
        elif name in props and isinstance(sub, Mapping) and sub.get("required"):
            body[name] = _object(props[name], files)
            _add_required(body[name], props[name], sub, files)


def example_body(method: str, path: str, files: Mapping[str, Any]) -> dict[str, Any]:
    """A body for `method path` that the SDK's checks accept; `files` maps asset type to a local path or URL."""
    return body_for(_spec.body_schema(_spec.operation(method, path)) or {}, files)


def body_for(schema: Mapping[str, Any], files: Mapping[str, Any]) -> dict[str, Any]:
    """A valid body for a request body schema (inline, as Magic Hour's are), whatever spec it comes from."""
    body = _object(schema, files)
    meet_rules(schema, body, files)
    clip = schema.get("x-clip")
    if isinstance(clip, Mapping):
        props = schema.get("properties", {})
        if clip.get("start") in props:
            body[clip["start"]] = 0.0
        shortest = props.get(clip["end"], {}).get("minimum", 0)
        body[clip["end"]] = max(float(shortest), _CLIP_SECONDS)
    return body


def meet_rules(schema: Mapping[str, Any], body: dict[str, Any], files: Mapping[str, Any]) -> None:
    """Add to `body` (in place) every field a rule (`x-rules`) it meets the condition of requires."""
    for rule in schema.get("x-rules", ()):
        if "then" in rule and _matches(_validation.json_schema(rule.get("if", {}), {}), body):
            _add_required(body, schema, rule["then"], files)


def _matches(schema: Any, body: Any) -> bool:
    import fastjsonschema

    try:
        fastjsonschema.validate(schema, body)
    except fastjsonschema.JsonSchemaValueException:
        return False
    return True
