"""What a batch produced: the results files (JSONL and CSV) and the summary, all read from the journal."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from ._journal import JobRecord

if TYPE_CHECKING:
    from ._runner import Runner

RESULTS_JSONL = "batch-results.jsonl"
RESULTS_CSV = "batch-results.csv"
_FIELDS = ("key", "project_id", "status", "credits", "files", "error")


@attrs.frozen
class BatchSummary:
    """How a batch stands: jobs per outcome and the credits the create answers stated.

    `unknown` jobs may have been charged (their create was sent and its answer lost); `open` ones are not
    finished (interrupted, capped, or their project still running) and a resume picks them up.
    """

    done: int
    failed: int
    canceled: int
    unknown: int
    open: int
    credits: int
    charged_now: int = 0  # of `credits`, what this run's creates stated
    throttled: int = 0  # 429 answers this run received
    elapsed: float = 0.0
    stopped: str | None = None  # why creating stopped early (interrupted, the credit cap)

    @property
    def total(self) -> int:
        return self.done + self.failed + self.canceled + self.unknown + self.open

    def line(self) -> str:
        """One line for people."""
        text = (
            f"{self.done} done, {self.failed} failed, {self.canceled} canceled, {self.unknown} unknown (may have "
            f"been charged), {self.open} not finished; {self.credits} credits charged"
        )
        return text + (f"; stopped: {self.stopped}" if self.stopped else "")


def summarize(records: Sequence[JobRecord], runner: Runner | None = None, elapsed: float = 0.0) -> BatchSummary:
    count = {state: 0 for state in ("complete", "failed", "canceled", "unknown")}
    open_jobs = 0
    for r in records:
        if r.state in count:
            count[r.state] += 1
        else:
            open_jobs += 1
    return BatchSummary(
        done=count["complete"],
        failed=count["failed"],
        canceled=count["canceled"],
        unknown=count["unknown"],
        open=open_jobs,
        credits=sum(r.credits or 0 for r in records),
        charged_now=runner.charged_here if runner else 0,
        throttled=runner.limiter.throttled if runner else 0,
        elapsed=elapsed,
        stopped=runner.stop_reason if runner else None,
    )


def row(record: JobRecord) -> dict[str, Any]:
    return {
        "key": record.key,
        "project_id": record.project_id,
        "status": record.state,
        "credits": record.credits,
        "files": list(record.files),
        "error": record.error,
    }


def write_results(records: Sequence[JobRecord], folder: str | os.PathLike[str]) -> tuple[Path, Path]:
    """Write `batch-results.jsonl` and `batch-results.csv` into `folder` (replaced whole, never half-written)."""
    where = Path(folder)
    where.mkdir(parents=True, exist_ok=True)
    rows = [row(r) for r in records]
    jsonl, table = where / RESULTS_JSONL, where / RESULTS_CSV
    tmp = where / f".{RESULTS_JSONL}.{os.getpid()}.tmp"
    tmp.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    os.replace(tmp, jsonl)
    tmp = where / f".{RESULTS_CSV}.{os.getpid()}.tmp"
    with tmp.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=_FIELDS)
        writer.writeheader()
        for r in rows:
            writer.writerow(
                {k: _cell(v) if isinstance(v, str) else v for k, v in {**r, "files": " ".join(r["files"])}.items()}
            )
    os.replace(tmp, table)
    return jsonl, table


def _cell(text: str | None) -> str:
    """A spreadsheet cell that cannot run as a formula (ids and error texts come from a server)."""
    if not text:
        return ""
    return "'" + text if text[0] in "=+-@\t\r" else text
