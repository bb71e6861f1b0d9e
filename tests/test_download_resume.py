"""A download stopped by SIGKILL leaves its bytes in one temporary file per output; the next download of the same
output goes on from them with a Range request and leaves nothing behind, over real HTTP and a real kill."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from magic_hour import Client

from .conftest import TOKEN
from .test_security import project_json

#: 4 MiB: its first half is two of the chunks downloads write at once, so part of it reaches the disk before the kill.
CONTENT = bytes(range(256)) * 4096 * 4
HALF = len(CONTENT) // 2


class _Storage:
    """A server: the project answer, and storage that sends half the output and then holds the connection
    until told to stop (the killed download's), or honours a Range request (the resumed one)."""

    def __init__(self) -> None:
        self.ranges: list[str | None] = []
        self.half_sent = threading.Event()
        self.stop = threading.Event()
        storage = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                base = f"http://127.0.0.1:{self.server.server_address[1]}"
                if self.path.startswith("/v1/"):
                    body = json.dumps(project_json(base, ["clip.mp4"])).encode()
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                    return
                wanted = self.headers.get("Range")
                storage.ranges.append(wanted)
                if wanted is None and not storage.half_sent.is_set():  # the first download: stalled, then killed
                    self.send_response(200)
                    self.send_header("Content-Length", str(len(CONTENT)))
                    self.end_headers()
                    self.wfile.write(CONTENT[:HALF])
                    self.wfile.flush()
                    storage.half_sent.set()
                    storage.stop.wait(30)  # the client is killed meanwhile
                    return
                start = int(wanted.removeprefix("bytes=").rstrip("-")) if wanted else 0
                self.send_response(206 if wanted else 200)
                if wanted:
                    self.send_header("Content-Range", f"bytes {start}-{len(CONTENT) - 1}/{len(CONTENT)}")
                self.send_header("Content-Length", str(len(CONTENT) - start))
                self.end_headers()
                self.wfile.write(CONTENT[start:])

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"


@pytest.fixture
def storage() -> Iterator[_Storage]:
    running = _Storage()
    thread = threading.Thread(target=running.server.serve_forever, daemon=True)
    thread.start()
    try:
        yield running
    finally:
        running.stop.set()
        running.server.shutdown()
        running.server.server_close()


CHILD = """
import sys
from magic_hour import Client
with Client(sys.argv[1], base_url=sys.argv[2]) as client:
    client.v1.video_projects.check_result(id="p1", download_directory=sys.argv[3])
"""


def _part_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".part")]


def _kill_while_downloading(storage: _Storage, folder: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", CHILD, TOKEN, storage.base_url, str(folder)])
    try:
        assert storage.half_sent.wait(60), "the download never started"
        # The half is on the wire; the child writes what it has once a chunk is in: wait until the file shows it.
        for _ in range(600):
            parts = _part_files(folder) if folder.exists() else []
            if parts and parts[0].stat().st_size > 0:
                break
            threading.Event().wait(0.05)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)


def test_a_download_killed_midway_is_resumed_by_the_next_one(storage: _Storage, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    _kill_while_downloading(storage, folder)
    (left,) = _part_files(folder)  # what the kill left: the bytes written so far
    written = left.stat().st_size
    assert 0 < written <= HALF

    with Client(TOKEN, base_url=storage.base_url) as client:
        result = client.v1.video_projects.check_result(id="p1", download_directory=folder)
    assert storage.ranges == [None, f"bytes={written}-"]  # went on from the bytes on disk, not from zero
    assert Path(result.downloaded_paths[0]).read_bytes() == CONTENT
    assert _part_files(folder) == []  # nothing left behind


def test_a_temporary_file_a_running_download_holds_is_left_to_it(storage: _Storage, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    _kill_while_downloading(storage, folder)
    (left,) = _part_files(folder)
    import fcntl

    with left.open("ab") as held:  # another download, still running, holds it
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        with Client(TOKEN, base_url=storage.base_url) as client:
            result = client.v1.video_projects.check_result(id="p1", download_directory=folder)
        assert storage.ranges == [None, None]  # started afresh, under a name of its own
        assert _part_files(folder) == [left]  # and did not touch the held one
    assert Path(result.downloaded_paths[0]).read_bytes() == CONTENT
    os.unlink(left)
