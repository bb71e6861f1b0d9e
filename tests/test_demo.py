"""scripts/demo's job, offline: a playable MP4 whose duration matches the clip."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
