"""One transfer in a fresh process, so the operating system can report its peak memory.

Usage: bench_child.py MODE BASE_URL ARG; prints {"seconds", "rss_before_kib", "rss_peak_kib"} as JSON.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from magic_hour import AsyncClient

TOKEN = "bench-token"


def peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


#: The image request of the first-call and per-call rows: the same body through the SDK and through bare httpx.
IMAGE_BODY = {"image_count": 1, "style": {"prompt": "a lighthouse at dusk"}}
IMAGE_CREATE, IMAGE_PROJECT = "/v1/ai-image-generator", "/v1/image-projects/{id}"


def bare_generate(http: httpx.Client, out_dir: Path) -> None:
    """What generate() does, written with httpx alone: create, poll until complete, download each output."""
    created = http.post(IMAGE_CREATE, json=IMAGE_BODY)
    created.raise_for_status()
    while True:
        project = http.get(IMAGE_PROJECT.format(id=created.json()["id"]))
        project.raise_for_status()
        if project.json()["status"] in ("complete", "error", "canceled"):
            break
    for n, item in enumerate(project.json()["downloads"]):
        with http.stream("GET", item["url"]) as response, (out_dir / f"out-{n}.png").open("wb") as f:
            for chunk in response.iter_bytes():
                f.write(chunk)


def first_call(kind: str, base_url: str) -> None:
    """CPU seconds of importing and making a client, then of the first image generate() of this process."""
    started = time.process_time()
    out_dir = Path(tempfile.mkdtemp())
    if kind == "sdk":
        import magic_hour

        client = magic_hour.Client(TOKEN, base_url=base_url, poll_interval=0.01)
        ready = time.process_time()
        client.v1.ai_image_generator.generate(**IMAGE_BODY, download_directory=out_dir)  # type: ignore[arg-type]
    else:
        http = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {TOKEN}"})
        ready = time.process_time()
        bare_generate(http, out_dir)
    done = time.process_time()
    print(json.dumps({"setup_cpu": ready - started, "first_cpu": done - ready}))


def main() -> None:
    mode, base_url, arg = sys.argv[1:4]
    if mode.startswith("first-"):
        return first_call(mode.removeprefix("first-"), base_url)
    from magic_hour import Client

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
    elif mode == "upload-sdk-async":
        asyncio.run(_async_sdk(base_url, lambda c: c.v1.files.upload_file(Path(arg))))
    elif mode == "upload-httpx-async":
        slot = client.v1.files.upload_urls.create(items=[{"type": "video", "extension": "mp4"}]).items[0]
        started = time.perf_counter()
        asyncio.run(_async_put(slot.upload_url, Path(arg)))
    elif mode == "download-sdk":
        client.v1.video_projects.check_result(id=arg, download_directory=out_dir)
    elif mode == "download-sdk-async":
        asyncio.run(
            _async_sdk(base_url, lambda c: c.v1.video_projects.check_result(id=arg, download_directory=out_dir))
        )
    elif mode == "download-httpx-async":
        url = client.v1.video_projects.get(id=arg).downloads[0].url
        started = time.perf_counter()
        asyncio.run(_async_get(url, out_dir / "out.mp4"))
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


async def _async_sdk(base_url: str, work: Callable[[AsyncClient], Awaitable[object]]) -> None:
    from magic_hour import AsyncClient

    async with AsyncClient(TOKEN, base_url=base_url, timeout=600) as client:
        await work(client)


async def _async_put(url: str, path: Path) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        with path.open("rb") as f:
            while chunk := f.read(1024 * 1024):
                yield chunk

    async with httpx.AsyncClient(timeout=600) as http:
        response = await http.put(url, content=chunks(), headers={"Content-Length": str(path.stat().st_size)})
        response.raise_for_status()


async def _async_get(url: str, path: Path) -> None:
    async with httpx.AsyncClient(timeout=600) as http, http.stream("GET", url) as response:
        with path.open("wb") as f:
            async for chunk in response.aiter_bytes(1024 * 1024):
                f.write(chunk)


if __name__ == "__main__":
    main()
