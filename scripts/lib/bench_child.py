"""One transfer in a fresh process, so the operating system can report its peak memory.

Usage: bench_child.py MODE BASE_URL ARG; prints {"seconds", "rss_before_kib", "rss_peak_kib"} as JSON.
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

import httpx
from magic_hour import Client

TOKEN = "bench-token"


def peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def main() -> None:
    mode, base_url, arg = sys.argv[1:4]
    client = Client(TOKEN, base_url=base_url, timeout=600)
    http = httpx.Client(timeout=600)
    out_dir = Path(tempfile.mkdtemp())
    before = peak_kib()
    started = time.perf_counter()
    if mode == "upload-sdk":
        client.v1.files.upload_file(Path(arg))
    elif mode == "upload-httpx":
        slot = client.v1.files.upload_urls.create(items=[{"type": "video", "extension": "mp4"}]).items[0]
        started = time.perf_counter()
        with Path(arg).open("rb") as f:
            http.put(
                slot.upload_url, content=f, headers={"Content-Length": str(Path(arg).stat().st_size)}
            ).raise_for_status()
    elif mode == "download-sdk":
        client.v1.video_projects.check_result(id=arg, download_directory=out_dir)
    elif mode == "download-httpx":
        url = client.v1.video_projects.get(id=arg).downloads[0].url
        started = time.perf_counter()
        with http.stream("GET", url) as response, (out_dir / "out.mp4").open("wb") as f:
            for chunk in response.iter_bytes(1024 * 1024):
                f.write(chunk)
    else:
        raise SystemExit(f"unknown mode {mode}")
    seconds = time.perf_counter() - started
    for path in out_dir.iterdir():
        path.unlink()
    print(json.dumps({"seconds": seconds, "rss_before_kib": before, "rss_peak_kib": peak_kib()}))


if __name__ == "__main__":
    main()
