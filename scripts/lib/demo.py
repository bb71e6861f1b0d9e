"""Make a talking photo end to end against the local sandbox, using only the public API.

With --all, run every generator of the API once (each with a valid request built from the spec) and print
what each produced.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from magic_hour import Client, ProgressEvent, _spec
from magic_hour._media import sniff
from magic_hour.sandbox import Sandbox
from magic_hour.sandbox._render import render_video
from magic_hour.sandbox.examples import example_body
from magic_hour.sandbox.samples import make_portrait_png, make_speech_wav

_last_status: list[str | None] = [None]


def show(event: ProgressEvent) -> None:
    if event.stage == "status" and event.status != _last_status[0]:
        _last_status[0] = event.status
        print(f"  project {event.project_id}: {event.status} ({event.elapsed:.1f} s)")
    elif event.stage != "status" and event.done == event.total:
        print(f"  {event.stage}ed {event.name} ({event.done:,} bytes)")


def every_generator(output: Path) -> int:
    """Run each generator once against the sandbox; print module, project kind, seconds and outputs."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp, Sandbox(render_seconds=0.2) as sandbox:
        image = make_portrait_png(Path(tmp) / "face.png")
        audio = make_speech_wav(Path(tmp) / "speech.wav", seconds=3.0)
        video = render_video(Path(tmp) / "clip.mp4", seconds=3.0, image=image, audio=audio).path
        files = {"image": image, "audio": audio, "video": video}
        with Client(token=sandbox.token, base_url=sandbox.base_url, poll_interval=0.05) as client:
            for method, path, op in _spec.operations():
                link = _spec.resolve(op["responses"].get("200", {})).get("links", {}).get("result")
                if not link:
                    continue
                module = op["x-sdk-module"]
                kind = next(
                    o["x-sdk-module"] for _, _, o in _spec.operations() if o.get("operationId") == link["operationId"]
                )
                started = time.monotonic()
                result = getattr(client.v1, module).generate(
                    **example_body(method, path, files), download_directory=output / module
                )
                seconds = time.monotonic() - started
                kinds = sorted(
                    {
                        f"{p.suffix[1:]} ({sniff(p.read_bytes()[:64]) or '?'})"
                        for p in map(Path, result.downloaded_paths)
                    }
                )
                rows.append((module, kind, f"{seconds:.2f}", f"{len(result.downloaded_paths)} x {', '.join(kinds)}"))
    widths = [max(len(row[n]) for row in [("module", "project kind", "seconds", "outputs"), *rows]) for n in range(4)]
    for row in [("module", "project kind", "seconds", "outputs"), *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    print(f"{len(rows)} generators, every output saved under {output.resolve()} (sandbox credits only).")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-o", "--output", default="outputs", help="where to save the video (default: outputs/)")
    parser.add_argument("--seconds", type=float, default=3.0, help="length of the clip (default 3)")
    parser.add_argument("--all", action="store_true", help="run every generator once and print a table")
    args = parser.parse_args()
    if args.all:
        return every_generator(Path(args.output))

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
                style={"generation_mode": "realistic"},
                download_directory=args.output,
                on_progress=show,
            )
    print(f"Done: {result.status}, {result.credits_charged} credits (sandbox credits, nothing real was charged).")
    for path in result.downloaded_paths:
        print(f"Video saved to {Path(path).resolve()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
