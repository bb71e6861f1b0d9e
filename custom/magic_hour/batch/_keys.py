"""Unknown keys in a job's params, at any depth: a typo would be sent, charged and silently ignored by the API.

`generate()` refuses an unknown keyword with a TypeError; a jobs line has no signature to do that, so its
params are walked against the request body's schema (as plain JSON Schema, deprecated names included) and
every key the schema does not name is refused with the nearest name it does.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Mapping
from typing import Any


def _branches(schema: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    """The schema and every `allOf` / `anyOf` / `oneOf` branch inside it (their properties all count)."""
    yield schema
    for combinator in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(combinator) or ():
            if isinstance(branch, Mapping):
                yield from _branches(branch)


def _properties(schema: Mapping[str, Any]) -> tuple[dict[str, Any], bool]:
    """(name -> schemas of that name, whether the object takes keys it does not name)."""
    props: dict[str, Any] = {}
    open_ended = False
    any_object = False
    for branch in _branches(schema):
        found = branch.get("properties")
        if isinstance(found, Mapping):
            any_object = True
            for name, prop in found.items():
                props.setdefault(name, []).append(prop)
        extra = branch.get("additionalProperties")
        if extra is True or (isinstance(extra, Mapping) and extra) or branch.get("patternProperties"):
            open_ended = True
    return props, open_ended or not any_object  # an object the schema does not describe is not ours to judge


def _items(schema: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [b["items"] for b in _branches(schema) if isinstance(b.get("items"), Mapping)]


def unknown_keys(schema: Any, value: Any, where: str = "") -> list[str]:
    """A problem per key of `value` that `schema` (plain JSON Schema) does not name, with the nearest name."""
    if not isinstance(schema, Mapping):
        return []
    problems: list[str] = []
    if isinstance(value, Mapping):
        props, open_ended = _properties(schema)
        for key, item in value.items():
            label = f"{where}.{key}" if where else str(key)
            if key in props:
                for prop in props[key]:
                    found = unknown_keys(prop, item, label)
                    if not found:
                        break
                else:
                    problems.extend(found)
            elif not open_ended:
                problems.append(_unknown(str(key), label, sorted(props)))
    elif isinstance(value, list):
        for items in _items(schema):
            found = [p for n, element in enumerate(value) for p in unknown_keys(items, element, f"{where}[{n}]")]
            if not found:
                return []
            problems = problems or found
    return problems


def _unknown(key: str, label: str, known: list[str]) -> str:
    near = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    hint = f"did you mean {near[0]!r}?" if near else f"the fields here are {', '.join(map(repr, known)) or 'none'}."
    return f"{label}: unknown field {key!r} (it would be sent and ignored, and the job charged); {hint}"
