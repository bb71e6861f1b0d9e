"""Every Python snippet in the README and in docs/ runs against the sandbox, so examples cannot rot.

Placeholder file paths are mapped to real sample files, `api-assets/id/...` to uploaded ones and
`cuid-example` to a real project; the token and base URL come from the environment, as users set them.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from magic_hour import Client
from magic_hour.sandbox import Sandbox
from magic_hour.sandbox.samples import make_portrait_png, make_speech_wav

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
_BLOCK = re.compile(r"```python\n(.*?)```", re.S)


def snippets() -> list[tuple[str, str]]:
    found = []
    for source in SOURCES:
        for n, code in enumerate(_BLOCK.findall(source.read_text(encoding="utf-8"))):
            found.append((f"{source.relative_to(ROOT).as_posix()}#{n + 1}", code))
    return found


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Sandbox, Path, dict[str, str]]]:
    """A sandbox, a folder of sample files under the names the examples use, and substitutions."""
    folder = tmp_path_factory.mktemp("examples")
    make_portrait_png(folder / "face.png", size=64)
    make_speech_wav(folder / "speech.mp3", seconds=16.0, rate=8000)  # WAV data; the API sniffs content, not names
    shutil.copy(folder / "face.png", folder / "1234.png")
    shutil.copy(folder / "speech.mp3", folder / "1234.mp3")
    with Sandbox(render_seconds=0) as sandbox, Client("example-token", base_url=sandbox.base_url) as client:
        image = client.v1.files.upload_file(folder / "1234.png")
        audio = client.v1.files.upload_file(folder / "1234.mp3")
        project = client.v1.ai_talking_photo.create(
            assets={"image_file_path": image, "audio_file_path": audio}, start_seconds=0, end_seconds=1
        )
        substitutions = {
            "/path/to/": f"{folder}/",
            "api-assets/id/1234.png": image,
            "api-assets/id/1234.mp3": audio,
            "cuid-example": project.id,
        }
        yield sandbox, folder, substitutions


def test_there_are_examples_to_run() -> None:
    names = [name for name, _ in snippets()]
    assert any(n.startswith("README.md") for n in names) and len(names) >= 8


@pytest.mark.parametrize(("name", "code"), snippets(), ids=[name for name, _ in snippets()])
def test_example_runs(
    name: str, code: str, world: tuple[Sandbox, Path, dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    sandbox, folder, substitutions = world
    for placeholder, real in substitutions.items():
        code = code.replace(placeholder, real)
    monkeypatch.chdir(folder)
    monkeypatch.setenv("API_TOKEN", "example-token")
    monkeypatch.setenv("MAGIC_HOUR_API_TOKEN", "example-token")
    monkeypatch.setenv("MAGIC_HOUR_BASE_URL", sandbox.base_url)
    before = len(sandbox.requests)
    namespace: dict[str, object] = {"__name__": "__main__"}
    exec(compile(code, name, "exec"), namespace)
    assert len(sandbox.requests) > before or "Sandbox(" in code, f"{name} sent no request"
    for value in namespace.values():  # snippets written as `client = Client(...)` leave closing to the reader
        if isinstance(value, Client):
            value.close()
