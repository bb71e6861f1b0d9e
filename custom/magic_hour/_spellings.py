"""The official SDK's spellings of body fields: a field named like a Python keyword or builtin takes a `_`.

The official `magic-hour` package writes the upload item's `type` as `type_` (`{"extension": "png",
"type_": "image"}`), and code written for it, published integrations included, passes dicts spelled so.
Any field of the spec whose name is a keyword or builtin is accepted with that trailing `_` too, and sent
under its own name; nothing here names a field.
"""

from __future__ import annotations

import builtins
import keyword
from collections.abc import Mapping
from typing import Any

from ._errors import ValidationError

_RESERVED = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist) | frozenset(dir(builtins))


def _own_name(key: str, props: Mapping[str, Any]) -> str:
    """`type_` -> `type` where `type` is a field and a reserved name and `type_` is not a field itself."""
    name = key[:-1]
    if key.endswith("_") and key not in props and name in props and name in _RESERVED:
        return name
    return key


def wire_names(schema: Any, value: Any, where: str = "") -> Any:
    """`value` with every official-SDK spelling (`type_`) under its field's own name (`type`), at any depth.

    The caller's objects are never modified; a body that gives both spellings of one field is refused.
    """
    schema = schema
    if not isinstance(schema, Mapping):
        return value
    if isinstance(value, Mapping):
        props = schema.get("properties", {})
        out: dict[str, Any] = {}
        for key, item in value.items():
            name = _own_name(str(key), props) if isinstance(key, str) else key
            if name in out:
                raise ValidationError(
                    f"{where + '.' if where else ''}{name} is given twice, as {name!r} and {key!r}; pass one of them."
                )
            out[name] = wire_names(props.get(name, {}), item, f"{where}.{name}" if where else str(name))
        return out
    if isinstance(value, list):
        return [wire_names(schema.get("items", {}), item, f"{where}[{n}]") for n, item in enumerate(value)]
    return value
