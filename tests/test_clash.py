"""The official `magic-hour` distribution and this one share the `magic_hour` package: mixing them is refused."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_refuses_a_package_folder_shared_with_the_official_sdk(tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(ROOT / "custom" / "magic_hour", site / "magic_hour", ignore=shutil.ignore_patterns("__pycache__"))
    (site / "magic_hour" / "core").mkdir()  # what `pip install magic-hour` adds on top
    result = subprocess.run(
        [sys.executable, "-c", "import magic_hour"],
        env={"PYTHONPATH": str(site), "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "pip uninstall magic-hour" in result.stderr and "Traceback" in result.stderr


def test_this_package_alone_imports() -> None:
    result = subprocess.run([sys.executable, "-c", "import magic_hour"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
