"""Inputs the workflow uploads: what a value names, and checks made before any byte is sent."""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath
from typing import IO, Any
from urllib.parse import urlsplit

import attrs

from . import _spec
from ._errors import ValidationError
from ._media import holds, sniff

#: What callers may pass as a file: a path, or a binary file object opened for reading.
FileInput = str | os.PathLike[str] | IO[bytes]

#: The asset types a field takes: one (`"image"`), several (`("image", "video")`), or None for any.
Wanted = str | tuple[str, ...] | None


def _kinds(wanted: Wanted) -> tuple[str, ...]:
    return (wanted,) if isinstance(wanted, str) else tuple(wanted or ())


def is_remote(value: object) -> bool:
    """True for values the API takes as they are: an http(s) URL or a durable `file_path` (an upload's
    `api-assets/...`, a saved item's `saved-items/...`: the prefixes the document's examples show)."""
    if not isinstance(value, str):
        return False
    if urlsplit(value).scheme in ("http", "https"):
        return True
    # A storage path, unless a local file of that name exists (then the caller means the file).
    return value.startswith(_spec.storage_prefixes()) and not os.path.isfile(value)


@attrs.frozen
class LocalFile:
    """A local file checked and ready to upload."""

    label: str  # for messages and progress: the file's name, never its contents
    asset_type: str
    extension: str
    size: int
    path: Path | None = None
    fileobj: IO[bytes] | None = attrs.field(default=None, repr=False)
    offset: int = 0  # where the file object's data starts

    def open(self) -> IO[bytes]:
        """A readable binary stream positioned at the data's start (the caller closes only paths it opened)."""
        if self.fileobj is not None:
            self.fileobj.seek(self.offset)
            return self.fileobj
        assert self.path is not None
        return self.path.open("rb")


def supported_extensions(asset_type: Wanted = None) -> str:
    table = _spec.extensions_by_asset_type()
    kinds = _kinds(asset_type) or tuple(table)
    return "; ".join(f"{kind}: {', '.join(table.get(kind, ()))}" for kind in kinds)


def type_for_extension(extension: str, wanted: Wanted) -> str | None:
    """The asset type a file of this extension uploads as, among those wanted (any when None)."""
    table = _spec.extensions_by_asset_type()
    kinds = _kinds(wanted) or tuple(table)
    return next((kind for kind in kinds if extension in table.get(kind, ())), None)


def inspect(value: Any, *, field: str, asset_type: Wanted) -> LocalFile:
    """Check a local path or file object and describe it; raises ValidationError naming the problem."""
    if isinstance(value, str | os.PathLike):
        if "\x00" in os.fsdecode(value):
            raise ValidationError(
                f"{field}: the path {os.fsdecode(value)!r} holds a NUL character; no file has such a name."
            )
        return _inspect_path(Path(value), field=field, asset_type=asset_type)
    if hasattr(value, "read") and hasattr(value, "seek"):
        return _inspect_fileobj(value, field=field, asset_type=asset_type)
    raise ValidationError(
        f"{field} must be a file path, a pathlib.Path, a binary file object, an http(s) URL or a "
        f"{_spec.storage_path_words()} path, not {type(value).__name__}."
    )


def _extension_and_type(name: str, *, field: str, asset_type: Wanted) -> tuple[str, str]:
    extension = PurePosixPath(name).suffix.lower().lstrip(".")
    kind = type_for_extension(extension, asset_type)
    if kind is None:
        shown = f"'.{extension}'" if extension else "no extension"
        wanted = _spec.asset_type_words(_kinds(asset_type))
        raise ValidationError(
            f"{field}: {name!r} has {shown}, which the API does not accept"
            f"{' for ' + wanted if wanted else ''}. Supported: {supported_extensions(asset_type)}."
        )
    return extension, kind


def _check_content(head: bytes, *, label: str, field: str, kind: str) -> None:
    found = sniff(head)
    if not holds(found, kind):
        content = f"{found} data" if found else "data that is not a recognised image, audio or video format"
        raise ValidationError(
            f"{field}: {label!r} is named like {'an' if kind[0] in 'aeiou' else 'a'} {kind} file but holds {content}. "
            "Pass the right file."
        )


def _inspect_path(path: Path, *, field: str, asset_type: Wanted) -> LocalFile:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ValidationError(f"{field}: no file at {str(path)!r}. Check the path.") from None
    except OSError as exc:
        raise ValidationError(f"{field}: cannot read {str(path)!r} ({exc.strerror}).") from None
    if stat.S_ISDIR(info.st_mode):
        raise ValidationError(f"{field}: {str(path)!r} is a directory, not a file.")
    if not stat.S_ISREG(info.st_mode):
        raise ValidationError(f"{field}: {str(path)!r} is not a regular file.")
    extension, kind = _extension_and_type(path.name, field=field, asset_type=asset_type)
    if info.st_size == 0:
        raise ValidationError(f"{field}: {str(path)!r} is empty.")
    try:
        with path.open("rb") as f:
            head = f.read(64)
    except PermissionError:
        raise ValidationError(f"{field}: {str(path)!r} is not readable (permission denied).") from None
    _check_content(head, label=path.name, field=field, kind=kind)
    return LocalFile(label=path.name, asset_type=kind, extension=extension, size=info.st_size, path=path)


def _inspect_fileobj(f: IO[bytes], *, field: str, asset_type: Wanted) -> LocalFile:
    name = getattr(f, "name", None)
    if not isinstance(name, str) or not name:
        raise ValidationError(
            f"{field}: the file object has no name to tell its type from; pass a path, or a file opened with open()."
        )
    label = os.path.basename(name)
    extension, kind = _extension_and_type(label, field=field, asset_type=asset_type)
    try:
        offset = f.tell()
        head = f.read(64)
        size = f.seek(0, os.SEEK_END) - offset
        f.seek(offset)
    except (OSError, ValueError) as exc:
        raise ValidationError(f"{field}: the file object for {label!r} cannot be read and sought ({exc}).") from None
    if not isinstance(head, bytes):
        raise ValidationError(f"{field}: the file object for {label!r} is open in text mode; open it with 'rb'.")
    if size <= 0:
        raise ValidationError(f"{field}: {label!r} is empty.")
    _check_content(head, label=label, field=field, kind=kind)
    return LocalFile(label=label, asset_type=kind, extension=extension, size=size, fileobj=f, offset=offset)
