"""scripts/demo's job, offline: a playable MP4 whose duration matches the clip."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from magic_hour import _spec
from magic_hour.sandbox._render import probe

ROOT = Path(__file__).resolve().parents[1]


def test_demo_makes_a_playable_video_of_the_clips_length(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts/lib/demo.py"), "-o", str(tmp_path), "--seconds", "2"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    saved = Path(result.stdout.strip().splitlines()[-1].removeprefix("Video saved to "))
    assert saved.parent == tmp_path.resolve()
    duration, size = probe(saved)
    assert size == (256, 256) and duration is not None and abs(duration - 2.0) < 0.15
    # Every line names the file that was saved, so a second run into the same folder is not told the first's.
    assert all(str(saved.name) in line for line in result.stdout.splitlines() if "saved" in line.lower())


def test_demo_all_runs_every_generator_and_each_makes_media_of_its_kind(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts/lib/demo.py"), "--all", "-o", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    rows = [line.split(None, 3) for line in result.stdout.splitlines()[1:-1]]
    generators = [op for _, _, op in _spec.operations() if "links" in op["responses"].get("200", {})]
    assert len(rows) == len(generators)  # one per generator of the stored document
    expected = {"video_projects": "mp4 (media)", "image_projects": "(image)", "audio_projects": "wav (audio)"}
    for module, kind, _, outputs in rows:
        if outputs.endswith("gif (animation)"):  # the GIF generator's image project is a GIF
            continue
        assert expected.get(kind, "png (image)") in outputs, (module, kind, outputs)
    for video in tmp_path.glob("*/*.mp4"):
        duration, size = probe(video)
        assert size is not None and duration is not None and duration > 0.5, video
