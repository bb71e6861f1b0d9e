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


def render(api: model.Api) -> dict[str, bytes]:
    """The files: `catalog.json` (the data) and `catalog.py` (which loads it once, on first import)."""
    data = json.dumps(document(api), ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n"
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
