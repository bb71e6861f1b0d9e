"""What a job will cost, from what the document says before its create is sent: the one place the cap reads prices.

`x-price` on a create operation (inferred from its description by the spec pipeline) states credits `each`
output, or `per` character of the body's text. The estimate is an upper bound: every free-text string of the
body counts (prompt, name and the like; not files, enum values or URLs), and the output count is the body's
`x-output-count` field (or its default). Operations the document prices by nothing it states (video, priced
by the frames of a clip) have no estimate here: the cap then uses the highest price their answers showed.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from .. import _spec
from ._jobs import generators


def estimate(module: str, body: Mapping[str, Any]) -> int | None:
    """Credits the create of `module` with `body` costs at most, as the document states; None if it does not."""
    generator = generators().get(module)
    if generator is None:
        return None
    operation = _spec.operation(generator.method, generator.path)
    price = operation.get("x-price")
    if not isinstance(price, Mapping) or not isinstance(price.get("each"), int | float):
        return None
    schema = _spec.body_schema(operation) or {}
    if price.get("per") == "character":
        units = sum(len(text) for text in _texts(schema, body))
    else:
        units = _outputs(schema, body)
    return math.ceil(float(price["each"]) * units)


def _texts(schema: Any, value: Any) -> list[str]:
    """The free text of a body: strings that are neither files, enum values nor URLs."""
    schema = _spec.resolve(schema)
    if not isinstance(schema, Mapping):
        schema = {}
    if isinstance(value, Mapping):
        props = schema.get("properties", {})
        return [t for k, v in value.items() for t in _texts(props.get(k, {}), v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(schema.get("items", {}), v)]
    if isinstance(value, str) and "x-asset-type" not in schema and "enum" not in schema and "://" not in value:
        return [value]
    return []


def _outputs(schema: Mapping[str, Any], body: Mapping[str, Any]) -> int:
    """The outputs the body asks for: its `x-output-count` field as given, else that field's default, else 1."""
    for name, prop in schema.get("properties", {}).items():
        prop = _spec.resolve(prop)
        if isinstance(prop, Mapping) and prop.get("x-output-count"):
            count = body.get(name, prop.get("default"))
            if isinstance(count, int | float) and not isinstance(count, bool):
                return max(1, math.ceil(count))
    return 1
