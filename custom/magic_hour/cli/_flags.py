"""Command-line flags from a request body schema: one flag per field, named readably and without collisions.

The naming rule, the same for every operation: a field's flag is its last name with the `_file_path(s)` and
`_seconds` endings dropped (`assets.video_file_path` -> `--video`, `start_seconds` -> `--start`) when that short
name belongs to no other field and no global option; otherwise the whole path (`--style-version`). The whole
path is always accepted too. Objects without a schema and arrays of objects take JSON.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Mapping
from typing import Any

import attrs

from .. import _spec

#: Options every generator command has; a field never takes their names.
RESERVED = frozenset(
    {"output", "json", "token", "base-url", "debug", "no-wait", "no-download", "timeout", "dry-run", "version", "help"}
)
_SUFFIXES = re.compile(r"(_file_paths?|_seconds)$")


@attrs.frozen
class Flag:
    """One body field as a flag: where it goes in the body and how its text becomes a value."""

    where: tuple[str, ...]
    dest: str
    names: tuple[str, ...]  # option strings, the readable one first
    kind: str  # string | integer | number | boolean | json | file
    many: bool  # an array: the flag repeats
    required: bool
    choices: tuple[Any, ...] | None
    help: str


def _first_sentence(text: str | None) -> str:
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", " ".join((text or "").replace("*", "").split()))
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    return (match.group(1) if match else text)[:200]


def _leaves(schema: Any, where: tuple[str, ...], required: bool) -> list[tuple[tuple[str, ...], dict[str, Any], bool]]:
    schema = _spec.resolve(schema)
    props = schema.get("properties")
    if schema.get("type") == "object" and props:
        needed = set(schema.get("required", []))
        out = []
        for name, prop in props.items():
            out += _leaves(prop, (*where, name), required and name in needed)
        return out
    return [(where, schema, required)]


def _kind(schema: Mapping[str, Any]) -> tuple[str, bool, Mapping[str, Any]]:
    """(kind, many, the item schema) of a leaf."""
    if schema.get("type") == "array":
        items = _spec.resolve(schema.get("items", {}))
        if items.get("type") == "object" or (
            "x-asset-type" not in items
            and items.get("type")
            not in (
                "string",
                "integer",
                "number",
            )
        ):
            return "json", False, schema
        return ("file" if "x-asset-type" in items else str(items.get("type"))), True, items
    if "x-asset-type" in schema:
        return "file", False, schema
    if schema.get("type") in ("string", "integer", "number", "boolean"):
        return str(schema["type"]), False, schema
    return "json", False, schema


def flags(schema: Mapping[str, Any]) -> list[Flag]:
    """The flags of a request body, in the schema's order (required first)."""
    leaves = _leaves(schema, (), True)
    shorts = [_SUFFIXES.sub("", where[-1]).replace("_", "-") for where, _, _ in leaves]
    out = []
    for (where, leaf, required), short in zip(leaves, shorts, strict=True):
        full = "-".join(where).replace("_", "-")
        readable = short if shorts.count(short) == 1 and short not in RESERVED and short else full
        names = tuple(dict.fromkeys(f"--{n}" for n in (readable, full)))
        kind, many, item = _kind(leaf)
        choices = item.get("enum")
        text = _first_sentence(leaf.get("description"))
        if kind == "file":
            kinds = _spec.asset_type_words(_spec.asset_types(item))
            text = f"a {kinds} file: local path, URL or api-assets/... path. {text}"
        elif kind == "json":
            text = f"JSON. {text}"
        if many:
            text += " Repeat the flag for several."
        out.append(
            Flag(where, "f_" + "__".join(where), names, kind, many, required, tuple(choices) if choices else None, text)
        )
    return sorted(out, key=lambda f: not f.required)


def _convert(kind: str) -> Any:
    if kind == "integer":
        return int
    if kind == "number":
        return float
    if kind == "json":
        return _json
    return str


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not valid JSON: {exc}") from None


def add(parser: argparse.ArgumentParser, found: list[Flag]) -> None:
    """Add each flag to `parser` (required ones marked; enums list their choices)."""
    for flag in found:
        if flag.kind == "boolean":
            parser.add_argument(*flag.names, dest=flag.dest, action=argparse.BooleanOptionalAction, help=flag.help)
            continue
        choices = None
        if flag.choices is not None:
            choices = [_convert(flag.kind)(c) if flag.kind in ("integer", "number") else c for c in flag.choices]
        parser.add_argument(
            *flag.names,
            dest=flag.dest,
            type=_convert(flag.kind),
            choices=choices,
            action="append" if flag.many else "store",
            required=flag.required,
            metavar=flag.kind.upper() if choices is None else None,
            help=("(required) " if flag.required else "") + flag.help,
        )


def required_objects(schema: Any, where: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Where the body must hold an object even when none of its own fields is given (`style: {}`)."""
    schema = _spec.resolve(schema)
    out = []
    for name in schema.get("required", []):
        prop = _spec.resolve(schema.get("properties", {}).get(name, {}))
        if prop.get("type") == "object" and prop.get("properties"):
            out += [(*where, name), *required_objects(prop, (*where, name))]
    return out


def body(args: argparse.Namespace, found: list[Flag], schema: Mapping[str, Any]) -> dict[str, Any]:
    """The request body from parsed flags: nested as the schema nests it; flags not given are left out."""
    out: dict[str, Any] = {}
    for where in required_objects(schema):
        node = out
        for key in where:
            node = node.setdefault(key, {})
    for flag in found:
        value = getattr(args, flag.dest, None)
        if value is None:
            continue
        node = out
        for key in flag.where[:-1]:
            node = node.setdefault(key, {})
        node[flag.where[-1]] = value
    return out
