"""How long a local audio or video file plays, read with mutagen (pure Python, no ffmpeg needed).

Used to refuse a clip that ends past the end of its input before the file is uploaded or a credit spent.
mutagen is imported only when a length is needed (about 10 ms), never with `magic_hour`.
"""

from __future__ import annotations

import functools
import os


def media_seconds(path: str | os.PathLike[str]) -> float | None:
    """The duration of a WAV, MP3, M4A/MP4, FLAC, OGG, … file, or None when it cannot be told."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    # One file sent with many requests (a portrait with many voices) is parsed once while it stays the same.
    return _seconds(os.fspath(path), (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns))


@functools.lru_cache(maxsize=256)
def _seconds(path: str, _identity: tuple[int, int, int, int]) -> float | None:
    try:
        import mutagen
    except ImportError:  # pragma: no cover - a runtime dependency; without it the server judges
        return None
    try:
        info = mutagen.File(path)
    except (mutagen.MutagenError, OSError, ValueError):
        return None
    length = getattr(getattr(info, "info", None), "length", None)
    return float(length) if isinstance(length, int | float) and length > 0 else None
