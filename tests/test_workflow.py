"""The generate workflow and the resources, sync and async, against the sandbox."""

from __future__ import annotations

import asyncio
import copy
import io
import logging
from pathlib import Path

import pytest
from magic_hour import (
    AsyncClient,
    AuthenticationError,
    Client,
    NotFoundError,
    PaymentRequiredError,
    ProgressEvent,
    ProjectFailedError,
    UnprocessableEntityError,
    WaitInterruptedError,
    WaitTimeoutError,
)
from magic_hour.sandbox import Sandbox
from magic_hour.sandbox._render import probe
from magic_hour_api.sdk import VideoProjectsResult

from .conftest import FAST_RETRY, TOKEN


def routes(sandbox: Sandbox) -> list[str | None]:
    return [r.route for r in sandbox.requests]


def assert_video(path: Path, seconds: float) -> None:
    duration, size = probe(path)
    assert size is not None, f"{path} is not a video"
    assert duration is not None and abs(duration - seconds) < 0.15


def test_generate_uploads_creates_waits_and_downloads(
    client: Client, sandbox: Sandbox, assets: dict[str, str], tmp_path: Path
) -> None:
    before = copy.deepcopy(assets)
    res = client.v1.ai_talking_photo.generate(
        assets=assets,
        start_seconds=0.0,
        end_seconds=1.5,
        name="Talking Photo image",
        download_directory=tmp_path / "out",
    )
    assert assets == before
    assert isinstance(res, VideoProjectsResult)
    assert res.status == "complete" and res.error is None and res.credits_charged == 45
    assert len(res.downloads) == 1 and len(res.downloaded_paths) == 1
    saved = Path(res.downloaded_paths[0])
    assert saved.parent == tmp_path / "out"
    assert_video(saved, 1.5)
    assert [p.name for p in (tmp_path / "out").iterdir()] == [saved.name]  # no temporary files left
    assert routes(sandbox)[:4] == ["upload_urls", "storage_put", "storage_put", "create"]
    assert routes(sandbox).count("upload_urls") == 1 and sandbox.projects_created(TOKEN) == 1
    assert res.name == "Talking Photo image"  # project fields read through


async def test_async_generate_does_the_same(
    aclient: AsyncClient, sandbox: Sandbox, assets: dict[str, str], tmp_path: Path
) -> None:
    res = await aclient.v1.ai_talking_photo.generate(
        assets=assets, start_seconds=0.5, end_seconds=1.5, download_directory=tmp_path
    )
    assert res.status == "complete"
    assert_video(Path(res.downloaded_paths[0]), 1.0)
    assert routes(sandbox).count("upload_urls") == 1 and sandbox.projects_created(TOKEN) == 1
    storage = [r for r in sandbox.requests if r.route in ("storage_put", "storage_get")]
    assert len(storage) == 3 and not any(r.authorization for r in storage)  # the token stays with the API
    assert all(r.authorization for r in sandbox.requests if r not in storage)


def test_one_async_client_serves_one_asyncio_run_after_another(
    sandbox: Sandbox, assets: dict[str, str], tmp_path: Path
) -> None:
    """A script or notebook that calls asyncio.run() twice with one client: the pool it made starts afresh."""
    aclient = AsyncClient(TOKEN, base_url=sandbox.base_url, poll_interval=0.02, max_retries=0)
    uploaded = asyncio.run(_uploaded(aclient, assets))
    first = asyncio.run(aclient.v1.ai_talking_photo.create(assets=uploaded, start_seconds=0, end_seconds=1))

    async def second() -> str:
        async with aclient:
            res = await aclient.v1.video_projects.check_result(id=first.id, download_directory=tmp_path)
            return str(res.status)

    assert asyncio.run(second()) == "complete"


async def _uploaded(aclient: AsyncClient, assets: dict[str, str]) -> dict[str, str]:
    paths = await aclient.v1.files.upload_files([assets["image_file_path"], assets["audio_file_path"]])
    return {"image_file_path": paths[0], "audio_file_path": paths[1]}


