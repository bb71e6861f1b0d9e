"""Defects of the engine found by using the SDK as a new user would, and by hostile input; each test failed before
its fix. Everything runs against the sandbox (or a server the test starts) over loopback."""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import os
import signal
import subprocess
import sys
import threading
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from magic_hour import (
    APIResponseValidationError,
    APITimeoutError,
    AsyncClient,
    Client,
    DefaultAioHttpClient,
    DownloadError,
    MagicHourError,
    NotFoundError,
    NotInThisSDKError,
    ProgressEvent,
    ProjectFailedError,
    ValidationError,
)
from magic_hour._missing import OFFICIAL_ONLY
from magic_hour._transfer import MAX_OUTPUT_NAME_BYTES
from magic_hour.sandbox import Fault, Sandbox
from magic_hour.webhooks import EVENTS, sign_headers

from ._scripted_server import Received, scripted_server
from .conftest import FAST_RETRY, TOKEN

IMAGE_PROMPT = {"prompt": "a fox in the snow"}


def routes(sandbox: Sandbox) -> list[str | None]:
    return [r.route for r in sandbox.requests]


class _Watched:
    """A sandbox whose create requests the test can wait for: `arrived` when one is received (before it is
    answered), `answered` once it has been handled, so the test knows whether a project was made."""

    def __init__(self, on_create_body: Callable[[], None] | None = None) -> None:
        self.arrived = threading.Event()
        self.answered = threading.Event()
        self.sandbox = Sandbox(render_seconds=0)
        handle = self.sandbox.app.on_request

        def on_request(req: Any, handler: Any) -> None:
            create = self.sandbox.app._route(req)[0] == "create"
            if not create:
                return handle(req, handler)
            self.arrived.set()
            received = req.handler.rfile
            if on_create_body is not None:  # once the body is in, so the create is certainly made
                req.handler.rfile = _ReadThen(received, on_create_body)
            try:
                handle(req, handler)
            finally:
                req.handler.rfile = received
                self.answered.set()

        self.sandbox.app.on_request = on_request  # type: ignore[method-assign]


class _ReadThen:
    """A request's input stream that calls `then` after each read."""

    def __init__(self, stream: Any, then: Callable[[], None]) -> None:
        self._stream, self._then = stream, then

    def read(self, size: int = -1) -> bytes:
        data: bytes = self._stream.read(size)
        self._then()
        return data

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@pytest.fixture
def watched() -> Iterator[_Watched]:
    box = _Watched()
    with box.sandbox:
        box.sandbox.inject(Fault("create", "latency", seconds=0.3))
        yield box


def _client(sandbox: Sandbox, **options: Any) -> Client:
    return Client(TOKEN, base_url=sandbox.base_url, poll_interval=0.02, retry=FAST_RETRY, timeout=10, **options)


def _aclient(sandbox: Sandbox, **options: Any) -> AsyncClient:
    return AsyncClient(TOKEN, base_url=sandbox.base_url, poll_interval=0.02, retry=FAST_RETRY, timeout=10, **options)


def _noted(exc: BaseException) -> str:
    return " ".join(getattr(exc, "__notes__", ()))


# ----- money ------------------------------------------------------------------------------------------------


def test_a_create_cancelled_in_flight_says_it_may_have_charged(watched: _Watched) -> None:
    async def main() -> None:
        async with _aclient(watched.sandbox) as client:
            task = asyncio.create_task(
                client.v1.ai_image_generator.generate(image_count=1, style=IMAGE_PROMPT, download_outputs=False)
            )
            await asyncio.to_thread(watched.arrived.wait, 10)
            task.cancel()
            await task

    with pytest.raises(asyncio.CancelledError) as caught:
        asyncio.run(main())
    assert "may have been created and charged" in _noted(caught.value)
    assert "POST /v1/ai-image-generator" in _noted(caught.value)
    assert watched.answered.wait(10) and watched.sandbox.projects_created() == 1  # the note told the truth


