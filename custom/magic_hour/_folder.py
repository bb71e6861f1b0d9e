"""The directory a download is saved in, held open while the download runs.

Files are created, linked and removed relative to the directory the download started in (by its descriptor,
where the OS allows), so a directory renamed, removed or replaced meanwhile cannot leave a temporary file behind
in a place the SDK no longer knows, nor an empty file at the final name in the new one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import threading
from collections import OrderedDict
from pathlib import Path
from typing import IO

from ._errors import DownloadError

#: Errors of `link` on file systems without hard links (FAT, some network and FUSE mounts): there the name is
#: reserved with an empty file and replaced instead. Any other error is a real failure of the disk.
_NO_HARD_LINKS = {errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP}
_BY_DESCRIPTOR = {os.open, os.link, os.unlink, os.rename} <= os.supports_dir_fd and os.scandir in os.supports_fd

#: The number last given to a name that was taken, in a directory, so the next download of that name starts past
#: it instead of listing the directory again. Only names that collided are kept (most downloads have a name of
#: their own), and only the latest few hundred: it is a hint, and a long-lived process must not grow with it.
_last_numbers: OrderedDict[tuple[Path, str], int] = OrderedDict()
_REMEMBERED = 256
_numbers_lock = threading.Lock()  # downloads of a thread pool place files at once


def _remember(key: tuple[Path, str], n: int) -> None:
    with _numbers_lock:
        _last_numbers[key] = n
        _last_numbers.move_to_end(key)
        if len(_last_numbers) > _REMEMBERED:
            _last_numbers.popitem(last=False)


def _numbered(entry: str, stem: str, ext: str) -> int | None:
    """N when `entry` is `stem-N.ext`, else None (a plain string test: a regex per download cost more)."""
    if not (entry.startswith(stem) and entry.endswith(ext)) or len(entry) <= len(stem) + len(ext) + 1:
        return None
    middle = entry[len(stem) : len(entry) - len(ext)]
    digits = middle[1:]
    return int(digits) if middle[0] == "-" and digits.isascii() and digits.isdigit() else None


def _lock(fd: int) -> bool:
    """Lock an open file for this process (released when it closes, or when the process dies); False when
    another download holds it. Where the system has no such locks, every file counts as free."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover (Windows)
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class Folder:
    """A download directory: created on first use, then reached through its descriptor until `close`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._identity: tuple[int, int] | None = None

    def _open(self) -> None:
        if self._identity is not None:
            return
        if _BY_DESCRIPTOR:
            try:  # the directory usually exists: opened first, made only when missing (two system calls fewer)
                self._fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
            except FileNotFoundError:
                self.path.mkdir(parents=True, exist_ok=True)
                self._fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
            status = os.fstat(self._fd)
        else:
            self.path.mkdir(parents=True, exist_ok=True)
            status = os.stat(self.path)
        self._identity = (status.st_dev, status.st_ino)

    def _where(self, name: str) -> str:
        return name if self._fd is not None else str(self.path / name)

    def create(self, name: str) -> IO[bytes]:
        """A new file `name` for writing; never an existing one. It is locked while open (`take_over`)."""
        self._open()
        fd = os.open(self._where(name), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644, dir_fd=self._fd)
        _lock(fd)
        return os.fdopen(fd, "wb")

    def take_over(self, name: str) -> tuple[IO[bytes], int] | None:
        """An unfinished file `name` a stopped download left (a kill, a crash), opened at its end with its size,
        to go on from there; None when there is none, or when a download still running holds it."""
        self._open()
        flags = os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(self._where(name), flags, dir_fd=self._fd)
        except (FileNotFoundError, OSError):
            return None
        if not _lock(fd) or not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            return None
        size = os.lseek(fd, 0, os.SEEK_END)
        return os.fdopen(fd, "ab"), size

    def exists(self, name: str) -> bool:
        self._open()
        try:
            os.stat(self._where(name), dir_fd=self._fd, follow_symlinks=False)
        except OSError:
            return False
        return True

    def remove(self, name: str) -> None:
        if self._identity is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._where(name), dir_fd=self._fd)

    def check_in_place(self) -> None:
        """Raise if the directory's path no longer leads to the directory the download was written in."""
        try:
            status = os.stat(self.path)
            same = (status.st_dev, status.st_ino) == self._identity
        except OSError:
            same = False
        if not same:
            raise FileNotFoundError(errno.ENOENT, "the directory was removed or replaced during the download")

    def place(self, tmp: str, name: str) -> Path:
        """Give the finished file `tmp` the name `name`, or `name-1`, `name-2` … rather than overwrite anything."""
        self.check_in_place()
        stem, ext = os.path.splitext(name)
        key = (self.path, name)
        n, scanned = 0, False
        while n < 1_000_000:
            target = name if n == 0 else f"{stem}-{n}{ext}"
            try:
                self._link(tmp, target)  # fails if the target exists: never overwrites
            except FileExistsError:
                # Jump past the numbers already taken instead of probing them one by one: first to the one
                # given last, then, if that is taken too, past the highest in the directory.
                if n == 0 and (last := _last_numbers.get(key)) is not None:
                    n = last
                elif not scanned:
                    listing = os.scandir(self._fd if self._fd is not None else self.path)
                    with listing:
                        taken = [m for entry in listing if (m := _numbered(entry.name, stem, ext)) is not None]
                    n, scanned = max(taken, default=n), True
                n += 1
                continue
            if n:
                _remember(key, n)
            return self.path / target
        raise DownloadError(f"Could not find a free file name for {name!r} in {str(self.path)!r}.")

    def _link(self, tmp: str, target: str) -> None:
        try:
            os.link(self._where(tmp), self._where(target), src_dir_fd=self._fd, dst_dir_fd=self._fd)
        except FileExistsError:
            raise
        except OSError as exc:
            if exc.errno not in _NO_HARD_LINKS:
                raise
            self.create(target).close()  # reserve the name, then replace the reservation
            try:
                if self._fd is not None:  # rename(2) replaces, as os.replace does on paths
                    os.rename(tmp, target, src_dir_fd=self._fd, dst_dir_fd=self._fd)
                else:
                    os.replace(self._where(tmp), self._where(target))
            except OSError:
                self.remove(target)
                raise
            return
        self.remove(tmp)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
