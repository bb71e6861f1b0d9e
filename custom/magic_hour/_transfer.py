"""Uploads to presigned URLs and downloads of outputs: streamed in chunks, retried, never left half-written.

Memory stays flat whatever the file size: bodies are sent and saved a chunk at a time. A download is
written to a hidden temporary file beside its target and renamed into place only once it is complete.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import re
import secrets
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import IO
from urllib.parse import quote, unquote, urlsplit

import httpx

from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    DownloadError,
    MagicHourError,
    ValidationError,
)
from ._files import LocalFile
from ._folder import Folder
from ._requests import Call, decide
from ._retry import RetryPolicy
from ._types import ProgressCallback, ProgressEvent

CHUNK = 1024 * 1024
#: Below this, reading a chunk of a file to upload is quicker in place than handed to a thread.
_SMALL = 64 * 1024
#: File names are limited in bytes (255 on most file systems); this leaves room for the temporary file's
#: prefix and suffix and for a number added to avoid an existing file.
_MAX_NAME_BYTES = 200
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))}
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
log = logging.getLogger("magic_hour")


def _log_done(what: str, name: str, size: int, started: float) -> None:
    """A debug line per finished transfer: the file's name and size, never its URL (presigned: a credential)."""
    if log.isEnabledFor(logging.DEBUG):
        log.debug("%s %s (%d bytes) in %.3f s", what, name, size, time.monotonic() - started)


class _ShortBody(httpx.TransportError):
    """The body ended before its announced length: treated like a broken connection, so it is retried."""


# ----- names and places -------------------------------------------------------------------------------------


def safe_filename(url: str, fallback: str) -> str:
    """A file name taken from the URL's last path segment that cannot leave its directory.

    Encoded slashes, `..`, absolute paths, control characters, hidden and reserved names are all defused;
    whatever is left empty becomes `fallback`.
    """
    segment = unquote(urlsplit(url).path.rsplit("/", 1)[-1])
    segment = segment.replace("\\", "/").rsplit("/", 1)[-1]
    name = _UNSAFE.sub("_", segment).strip().lstrip(".").strip()
    stem, ext = os.path.splitext(name)
    if len(ext) > 10:
        stem, ext = name, ""
    room = _MAX_NAME_BYTES - len(ext.encode())
    stem = stem.encode()[:room].decode("utf-8", "ignore").rstrip(" .")
    if not stem:
        return fallback
    if stem.split(".")[0].upper() in _RESERVED:
        stem = "_" + stem
    return stem + ext


#: What the SDK may add to an `output_name`: a number (several outputs, or a name already taken) and the
#: extension read from the output's URL (at most 6 characters, `_workflow._extension`).
_WORST_ADDED = "-999.abcde"
#: The longest `output_name` (in bytes) that is saved exactly as given, whatever is added to it.
MAX_OUTPUT_NAME_BYTES = _MAX_NAME_BYTES - len(_WORST_ADDED)


def check_output_name_fits(name: str) -> None:
    """Refuse an `output_name` the naming rules would shorten or change, so the file gets the name asked for."""
    size = len(name.encode("utf-8", "surrogatepass"))
    if size > MAX_OUTPUT_NAME_BYTES:
        raise ValidationError(
            f"output_name is {size} bytes long; at most {MAX_OUTPUT_NAME_BYTES} bytes fit in a file name with the "
            "number and extension the SDK may add. Pass a shorter name; nothing was sent or charged."
        )
    for wanted in (name + _WORST_ADDED[4:], name + _WORST_ADDED):  # the naming rules, as a download applies them
        if _final_name(wanted) != wanted:
            raise ValidationError(
                f"output_name {name!r} would not be saved as given: file names here keep no leading dot, "
                'trailing dot or space, reserved device name (CON, NUL, ...) or any of <>:"|?*. Pass a plain '
                "name such as 'portrait'; nothing was sent or charged."
            )