def test_each_input_kind_uploads(client: Client, samples: dict[str, Path]) -> None:
    as_str = client.v1.files.upload_file(str(samples["image"]))
    as_path = client.v1.files.upload_file(samples["audio"])
    with samples["image"].open("rb") as f:
        as_fileobj = client.v1.files.upload_file(f)
    assert as_str.startswith("api-assets/") and as_str.endswith(".png")
    assert as_path.endswith(".wav") and as_fileobj.endswith(".png")


def test_file_objects_and_paths_mix_in_generate(client: Client, samples: dict[str, Path], tmp_path: Path) -> None:
    data = io.BytesIO(samples["audio"].read_bytes())
    data.name = "voice.wav"
    res = client.v1.ai_talking_photo.generate(
        assets={"image_file_path": samples["image"], "audio_file_path": data},
        start_seconds=0,
        end_seconds=1,
        download_directory=tmp_path,
    )
    assert res.status == "complete"


def test_generate_takes_the_generated_model_that_create_takes(
    client: Client, samples: dict[str, Path], tmp_path: Path
) -> None:
    from magic_hour_api.models import AiTalkingPhotoCreateTalkingPhotoBodyAssets as Assets

    res = client.v1.ai_talking_photo.generate(
        assets=Assets(image_file_path=str(samples["image"]), audio_file_path=str(samples["audio"])),
        start_seconds=0,
        end_seconds=1,
        download_directory=tmp_path,
    )
    assert res.status == "complete" and [Path(p).parent for p in res.downloaded_paths] == [tmp_path]


def test_uploaded_paths_pass_through_without_another_upload(
    client: Client, sandbox: Sandbox, samples: dict[str, Path], tmp_path: Path
) -> None:
    image = client.v1.files.upload_file(samples["image"])
    audio = client.v1.files.upload_file(samples["audio"])
    sandbox.clear_log()
    res = client.v1.ai_talking_photo.generate(
        assets={"image_file_path": image, "audio_file_path": audio},
        start_seconds=0,
        end_seconds=1,
        download_outputs=False,
    )
    assert res.status == "complete" and res.downloaded_paths == []
    assert "upload_urls" not in routes(sandbox) and "storage_get" not in routes(sandbox)


def test_urls_pass_through_untouched(client: Client, sandbox: Sandbox, samples: dict[str, Path]) -> None:
    audio = client.v1.files.upload_file(samples["audio"])
    sandbox.clear_log()
    with pytest.raises(ProjectFailedError) as caught:
        client.v1.ai_talking_photo.generate(
            assets={"image_file_path": "https://example.com/face.png", "audio_file_path": audio},
            start_seconds=0,
            end_seconds=1,
        )
    assert caught.value.error_code == "asset_download_failed"
    assert "upload_urls" not in routes(sandbox)


def test_a_failed_render_raises_with_the_project(client: Client, samples: dict[str, Path], tmp_path: Path) -> None:
    # Uploaded files cannot be measured locally, so the server finds the audio too short, fails and refunds.
    uploaded = client.v1.files.upload_files([samples["image"], samples["audio"]])
    assets = {"image_file_path": uploaded[0], "audio_file_path": uploaded[1]}
    with pytest.raises(ProjectFailedError) as caught:
        client.v1.ai_talking_photo.generate(assets=assets, start_seconds=0, end_seconds=10, download_directory=tmp_path)
    err = caught.value
    assert err.status == "error" and err.error_code == "audio_too_short" and err.project.credits_charged == 0
    assert err.project_id in str(err) and "audio" in str(err)
    assert list(tmp_path.iterdir()) == []


