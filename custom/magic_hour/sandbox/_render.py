"""Turn a photo and an audio clip into a real MP4 with the ffmpeg binary that imageio-ffmpeg ships."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import attrs

try:
    import imageio_ffmpeg  # type: ignore[import-untyped]
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise ImportError(
        "The Magic Hour sandbox renders videos with imageio-ffmpeg, which is not installed. "
        "Install the extra: pip install 'magic-hour-talking-photo[sandbox]'"
    ) from exc

_DURATION = re.compile(r"Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)")
_SIZE = re.compile(r"Stream #.*Video:.*?(\d{2,5})x(\d{2,5})")
FPS = 30


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


def render(image: Path, audio: Path, start: float, end: float, out: Path) -> Rendered:
    """Render the photo with `audio[start:end]` into `out`; the face pulses at a syllable-like rhythm."""
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
    # A steady zoom pulse stands in for lip motion: the sandbox proves the pipeline, not the model.
    video_filter = (
        "[0:v]scale=256:256:force_original_aspect_ratio=decrease,"
        "pad=ceil(iw/2)*2:ceil(ih/2)*2,format=yuv420p,"
        f"zoompan=z='1+0.04*abs(sin(on/{FPS}*6.28*3))':d=1:s=256x256:fps={FPS}[v]"
    )
    cmd = [
        _ffmpeg(),
        "-hide_banner",
        "-loglevel",
        "error",
        "-y",
        "-loop",
        "1",
        "-framerate",
        str(FPS),
        "-i",
        str(image),
        "-ss",
        f"{start:.3f}",
        "-t",
        f"{clip:.3f}",
        "-i",
        str(audio),
        "-filter_complex",
        video_filter,
        "-map",
        "[v]",
        "-map",
        "1:a",
        "-c:v",
        "libx264",
        "-preset",
        "ultrafast",
        "-pix_fmt",
        "yuv420p",
        "-c:a",
        "aac",
        "-b:a",
        "64k",
        "-t",
        f"{clip:.3f}",
        "-movflags",
        "+faststart",
        "-f",
        "mp4",
        str(tmp),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        tmp.unlink(missing_ok=True)
        raise RenderError("render_failed", f"The inputs could not be rendered: {proc.stderr.strip()[-300:]}")
    tmp.replace(out)
    seconds, size = probe(out)
    width, height = size or (-1, -1)
    return Rendered(out, width, height, seconds or clip)
