"""Shared by the batch tests: job files whose keys the sandbox can count creates by."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from magic_hour.sandbox import Sandbox

COMMAND = str(Path(sys.executable).parent / "magic-hour")


def image_job(key: str, **extra: Any) -> dict[str, Any]:
    """An image job whose `name` is its key, so `sandbox.creates_by("name")` counts creates per job."""
    return {
        "module": "ai_image_generator",
        "key": key,
        "params": {"image_count": 1, "name": key, "style": {"prompt": "a fox in the snow"}, **extra},
    }


def write_jobs(path: Path, jobs: Iterable[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(job) + "\n" for job in jobs), encoding="utf-8")
    return path


def cli_env(sandbox: Sandbox, token: str) -> dict[str, str]:
    return dict(os.environ, MAGIC_HOUR_API_TOKEN=token, MAGIC_HOUR_BASE_URL=sandbox.base_url, PYTHONUNBUFFERED="1")


def run_cli(sandbox: Sandbox, token: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [COMMAND, *args], env=cli_env(sandbox, token), capture_output=True, text=True, timeout=timeout, check=False
    )


def wait_for(predicate: Any, timeout: float = 30.0, step: float = 0.002) -> bool:
    """True once `predicate()` holds (checked every `step` s on an Event, never a bare sleep)."""
    ticker = threading.Event()
    deadline = timeout / step
    n = 0
    while not predicate():
        if n > deadline:
            return False
        ticker.wait(step)
        n += 1
    return True


def kill_when(proc: subprocess.Popen[str], predicate: Any, timeout: float = 60.0) -> bool:
    """SIGKILL `proc` once `predicate()` holds; False if it ended first."""
    reached = wait_for(lambda: predicate() or proc.poll() is not None, timeout)
    if proc.poll() is not None:
        return False
    assert reached
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    return True
