"""`client.batch(...)`: the jobs and journal as given, on `AsyncClient` directly and on `Client` through one."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._errors import ValidationError
from .._transfer import check_directory
from ._jobs import Job, check, from_iterable, load
from ._journal import Journal, open_journal
from ._results import BatchSummary
from ._runner import BatchOptions, JobEvent, arun

if TYPE_CHECKING:
    from .._client import AsyncClient, Client

Jobs = str | os.PathLike[str] | Iterable[Job | tuple[str, Mapping[str, Any]]]


def default_journal(jobs_file: str | os.PathLike[str] | None, output: str | os.PathLike[str]) -> Path:
    """`jobs.jsonl` -> `jobs.journal.sqlite` beside it; jobs given from Python -> in the output folder."""
    if jobs_file is not None:
        path = Path(jobs_file)
        return path.with_name(f"{path.stem}.journal.sqlite")
    return Path(output) / "batch.journal.sqlite"


def _prepare(jobs: Jobs | None, journal: str | os.PathLike[str] | Journal | None, output: Any) -> tuple[
    list[Job] | None, Journal, bool, str | os.PathLike[str] | None
]:  # fmt: skip
    listed: list[Job] | None
    if jobs is None:
        listed, source = None, None
    elif isinstance(jobs, str | os.PathLike):
        listed, source = load(jobs), jobs  # checked before the journal is opened: a refused batch leaves nothing
    else:
        listed, source = from_iterable(jobs), None
        check(listed)
    if journal is None and listed is None:
        raise ValidationError("Resuming needs the journal: pass journal=... (its path or postgresql:// URL).")
    if isinstance(journal, Journal):
        return listed, journal, False, source
    opened = open_journal(journal if journal is not None else default_journal(source, output))
    return listed, opened, True, source


def _usable_output(folder: str | os.PathLike[str]) -> Path:
    """The output folder, refused before anything is sent if it cannot hold files (as `generate()` does)."""
    try:
        return check_directory(folder)
    except ValidationError as exc:
        reason = str(exc).replace("download_directory", "the output folder", 1)
        raise ValidationError(f"{reason} Nothing was uploaded or charged; pass another -o/output.") from None


async def batch_async(
    client: AsyncClient,
    jobs: Jobs | None,
    *,
    journal: str | os.PathLike[str] | Journal | None = None,
    output: str | os.PathLike[str] | None = None,
    concurrency: int = 4,
    max_credits: int | None = None,
    retry_unknown: bool = False,
    rate: float = 10.0,
    max_rate: float | None = None,
    poll_interval: float | None = None,
    on_event: Callable[[JobEvent], None] | None = None,
) -> BatchSummary:
    """Run a batch, or resume one (`jobs=None`), and return its summary; what `AsyncClient.batch` does.

    jobs: a JSONL file's path, or (module, params) pairs / `Job`s; every job is checked before any request.
    journal: a SQLite path or `postgresql://` URL, or a `Journal` (default: `<jobs>.journal.sqlite` beside the
    file, or `batch.journal.sqlite` in `output`). output: outputs and results files (default: the first
    run's, as journaled, for a resume; else the current folder). concurrency: jobs in progress at once.
    max_credits: stop creating before the spend could pass it. retry_unknown: create again jobs that may have
    been charged.
    rate / max_rate: the rate limiter's first and highest requests per second. on_event: each job's moves.
    """
    if not isinstance(concurrency, int) or concurrency < 1:
        raise ValidationError(f"concurrency must be a whole number of at least 1, not {concurrency!r}.")
    if max_credits is not None and (not isinstance(max_credits, int) or max_credits < 0):
        raise ValidationError(f"max_credits must be a whole number of credits, not {max_credits!r}.")
    if output is not None:
        _usable_output(output)  # before the jobs are read or the journal is made
    listed, opened, owned, source = _prepare(jobs, journal, output or ".")
    try:
        folder = _usable_output(output if output is not None else opened.meta().get("output", "."))
        options = BatchOptions(
            folder.absolute(), concurrency, max_credits, retry_unknown, rate, max_rate, poll_interval, on_event
        )
        return await arun(client, opened, listed, options, checked=True, source=source)
    finally:
        if owned:
            opened.close()


def batch_sync(client: Client, jobs: Jobs | None, **options: Any) -> BatchSummary:
    """The same on a private event loop, through an AsyncClient with this client's settings (token, base URL,
    timeouts, retries, headers); an `http_client` of your own is not carried over: use AsyncClient.batch."""
    from .._client import AsyncClient

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        pass
    else:
        raise ValidationError("Client.batch() cannot run inside an event loop; use AsyncClient.batch() there.")
    s = client._settings

    async def main() -> BatchSummary:
        async with AsyncClient(
            s.token,
            base_url=s.base_url,
            timeout=s.timeout,
            poll_interval=s.wait.poll_interval,
            wait_timeout=s.wait.timeout,
            allow_insecure_http=True,  # the base URL was already checked when `client` was made
            retry=s.retry,
            default_headers=s.default_headers,
        ) as twin:
            return await batch_async(twin, jobs, **options)

    return asyncio.run(main())
