"""Make a talking photo end to end against the local sandbox, using only the public API.

With --all, run every generator of the API once (each with a valid request built from the spec) and print
what each was asked for, what it produced as measured in the saved files (size, length, frame rate, sound) and
what it cost.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from magic_hour import Client, ProgressEvent, _spec
from magic_hour.sandbox import Sandbox
from magic_hour.sandbox._render import loudest, measure, render_video
from magic_hour.sandbox.examples import example_body
from magic_hour.sandbox.samples import make_portrait_png, make_speech_wav

_last_status: list[str | None] = [None]


def show(event: ProgressEvent) -> None:
    if event.stage == "status" and event.status != _last_status[0]:
        _last_status[0] = event.status
        print(f"  project {event.project_id}: {event.status} ({event.elapsed:.1f} s)")
    elif event.stage != "status" and event.done == event.total:
        print(f"  {event.stage}ed {event.name} ({event.done:,} bytes)")


def _asked(schema: dict[str, object], body: dict[str, object]) -> str:
    """The body's fields that shape the output (`x-output-shape`), as `field=value`, or `defaults`."""
    rules = schema.get("x-output-shape")
    fields: list[str] = []
    for rule in rules.values() if isinstance(rules, dict) else ():
        if isinstance(rule, str) or (isinstance(rule, dict) and "field" in rule):  # not plan_max_short_side's table
            fields.append(rule if isinstance(rule, str) else str(rule["field"]))
    given = []
    for dotted in fields:
        node: object = body
        for part in dotted.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        if node is not None:
            given.append(f"{dotted}={node}")
    return " ".join(given) or "defaults"


def _made(path: Path) -> str:
    """What a saved output is, as measured: `mp4 1280x720 2.00s 24fps sound`, `png 640x640`, `wav 1.20s sound`."""
    found = measure(path)
    parts = [path.suffix[1:].lower()] + ([f"{found.size[0]}x{found.size[1]}"] if found.size else [])
    moving = found.fps is not None and path.suffix.lower() in (".mp4", ".webm", ".gif", ".mov")
    if found.seconds is not None and (moving or found.size is None):
        parts.append(f"{found.seconds:.2f}s")
    if moving:
        parts.append(f"{found.fps:g}fps")
    if found.audio:
        loud = loudest(path)
        parts.append("sound" if loud is not None and loud > -60 else "silent track")
    return " ".join(parts)


def _price(schema: dict[str, object]) -> str:
    pricing = schema.get("x-pricing")
    if not isinstance(pricing, dict):
        return "-"
    terms = pricing.get("terms")
    by = f" by {', '.join(str(t['field']) for t in terms)}" if isinstance(terms, list) and terms else ""
    return f"{pricing.get('each')}/{pricing.get('per')}{by}"


def every_generator(output: Path) -> int:
    """Run each generator once against the sandbox; print what it was asked, what it made and what it cost."""
    header = ("module", "asked", "made (measured)", "credits", "price")
    rows = []
    with tempfile.TemporaryDirectory() as tmp, Sandbox(render_seconds=0.2) as sandbox:
        image = make_portrait_png(Path(tmp) / "face.png")
        audio = make_speech_wav(Path(tmp) / "speech.wav", seconds=3.0)
        video = render_video(Path(tmp) / "clip.mp4", seconds=3.0, image=image, audio=audio, fps=24).path
        files = {"image": image, "audio": audio, "video": video}
        with Client(token=sandbox.token, base_url=sandbox.base_url, poll_interval=0.05) as client:
            for method, path, op in _spec.operations():
                link = op["responses"].get("200", {}).get("links", {}).get("result")
                if not link:
                    continue
                module = op["x-sdk-module"]
                schema = _spec.body_schema(op) or {}
                body = example_body(method, path, files)
                result = getattr(client.v1, module).generate(**body, download_directory=output / module)
                made = sorted({_made(Path(p)) for p in result.downloaded_paths})
                count = f"{len(made) if len(made) > 1 else len(result.downloaded_paths)} x " if made else ""
                rows.append(
                    (module, _asked(schema, body), count + ", ".join(made), str(result.credits_charged), _price(schema))
                )
    widths = [max(len(row[n]) for row in [header, *rows]) for n in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
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
