"""Secrets stay secret, downloads stay inside their directory, and hostile responses fail cleanly."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from magic_hour import APIResponseValidationError, Client, ValidationError
from magic_hour._transfer import safe_filename

from ._scripted_server import Answer, Received, scripted_server
from .conftest import FAST_RETRY, TOKEN

HOSTILE = [
    "..%2F..%2Fescape.mp4",
    "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%2Fabsolute%2Fpath.mp4",
    "..%5C..%5Cwindows.mp4",
    "nul%00byte.mp4",
    "a" * 400 + ".mp4",
    "CON.mp4",
    "lpt1",
    ".hidden.mp4",
    "..",
    "",
    "%20%20",
    "new%0Aline.mp4",
]


def project_json(base_url: str, names: list[str]) -> dict[str, Any]:
    example = {
        "id": "p1",
        "name": None,
        "status": "complete",
        "type": "TALKING_PHOTO",
        "created_at": "2024-10-19T05:16:19Z",
        "width": 64,
        "height": 64,
        "enabled": True,
        "start_seconds": 0,
        "end_seconds": 1,
        "total_frame_cost": 30,
        "credits_charged": 30,
        "fps": 30,
        "error": None,
        "downloads": [],
    }
    downloads = [{"url": f"{base_url}/files/{n}", "expires_at": "2030-01-01T00:00:00Z"} for n in names]
    return {**example, "downloads": downloads}


def one_output(name: str, content: bytes) -> Callable[[Received, str], Answer]:
    """A server answer: the API returns a completed project with one output `name`; storage serves `content`."""

    def answer(req: Received, base: str) -> Answer:
        if req.path.startswith("/v1/"):
            return 200, {}, json.dumps(project_json(base, [name])).encode()
        return 200, {}, content

    return answer


@pytest.mark.parametrize("name", HOSTILE)
def test_safe_filename_never_leaves_the_directory(name: str, tmp_path: Path) -> None:
    safe = safe_filename(f"https://cdn.example.com/out/{name}", fallback="fallback.mp4")
    assert safe and "/" not in safe and "\\" not in safe and "\x00" not in safe
    assert not safe.startswith(".") and len(safe.encode()) <= 200
    assert (tmp_path / safe).resolve().parent == tmp_path.resolve()
    assert safe.split(".")[0].upper() not in {"CON", "LPT1", "NUL"}


def test_hostile_download_names_land_inside_the_directory(tmp_path: Path) -> None:
    def answer(req: Received, base: str) -> Answer:
        if req.path.startswith("/v1/video-projects/"):
            return 200, {"Content-Type": "application/json"}, json.dumps(project_json(base, HOSTILE)).encode()
        return 200, {}, b"video bytes for " + req.path.encode()

    out = tmp_path / "out"
    with scripted_server(answer) as server, Client(TOKEN, base_url=server.base_url, retry=FAST_RETRY) as client:
        res = client.v1.video_projects.check_result(id="p1", download_directory=out)
    assert len(res.downloaded_paths) == len(HOSTILE)
    assert len(set(res.downloaded_paths)) == len(HOSTILE)  # none overwrote another
    for path in map(Path, res.downloaded_paths):
        assert path.resolve().parent == out.resolve() and path.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    storage = [r for r in server.received if r.path.startswith("/files/")]
    assert storage and not any("authorization" in r.headers for r in storage)


def test_an_existing_file_is_never_overwritten(tmp_path: Path) -> None:
    (tmp_path / "p1.mp4").write_bytes(b"precious")

    with scripted_server(one_output("video.mp4", b"new")) as server, Client(TOKEN, base_url=server.base_url) as client:
        res = client.v1.video_projects.check_result(id="p1", download_directory=tmp_path)
    assert (tmp_path / "p1.mp4").read_bytes() == b"precious"
    saved_new = Path(res.downloaded_paths[0])
    assert saved_new.name == "p1-1.mp4" and saved_new.read_bytes() == b"new"


@pytest.mark.parametrize("name", ["con", ".hidden", "日本語" * 40, "a:b", "name."])
def test_a_chosen_output_name_that_would_be_changed_is_refused_before_any_request(name: str, tmp_path: Path) -> None:
    with scripted_server(one_output("video.mp4", b"new")) as server, Client(TOKEN, base_url=server.base_url) as client:
        with pytest.raises(ValidationError, match="output_name"):
            client.v1.video_projects.check_result(id="p1", download_directory=tmp_path / "out", output_name=name)
    assert server.received == [] and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["../../escape", "/abs/path", "sub/name"])
def test_an_output_name_with_a_path_in_it_is_refused(name: str, tmp_path: Path) -> None:
    with scripted_server(one_output("video.mp4", b"new")) as server, Client(TOKEN, base_url=server.base_url) as client:
        with pytest.raises(ValidationError, match="not a plain file name"):
            client.v1.video_projects.check_result(id="p1", download_directory=tmp_path / "out", output_name=name)
    assert server.received == [] and list(tmp_path.iterdir()) == []


def test_the_token_never_reaches_storage_on_the_api_host(tmp_path: Path) -> None:
    with scripted_server(one_output("out.mp4", b"bytes")) as server, Client(TOKEN, base_url=server.base_url) as client:
        client.v1.video_projects.check_result(id="p1", download_directory=tmp_path)
    api, storage = server.received[0], server.received[1]
    assert api.headers["authorization"] == f"Bearer {TOKEN}"
    assert "authorization" not in storage.headers
    assert all(TOKEN not in r.path for r in server.received)


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"[]", b'{"id": 5}', b"\xff\xfe\x00garbage", b'{"id": "p1", "status": "sideways"}'],
)
def test_malformed_responses_raise_a_clear_error(body: bytes) -> None:
    with scripted_server(lambda req, base: (200, {"Content-Type": "application/json"}, body)) as server:
        with Client(TOKEN, base_url=server.base_url) as client, pytest.raises(APIResponseValidationError) as caught:
            client.v1.video_projects.get(id="p1")
    assert "does not match the API reference" in str(caught.value) and TOKEN not in str(caught.value)


def test_a_huge_response_fails_fast_instead_of_filling_memory() -> None:
    huge = b'{"message": "' + b"x" * (20 * 1024 * 1024) + b'"}'
    with (
        scripted_server(lambda req, base: (200, {}, huge)) as server,
        Client(TOKEN, base_url=server.base_url) as client,
        pytest.raises(APIResponseValidationError, match="larger than"),
    ):
        client.v1.video_projects.get(id="p1")


@pytest.mark.parametrize(
    "url", ["ftp://api.example.com", "api.magichour.ai", "https://", "https://user:pw@host.com", "http://10.0.0.1"]
)
def test_malformed_or_unsafe_base_urls_are_refused(url: str) -> None:
    with pytest.raises(ValidationError, match="base_url"):
        Client(TOKEN, base_url=url)


def test_errors_and_reprs_never_show_the_token() -> None:
    with scripted_server(lambda req, base: (401, {}, b'{"message": "Unauthorized"}')) as server:
        with Client(TOKEN, base_url=server.base_url) as client:
            with pytest.raises(Exception) as caught:
                client.v1.video_projects.get(id="p1")
            assert TOKEN not in str(caught.value) and TOKEN not in repr(caught.value)
            assert TOKEN not in repr(client) and TOKEN not in repr(client._settings)


@pytest.fixture(params=["descriptor", "paths", "no-hard-links"])
def placement(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """How finished downloads are placed: through the directory's descriptor (Linux, macOS), by path (systems
    without `dir_fd`), or by reserving the name and renaming (file systems without hard links)."""
    import errno
    import os

    from magic_hour import _folder

    if request.param == "paths":
        monkeypatch.setattr(_folder, "_BY_DESCRIPTOR", False)
    elif request.param == "no-hard-links":

        def no_link(*args: Any, **kwargs: Any) -> None:
            raise OSError(errno.EPERM, os.strerror(errno.EPERM))

        monkeypatch.setattr(_folder.os, "link", no_link)
    return str(request.param)


@pytest.mark.usefixtures("placement")
def test_numbering_continues_past_the_highest_taken_name(tmp_path: Path) -> None:
    for name in ("p1.mp4", "p1-1.mp4", "p1-2.mp4", "p1-9.mp4"):
        (tmp_path / name).write_bytes(b"old")

    with scripted_server(one_output("video.mp4", b"new")) as server, Client(TOKEN, base_url=server.base_url) as client:
        res = client.v1.video_projects.check_result(id="p1", download_directory=tmp_path)
    assert Path(res.downloaded_paths[0]).name == "p1-10.mp4"
    assert all((tmp_path / n).read_bytes() == b"old" for n in ("p1.mp4", "p1-1.mp4", "p1-2.mp4", "p1-9.mp4"))


@pytest.mark.usefixtures("placement")
def test_repeated_downloads_of_one_name_never_collide_even_with_another_writer(tmp_path: Path) -> None:
    names = []
    for attempt in range(4):  # a different output each time under the caller's name: each is a new file
        output = one_output("video.mp4", b"new%d" % attempt)
        with scripted_server(output) as server, Client(TOKEN, base_url=server.base_url) as client:
            res = client.v1.video_projects.check_result(id="p1", download_directory=tmp_path, output_name="p1")
        names.append(Path(res.downloaded_paths[0]).name)
        if attempt == 1:
            (tmp_path / "p1-2.mp4").write_bytes(b"theirs")  # another program takes the next number
    assert names == ["p1.mp4", "p1-1.mp4", "p1-3.mp4", "p1-4.mp4"]
    assert (tmp_path / "p1-2.mp4").read_bytes() == b"theirs"


def test_downloads_follow_redirects_and_never_save_a_redirect_body(tmp_path: Path) -> None:
    def answer(req: Received, base: str) -> Answer:
        if req.path.startswith("/v1/"):
            return 200, {}, json.dumps(project_json(base, ["clip.mp4"])).encode()
        if req.path.startswith("/files/"):
            return 302, {"Location": f"{base}/cdn/real-name.mp4"}, b"redirect page"
        return 200, {}, b"the real video"

    with scripted_server(answer) as server, Client(TOKEN, base_url=server.base_url) as client:
        res = client.v1.video_projects.check_result(id="p1", download_directory=tmp_path)
    assert Path(res.downloaded_paths[0]).read_bytes() == b"the real video"
    assert not any("authorization" in r.headers for r in server.received if not r.path.startswith("/v1/"))


def test_every_public_exception_pickles_without_the_token(tmp_path: Path) -> None:
    import pickle

    import httpx
    from magic_hour import APIConnectionError, NotFoundError

    def answer(req: Received, base: str) -> Answer:
        return 404, {"Content-Type": "application/json"}, b'{"message": "Not Found"}'

    with scripted_server(answer) as server, Client(TOKEN, base_url=server.base_url, max_retries=0) as client:
        with pytest.raises(NotFoundError) as caught:
            client.v1.video_projects.get(id="p1")
    request = httpx.Request("GET", "https://api.example/v1/x", headers={"Authorization": f"Bearer {TOKEN}"})
    for error in (caught.value, APIConnectionError("broke", request=request)):
        data = pickle.dumps(error)
        assert TOKEN.encode() not in data
        again = pickle.loads(data)
        assert type(again) is type(error) and str(again) == str(error)
    assert pickle.loads(pickle.dumps(caught.value)).status_code == 404


@pytest.mark.parametrize("status, body", [(404, b'{"message": "Not Found"}'), (200, b"{not json")])
def test_errors_carry_the_request_that_was_sent_without_the_token(status: int, body: bytes) -> None:
    from magic_hour import APIError, APIStatusError

    with scripted_server(lambda req, base: (status, {}, body)) as server:
        with Client(TOKEN, base_url=server.base_url, max_retries=0) as client, pytest.raises(APIError) as caught:
            client.v1.video_projects.get(id="p1")
    error = caught.value
    assert error.request is not None
    assert (error.request.method, str(error.request.url)) == ("GET", f"{server.base_url}/v1/video-projects/p1")
    assert "authorization" not in error.request.headers
    if isinstance(error, APIStatusError):
        assert error.response.request.url == error.request.url
        assert "authorization" not in error.response.request.headers


@pytest.mark.parametrize("pool", ["sync", "async", "aiohttp"])
def test_the_sdks_own_pools_send_no_cookie_back(pool: str) -> None:
    """A cookie set by an answer (the API's, or a storage host's on the same origin) never travels back."""
    import asyncio

    from magic_hour import AsyncClient, DefaultAioHttpClient, NotFoundError

    def answer(req: Received, base: str) -> Answer:
        headers = {"Content-Type": "application/json", "Set-Cookie": "session=tracked; Path=/"}
        return 404, headers, b'{"message": "Not Found"}'

    async def twice(base_url: str) -> None:
        http = DefaultAioHttpClient() if pool == "aiohttp" else None
        async with AsyncClient(TOKEN, base_url=base_url, max_retries=0, http_client=http) as client:
            for _ in range(2):
                with pytest.raises(NotFoundError):
                    await client.v1.video_projects.get(id="p1")
        if http is not None:
            await http.aclose()

    with scripted_server(answer) as server:
        by_name = server.base_url.replace("127.0.0.1", "localhost")  # cookie jars ignore cookies from IP addresses
        if pool == "sync":
            with Client(TOKEN, base_url=by_name, max_retries=0) as client:
                for _ in range(2):
                    with pytest.raises(NotFoundError):
                        client.v1.video_projects.get(id="p1")
        else:
            asyncio.run(twice(by_name))
    assert len(server.received) == 2
    assert not any("cookie" in r.headers for r in server.received)


def test_a_redirect_outside_v1_on_the_api_origin_does_not_get_the_token(tmp_path: Path) -> None:
    import httpx

    def answer(req: Received, base: str) -> Answer:
        if req.path.startswith("/v1/"):
            return 307, {"Location": f"{base}/elsewhere/p1"}, b""
        return 404, {"Content-Type": "application/json"}, b'{"message": "Not Found"}'

    with scripted_server(answer) as server:
        own = httpx.Client(follow_redirects=True)
        with Client(TOKEN, base_url=server.base_url, http_client=own, max_retries=0) as client:
            with pytest.raises(Exception):  # noqa: B017 - what matters is what the server received
                client.v1.video_projects.get(id="p1")
        own.close()
    outside = [r for r in server.received if not r.path.startswith("/v1/")]
    assert outside and not any("authorization" in r.headers for r in outside)


def test_max_retries_and_a_retry_policy_together_are_refused() -> None:
    from magic_hour import RetryPolicy

    with pytest.raises(ValidationError, match="not both"):
        Client(TOKEN, base_url="http://127.0.0.1:9", max_retries=0, retry=RetryPolicy(max_retries=3))


def test_error_texts_do_not_repeat_themselves(tmp_path: Path) -> None:
    from magic_hour import PaymentRequiredError
    from magic_hour.sandbox import Sandbox

    with Sandbox(balance=0, render_seconds=0) as poor, Client(TOKEN, base_url=poor.base_url) as client:
        with pytest.raises(PaymentRequiredError) as caught:
            client.v1.ai_image_generator.create(image_count=1, style={"prompt": "a fox"})
    text = str(caught.value)
    assert ".." not in text and text.count("Purchase credits") == 1  # the document's advice for the code, once


DISK_FULL_PROGRAM = """
import resource, signal, sys
from pathlib import Path
from magic_hour import Client, DownloadError
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead of killing us
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))  # the disk is "full" after 4 KiB
out = Path(sys.argv[2])
with Client("t", base_url=sys.argv[1], max_retries=0) as client:
    try:
        client.v1.video_projects.check_result(id="p1", download_directory=out)
    except DownloadError as error:
        assert error.project_id == "p1" and "check_result(id='p1')" in str(error), error
        assert sorted(p.name for p in out.iterdir()) == [], list(out.iterdir())
        print("refused:", error)
