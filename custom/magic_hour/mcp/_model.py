"""Everything the MCP server knows about the API, read from the spec the SDK ships, in one place.

Which generators exist, their parameters' JSON schemas and descriptions, which fields take files, what the
document says they cost, and which operations only read. The rest of the server reads these plain values, so
pointing it at another source of the same facts (a generated catalog) is a change to this module alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

import attrs
from magic_hour_api.types import Unset

from .. import _pricing, _spec, _validation
from .._files import is_remote

#: Tool names clients accept (the MCP specification's advice: letters, digits, `_` and `-`, at most 64).
_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
#: The longest description a tool gets from the document: agents read every tool's description on every turn.
_MAX_DESCRIPTION = 2000
_MAX_FIELD_DESCRIPTION = 600
#: Schemas nest a few levels; anything deeper (or a reference cycle) is cut to an open schema.
_MAX_DEPTH = 24
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")

FILE_NOTE = (
    "A local file path (inside the folders this server may read), an http(s) URL, or a durable storage path "
    "(such as a saved item's file_path)."
)


@attrs.frozen
class Price:
    """What the document says a call costs (`x-pricing`, read by `magic_hour._pricing`), in words."""

    text: str  # "5 credits an output, changed by model"

    def words(self) -> str:
        return self.text


@attrs.frozen
class Generator:
    """An operation with `generate()`: upload, create, wait, download."""

    name: str  # the tool's name: the SDK module's
    module: str  # client.v1.<module> (dotted for a nested one)
    method: str
    path: str
    title: str
    description: str
    input_schema: dict[str, Any]  # self-contained JSON schema of the parameters (file fields explained)
    body_schema: dict[str, Any] = attrs.field(repr=False)  # as in the spec, for the engine's own readers
    price: Price | None
    follow: str  # the project module whose check_result() resumes it


@attrs.frozen
class Reader:
    """An operation that only reads (a GET): a project by id, the account, saved items."""

    name: str
    module: str
    method: str  # the SDK method (`get`, `list`)
    title: str
    description: str
    input_schema: dict[str, Any]
    project: bool  # a project kind: it has check_result(id=...) as well


def clean(text: Any, limit: int = _MAX_DESCRIPTION) -> str:
    """Vendor prose as plain text for an agent: no control or direction characters, bounded."""
    plain = _CONTROL.sub(" ", str(text or "")).strip()
    if len(plain) <= limit:
        return plain
    cut = plain[: limit - 1]
    line = cut.rfind("\n")  # whole lines of a list (a model and its limits) rather than half of one
    return (cut[:line] if line > limit // 2 else cut).rstrip() + " …"


def _link(op: Mapping[str, Any], doc: dict[str, Any] | None) -> Mapping[str, Any] | None:
    ok = op.get("responses", {}).get("200", {})
    link = ok.get("links", {}).get("result") if isinstance(ok, Mapping) else None
    return link if isinstance(link, Mapping) else None


def _tool_name(*parts: str) -> str | None:
    """A tool's name from an SDK module (dotted for nested ones: `files.upload_urls`) and a verb, when clients
    can take it."""
    name = "_".join(part.replace(".", "_") for part in parts if part)
    return name if _NAME.match(name) else None


def resume_tool(module: str) -> str:
    """The tool that waits for a project of `module` by id: `<kind>_check_result`."""
    return "_".join((module.replace(".", "_"), "check_result"))


def price(body_schema: Mapping[str, Any]) -> Price | None:
    """The document's price of a create, when it states one."""
    text = _pricing.described(body_schema)
    return Price(text) if text else None


def generators(doc: dict[str, Any] | None = None) -> list[Generator]:
    """Every operation whose result the SDK follows (the modules with `generate()`), in the spec's order."""
    by_id = {op.get("operationId"): op for _, _, op in _spec.operations(doc)}
    found = []
    for method, path, op in _spec.operations(doc):
        link, name = _link(op, doc), _tool_name(_spec.sdk_module(op))
        if not link or link.get("operationId") not in by_id or name is None:
            continue
        body = _spec.body_schema(op, doc) or {"type": "object", "properties": {}}
        found.append(
            Generator(
                name=name,
                module=_spec.sdk_module(op),
                method=method,
                path=path,
                title=clean(op.get("summary") or _spec.sdk_module(op), 120),
                description=clean(op.get("description") or op.get("summary") or ""),
                input_schema=_inline(body, doc),
                body_schema=body,
                price=price(body),
                follow=_spec.sdk_module(by_id[link["operationId"]]),
            )
        )
    return found


