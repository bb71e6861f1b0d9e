"""Magic Hour's real documents from 2026-06-05 on, replayed: every step's change report as recorded, the first
and the last step through the whole of scripts/update-spec with custom/ untouched, and a step back refused.

The documents are stored compactly in tests/history/ (see its corpus.py). When the report's wording or the
overlay changes on purpose, re-record the reports: `.venv/bin/python -m tests.history.record`.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .history import corpus, replay
from .test_update_spec import _digest, _repo, _update

ROOT = Path(__file__).resolve().parents[1]
_RERECORD = "if the change is intended, re-record with: .venv/bin/python -m tests.history.record"


def test_the_stored_history_rebuilds_every_document_and_stays_small() -> None:
    names = [name for name, _ in corpus.documents()]  # each checked against its recorded sha256
    assert len(names) == len(corpus.steps()) == 20
    size = sum(p.stat().st_size for p in corpus.HERE.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    assert size < 500_000, f"tests/history/ holds {size} bytes"


@functools.cache
def _reports() -> dict[str, str]:
    return dict(replay.reports())


def test_every_step_reports_what_was_recorded() -> None:
    recorded = sorted(p.stem for p in replay.REPORTS.glob("*.txt"))
    seen = []
    for name, text in _reports().items():
        seen.append(name)
        want = (replay.REPORTS / f"{name}.txt").read_text(encoding="utf-8")
        assert text == want, f"step {name}: its report differs from tests/history/reports/{name}.txt; {_RERECORD}"
        assert "refused" not in text.splitlines()[0], text
    assert seen == recorded


def test_the_history_is_judged_as_a_caller_would() -> None:
    """The removals users' code meets in the real history are called breaking, with what to add to keep them."""
    texts = _reports()
    assert (
        "enum value removed: POST /v1/ai-voice-generator: request style.voice_name -= 'Beyonce' (breaking"
        in (texts["037-2026-07-10-c1353bf"])
    )
    # The document marked the upscaler's style.enhancement deprecated: the same window as a correction's.
    deprecated = "field deprecated: POST /v1/ai-image-upscaler: request style.enhancement (additive"
    assert any(deprecated in t and "still accepted, with a DeprecationWarning" in t for t in texts.values())
    assert "operation added: POST /v1/character-replace (additive" in texts["040-2026-07-16-40666fd"]
    assert "image files .jfif" in texts["037-2026-07-10-c1353bf"]
    assert "audio files .weba, .oga" in texts["039-2026-07-15-243eed0"]
    # The undefined required names are reported when they appear and when they are fixed, not on every step.
    assert sum("never defines" in t for t in texts.values()) == 1
    assert "frame_cost (no longer required)" in texts["044-2026-07-22-19c5d68"]
    assert texts["040-2026-07-16-40666fd"].splitlines()[0].endswith("0.2.2 -> 0.2.3")  # additive: a patch in 0.x
    assert texts["037-2026-07-10-c1353bf"].splitlines()[0].endswith("0.1.0 -> 0.2.0")  # breaking: a minor in 0.x


AFTER_PROGRAM = """
import importlib, pkgutil, sys
from pathlib import Path
import magic_hour_api.sdk.v1 as v1
from magic_hour import Client, _spec
from magic_hour.cli import main
from magic_hour.sandbox import Sandbox
from magic_hour.sandbox._render import probe

names = sorted(m.name for m in pkgutil.iter_modules(v1.__path__))
for name in names:
    importlib.import_module(f"magic_hour_api.sdk.v1.{name}")
exts = _spec.extensions_by_asset_type()
assert {"jfif", "tif"} <= set(exts["image"]) and {"weba", "oga"} <= set(exts["audio"]), exts
video, face, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
with Sandbox(render_seconds=0) as sandbox, Client("t", base_url=sandbox.base_url, poll_interval=0.02) as client:
    for name in names:
        getattr(client.v1, name)
    # New operations: their clip is inferred, so a 3 s clip makes 3 s of video.
    res = client.v1.character_replace.generate(
        assets={"video_file_path": video, "image_file_path": face}, start_seconds=0.0, end_seconds=3.0,
        download_directory=out)
    seconds, _ = probe(res.downloaded_paths[0])
    assert seconds is not None and abs(seconds - 3.0) < 0.2, seconds
    res = client.v1.ai_video_editor.generate(
        assets={"video_file_path": video}, style={"prompt": "snow"}, start_seconds=0.0, end_seconds=3.0,
        download_directory=out)
    seconds, _ = probe(res.downloaded_paths[0])
    assert seconds is not None and abs(seconds - 3.0) < 0.2, seconds
    assert main(["character-replace", "--video", str(video), "--image", str(face), "--start", "0", "--end", "1",
                 "-o", str(out / "cli"), "--token", "t", "--base-url", sandbox.base_url]) == 0
print(len(names), "modules import")
"""


