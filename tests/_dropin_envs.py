"""Throwaway virtual environments for the drop-in tests: the official SDK, and the integrations on ours.

Each is built once per clone under `.dropin-envs/` at the repository root, which git ignores (measured on 2
cores: the official one about 1 minute, the integrations' 2.5 minutes, most of it pip installing llama-index-core's
dependencies; 5 to 7 minutes while other work loads the machine), and reused while its pins, the Python
version and (for the ones that install this SDK) pyproject.toml are unchanged. A lock lets concurrent
sessions share one build; a build that died halfway has no `.ready` marker and is built again.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / ".dropin-envs"

#: The official SDK whose README the drop-in test runs, and the integrations written for it.
OFFICIAL = "magic-hour==0.90.0"
INTEGRATIONS = ("langchain-magic-hour==0.1.0", "llama-index-tools-magic-hour==0.1.0")
#: The integrations' own dependencies but `magic-hour` (their metadata's other Requires-Dist lines:
#: langchain-core>=0.3, pydantic>=2, llama-index-core>=0.13.0,<0.15), pinned so that pip need not search.
INTEGRATION_DEPS = ("langchain-core==1.8.3", "pydantic==2.14.4", "llama-index-core==0.14.25")


def _pip(python: Path, args: Sequence[str]) -> None:
    cmd = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *args]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"pip install {' '.join(args)} failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")


def _env(name: str, steps: Sequence[Sequence[str]], *, with_this_sdk: bool) -> Path:
    """The python of an environment built by running `steps` (pip install arguments) in order."""
    key = hashlib.sha256(repr((steps, sys.version_info[:2])).encode())
    if with_this_sdk:
        key.update((ROOT / "pyproject.toml").read_bytes())
    home = CACHE / f"{name}-{key.hexdigest()[:12]}"
    python = home / "bin" / "python"
    CACHE.mkdir(exist_ok=True)
    with (CACHE / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (home / ".ready").exists():
            return python
        shutil.rmtree(home, ignore_errors=True)
        for old in CACHE.glob(f"{name}-*"):
            shutil.rmtree(old, ignore_errors=True)  # an older build of this environment: its pins changed
        subprocess.run([sys.executable, "-m", "venv", str(home)], check=True)
        for step in steps:
            _pip(python, step)
        (home / ".ready").write_text("built\n")
    return python


def official_python() -> Path:
    """A Python with the official `magic-hour` package and nothing of this repository."""
    return _env("official", [[OFFICIAL]], with_this_sdk=False)


def integrations_python() -> Path:
    """A Python with this SDK (editable, so it runs this checkout) and both integrations without `magic-hour`."""
    return _env(
        "integrations",
        [["-e", os.fspath(ROOT), *INTEGRATION_DEPS], ["--no-deps", *INTEGRATIONS]],
        with_this_sdk=True,
    )


def module_file(python: Path, module: str) -> str:
    """Where `module` is imported from in that environment."""
    code = f"import {module}; print({module}.__file__)"
    return subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=True).stdout.strip()