def readers(doc: dict[str, Any] | None = None) -> list[Reader]:
    """Every GET operation the SDK has a method for, in the spec's order."""
    found = []
    for method, _, op in _spec.operations(doc):
        module, verb = _spec.sdk_module(op), str(op.get("x-sdk-method") or "")
        name = _tool_name(module, verb) if module and verb else None
        if method != "GET" or name is None:
            continue
        found.append(
            Reader(
                name=name,
                module=module,
                method=verb,
                title=clean(op.get("summary") or f"{module} {verb}", 120),
                description=clean(op.get("description") or op.get("summary") or ""),
                input_schema=_parameters(op, doc),
                project="x-sdk-project" in op,
            )
        )
    return found


def _parameters(op: Mapping[str, Any], doc: dict[str, Any] | None) -> dict[str, Any]:
    """The path and query parameters of a GET as one object schema."""
    properties: dict[str, Any] = {}
    required = []
    for parameter in op.get("parameters", ()):
        parameter = parameter
        if not isinstance(parameter, Mapping) or parameter.get("in") not in ("path", "query"):
            continue
        name = str(parameter.get("name", ""))
        schema = _inline(parameter.get("schema", {}), doc)
        if parameter.get("description"):
            schema["description"] = clean(parameter["description"], _MAX_FIELD_DESCRIPTION)
        properties[name] = schema
        if parameter.get("required"):
            required.append(name)
    return {"type": "object", "properties": properties, "required": required, "additionalProperties": False}


def _inline(schema: Any, doc: dict[str, Any] | None, depth: int = 0) -> dict[str, Any]:
    """`schema` with every `$ref` followed and vendor extensions dropped; file fields say what they take."""
    schema = schema
    if not isinstance(schema, Mapping) or depth > _MAX_DEPTH:
        return {}
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key.startswith("x-") or key in ("example", "examples"):
            continue
        if key == "properties" and isinstance(value, Mapping):
            out[key] = {str(k): _inline(v, doc, depth + 1) for k, v in value.items()}
        elif key in ("items", "additionalProperties", "not") and isinstance(value, Mapping):
            out[key] = _inline(value, doc, depth + 1)
        elif key in ("allOf", "anyOf", "oneOf") and isinstance(value, list):
            out[key] = [_inline(v, doc, depth + 1) for v in value]
        elif key == "description":
            out[key] = clean(value, _MAX_FIELD_DESCRIPTION)
        else:
            out[key] = value
    if "x-asset-type" in schema:
        kinds = _spec.asset_type_words(_spec.asset_types(schema))
        out["description"] = f"{out.get('description', '')} The {kinds} file: {FILE_NOTE}".strip()
    if out.get("nullable") is True:  # OpenAPI 3.0's spelling; JSON Schema clients know `null` as a type
        out.pop("nullable")
        kind = out.get("type")
        if isinstance(kind, str):
            out["type"] = [kind, "null"]
    return out


def local_files(generator: Generator, arguments: Mapping[str, Any]) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """(where, path) of every value of a file field that is neither a URL nor a durable storage path (an
    upload's, a saved item's: the SDK's own rule) and that the request would use (a file a sibling field turns
    off is never read)."""
    for found in _validation.file_fields(generator.body_schema, dict(arguments)):
        value = found.value
        if found.selected and isinstance(value, str) and not is_remote(value):
            yield found.where, value


def replace(arguments: Mapping[str, Any], where: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    """A copy of `arguments` with the value at `where` replaced."""
    return dict(_validation.replace(dict(arguments), where, value))


def estimate(generator: Generator, arguments: Mapping[str, Any]) -> int | None:
    """The credits a call costs at the document's price, as far as the call's own arguments tell (outputs,
    characters of text, frames where a field sets the rate); None where only the input file or the render could."""
    return _pricing.estimate_for(generator.body_schema, arguments)


def project_field(project: Any, name: str) -> Any:
    """A field of a project answer (`credits_charged`, `status`), or None where its kind has no such field."""
    value = getattr(project, name, None)
    return None if isinstance(value, Unset) else value
