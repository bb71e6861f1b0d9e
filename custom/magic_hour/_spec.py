"""The API as the runtime reads it: the generated catalog (`magic_hour_api.catalog`), never the raw document.

The engine knows no operation, field or enum of the API: it reads what it needs from the catalog, which holds
every operation with its references already followed and the vocabulary the spec pipeline writes
(`x-sdk-module`, `x-asset-type`, `x-sdk-project`, `x-rules`, `x-clip`, `x-extensions`, OpenAPI links; see
CONTRIBUTING). A regenerated spec moves the SDK's validation, the sandbox's rules and the CLI with it.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any, NamedTuple, cast

_JSON = "application/json"
_METHODS = ("get", "put", "post", "patch", "delete")


class SpecContractError(RuntimeError):
    """The spec no longer has something the custom layer depends on (raised at import or first use)."""


@cache
def document() -> dict[str, Any]:
    """The catalog: `info` and every operation under `paths`, references followed (plain data, generated)."""
    from magic_hour_api import catalog

    return catalog.document()


def follow_ref(schema: Any, doc: dict[str, Any] | None = None) -> Any:
    """`schema` with a top-level `$ref` followed. The catalog has none left; a document passed in (the CLI built
    from a new document at generation) may."""
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        node: Any = doc if doc is not None else document()
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def operations(doc: dict[str, Any] | None = None) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(METHOD, path, operation) for every operation in the spec."""
    doc = doc if doc is not None else document()
    for path, item in doc.get("paths", {}).items():
        for method, op in item.items():
            if method in _METHODS and isinstance(op, dict):
                yield method.upper(), path, op


@cache
def operation(method: str, path: str) -> dict[str, Any]:
    """The operation at `method path`, read alone (a process's first call parses two operations, not the whole
    catalog); a missing one is a contract break, named as such."""
    from magic_hour_api import catalog

    found = catalog.operation(method, path)
    if found is None:
        raise SpecContractError(
            f"openapi.yaml has no operation {method} {path}, which the generated SDK surface calls. "
            "Run scripts/generate so generated/ matches the spec."
        )
    return found


def body_schema(op: dict[str, Any], doc: dict[str, Any] | None = None) -> dict[str, Any] | None:
    """The JSON request body schema of an operation, if it has one."""
    schema = op.get("requestBody", {}).get("content", {}).get(_JSON, {}).get("schema")
    return cast(dict[str, Any], follow_ref(schema, doc)) if schema is not None else None


def response_schema(op: dict[str, Any], status: str = "200", doc: dict[str, Any] | None = None) -> dict[str, Any]:
    response = follow_ref(op.get("responses", {}).get(status, {}), doc)
    return cast(dict[str, Any], follow_ref(response.get("content", {}).get(_JSON, {}).get("schema", {}), doc))


def sdk_module(op: dict[str, Any]) -> str:
    """The dotted SDK module an operation belongs to (``face_swap``, ``video_projects``)."""
    return str(op.get("x-sdk-module", ""))


class ProjectRules(NamedTuple):
    """How to follow what a create operation started: from `x-sdk-project` on the linked GET operation."""

    module: str  # the SDK module whose check_result() resumes it
    success: frozenset[str]
    failure: frozenset[str]
    outputs: str | None  # the response field listing outputs
    output_url: str | None  # the field of each output that holds its URL
    deleted_field: str | None
    deleted_value: Any

    def is_final(self, status: str) -> bool:
        return status in self.success or status in self.failure


@cache
def project_rules(method: str, path: str) -> ProjectRules:
    """The lifecycle of the project a GET operation returns."""
    op = operation(method, path)
    rules = op.get("x-sdk-project")
    if not isinstance(rules, dict):
        raise SpecContractError(f"{method} {path} has no x-sdk-project in openapi.yaml; generate() cannot follow it.")
    outputs = rules.get("outputs") or {}
    deleted = rules.get("deleted") or {}
    return ProjectRules(
        module=sdk_module(op),
        success=frozenset(rules.get("success", ())),
        failure=frozenset(rules.get("failure", ())),
        outputs=outputs.get("array"),
        output_url=outputs.get("url"),
        deleted_field=deleted.get("field"),
        deleted_value=deleted.get("value"),
    )


def _find(schema: Any, key: str) -> Any:
    """The first value of `key` anywhere inside `schema` (depth first)."""
    if isinstance(schema, dict):
        if key in schema:
            return schema[key]
        children: list[Any] = list(schema.values())
    elif isinstance(schema, list):
        children = schema
    else:
        return None
    for child in children:
        found = _find(child, key)
        if found is not None:
            return found
    return None


def asset_types(schema: Any) -> tuple[str, ...]:
    """The asset types a file field takes: `x-asset-type` is one (`image`) or a list (`[image, video]`)."""
    value = follow_ref(schema).get("x-asset-type") if isinstance(follow_ref(schema), dict) else None
    if value is None:
        return ()
    return tuple(str(v) for v in value) if isinstance(value, list) else (str(value),)


