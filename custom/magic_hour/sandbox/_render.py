"""Real, small media for the sandbox's projects, made with the ffmpeg binary that imageio-ffmpeg ships.

Nothing here knows an operation of the API: the app hands over the inputs it found (by asset type) and what
kind of output the project makes (video, image, audio, faces), with the size, frame rate and sound the request
asks for (`_shape.py`). Pictures are cheap to make whatever their size: a few distinct frames, repeated, on
x264's fastest preset; without a size asked for they are 256 px squares.
"""

from __future__ import annotations

import hashlib
import math
import re
import subprocess
from array import array
from collections.abc import Collection
from pathlib import Path

import attrs

try:
    import imageio_ffmpeg  # type: ignore[import-untyped]
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise ImportError(
        "The Magic Hour sandbox renders media with imageio-ffmpeg, which is not installed. "
        "Install the SDK with its sandbox extra, from a checkout of its repository: pip install '.[sandbox]' "
        "(or pip install '/path/to/the/checkout[sandbox]' from elsewhere)."
    ) from exc

_DURATION = re.compile(r"Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)")
_SIZE = re.compile(r"Stream #.*Video:.*?(\d{2,5})x(\d{2,5})")
_RATE = re.compile(r"Stream #.*Video:.*?(\d+(?:\.\d+)?) fps")
_HAS_AUDIO = re.compile(r"Stream #.*Audio:")
FPS = 30
_SIZE_PX = 256  # a side of the square outputs a request that asks for no size gets
DEFAULT_SIZE = (_SIZE_PX, _SIZE_PX)
_ANIMATION_CODECS = {
    "mp4": ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"],
    "webm": ["-c:v", "libvpx", "-b:v", "200k"],
}


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
    fps: float = FPS


@attrs.frozen
class Face:
    """A face found in an input: where it is (x, y, width, height in pixels) and a PNG of it."""

    region: tuple[int, int, int, int]
    crop: Path


def _ffmpeg() -> str:
    return str(imageio_ffmpeg.get_ffmpeg_exe())


@attrs.frozen
class Measured:
    """A media file as ffmpeg reads it: duration, size and frame rate of its first video stream, sound or not."""

    seconds: float | None
    size: tuple[int, int] | None
    fps: float | None
    audio: bool


def measure(path: Path) -> Measured:
    proc = subprocess.run([_ffmpeg(), "-hide_banner", "-i", str(path)], capture_output=True, text=True, check=False)
    duration = size = rate = None
    if m := _DURATION.search(proc.stderr):
        duration = int(m[1]) * 3600 + int(m[2]) * 60 + float(m[3])
    if m := _SIZE.search(proc.stderr):
        size = (int(m[1]), int(m[2]))
    if m := _RATE.search(proc.stderr):
        rate = float(m[1])
    return Measured(duration, size, rate, bool(_HAS_AUDIO.search(proc.stderr)))


def loudest(path: Path) -> float | None:
    """The loudest sample of a file's sound in dB (digital silence is about -91), or None without sound."""
    cmd = [_ffmpeg(), "-hide_banner", "-i", str(path), "-vn", "-af", "volumedetect", "-f", "null", "-"]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    found = re.search(r"max_volume: (-?\d+(?:\.\d+)?) dB", proc.stderr)
    return float(found.group(1)) if found else None


def probe(path: Path) -> tuple[float | None, tuple[int, int] | None]:
    """(duration in seconds, (width, height) of the first video stream) as ffmpeg reads the file."""
    found = measure(path)
    return found.seconds, found.size


