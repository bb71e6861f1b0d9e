"""The batch runner: claims jobs from the journal and moves each through upload, create, wait and download.

Money decides the order of writes: `create_sent` is committed before the create request is sent and the
project id right after its answer, so whatever stops the process (Ctrl-C, SIGKILL, a lost machine), the
journal says which jobs certainly cost nothing, which have a project to follow, and which may have been
charged. The runner is async; `Client.batch` runs it on an event loop of its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import os
import signal
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import attrs
import httpx

from .. import _spec, _validation
from .._auth import ApiScope
from .._errors import (
    APIConnectionError,
    MagicHourError,
    PaymentRequiredError,
    ProjectDeletedError,
    ProjectFailedError,
    RateLimitError,
    ValidationError,
)
from .._files import is_remote
from ._jobs import Job, check, digest, generators
from ._journal import LEASE_SECONDS, OPEN, ClaimLost, JobRecord, Journal, JournalLost, State
from ._pace import CreditBudget, RateLimiter
from ._price import estimate
from ._results import RESULTS, BatchSummary, results_name, summarize, write_results

if TYPE_CHECKING:
    from .._client import AsyncClient

#: The create answer's field that states what the project cost (checked by `contract_problems`).
CREDITS_FIELD = "credits_charged"
#: Uploads are kept by the API for 7 days; one older than this is uploaded again.
_UPLOAD_REUSE_SECONDS = 6 * 24 * 3600.0
#: Tries of a job whose create was certainly not sent (429 after the client's retries, a refused connection).
_MAX_ATTEMPTS = 5

#: Set while a create's request is about to leave with the rate-limit slot it already holds (taken before its
#: `create_sent` row was written, so that a create waiting for the limiter is never journaled as sent).
_PACED: contextvars.ContextVar[bool] = contextvars.ContextVar("magic_hour_batch_paced", default=False)

UNKNOWN_MESSAGE = (
    "the create request was sent and its answer was lost: a project may exist and may have been charged. Check "
    "your Magic Hour projects; `batch resume --retry-unknown` creates it again."
)


@attrs.frozen
class JobEvent:
    """A job moved: for drawing progress. `state` is the journal state it reached."""

    key: str
    state: State
    project_id: str | None = None
    credits: int | None = None
    error: str | None = None


@attrs.frozen
class BatchOptions:
    """How a batch runs.

    output: the folder for outputs (named after job keys) and the results files.
    concurrency: jobs in progress at once in this process.
    max_credits: stop creating before the spend could pass this (None: no cap).
    retry_unknown: create again the jobs whose earlier create may have been charged.
    rate: the first requests-per-second tried; it adapts to 429s. max_rate: never more than this.
    """

    output: Path = Path(".")
    concurrency: int = 4
    max_credits: int | None = None
    retry_unknown: bool = False
    rate: float = 10.0
    max_rate: float | None = None
    poll_interval: float | None = None
    on_event: Callable[[JobEvent], None] | None = None


def contract_problems() -> list[str]:
    """What the batch runner needs from the spec and does not find (empty when all is well)."""
    problems = []
    for gen in generators().values():
        answer = _spec.response_schema(_spec.operation(gen.method, gen.path))
        if CREDITS_FIELD not in answer.get("properties", {}):
            problems.append(f"{gen.method} {gen.path}: the create answer has no {CREDITS_FIELD}")
    return problems


def _file_key(path: str) -> str:
    """A local file as the upload cache knows it: the same bytes under the same name are uploaded once."""
    real = os.path.realpath(path)
    stat = os.stat(real)
    return f"{real}|{stat.st_size}|{stat.st_mtime_ns}"


class _Stop(Exception):
    """This job goes back to the journal unfinished (stopping, the credit cap, a retry later)."""


class Runner:
    """One process's part of a batch: `concurrency` workers sharing a rate limiter and a credit budget."""

    def __init__(self, client: AsyncClient, journal: Journal, options: BatchOptions) -> None:
        self.client = client
        self.journal = journal
        self.options = options
        self.limiter = RateLimiter(journal, options.rate, ceiling=options.max_rate)
        self.budget = CreditBudget(journal, options.max_credits)
        self.stopping = False  # stop everything but the creates in flight
        self.creating = True  # new creates may start
        self.stop_reason: str | None = None
        self._uploads: dict[str, asyncio.Future[str]] = {}
        self._changed = asyncio.Event()
        self._phases: dict[asyncio.Task[Any], str] = {}
        self._busy = 0
        self._tries: dict[str, int] = {}  # failed uploads per job in this run
        self.charged_here = 0  # credits stated by the create answers this process received, less refunds
        self._charged: dict[str, int] = {}

    # ----- stopping -------------------------------------------------------------------------------------------

    def no_more_creates(self, reason: str) -> None:
        """Create nothing more (the credit cap), but follow what exists to the end."""
        self.creating = False
        self.stop_reason = self.stop_reason or reason
        self._changed.set()

    def stop(self, reason: str = "interrupted") -> None:
        """Stop creating; jobs waiting or uploading go back to the journal, creates in flight finish."""
        self.creating = False
        if not self.stopping:
            self.stopping, self.stop_reason = True, reason
        for task, phase in list(self._phases.items()):
            if phase != "create":
                task.cancel()
        self._changed.set()

    def abort(self) -> None:
        """Stop at once (a second Ctrl-C): creates in flight are recorded as unknown."""
        self.stop(self.stop_reason or "interrupted")
        for task in list(self._phases):
            task.cancel()

    # ----- the loop -------------------------------------------------------------------------------------------

    async def run(self) -> None:
        self.journal.reap()
        if not self.journal.held_elsewhere():  # the first worker (or the only one): this run's --rate, afresh
            self.journal.reset_pace()
        hooks = self._hooks()
        beat = asyncio.create_task(self._heartbeat())
        workers = [asyncio.create_task(self._worker()) for _ in range(self.options.concurrency)]
        try:
            await asyncio.gather(*workers)
        except BaseException:  # the journal lost, a bug, or the disk: the other workers stop too
            for worker in workers:
                worker.cancel()
            await asyncio.gather(*workers, return_exceptions=True)
            raise
        finally:
            beat.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await beat
            for name, hook in hooks:
                with contextlib.suppress(ValueError):
                    self.client._http.event_hooks[name].remove(hook)
            self.journal.release_mine()

    def _hooks(self) -> list[tuple[str, Any]]:
        """Every API request of the batch waits for the shared limiter, and every answer teaches it."""
        scope = ApiScope(self.client.base_url)
        limiter = self.limiter

        async def on_request(request: httpx.Request) -> None:
            if _PACED.get():  # a create whose slot was taken before it was journaled as sent
                _PACED.set(False)
                return
            if request.url in scope:
                await limiter.acquire()

        async def on_response(response: httpx.Response) -> None:
            if response.request.url in scope:
                limiter.observe(response)

        hooks: list[tuple[str, Any]] = [("request", on_request), ("response", on_response)]
        for name, hook in hooks:
            self.client._http.event_hooks[name].insert(0, hook)
        return hooks

    async def _heartbeat(self) -> None:
        while True:
            await asyncio.sleep(LEASE_SECONDS / 3)
            self.journal.heartbeat()

    async def _worker(self) -> None:
        while True:
            if self.stopping and not self._busy:
                return
            record = None if self.stopping else self.journal.claim(self._claimable())
            if record is None:
                if self.stopping or not (self._busy or self.journal.held_elsewhere()):
                    return  # nothing left that this process could take, now or once another worker is done
                if self.journal.reap():  # a worker of this machine died: its jobs are taken over at once
                    continue
                self._changed.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), timeout=1.0)  # others may free a job
                continue
            self._busy += 1
            task = asyncio.create_task(self._job(record))
            self._phases[task] = "start"
            try:
                await asyncio.wait([task])  # the job's own cancellation (stop) ends the job, not this worker
            except asyncio.CancelledError:
                task.cancel()
                await asyncio.wait([task])
                raise
            finally:
                self._phases.pop(task, None)
                self._busy -= 1
                self._changed.set()
            if not task.cancelled() and task.exception() is not None:
                raise task.exception()  # type: ignore[misc]  # a bug, or the disk: not to be swallowed

    def _claimable(self) -> tuple[State, ...]:
        if not self.creating:
            return ("create_sent", "created")  # nothing new: settle what may exist, follow what does
        return (*OPEN, "unknown") if self.options.retry_unknown else OPEN

    def _phase(self, phase: str) -> None:
        task = asyncio.current_task()
        if task is not None and task in self._phases:
            self._phases[task] = phase

    def _event(self, record: JobRecord, state: State, **fields: Any) -> None:
        if self.options.on_event:
            fields.setdefault("project_id", record.project_id)
            self.options.on_event(JobEvent(record.key, state, **fields))

    def _move(self, record: JobRecord, state: State, **fields: Any) -> None:
        self.journal.move(record.key, state, **fields)
        shown = {k: v for k, v in fields.items() if k in ("project_id", "credits", "error")}
        self._event(record, state, **shown)

    # ----- one job --------------------------------------------------------------------------------------------

    async def _job(self, record: JobRecord) -> None:
        try:
            if record.state == "created" and record.project_id:
                await self._follow(record, record.project_id)
            elif record.state == "create_sent" and not self.options.retry_unknown:
                self._move(record, "unknown", error=UNKNOWN_MESSAGE)
            else:
                await self._start(record)
        except asyncio.CancelledError:
            self.journal.release(record.key)
        except _Stop as stop:
            self.journal.release(record.key, error=str(stop) or None)
        except ClaimLost:
            pass  # another worker has it now; it reads the journal, not our memory
        except JournalLost:
            self.stop("the journal was deleted or replaced")
            raise
        except MagicHourError as exc:  # before the create was sent (its own errors are handled where it is)
            self._not_created(record, exc)

    def _not_created(self, record: JobRecord, exc: MagicHourError) -> None:
        """An upload failed: nothing was charged. A bad file fails the job; anything else is tried again later."""
        self._tries[record.key] = tries = self._tries.get(record.key, 0) + 1
        if isinstance(exc, ValidationError):
            self._move(record, "failed", error=f"not created, nothing charged: {exc}", credits=0)
        elif tries < 3:
            self.journal.release(record.key, error=f"not created, nothing charged (will retry): {exc}")
        else:  # kept claimed: not again in this run; the next run or resume tries it
            self.journal.note(record.key, f"not created, nothing charged: {exc}")
            self._event(record, "pending", error=str(exc))

    async def _start(self, record: JobRecord) -> None:
        gen = generators()[record.module]
        self._phase("upload")
        self._move(record, "uploading")
        body = await self._with_uploads(record)
        await self._reserve(record, estimate(record.module, record.params))
        await self.limiter.acquire()  # the create's slot, before it is journaled as sent: waiting is not sending
        if not self.creating:
            raise _Stop(f"not created: {self.stop_reason}")
        self._move(record, "create_sent", attempts=record.attempts + 1)
        self._phase("create")
        paced = _PACED.set(True)
        try:
            created = await self._create(record.module, body)
        except asyncio.CancelledError:
            self.journal.move(
                record.key, "unknown", error=f"interrupted while the create was in flight; {UNKNOWN_MESSAGE}"
            )
            self._event(record, "unknown", error="interrupted while the create request was in flight")
            raise
        except MagicHourError as exc:
            self._create_failed(record, exc)
            return
        finally:
            _PACED.reset(paced)
        project_id = str(created.id)
        credits = created.to_dict().get(CREDITS_FIELD)
        credits = int(credits) if isinstance(credits, int | float) else None
        try:
            self._move(record, "created", project_id=project_id, credits=credits)
        except ClaimLost:
            self.journal.record_id(record.key, project_id, credits)  # whoever follows it now finds the id
            raise
        self.charged_here += credits or 0
        self._charged[record.key] = credits or 0
        self._changed.set()
        if self.stopping:
            raise _Stop()
        created_record = attrs.evolve(record, state="created", project_id=project_id, credits=credits)
        await self._follow(created_record, project_id, gen.follow)

    def _create_failed(self, record: JobRecord, exc: MagicHourError) -> None:
        """Record what a failed create means for money: certainly nothing, or maybe a project."""
        if getattr(exc, "maybe_created", False):
            self._move(record, "unknown", error=f"{exc} {UNKNOWN_MESSAGE}")
            return
        if isinstance(exc, PaymentRequiredError):  # refused, so never created: resumable once credits are bought
            self._move(record, "pending", error=f"not created, nothing charged: {exc}")
            self.no_more_creates("the account has too few credits (HTTP 402); add credits, then resume")
            raise _Stop()
        # A 429 is the pace, not the job: always again (the limiter has slowed down); a refused connection a few times.
        throttled = isinstance(exc, RateLimitError)
        if throttled or (isinstance(exc, APIConnectionError) and record.attempts + 1 < _MAX_ATTEMPTS):
            self._move(record, "pending", error=f"not created (will retry): {exc}")
            raise _Stop()
        self._move(record, "failed", error=f"not created, nothing charged: {exc}", credits=0)

    async def _create(self, module: str, body: Mapping[str, Any]) -> Any:
        method = getattr(self.client.v1, module).create
        known, extra = _split_kwargs(method, body)
        return await method(**known, extra_body=extra or None)

    async def _reserve(self, record: JobRecord, price: int | None) -> None:
        """Wait until the credit cap lets this job create; raises _Stop once it never will."""
        while self.creating:
            decision = self.budget.reserve(record.key, record.module, price)
            if decision == "ok":
                return
            if decision == "full":
                self.no_more_creates(f"--max-credits {self.options.max_credits} reached")
                break
            self._changed.clear()  # a create in flight here, or on another worker, may answer
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), timeout=0.2)
        raise _Stop(f"not created: {self.stop_reason}")

    async def _follow(self, record: JobRecord, project_id: str, follow: str | None = None) -> None:
        """Wait for the project and download it. Following costs nothing, so a 429, a 5xx or a lost connection
        (the client's own retries spent) is followed again after a pause rather than left for a resume."""
        self._phase("follow")
        module = follow or generators()[record.module].follow
        for attempt in range(_MAX_ATTEMPTS):
            try:
                result = await getattr(self.client.v1, module).check_result(
                    id=project_id,
                    download_directory=self.options.output,
                    output_name=record.key,
                    poll_interval=self.options.poll_interval,
                )
            except ProjectFailedError as exc:
                state: State = "canceled" if exc.status == "canceled" else "failed"
                refunded = getattr(exc.project, "credits_charged", None)  # what is left charged after a refund
                if isinstance(refunded, int) and not isinstance(refunded, bool):
                    self._move(record, state, error=str(exc), credits=refunded)
                    if record.key in self._charged:  # this run's create: the refund comes off what it charged
                        self.charged_here -= self._charged[record.key] - refunded
                else:
                    self._move(record, state, error=str(exc))
                return
            except ProjectDeletedError as exc:
                self._move(record, "failed", error=str(exc))
                return
            except MagicHourError as exc:
                if _transient(exc) and attempt + 1 < _MAX_ATTEMPTS:
                    await asyncio.sleep(min(30.0, 2.0**attempt))
                    continue
                # The project exists and is paid for; following it again costs nothing. Left for a resume.
                self.journal.note(record.key, f"still running or unreachable: {exc}")
                self._event(record, "created", project_id=project_id, error=str(exc))
                return
            self._move(record, "complete", files=[str(p) for p in result.downloaded_paths])
            return

    async def _with_uploads(self, record: JobRecord) -> dict[str, Any]:
        """The job's body with each local file replaced by its upload, each file uploaded once per batch."""
        gen = generators()[record.module]
        schema = _spec.body_schema(_spec.operation(gen.method, gen.path)) or {}
        body: Any = dict(record.params)
        for found in list(_validation.file_fields(schema, body)):
            value = os.fspath(found.value) if isinstance(found.value, os.PathLike) else found.value
            if isinstance(value, str) and not is_remote(value):
                body = _validation.replace(body, found.where, await self._upload(value))
        return dict(body)

    async def _upload(self, path: str) -> str:
        try:
            key = _file_key(path)
        except OSError as exc:
            raise ValidationError(f"{path!r} cannot be read: {exc.strerror}. Nothing was charged.") from None
        pending = self._uploads.get(key)
        if pending is None:
            pending = asyncio.get_running_loop().create_future()
            self._uploads[key] = pending
            try:
                found = self.journal.uploaded(key, time.time() - _UPLOAD_REUSE_SECONDS)
                if found is None:
                    found = await self.client.v1.files.upload_file(path)
                    self.journal.remember_upload(key, found)
                pending.set_result(found)
            except BaseException as exc:
                del self._uploads[key]
                pending.set_exception(exc)
                pending.exception()  # retrieved: a later job retries the upload itself
                raise
        return await asyncio.shield(pending)