def asset_type_words(types: tuple[str, ...]) -> str:
    """`image`, `image or video`: how messages and docs name what a field takes."""
    return " or ".join(types)


@cache
def upload_operation() -> tuple[str, str]:
    """(METHOD, path) of the operation that hands out upload URLs (`x-sdk-role: upload-urls`)."""
    from magic_hour_api import catalog

    key = catalog.ROLES.get("upload-urls")
    if key is not None:
        method, path = key.split(" ", 1)
        return method, path
    raise SpecContractError("openapi.yaml has no operation with x-sdk-role: upload-urls; files cannot be uploaded.")


@cache
def extensions_by_asset_type() -> dict[str, tuple[str, ...]]:
    """File extensions the API accepts for each asset type (`video`, `audio`, `image`)."""
    table = _find(body_schema(operation(*upload_operation())), "x-extensions")
    if not isinstance(table, dict):
        raise SpecContractError("the upload-URLs request in openapi.yaml lost its x-extensions table.")
    return {str(kind): tuple(str(e).lower() for e in exts) for kind, exts in table.items()}


@cache
def storage_prefixes() -> tuple[str, ...]:
    """The first folders of durable storage paths (`api-assets/`, `saved-items/`): a value starting with one is a
    file already in Magic Hour's storage, taken as it is."""
    from magic_hour_api import catalog

    found = catalog.info().get("x-sdk-storage-prefixes") or ()
    return tuple(str(prefix) for prefix in found)


def storage_path_words() -> str:
    """How messages name those paths: `'api-assets/...' or 'saved-items/...'`."""
    return " or ".join(f"'{prefix}...'" for prefix in storage_prefixes())


#: What the engine relies on beyond the vocabulary: the fields of the upload-URLs exchange and of projects.
#: `contract_problems()` names any a new spec dropped, so the suite fails with the names instead of at run time.
_UPLOAD_REQUEST_ITEM = ("type", "extension")
_UPLOAD_RESPONSE_ITEM = ("upload_url", "file_path")


def _item_props(schema: dict[str, Any], array: str) -> dict[str, Any]:
    items = follow_ref(follow_ref(schema.get("properties", {}).get(array, {})).get("items", {}))
    return cast(dict[str, Any], items.get("properties", {}))


def contract_problems(doc: dict[str, Any] | None = None) -> list[str]:
    """What the engine needs from the spec and does not find there (empty when all is well)."""
    doc = doc if doc is not None else document()
    problems: list[str] = []
    by_id = {op.get("operationId"): (m, p, op) for m, p, op in operations(doc)}
    uploads = [(m, p, op) for m, p, op in operations(doc) if op.get("x-sdk-role") == "upload-urls"]
    if not uploads:
        problems.append("no operation has x-sdk-role: upload-urls")
    if not doc.get("info", {}).get("x-sdk-storage-prefixes"):
        problems.append("info.x-sdk-storage-prefixes is missing (no file_path example in any answer)")
    for method, path, op in uploads:
        request = body_schema(op, doc) or {}
        for name in _UPLOAD_REQUEST_ITEM:
            if name not in _item_props(request, "items"):
                problems.append(f"{method} {path}: request field items[].{name} is missing")
        for name in _UPLOAD_RESPONSE_ITEM:
            if name not in _item_props(response_schema(op, doc=doc), "items"):
                problems.append(f"{method} {path}: response field items[].{name} is missing")
        if _find(request, "x-extensions") is None:
            problems.append(f"{method} {path}: the x-extensions table is missing")
    for method, path, op in operations(doc):
        link = follow_ref(op.get("responses", {}).get("200", {}), doc).get("links", {}).get("result")
        if not link:
            continue
        if "id" not in response_schema(op, doc=doc).get("properties", {}):
            problems.append(f"{method} {path}: the 200 response has no id to follow")
        target = by_id.get(link.get("operationId"))
        if target is None:
            problems.append(f"{method} {path}: links.result names {link.get('operationId')!r}, which does not exist")
            continue
        t_method, t_path, t_op = target
        rules = t_op.get("x-sdk-project")
        props = response_schema(t_op, doc=doc).get("properties", {})
        if not isinstance(rules, dict):
            problems.append(f"{t_method} {t_path}: x-sdk-project is missing")
            continue
        for name in ("id", "status"):
            if name not in props:
                problems.append(f"{t_method} {t_path}: response field {name} is missing")
        outputs = (rules.get("outputs") or {}).get("array")
        if outputs and outputs not in props:
            problems.append(f"{t_method} {t_path}: response field {outputs} (x-sdk-project outputs) is missing")
    return sorted(set(problems))
