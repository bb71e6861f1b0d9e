"""Retries and the fault matrix: every stage under every fault either succeeds or fails as documented,
never creates more than one project, never leaves a partial file, and names the project once it exists."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from magic_hour import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AsyncClient,
    Client,
    DefaultAioHttpClient,
    DownloadError,
    InternalServerError,
    MagicHourError,
    RateLimitError,
)
from magic_hour.sandbox import Fault, Sandbox
from magic_hour_api.sdk import VideoProjectsResult as GenerateResult

from .conftest import FAST_RETRY, TOKEN

STAGES = ["upload_urls", "storage_put", "create", "get", "storage_get"]
FAULTS: dict[str, Fault | None] = {}
MATRIX: list[tuple[str, str, str, str, int]] = []


def _fault(stage: str, kind: str) -> Fault:
    return {
        "429": Fault(stage, "status", status=429, retry_after=0),
        "500": Fault(stage, "status", status=500),
        "503": Fault(stage, "status", status=503),
        "drop-before": Fault(stage, "drop_before"),
        "drop-after": Fault(stage, "drop_after"),
        "slow": Fault(stage, "latency", seconds=2.5),
        "cut-short": Fault(stage, "truncate"),
    }[kind]


KINDS = ["429", "500", "503", "drop-before", "drop-after", "slow", "cut-short"]


def _generate(mode: str, sandbox: Sandbox, assets: dict[str, str], out: Path) -> GenerateResult:
    # A timeout well above a loaded CI machine's slowest normal answer, and well below the injected delay.
    options = {"base_url": sandbox.base_url, "poll_interval": 0.02, "retry": FAST_RETRY, "timeout": 1.5}
    request = {"assets": assets, "start_seconds": 0, "end_seconds": 1, "download_directory": out}
    if mode == "sync":
        with Client(TOKEN, **options) as client:
            return client.v1.ai_talking_photo.generate(**request)

    async def run() -> GenerateResult:
        pool = DefaultAioHttpClient(timeout=1.5) if mode == "aiohttp" else None
        try:
            async with AsyncClient(TOKEN, **options, http_client=pool) as aclient:
                return await aclient.v1.ai_talking_photo.generate(**request)
        finally:
            if pool is not None:
                await pool.aclose()

    return asyncio.run(run())


@pytest.mark.parametrize("mode", ["sync", "async", "aiohttp"])
@pytest.mark.parametrize("stage", STAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_fault_matrix(
    mode: str, stage: str, kind: str, sandbox: Sandbox, assets: dict[str, str], tmp_path: Path
) -> None:
    sandbox.inject(_fault(stage, kind))
    out = tmp_path / "out"
    outcome = "ok"
    try:
        res = _generate(mode, sandbox, assets, out)
        assert res.status == "complete" and Path(res.downloaded_paths[0]).stat().st_size > 0
    except MagicHourError as error:
        outcome = type(error).__name__
        created = sandbox.projects_created(TOKEN)
        assert stage == "create", f"{stage}/{kind} should have been retried: {error}"
        assert isinstance(error, APIError) and error.maybe_created, error
        assert "may have" in str(error)
        assert created <= 1
    created = sandbox.projects_created(TOKEN)
    MATRIX.append((mode, stage, kind, outcome, created))
    assert created <= 1
    if stage == "create" and kind == "429":
        assert outcome == "ok"  # 429 means the server did not act: safe to retry a create
    leftovers = [p.name for p in out.iterdir()] if out.exists() else []
    assert not any(name.startswith(".") or name.endswith(".part") for name in leftovers), leftovers
    assert len(leftovers) == (1 if outcome == "ok" else 0)


def test_create_is_not_retried_on_5xx_and_says_a_project_may_exist(
    client: Client, sandbox: Sandbox, assets: dict[str, str]
) -> None:
    sandbox.inject(Fault("create", "status", status=503, times=None))
    with pytest.raises(InternalServerError) as caught:
        client.v1.ai_talking_photo.generate(assets=assets, start_seconds=0, end_seconds=1)
    assert caught.value.maybe_created and caught.value.status_code == 503
    assert [r.route for r in sandbox.requests].count("create") == 1


def test_create_after_a_lost_answer_reports_the_ambiguity(
    client: Client, sandbox: Sandbox, assets: dict[str, str]
) -> None:
    sandbox.inject(Fault("create", "drop_after"))
    with pytest.raises(APIConnectionError) as caught:
        client.v1.ai_talking_photo.generate(assets=assets, start_seconds=0, end_seconds=1)
    assert caught.value.maybe_created and sandbox.projects_created(TOKEN) == 1
    assert [r.route for r in sandbox.requests].count("create") == 1


def test_retry_after_is_honoured(client: Client, sandbox: Sandbox) -> None:
    sandbox.inject(Fault("get", "status", status=429, retry_after=0.3))
    started = time.monotonic()
    with pytest.raises(Exception, match="404"):
        client.v1.video_projects.get(id="x")
    assert time.monotonic() - started >= 0.3
    assert [r.status for r in sandbox.requests] == [429, 404]


def test_max_retries_per_call_and_the_error_when_they_run_out(client: Client, sandbox: Sandbox) -> None:
    sandbox.inject(Fault("get", "status", status=429, retry_after=0, times=None))
    with pytest.raises(RateLimitError):
        client.v1.video_projects.get(id="x", max_retries=0)
    assert len(sandbox.requests) == 1
    sandbox.clear_log()
    with pytest.raises(RateLimitError, match="429"):
        client.v1.video_projects.get(id="x")
    assert len(sandbox.requests) == 1 + FAST_RETRY.max_retries


def test_a_slow_api_times_out_with_a_clear_error(sandbox: Sandbox) -> None:
    sandbox.inject(Fault("get", "latency", seconds=1.0, times=None))
    with Client(TOKEN, base_url=sandbox.base_url, timeout=0.2, max_retries=0) as c:
        with pytest.raises(APITimeoutError, match="timed out"):
            c.v1.video_projects.get(id="x")


def test_an_interrupted_download_resumes_where_it_stopped(
    client: Client, sandbox: Sandbox, assets: dict[str, str], tmp_path: Path
) -> None:
    sandbox.inject(Fault("storage_get", "truncate"))
    res = client.v1.ai_talking_photo.generate(
        assets=assets, start_seconds=0, end_seconds=1, download_directory=tmp_path
    )
    gets = [r for r in sandbox.requests if r.route == "storage_get"]
    assert len(gets) == 2
    url = res.downloads[0].url
    import httpx

    assert Path(res.downloaded_paths[0]).read_bytes() == httpx.get(url).content


def test_a_download_that_keeps_failing_leaves_nothing_and_names_the_project(
    client: Client, sandbox: Sandbox, assets: dict[str, str], tmp_path: Path
) -> None:
    sandbox.inject(Fault("storage_get", "status", status=500, times=None))
    with pytest.raises(DownloadError) as caught:
        client.v1.ai_talking_photo.generate(assets=assets, start_seconds=0, end_seconds=1, download_directory=tmp_path)
    assert caught.value.project_id and caught.value.project_id in str(caught.value)
    assert list(tmp_path.iterdir()) == []
    assert sandbox.projects_created(TOKEN) == 1


def test_a_failure_after_create_carries_the_project_id(
    client: Client, sandbox: Sandbox, assets: dict[str, str]
) -> None:
    sandbox.inject(Fault("get", "status", status=500, times=None))
    with pytest.raises(InternalServerError) as caught:
        client.v1.ai_talking_photo.generate(assets=assets, start_seconds=0, end_seconds=1)
    project_id = caught.value.project_id
    assert project_id and f"check_result(id={project_id!r})" in str(caught.value)
    sandbox.clear_faults()
    assert client.v1.video_projects.check_result(id=project_id, download_outputs=False).status == "complete"