def test_a_canceled_project_raises(client: Client, sandbox: Sandbox, samples: dict[str, Path]) -> None:
    image = client.v1.files.upload_file(samples["image"])
    audio = client.v1.files.upload_file(samples["audio"])
    created = client.v1.ai_talking_photo.create(
        assets={"image_file_path": image, "audio_file_path": audio}, start_seconds=0, end_seconds=1
    )
    sandbox.cancel(created.id)
    with pytest.raises(ProjectFailedError, match="canceled") as caught:
        client.v1.video_projects.check_result(id=created.id)
    assert caught.value.status == "canceled"


def test_timeout_carries_the_id_and_check_result_resumes_without_a_new_project(
    client: Client, sandbox: Sandbox, assets: dict[str, str], tmp_path: Path
) -> None:
    sandbox.set_render_seconds(60)
    with pytest.raises(WaitTimeoutError) as caught:
        client.v1.ai_talking_photo.generate(
            assets=assets, start_seconds=0, end_seconds=1, wait_timeout=0.2, download_directory=tmp_path
        )
    project_id = caught.value.project_id
    assert project_id in str(caught.value) and "check_result" in str(caught.value)
    sandbox.set_render_seconds(0)
    assert sandbox.wait_rendered(project_id)
    res = client.v1.video_projects.check_result(id=project_id, download_directory=tmp_path)
    assert res.status == "complete" and Path(res.downloaded_paths[0]).exists()
    assert sandbox.projects_created(TOKEN) == 1


def test_ctrl_c_during_the_wait_names_the_project(client: Client, sandbox: Sandbox, assets: dict[str, str]) -> None:
    sandbox.set_render_seconds(60)

    def interrupt(event: ProgressEvent) -> None:
        if event.stage == "status":
            raise KeyboardInterrupt

    with pytest.raises(WaitInterruptedError) as caught:
        client.v1.ai_talking_photo.generate(assets=assets, start_seconds=0, end_seconds=1, on_progress=interrupt)
    assert isinstance(caught.value, KeyboardInterrupt)
    assert caught.value.project_id in str(caught.value)


async def test_async_timeout_and_resume(
    aclient: AsyncClient, sandbox: Sandbox, assets: dict[str, str], tmp_path: Path
) -> None:
    sandbox.set_render_seconds(60)
    with pytest.raises(WaitTimeoutError) as caught:
        await aclient.v1.ai_talking_photo.generate(assets=assets, start_seconds=0, end_seconds=1, wait_timeout=0.2)
    sandbox.set_render_seconds(0)
    res = await aclient.v1.video_projects.check_result(id=caught.value.project_id, download_directory=tmp_path)
    assert res.status == "complete" and sandbox.projects_created(TOKEN) == 1


def test_progress_reports_bytes_and_statuses(
    client: Client, assets: dict[str, str], samples: dict[str, Path], tmp_path: Path
) -> None:
    events: list[ProgressEvent] = []
    res = client.v1.ai_talking_photo.generate(
        assets=assets, start_seconds=0, end_seconds=1, download_directory=tmp_path, on_progress=events.append
    )
    uploads = {e.name: e for e in events if e.stage == "upload"}
    assert uploads["face.png"].done == uploads["face.png"].total == samples["image"].stat().st_size
    assert [e.status for e in events if e.stage == "status"][-1] == "complete"
    last = [e for e in events if e.stage == "download"][-1]
    assert last.done == last.total == Path(res.downloaded_paths[0]).stat().st_size


def test_get_and_delete(client: Client, assets: dict[str, str]) -> None:
    res = client.v1.ai_talking_photo.generate(assets=assets, start_seconds=0, end_seconds=1, download_outputs=False)
    project = client.v1.video_projects.get(id=res.id)
    assert str(project.status) == "complete" and project.enabled
    client.v1.video_projects.delete(id=res.id)
    assert client.v1.video_projects.get(id=res.id).enabled is False
    with pytest.raises(NotFoundError) as caught:
        client.v1.video_projects.get(id="no-such-project")
    assert caught.value.status_code == 404 and caught.value.message == "Not Found"


