"""The installed `magic-hour` command, run as a user would, against the sandbox."""

from __future__ import annotations

import json
import os
import pty
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from magic_hour import _spec
from magic_hour.cli import _flags, main
from magic_hour.sandbox import Fault, Sandbox
from magic_hour.sandbox.examples import example_body

from .conftest import TOKEN

COMMAND = str(Path(sys.executable).parent / "magic-hour")


def cli(sandbox: Sandbox, *args: str, token: str = TOKEN, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, MAGIC_HOUR_API_TOKEN=token, MAGIC_HOUR_BASE_URL=sandbox.base_url)
    return subprocess.run(
        [COMMAND, *args], env=env, input=stdin, capture_output=True, text=True, timeout=60, check=False
    )


def _generators() -> list[tuple[str, str, str]]:
    return [
        (m, p, op["x-sdk-module"])
        for m, p, op in _spec.operations()
        if "links" in _spec.follow_ref(op["responses"].get("200", {}))
    ]


def _argv(method: str, path: str, media: dict[str, Path]) -> list[str]:
    """The flags for a valid request of the operation, from the same example body the docs use."""
    body = example_body(method, path, media)
    argv: list[str] = []
    for flag in _flags.flags(_spec.body_schema(_spec.operation(method, path)) or {}):
        value: Any = body
        for key in flag.where:
            value = value.get(key) if isinstance(value, dict) else None
        if value is None:
            continue
        if flag.kind == "boolean":
            argv.append(flag.names[0] if value else f"--no-{flag.names[0][2:]}")
        elif flag.many:
            for item in value:
                argv += [flag.names[0], str(item)]
        else:
            argv += [flag.names[0], json.dumps(value) if flag.kind == "json" else str(value)]
    return argv


