"""Which local files the MCP server may read, and where it writes: an agent names paths, the user sets folders."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import attrs


class OutsideFolders(ValueError):
    """A path names a file outside the folders the server was given; nothing was read or sent."""


@attrs.frozen
class Folders:
    """The folders inputs may come from (`--allow-dir`) and the one outputs go to (`--output-dir`), which may be
    read too: an agent feeds one tool's output to the next (a picture, then a video of it).

    Every path is resolved (symlinks followed, `..` folded) before it is compared, so a link inside an allowed
    folder that points outside it is refused like the outside path itself.
    """

    allowed: tuple[Path, ...]
    output: Path

    @classmethod
    def of(
        cls, allowed: Iterable[str | os.PathLike[str]], output: str | os.PathLike[str], *, create: bool = True
    ) -> Folders:
        """The folders, resolved; the output folder is made unless `create` is False (a listing writes nothing)."""
        roots = tuple(dict.fromkeys(Path(folder).expanduser().resolve() for folder in allowed))
        if not roots:
            raise ValueError("at least one folder must be allowed (--allow-dir)")
        for root in roots:
            if not root.is_dir():
                raise ValueError(f"--allow-dir {root} is not a folder; give folders that exist.")
            if root == Path(root.anchor):  # agents often start servers in `/`, where the default would be every file
                raise ValueError(
                    f"{root} would let the tools read every file on this machine; give the folders they may read "
                    "with --allow-dir."
                )
        out = Path(output).expanduser().resolve()
        if create:
            out.mkdir(parents=True, exist_ok=True)
        return cls(roots, out)

    @property
    def readable_roots(self) -> tuple[Path, ...]:
        return (*self.allowed, self.output) if self.output not in self.allowed else self.allowed

    def readable(self, value: str, *, field: str) -> Path:
        """The resolved path of `value`, a file inside an allowed folder (a relative path is read from the first);
        else OutsideFolders, saying which folders may be read."""
        given = Path(value).expanduser()
        resolved = (given if given.is_absolute() else self.allowed[0] / given).resolve()
        if not any(resolved.is_relative_to(root) for root in self.readable_roots):
            raise OutsideFolders(
                f"{field} {value!r} is outside the folders this server may read ({self.words()}). Nothing was "
                "uploaded or charged. Move or copy the file into one of them, or restart the server with "
                "another --allow-dir."
            )
        if not resolved.is_file():
            raise OutsideFolders(f"{field} {value!r} is not a file in {self.words()}. Nothing was uploaded or charged.")
        return resolved

    def words(self) -> str:
        return ", ".join(str(root) for root in self.readable_roots)
