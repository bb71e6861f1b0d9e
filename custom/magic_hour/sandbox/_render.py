"""Turn a photo and an audio clip into a real MP4 with the ffmpeg binary that imageio-ffmpeg ships."""

from __future__ import annotations

import math
import re
import subprocess
from array import array
from pathlib import Path

import attrs

try:
    import imageio_ffmpeg  # type: ignore[import-untyped]
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise ImportError(
        "The Magic Hour sandbox renders videos with imageio-ffmpeg, which is not installed. "
        "Install the extra: pip install 'magic-hour-sdk[sandbox]'"
    ) from exc

_DURATION = re.compile(r"Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)")
_SIZE = re.compile(r"Stream #.*Video:.*?(\d{2,5})x(\d{2,5})")
FPS = 30
_SIZE_PX = 256  # output videos are square, this many pixels a side


class RenderError(Exception):
    """The inputs cannot be rendered; `code` is what the API reports in the project's `error`."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@attrs.frozen
class Rendered:
    path: Path
    width: int
    height: int
    seconds: float


def _ffmpeg() -> str:
    return str(imageio_ffmpeg.get_ffmpeg_exe())


def probe(path: Path) -> tuple[float | None, tuple[int, int] | None]:
    """(duration in seconds, (width, height) of the first video stream) as ffmpeg reads the file."""
    proc = subprocess.run([_ffmpeg(), "-hide_banner", "-i", str(path)], capture_output=True, text=True, check=False)
    duration = size = None
    if m := _DURATION.search(proc.stderr):
        duration = int(m[1]) * 3600 + int(m[2]) * 60 + float(m[3])
    if m := _SIZE.search(proc.stderr):
        size = (int(m[1]), int(m[2]))
    return duration, size


def _loudness(audio: Path, start: float, clip: float) -> list[float]:
    """The voice's loudness for each video frame of the clip, scaled to 0..1 (RMS of 8 kHz mono samples)."""
    cmd = [
        _ffmpeg(), "-hide_banner", "-loglevel", "error", "-ss", f"{start:.3f}", "-t", f"{clip:.3f}",
        "-i", str(audio), "-ac", "1", "-ar", "8000", "-f", "s16le", "-",
    ]  # fmt: skip
    raw = subprocess.run(cmd, capture_output=True, check=False).stdout
    samples = array("h")
    samples.frombytes(raw[: len(raw) // 2 * 2])
    per_frame = 8000 // FPS
    levels = [
        math.sqrt(sum(x * x for x in samples[i : i + per_frame]) / per_frame)
        for i in range(0, len(samples) - per_frame + 1, per_frame)
    ]
    loudest = max(levels, default=0.0) or 1.0
    return [level / loudest for level in levels]


def _pulse_commands(levels: list[float], size: int) -> str:
    """ffmpeg sendcmd lines that zoom the face by up to 8 % as the voice gets louder."""
    lines, last = [], -1
    for frame, level in enumerate(levels):
        side = 2 * round(size * (1 + 0.08 * level) / 2)
        if side != last:
            lines.append(f"{frame / FPS:.3f} scale@pulse w {side}, scale@pulse h {side};")
            last = side
    return "\n".join(lines) + "\n"


def render(image: Path, audio: Path, start: float, end: float, out: Path) -> Rendered:
    """Render the photo with `audio[start:end]` into `out`; the face moves with the loudness of the voice."""
    audio_seconds, _ = probe(audio)
    if audio_seconds is None:
        raise RenderError("invalid_audio", "The audio file could not be decoded. Upload a valid audio file.")
    if end > audio_seconds + 0.05:
        raise RenderError(
            "audio_too_short",
            f"The audio is {audio_seconds:.2f} s long, but end_seconds is {end:g}. "
            "Use an end_seconds within the audio's length.",
        )
    clip = end - start
    tmp = out.with_name(out.name + ".part")
    commands = out.with_name(out.name + ".cmd")
    commands.write_text(_pulse_commands(_loudness(audio, start, clip), _SIZE_PX), encoding="utf-8")
    video_filter = (
        f"[0:v]scale={_SIZE_PX}:{_SIZE_PX}:force_original_aspect_ratio=decrease,"
        f"pad={_SIZE_PX}:{_SIZE_PX}:(ow-iw)/2:(oh-ih)/2,setsar=1,"
        f"sendcmd=f={commands.as_posix()},scale@pulse={_SIZE_PX}:{_SIZE_PX}:eval=frame,"
        f"crop={_SIZE_PX}:{_SIZE_PX},format=yuv420p[v]"
    )
    cmd = [
        _ffmpeg(), "-hide_banner", "-loglevel", "error", "-y",
        "-loop", "1", "-framerate", str(FPS), "-i", str(image),
        "-ss", f"{start:.3f}", "-t", f"{clip:.3f}", "-i", str(audio),
        "-filter_complex", video_filter, "-map", "[v]", "-map", "1:a",
        "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-r", str(FPS),
        "-c:a", "aac", "-b:a", "64k", "-t", f"{clip:.3f}", "-movflags", "+faststart",
        "-f", "mp4", str(tmp),
    ]  # fmt: skip
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    finally:
        commands.unlink(missing_ok=True)
    if proc.returncode != 0:
        tmp.unlink(missing_ok=True)
        raise RenderError("render_failed", f"The inputs could not be rendered: {proc.stderr.strip()[-300:]}")
    tmp.replace(out)
    seconds, size = probe(out)
    width, height = size or (-1, -1)
    return Rendered(out, width, height, seconds or clip)
