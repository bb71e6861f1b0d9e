"""Module docs from the spec (placeholder until the docs generator lands)."""

from __future__ import annotations

from pathlib import Path


class DocsError(Exception):
    """A docs file cannot be regenerated without losing hand-written text."""


def render_all(spec: dict[str, object], docs_dir: Path) -> dict[str, bytes]:
    return {}