@pytest.mark.parametrize(("method", "path", "module"), _generators(), ids=[g[2] for g in _generators()])
def test_every_generator_has_a_command_that_runs(
    method: str,
    path: str,
    module: str,
    sandbox: Sandbox,
    media: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = [module.replace("_", "-"), *_argv(method, path, media), "-o", str(tmp_path), "--json"]
    code = main([*argv, "--token", TOKEN, "--base-url", sandbox.base_url])
    out = capsys.readouterr().out
    assert code == 0, out
    result = json.loads(out)
    assert result["status"] == "complete" and result["downloaded_paths"]
    assert all(Path(p).parent == tmp_path and Path(p).stat().st_size > 0 for p in result["downloaded_paths"])
    assert [r.module for r in sandbox.requests if r.route == "create"] == [module]


def test_flags_are_readable_marked_and_list_their_choices() -> None:
    result = subprocess.run([COMMAND, "face-swap", "--help"], capture_output=True, text=True, check=False)
    help_text = " ".join(result.stdout.split())
    assert "--video FILE, --assets-video-file-path FILE" in help_text
    assert "--start NUMBER, --start-seconds NUMBER (required)" in help_text
    assert "--video-source {file,youtube}" in help_text
    assert "--style-version {v1,v2,default}" in help_text  # `--version` belongs to the command itself
    assert "example:" in help_text


def test_json_prints_one_object_and_errors_are_objects_too(sandbox: Sandbox, media: dict[str, Path]) -> None:
    ok = cli(sandbox, "ai-image-generator", "--image-count", "2", "--prompt", "a fox", "--no-download", "--json")
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["status"] == "complete"
    bad = cli(sandbox, "face-swap", "--video", str(media["video"]), "--video-source", "file", "--start", "0",
              "--end", "1", "--json")  # fmt: skip
    assert bad.returncode == 2
    error = json.loads(bad.stdout)["error"]
    assert "image_file_path is required" in error["message"] and error["exit_code"] == 2
    assert sandbox.projects_created(TOKEN) == 1


def test_dry_run_checks_everything_and_sends_nothing(sandbox: Sandbox, media: dict[str, Path]) -> None:
    result = cli(sandbox, "lip-sync", "--video", str(media["video"]), "--audio", str(media["audio"]),
                 "--video-source", "file", "--start", "0", "--end", "1", "--dry-run", "--json")  # fmt: skip
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert plan["request"]["path"] == "/v1/lip-sync" and {u["field"] for u in plan["uploads"]} == {
        "assets.video_file_path",
        "assets.audio_file_path",
    }
    too_long = cli(sandbox, "lip-sync", "--video", str(media["video"]), "--audio", str(media["audio"]),
                   "--video-source", "file", "--start", "0", "--end", "30", "--dry-run")  # fmt: skip
    assert too_long.returncode == 2 and "only 3.00 s long" in too_long.stderr
    assert sandbox.requests == []


def test_a_pipeline_creates_waits_and_deletes(sandbox: Sandbox, media: dict[str, Path], tmp_path: Path) -> None:
    created = cli(sandbox, "ai-headshot-generator", "--image", str(media["image"]), "--no-wait")
    assert created.returncode == 0 and "wait for it with: magic-hour image-projects wait" in created.stderr
    waited = cli(sandbox, "image-projects", "wait", "-", "-o", str(tmp_path), stdin=created.stdout)
    assert waited.returncode == 0, waited.stderr
    assert Path(waited.stdout.strip()).exists()
    project_id = created.stdout.split()[0]
    deleted = cli(sandbox, "image-projects", "delete", "-", stdin=json.dumps({"id": project_id}) + "\n")
    assert deleted.returncode == 0 and f"deleted {project_id}" in deleted.stdout
    again = cli(sandbox, "image-projects", "wait", project_id, "-o", str(tmp_path))
    assert again.returncode == 1 and "was deleted" in again.stderr
    assert sandbox.projects_created(TOKEN) == 1


def test_a_closed_pipe_ends_quietly(sandbox: Sandbox, media: dict[str, Path]) -> None:
    env = dict(os.environ, MAGIC_HOUR_API_TOKEN=TOKEN, MAGIC_HOUR_BASE_URL=sandbox.base_url)
    upload = [COMMAND, "files", "upload", *[str(media["image"])] * 3]
    result = subprocess.run(
        f"{' '.join(upload)} | head -c 0", shell=True, env=env, capture_output=True, text=True, check=False
    )
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr


def test_version_and_shared_sandbox_options() -> None:
    version = subprocess.run([COMMAND, "--version"], capture_output=True, text=True, check=False)
    assert version.returncode == 0 and version.stdout.startswith("magic-hour ")
    for args in ([COMMAND, "sandbox", "--help"], [sys.executable, "-m", "magic_hour.sandbox", "--help"]):
        text = subprocess.run(args, capture_output=True, text=True, check=False).stdout
        assert "--balance" in text and "--tokens" in text and "--render-seconds" in text


def _interrupt_when(sandbox: Sandbox, argv: list[str], marker: str) -> subprocess.CompletedProcess[str]:
    """Run the command, press Ctrl-C when `marker` shows on its progress output, and collect what it said."""
    env = dict(os.environ, MAGIC_HOUR_API_TOKEN=TOKEN, MAGIC_HOUR_BASE_URL=sandbox.base_url)
    proc = subprocess.Popen([COMMAND, *argv], env=env, stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    seen = []
    for line in proc.stderr:
        seen.append(line)
        if marker in line:
            break
    proc.send_signal(signal.SIGINT)
    out, rest = proc.communicate(timeout=30)
    return subprocess.CompletedProcess(argv, proc.returncode, out, "".join(seen) + rest)


@pytest.mark.usefixtures("ctrl_c_raises")
def test_ctrl_c_says_truthfully_what_may_have_been_charged(
    sandbox: Sandbox, media: dict[str, Path], tmp_path: Path
) -> None:
    argv = ["ai-headshot-generator", "--image", str(media["image"]), "-o", str(tmp_path)]
    # While the upload is still going: nothing was created.
    sandbox.inject(Fault("storage_put", "latency", seconds=3))
    early = _interrupt_when(sandbox, argv, "uploading")
    assert early.returncode == 130 and "nothing was charged" in early.stderr
    assert sandbox.projects_created(TOKEN) == 0
    sandbox.clear_faults()
    # While the create request is in flight: the server may already have created and charged it.
    sandbox.inject(Fault("create", "latency", seconds=3))
    during = _interrupt_when(sandbox, argv, "creating the project")
    assert during.returncode == 130 and "may have been created and charged" in during.stderr
    sandbox.clear_faults()
    # While waiting: the id, and the command that resumes without paying again.
    sandbox.set_render_seconds(600)
    waiting = _interrupt_when(sandbox, argv, "created")
    assert waiting.returncode == 130
    resume = waiting.stderr.strip().rsplit("Resume with: ", 1)[1]
    assert resume.startswith("magic-hour image-projects wait ") and str(tmp_path) in resume
    sandbox.set_render_seconds(0)
    before = sandbox.projects_created(TOKEN)
    result = cli(sandbox, *resume.split()[1:])
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).exists() and sandbox.projects_created(TOKEN) == before


def test_progress_is_live_on_a_terminal_and_plain_otherwise(
    sandbox: Sandbox, media: dict[str, Path], tmp_path: Path
) -> None:
    args = ["ai-headshot-generator", "--image", str(media["image"]), "-o", str(tmp_path)]
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
