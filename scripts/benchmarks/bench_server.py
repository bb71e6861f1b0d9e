"""A sandbox in its own process for the benchmarks; prints its URL, pid, a seeded project id and where uploads go.

Usage: bench_server.py RENDER_SECONDS OUTPUT_BYTES [LATENCY_SECONDS]

LATENCY_SECONDS delays every answer, as the network and the API's own work would (a latency fault on every route).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from magic_hour.sandbox import ROUTES, Fault, Sandbox


def main() -> None:
    render_seconds, output_bytes = float(sys.argv[1]), int(sys.argv[2])
    latency = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    with Sandbox(render_seconds=render_seconds) as sandbox:
        if latency:
            sandbox.inject(*(Fault(route, "latency", seconds=latency, times=None) for route in ROUTES))
        project_id = None
        if output_bytes:
            big = Path(tempfile.mkdtemp()) / "big.mp4"
            with big.open("wb") as f:
                f.write(b"\x00\x00\x00\x18ftypmp42")
                f.truncate(output_bytes)  # sparse: costs no disk until read
            project_id = sandbox.add_finished_project(big)
        info = {"base_url": sandbox.base_url, "pid": os.getpid(), "project_id": project_id}
        print(json.dumps({**info, "uploads_dir": str(sandbox.storage_dir / "api-assets")}), flush=True)
        sys.stdin.read()  # until the benchmark closes our stdin


if __name__ == "__main__":
    main()
