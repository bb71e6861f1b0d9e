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
from ._price import estimate

if TYPE_CHECKING:
    from ._runner import Runner

#: The results files' name when the journal names none (journals of earlier versions).
RESULTS = "batch-results"
_FIELDS = ("key", "project_id", "status", "credits", "files", "error")


@attrs.frozen
class BatchSummary:
    """How a batch stands: jobs per outcome and the credits the create answers stated.

    `unknown` jobs may have been charged (their create was sent and its answer not recorded: lost, or the
    process stopped first); `open` ones are not finished (interrupted, capped, or their project still running)
    and no create of theirs is in doubt; a resume picks them up. `credits` is what the create answers stated,
    less refunds of failed projects; `maybe_credits` what the unknown jobs cost if they were created (None:
    the document states no price for some of them).
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
    maybe_credits: int | None = 0

    @property
    def total(self) -> int:
        return self.done + self.failed + self.canceled + self.unknown + self.open

    def line(self) -> str:
        """One line for people."""
        text = (
            f"{self.done} done, {self.failed} failed, {self.canceled} canceled, {self.unknown} unknown (may have "
            f"been charged), {self.open} not finished; {self.credits} credits charged"
        )
        if self.unknown:
            more = "an amount the document does not state" if self.maybe_credits is None else self.maybe_credits
            text += f", and up to {more} more if the unknown jobs were created"
        return text + (f"; stopped: {self.stopped}" if self.stopped else "")


def in_doubt(record: JobRecord) -> bool:
    """Its create may have reached the API and no answer is recorded: `unknown`, or `create_sent` (the process
    was stopped, or is still waiting for the answer)."""
    return record.state in ("unknown", "create_sent")


def summarize(records: Sequence[JobRecord], runner: Runner | None = None, elapsed: float = 0.0) -> BatchSummary:
    count = {state: 0 for state in ("complete", "failed", "canceled", "unknown")}
    open_jobs = 0
    maybe: int | None = 0
    for r in records:
        if in_doubt(r):
            count["unknown"] += 1
            price = estimate(r.module, r.params)
            maybe = None if maybe is None or price is None else maybe + price
        elif r.state in count:
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
        maybe_credits=maybe,
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


def write_results(
    records: Sequence[JobRecord], folder: str | os.PathLike[str], name: str = RESULTS
) -> tuple[Path, Path]:
    """Write `<name>.jsonl` and `<name>.csv` into `folder` (replaced whole, never half-written).

    Each batch has its own name (its jobs file's, see `results_name`), so two batches sharing an output
    folder keep their own results.
    """
    if Path(name).name != name or name in ("", ".", ".."):  # read back from a journal: a name, never a path
        name = RESULTS
    where = Path(folder)
    where.mkdir(parents=True, exist_ok=True)
    rows = [row(r) for r in records]
    jsonl, table = where / f"{name}.jsonl", where / f"{name}.csv"
    tmp = where / f".{jsonl.name}.{os.getpid()}.tmp"
    tmp.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    os.replace(tmp, jsonl)
    tmp = where / f".{table.name}.{os.getpid()}.tmp"
    with tmp.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=_FIELDS)
        writer.writeheader()
        for r in rows:
            writer.writerow(
                {k: _cell(v) if isinstance(v, str) else v for k, v in {**r, "files": _files_cell(r["files"])}.items()}
            )
    os.replace(tmp, table)
    return jsonl, table


def results_name(jobs_file: str | os.PathLike[str] | None, digest: str) -> str:
    """`photos.jsonl` -> `photos-results`; jobs given from Python -> `batch-<fingerprint>-results`."""
    stem = Path(jobs_file).stem if jobs_file is not None else f"batch-{digest[:8]}"
    return f"{stem}-results"


def _files_cell(files: list[str]) -> str:
    """A job's output files in one cell, exactly: a JSON list (paths may hold spaces, commas, anything)."""
    return json.dumps(files, ensure_ascii=False) if files else ""


def _cell(text: str | None) -> str:
    """A spreadsheet cell that cannot run as a formula (ids and error texts come from a server)."""
    if not text:
        return ""
    return "'" + text if text[0] in "=+-@\t\r" else text
