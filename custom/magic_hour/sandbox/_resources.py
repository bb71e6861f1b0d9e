"""What the sandbox serves beyond projects: singletons (the account) and paged lists (saved items).

Nothing here names an operation: a GET the spec makes a singleton `get` answers an example of its answer's
schema, with the fields the corrections tie to the sandbox's state (`x-sdk-state: balance | plan`) filled from
it; a GET it makes a paged `list` (`x-sdk-pagination`) answers items built from the item schema, filtered by
the query parameters that name an item field, with real cursors. Items' files are real, in the sandbox's
storage under a durable prefix the document shows (`x-sdk-storage-prefixes`), owned by the token that listed them.
"""

from __future__ import annotations

import base64
import datetime as dt
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import _spec

#: What stands in for each media kind a listed asset may be: made once per sandbox, from the sample makers.
_MEDIA: dict[str, tuple[str, str]] = {"image": ("png", "image"), "audio": ("wav", "audio")}

Signer = Callable[[str], tuple[str, float]]  # storage key -> (signed URL, expiry as a Unix time)


def example(schema: Any) -> Any:
    """A value of `schema` as the document exemplifies it: examples first, then the first enum value, then a
    plain value of its type."""
    if not isinstance(schema, dict):
        return None
    if "example" in schema:
        return schema["example"]
    if schema.get("properties"):
        return {name: example(prop) for name, prop in schema["properties"].items()}
    if _values(schema):
        return _values(schema)[0]
    if schema.get("type") == "array":
        return []
    if schema.get("format") == "date-time":
        return "2026-01-01T00:00:00.000Z"
    return {"string": "", "integer": 0, "number": 0.0, "boolean": False}.get(str(schema.get("type")))


def with_state(schema: Any, value: Any, state: dict[str, Any]) -> Any:
    """`value` with each field whose schema says `x-sdk-state: <name>` set from `state[name]`."""
    if not isinstance(schema, dict) or not isinstance(value, dict):
        return value
    out = dict(value)
    for name, prop in (schema.get("properties") or {}).items():
        if not isinstance(prop, dict):
            continue
        tied = prop.get("x-sdk-state")
        if isinstance(tied, str) and state.get(tied) is not None:
            out[name] = state[tied]
        elif name in out:
            out[name] = with_state(prop, out[name], state)
    return out


def _values(schema: Any) -> list[Any]:
    """The values a field lists: `enum`, or in an answer (whose enums the pipeline keeps open) `x-known-values`."""
    if not isinstance(schema, dict):
        return []
    return list(schema.get("enum") or schema.get("x-known-values") or [])


def _cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"offset:{offset}".encode()).decode().rstrip("=")


def offset_of(cursor: str) -> int | None:
    """The position a cursor this sandbox gave stands for, or None for one it did not give."""
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (ValueError, UnicodeDecodeError):
        return None
    kind, _, number = text.partition(":")
    return int(number) if kind == "offset" and number.isdigit() else None


