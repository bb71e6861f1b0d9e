"""A user's program with the mistakes people make, type-checked as they would: every one is flagged.

The typed surface is generated from the spec (TypedDict parameters, Literal enums, one result class per
project kind), so mypy and pyright catch these before anything runs; the correct program passes clean.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

#: Each mistake on its own line, marked with the comment the test looks for.
BAD = """\
from magic_hour import Client

client = Client()
client.v1.ai_talking_photo.generate(
    assets={"image_file_pth": "face.png", "audio_file_path": "speech.mp3"},  # MISTAKE misspelled key
    start_seconds=0.0,
    end_seconds=10.0,
)
client.v1.ai_talking_photo.generate(
    assets={"image_file_path": "face.png", "audio_file_path": "speech.mp3"},
    start_seconds=0.0,
    end_seconds=10.0,
    style={"generation_mode": "Pro"},  # MISTAKE wrong enum literal
)
client.v1.ai_talking_photo.create(
    assets={"image_file_path": "api-assets/a.png", "audio_file_path": "api-assets/b.mp3"},
    start_seconds="0",  # MISTAKE wrong type
    end_seconds=10.0,
)
client.v1.ai_talking_photo.generate(
    assets={"image_file_path": "face.png", "audio_file_path": "speech.mp3"},
    start_seconds=0.0,
    end_seconds=10.0,
    download_directory=123,  # MISTAKE wrong type of an option
)
res = client.v1.face_swap_photo.generate(assets={"source_file_path": "a.png", "target_file_path": "b.png"})
print(res.downloaded_pathz)  # MISTAKE misspelled result attribute
client.v1.ai_image_generator.generate(image_count="4", style={"prompt": "a fox"})  # MISTAKE string for a number
client.v1.image_projects.get(idd="x")  # MISTAKE misspelled argument
from magic_hour import webhooks
ev = webhooks.unwrap(b"{}", {}, strict=True)
print(client.webhooks.download(ev).downloaded_pathz)  # MISTAKE misspelled attribute of a webhook download
from magic_hour import ApiError  # MISTAKE a name only the official SDK exports
"""

GOOD = """\
from pathlib import Path

from magic_hour import AsyncClient, Client

client = Client()
res = client.v1.ai_talking_photo.generate(
    assets={"image_file_path": Path("face.png"), "audio_file_path": "speech.mp3"},
    start_seconds=0.0,
    end_seconds=10.0,
    style={"generation_mode": "realistic"},
    download_directory="outputs",
)
print(res.downloaded_paths, res.id, res.status, res.credits_charged, res.downloads)
from magic_hour import DefaultAioHttpClient, WebhookVerificationError, webhooks

print(DefaultAioHttpClient, WebhookVerificationError, webhooks.EVENT_TYPES)
images = client.v1.ai_image_generator.generate(image_count=4, style={"prompt": "a fox"})
print([d.url for d in images.downloads], images.to_dict()["downloaded_paths"])
project = client.v1.image_projects.get(id=images.id)
print(project.status)


class MyClient(Client):
    def tag(self) -> str:
        return "mine"


class MyAsyncClient(AsyncClient):
    def tag(self) -> str:
        return "mine"


with MyClient() as mine:  # a subclass keeps its type through `with` and with_options()
    print(mine.tag(), mine.with_options(timeout=5).tag())


async def use_async() -> None:
    async with MyAsyncClient() as amine:
        print(amine.tag(), amine.with_options(timeout=5).tag())


event = client.webhooks.unwrap(b"{}", {}, strict=True)  # strict: a known event, which download() takes
result = client.webhooks.download(event, download_directory="outputs")
paths: list[str] = result.downloaded_paths
print(paths, result.id, result.status, result.credits_charged)
"""


def _mistake_lines() -> set[int]:
    return {n for n, line in enumerate(BAD.splitlines(), 1) if "# MISTAKE" in line}


def _run(cmd: list[str], cwd: Path) -> str:
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=300, check=False)
    return result.stdout + result.stderr


def _flagged(output: str, name: str) -> set[int]:
    return {int(m) for m in re.findall(rf"{name}\.py:(\d+)", output)}


def _write(tmp_path: Path) -> None:
    (tmp_path / "bad.py").write_text(BAD, encoding="utf-8")
    (tmp_path / "good.py").write_text(GOOD, encoding="utf-8")


def test_mypy_flags_every_mistake_and_passes_the_correct_program(tmp_path: Path) -> None:
    _write(tmp_path)
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / ".mypy")]
    bad = _run([*mypy, "bad.py"], tmp_path)
    assert _mistake_lines() <= _flagged(bad, "bad"), bad
    good = _run([*mypy, "good.py"], tmp_path)
    assert "Success: no issues found" in good, good


def test_pyright_flags_every_mistake_and_passes_the_correct_program(tmp_path: Path) -> None:
    pyright = shutil.which("pyright", path=str(Path(sys.executable).parent))
    if pyright is None or shutil.which("node") is None:
        pytest.skip("pyright (dev extra) and node are needed")
    _write(tmp_path)
    (tmp_path / "pyrightconfig.json").write_text(
        json.dumps(
            {"typeCheckingMode": "standard", "venvPath": str(Path(sys.prefix).parent), "venv": Path(sys.prefix).name}
        ),
        encoding="utf-8",
    )
    bad = _run([pyright, "bad.py"], tmp_path)
    assert _mistake_lines() <= {int(m) for m in re.findall(r"bad\.py:(\d+):", bad)}, bad
    good = _run([pyright, "good.py"], tmp_path)
    assert "0 errors" in good, good
