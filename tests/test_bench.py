"""The benchmark runs and prints its table (the figures themselves are judged in docs/benchmarks.md, not here)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_bench_quick_prints_the_table() -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts/benchmarks/bench.py"),
            "--quick",
            "--size-mib",
            "4",
            "--round-trips",
            "10",
            "--concurrent",
            "3",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "| what | SDK | baseline | ratio | target |"
    for row in (
        "create + get round trips",
        "client CPU per image generate()",
        "CPU of the first image generate() of a process",
        "upload_file of 4 MiB",
        "download of 4 MiB",
        "concurrent AsyncClient.generate()",
        "import",
        "webhooks: unwrap",
    ):
        assert any(row in line for line in lines), row