def test_a_create_cut_by_asyncio_timeout_says_it_may_have_charged(watched: _Watched) -> None:
    async def main() -> None:
        async with _aclient(watched.sandbox) as client:
            async with asyncio.timeout(None) as deadline:

                async def expire_once_sent() -> None:
                    await asyncio.to_thread(watched.arrived.wait, 10)
                    deadline.reschedule(asyncio.get_running_loop().time())

                expiry = asyncio.create_task(expire_once_sent())
                await client.v1.ai_image_generator.generate(image_count=1, style=IMAGE_PROMPT, download_outputs=False)
            await expiry

    with pytest.raises(TimeoutError) as caught:
        asyncio.run(main())
    # asyncio.timeout raises its own TimeoutError from the CancelledError that went through the SDK.
    assert isinstance(caught.value.__cause__, asyncio.CancelledError)
    assert "may have been created and charged" in _noted(caught.value.__cause__)


@pytest.mark.skipif(not hasattr(signal, "pthread_kill"), reason="needs pthread_kill to deliver Ctrl-C mid-request")
@pytest.mark.usefixtures("ctrl_c_raises")
def test_ctrl_c_during_a_sync_create_keeps_its_type_and_says_it_may_have_charged() -> None:
    main = threading.main_thread().ident
    assert main is not None and threading.current_thread().ident == main
    box = _Watched(on_create_body=lambda: signal.pthread_kill(main, signal.SIGINT))
    with box.sandbox, _client(box.sandbox) as client:
        with pytest.raises(KeyboardInterrupt) as caught:  # nothing saved in the working directory if it fails
            client.v1.ai_image_generator.generate(image_count=1, style=IMAGE_PROMPT, download_outputs=False)
        assert type(caught.value) is KeyboardInterrupt  # no id yet: not a WaitInterruptedError
        assert "may have been created and charged" in _noted(caught.value)
        assert box.answered.wait(10) and box.sandbox.projects_created() == 1


