"""What the runtime reads of the API: written from openapi.yaml by scripts/generate; do not edit.

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
OPERATIONS: dict[str, str] = {
    "GET /v1/account": "op0.json",
    "GET /v1/saved-items": "op1.json",
    "POST /v1/files/upload-urls": "op2.json",
    "GET /v1/face-detection/{id}": "op3.json",
    "POST /v1/face-detection": "op4.json",
    "GET /v1/video-projects/{id}": "op5.json",
    "DELETE /v1/video-projects/{id}": "op6.json",
    "POST /v1/ai-talking-photo": "op7.json",
    "POST /v1/ai-video-editor": "op8.json",
    "POST /v1/ai-video-translator": "op9.json",
    "POST /v1/animation": "op10.json",
    "POST /v1/audio-to-video": "op11.json",
    "POST /v1/auto-subtitle-generator": "op12.json",
    "POST /v1/character-replace": "op13.json",
    "POST /v1/face-swap": "op14.json",
    "POST /v1/image-to-video": "op15.json",
    "POST /v1/lip-sync": "op16.json",
    "POST /v1/text-to-video": "op17.json",
    "POST /v1/video-to-video": "op18.json",
    "GET /v1/image-projects/{id}": "op19.json",
    "DELETE /v1/image-projects/{id}": "op20.json",
    "POST /v1/ai-clothes-changer": "op21.json",
    "POST /v1/ai-face-editor": "op22.json",
    "POST /v1/ai-gif-generator": "op23.json",
    "POST /v1/ai-image-editor": "op24.json",
    "POST /v1/ai-headshot-generator": "op25.json",
    "POST /v1/ai-image-generator": "op26.json",
    "POST /v1/ai-image-upscaler": "op27.json",
    "POST /v1/ai-meme-generator": "op28.json",
    "POST /v1/ai-qr-code-generator": "op29.json",
    "POST /v1/body-swap": "op30.json",
    "POST /v1/face-swap-photo": "op31.json",
    "POST /v1/head-swap": "op32.json",
    "POST /v1/image-background-remover": "op33.json",
    "POST /v1/photo-colorizer": "op34.json",
    "GET /v1/audio-projects/{id}": "op35.json",
    "DELETE /v1/audio-projects/{id}": "op36.json",
    "POST /v1/ai-voice-generator": "op37.json",
    "POST /v1/ai-voice-cloner": "op38.json"
}

#: x-sdk-role -> the "METHOD path" that plays it ("upload-urls").
ROLES: dict[str, str] = {
    "upload-urls": "POST /v1/files/upload-urls"
}


def _load(name: str) -> Any:
    return json.loads(__loader__.get_data(os.path.join(_HERE, name)))  # type: ignore[name-defined]


@cache
def operation(method: str, path: str) -> dict[str, Any] | None:
    """One operation, references followed; None when the catalog has none at `method path`."""
    name = OPERATIONS.get(f"{method.upper()} {path}")
    return None if name is None else dict(_load(name))


@cache
def info() -> dict[str, Any]:
    """The document's `info` as the runtime reads it (title, version, the x- vocabulary)."""
    return dict(_load("info.json"))


@cache
def document() -> dict[str, Any]:
    """The whole catalog: `info` and every operation under `paths`, in the document's order."""
    paths: dict[str, dict[str, Any]] = {}
    for key in OPERATIONS:
        method, path = key.split(" ", 1)
        paths.setdefault(path, {})[method.lower()] = operation(method, path)
    return {"info": info(), "paths": paths}