def _step(repo: Path, before: dict[str, object], name: str, doc: dict[str, object]) -> str:
    """Put `before` in spec/ as the stored document, take `doc` with scripts/update-spec, return its output."""
    (repo / "spec" / "magic-hour.openapi.json").write_text(json.dumps(before, indent=2) + "\n", encoding="utf-8")
    result = _update(repo, doc)
    assert result.returncode == 0, f"step {name}: {result.stderr[-3000:]}"
    return result.stdout


def test_the_first_and_last_steps_regenerate_everything_with_custom_untouched(
    tmp_path: Path, media: dict[str, Path]
) -> None:
    repo = _repo(tmp_path)
    shutil.copy2(replay.OVERLAY, repo / "spec" / "overlay.yaml")  # the corrections of the history's start
    version_file = Path("magic_hour") / "_version.py"
    (repo / "custom" / version_file).write_text('__version__ = "0.1.0"\n', encoding="utf-8")
    (repo / "CHANGELOG.md").unlink(missing_ok=True)
    custom_before = {p: p.read_bytes() for p in (repo / "custom").rglob("*") if p.is_file()}
    docs = list(corpus.documents())
    first = _step(repo, corpus.base(), docs[0][0], docs[0][1])
    assert "version 0.1.0 -> 0.2.0 (breaking changes)" in first
    last_before = docs[-2][1]
    last = _step(repo, last_before, docs[-1][0], docs[-1][1])
    assert "version 0.2.0 -> 0.2.1 (no breaking changes)" in last
    changed = {p.relative_to(repo / "custom") for p, data in custom_before.items() if p.read_bytes() != data}
    assert changed == {version_file}, changed
    log = (repo / "CHANGELOG.md").read_text(encoding="utf-8")
    assert log.index("## 0.2.1") < log.index("## 0.2.0")  # newest first
    assert "Breaking for code written for 0.1.0:" in log and "'Beyonce'" in log
    env = {**os.environ, "PYTHONPATH": f"{repo / 'custom'}{os.pathsep}{repo / 'generated'}"}
    run = subprocess.run(
        [sys.executable, "-c", AFTER_PROGRAM, str(media["video"]), str(media["image"]), str(tmp_path / "out")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0 and "modules import" in run.stdout, run.stderr[-3000:]


def test_a_step_back_to_an_older_document_is_refused_saying_why(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    older = next(p.stem for p in (corpus.HERE / "older").glob("*.json"))
    before = {name: _digest(repo / name) for name in ("generated", "docs", "spec", "custom")}
    result = _update(repo, corpus.older(older))
    assert result.returncode == 1
    assert "no longer apply" in result.stderr and "nothing was changed" in result.stderr
    # 2026-05-18 predates audio to video, which a correction names: the refusal says so in SDK terms.
    assert (
        "because: operation removed: POST /v1/audio-to-video (breaking: `client.v1.audio_to_video`, its CLI command "
        "`magic-hour audio-to-video` and its doc page docs/v1/audio_to_video.md go)"
    ) in result.stderr
    assert "Traceback" not in result.stderr
    assert {name: _digest(repo / name) for name in ("generated", "docs", "spec", "custom")} == before


@pytest.fixture(autouse=True)
def _no_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MAGIC_HOUR_API_TOKEN", raising=False)


def test_a_document_taken_before_versioning_gets_its_entry(tmp_path: Path) -> None:
    """`scripts/compiler release PREVIOUS` writes the entry of the stored document against the one it replaced."""
    repo = _repo(tmp_path)
    shutil.copy2(replay.OVERLAY, repo / "spec" / "overlay.yaml")
    (repo / "custom" / "magic_hour" / "_version.py").write_text('__version__ = "0.1.0"\n', encoding="utf-8")
    _, doc = next(corpus.documents())
    (repo / "spec" / "magic-hour.openapi.json").write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")

    def release() -> subprocess.CompletedProcess[str]:
        run = [sys.executable, str(repo / "scripts" / "compiler"), "release", str(corpus.HERE / "base.json.gz")]
        return subprocess.run(run, cwd=repo, capture_output=True, text=True, timeout=120, check=False)

    first = release()
    assert first.returncode == 0 and "version 0.1.0 -> 0.2.0" in first.stdout, first.stderr
    log = (repo / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "'Beyonce'" in log and "image files .jfif" in log, log
    again = release()
    assert again.returncode == 0 and "nothing new" in again.stdout, again.stderr
    assert (repo / "CHANGELOG.md").read_text(encoding="utf-8") == log