def _pathconf(path: Path, name: str, default: int) -> int:
    try:
        return int(os.pathconf(path, name))
    except (OSError, ValueError, AttributeError):  # a limit the system does not report (no pathconf on Windows)
        return default


def _check_lengths(path: Path) -> None:
    """Refuse a directory whose names or whole path the file system cannot hold: found now, not once the
    outputs are paid for and the download tries to create it."""
    nearest = next((p for p in (path, *path.parents) if os.path.isdir(p)), Path.cwd())
    name_max = _pathconf(nearest, "PC_NAME_MAX", 255)
    path_max = _pathconf(nearest, "PC_PATH_MAX", 4096)
    for part in path.parts:
        if part != path.anchor and len(os.fsencode(part)) > name_max:
            raise ValidationError(
                f"download_directory {_shown(path)} has a folder name of {len(os.fsencode(part))} bytes; this file "
                f"system takes at most {name_max}. Choose a shorter folder name; nothing was sent or charged."
            )
    # Room for the longest file name the SDK writes there (a temporary name: the output's, a dot, 8 hex
    # digits and `.part`) and the separator, within the system's limit on a path (its NUL included).
    room = _MAX_NAME_BYTES + len(".-.12345678.part") + 1
    size = len(os.fsencode(os.path.abspath(path)))
    if size + room >= path_max:
        raise ValidationError(
            f"download_directory {_shown(path)} is {size} bytes long as an absolute path; with a file name in it, "
            f"paths here may be at most {path_max - 1 - room} bytes. Choose a shorter one; nothing was sent or "
            "charged."
        )


def _shown(path: Path) -> str:
    text = str(path)
    return repr(text) if len(text) <= 80 else f"{text[:60]!r}... ({len(text)} characters)"


def check_directory(directory: str | os.PathLike[str] | None) -> Path:
    """The download directory as a Path; refused before anything is created if it cannot hold files."""
    if directory is not None and "\x00" in os.fsdecode(directory):
        raise ValidationError(
            f"download_directory {os.fsdecode(directory)!r} holds a NUL character; no folder has such a name."
        )
    path = Path(directory) if directory is not None else Path.cwd()
    _check_lengths(path)
    try:
        for parent in (path, *path.parents):
            if parent.exists():
                if not parent.is_dir():
                    raise ValidationError(
                        f"download_directory {_shown(path)} cannot be used: {str(parent)!r} is a file, not a directory."
                    )
                if not os.access(parent, os.W_OK | os.X_OK):
                    raise ValidationError(f"download_directory {_shown(path)} is not writable.")
                break
    except OSError as exc:  # anything else the system says of the path (a loop of links, an I/O error ...)
        raise ValidationError(
            f"download_directory {_shown(path)} cannot be used: {exc.strerror or type(exc).__name__}. Choose "
            "another; nothing was sent or charged."
        ) from None
    return path


#: How much of an output is compared with a file already at its name before that file counts as the output.
_PROBE = 64 * 1024


def _candidate(directory: Path, name: str) -> Path | None:
    path = directory / _final_name(name)
    try:
        return path if path.is_file() and path.stat().st_size > 0 else None
    except OSError:
        return None


def _probe_headers(saved: Path) -> dict[str, str]:
    return {"Range": f"bytes=0-{min(_PROBE, saved.stat().st_size) - 1}"}


def _same_size(response: httpx.Response, saved: Path) -> bool:
    if response.status_code not in (200, 206) or "content-encoding" in response.headers:
        return False
    return _expected_total(response, 0) == saved.stat().st_size


def _same_start(head: bytes, saved: Path) -> bool:
    with saved.open("rb") as f:
        return bool(head) and f.read(len(head)) == head


