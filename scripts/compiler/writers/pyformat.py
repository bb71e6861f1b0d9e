"""Generated modules formatted like the rest of generated/ (ruff, isolated settings), so the output is byte-stable."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path


class FormatError(Exception):
    """ruff could not format a generated module: the writer produced something that is not Python."""


def format_python(files: dict[str, str]) -> dict[str, bytes]:
    """Each module (by relative path) fixed (imports sorted, unused ones removed) and formatted.

    All files go through one `ruff check --fix-only` and one `ruff format` run: a process per file cost a
    generation about two seconds. The folder is below a folder of its own, so no name in it is first-party."""
    ruff = str(Path(sys.executable).parent / "ruff")
    with tempfile.TemporaryDirectory(prefix="magic-hour-format-") as tmp:
        root = Path(tmp) / "modules"
        for name, text in files.items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(text, encoding="utf-8")
        select = ["--select", "I,F401,UP"]
        subprocess.run(
            [ruff, "check", "--isolated", "--no-cache", "--fix-only", "--quiet", *select, str(root)],
            cwd=tmp,
            capture_output=True,
            check=False,
        )
        result = subprocess.run(
            [ruff, "format", "--isolated", "--no-cache", "--line-length", "120", str(root)],
            cwd=tmp,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            detail = " / ".join(result.stderr.strip().splitlines()[:3])
            raise FormatError(f"ruff could not format the generated code: {detail}")
        return {name: (root / name).read_bytes() for name in files}