class ListedItems:
    """The items of one paged list, per owner, made on first use: a few of each value of the item's enum field
    that a query parameter filters by, each with real files."""

    def __init__(self, get_path: str, make_file: Callable[[str, str, str], str | None], per_value: int = 3) -> None:
        op = _spec.operation("GET", get_path)
        self.paging = op["x-sdk-pagination"]
        schema = _spec.response_schema(op)
        self.item_schema = schema["properties"][self.paging["items"]].get("items", {})
        self.params = {str(p["name"]): p for p in op.get("parameters") or [] if p.get("in") == "query"}
        self._make_file = make_file  # (owner, media kind, folder) -> a storage key holding such a file
        self._per_value = per_value
        self._by_owner: dict[str, list[dict[str, Any]]] = {}

    def _filter_field(self) -> str | None:
        props = self.item_schema.get("properties") or {}
        return next((name for name in self.params if name in props and _values(props[name])), None)

    def items(self, owner: str) -> list[dict[str, Any]]:
        if owner not in self._by_owner:
            props = self.item_schema.get("properties") or {}
            field = self._filter_field()
            values = _values(props[field]) if field else [None]
            made = []
            for value in values:
                for n in range(self._per_value):
                    item = self._item(owner, n)
                    if field:
                        item[field] = value
                    made.append(item)
            made.reverse()  # newest first
            self._by_owner[owner] = made
        return self._by_owner[owner]

    def _item(self, owner: str, n: int) -> dict[str, Any]:
        item: dict[str, Any] = dict(example(self.item_schema) or {})
        item["id"] = secrets.token_hex(8) if "id" in item else item.get("id")
        if "name" in item:
            item["name"] = f"Sandbox item {n + 1}"
        for name, prop in (self.item_schema.get("properties") or {}).items():
            inner = prop.get("items", {}) if prop.get("type") == "array" else None
            if isinstance(inner, dict) and "file_path" in (inner.get("properties") or {}):
                item[name] = self._assets(owner, inner)
        return item

    def _assets(self, owner: str, schema: dict[str, Any]) -> list[dict[str, Any]]:
        """One asset per media kind the schema names and the sandbox can make, the first one primary."""
        props = schema.get("properties") or {}
        kinds_field = next((k for k, p in props.items() if _values(p)), None)
        kinds = _values(props[kinds_field]) if kinds_field else ["image"]
        shown = str((props.get("file_path") or {}).get("example") or "")
        folder = next((p for p in _spec.storage_prefixes() if shown.startswith(p)), _spec.storage_prefixes()[0])
        out: list[dict[str, Any]] = []
        for kind in kinds:
            key = self._make_file(owner, str(kind).lower(), folder)
            if key is None:
                continue
            asset = example(schema)
            asset["file_path"] = key
            if kinds_field:
                asset[kinds_field] = kind
            for name, prop in props.items():
                if prop.get("type") == "boolean":
                    asset[name] = not out
            out.append(asset)
        return out

    def _query_problem(self, query: dict[str, str]) -> str | None:
        """Why a query parameter given breaks its schema (as the API answers 400), or None."""
        import fastjsonschema

        for name, given in query.items():
            param = self.params.get(name)
            if param is None:
                listed = ", ".join(self.params) or "none"
                return f"{name!r} is not a query parameter of this operation (it takes {listed})."
            schema = {k: v for k, v in (param.get("schema") or {}).items() if k not in ("example", "nullable")}
            value: Any = given
            if schema.get("type") in ("integer", "number"):
                try:
                    value = int(given) if schema["type"] == "integer" else float(given)
                except ValueError:
                    return f"{name} must be a number."
            try:
                fastjsonschema.validate(schema, value)
            except fastjsonschema.JsonSchemaValueException as exc:
                return f"{name} {exc.message.removeprefix('data ')}."
        return None

    def page(self, owner: str, query: dict[str, str], sign: Signer) -> tuple[int, dict[str, Any]]:
        """(status, answer) for one page asked for with `query`."""
        problem = self._query_problem(query)
        if problem is not None:
            return 400, {"message": problem}
        items = self.items(owner)
        field = self._filter_field()
        if field and query.get(field) is not None:
            allowed = self.params[field].get("schema", {}).get("enum") or []
            if allowed and query[field] not in allowed:
                return 400, {"message": f"{field} must be one of {', '.join(map(str, allowed))}."}
            items = [item for item in items if item.get(field) == query[field]]
        limit_schema = self.params.get("limit", {}).get("schema", {})
        try:
            limit = int(query.get("limit", limit_schema.get("default", 20)))
        except ValueError:
            return 400, {"message": "limit must be an integer."}
        low, high = limit_schema.get("minimum", 1), limit_schema.get("maximum", 100)
        if not low <= limit <= high:
            return 400, {"message": f"limit must be between {low} and {high}."}
        start = 0
        cursor = query.get(self.paging["param"])
        if cursor is not None:
            found = offset_of(cursor)
            if found is None:
                return 400, {"message": f"{self.paging['param']} is not a cursor this API gave."}
            start = found
        chosen = items[start : start + limit]
        more = start + limit < len(items)
        signed = [self._signed(item, sign) for item in chosen]
        return 200, {self.paging["items"]: signed, self.paging["next"]: _cursor(start + limit) if more else None}

    def _signed(self, item: dict[str, Any], sign: Signer) -> dict[str, Any]:
        out = dict(item)
        for name, value in item.items():
            if isinstance(value, list) and value and isinstance(value[0], dict) and "file_path" in value[0]:
                assets = []
                for asset in value:
                    url, expires = sign(asset["file_path"])
                    when = dt.datetime.fromtimestamp(expires, dt.UTC).isoformat(timespec="milliseconds")
                    fields = {"url": url, "url_expires_at": when.replace("+00:00", "Z")}
                    assets.append({**asset, **{k: v for k, v in fields.items() if k in asset}})
                out[name] = assets
        return out


def sample_file(kind: str, folder: Path) -> Path | None:
    """A real file of a media kind (`image`, `audio`), made once in `folder`; None for a kind the sandbox does
    not make for listed items."""
    if kind not in _MEDIA:
        return None
    from .samples import make_portrait_png, make_speech_wav

    extension, _ = _MEDIA[kind]
    path = folder / f"listed-{kind}.{extension}"
    if not path.exists():
        (make_portrait_png if kind == "image" else make_speech_wav)(path)
    return path