# ----- rules stated in the document's prose -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (
            lambda c, m: c.v1.text_to_video.generate(end_seconds=2, model="wan-2.2", style={"prompt": "a fox"}),
            "end_seconds must be one of 3, 4, 5, 6, 7, 8, 9, 10, 15 with model 'wan-2.2'",
        ),
        (
            lambda c, m: c.v1.ai_image_generator.generate(image_count=3, model="flux-2-klein", style=IMAGE_PROMPT),
            "image_count must be 1 with model 'flux-2-klein'",
        ),
        (
            lambda c, m: c.v1.face_swap.generate(
                assets={
                    "face_swap_mode": "individual-faces",
                    "face_mappings": [],
                    "video_source": "file",
                    "video_file_path": str(m["video"]),
                },
                start_seconds=0,
                end_seconds=1,
            ),
            "assets.face_mappings needs at least one mapping",
        ),
        (
            lambda c, m: c.v1.lip_sync.generate(
                assets={"video_source": "youtube", "youtube_url": "not a url", "audio_file_path": str(m["audio"])},
                start_seconds=0,
                end_seconds=1,
            ),
            "assets.youtube_url must be an http(s) URL",
        ),
        (
            lambda c, m: c.v1.text_to_video.generate(end_seconds=10**400, style={"prompt": "a fox"}),
            "end_seconds is too large a number",
        ),
        (
            lambda c, m: c.v1.image_to_video.generate(
                end_seconds=5, model="wan-2.2", audio=True, assets={"image_file_path": str(m["image"])}
            ),
            "audio is not supported with model 'wan-2.2'",
        ),
        (
            lambda c, m: c.v1.text_to_video.generate(
                end_seconds=8, model="veo3.1", aspect_ratio="1:1", style={"prompt": "a fox"}
            ),
            "aspect_ratio must be one of 16:9, 9:16 with model 'veo3.1'",
        ),
        (
            lambda c, m: c.v1.ai_image_generator.generate(
                image_count=1, model="nano-banana", resolution="4k", style=IMAGE_PROMPT
            ),
            "resolution must be one of 640px, 1k (or 'auto') with model 'nano-banana'",
        ),
        (
            lambda c, m: c.v1.auto_subtitle_generator.generate(
                start_seconds=0, end_seconds=1, assets={"video_file_path": str(m["video"])}, style={}
            ),
            "style.template is required unless style.custom_config is given",
        ),
    ],
    ids=[
        "duration per model",
        "image count per model",
        "no face mappings",
        "youtube url",
        "huge number",
        "audio per model",
        "aspect ratio per model",
        "resolution per model",
        "subtitle style",
    ],
)
def test_rules_in_prose_are_checked_before_anything_is_sent(
    client: Client, sandbox: Sandbox, media: dict[str, Path], call: Any, expected: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        call(client, media)
    assert expected in str(caught.value)
    assert sandbox.requests == []


def test_the_sandbox_refuses_what_the_sdk_refuses(sandbox: Sandbox) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    huge = b'{"end_seconds": 1' + b"0" * 400 + b', "style": {"prompt": "a fox"}}'
    answer = httpx.post(f"{sandbox.base_url}/v1/text-to-video", content=huge, headers=auth)
    assert answer.status_code == 400 and "too large" in answer.json()["message"]
    body = {"end_seconds": 2, "model": "wan-2.2", "style": {"prompt": "a fox"}}
    assert httpx.post(f"{sandbox.base_url}/v1/text-to-video", json=body, headers=auth).status_code == 422
    assert sandbox.projects_created() == 0


def test_a_file_for_a_source_not_selected_is_neither_uploaded_nor_sent(
    client: Client, sandbox: Sandbox, media: dict[str, Path]
) -> None:
    client.v1.face_swap.generate(
        assets={
            "video_source": "youtube",
            "youtube_url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "video_file_path": str(media["video"]),
            "image_file_path": str(media["image"]),
        },
        start_seconds=0,
        end_seconds=1,
        wait_for_completion=False,
    )
    assert routes(sandbox).count("storage_put") == 1  # the image only
    (create,) = [r for r in sandbox.requests if r.route == "create"]
    assert "video_file_path" not in create.json["assets"]
    assert create.json["assets"]["youtube_url"].startswith("https://www.youtube.com/")


def test_a_clip_exactly_at_its_limit_passes(client: Client, sandbox: Sandbox, samples: dict[str, Path]) -> None:
    image, audio = client.v1.files.upload_files([samples["image"], samples["audio"]])
    assets = {"image_file_path": image, "audio_file_path": audio}
    style: Any = {"generation_mode": "prompted", "prompt": "talks"}
    created = client.v1.ai_talking_photo.create(assets=assets, start_seconds=19.04, end_seconds=64.04, style=style)
    assert created.id and sandbox.projects_created() == 1
    with pytest.raises(ValidationError, match="at most 45 s"):
        client.v1.ai_talking_photo.create(assets=assets, start_seconds=19.04, end_seconds=64.05, style=style)


# ----- ids, tokens and paths --------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["..", ".", "x" * 100_000, "a/b", "a\nb", "a b", "a?b", "%2e%2e", "\x00"])
def test_ids_are_checked_before_any_request(client: Client, sandbox: Sandbox, bad: str) -> None:
    for call in (client.v1.video_projects.delete, client.v1.video_projects.get, client.v1.image_projects.check_result):
        with pytest.raises(ValidationError) as caught:
            call(id=bad)
        assert len(str(caught.value)) < 400
    assert sandbox.requests == []


def test_a_token_with_an_undecodable_byte_is_refused_without_leaking_it(monkeypatch: pytest.MonkeyPatch) -> None:
    token = "mhk_live_secret" + os.fsdecode(b"\xff")  # what os.environ holds for a byte that is not UTF-8
    monkeypatch.setenv("MAGIC_HOUR_API_TOKEN", token)
    with pytest.raises(ValidationError) as caught:
        Client(base_url="http://127.0.0.1:9")
    error = caught.value
    assert "not printable ASCII at position 15" in str(error) and "API reference" not in str(error)
    assert error.__cause__ is None and error.__context__ is None
    assert "secret" not in repr(error.args)


def test_a_path_with_a_nul_is_a_validation_error(client: Client, sandbox: Sandbox, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="NUL"):
        client.v1.ai_headshot_generator.generate(assets={"image_file_path": "face\x00.png"})
    with pytest.raises(ValidationError, match="NUL"):
        client.v1.image_projects.check_result(id="abc", download_directory=str(tmp_path) + "/\x00")
    assert sandbox.requests == []


# ----- errors that mislead ----------------------------------------------------------------------------------


def test_a_failed_project_does_not_suggest_resuming(client: Client, samples: dict[str, Path]) -> None:
    audio = client.v1.files.upload_file(samples["audio"])
    with pytest.raises(ProjectFailedError) as caught:
        client.v1.ai_talking_photo.generate(
            assets={"image_file_path": "https://example.com/face.png", "audio_file_path": audio},
            start_seconds=0,
            end_seconds=1,
        )
    assert caught.value.project_id and "check_result" not in str(caught.value)
    assert "create a new project" in str(caught.value)


def test_a_download_error_says_it_once_and_not_about_base_url(client: Client, sandbox: Sandbox, tmp_path: Path) -> None:
    sandbox.inject(Fault("storage_get", "status", status=503, times=None))
    with pytest.raises(DownloadError) as caught:
        client.v1.ai_image_generator.generate(image_count=1, style=IMAGE_PROMPT, download_directory=tmp_path)
    text = str(caught.value)
    assert "base_url" not in text and text.count("failed") == 1 and text.count("HTTP 503") == 1
    assert f"image_projects.check_result(id={caught.value.project_id!r})" in text
    assert list(tmp_path.iterdir()) == []


def test_a_404_for_a_project_hints_at_another_family(client: Client) -> None:
    created = client.v1.ai_image_generator.create(image_count=1, style=IMAGE_PROMPT)
    with pytest.raises(NotFoundError) as caught:
        client.v1.video_projects.get(id=created.id)
    assert f"client.v1.image_projects.get(id={created.id!r})" in str(caught.value)
    assert "client.v1.video_projects.get" not in str(caught.value)


@pytest.mark.parametrize("bad", [" ", "sub/folder/name", "..", "a\\b", "name\n"])
def test_an_output_name_that_cannot_be_honoured_is_refused(client: Client, sandbox: Sandbox, bad: str) -> None:
    with pytest.raises(ValidationError, match="output_name"):
        client.v1.ai_image_generator.generate(image_count=1, style=IMAGE_PROMPT, output_name=bad)
    assert sandbox.requests == []


def test_an_output_name_keeps_the_extension_it_already_has(client: Client, tmp_path: Path) -> None:
    one = client.v1.ai_image_generator.generate(
        image_count=1, style=IMAGE_PROMPT, output_name="portrait.png", download_directory=tmp_path
    )
    two = client.v1.ai_image_generator.generate(
        image_count=2, style=IMAGE_PROMPT, output_name="pair.PNG", download_directory=tmp_path
    )
    assert [Path(p).name for p in one.downloaded_paths] == ["portrait.png"]
    assert [Path(p).name for p in two.downloaded_paths] == ["pair-0.png", "pair-1.png"]


# ----- resources and async ----------------------------------------------------------------------------------


def _sockets_to(port: int) -> int:
    """How many sockets this process holds open to `port` on loopback: the client's side of its connections
    (the in-process sandbox's own side listens on that port, so it is not counted)."""
    ours = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            link = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue  # closed meanwhile
        if link.startswith("socket:["):
            ours.add(link[8:-1])
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        with open(table) as f:
            for line in f.readlines()[1:]:
                fields = line.split()
                if int(fields[2].rsplit(":", 1)[1], 16) == port and fields[9] in ours:
                    count += 1
    return count


@pytest.mark.skipif(not os.path.exists("/proc/net/tcp"), reason="counts sockets through /proc")
def test_an_async_client_over_successive_runs_leaks_no_sockets(sandbox: Sandbox) -> None:
    client = _aclient(sandbox)
    port = int(sandbox.base_url.rsplit(":", 1)[1])

    async def once() -> int:
        await client.v1.ai_image_generator.generate(image_count=1, style=IMAGE_PROMPT, download_outputs=False)
        return _sockets_to(port)

    in_use = [asyncio.run(once()) for _ in range(6)]
    assert all(n >= 1 for n in in_use)  # the count sees the pool's connections while a run uses them
    assert _sockets_to(port) == 0  # and each run's pool closed them as its loop ended
    asyncio.run(client.close())  # on yet another loop, after the others have closed
    assert sandbox.projects_created() == 6


@pytest.mark.skipif(not os.path.exists("/proc/net/tcp"), reason="counts sockets through /proc")
@pytest.mark.parametrize("pool", ["httpx", "aiohttp"])
def test_close_on_another_loop_closes_a_pool_whose_loop_is_idle(sandbox: Sandbox, pool: str) -> None:
    port = int(sandbox.base_url.rsplit(":", 1)[1])
    client = _aclient(sandbox, http_client=DefaultAioHttpClient() if pool == "aiohttp" else None)
    loop = asyncio.new_event_loop()  # run_until_complete, not asyncio.run: the loop stays, nothing shuts it down
    try:
        loop.run_until_complete(
            client.v1.ai_image_generator.generate(image_count=1, style=IMAGE_PROMPT, download_outputs=False)
        )
        assert _sockets_to(port) >= 1
        asyncio.run(client.close())
        assert _sockets_to(port) == 0
    finally:
        loop.close()


def test_the_readme_aiohttp_pattern_leaves_nothing_unclosed(sandbox: Sandbox, caplog: pytest.LogCaptureFixture) -> None:
    pools: list[httpx.AsyncClient] = []

    async def main() -> None:
        pool = DefaultAioHttpClient()
        pools.append(pool)
        async with _aclient(sandbox, http_client=pool) as client:
            await client.v1.ai_image_generator.generate(image_count=1, style=IMAGE_PROMPT, download_outputs=False)

    with warnings.catch_warnings(record=True) as caught, caplog.at_level(logging.ERROR, logger="asyncio"):
        warnings.simplefilter("always")
        asyncio.run(main())
        pools.clear()
        gc.collect()
    assert not [w for w in caught if "Unclosed" in str(w.message)]
    assert "Unclosed" not in caplog.text


def test_one_file_object_uploaded_twice_on_the_async_client(sandbox: Sandbox, samples: dict[str, Path]) -> None:
    async def main() -> list[str]:
        async with _aclient(sandbox) as client:
            with samples["image"].open("rb") as f:
                return await client.v1.files.upload_files([f, f])

    paths = asyncio.run(main())
    assert len(paths) == 2 and paths[0] != paths[1]
    stored = [p for p in sandbox.storage_dir.rglob("*") if p.is_file()]
    assert sorted(p.stat().st_size for p in stored) == [samples["image"].stat().st_size] * 2


# ----- smaller ----------------------------------------------------------------------------------------------


def test_debug_logging_tells_each_step_without_secrets(
    client: Client, sandbox: Sandbox, assets: dict[str, str], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="magic_hour"):
        res = client.v1.ai_talking_photo.generate(
            assets=assets, start_seconds=0, end_seconds=1, download_directory=tmp_path
        )
    text = caplog.text
    assert "POST /v1/files/upload-urls: HTTP 200" in text and "POST /v1/ai-talking-photo: HTTP 200" in text
    assert "uploaded face.png" in text and "uploaded speech.wav" in text
    assert f"GET /v1/video-projects/{res.id}: HTTP 200" in text and f"project {res.id} is complete" in text
    assert f"saved {Path(res.downloaded_paths[0]).name}" in text
    assert TOKEN not in text and "?" not in text  # presigned URLs carry credentials in their query


def test_progress_events_say_how_long_each_step_took(
    client: Client, sandbox: Sandbox, assets: dict[str, str], tmp_path: Path
) -> None:
    sandbox.inject(Fault("create", "latency", seconds=0.1), Fault("storage_get", "latency", seconds=0.1))
    events: list[ProgressEvent] = []
    client.v1.ai_talking_photo.generate(
        assets=assets, start_seconds=0, end_seconds=1, download_directory=tmp_path, on_progress=events.append
    )
    by_stage = {stage: [e for e in events if e.stage == stage] for stage in ("upload", "created", "download")}
    for name in ("face.png", "speech.wav"):  # counted from the first byte read: from 0, growing
        upload = [e.elapsed for e in by_stage["upload"] if e.name == name]
        assert upload == sorted(upload) and upload[-1] > 0
    assert by_stage["created"][0].elapsed >= 0.1
    assert by_stage["download"][-1].elapsed >= 0.1


def test_check_result_twice_does_not_download_again(client: Client, sandbox: Sandbox, tmp_path: Path) -> None:
    created = client.v1.ai_image_generator.create(image_count=1, style=IMAGE_PROMPT)
    first = client.v1.image_projects.check_result(id=created.id, download_directory=tmp_path)
    second = client.v1.image_projects.check_result(id=created.id, download_directory=tmp_path)
    assert first.downloaded_paths == second.downloaded_paths == [str(tmp_path / f"{created.id}.png")]
    assert [p.name for p in tmp_path.iterdir()] == [f"{created.id}.png"]
    assert routes(sandbox).count("storage_get") == 2  # the download, then a Range probe of its first bytes


def test_a_different_file_at_the_output_name_is_kept_and_the_output_saved_beside_it(
    client: Client, tmp_path: Path
) -> None:
    created = client.v1.ai_image_generator.create(image_count=1, style=IMAGE_PROMPT)
    first = client.v1.image_projects.check_result(id=created.id, download_directory=tmp_path)
    saved = Path(first.downloaded_paths[0])
    mine = bytearray(saved.read_bytes())
    mine[0] ^= 0xFF  # the same size, but not the output: someone else's file, to keep
    saved.write_bytes(mine)
    again = client.v1.image_projects.check_result(id=created.id, download_directory=tmp_path)
    assert again.downloaded_paths == [str(tmp_path / f"{created.id}-1.png")]
    assert saved.read_bytes() == bytes(mine)


@pytest.mark.parametrize(
    "answer",
    [b'{"items": [{"upload_url": "http://127.0.0.1:9/x"}]}', b'{"nothing": 1}', b"[1, 2]", b"not json"],
    ids=["no file_path", "no items", "not an object", "not json"],
)
def test_a_malformed_upload_urls_answer_is_a_response_validation_error(answer: bytes, samples: dict[str, Path]) -> None:
    def reply(request: Received, base: str) -> tuple[int, dict[str, str], bytes]:
        return 200, {"Content-Type": "application/json"}, answer

    with scripted_server(reply) as server, Client(TOKEN, base_url=server.base_url) as client:
        with pytest.raises(APIResponseValidationError, match="upload"):
            client.v1.files.upload_file(samples["image"])
    assert [r.path for r in server.received] == ["/v1/files/upload-urls"]  # nothing was uploaded anywhere


# ----- names and places refused before the create -----------------------------------------------------------


def test_an_output_name_too_long_to_keep_is_refused_before_anything_is_charged(
    client: Client, sandbox: Sandbox, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match="output_name is 300 bytes long") as caught:
        client.v1.ai_image_generator.generate(image_count=1, style=IMAGE_PROMPT, output_name="a" * 300)
    assert sandbox.requests == [] and "nothing was sent or charged" in str(caught.value)
    longest = "b" * MAX_OUTPUT_NAME_BYTES  # the longest name that is kept: saved exactly as asked
    res = client.v1.ai_image_generator.generate(
        image_count=2, style=IMAGE_PROMPT, output_name=longest, download_directory=tmp_path
    )
    assert [Path(p).name for p in res.downloaded_paths] == [f"{longest}-0.png", f"{longest}-1.png"]


@pytest.mark.parametrize("shape", ["a folder name too long", "a path too long"])
def test_a_download_directory_the_file_system_cannot_hold_is_refused_before_the_create(
    client: Client, sandbox: Sandbox, tmp_path: Path, shape: str
) -> None:
    folder = tmp_path / ("d" * 300) if shape == "a folder name too long" else tmp_path.joinpath(*["e" * 200] * 20)
    with pytest.raises(ValidationError, match="download_directory") as caught:
        client.v1.ai_image_generator.generate(image_count=1, style=IMAGE_PROMPT, download_directory=folder)
    assert sandbox.requests == [] and "nothing was sent or charged" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_the_cli_refuses_an_output_folder_too_long_as_a_usage_error(sandbox: Sandbox, tmp_path: Path) -> None:
    from ._batch_helpers import run_cli

    result = run_cli(
        sandbox,
        TOKEN,
        "ai-image-generator",
        "--image-count",
        "1",
        "--prompt",
        "a fox",
        "-o",
        str(tmp_path / ("f" * 300)),
    )
    assert result.returncode == 2 and "download_directory" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and sandbox.projects_created() == 0


def test_check_result_with_an_output_name_run_again_finds_the_file_it_saved(
    client: Client, sandbox: Sandbox, tmp_path: Path
) -> None:
    created = client.v1.ai_image_generator.create(image_count=1, style=IMAGE_PROMPT)
    first = client.v1.image_projects.check_result(id=created.id, download_directory=tmp_path, output_name="fox")
    second = client.v1.image_projects.check_result(id=created.id, download_directory=tmp_path, output_name="fox")
    assert first.downloaded_paths == second.downloaded_paths == [str(tmp_path / "fox.png")]
    assert [p.name for p in tmp_path.iterdir()] == ["fox.png"]


def _completed_event(client: Client, project_id: str) -> bytes:
    """A signed delivery announcing that image project `project_id` is complete, as Magic Hour sends it."""
    info = next(e for e in EVENTS if e.project_get == "/v1/image-projects/{id}" and "complete" in e.type)
    event = info.example()
    event["payload"] = client.v1.image_projects.get(id=project_id).to_dict()
    return json.dumps(event).encode()


def test_webhooks_download_with_an_output_name_twice_keeps_one_copy(sandbox: Sandbox, tmp_path: Path) -> None:
    secret = "whsec_" + "k" * 32
    with _client(sandbox, webhook_secret=secret) as client:
        done = client.v1.ai_image_generator.generate(image_count=1, style=IMAGE_PROMPT, download_outputs=False)
        body = _completed_event(client, done.id)
        event = client.webhooks.unwrap(body, sign_headers(body, secret), strict=True)
        first = client.webhooks.download(event, download_directory=tmp_path, output_name="fox")
        second = client.webhooks.download(event, download_directory=tmp_path, output_name="fox")
    assert first.downloaded_paths == second.downloaded_paths == [str(tmp_path / "fox.png")]
    assert [p.name for p in tmp_path.iterdir()] == ["fox.png"]


def test_a_list_over_its_limit_is_told_before_a_missing_file_in_it(
    client: Client, sandbox: Sandbox, samples: dict[str, Path], tmp_path: Path
) -> None:
    files = [str(samples["image"])] * 999 + [str(tmp_path / "missing.png")]
    with pytest.raises(ValidationError) as caught:
        client.v1.ai_image_editor.generate(assets={"image_file_paths": files}, style={"prompt": "sunglasses"})
    assert "assets.image_file_paths must contain less than or equal to 10 items" in str(caught.value)
    assert "missing.png" not in str(caught.value) and sandbox.requests == []
    with pytest.raises(ValidationError, match=r"missing\.png"):  # within the limit, the missing file is named
        client.v1.ai_image_editor.generate(assets={"image_file_paths": files[-3:]}, style={"prompt": "sunglasses"})
    assert sandbox.requests == []


# ----- the client's settings ---------------------------------------------------------------------------------


def test_the_async_clients_timeout_reaches_a_default_aiohttp_client(sandbox: Sandbox) -> None:
    sandbox.inject(Fault("get", "latency", seconds=5, times=None))  # an answer slower than the timeout
    client = AsyncClient(TOKEN, base_url=sandbox.base_url, timeout=1, max_retries=0, http_client=DefaultAioHttpClient())
    pool = DefaultAioHttpClient(timeout=60)  # a timeout of its own, which a copy asking for another replaces
    slow = AsyncClient(TOKEN, base_url=sandbox.base_url, max_retries=0, http_client=pool)

    async def get(on: AsyncClient) -> None:
        async with on:
            await on.v1.image_projects.get(id="cm-nothing")

    for _ in range(2):  # the second run makes a fresh pool for its new loop: with the same timeout
        with pytest.raises(APITimeoutError):
            asyncio.run(get(client))
    copy = slow.with_options(timeout=1)
    for _ in range(2):  # a copy asked for a shorter timeout has it, on every loop
        with pytest.raises(APITimeoutError):
            asyncio.run(get(copy))
    asyncio.run(slow.close())


# ----- official-style imports --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(OFFICIAL_ONLY))
def test_an_official_only_name_says_what_to_use_instead(name: str) -> None:
    namespace: dict[str, Any] = {}
    with pytest.raises(ImportError) as caught:
        exec(f"from magic_hour import {name}", namespace)
    assert isinstance(caught.value, NotInThisSDKError) and isinstance(caught.value, MagicHourError)
    assert str(caught.value).startswith(f"{name} is a name of the official magic-hour SDK, not of this one: ")
    assert OFFICIAL_ONLY[name] in str(caught.value)
    with pytest.raises(ImportError) as other:  # any other name: Python's own "cannot import name"
        exec("from magic_hour import NoSuchName", namespace)
    assert not isinstance(other.value, NotInThisSDKError) and not hasattr(__import__("magic_hour"), "NoSuchName")


def test_the_readme_lists_every_official_only_name() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Coming from the official SDK", 1)[1].split("\n### ", 1)[0]
    assert [name for name in OFFICIAL_ONLY if f"`{name}`" not in section] == []


def test_every_name_the_official_package_exports_is_ours_or_told() -> None:
    import magic_hour

    from ._dropin_envs import official_python

    code = "import magic_hour, json; print(json.dumps(magic_hour.__all__))"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # the official package, not ours
    done = subprocess.run([official_python(), "-c", code], capture_output=True, check=True, env=env)
    theirs = json.loads(done.stdout)
    assert theirs and sorted(set(theirs) - set(magic_hour.__all__)) == sorted(OFFICIAL_ONLY)


# ----- the suite's own conditions ----------------------------------------------------------------------------


def test_the_ctrl_c_tests_pass_when_the_suite_starts_with_sigint_ignored() -> None:
    test = "tests/test_defects_engine.py::test_ctrl_c_during_a_sync_create_keeps_its_type_and_says_it_may_have_charged"
    saved = signal.signal(signal.SIGINT, signal.SIG_IGN)  # what `scripts/test &` from a script starts with
    try:
        run = subprocess.Popen(
            [sys.executable, "-m", "pytest", test, "-q", "-p", "no:cacheprovider", "-p", "no:xdist"],
            cwd=Path(__file__).resolve().parents[1],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
    finally:
        signal.signal(signal.SIGINT, saved)
    out, _ = run.communicate(timeout=120)
    assert run.returncode == 0 and "1 passed" in out, out


def test_a_batch_key_the_download_would_refuse_is_refused_before_any_create(
    client: Client, sandbox: Sandbox, tmp_path: Path
) -> None:
    from magic_hour.batch import Job

    jobs = [Job("ai_image_generator", {"image_count": 1, "style": IMAGE_PROMPT}, key) for key in ("fox", "con")]
    with pytest.raises(ValidationError, match="key 'con' cannot name the output files"):
        client.batch(jobs, output=str(tmp_path / "out"), journal=str(tmp_path / "journal.sqlite"))
    assert sandbox.projects_created() == 0
