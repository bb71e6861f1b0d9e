"""Progress for the command line: a live line on a terminal, plain one-line updates everywhere else."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from .._types import ProgressEvent


def _size(n: int | None) -> str:
    if n is None:
        return "?"
    value, unit = float(n), "B"
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            break
        value /= 1024
    return f"{n} B" if unit == "B" else f"{value:.1f} {unit}"


class Progress:
    """Draws ProgressEvents on `stream` (stderr); quiet=True draws nothing."""

    def __init__(self, stream: TextIO = sys.stderr, *, quiet: bool = False) -> None:
        self.stream = stream
        self.quiet = quiet
        self.live = stream.isatty()
        self._last_line: dict[str, str] = {}
        self._started = time.monotonic()
        self._drawn = False

    def _line(self, event: ProgressEvent) -> str:
        if event.stage == "creating":
            return "creating the project"
        if event.stage == "created":
            return f"project {event.project_id} created"
        if event.stage == "status":
            return f"project {event.project_id}: {event.status} ({event.elapsed:.0f} s)"
        verb = "uploading" if event.stage == "upload" else "downloading"
        percent = f" {100 * event.done // event.total:3d}%" if event.total else ""
        return f"{verb} {event.name}:{percent} {_size(event.done)} of {_size(event.total)}"

    def __call__(self, event: ProgressEvent) -> None:
        if self.quiet:
            return
        line = self._line(event)
        if self.live:
            self.stream.write(f"\r\x1b[2K{line}")
            self._drawn = True
            if event.total is not None and event.done == event.total:
                self.stream.write("\n")
                self._drawn = False
            self.stream.flush()
            return
        # Plain output: one line per milestone, never a control character.
        key = f"{event.stage}:{event.name}"
        milestone = event.status if event.stage == "status" else self._milestone(event)
        if event.stage in ("creating", "created"):
            milestone = event.stage
        if milestone is not None and self._last_line.get(key) != milestone:
            self._last_line[key] = milestone
            self.stream.write(line + "\n")
            self.stream.flush()

    @staticmethod
    def _milestone(event: ProgressEvent) -> str | None:
        if not event.total:
            return None
        quarter = 4 * event.done // event.total
        return str(quarter) if event.done in (0, event.total) or quarter else None

    def finish(self) -> None:
        if self.live and self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False

    def say(self, message: str) -> None:
        """A message line between progress updates."""
        self.finish()
        if not self.quiet:
            self.stream.write(message + "\n")
            self.stream.flush()
