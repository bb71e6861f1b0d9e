"""The sandbox answers as the real API does and enforces only what the document states; the SDK takes what the
official SDK's users write. Each test names the behaviour the official SDK's users or Magic Hour's document rely on."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from magic_hour import Client, ModuleNotInSpecError, ValidationError
from magic_hour.sandbox import ManualClock, Sandbox
from magic_hour.sandbox._render import probe
from magic_hour.sandbox.samples import make_speech_wav

from .conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _api(sandbox: Sandbox, method: str, path: str, body: Any = None) -> dict[str, Any]:
    r = httpx.request(method, f"{sandbox.base_url}{path}", headers=AUTH, json=body, timeout=10)
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def test_animation_with_audio_shorter_than_end_seconds_completes(client: Client, tmp_path: Path) -> None:
    # end_seconds is the output's duration, not a clip of the audio: the document states no audio_too_short here.
    short = make_speech_wav(tmp_path / "short.wav", seconds=1.0, rate=8000)
    res = client.v1.animation.generate(
        assets={"audio_source": "file", "audio_file_path": short},
        end_seconds=2.0,
        fps=12,
        height=256,
        width=256,
        style={"art_style": "Painterly Illustration", "camera_effect": "Simple Zoom In", "prompt_type": "custom",
               "transition_speed": 5, "prompt": "a city"},
        download_directory=tmp_path / "out",
    )  # fmt: skip
    # 2 s at the 12 fps asked: 24 frames, a credit each (the document: "based on the `fps` and `end_seconds`")
    assert res.status == "complete" and res.error is None and res.credits_charged == 24
    seconds, _ = probe(Path(res.downloaded_paths[0]))
    assert seconds is not None and abs(seconds - 2.0) < 0.15


def test_a_clip_past_a_trimmed_input_still_fails_and_refunds(client: Client, samples: dict[str, Path]) -> None:
    # Talking photo trims its audio (x-clip sources): a clip past the end is the API's audio_too_short.
    image, audio = client.v1.files.upload_files([samples["image"], samples["audio"]])
    created = client.v1.ai_talking_photo.create(
        assets={"image_file_path": image, "audio_file_path": audio}, start_seconds=0, end_seconds=5
    )
    done = client.v1.video_projects.get(id=created.id)
    while done.status not in ("complete", "error"):
        done = client.v1.video_projects.get(id=created.id)
    assert done.status == "error" and done.error is not None and done.error.code == "audio_too_short"
    assert done.credits_charged == 0


def test_face_detection_takes_a_video_and_answers_api_assets_paths(
    client: Client, sandbox: Sandbox, media: dict[str, Path], tmp_path: Path
) -> None:
    res = client.v1.face_detection.generate(assets={"target_file_path": media["video"]}, download_directory=tmp_path)
    assert res.status == "complete" and res.faces
    assert [r.json["items"][0]["type"] for r in sandbox.requests if r.route == "upload_urls"] == ["video"]
    for face in res.faces:
        assert face.path.startswith("api-assets/") and face.path.endswith(".png"), face.path
        assert face.url.endswith(face.path.split("/", 1)[1].split("?")[0]) or face.path in face.url
    # A detected face is an uploaded asset: face swap takes it back as original_face.
    swap = client.v1.face_swap_photo.create(
        assets={"face_swap_mode": "individual-faces", "target_file_path": client.v1.files.upload_file(media["image"]),
                "face_mappings": [{"original_face": res.faces[0].path,
                                   "new_face": client.v1.files.upload_file(media["image"])}]},
    )  # fmt: skip
    assert swap.id


def test_face_detection_still_refuses_audio(client: Client, media: dict[str, Path]) -> None:
    with pytest.raises(ValidationError, match="image or video"):
        client.v1.face_detection.generate(assets={"target_file_path": media["audio"]})


def test_the_gif_generator_makes_a_gif_and_charges_what_the_document_says(
    client: Client, sandbox: Sandbox, tmp_path: Path
) -> None:
    before = sandbox.balance
    res = client.v1.ai_gif_generator.generate(style={"prompt": "a dancing cat"}, download_directory=tmp_path)
    assert Path(res.downloaded_paths[0]).read_bytes()[:6] == b"GIF89a"
    assert res.credits_charged == 50 and before - sandbox.balance == 50  # "Each GIF costs 50 credits."


def test_answers_carry_the_deprecated_fields_the_real_api_sends(sandbox: Sandbox, media: dict[str, Path]) -> None:
    clock = ManualClock()
    with Sandbox(render_seconds=1.0, clock=clock) as sb, Client(TOKEN, base_url=sb.base_url) as client:
        video = client.v1.text_to_video.create(end_seconds=1.0, style={"prompt": "a wave"})
        created = _api(sb, "GET", f"/v1/video-projects/{video.id}")
        assert created["total_frame_cost"] == created["credits_charged"] == 30 and created["download"] is None
        assert video.additional_properties == {} and video.to_dict()["estimated_frame_cost"] == 30
        assert sb.wait_rendered(video.id)
        clock.advance(2.0)
        done = _api(sb, "GET", f"/v1/video-projects/{video.id}")
        assert done["status"] == "complete" and done["download"] == done["downloads"][0]
        image = _api(sb, "POST", "/v1/ai-headshot-generator",
                     {"assets": {"image_file_path": client.v1.files.upload_file(media["image"])}})  # fmt: skip
        assert image["frame_cost"] == image["credits_charged"] == 50  # "Each headshot costs 50 credits."
        assert _api(sb, "GET", f"/v1/image-projects/{image['id']}")["total_frame_cost"] == 50


def test_upload_items_take_the_official_sdks_type_spelling(client: Client, sandbox: Sandbox) -> None:
    answer = client.v1.files.upload_urls.create(items=[{"extension": "png", "type_": "image"}])  # type: ignore[typeddict-unknown-key]
    assert answer.items[0].file_path.startswith("api-assets/")
    sent = [r.json for r in sandbox.requests if r.route == "upload_urls"]
    assert sent == [{"items": [{"extension": "png", "type": "image"}]}]
    with pytest.raises(ValidationError, match="given twice"):
        client.v1.files.upload_urls.create(items=[{"extension": "png", "type": "image", "type_": "image"}])  # type: ignore[typeddict-unknown-key]


def test_downloaded_paths_are_str_and_serialise(client: Client, tmp_path: Path) -> None:
    res = client.v1.ai_image_generator.generate(image_count=2, style={"prompt": "a fox"}, download_directory=tmp_path)
    assert len(res.downloaded_paths) == 2 and all(type(p) is str for p in res.downloaded_paths)
    assert json.loads(json.dumps(res.downloaded_paths)) == res.downloaded_paths
    assert res.to_dict()["downloaded_paths"] == res.downloaded_paths


def test_a_module_of_the_official_sdk_our_document_lacks_says_what_to_do(client: Client) -> None:
    with pytest.raises(ModuleNotInSpecError) as caught:
        client.v1.ai_music_generator.generate(prompt="a song")  # type: ignore[attr-defined]
    assert "official magic-hour SDK" in str(caught.value) and "scripts/update-spec" in str(caught.value)
    assert isinstance(caught.value, AttributeError) and not hasattr(client.v1, "ai_ugc_ad")
    with pytest.raises(ModuleNotInSpecError, match="Did you mean face_swap"):
        client.v1.face_swapp  # type: ignore[attr-defined]  # noqa: B018


def test_the_video_editor_limits_follow_the_model(client: Client, media: dict[str, Path]) -> None:
    asset = "https://example.com/clip.mp4"
    body: dict[str, Any] = {"assets": {"video_file_path": asset}, "style": {"prompt": "make it blue"}}
    with pytest.raises(ValidationError, match="at most 10 s"):
        client.v1.ai_video_editor.create(**body, model="gemini-omni", start_seconds=0, end_seconds=12)
    with pytest.raises(ValidationError, match="at least 3 s"):
        client.v1.ai_video_editor.create(**body, model="gemini-omni", start_seconds=0, end_seconds=2)
    with pytest.raises(ValidationError, match="720p or 1080p"):
        client.v1.ai_video_editor.create(**body, model="gemini-omni-1.1", resolution="480p", end_seconds=5)
    with pytest.raises(ValidationError, match="at most 20 s"):
        client.v1.ai_video_editor.create(**body, model="ltx-2.5", start_seconds=0, end_seconds=21)
    assert client.v1.ai_video_editor.create(**body, model="ltx-2.5", start_seconds=0, end_seconds=20).id


def test_the_official_poll_interval_setting_is_honoured(monkeypatch: pytest.MonkeyPatch, sandbox: Sandbox) -> None:
    monkeypatch.setenv("MAGIC_HOUR_POLL_INTERVAL", "0.25")
    with Client(TOKEN, base_url=sandbox.base_url) as client:
        assert client._settings.wait.poll_interval == 0.25
    monkeypatch.setenv("MAGIC_HOUR_POLL_INTERVAL", "soon")
    with pytest.raises(ValidationError, match="MAGIC_HOUR_POLL_INTERVAL"):
        Client(TOKEN, base_url=sandbox.base_url)
