"""Magic Hour's live documents (21286c5, then fc38512), stored as gzipped RFC 6902 patches on the last document
of tests/history/ (2026-08-18), with the corrections as they stood for that document (`overlay.yaml`)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

from ..history import corpus

HERE = Path(__file__).resolve().parent
OVERLAY = HERE / "overlay.yaml"


def documents() -> list[tuple[str, dict[str, Any]]]:
    """(name, document) for the 2026-08-18 document and each live one after it, each checked by its sha256."""
    index = json.loads((HERE / "steps.json").read_text(encoding="utf-8"))
    base = dict(corpus.documents())[index["base"]]
    out = [(str(index["base"]), base)]
    for name, digest in index["steps"]:
        patch = json.loads(gzip.decompress((HERE / f"{name}.json.gz").read_bytes()))
        doc = corpus.apply_patch(out[-1][1], patch)
        if corpus.digest(doc) != digest:
            raise ValueError(f"tests/live/{name}.json.gz does not rebuild the document it was made from")
        out.append((str(name), doc))
    return out
