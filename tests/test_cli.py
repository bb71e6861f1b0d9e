"""The installed `magic-hour` command, run as a user would, against the sandbox."""

from __future__ import annotations

import json
import os
import pty
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from magic_hour.sandbox import Sandbox

from .conftest import TOKEN

COMMAND = str(Path(sys.executable).parent / "magic-hour")


def cli(sandbox: Sandbox, *args: str, token: str = TOKEN) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, MAGIC_HOUR_API_TOKEN=token, MAGIC_HOUR_BASE_URL=sandbox.base_url)
    return subprocess.run([COMMAND, *args], env=env, capture_output=True, text=True, timeout=60, check=False)


def test_talking_photo_with_json_prints_one_object(sandbox: Sandbox, samples: dict[str, Path], tmp_path: Path) -> None:
    result = cli(
        sandbox,
        "talking-photo",
        str(samples["image"]),
        str(samples["audio"]),
        "--start",
        "0",
        "--end",
        "1",
        "--mode",
        "pro",
        "--name",
        "cli",
        "-o",
        str(tmp_path),
        "--json",
    )
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)  # the whole of stdout is one JSON object
    assert payload["project"]["status"] == "complete" and payload["project"]["name"] == "cli"
    assert Path(payload["downloaded_paths"][0]).parent == tmp_path and Path(payload["downloaded_paths"][0]).exists()
    assert sandbox.projects_created(TOKEN) == 1


def test_plain_output_prints_the_saved_paths(sandbox: Sandbox, samples: dict[str, Path], tmp_path: Path) -> None:
    result = cli(
        sandbox,
        "talking-photo",
        str(samples["image"]),
        str(samples["audio"]),
        "--start",
        "0",
        "--end",
        "1",
        "-o",
        str(tmp_path),
    )
    assert result.returncode == 0
    assert [Path(line) for line in result.stdout.split()] == sorted(tmp_path.iterdir())


def test_exit_1_when_the_project_fails(sandbox: Sandbox, samples: dict[str, Path]) -> None:
    result = cli(sandbox, "talking-photo", str(samples["image"]), str(samples["audio"]), "--start", "0", "--end", "30")
    assert result.returncode == 1 and "audio_too_short" in result.stderr
    assert "Traceback" not in result.stderr and result.stderr.strip().splitlines()[-1].startswith("magic-hour: ")


@pytest.mark.parametrize(
    "args",
    [
        ["talking-photo", "x.png"],  # missing arguments
        ["talking-photo", "missing.png", "missing.wav", "--start", "0", "--end", "1"],
        ["talking-photo", "a.png", "b.wav", "--start", "zero", "--end", "1"],
        ["talking-photo", "a.png", "b.wav", "--start", "0", "--end", "1", "--mode", "cinematic"],
        ["projects", "frobnicate", "x"],
    ],
)
def test_exit_2_for_usage_errors(sandbox: Sandbox, args: list[str]) -> None:
    result = cli(sandbox, *args)
    assert result.returncode == 2 and result.stderr and "Traceback" not in result.stderr
    assert sandbox.requests == []


def test_exit_3_for_api_errors_with_one_clear_line(samples: dict[str, Path]) -> None:
    with Sandbox(tokens=["right"]) as strict:
        result = cli(strict, "projects", "get", "x", token="wrong")
    assert result.returncode == 3
    assert result.stderr.strip() == result.stderr.strip().splitlines()[0]
    assert "401" in result.stderr and "wrong" not in result.stderr


def test_debug_shows_the_traceback(sandbox: Sandbox) -> None:
    result = cli(sandbox, "projects", "get", "nope", "--debug")
    assert result.returncode == 3 and "Traceback" in result.stderr


def test_ctrl_c_during_the_wait_exits_130_and_the_printed_command_resumes(
    sandbox: Sandbox, samples: dict[str, Path], tmp_path: Path
) -> None:
    sandbox.set_render_seconds(600)
    env = dict(os.environ, MAGIC_HOUR_API_TOKEN=TOKEN, MAGIC_HOUR_BASE_URL=sandbox.base_url)
    proc = subprocess.Popen(
        [
            COMMAND,
            "talking-photo",
            str(samples["image"]),
            str(samples["audio"]),
            "--start",
            "0",
            "--end",
            "1",
            "-o",
            str(tmp_path),
        ],
        env=env,
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    for line in proc.stderr:  # wait for the event "the project exists and is being waited on"
        if line.startswith("project ") and "queued" in line:
            break
    proc.send_signal(signal.SIGINT)
    _, rest = proc.communicate(timeout=30)
    assert proc.returncode == 130
    resume = rest.strip().rsplit("Resume with: ", 1)[1]
    assert resume.startswith("magic-hour projects wait ") and str(tmp_path) in resume
    sandbox.set_render_seconds(0)
    result = cli(sandbox, *resume.split()[1:])
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).exists() and sandbox.projects_created(TOKEN) == 1


def test_projects_get_delete_and_files_upload(sandbox: Sandbox, samples: dict[str, Path]) -> None:
    upload = cli(sandbox, "files", "upload", str(samples["image"]), str(samples["audio"]))
    assert upload.returncode == 0
    image, audio = upload.stdout.split()
    assert image.startswith("api-assets/") and audio.endswith(".wav")
    created = cli(sandbox, "talking-photo", image, audio, "--start", "0", "--end", "1", "--no-wait", "--json")
    project_id = json.loads(created.stdout)["project"]["id"]
    assert cli(sandbox, "projects", "get", project_id).stdout.split()[0] == project_id
    assert cli(sandbox, "projects", "delete", project_id).returncode == 0
    assert json.loads(cli(sandbox, "projects", "get", project_id, "--json").stdout)["enabled"] is False


def test_progress_is_live_on_a_terminal_and_plain_otherwise(
    sandbox: Sandbox, samples: dict[str, Path], tmp_path: Path
) -> None:
    args = [
        "talking-photo",
        str(samples["image"]),
        str(samples["audio"]),
        "--start",
        "0",
        "--end",
        "1",
        "-o",
        str(tmp_path),
    ]
    plain = cli(sandbox, *args)
    assert "uploading face.png" in plain.stderr and "complete" in plain.stderr
    assert "\x1b" not in plain.stderr and "\r" not in plain.stderr

    primary, secondary = pty.openpty()
    env = dict(os.environ, MAGIC_HOUR_API_TOKEN=TOKEN, MAGIC_HOUR_BASE_URL=sandbox.base_url)
    proc = subprocess.Popen([COMMAND, *args], env=env, stdout=subprocess.DEVNULL, stderr=secondary)
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(primary, 4096)
        except OSError:  # the terminal closed: the command has exited
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(timeout=30)
    os.close(primary)
    drawn = b"".join(chunks).decode()
    assert proc.returncode == 0
    assert "\r\x1b[2K" in drawn and "uploading face.png" in drawn and "downloading" in drawn


def test_every_command_has_help_with_an_example() -> None:
    for args in (
        ["--help"],
        ["talking-photo", "--help"],
        ["projects", "wait", "--help"],
        ["files", "upload", "--help"],
        ["sandbox", "--help"],
    ):
        result = subprocess.run([COMMAND, *args], capture_output=True, text=True, check=False)
        assert result.returncode == 0 and "usage: magic-hour" in result.stdout
        assert "example" in result.stdout.lower() or args == ["--help"]
