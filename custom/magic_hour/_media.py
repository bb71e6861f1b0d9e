"""Recognise what a file really holds from its first bytes, whatever its name says."""

from __future__ import annotations

_IMAGE_SIGNATURES: tuple[tuple[int, bytes], ...] = (
    (0, b"\x89PNG\r\n\x1a\n"),
    (0, b"\xff\xd8\xff"),  # JPEG
    (0, b"BM"),  # BMP
    (0, b"II*\x00"),  # TIFF, little-endian
    (0, b"MM\x00*"),  # TIFF, big-endian
    (0, b"\x00\x00\x00\x0cjP  "),  # JPEG 2000
)
_AUDIO_SIGNATURES: tuple[tuple[int, bytes], ...] = (
    (0, b"ID3"),  # MP3 with tags
    (0, b"fLaC"),
    (0, b"OggS"),
    (0, b"#!AMR"),
    (0, b"\x1a\x45\xdf\xa3"),  # WebM / Matroska
)


def _matches(head: bytes, signatures: tuple[tuple[int, bytes], ...]) -> bool:
    return any(head[offset : offset + len(sig)] == sig for offset, sig in signatures)


#: MP4-family brands that say nothing about the tracks: ffmpeg writes `isom` for AAC-only .m4a files too.
_GENERIC_MP4_BRANDS = frozenset({b"isom", b"iso2", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"dash", b"avc1"})


def sniff(head: bytes) -> str | None:
    """'image', 'audio', 'video', 'media' (audio or video: a generic MP4 brand) or 'animation' (a GIF: an image
    or, where the API takes one, a video) for the first bytes of a file, or None when they look like none of them.

    An MP4-family file is audio or video by its tracks, not its brand, and the track list (`moov`) may sit at
    the end of the file; a generic brand is therefore 'media', which an audio or a video field accepts.
    """
    if _matches(head, _IMAGE_SIGNATURES):
        return "image"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "animation"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio"
    if head[:4] == b"FORM" and head[8:12] in (b"AIFF", b"AIFC"):
        return "audio"
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0:
        return "audio"  # MPEG audio frame (MP3) or ADTS (AAC)
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"avif", b"avis", b"heic", b"heix", b"mif1", b"msf1"):
            return "image"
        if brand in (b"M4A ", b"M4B ", b"M4P "):
            return "audio"
        return "media" if brand in _GENERIC_MP4_BRANDS else "video"
    if _matches(head, _AUDIO_SIGNATURES):
        return "audio"
    return None


def holds(found: str | None, want: str) -> bool:
    """Whether content sniffed as `found` can be a `want` file ('media' can be audio or video, 'animation' an
    image or a video: which fields take one is the extension table's say)."""
    return (
        found == want
        or (found == "media" and want in ("audio", "video"))
        or (found == "animation" and want in ("image", "video"))
    )
