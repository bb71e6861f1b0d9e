"""The sandbox speaks the API as openapi.yaml describes it, over real sockets."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from magic_hour.sandbox import Fault, ManualClock, Sandbox
from magic_hour.sandbox._render import probe

from .conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def upload(sandbox: Sandbox, files: dict[str, Path], headers: dict[str, str] = AUTH) -> dict[str, str]:
    """Upload image and audio through the raw HTTP API; returns the create request's assets."""
    items = [{"type": "image", "extension": "png"}, {"type": "audio", "extension": "wav"}]
    r = httpx.post(f"{sandbox.base_url}/v1/files/upload-urls", json={"items": items}, headers=headers)
    assert r.status_code == 200, r.text
    slots = r.json()["items"]
    for slot, path in zip(slots, (files["image"], files["audio"]), strict=True):
        assert httpx.put(slot["upload_url"], content=path.read_bytes()).status_code == 200
    return {"image_file_path": slots[0]["file_path"], "audio_file_path": slots[1]["file_path"]}


def create(sandbox: Sandbox, body: dict[str, Any], headers: dict[str, str] = AUTH) -> httpx.Response:
    return httpx.post(f"{sandbox.base_url}/v1/ai-talking-photo", json=body, headers=headers)


def test_upload_urls_follow_request_order_and_the_file_path_shape(sandbox: Sandbox) -> None:
    items = [{"type": "audio", "extension": "mp3"}, {"type": "image", "extension": "jpg"}]
    r = httpx.post(f"{sandbox.base_url}/v1/files/upload-urls", json={"items": items}, headers=AUTH)
    paths = [i["file_path"] for i in r.json()["items"]]
    assert paths[0].startswith("api-assets/") and paths[0].endswith(".mp3")
    assert paths[1].endswith(".jpg")
    assert all("signature=" in i["upload_url"] for i in r.json()["items"])


def test_an_extension_of_the_wrong_type_is_422_listing_the_allowed_ones(sandbox: Sandbox) -> None:
    r = httpx.post(
        f"{sandbox.base_url}/v1/files/upload-urls",
        json={"items": [{"type": "audio", "extension": "mp4"}]},
        headers=AUTH,
    )
    assert r.status_code == 422
    assert "invalid audio extension" in r.json()["message"] and "mp3" in r.json()["message"]


@pytest.mark.parametrize("header", [None, "", "Bearer", "Basic abc"])
def test_missing_or_empty_token_is_401_with_the_real_body(sandbox: Sandbox, header: str | None) -> None:
    headers = {} if header is None else {"Authorization": header}
    r = httpx.get(f"{sandbox.base_url}/v1/video-projects/x", headers=headers)
    # The body the document gives a 401.
    assert (r.status_code, r.json()) == (401, {"code": "unauthorized", "message": "Unauthorized"})


def test_only_configured_tokens_are_accepted() -> None:
    with Sandbox(tokens=["good"]) as sb:
        assert (
            httpx.get(f"{sb.base_url}/v1/video-projects/x", headers={"Authorization": "Bearer bad"}).status_code == 401
        )
        assert (
            httpx.get(f"{sb.base_url}/v1/video-projects/x", headers={"Authorization": "Bearer good"}).status_code == 404
        )


def test_schema_violations_are_400_naming_the_field(sandbox: Sandbox) -> None:
    body = {"assets": {"image_file_path": "a", "audio_file_path": "b"}, "start_seconds": 0, "end_seconds": 2}
    r = create(sandbox, {**body, "style": {"generation_mode": "cinematic"}})
    assert r.status_code == 400 and "style.generation_mode" in r.json()["message"]
    r = create(sandbox, {"assets": {"image_file_path": "a"}, "start_seconds": 0, "end_seconds": 2})
    assert r.status_code == 400 and "audio_file_path" in r.json()["message"]
    r = httpx.post(
        f"{sandbox.base_url}/v1/ai-talking-photo",
        content=b"{not json",
        headers={**AUTH, "Content-Type": "application/json"},
    )
    assert r.status_code == 400 and "JSON" in r.json()["message"]


def test_talking_photo_rules_beyond_the_schema_are_422(sandbox: Sandbox, samples: dict[str, Path]) -> None:
    assets = upload(sandbox, samples)
    cases = {
        "greater than start_seconds": {"start_seconds": 3, "end_seconds": 2},
        "at most 300": {"start_seconds": 0, "end_seconds": 301},
    }
    for expected, times in cases.items():
        r = create(sandbox, {"assets": assets, **times})
        assert r.status_code == 422 and expected in r.json()["message"]
    swapped = {"image_file_path": assets["audio_file_path"], "audio_file_path": assets["image_file_path"]}
    r = create(sandbox, {"assets": swapped, "start_seconds": 0, "end_seconds": 1})
    assert r.status_code == 422 and "must be an image file" in r.json()["message"]
    r = create(
        sandbox,
        {"assets": {**assets, "image_file_path": "api-assets/nope/image.png"}, "start_seconds": 0, "end_seconds": 1},
    )
    assert r.status_code == 422 and "not an uploaded file" in r.json()["message"]
    assert sandbox.projects_created() == 0