def saved_before(http: httpx.Client, url: str, directory: Path, name: str) -> Path | None:
    """The file at the output's name when it is this output, saved by an earlier wait (check_result run again).

    Files reach their final name only once complete; one found there counts when its size is the output's and
    its first bytes (up to 64 KiB, asked for with Range) are the same. Anything else, or any failure, means a
    normal download, which never overwrites and numbers the new file.
    """
    saved = _candidate(directory, name)
    if saved is None:
        return None
    try:
        with http.stream("GET", url, headers=_probe_headers(saved), follow_redirects=True) as response:
            if not _same_size(response, saved):
                return None
            head = b""
            for chunk in response.iter_bytes():
                head += chunk
                if len(head) >= _PROBE:
                    break
        return saved if _same_start(head[:_PROBE], saved) else None
    except (httpx.HTTPError, OSError):
        return None


async def asaved_before(http: httpx.AsyncClient, url: str, directory: Path, name: str) -> Path | None:
    """The async twin of `saved_before`."""
    saved = _candidate(directory, name)
    if saved is None:
        return None
    try:
        async with http.stream("GET", url, headers=_probe_headers(saved), follow_redirects=True) as response:
            if not _same_size(response, saved):
                return None
            head = b""
            async for chunk in response.aiter_bytes():
                head += chunk
                if len(head) >= _PROBE:
                    break
        return saved if _same_start(head[:_PROBE], saved) else None
    except (httpx.HTTPError, OSError):
        return None


def _final_name(name: str) -> str:
    return safe_filename("/" + quote(name, safe=""), "output")


def _expected_total(response: httpx.Response, written: int) -> int | None:
    if "content-encoding" in response.headers:
        return None
    if response.status_code == 206:
        match = re.search(r"/(\d+)$", response.headers.get("content-range", ""))
        return int(match[1]) if match else None
    length = response.headers.get("content-length")
    return int(length) + written if length and length.isdigit() else None


def _disk_failed(exc: OSError, project_id: str | None, target: _Target) -> DownloadError:
    """A download the local disk refused: nothing is left at the final name or as a temporary file."""
    reason = exc.strerror or type(exc).__name__
    advice = _DISK_ADVICE.get(exc.errno or 0, "choose another download_directory")
    return DownloadError(
        f"Saving {target.name} in {str(target.folder.path)!r} failed: {reason}. The project is fine: {advice}, "
        "then fetch its outputs again.",
        project_id=project_id,
    )


_DISK_ADVICE = {
    errno.ENOSPC: "free some space or choose another download_directory",
    errno.EDQUOT: "free some space or choose another download_directory",
    errno.EFBIG: "free some space or choose another download_directory",
    errno.EACCES: "make the download_directory writable or choose another",
    errno.EROFS: "choose a download_directory that is not read-only",
    errno.ENAMETOOLONG: "choose a shorter output_name or download_directory",
}


def _bad_redirect(exc: httpx.HTTPError, project_id: str | None) -> DownloadError:
    what = "redirects in a loop" if isinstance(exc, httpx.TooManyRedirects) else "points to a URL that is not http(s)"
    return DownloadError(
        f"The output's download URL {what}, so it was not saved and not retried. Fetch the project again for "
        "fresh URLs; if it persists, contact Magic Hour support.",
        project_id=project_id,
    )


def _failed(exc: MagicHourError, project_id: str | None, url_name: str) -> DownloadError:
    """The project is fine; the engine adds how to fetch its outputs again (check_result of its module).

    Said once, in the storage's terms: the error it wraps (kept as the cause) speaks of requests and base_url.
    """
    if isinstance(exc, APIStatusError):
        advice = "The download URL may have expired" if exc.status_code in (401, 403, 404, 410) else "Try again later"
        text = f"Downloading {url_name} failed: the storage server answered HTTP {exc.status_code}. {advice}."
    elif isinstance(exc, APIConnectionError):
        cause = exc.__cause__
        reason = "timed out" if isinstance(exc, APITimeoutError) else f"broke ({type(cause).__name__})"
        text = f"Downloading {url_name} failed: the connection to the storage server {reason}. Check the network."
    else:
        text = f"Downloading {url_name} failed: {exc}"
    error = DownloadError(text, project_id=project_id)
    error.__cause__ = exc
    return error


