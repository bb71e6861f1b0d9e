"""A sandbox in its own process for the benchmarks; prints its URL, pid, a seeded project id and where uploads go.

Usage: bench_server.py RENDER_SECONDS OUTPUT_BYTES
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from magic_hour.sandbox import Sandbox


def main() -> None:
    render_seconds, output_bytes = float(sys.argv[1]), int(sys.argv[2])
    with Sandbox(render_seconds=render_seconds) as sandbox:
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
