"""scripts/demo's job, offline: a playable MP4 whose duration matches the clip."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from magic_hour import _spec
from magic_hour.sandbox._render import probe

ROOT = Path(__file__).resolve().parents[1]


def test_demo_makes_a_playable_video_of_the_clips_length(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts/showcase/demo.py"), "-o", str(tmp_path), "--seconds", "2"],
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


def test_demo_all_prints_what_each_generator_was_asked_made_and_charged(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts/showcase/demo.py"), "--all", "-o", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    header, *rows = (re.split(r"\s{2,}", line.strip()) for line in result.stdout.splitlines()[:-1])
    assert header == ["module", "asked", "made (measured)", "credits", "price"]
    _media = {o.get("operationId"): (o.get("x-sdk-project") or {}).get("media") for _, _, o in _spec.operations()}
    creates = {
        op["x-sdk-module"]: (m, p, op) for m, p, op in _spec.operations() if "links" in op["responses"].get("200", {})
    }
    assert sorted(row[0] for row in rows) == sorted(creates)  # one per generator of the stored document
    for module, asked, made, credits, _ in rows:
        _method, _path, op = creates[module]
        media = _media[op["responses"]["200"]["links"]["result"]["operationId"]]
        assert made.startswith({"video": "1 x mp4 ", "audio": "1 x wav "}.get(media, "")), (module, made)
        assert int(credits) >= 0
        if "width=" in asked and "height=" in asked:  # the size asked is the size made
            width = re.search(r"\bwidth=(\d+)", asked)
            height = re.search(r"\bheight=(\d+)", asked)
            assert width and height and f" {width[1]}x{height[1]}" in made, (module, asked, made)
        sizes = ((_spec.body_schema(op) or {}).get("x-output-shape") or {}).get("resolution", {}).get("sizes", {})
        chosen = re.search(r"\bresolution=(\S+)", asked)
        if chosen and chosen[1] in sizes:
            w, h = map(int, re.search(r" (\d+)x(\d+)", made).groups())  # type: ignore[union-attr]
            want = sizes[chosen[1]]
            assert max(w, h) == want["long"] if "long" in want else min(w, h) == want["short"], (module, made)
    for video in tmp_path.glob("*/*.mp4"):
        duration, size = probe(video)
        assert size is not None and duration is not None and duration > 0.5, video