# ----- uploads ----------------------------------------------------------------------------------------------


def _upload_call(local: LocalFile) -> Call:
    return Call(f"Upload of {local.label}", idempotent=True, storage=True)


def _headers(local: LocalFile) -> dict[str, str]:
    return {"Content-Length": str(local.size)}


def _changed(local: LocalFile, what: str) -> ValidationError:
    """A file that changed size while it was being sent: the upload stops, and it is not retried."""
    return ValidationError(
        f"{local.label} {what} while it was uploading (it had {local.size} bytes when checked). Wait until "
        "whatever writes it has finished, then try again; nothing was created or charged."
    )


def _reported(local: LocalFile, progress: ProgressCallback | None, started: float, done: int) -> None:
    """One upload event; `elapsed` counts from the upload's first attempt."""
    if progress:
        progress(ProgressEvent("upload", local.label, done, local.size, elapsed=time.monotonic() - started))


def _chunks(f: IO[bytes], local: LocalFile, progress: ProgressCallback | None, started: float) -> Iterator[bytes]:
    remaining, done = local.size, 0
    _reported(local, progress, started, 0)
    while remaining > 0:
        chunk = f.read(min(CHUNK, remaining))
        if not chunk:
            raise _changed(local, "shrank")
        remaining -= len(chunk)
        done += len(chunk)
        yield chunk
        _reported(local, progress, started, done)
    if f.read(1):
        raise _changed(local, "grew")


def upload(
    http: httpx.Client, url: str, local: LocalFile, policy: RetryPolicy, progress: ProgressCallback | None
) -> None:
    """PUT the file to a presigned URL, streaming it from disk; retried from the start on transient failures."""
    attempt, started = 0, time.monotonic()
    while True:
        f = local.open()
        try:
            outcome: httpx.Response | Exception = http.put(
                url, content=_chunks(f, local, progress, started), headers=_headers(local)
            )
        except httpx.TransportError as exc:
            outcome = exc
        finally:
            if local.fileobj is None:
                f.close()
        done, delay = decide(_upload_call(local), policy, attempt, outcome)
        if done:
            _log_done("uploaded", local.label, local.size, started)
            return
        time.sleep(delay)
        attempt += 1


async def _achunks(
    f: IO[bytes], local: LocalFile, progress: ProgressCallback | None, started: float
) -> AsyncIterator[bytes]:
    import asyncio

    remaining, done = local.size, 0
    _reported(local, progress, started, 0)
    while remaining > 0:
        size = min(CHUNK, remaining)
        # Reads of big chunks go to a thread so the event loop keeps serving other transfers; a small one is
        # quicker read in place than handed to a thread (measured with 50 concurrent generate() calls).
        chunk = f.read(size) if size <= _SMALL else await asyncio.to_thread(f.read, size)
        if not chunk:
            raise _changed(local, "shrank")
        remaining -= len(chunk)
        done += len(chunk)
        yield chunk
        _reported(local, progress, started, done)
    if f.read(1):
        raise _changed(local, "grew")


async def aupload(
    http: httpx.AsyncClient, url: str, local: LocalFile, policy: RetryPolicy, progress: ProgressCallback | None
) -> None:
    """The async twin of `upload`: file reads happen off the event loop."""
    import asyncio

    attempt, started = 0, time.monotonic()
    while True:
        f = local.open()
        try:
            outcome: httpx.Response | Exception = await http.put(
                url, content=_achunks(f, local, progress, started), headers=_headers(local)
            )
        except httpx.TransportError as exc:
            outcome = exc
        finally:
            if local.fileobj is None:
                f.close()
        done, delay = decide(_upload_call(local), policy, attempt, outcome)
        if done:
            _log_done("uploaded", local.label, local.size, started)
            return
        await asyncio.sleep(delay)
        attempt += 1


