"""`magic_hour_api/catalog.py`: what the runtime reads of the API, written once at generation as plain data.

Every operation as the SDK, the sandbox, the CLI, batch and webhooks need it: the vocabulary the spec pipeline
wrote (`x-sdk-module`, `x-sdk-method`, `x-asset-type`, `x-sdk-project`, `x-rules`, `x-clip`, ...) with every
`$ref` already followed, so no part of `custom/` walks the OpenAPI document at run time, and what only people
read (code samples) left out. Stored as JSON beside a two-line module: `json.loads` of it takes 5 ms, where the
same data as a Python literal took 150 ms to build on every import (nested literals are not constants).
"""

from __future__ import annotations

import json
from typing import Any

from compiler.model import api as model

_METHODS = ("get", "put", "post", "patch", "delete")
#: What the runtime never reads: code samples for people (a third of the document).
_LEFT_OUT = frozenset({"x-codeSamples"})


class CatalogError(Exception):
    """The document cannot be written as a catalog; the message says why."""


def _for_the_runtime(node: Any) -> Any:
    """`node` (from the model: references followed) without what only people read."""
    if isinstance(node, dict):
        return {k: _for_the_runtime(v) for k, v in node.items() if k not in _LEFT_OUT}
    if isinstance(node, list):
        return [_for_the_runtime(v) for v in node]
    return node


def document(api: model.Api) -> dict[str, Any]:
    """The catalog's content: `info` and every operation under `paths`, references followed."""
    paths: dict[str, Any] = {}
    for op in api.operations:
        if op.method.lower() in _METHODS:
            paths.setdefault(op.path, {})[op.method.lower()] = _for_the_runtime(op.spec)
    info = {k: v for k, v in api.info.items() if k.startswith("x-") or k in ("title", "version")}
    return {"info": _for_the_runtime(info), "paths": paths}


def _json(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n").encode("utf-8")


def render(api: model.Api) -> dict[str, bytes]:
    """The files: `catalog_data/` (one JSON file per operation, one of `info`) and `catalog.py`, which reads an
    operation's file when it is asked for, so a process's first call parses two operations, not the whole
    catalog (parsing all of it was 3.7 ms of that call); `document()` assembles the whole on first use."""
    doc = document(api)
    files: dict[str, bytes] = {"catalog_data/info.json": _json(doc["info"])}
    index: dict[str, str] = {}
    roles: dict[str, str] = {}
    for path, ops in doc["paths"].items():
        for method, op in ops.items():
            key, name = f"{method.upper()} {path}", f"op{len(index)}.json"
            index[key] = name
            files[f"catalog_data/{name}"] = _json(op)
            role = op.get("x-sdk-role")
            if isinstance(role, str):
                roles.setdefault(role, key)
    module = f'''"""What the runtime reads of the API: written from openapi.yaml by scripts/generate; do not edit.

Every operation with its references followed, one JSON file each in `catalog_data/` (the compiler's
writers/catalog.py says why), read when first asked for.
"""

import json
import os
from functools import cache
from typing import Any

# Read through the package's own loader (zip installs included): importlib.resources would load its readers
# and zipfile on a process's first call.
_HERE = os.path.join(os.path.dirname(__file__), "catalog_data")

#: "METHOD path" -> the file holding that operation, in the document's order.
OPERATIONS: dict[str, str] = {json.dumps(index, indent=4)}

#: x-sdk-role -> the "METHOD path" that plays it ("upload-urls").
ROLES: dict[str, str] = {json.dumps(roles, indent=4)}


def _load(name: str) -> Any:
    return json.loads(__loader__.get_data(os.path.join(_HERE, name)))  # type: ignore[name-defined]


@cache
def operation(method: str, path: str) -> dict[str, Any] | None:
    """One operation, references followed; None when the catalog has none at `method path`."""
    name = OPERATIONS.get(f"{{method.upper()}} {{path}}")
    return None if name is None else dict(_load(name))


@cache
def info() -> dict[str, Any]:
    """The document's `info` as the runtime reads it (title, version, the x- vocabulary)."""
    return dict(_load("info.json"))


@cache
def document() -> dict[str, Any]:
    """The whole catalog: `info` and every operation under `paths`, in the document's order."""
    paths: dict[str, dict[str, Any]] = {{}}
    for key in OPERATIONS:
        method, path = key.split(" ", 1)
        paths.setdefault(path, {{}})[method.lower()] = operation(method, path)
    return {{"info": info(), "paths": paths}}
'''
    files["catalog.py"] = module.encode("utf-8")
    return files
