"""`magic-hour batch run | status | resume`: many generations from a JSONL file, journaled and resumable.

Ctrl-C once stops creating and lets the creates in flight finish (their ids are journaled); twice stops at
once, and a create still in flight is reported as "may have been charged". Either way the last lines say
what was charged and the command that resumes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any, TextIO

import attrs

from .._client import Client
from ..batch import BatchSummary, JobEvent, open_journal, summarize
from ..batch._run import batch_sync, default_journal

EXIT_OK, EXIT_FAILED, EXIT_UNFINISHED, EXIT_INTERRUPTED, EXIT_TERMINATED = 0, 1, 3, 130, 143

#: What each journal state means for money, as `batch status` lists it.
_MEANING = {
    "pending": "not sent, nothing charged",
    "uploading": "not sent, nothing charged",
    "create_sent": "unknown: the create may have reached the API and no answer is recorded; may have been charged",
    "created": "created and paid for; a resume follows it",
    "unknown": "may have been charged",
}


class BatchProgress:
    """Jobs done, in flight, credits and ETA: one live line on a terminal, a plain line per finished job else."""

    def __init__(self, stream: TextIO, total: int, done: int, *, quiet: bool = False) -> None:
        self.stream, self.total, self.quiet = stream, total, quiet
        self.live = stream.isatty()
        self.finished = done
        self.started_with = done
        self.in_flight: set[str] = set()
        self.credits = 0
        self._credits: dict[str, int] = {}  # per job, so a refund (a failed project's credits) comes off
        self.started = time.monotonic()

    def __call__(self, event: JobEvent) -> None:
        if event.state in ("uploading", "create_sent", "created"):
            self.in_flight.add(event.key)
        if event.credits is not None:
            self.credits += event.credits - self._credits.get(event.key, 0)
            self._credits[event.key] = event.credits
        final = event.state in ("complete", "failed", "canceled", "unknown")
        if final:
            self.in_flight.discard(event.key)
            self.finished += 1
        if event.state == "pending":
            self.in_flight.discard(event.key)
        if self.quiet:
            return
        if self.live:
            self.stream.write(f"\r\x1b[2K{self._line()}")
            self.stream.flush()
        elif final:
            what = f" {event.project_id}" if event.project_id else ""
            why = f": {event.error}" if event.error and event.state != "complete" else ""
            self.stream.write(f"{event.key} {event.state}{what}{why} [{self.finished}/{self.total}]\n")
            self.stream.flush()

    def _line(self) -> str:
        elapsed = time.monotonic() - self.started
        new = self.finished - self.started_with
        left = self.total - self.finished
        eta = f", ETA {left * elapsed / new:.0f} s" if new else ""
        return (
            f"{self.finished}/{self.total} jobs finished, {len(self.in_flight)} in flight, "
            f"{self.credits} credits this run{eta}"
        )

    def finish(self) -> None:
        if self.live and not self.quiet:
            self.stream.write("\n")
            self.stream.flush()


def add(sub: Any, common: argparse.ArgumentParser, fmt: type[argparse.HelpFormatter], epilog: str) -> None:
    """The `batch` command and its actions."""
    parser = sub.add_parser("batch", help="many generations from a JSONL file, journaled and resumable")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")

    def pacing(p: argparse.ArgumentParser) -> None:
        p.add_argument("-o", "--output", help="folder for the outputs (named after job keys) and results files")
        p.add_argument("--concurrency", type=int, default=4, help="jobs in progress at once (default 4)")
        p.add_argument("--max-credits", type=int, help="stop creating before the spend could pass this")
        p.add_argument(
            "--retry-unknown", action="store_true", help="create again jobs whose earlier create may have charged"
        )
        p.add_argument("--rate", type=float, default=10.0, help="requests per second to start at (adapts to 429s)")
        p.add_argument("--poll-interval", type=float, help="seconds between status checks of a project")

    run = actions.add_parser(
        "run",
        parents=[common],
        formatter_class=fmt,
        help="run the jobs of a JSONL file",
        epilog="example:\n  magic-hour batch run jobs.jsonl -o outputs --concurrency 8\n\n"
        'each line: {"module": MODULE, "params": {...}, "key": "fox"}, MODULE as in client.v1.MODULE (the '
        "commands above, with _ for -) and params those of its generate()\n\n" + epilog,
    )
    run.add_argument("jobs", metavar="JOBS.jsonl")
    run.add_argument("--journal", help="SQLite file or postgresql:// URL (default: JOBS.journal.sqlite beside it)")
    pacing(run)
    run.set_defaults(run=_run)
    status = actions.add_parser("status", parents=[common], formatter_class=fmt, help="how a batch stands")
    status.add_argument("journal", metavar="JOURNAL", help="the journal's path or postgresql:// URL")
    status.set_defaults(run=_status, no_client=True)
    resume = actions.add_parser(
        "resume", parents=[common], formatter_class=fmt, help="go on with a batch from its journal", epilog=epilog
    )
    resume.add_argument("journal", metavar="JOURNAL", help="the journal's path or postgresql:// URL")
    pacing(resume)
    resume.set_defaults(run=_resume)


def _total_and_done(journal: str) -> tuple[int, int]:
    opened = open_journal(journal)
    try:
        counts = opened.counts()
    finally:
        opened.close()
    done = sum(counts.get(s, 0) for s in ("complete", "failed", "canceled", "unknown"))
    return sum(counts.values()), done


def _go(client: Client, args: argparse.Namespace, jobs: str | None, journal: str) -> int:
    from .._errors import ValidationError

    progress = BatchProgress(sys.stderr, 0, 0, quiet=bool(args.json))
    if jobs is not None:
        from ..batch._jobs import count_jobs

        progress.total = count_jobs(jobs)  # batch_sync checks every line, and refuses the batch if one is bad
    if args.concurrency < 1:
        raise ValidationError("--concurrency must be at least 1.")
    if jobs is None:
        progress.total, progress.finished = _total_and_done(journal)
        progress.started_with = progress.finished
    summary = batch_sync(
        client,
        jobs,
        journal=journal,
        output=args.output,
        concurrency=args.concurrency,
        max_credits=args.max_credits,
        retry_unknown=args.retry_unknown,
        rate=args.rate,
        poll_interval=args.poll_interval,
        on_event=progress,
    )
    progress.finish()
    return _report(args, summary, journal)


def _report(args: argparse.Namespace, summary: BatchSummary, journal: str) -> int:
    resume = f"magic-hour batch resume {journal}"
    if args.json:
        print(json.dumps({"summary": _as_dict(summary), "journal": journal}))
    else:
        print(summary.line(), file=sys.stderr)
        if summary.stopped:
            print(f"{summary.charged_now} credits were charged by creates of this run.", file=sys.stderr)
        if summary.open:
            print(f"resume with: {resume}", file=sys.stderr)
        if summary.unknown:
            print(
                f"{summary.unknown} job(s) may have been charged without an id; see `magic-hour batch status "
                f"{journal}`, and add --retry-unknown to create them again.",
                file=sys.stderr,
            )
    if summary.stopped and summary.stopped.startswith("interrupted"):
        return EXIT_TERMINATED if "SIGTERM" in summary.stopped else EXIT_INTERRUPTED
    if summary.open or summary.unknown:
        return EXIT_UNFINISHED
    return EXIT_FAILED if summary.failed or summary.canceled else EXIT_OK


def _as_dict(summary: BatchSummary) -> dict[str, Any]:
    return {**attrs.asdict(summary), "elapsed": round(summary.elapsed, 3)}


def _existing(journal: str) -> str:
    """A journal to read must exist (opening a missing SQLite path would create an empty one)."""
    from pathlib import Path

    from .._errors import ValidationError

    if not journal.startswith(("postgresql://", "postgres://")) and not Path(journal).is_file():
        raise ValidationError(f"No journal at {journal!r}: pass the file `batch run` wrote (JOBS.journal.sqlite).")
    return journal


def _run(client: Client, args: argparse.Namespace, *_: Any) -> int:
    journal = args.journal or str(default_journal(args.jobs, args.output or "."))
    return _go(client, args, args.jobs, journal)


def _resume(client: Client, args: argparse.Namespace, *_: Any) -> int:
    return _go(client, args, None, _existing(args.journal))


def _status(client: None, args: argparse.Namespace, *_: Any) -> int:
    opened = open_journal(_existing(args.journal))
    try:
        records = opened.records()
    finally:
        opened.close()
    summary = summarize(records)
    if args.json:
        rows = [
            {"key": r.key, "status": r.state, "project_id": r.project_id, "credits": r.credits, "error": r.error}
            for r in records
        ]
        print(json.dumps({"summary": _as_dict(summary), "jobs": rows}))
        return EXIT_OK
    print(summary.line())
    for r in records:
        if r.state not in ("complete",):
            what = f" {r.project_id}" if r.project_id else ""
            meaning = f" ({_MEANING[r.state]})" if r.state in _MEANING else ""
            print(f"  {r.key}: {r.state}{what}{meaning}" + (f" — {r.error}" if r.error else ""))
    return EXIT_OK