# ----- downloads --------------------------------------------------------------------------------------------


class _Target:
    """A download in progress: its name, hidden temporary file and bytes received so far.

    Bytes arrive in network-sized pieces and are held until they make a chunk (1 MiB), then written in one
    system call: a small output costs one round of file work at the end, a large one is written a chunk at a
    time, so memory stays at about a chunk whatever the size. The async client does that work in a thread,
    except for an output of at most 64 KiB: handing that to a thread costs more than writing it (measured with
    200 concurrent generate() calls, like small reads in `_achunks`).
    """

    def __init__(self, url: str, directory: Path, name: str) -> None:
        self.url = url
        self.folder = Folder(directory)
        self.name = _final_name(name)
        # One temporary name per output (its URL without the signature): a download stopped by a kill or a crash
        # leaves its bytes there, and the next download of the same output goes on from them with a Range
        # request instead of starting over (and leaving the old file forever). A download still running holds
        # its file locked; another one of the same output then takes a name of its own.
        where = urlsplit(url)
        own = hashlib.sha256(f"{where.netloc}{where.path}".encode()).hexdigest()[:8]
        self.tmp = f".{self.name}.{own}.part"
        self.file: IO[bytes] | None = None  # created on the first write to disk
        self._held: list[bytes] = []
        self._held_bytes = 0
        self.written = 0  # bytes received, held or on disk: where a resumed download continues
        taken = self.folder.take_over(self.tmp)
        if taken is not None:
            self.file, self.written = taken
            if self.written:
                log.debug("resuming %s from the %d bytes a stopped download left", self.name, self.written)
        elif self.folder.exists(self.tmp):  # another download of this output is running: keep out of its way
            self.tmp = f".{self.name}.{secrets.token_hex(4)}.part"
        self._reported = -1
        self.total: int | None = None
        self.started = time.monotonic()

    def begin(self, response: httpx.Response) -> None:
        """Start or resume writing for this response; a server that ignored the Range restarts the file."""
        if self.written and response.status_code != 206:
            if self.file is not None:
                self.file.seek(0)
                self.file.truncate()
            self._held.clear()
            self._held_bytes = self.written = 0
        self.total = _expected_total(response, self.written)

    def receive(self, chunk: bytes) -> bool:
        """Count `chunk` in; True when the held bytes should now go to disk with `flush`."""
        self._held.append(chunk)
        self._held_bytes += len(chunk)
        self.written += len(chunk)
        return self._held_bytes >= CHUNK

    def flush(self) -> None:
        """Write the held bytes to the temporary file, creating it (and the directory) on first use."""
        if self.file is None:
            self.file = self.folder.create(self.tmp)
        self.file.write(b"".join(self._held))  # one system call for many network-sized pieces
        self._held.clear()
        self._held_bytes = 0

    def check_complete(self) -> None:
        if self.total is not None and self.written != self.total:
            raise _ShortBody(f"received {self.written} of {self.total} bytes")

    def already_complete(self, response: httpx.Response) -> bool:
        """True for a 416 to a resume whose bytes had all arrived before the connection broke."""
        return response.status_code == 416 and self.total is not None and self.written == self.total

    def range_headers(self) -> dict[str, str]:
        return {"Range": f"bytes={self.written}-"} if self.written else {}

    def report(self, progress: ProgressCallback | None, project_id: str | None) -> None:
        """Tell `progress` how far the download is, once per chunk written and once at the end."""
        if progress and self.written != self._reported:
            self._reported = self.written
            elapsed = time.monotonic() - self.started
            progress(
                ProgressEvent("download", self.name, self.written, self.total, project_id=project_id, elapsed=elapsed)
            )

    def finish(self) -> Path:
        self.flush()
        assert self.file is not None
        self.file.close()
        saved = self.folder.place(self.tmp, self.name)  # on failure, the caller's discard() cleans up
        self.folder.close()
        _log_done("saved", saved.name, self.written, self.started)
        return saved

    def discard(self) -> None:
        if self.file is not None:
            self.file.close()
        self.folder.remove(self.tmp)
        self.folder.close()


