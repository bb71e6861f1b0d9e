"""Batches: thousands of generations from one JSONL file, journaled, resumable after any crash without paying twice.

    from magic_hour import Client

    with Client() as client:
        summary = client.batch("jobs.jsonl", output="outputs")
        print(summary.line())

Each line of the file is a job: `{"module": "ai_talking_photo", "params": {...}, "key": "anna"}`. The journal
(SQLite beside the jobs by default, or PostgreSQL for several machines) records every step before it costs
money; `magic-hour batch resume JOURNAL` picks up where any stop left off.
"""

from ._jobs import BatchValidationError, Job, check, read_jsonl
from ._journal import JobRecord, Journal, open_journal
from ._pace import CreditBudget, RateLimiter
from ._results import BatchSummary, summarize, write_results
from ._run import batch_async, batch_sync, default_journal
from ._runner import BatchOptions, JobEvent, arun, contract_problems

__all__ = [
    "BatchOptions",
    "BatchSummary",
    "BatchValidationError",
    "CreditBudget",
    "Job",
    "JobEvent",
    "JobRecord",
    "Journal",
    "RateLimiter",
    "arun",
    "batch_async",
    "batch_sync",
    "check",
    "contract_problems",
    "default_journal",
    "open_journal",
    "read_jsonl",
    "summarize",
    "write_results",
]
