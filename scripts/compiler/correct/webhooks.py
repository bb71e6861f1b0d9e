"""Magic Hour's webhook document, corrected: spec/magic-hour-webhooks.openapi.json + spec/webhooks-overlay.yaml.

The webhook document is corrected like the API document, by an OpenAPI Overlay (`x-sdk-status`, `x-sdk-class`
on an operation), but is not inferred from: the model (compiler/model/events.py) reads its events as they stand.
The writer and update-spec both read it through `load`, so they see one document.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from compiler.correct import spec_pipeline

ROOT = Path(__file__).resolve().parents[3]
DOCUMENT = "magic-hour-webhooks.openapi.json"
OVERLAY = "webhooks-overlay.yaml"


class WebhooksError(Exception):
    """The webhook document cannot be turned into events; nothing was written."""


def load(root: Path = ROOT, document: Path | None = None) -> tuple[dict[str, Any], spec_pipeline.Notes]:
    """The webhook document with our overlay applied (an overlay action that no longer applies is noted)."""
    path = document or root / "spec" / DOCUMENT
    if not path.exists():
        raise WebhooksError(f"spec/ holds no {DOCUMENT} (Magic Hour's webhook document)")
    try:
        doc = spec_pipeline.load(path)
    except spec_pipeline.SpecError as exc:
        raise WebhooksError(str(exc)) from exc
    notes = spec_pipeline.Notes()
    overlay = root / "spec" / OVERLAY
    if overlay.exists():
        try:
            doc = spec_pipeline.apply_overlay(doc, spec_pipeline.load(overlay), notes)
        except spec_pipeline.SpecError as exc:
            raise WebhooksError(f"spec/{OVERLAY}: {exc}") from exc
    return doc, notes