def download(
    http: httpx.Client,
    url: str,
    directory: Path,
    *,
    name: str,
    policy: RetryPolicy,
    progress: ProgressCallback | None,
    project_id: str | None = None,
) -> Path:
    """Stream `url` into `directory` as `name` (made safe; numbered if taken), resuming with Range after a
    broken connection; returns the saved path."""
    target = _Target(url, directory, name)
    call = Call(f"Download of {target.name}", idempotent=True, storage=True)
    try:
        attempt = 0
        while True:
            try:
                with http.stream("GET", url, headers=target.range_headers(), follow_redirects=True) as response:
                    outcome: httpx.Response | Exception | None = None
                    if target.already_complete(response):
                        pass  # a resumed download whose bytes had all arrived before the connection broke
                    elif response.status_code >= 300:
                        response.read()
                        outcome = response
                    else:
                        target.begin(response)
                        for chunk in response.iter_bytes():
                            if target.receive(chunk):
                                target.flush()
                                target.report(progress, project_id)
                        target.check_complete()
                        target.report(progress, project_id)
                if outcome is None:  # every byte is in: the connection is back in the pool before the file work
                    return target.finish()
            except (httpx.TooManyRedirects, httpx.UnsupportedProtocol) as exc:
                raise _bad_redirect(exc, project_id) from exc  # a loop or a file:// URL: retrying cannot help
            except httpx.TransportError as exc:
                outcome = exc
            _, delay = decide(call, policy, attempt, outcome)
            time.sleep(delay)
            attempt += 1
    except MagicHourError as exc:
        target.discard()
        raise _failed(exc, project_id, target.name) from exc
    except OSError as exc:  # the local disk: full, directory gone or replaced, permission lost, name too long
        target.discard()
        raise _disk_failed(exc, project_id, target) from exc
    except BaseException:
        target.discard()
        raise


async def adownload(
    http: httpx.AsyncClient,
    url: str,
    directory: Path,
    *,
    name: str,
    policy: RetryPolicy,
    progress: ProgressCallback | None,
    project_id: str | None = None,
) -> Path:
    """The async twin of `download`: file work happens off the event loop."""
    import asyncio

    target = _Target(url, directory, name)
    call = Call(f"Download of {target.name}", idempotent=True, storage=True)
    try:
        attempt = 0
        while True:
            try:
                async with http.stream("GET", url, headers=target.range_headers(), follow_redirects=True) as response:
                    outcome: httpx.Response | Exception | None = None
                    if target.already_complete(response):
                        pass  # a resumed download whose bytes had all arrived before the connection broke
                    elif response.status_code >= 300:
                        await response.aread()
                        outcome = response
                    else:
                        target.begin(response)
                        async for chunk in response.aiter_bytes():
                            if target.receive(chunk):
                                await asyncio.to_thread(target.flush)
                                target.report(progress, project_id)
                        target.check_complete()
                        target.report(progress, project_id)
                if outcome is None:  # every byte is in: the connection serves other requests during the file work
                    return target.finish() if target.written <= _SMALL else await asyncio.to_thread(target.finish)
            except (httpx.TooManyRedirects, httpx.UnsupportedProtocol) as exc:
                raise _bad_redirect(exc, project_id) from exc  # a loop or a file:// URL: retrying cannot help
            except httpx.TransportError as exc:
                outcome = exc
            _, delay = decide(call, policy, attempt, outcome)
            await asyncio.sleep(delay)
            attempt += 1
    except MagicHourError as exc:
        target.discard()
        raise _failed(exc, project_id, target.name) from exc
    except OSError as exc:  # the local disk: full, directory gone or replaced, permission lost, name too long
        target.discard()
        raise _disk_failed(exc, project_id, target) from exc
    except BaseException:
        target.discard()
        raise
