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

_METHODS = ("get", "put", "post", "patch", "delete")
#: What the runtime never reads: code samples for people (a third of the document).
_LEFT_OUT = frozenset({"x-codeSamples"})
#: No schema the document can describe needs more: a chain of references that multiplies beyond this is refused.
MAX_NODES = 2_000_000


class CatalogError(Exception):
    """The document cannot be written as a catalog; the message says why."""


def _follow(doc: dict[str, Any], ref: str) -> Any:
    node: Any = doc
    for part in ref.lstrip("#/").split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        node = node.get(part) if isinstance(node, dict) else None
    return node


def dereferenced(doc: dict[str, Any], node: Any) -> Any:
    """`node` with every local `$ref` replaced by what it names (the pipeline has cut recursive ones)."""
    count = 0

    def walk(value: Any, depth: int) -> Any:
        nonlocal count
        count += 1
        if count > MAX_NODES or depth > 200:
            raise CatalogError("the document's references expand beyond what a catalog can hold")
        if isinstance(value, dict):
            ref = value.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/"):
                target = _follow(doc, ref)
                siblings = {k: v for k, v in value.items() if k != "$ref"}
                merged = {**target, **siblings} if isinstance(target, dict) else siblings
                return walk(merged, depth + 1)
            return {k: walk(v, depth + 1) for k, v in value.items() if k not in _LEFT_OUT}
        if isinstance(value, list):
            return [walk(v, depth + 1) for v in value]
        return value

    return walk(node, 0)


def document(spec: dict[str, Any]) -> dict[str, Any]:
    """The catalog's content: `info` and every operation under `paths`, dereferenced."""
    paths: dict[str, Any] = {}
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        ops = {m: dereferenced(spec, op) for m, op in item.items() if m in _METHODS and isinstance(op, dict)}
        if ops:
            paths[path] = ops
    info = {k: v for k, v in (spec.get("info") or {}).items() if k.startswith("x-") or k in ("title", "version")}
    return {"info": info, "paths": paths}


def render(spec: dict[str, Any]) -> dict[str, bytes]:
    """The files: `catalog.json` (the data) and `catalog.py` (which loads it once, on first import)."""
    data = json.dumps(document(spec), ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n"
    module = (
        '"""What the runtime reads of the API: written from openapi.yaml by scripts/generate; do not edit.\n\n'
        "Every operation with its references followed (`catalog.json`; scripts/compiler/writers/catalog.py says why).\n"
        '"""\n\n'
        "import json\n"
        "import os\n"
        "from typing import Any\n\n"
        "# Read through the package's own loader (zip installs included): importlib.resources would load its readers\n"
        "# and zipfile on a process's first call.\n"
        '_WHERE = os.path.join(os.path.dirname(__file__), "catalog.json")\n'
        "DOCUMENT: dict[str, Any] = json.loads(__loader__.get_data(_WHERE))  # type: ignore[name-defined]\n"
    )
    return {"catalog.json": data.encode("utf-8"), "catalog.py": module.encode("utf-8")}
