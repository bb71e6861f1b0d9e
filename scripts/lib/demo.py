"""Make a talking photo end to end against the local sandbox, using only the public API."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from magic_hour import Client, ProgressEvent
from magic_hour.sandbox import Sandbox
from magic_hour.sandbox.samples import make_portrait_png, make_speech_wav

_last_status: list[str | None] = [None]


def show(event: ProgressEvent) -> None:
    if event.stage == "status" and event.status != _last_status[0]:
        _last_status[0] = event.status
        print(f"  project {event.project_id}: {event.status} ({event.elapsed:.1f} s)")
    elif event.stage != "status" and event.done == event.total:
        print(f"  {event.stage}ed {event.name} ({event.done:,} bytes)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-o", "--output", default="outputs", help="where to save the video (default: outputs/)")
    parser.add_argument("--seconds", type=float, default=3.0, help="length of the clip (default 3)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp, Sandbox(render_seconds=2.0) as sandbox:
        face = make_portrait_png(Path(tmp) / "face.png")
        speech = make_speech_wav(Path(tmp) / "speech.wav", seconds=args.seconds + 1)
        print(f"Sandbox running at {sandbox.base_url}")
        with Client(token=sandbox.token, base_url=sandbox.base_url, poll_interval=0.25) as client:
            result = client.v1.ai_talking_photo.generate(
                assets={"image_file_path": face, "audio_file_path": speech},
                start_seconds=0.0,
                end_seconds=args.seconds,
                name="Demo talking photo",
                style={"generation_mode": "pro"},
                download_directory=args.output,
                on_progress=show,
            )
    print(f"Done: {result.status}, {result.credits_charged} credits (sandbox credits, nothing real was charged).")
    for path in result.downloaded_paths:
        print(f"Video saved to {path.resolve()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