def test_project_lifecycle_follows_the_clock_and_charges_credits(samples: dict[str, Path]) -> None:
    clock = ManualClock()
    with Sandbox(render_seconds=2.0, balance=1000, clock=clock) as sb:
        assets = upload(sb, samples)
        r = create(sb, {"assets": assets, "start_seconds": 0.5, "end_seconds": 1.5, "name": "clip"})
        assert r.status_code == 200
        created = r.json()
        assert created["credits_charged"] == 30 and sb.balance == 970

        def status() -> dict[str, Any]:
            return httpx.get(f"{sb.base_url}/v1/video-projects/{created['id']}", headers=AUTH).json()  # type: ignore[no-any-return]

        project = status()
        assert project["status"] == "queued" and project["downloads"] == [] and project["name"] == "clip"
        clock.advance(0.6)
        assert status()["status"] == "rendering"
        assert sb.wait_rendered(created["id"])
        assert status()["status"] == "rendering"  # rendered, but the clock says it is not time yet
        clock.advance(1.5)
        project = status()
        assert project["status"] == "complete"
        assert project["enabled"] and len(project["downloads"]) == 1


def test_the_output_is_a_playable_mp4_as_long_as_the_clip(
    sandbox: Sandbox, samples: dict[str, Path], tmp_path: Path
) -> None:
    assets = upload(sandbox, samples)
    project_id = create(sandbox, {"assets": assets, "start_seconds": 0.25, "end_seconds": 1.75}).json()["id"]
    assert sandbox.wait_rendered(project_id)
    url = sandbox.project(project_id)["downloads"][0]["url"]  # type: ignore[index]
    video = tmp_path / "out.mp4"
    video.write_bytes(httpx.get(url).content)
    duration, size = probe(video)
    assert size is not None and duration is not None
    assert abs(duration - 1.5) < 0.15
    assert video.read_bytes()[4:8] == b"ftyp"


def test_payment_required_when_the_balance_runs_out(samples: dict[str, Path]) -> None:
    with Sandbox(render_seconds=0, balance=40) as sb:
        assets = upload(sb, samples)
        assert create(sb, {"assets": assets, "start_seconds": 0, "end_seconds": 1}).status_code == 200
        r = create(sb, {"assets": assets, "start_seconds": 0, "end_seconds": 1})
        assert r.status_code == 402 and "credits" in r.json()["message"]
        assert sb.balance == 10 and sb.projects_created() == 1


def test_a_render_that_fails_reports_error_and_refunds(sandbox: Sandbox, samples: dict[str, Path]) -> None:
    assets = upload(sandbox, samples)
    before = sandbox.balance
    project_id = create(sandbox, {"assets": assets, "start_seconds": 0, "end_seconds": 30}).json()["id"]
    assert sandbox.wait_rendered(project_id)
    project = sandbox.project(project_id)
    assert project["status"] == "error"
    assert project["error"] == {"code": "audio_too_short", "message": project["error"]["message"]}  # type: ignore[index]
    assert project["credits_charged"] == 0 and sandbox.balance == before


def test_delete_disables_the_project_and_removes_its_output(sandbox: Sandbox, samples: dict[str, Path]) -> None:
    assets = upload(sandbox, samples)
    project_id = create(sandbox, {"assets": assets, "start_seconds": 0, "end_seconds": 1}).json()["id"]
    sandbox.wait_rendered(project_id)
    url = sandbox.project(project_id)["downloads"][0]["url"]  # type: ignore[index]
    r = httpx.delete(f"{sandbox.base_url}/v1/video-projects/{project_id}", headers=AUTH)
    assert r.status_code == 204 and r.content == b""
    project = httpx.get(f"{sandbox.base_url}/v1/video-projects/{project_id}", headers=AUTH).json()
    assert project["enabled"] is False and project["downloads"] == []
    assert httpx.get(url).status_code == 404
    assert httpx.delete(f"{sandbox.base_url}/v1/video-projects/nope", headers=AUTH).status_code == 404


def test_storage_refuses_forged_and_expired_urls() -> None:
    with Sandbox(url_ttl_seconds=-1) as sb:
        r = httpx.post(
            f"{sb.base_url}/v1/files/upload-urls", json={"items": [{"type": "image", "extension": "png"}]}, headers=AUTH
        )
        expired = r.json()["items"][0]["upload_url"]
        assert httpx.put(expired, content=b"x").status_code == 403
    with Sandbox() as sb:
        r = httpx.post(
            f"{sb.base_url}/v1/files/upload-urls", json={"items": [{"type": "image", "extension": "png"}]}, headers=AUTH
        )
        url = r.json()["items"][0]["upload_url"]
        forged = url[:-4] + ("0000" if not url.endswith("0000") else "1111")
        assert httpx.put(forged, content=b"x").status_code == 403
        assert "expired" not in httpx.put(forged, content=b"x").json()["message"]


