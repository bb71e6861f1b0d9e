"""Values the public API returns or hands to callbacks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import attrs
from magic_hour_api.models.video_download import VideoDownload
from magic_hour_api.models.video_project import VideoProject
from magic_hour_api.models.video_project_error import VideoProjectError


@attrs.frozen
class ProgressEvent:
    """One step of a workflow, for drawing progress.

    stage: ``upload`` (bytes of one file sent), ``status`` (the project's status as polled) or
    ``download`` (bytes of one output saved). `done` and `total` count bytes; `total` is None when unknown.
    """

    stage: Literal["upload", "status", "download"]
    name: str
    done: int = 0
    total: int | None = None
    status: str | None = None
    project_id: str | None = None
    elapsed: float = 0.0


ProgressCallback = Callable[[ProgressEvent], None]


@attrs.frozen(repr=False)
class GenerateResult:
    """A finished (or, with ``wait_for_completion=False``, a just-created) project and the files saved.

    The project's own fields (``id``, ``status``, ``credits_charged``, ``downloads``, ``error`` …) read
    straight through, including fields a newer API adds after regeneration.
    """

    project: VideoProject
    downloaded_paths: tuple[Path, ...] = ()

    @property
    def id(self) -> str:
        return self.project.id

    @property
    def status(self) -> str:
        return str(self.project.status)

    @property
    def credits_charged(self) -> int:
        return self.project.credits_charged

    @property
    def downloads(self) -> list[VideoDownload]:
        return self.project.downloads

    @property
    def error(self) -> VideoProjectError | None:
        return self.project.error

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name == "project":
            raise AttributeError(name)
        return getattr(self.project, name)

    def __repr__(self) -> str:
        paths = [str(p) for p in self.downloaded_paths]
        return (
            f"GenerateResult(id={self.id!r}, status={self.status!r}, credits_charged={self.credits_charged}, "
            f"downloads={len(self.downloads)}, downloaded_paths={paths!r}, error={self.error!r})"
        )
