"""A copy of the repository for tests that run the generator on it (the real tree is never written)."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: What scripts/generate and scripts/update-spec read and write.
PARTS = ("spec", "scripts", "custom", "generated", "docs", "openapi.yaml", "openapi-python-client.yaml", "CHANGELOG.md")


def copy_repo(target: Path) -> Path:
    """`target` made a copy of the parts the generator reads and writes (caches left out); returns it."""
    for name in PARTS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, target / name)
    return target