def test_storage_serves_ranges_for_resumed_downloads(sandbox: Sandbox, samples: dict[str, Path]) -> None:
    assets = upload(sandbox, samples)
    project_id = create(sandbox, {"assets": assets, "start_seconds": 0, "end_seconds": 1}).json()["id"]
    sandbox.wait_rendered(project_id)
    url = sandbox.project(project_id)["downloads"][0]["url"]  # type: ignore[index]
    whole = httpx.get(url)
    assert int(whole.headers["content-length"]) == len(whole.content)
    part = httpx.get(url, headers={"Range": "bytes=100-"})
    assert part.status_code == 206 and part.content == whole.content[100:]
    assert part.headers["content-range"] == f"bytes 100-{len(whole.content) - 1}/{len(whole.content)}"
    assert httpx.get(url, headers={"Range": f"bytes={len(whole.content)}-"}).status_code == 416


def test_the_log_records_auth_presence_and_counters_count_per_token(sandbox: Sandbox, samples: dict[str, Path]) -> None:
    other = {"Authorization": "Bearer other"}
    assets = upload(sandbox, samples)
    create(sandbox, {"assets": assets, "start_seconds": 0, "end_seconds": 1})
    create(sandbox, {"assets": upload(sandbox, samples, other), "start_seconds": 0, "end_seconds": 1}, headers=other)
    assert sandbox.projects_created(TOKEN) == 1 and sandbox.projects_created("other") == 1
    assert sandbox.projects_created() == 2
    puts = [r for r in sandbox.requests if r.route == "storage_put"]
    assert len(puts) == 4 and not any(r.authorization for r in puts)
    assert all(TOKEN not in repr(r) for r in sandbox.requests)


def test_injected_status_faults_carry_retry_after(sandbox: Sandbox) -> None:
    sandbox.inject(Fault("get", "status", status=429, retry_after=2), Fault("get", "status", status=503))
    url = f"{sandbox.base_url}/v1/video-projects/x"
    first, second, third = (httpx.get(url, headers=AUTH) for _ in range(3))
    assert (first.status_code, first.headers["retry-after"]) == (429, "2")
    assert second.status_code == 503 and "message" in second.json()
    assert third.status_code == 404


def test_dropped_connections_before_and_after_processing(sandbox: Sandbox, samples: dict[str, Path]) -> None:
    assets = upload(sandbox, samples)
    body = {"assets": assets, "start_seconds": 0, "end_seconds": 1}
    sandbox.inject(Fault("create", "drop_before"))
    with pytest.raises(httpx.TransportError):
        create(sandbox, body)
    assert sandbox.projects_created() == 0
    sandbox.inject(Fault("create", "drop_after"))
    with pytest.raises(httpx.TransportError):
        create(sandbox, body)
    assert sandbox.projects_created() == 1  # processed, then the answer was lost


def test_a_truncated_body_and_added_latency(sandbox: Sandbox) -> None:
    sandbox.inject(Fault("get", "truncate"))
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.get(f"{sandbox.base_url}/v1/video-projects/x", headers=AUTH)
    sandbox.inject(Fault("get", "latency", seconds=0.5))
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(f"{sandbox.base_url}/v1/video-projects/x", headers=AUTH, timeout=0.1)


def test_faults_with_a_probability_repeat_exactly_for_a_seed() -> None:
    def pattern(seed: int) -> list[int]:
        with Sandbox(seed=seed) as sb:
            sb.inject(Fault("get", "status", status=500, times=None, probability=0.5))
            return [httpx.get(f"{sb.base_url}/v1/video-projects/x", headers=AUTH).status_code for _ in range(12)]

    first = pattern(7)
    assert first == pattern(7)
    assert {500, 404} <= set(first)


def test_runs_from_the_command_line_and_prints_url_and_token() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "magic_hour.sandbox", "--port", "0", "--render-seconds", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        base_url = first.rsplit(" ", 1)[1].strip()
        token = next(line for line in proc.stdout if "MAGIC_HOUR_API_TOKEN" in line).split("=", 1)[1].strip()
        r = httpx.get(f"{base_url}/v1/video-projects/none", headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 404
    finally:
        proc.terminate()
        proc.communicate(timeout=10)


def test_the_face_moves_with_the_loudness_of_the_voice(samples: dict[str, Path]) -> None:
    from magic_hour.sandbox._render import FPS, _loudness, _pulse_commands

    levels = _loudness(samples["audio"], 0.0, 1.5)
    assert len(levels) == int(1.5 * FPS)
    assert max(levels) == 1.0 and min(levels) < 0.2  # syllables and the pauses between them
    sizes = {line.split()[3].rstrip(",") for line in _pulse_commands(levels, 256).splitlines()}
    assert len(sizes) > 3 and min(int(s) for s in sizes) == 256
