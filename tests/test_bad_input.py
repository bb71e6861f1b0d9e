"""Bad input gets a typed error naming the problem, before a single request reaches the API."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from magic_hour import Client, ValidationError
from magic_hour.sandbox import Sandbox

from .conftest import TOKEN

Case = Callable[[Client, dict[str, Path], Path], Any]


def gen(**overrides: Any) -> Case:
    """A generate() call with good arguments except `overrides` (values may be callables of the samples)."""

    def run(client: Client, samples: dict[str, Path], tmp: Path) -> Any:
        kwargs: dict[str, Any] = {
            "assets": {"image_file_path": samples["image"], "audio_file_path": samples["audio"]},
            "start_seconds": 0.0,
            "end_seconds": 1.0,
            "download_directory": tmp / "out",
        }
        for key, value in overrides.items():
            kwargs[key] = value(samples, tmp) if callable(value) else value
        return client.v1.ai_talking_photo.generate(**kwargs)

    return run


def image(make: Callable[[Path], Any]) -> Callable[[dict[str, Path], Path], dict[str, Any]]:
    def assets(samples: dict[str, Path], tmp: Path) -> dict[str, Any]:
        return {"image_file_path": make(tmp), "audio_file_path": samples["audio"]}

    return assets


def _write(name: str, data: bytes, mode: int | None = None) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = tmp / name
        path.write_bytes(data)
        if mode is not None:
            path.chmod(mode)
        return path

    return make


def _dir(tmp: Path) -> Path:
    (tmp / "a_dir.png").mkdir()
    return tmp / "a_dir.png"


def _file_as_dir(samples: dict[str, Path], tmp: Path) -> Path:
    (tmp / "plain-file").write_text("x")
    return tmp / "plain-file" / "sub"


def _text_stream(samples: dict[str, Path], tmp: Path) -> dict[str, Any]:
    stream = io.StringIO("hello")
    stream.name = "face.png"
    return {"image_file_path": stream, "audio_file_path": samples["audio"]}


def _nameless(samples: dict[str, Path], tmp: Path) -> dict[str, Any]:
    return {"image_file_path": io.BytesIO(samples["image"].read_bytes()), "audio_file_path": samples["audio"]}


BAD: dict[str, tuple[Case, str]] = {
    "missing file": (gen(assets=image(lambda t: t / "missing.png")), "no file at"),
    "a directory": (gen(assets=image(_dir)), "is a directory"),
    "an empty file": (gen(assets=image(_write("empty.png", b""))), "is empty"),
    "unsupported extension": (gen(assets=image(_write("face.gif", b"GIF89a"))), "Supported: image: png"),
    "no extension": (gen(assets=image(_write("face", b"\x89PNG\r\n\x1a\n"))), "has no extension"),
    "text file named .png": (gen(assets=image(_write("notes.png", b"just some text"))), "holds data that is not"),
    "audio named as image": (
        gen(assets=lambda s, t: {"image_file_path": s["audio"], "audio_file_path": s["audio"]}),
        ".wav",
    ),
    "image passed as audio": (
        gen(assets=lambda s, t: {"image_file_path": s["image"], "audio_file_path": s["image"]}),
        "audio",
    ),
    "text-mode file object": (gen(assets=_text_stream), "text mode"),
    "file object without a name": (gen(assets=_nameless), "has no name"),
    "assets not a dict": (gen(assets=["face.png"]), "assets must be object"),
    "audio asset missing": (gen(assets=lambda s, t: {"image_file_path": s["image"]}), "audio_file_path is required"),
    "asset of a wrong type": (
        gen(assets=lambda s, t: {"image_file_path": 42, "audio_file_path": s["audio"]}),
        "image_file_path must be",
    ),
    "empty asset path": (
        gen(assets=lambda s, t: {"image_file_path": "", "audio_file_path": s["audio"]}),
        "image_file_path",
    ),
    "negative start": (gen(start_seconds=-1.0), "start_seconds must be >= 0"),
    "end before start": (gen(start_seconds=2.0, end_seconds=1.0), "must be greater than start_seconds"),
    "end equal to start": (gen(start_seconds=1.0, end_seconds=1.0), "must be greater than start_seconds"),
    "clip over the limit": (gen(start_seconds=0.0, end_seconds=301.0), "at most 300"),
    "prompted clip over its limit": (
        gen(start_seconds=0.0, end_seconds=46.0, style={"generation_mode": "prompted"}),
        "at most 45",
    ),
    "end past the end of the audio": (gen(end_seconds=2.5), "is only 2.00 s long"),
    "NaN start": (gen(start_seconds=float("nan")), "finite"),
    "infinite end": (gen(end_seconds=float("inf")), "finite"),
    "string seconds": (gen(end_seconds="15"), "end_seconds must be number"),
    "boolean seconds": (gen(start_seconds=True), "start_seconds must be number"),
    "unknown generation_mode": (gen(style={"generation_mode": "cinematic"}), "got 'cinematic'"),
    "prompt as a number": (gen(style={"prompt": 5}), "style.prompt must be string"),
    "name not a string": (gen(name=123), "name must be string"),
    "download directory is a file": (gen(download_directory=_file_as_dir), "is a file, not a directory"),
    "download directory wrong type": (gen(download_directory=3.5), "download_directory must be a path"),
    "negative poll interval": (gen(poll_interval=-1), "poll_interval must be positive"),
    "zero wait timeout": (gen(wait_timeout=0), "wait_timeout must be positive"),
    "negative max_retries": (gen(max_retries=-1), "max_retries must be"),
    "empty project id": (lambda c, s, t: c.v1.video_projects.get(id=""), "id must be a project id"),
    "project id of wrong type": (lambda c, s, t: c.v1.video_projects.check_result(id=None), "id must be a project id"),  # type: ignore[arg-type]
    "upload of an unsupported type": (lambda c, s, t: c.v1.files.upload_file(_write("doc.pdf", b"%PDF")(t)), ".pdf"),
    "upload-urls with a bad type": (
        lambda c, s, t: c.v1.files.upload_urls.create(items=[{"type": "pdf", "extension": "pdf"}]),
        "items[0].type",
    ),
    "upload-urls with no items": (lambda c, s, t: c.v1.files.upload_urls.create(items=[]), "at least 1"),
}

if os.geteuid() != 0:  # root can read anything, so this case only means something for other users
    BAD["unreadable file"] = (gen(assets=image(_write("locked.png", b"\x89PNG\r\n\x1a\n", 0o000))), "not readable")


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_is_refused_before_any_request(
    case: str, client: Client, sandbox: Sandbox, samples: dict[str, Path], tmp_path: Path
) -> None:
    call, expected = BAD[case]
    with pytest.raises(ValidationError) as caught:
        call(client, samples, tmp_path)
    assert expected in str(caught.value), str(caught.value)
    assert sandbox.requests == [], f"{case}: a request reached the sandbox"
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"token": ""}, "token is empty"),
        ({"token": "   "}, "token is empty"),
        ({"token": " padded "}, "whitespace"),
        ({"token": 123}, "must be a string"),
        ({"token": "t", "base_url": "not a url"}, "not an http(s) URL"),
        ({"token": "t", "timeout": 0}, "timeout must be positive"),
        ({"token": "t", "max_retries": 1.5}, "max_retries"),
        ({"token": "t", "poll_interval": float("nan")}, "finite"),
    ],
)
def test_bad_client_settings_are_refused(kwargs: dict[str, Any], expected: str) -> None:
    with pytest.raises(ValidationError, match=expected.replace("(", r"\(").replace(")", r"\)")):
        Client(**kwargs)


def test_no_token_anywhere_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MAGIC_HOUR_API_TOKEN", raising=False)
    with pytest.raises(ValidationError, match="MAGIC_HOUR_API_TOKEN"):
        Client()


def test_the_table_is_long_enough() -> None:
    assert len(BAD) >= 25 and TOKEN


def test_create_refuses_local_paths_and_points_to_upload(
    client: Client, sandbox: Sandbox, samples: dict[str, Path]
) -> None:
    with pytest.raises(ValidationError, match="upload_file"):
        client.v1.ai_talking_photo.create(
            assets={"image_file_path": str(samples["image"]), "audio_file_path": "api-assets/x/a.wav"},
            start_seconds=0,
            end_seconds=1,
        )
    assert sandbox.requests == []


def test_an_audio_file_rewritten_longer_is_measured_again(client: Client, sandbox: Sandbox, tmp_path: Path) -> None:
    """The length of a file is remembered only while the file stays the same (size, time, inode)."""
    from magic_hour.sandbox.samples import make_portrait_png, make_speech_wav

    face = make_portrait_png(tmp_path / "face.png", size=64)
    voice = make_speech_wav(tmp_path / "voice.wav", seconds=1.0, rate=8000)
    request: dict[str, Any] = {
        "assets": {"image_file_path": face, "audio_file_path": voice},
        "start_seconds": 0.0,
        "end_seconds": 1.5,
        "download_directory": tmp_path / "out",
    }
    with pytest.raises(ValidationError, match=r"is only 1\.00 s long"):
        client.v1.ai_talking_photo.generate(**request)
    make_speech_wav(tmp_path / "voice.wav", seconds=2.0, rate=8000)
    assert client.v1.ai_talking_photo.generate(**request).status == "complete"