"""


def test_a_full_disk_ends_in_a_download_error_with_the_id_and_no_files_left(tmp_path: Path) -> None:
    import subprocess
    import sys

    out = tmp_path / "out"
    out.mkdir()
    with scripted_server(one_output("video.mp4", b"x" * (3 * 1024 * 1024))) as server:
        result = subprocess.run(
            [sys.executable, "-c", DISK_FULL_PROGRAM, server.base_url, str(out)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert result.returncode == 0 and "refused:" in result.stdout, result.stderr
    assert "free some space" in result.stdout


@pytest.mark.parametrize("where", ["loop", "file"])
def test_a_redirect_loop_or_to_a_file_url_is_a_download_error_not_retried(where: str, tmp_path: Path) -> None:
    from magic_hour import DownloadError

    def answer(req: Received, base: str) -> Answer:
        if req.path.startswith("/v1/"):
            return 200, {}, json.dumps(project_json(base, ["clip.mp4"])).encode()
        target = f"{base}/files/clip.mp4" if where == "loop" else "file:///etc/passwd"
        return 302, {"Location": target}, b""

    with scripted_server(answer) as server, Client(TOKEN, base_url=server.base_url, retry=FAST_RETRY) as client:
        with pytest.raises(DownloadError) as caught:
            client.v1.video_projects.check_result(id="p1", download_directory=tmp_path)
    assert caught.value.project_id == "p1" and "not retried" in str(caught.value)
    downloads = [r for r in server.received if r.path.startswith("/files/")]
    assert len(downloads) <= 21  # one attempt: httpx's redirect limit, never a second round
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("change", ["replaced", "removed"])
def test_a_directory_replaced_or_removed_during_the_download_leaves_nothing_behind(change: str, tmp_path: Path) -> None:
    """The temporary file is removed wherever its directory went, and nothing appears at the final name."""
    import shutil

    from magic_hour import DownloadError, ProgressEvent

    out, moved = tmp_path / "out", tmp_path / "moved"

    def on_progress(event: ProgressEvent) -> None:
        if event.stage == "download" and event.done and out.exists() and not moved.exists():
            if change == "replaced":
                out.rename(moved)
                out.mkdir()
            else:
                shutil.rmtree(out)
                moved.mkdir()  # only so that the condition above holds once

    with (
        scripted_server(one_output("video.mp4", b"x" * (3 * 1024 * 1024))) as server,
        Client(TOKEN, base_url=server.base_url, retry=FAST_RETRY) as client,
        pytest.raises(DownloadError) as caught,
    ):
        client.v1.video_projects.check_result(id="p1", download_directory=out, on_progress=on_progress)
    assert caught.value.project_id == "p1" and "removed or replaced" in str(caught.value)
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []
