"""Results in notebooks: rendered through IPython's own display formatter, from real generations in the sandbox."""

from __future__ import annotations

import base64
import io
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import magic_hour
import pytest
from IPython.core.interactiveshell import InteractiveShell
from magic_hour import Client, ProjectFailedError


@pytest.fixture
def shell(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[InteractiveShell]:
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path_factory.mktemp("ipython")))  # its profile and history, not ~
    ipython = InteractiveShell.instance()
    assert magic_hour.enable_notebook_display()
    yield ipython
    InteractiveShell.clear_instance()


def _html(shell: InteractiveShell, value: Any) -> str:
    data, _ = shell.display_formatter.format(value)
    assert "text/html" in data, data.keys()
    return str(data["text/html"])


def _embedded(html: str, element: str) -> tuple[str, bytes]:
    found = re.search(rf'<{element}[^>]* src="data:([a-z]+/[a-z0-9.+-]+);base64,([A-Za-z0-9+/=]+)"', html)
    assert found, html[:500]
    return found.group(1), base64.b64decode(found.group(2))


def test_an_image_shows_inline(
    shell: InteractiveShell, client: Client, samples: dict[str, Path], tmp_path: Path
) -> None:
    result = client.v1.ai_headshot_generator.generate(
        assets={"image_file_path": str(samples["image"])}, download_directory=tmp_path
    )
    html = _html(shell, result)
    mime, data = _embedded(html, "img")
    assert mime.startswith("image/") and data == Path(result.downloaded_paths[0]).read_bytes()
    assert f"<code>{result.id}</code>: <b>complete</b> · {result.credits_charged} credits" in html


def test_a_video_and_a_voice_get_players(
    shell: InteractiveShell, client: Client, samples: dict[str, Path], tmp_path: Path
) -> None:
    video = client.v1.ai_talking_photo.generate(
        assets={"image_file_path": str(samples["image"]), "audio_file_path": str(samples["audio"])},
        start_seconds=0.0,
        end_seconds=1.0,
        download_directory=tmp_path,
    )
    mime, data = _embedded(_html(shell, video), "video")
    assert mime == "video/mp4" and data == Path(video.downloaded_paths[0]).read_bytes()
    voice = client.v1.ai_voice_generator.generate(
        style={"prompt": "Hello there", "voice_name": "Morgan Freeman"}, download_directory=tmp_path
    )
    mime, data = _embedded(_html(shell, voice), "audio")
    assert mime.startswith("audio/") and data == Path(voice.downloaded_paths[0]).read_bytes()


def test_a_failed_project_shows_its_error(shell: InteractiveShell, client: Client) -> None:
    with pytest.raises(ProjectFailedError) as failed:
        client.v1.ai_headshot_generator.generate(assets={"image_file_path": "https://example.invalid/<b>me</b>.png"})
    html = _html(shell, failed.value.project)  # the project as get() returns it: the API's model
    code = failed.value.error_code
    assert code and f"Failed ({code}): " in html
    assert f"<b>image projects</b> <code>{failed.value.project_id}</code>: <b>error</b>" in html
    assert "<b>me</b>" not in html and "&lt;b&gt;me&lt;/b&gt;" in html  # the API's text stays text
    assert _html(shell, client.v1.image_projects.get(id=failed.value.project_id)) == html


def test_large_outputs_are_linked_not_embedded(client: Client, samples: dict[str, Path], tmp_path: Path) -> None:
    result = client.v1.ai_headshot_generator.generate(
        assets={"image_file_path": str(samples["image"])}, download_directory=tmp_path
    )
    bundle = magic_hour.show(result, max_inline_bytes=16)._repr_mimebundle_()
    assert "base64" not in bundle["text/html"] and "too large to show here" in bundle["text/html"]
    assert result.downloaded_paths[0] in bundle["text/html"]


def test_progress_draws_tqdm_bars(client: Client, samples: dict[str, Path], tmp_path: Path) -> None:
    drawn = io.StringIO()
    progress = magic_hour.notebook_progress(file=drawn)
    client.v1.ai_headshot_generator.generate(
        assets={"image_file_path": str(samples["image"])}, download_directory=tmp_path, on_progress=progress
    )
    progress.close()  # type: ignore[attr-defined]
    text = drawn.getvalue()
    assert "uploading face.png" in text and "100%" in text
    assert re.search(r"downloading \S+", text) and "created" in text


def test_importing_the_sdk_loads_no_notebook_support(tmp_path: Path) -> None:
    env = {**os.environ, "IPYTHONDIR": str(tmp_path)}
    code = (
        "import sys, magic_hour\n"
        "print(sorted(m for m in ('IPython', 'tqdm', 'magic_hour._notebook') if m in sys.modules))\n"
        "from IPython.core.interactiveshell import InteractiveShell\n"
        "shell = InteractiveShell.instance()\n"
        "from magic_hour_api.sdk.v1.image_projects import ImageProjectsResult\n"
        "html = shell.display_formatter.formatters['text/html']\n"
        "print(any(issubclass(ImageProjectsResult, t) for t in html.type_printers))\n"
    )
    run = {"capture_output": True, "text": True, "check": True, "env": env}
    out = subprocess.run([sys.executable, "-c", code], **run).stdout.split()  # type: ignore[call-overload]
    assert out == ["[]", "False"]  # nothing loaded, and imported before IPython: nothing registered
    in_a_shell = (
        "from IPython.core.interactiveshell import InteractiveShell\n"
        "shell = InteractiveShell.instance()\n"
        "import magic_hour\n"
        "from magic_hour_api.sdk.v1.image_projects import ImageProjectsResult\n"
        "from magic_hour._notebook import result_html\n"
        "print(shell.display_formatter.formatters['text/html'].lookup_by_type(ImageProjectsResult) is result_html)\n"
    )
    out = subprocess.run([sys.executable, "-c", in_a_shell], **run).stdout  # type: ignore[call-overload]
    assert out.split() == ["True"]  # imported in a notebook: results display themselves