def _run(cmd: list[str], out: Path, what: str) -> None:
    """Run ffmpeg into a temporary name and move it into place, so `out` is never half written."""
    tmp = out.with_name(out.name + ".part" + out.suffix)
    proc = subprocess.run([*cmd, str(tmp)], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        tmp.unlink(missing_ok=True)
        raise RenderError("render_failed", f"The {what} could not be rendered: {proc.stderr.strip()[-300:]}")
    tmp.replace(out)


def _base() -> list[str]:
    return [_ffmpeg(), "-hide_banner", "-loglevel", "error", "-y"]


def check_length(path: Path, kind: str, end: float) -> float:
    """The input's length; a clip ending past it fails as the API does (`<kind>_too_short`, refunded)."""
    seconds, _ = probe(path)
    if seconds is None:
        raise RenderError(f"invalid_{kind}", f"The {kind} file could not be decoded. Upload a valid {kind} file.")
    if end > seconds + 0.05:
        raise RenderError(
            f"{kind}_too_short",
            f"The {kind} is {seconds:.2f} s long, but the clip ends at {end:g} s. "
            f"Use a clip within the {kind}'s length.",
        )
    return seconds


def _loudness(audio: Path, start: float, clip: float, fps: float = FPS) -> list[float]:
    """The voice's loudness for each video frame of the clip, scaled to 0..1 (RMS of 8 kHz mono samples)."""
    cmd = [
        _ffmpeg(), "-hide_banner", "-loglevel", "error", "-ss", f"{start:.3f}", "-t", f"{clip:.3f}",
        "-i", str(audio), "-ac", "1", "-ar", "8000", "-f", "s16le", "-",
    ]  # fmt: skip
    raw = subprocess.run(cmd, capture_output=True, check=False).stdout
    samples = array("h")
    samples.frombytes(raw[: len(raw) // 2 * 2])
    per_frame = max(1, int(8000 // fps))
    levels = [
        math.sqrt(sum(x * x for x in samples[i : i + per_frame]) / per_frame)
        for i in range(0, len(samples) - per_frame + 1, per_frame)
    ]
    loudest = max(levels, default=0.0) or 1.0
    return [level / loudest for level in levels]


def _pulse_commands(levels: list[float], size: int | tuple[int, int], fps: float = FPS) -> str:
    """ffmpeg sendcmd lines that zoom the picture by up to 8 % as the voice gets louder."""
    width, height = (size, size) if isinstance(size, int) else size
    lines, last = [f"0.000 scale@pulse w {width}, scale@pulse h {height};"], -1
    for frame, level in enumerate(levels):
        w = 2 * round(width * (1 + 0.08 * level) / 2)
        if w != last:
            h = 2 * round(height * (1 + 0.08 * level) / 2)
            lines.append(f"{frame / fps:.3f} scale@pulse w {w}, scale@pulse h {h};")
            last = w
    return "\n".join(lines) + "\n"


def _small(width: int, height: int) -> tuple[int, int]:
    """Where a picture is drawn: at most 256 px a side, then scaled up to the output's size by repeating pixels,
    which costs little to draw and to compress at any size (a 4k frame from an image in a tenth of the time)."""
    factor = min(1.0, _SIZE_PX / max(width, height))
    return max(2, 2 * round(width * factor / 2)), max(2, 2 * round(height * factor / 2))


def _up(width: int, height: int) -> str:
    return f"scale={width}:{height}:flags=neighbor"


def _fit(width: int, height: int) -> str:
    """The input scaled into width x height, its aspect kept, the rest padded."""
    return (
        f"scale={width}:{height}:force_original_aspect_ratio=decrease,pad={width}:{height}:(ow-iw)/2:(oh-ih)/2,setsar=1"
    )


def render_video(
    out: Path,
    *,
    seconds: float,
    start: float = 0.0,
    image: Path | None = None,
    video: Path | None = None,
    audio: Path | None = None,
    trimmed: Collection[str] = ("audio", "video"),
    size: tuple[int, int] = (_SIZE_PX, _SIZE_PX),
    fps: float = FPS,
    tone: bool = False,
) -> Rendered:
    """An H.264/AAC MP4 of exactly `seconds`, `size` and `fps`: the input video trimmed, or the image moving with
    the voice's loudness, or (no visual input) a test pattern; the input audio (from `start`) as its soundtrack,
    else a tone when `tone` asks for sound, else silence.

    Inputs of the `trimmed` kinds are clipped, so a clip past their end fails (`audio_too_short`); others
    play as far as they go and the rest is still picture or silence."""
    if audio is not None and "audio" in trimmed:
        check_length(audio, "audio", start + seconds)
    if video is not None and "video" in trimmed:
        check_length(video, "video", start + seconds)
    width, height = (2 * max(1, round(side / 2)) for side in size)  # H.264 in 4:2:0 takes even sizes
    rate = f"{fps:.6g}"
    cmd = _base()
    commands = out.with_name(out.name + ".cmd")
    if video is not None:
        cmd += ["-ss", f"{start:.3f}", "-t", f"{seconds:.3f}", "-i", str(video)]
        hold = "" if "video" in trimmed else ",tpad=stop=-1:stop_mode=clone"  # an input shorter than the clip
        picture = f"[0:v]fps={rate}{hold},{_fit(*_small(width, height))},{_up(width, height)},format=yuv420p[v]"
    elif image is not None:
        levels = _loudness(audio, start, seconds, fps) if audio is not None else []
        sw, sh = _small(width, height)
        commands.write_text(_pulse_commands(levels, (sw, sh), fps), encoding="utf-8")
        cmd += ["-loop", "1", "-framerate", rate, "-t", f"{seconds:.3f}", "-i", str(image)]
        picture = (
            f"[0:v]{_fit(sw, sh)},sendcmd=f={commands.as_posix()},scale@pulse={sw}:{sh}:eval=frame,"
            f"crop={sw}:{sh},{_up(width, height)},format=yuv420p[v]"
        )
    else:
        # Two distinct frames a second, repeated: a large pattern costs little to draw and to encode.
        sw, sh = _small(width, height)
        cmd += ["-f", "lavfi", "-t", f"{seconds:.3f}", "-i", f"testsrc2=size={sw}x{sh}:rate=2"]
        picture = f"[0:v]{_up(width, height)},fps={rate},format=yuv420p[v]"
    if audio is not None:
        cmd += ["-ss", f"{start:.3f}", "-t", f"{seconds:.3f}", "-i", str(audio)]
    elif tone:
        cmd += ["-f", "lavfi", "-t", f"{seconds:.3f}", "-i", "sine=frequency=440:sample_rate=44100"]
    else:
        cmd += ["-f", "lavfi", "-t", f"{seconds:.3f}", "-i", "anullsrc=r=44100:cl=mono"]
    cmd += [
        "-filter_complex", f"{picture};[1:a]apad[a]", "-map", "[v]", "-map", "[a]",
        "-c:v", "libx264", "-preset", "ultrafast", "-tune", "stillimage", "-pix_fmt", "yuv420p", "-r", rate,
        "-c:a", "aac", "-b:a", "64k", "-t", f"{seconds:.3f}", "-movflags", "+faststart", "-f", "mp4",
    ]  # fmt: skip
    try:
        _run(cmd, out, "video")
    finally:
        commands.unlink(missing_ok=True)
    found = measure(out)
    width, height = found.size or (-1, -1)
    return Rendered(out, width, height, found.seconds or seconds, found.fps or fps)


def _seed(text: str | None, n: int) -> int:
    return int(hashlib.sha256(f"{text or ''}:{n}".encode()).hexdigest()[:6], 16)


def render_images(
    out_dir: Path,
    stem: str,
    *,
    count: int,
    fmt: str,
    source: Path | None = None,
    text: str | None = None,
    size: tuple[int, int] = (_SIZE_PX, _SIZE_PX),
) -> list[Path]:
    """`count` files of format `fmt` (png, jpg, webp; gif, mp4 or webm for animations) and `size`, each
    different: the source image recoloured, or a pattern seeded by the text."""
    out_dir.mkdir(parents=True, exist_ok=True)
    fmt = {"jpeg": "jpg"}.get(fmt.lower(), fmt.lower())
    animated = fmt in ("gif", "mp4", "webm")
    width, height = size
    if animated or fmt in ("mp4", "webm"):
        width, height = (2 * max(1, round(side / 2)) for side in size)
    paths = []
    for n in range(count):
        hue = _seed(text, n) % 360
        cmd = _base()
        sw, sh = _small(width, height)
        rgb = ",format=rgb24" if fmt == "png" else ""  # converted before scaling up: far fewer pixels to convert
        if source is not None:
            cmd += ["-loop", "1", "-t", "1", "-i", str(source)] if animated else ["-i", str(source)]
            picture = f"{_fit(sw, sh)},hue=h={hue}{rgb},{_up(width, height)}"
        else:
            offset = _seed(text, n) % 100
            cmd += ["-ss", f"{offset / 10:.1f}", "-f", "lavfi", "-i", f"testsrc2=size={sw}x{sh}:rate=10"]
            picture = f"hue=h={hue}{rgb},{_up(width, height)}"
        if animated:
            cmd += ["-vf", f"{picture},fps=10", "-t", "1"]
            cmd += _ANIMATION_CODECS.get(fmt, [])
        else:
            cmd += ["-vf", picture, "-frames:v", "1", *(["-compression_level", "1"] if fmt == "png" else [])]
        path = out_dir / f"{stem}-{n}.{fmt}" if count > 1 else out_dir / f"{stem}.{fmt}"
        _run(cmd, path, "image")
        paths.append(path)
    return paths


def render_audio(out: Path, *, text: str | None, seconds: float | None = None) -> Path:
    """A WAV or MP3 (by `out`'s suffix): one short note per word of the text, or `seconds` of tone."""
    words = (text or "").split() or ["tone"]
    length = seconds if seconds is not None else min(max(0.25 * len(words), 0.5), 10.0)
    note = length / len(words)
    tones = "+".join(
        f"sin(2*PI*{220 + _seed(w, i) % 440}*t)*between(t,{i * note:.3f},{(i + 1) * note:.3f})"
        for i, w in enumerate(words[:200])
    )
    cmd = [*_base(), "-f", "lavfi", "-i", f"aevalsrc='0.3*({tones})':s=22050:d={length:.3f}"]
    cmd += ["-c:a", "libmp3lame"] if out.suffix == ".mp3" else []
    _run(cmd, out, "audio")
    return out


def detect_faces(path: Path, out_dir: Path) -> list[Face]:
    """The faces in an image (or a video's first frame), each with its region and a cropped PNG.

    The sandbox has no face model: it finds one face per input, the centre half of the frame, which is where
    the sample portraits put it. Real detection is the API's job; this keeps the response's shape real.
    """
    _, size = probe(path)
    if size is None:
        raise RenderError("no_faces_found", "No face could be found: the input is not an image or a video.")
    width, height = size
    w, h = width // 2, height // 2
    x, y = (width - w) // 2, (height - h) // 2
    out_dir.mkdir(parents=True, exist_ok=True)
    crop = out_dir / "0-0.png"
    _run([*_base(), "-i", str(path), "-vf", f"crop={w}:{h}:{x}:{y}", "-frames:v", "1"], crop, "face")
    return [Face((x, y, w, h), crop)]