def test_status_errors_are_typed(sandbox: Sandbox, assets: dict[str, str]) -> None:
    with (
        Client("wrong", base_url=sandbox.base_url) as c,
        Sandbox(tokens=["right"]) as strict,
        Client("wrong", base_url=strict.base_url) as c2,
    ):
        with pytest.raises(AuthenticationError, match="401"):
            c2.v1.video_projects.get(id="x")
        with pytest.raises(UnprocessableEntityError, match="not an uploaded file"):
            c.v1.ai_talking_photo.create(
                assets={"image_file_path": "api-assets/a/b.png", "audio_file_path": "api-assets/a/c.wav"},
                start_seconds=0,
                end_seconds=1,
            )
    with Sandbox(balance=1) as poor, Client(TOKEN, base_url=poor.base_url) as c3:
        with pytest.raises(PaymentRequiredError, match="credits"):
            c3.v1.ai_talking_photo.generate(assets=assets, start_seconds=0, end_seconds=1)
        assert poor.projects_created() == 0


def test_the_token_stays_out_of_storage_requests_reprs_and_logs(
    client: Client, sandbox: Sandbox, assets: dict[str, str], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    res = client.v1.ai_talking_photo.generate(
        assets=assets, start_seconds=0, end_seconds=1, download_directory=tmp_path
    )
    storage = [r for r in sandbox.requests if r.route in ("storage_put", "storage_get")]
    api = [r for r in sandbox.requests if r.route not in ("storage_put", "storage_get")]
    assert len(storage) == 3 and not any(r.authorization for r in storage)
    assert all(r.authorization for r in api)
    for text in (repr(client), repr(client._settings), repr(res), repr(res.to_dict()), repr(client._http.auth)):
        assert TOKEN not in text
    assert caplog.records and not any(TOKEN in r.getMessage() for r in caplog.records)


def test_plain_http_to_another_host_is_refused_unless_asked_for() -> None:
    from magic_hour import ValidationError

    with pytest.raises(ValidationError, match="allow_insecure_http"):
        Client("t", base_url="http://api.example.com")
    Client("t", base_url="http://api.example.com", allow_insecure_http=True).close()
    Client("t", base_url="http://localhost:9").close()
    Client("t", base_url="http://[::1]:9").close()


def test_client_defaults_come_from_the_environment(monkeypatch: pytest.MonkeyPatch, sandbox: Sandbox) -> None:
    monkeypatch.setenv("MAGIC_HOUR_API_TOKEN", TOKEN)
    monkeypatch.setenv("MAGIC_HOUR_BASE_URL", sandbox.base_url)
    with Client(retry=FAST_RETRY) as c, pytest.raises(NotFoundError):
        c.v1.video_projects.get(id="missing")
    assert sandbox.requests[-1].token_id is not None


def test_bad_request_and_expired_storage_urls_are_typed(
    client: Client, sandbox: Sandbox, samples: dict[str, Path]
) -> None:
    from magic_hour import BadRequestError, PermissionDeniedError
    from magic_hour.sandbox import Fault

    sandbox.inject(Fault("get", "status", status=400))
    with pytest.raises(BadRequestError) as bad:
        client.v1.video_projects.get(id="x")
    assert bad.value.status_code == 400 and bad.value.response.status_code == 400
    with Sandbox(url_ttl_seconds=-1) as expiring, Client(TOKEN, base_url=expiring.base_url) as c:
        with pytest.raises(PermissionDeniedError, match="expired"):
            c.v1.files.upload_file(samples["image"])


def test_the_pytest_fixture_for_users_suites(
    magic_hour_sandbox: Sandbox, assets: dict[str, str], tmp_path: Path
) -> None:
    with Client("any-token", base_url=magic_hour_sandbox.base_url, poll_interval=0.02) as c:
        res = c.v1.ai_talking_photo.generate(assets=assets, start_seconds=0, end_seconds=1, download_directory=tmp_path)
    assert res.status == "complete" and magic_hour_sandbox.projects_created("any-token") == 1


def test_deprecated_generation_modes_warn_with_the_replacement(client: Client, assets: dict[str, str]) -> None:
    with pytest.warns(DeprecationWarning, match="treats it as 'realistic'"):
        client.v1.ai_talking_photo.generate(
            assets=assets, start_seconds=0, end_seconds=1, style={"generation_mode": "stable"}, download_outputs=False
        )


@pytest.mark.parametrize("change", ["shrank", "grew"])
def test_a_file_that_changes_while_it_uploads_is_refused_not_retried(
    change: str, client: Client, sandbox: Sandbox, samples: dict[str, Path], tmp_path: Path
) -> None:
    from magic_hour import ValidationError

    path = tmp_path / "voice.wav"
    path.write_bytes(samples["audio"].read_bytes())

    def meddle(event: ProgressEvent) -> None:
        if event.stage == "upload" and event.done == 0:  # the upload is starting: change the file under it
            with path.open("r+b") as f:
                if change == "shrank":
                    f.truncate(100)
                else:
                    f.seek(0, 2)
                    f.write(b"\0" * 1000)

    with pytest.raises(ValidationError, match=f"{change} while it was uploading"):
        client.v1.files.upload_file(path, on_progress=meddle)
    assert [r.route for r in sandbox.requests].count("storage_put") <= 1


def _generators() -> list[tuple[str, str, str]]:
    from magic_hour import _spec

    return [
        (m, p, op["x-sdk-module"])
        for m, p, op in _spec.operations()
        if "links" in _spec.follow_ref(op["responses"].get("200", {}))
    ]


@pytest.mark.parametrize(("method", "path", "module"), _generators(), ids=[g[2] for g in _generators()])
async def test_every_generator_runs_on_the_async_client(
    method: str, path: str, module: str, aclient: AsyncClient, media: dict[str, Path], tmp_path: Path
) -> None:
    from magic_hour._media import sniff
    from magic_hour.sandbox.examples import example_body

    res = await getattr(aclient.v1, module).generate(**example_body(method, path, media), download_directory=tmp_path)
    assert res.status == "complete" and res.downloaded_paths
    for saved in map(Path, res.downloaded_paths):
        assert saved.name.startswith(res.id) and sniff(saved.read_bytes()[:64]) is not None


def test_magic_hour_log_switches_logging_on_without_code(sandbox: Sandbox) -> None:
    import subprocess
    import sys

    code = (
        "from magic_hour import Client, NotFoundError\n"
        f"c = Client('t', base_url={sandbox.base_url!r}, max_retries=0)\n"
        "try:\n    c.v1.video_projects.get(id='nope')\nexcept NotFoundError:\n    pass\n"
        "import logging; logging.getLogger('magic_hour').info('logging is on')\n"
    )
    env = {"MAGIC_HOUR_LOG": "info", "PATH": ""}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "magic_hour INFO logging is on" in result.stderr, result.stderr
    assert "t'" not in result.stderr


def test_requests_name_the_sdk_and_carry_default_headers() -> None:
    from magic_hour import __version__

    from ._scripted_server import Answer, Received, scripted_server

    def answer(req: Received, base: str) -> Answer:
        return 204, {}, b""

    with scripted_server(answer) as server:
        with Client("t", base_url=server.base_url, default_headers={"X-Team": "video"}) as c:
            raw = c.with_options(max_retries=0).v1.video_projects.with_raw_response.delete(id="p1")
    assert raw.status_code == 204 and raw.parsed is None
    sent = server.received[0].headers
    assert sent["user-agent"].startswith(f"magic-hour-sdk-python/{__version__}") and sent["x-team"] == "video"


def test_a_failed_project_of_a_kind_without_an_error_field_still_raises_cleanly(client: Client) -> None:
    # Face detection's answer has no `error` object; its failure must still be a ProjectFailedError.
    with pytest.raises(ProjectFailedError) as caught:
        client.v1.face_detection.generate(assets={"target_file_path": "https://example.com/offline.png"})
    assert caught.value.status == "error" and caught.value.project_id in str(caught.value)