def _transient(exc: MagicHourError) -> bool:
    """A failure that a later try may not meet: rate limited, the server's fault, or the network's."""
    status = getattr(exc, "status_code", None)
    return isinstance(exc, APIConnectionError) or status == 429 or (isinstance(status, int) and status >= 500)


def _split_kwargs(
    method: Callable[..., Awaitable[Any]], body: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Fields `create()` names as arguments, and the rest (passed as extra_body)."""
    import inspect

    names = set(inspect.signature(method).parameters) - {"extra_body", "max_retries"}
    return {k: v for k, v in body.items() if k in names}, {k: v for k, v in body.items() if k not in names}


Phase = Literal["start", "upload", "create", "follow"]


async def arun(
    client: AsyncClient,
    journal: Journal,
    jobs: list[Job] | None,
    options: BatchOptions,
    *,
    checked: bool = False,
    source: str | os.PathLike[str] | None = None,
) -> BatchSummary:
    """Run (or resume, with `jobs=None`) a batch recorded in `journal`; writes the results files at the end.

    The jobs are checked first (every one, before any request) unless the caller already did (`checked`).
    `source`: the jobs file, which names the results files.
    """
    if jobs is not None:
        if not checked:
            check(jobs)
        fingerprint = digest(jobs)
        rows = [(j.key or "", j.module, dict(j.params)) for j in jobs]
        journal.add_jobs(fingerprint, str(options.output), rows, results_name(source, fingerprint))
    elif not journal.meta().get("digest"):
        raise ValidationError(f"The journal {journal.describe()} holds no batch; start one with `batch run`.")
    runner = Runner(client, journal, options)
    started = time.monotonic()
    undo = _on_ctrl_c(runner)
    try:
        await runner.run()
    except JournalLost as lost:  # no summary can be trusted to a lost journal: say what this run paid
        raise JournalLost(
            f"{lost} This run's creates that were answered were charged {runner.charged_here} credits; a create "
            "still in flight as it stopped may have been charged as well."
        ) from None
    finally:
        undo()
        summary = summarize(journal.records(), runner, time.monotonic() - started)
        write_results(journal.records(), options.output, journal.meta().get("results", RESULTS))
    return summary


#: The signals that stop a batch as Ctrl-C does (SIGTERM: `kill`, `docker stop`, systemd), and how they are named.
_STOP_SIGNALS = {signal.SIGINT: "Ctrl-C", signal.SIGTERM: "SIGTERM"}


def _on_ctrl_c(runner: Runner) -> Callable[[], None]:
    """Ctrl-C (or SIGTERM) once: stop creating, let creates in flight finish and record their ids. Twice: stop
    at once (creates still in flight are recorded as unknown). Only where signals can be handled (the main
    thread)."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    loop = asyncio.get_running_loop()
    saved = {signum: signal.getsignal(signum) for signum in _STOP_SIGNALS}

    def on_signal(name: str) -> None:
        if runner.stopping:
            runner.abort()
        else:
            runner.stop(f"interrupted ({name})")

    installed = []
    for signum, name in _STOP_SIGNALS.items():
        try:
            loop.add_signal_handler(signum, on_signal, name)
        except (NotImplementedError, RuntimeError, ValueError):
            continue
        installed.append(signum)

    def undo() -> None:
        for signum in installed:
            loop.remove_signal_handler(signum)
            signal.signal(signum, saved[signum])

    return undo
