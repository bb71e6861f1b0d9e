"""Small sample inputs made on the spot: a cartoon portrait (PNG) and a few seconds of "speech" (WAV).

They are synthesised rather than committed so the repository stays small and anyone can make more.
"""

from __future__ import annotations

import math
import struct
import wave
import zlib
from pathlib import Path

_SKIN = (236, 190, 160)
_HAIR = (70, 45, 30)
_DARK = (40, 30, 30)
_MOUTH = (170, 60, 70)
_BACKGROUND = (90, 140, 200)


def _pixel(x: float, y: float) -> tuple[int, int, int]:
    """Colour of the portrait at (x, y), both in -1..1."""

    def inside(cx: float, cy: float, rx: float, ry: float) -> bool:
        return ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1.0

    if inside(-0.28, -0.12, 0.09, 0.06) or inside(0.28, -0.12, 0.09, 0.06):
        return _DARK
    if inside(0.0, 0.35, 0.25, 0.08):
        return _MOUTH
    if inside(0.0, -0.55, 0.62, 0.35) and y < -0.35:
        return _HAIR
    if inside(0.0, 0.0, 0.55, 0.72):
        return _SKIN
    if y > 0.75 and abs(x) < 0.8:
        return _HAIR
    return _BACKGROUND


def make_portrait_png(path: str | Path, size: int = 256) -> Path:
    """Write a `size` x `size` RGB PNG of a simple face and return its path."""
    rows = bytearray()
    for j in range(size):
        rows.append(0)  # filter type: none
        for i in range(size):
            rows.extend(_pixel(2 * i / (size - 1) - 1, 2 * j / (size - 1) - 1))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
    png += chunk(b"IEND", b"")
    out = Path(path)
    out.write_bytes(png)
    return out


def make_speech_wav(path: str | Path, seconds: float = 4.0, rate: int = 16000) -> Path:
    """Write a mono 16-bit WAV of voice-like syllables (a buzzing vowel with a pitch glide) and return its path."""
    frames = bytearray()
    for n in range(int(seconds * rate)):
        t = n / rate
        syllable = max(0.0, math.sin(math.pi * t * 3.0)) ** 0.6  # three syllables a second, with pauses
        pitch = 140 + 30 * math.sin(2 * math.pi * 0.5 * t)
        phase = 2 * math.pi * pitch * t
        voice = sum(math.sin(k * phase) / k for k in range(1, 6)) * (0.6 + 0.4 * math.sin(2 * math.pi * 700 * t))
        frames += struct.pack("<h", int(9000 * syllable * voice))
    out = Path(path)
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(bytes(frames))
    return out
