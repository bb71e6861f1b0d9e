"""Command-line flags from a request body schema: one flag per field, named readably and without collisions.

The naming rule, the same for every operation and worked out in schema order:

1. a field's flag is its last name with the `_file_path(s)` and `_seconds` endings dropped
   (`assets.video_file_path` -> `--video`, `start_seconds` -> `--start`) when no other field of the body
   shortens to the same name;
2. otherwise, or when that name is taken, its whole path (`style.version` -> `--style-version`);
3. when that is taken too (by one of the command's own options such as `--timeout`, `--json` or `--no-download`,
   or by an earlier field that flattens to the same text), `--body-<whole path>`, then `--body-<whole path>-2`,
   `-3` … until it is free.

A boolean takes `--name` and `--no-name`; both must be free. Names keep letters and digits of the field's own
name, everything else becomes `-`. The whole path is also accepted wherever it is free. Objects without a schema
and arrays of objects take JSON. Help text is the document's, made safe for argparse (`%` escaped, control
characters dropped), so no description can break `--help`.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from .. import _spec

#: Options of the generator and project commands themselves; a field never takes their names.
RESERVED = frozenset(
    {
        "output",
        "o",
        "json",
        "token",
        "base-url",
        "debug",
        "no-wait",
        "no-download",
        "timeout",
        "dry-run",
        "version",
        "help",
        "h",
    }
)
_SUFFIXES = re.compile(r"(_file_paths?|_seconds)$")
_NOT_NAME = re.compile(r"[^A-Za-z0-9]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
#: Deeper than this, a schema is shown as one JSON flag (a recursive schema would never end).
_MAX_DEPTH = 32


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
    help: str  # plain text; `add` escapes it for argparse
    asset_type: str | None = None
    example: Any = attrs.field(default=None, eq=False)  # the document's example, for the help's example line


def article(word: str) -> str:
    """`word` with "a" or "an" before it, by its first letter ("an image", "a video")."""
    return f"{'an' if word[:1].lower() in 'aeiou' else 'a'} {word}"


def safe_text(text: Any) -> str:
    """Document text on one line, without control or direction characters (it is shown on a terminal)."""
    return " ".join(_CONTROL.sub(" ", str(text)).split())


def for_argparse(text: str) -> str:
    """`text` as argparse help: it %-formats help strings, so a literal `%` is doubled."""
    return text.replace("%", "%%")


def for_argparse_text(text: str) -> str:
    """`text` as an argparse description or epilog: formatted only when it holds `%(prog)`, so escaped only then."""
    return for_argparse(text) if "%(prog)" in text else text


def _first_sentence(text: Any) -> str:
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", safe_text(text or "").replace("*", ""))
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    return (match.group(1) if match else text)[:200]


def _leaves(
    schema: Any, where: tuple[str, ...], required: bool, doc: dict[str, Any] | None
) -> list[tuple[tuple[str, ...], dict[str, Any], bool]]:
    schema = schema
    if not isinstance(schema, dict):
        return [(where, {}, required)]
    props = schema.get("properties")
    if schema.get("type") == "object" and isinstance(props, dict) and props and len(where) < _MAX_DEPTH:
        needed = set(schema.get("required") or [])
        out = []
        for name, prop in props.items():
            out += _leaves(prop, (*where, str(name)), required and name in needed, doc)
        return out
    return [(where, schema, required)]


def _kind(schema: Mapping[str, Any], doc: dict[str, Any] | None) -> tuple[str, bool, Mapping[str, Any]]:
    """(kind, many, the item schema) of a leaf."""
    if schema.get("type") == "array":
        items = schema.get("items", {})
        items = items if isinstance(items, dict) else {}
        if "x-asset-type" in items:
            return "file", True, items
        if items.get("type") in ("string", "integer", "number"):
            return str(items["type"]), True, items
        return "json", False, schema
    if "x-asset-type" in schema:
        return "file", False, schema
    if schema.get("type") in ("string", "integer", "number", "boolean"):
        return str(schema["type"]), False, schema
    return "json", False, schema


def _name(parts: Iterable[str]) -> str:
    """Flag text for field names: letters and digits kept, the rest one `-`."""
    return "-".join(p for p in (_NOT_NAME.sub("-", part).strip("-") for part in parts) if p)


def _forms(name: str, boolean: bool) -> set[str]:
    return {name, f"no-{name}"} if boolean else {name}


def _allocate(leaves: list[tuple[tuple[str, ...], bool]]) -> list[tuple[str, ...]]:
    """The option strings of each leaf ((where, is_boolean) in schema order), by the rule in the module doc."""
    shorts = [_name([_SUFFIXES.sub("", where[-1])]) if where else "" for where, _ in leaves]
    fulls = [_name(where) or "field" for where, _ in leaves]
    taken = set(RESERVED)
    primary: list[str] = []
    for (_, boolean), short, full in zip(leaves, shorts, fulls, strict=True):
        candidates = [short] if short and shorts.count(short) == 1 else []
        candidates += [full, f"body-{full}"]
        chosen = next((c for c in candidates if not _forms(c, boolean) & taken), None)
        n = 2
        while chosen is None:
            if not _forms(f"body-{full}-{n}", boolean) & taken:
                chosen = f"body-{full}-{n}"
            n += 1
        taken |= _forms(chosen, boolean)
        primary.append(chosen)
    out = []
    for (_, boolean), first, full in zip(leaves, primary, fulls, strict=True):
        names = [first]
        if full != first and not _forms(full, boolean) & taken:
            taken |= _forms(full, boolean)
            names.append(full)
        out.append(tuple(f"--{n}" for n in names))
    return out


def flags(schema: Mapping[str, Any], doc: dict[str, Any] | None = None) -> list[Flag]:
    """The flags of a request body, in the schema's order (required first); `doc` is the spec it comes from."""
    leaves = [leaf for leaf in _leaves(schema, (), True, doc) if leaf[0]]
    kinds = [_kind(leaf, doc) for _, leaf, _ in leaves]
    names = _allocate([(where, kind == "boolean") for (where, _, _), (kind, _, _) in zip(leaves, kinds, strict=True)])
    out = []
    for index, ((where, leaf, required), (kind, many, item), option_strings) in enumerate(
        zip(leaves, kinds, names, strict=True)
    ):
        raw = item.get("enum")
        choices = tuple(raw) if isinstance(raw, list) and raw else None
        text = _first_sentence(leaf.get("description"))
        asset = None
        if kind == "file":
            types = _spec.asset_types(item)
            asset = safe_text(types[0])
            kind_words = article(safe_text(_spec.asset_type_words(types)))
            text = f"{kind_words} file: local path, URL or api-assets/... path. {text}"
        elif kind == "json":
            text = f"JSON. {text}"
        if many:
            text += " Repeat the flag for several."
        example = leaf.get("example")
        out.append(
            Flag(where, f"field_{index}", option_strings, kind, many, required, choices, text.strip(), asset, example)
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


def _choices(flag: Flag) -> list[Any] | None:
    """The choices as the flag's converted values compare to them (a number enum of a string field is text)."""
    if flag.choices is None or flag.kind == "json":
        return None
    out: list[Any] = []
    for choice in flag.choices:
        try:
            value = _convert(flag.kind)(choice) if flag.kind in ("integer", "number") else safe_text(choice)
        except (TypeError, ValueError):
            continue
        if value not in out:
            out.append(value)
    return out or None


def add(parser: argparse.ArgumentParser, found: list[Flag]) -> None:
    """Add each flag to `parser` (required ones marked; enums list their choices)."""
    for flag in found:
        if flag.kind == "boolean":
            parser.add_argument(
                *flag.names, dest=flag.dest, action=argparse.BooleanOptionalAction, help=for_argparse(flag.help)
            )
            continue
        choices = _choices(flag)
        parser.add_argument(
            *flag.names,
            dest=flag.dest,
            type=_convert(flag.kind),
            choices=choices,
            action="append" if flag.many else "store",
            required=flag.required,
            metavar=("FILE" if flag.kind == "file" else flag.kind.upper()) if choices is None else None,
            help=for_argparse(("(required) " if flag.required else "") + flag.help),
        )


def required_objects(
    schema: Any, where: tuple[str, ...] = (), doc: dict[str, Any] | None = None
) -> list[tuple[str, ...]]:
    """Where the body must hold an object even when none of its own fields is given (`style: {}`)."""
    schema = schema
    if not isinstance(schema, dict) or len(where) >= _MAX_DEPTH:
        return []
    out = []
    for name in schema.get("required") or []:
        prop = (schema.get("properties") or {}).get(name, {})
        if isinstance(prop, dict) and prop.get("type") == "object" and prop.get("properties"):
            out += [(*where, name), *required_objects(prop, (*where, name), doc)]
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
