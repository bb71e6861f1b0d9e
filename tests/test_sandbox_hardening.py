"""The sandbox holds up as the API would: accounts are separate, hostile input is a 4xx, nothing lingers."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from magic_hour import Client, NotFoundError
from magic_hour.sandbox import Sandbox


def test_a_project_is_visible_only_to_the_token_that_created_it(sandbox: Sandbox) -> None:
    with Client("token-a", base_url=sandbox.base_url) as a, Client("token-b", base_url=sandbox.base_url) as b:
        created = a.v1.ai_image_generator.create(image_count=1, style={"prompt": "a fox"})
        assert a.v1.image_projects.get(id=created.id).id == created.id
        with pytest.raises(NotFoundError):
            b.v1.image_projects.get(id=created.id)
        with pytest.raises(NotFoundError):
            b.v1.image_projects.delete(id=created.id)
        assert a.v1.image_projects.get(id=created.id).enabled


def test_tokens_restrict_who_gets_in() -> None:
    with Sandbox(tokens=["only-this"], render_seconds=0) as strict:
        headers = {"Authorization": "Bearer someone-else"}
        assert httpx.get(f"{strict.base_url}/v1/video-projects/x", headers=headers).status_code == 401
        ok = httpx.get(f"{strict.base_url}/v1/video-projects/x", headers={"Authorization": "Bearer only-this"})
        assert ok.status_code == 404


def test_hostile_input_gets_a_4xx_never_a_500(sandbox: Sandbox) -> None:
    headers = {"Authorization": "Bearer t", "Content-Type": "application/json"}
    deep = "[" * 100_000 + "]" * 100_000
    r = httpx.post(f"{sandbox.base_url}/v1/ai-image-generator", content=deep, headers=headers)
    assert r.status_code == 400 and "nested" in r.json()["message"]
    r = httpx.put(f"{sandbox.base_url}/storage/api-assets/abc/image.png?expires=%C2%B2&signature=x", content=b"x")
    assert r.status_code == 403
    r = httpx.post(f"{sandbox.base_url}/v1/text-to-video", json={"end_seconds": {"x": 1}, "style": {}}, headers=headers)
    assert r.status_code == 400
    assert all(entry.status != 500 for entry in sandbox.requests)


def test_stop_closes_idle_keep_alive_connections() -> None:
    sandbox = Sandbox(render_seconds=0).start()
    host, port = sandbox.base_url.removeprefix("http://").rsplit(":", 1)
    idle = socket.create_connection((host, int(port)))
    idle.sendall(b"GET /v1/video-projects/x HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\n\r\n")
    assert idle.recv(4096).startswith(b"HTTP/1.1 404")
    server = sandbox._server
    assert server is not None and server.open_connections == 1
    sandbox.stop()
    idle.settimeout(5)
    assert idle.recv(4096) == b""  # the server closed it
    idle.close()
    # The handler thread counts itself out just after closing the socket: wait for it, on its condition.
    assert server.wait_idle(timeout=5) and server.open_connections == 0


def test_sigterm_removes_the_temporary_storage(tmp_path: Path) -> None:
    env = dict(os.environ, TMPDIR=str(tmp_path))
    proc = subprocess.Popen(
        [sys.executable, "-m", "magic_hour.sandbox", "--port", "0"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    assert "listening on" in first
    assert list(tmp_path.glob("magic-hour-sandbox-*"))  # made before it says it is listening
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=20)
    assert list(tmp_path.glob("magic-hour-sandbox-*")) == []
    assert proc.returncode == 0
