"""Work-arounds for measured costs in the HTTP stack (see docs/benchmarks.md)."""

from __future__ import annotations

import importlib.util
import sys


def skip_failed_sniffio_import() -> None:
    """Make httpcore's per-request ``import sniffio`` fail fast when sniffio is not installed.

    httpcore tries to import sniffio on every async request; when it is absent, each attempt searches
    sys.path again (a third of the client's CPU with 50 concurrent workflows). A ``None`` entry in
    sys.modules is Python's own marker for "not importable", so the outcome is the same, only cached.
    Nothing changes when sniffio is installed.
    """
    if "sniffio" not in sys.modules and importlib.util.find_spec("sniffio") is None:
        sys.modules["sniffio"] = None  # type: ignore[assignment]
