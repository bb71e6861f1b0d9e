"""What a tool call runs: the SDK's own workflow, behind the folder rules and the spending cap.

Every call says what it cost. Before the create is sent nothing is charged; once a project exists it is
charged (less any refund); when the create was sent and its answer never came, it may have been charged, and
the ledger keeps it as spent and lists it, since the API has no idempotency key and a retry could pay twice.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import attrs

from .._client import AsyncClient
from .._errors import APIError, MagicHourError, ProjectFailedError
from .._types import ProgressCallback, ProgressEvent
from . import _model
from ._budget import Ledger
from ._folders import Folders
from ._progress import Forwarder, Send

log = logging.getLogger("magic_hour.mcp")


class ToolError(Exception):
    """A call that did not do what was asked; its message (with what it cost) goes to the agent as the answer."""

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message)
        self.details = details


@attrs.define
class _Stage:
    """How far a workflow got, from its progress events: what stopping it now would have cost."""

    stage: str = "start"
    project_id: str | None = None
    on_created: Callable[[str], None] | None = None

    def observe(self, event: ProgressEvent) -> None:
        if event.stage in ("creating", "created"):
            self.stage = event.stage
        if event.stage == "created" and event.project_id:
            self.project_id = event.project_id
            if self.on_created is not None:
                self.on_created(event.project_id)


@attrs.frozen
class _Cost:
    credits: int  # to count as spent
    words: str  # what to tell the agent, unless the error says it already
    charged: str  # "no", "maybe" or "yes"


def _kwargs(method: Callable[..., Any], arguments: Mapping[str, Any]) -> dict[str, Any]:
    """Arguments by the method's parameter names: a field named like one of generate()'s own options (or a
    Python keyword) has a `_` appended there, and must never set the option itself."""
    names = set(inspect.signature(method).parameters)
    return {(f"{key}_" if f"{key}_" in names else key): value for key, value in arguments.items()}


def _check_names(schema: Mapping[str, Any], arguments: Mapping[str, Any], tool: str) -> None:
    """Top-level parameters the tool lacks, or required ones missing: said before anything is read or sent."""
    known = schema.get("properties", {})
    extra = sorted(set(arguments) - set(known))
    if extra:
        raise ToolError(
            f"{tool} has no parameter {', '.join(map(repr, extra))}; it takes {', '.join(sorted(known)) or 'none'}. "
            "Nothing was sent or charged.",
            charged="no",
        )
    missing = [name for name in schema.get("required", ()) if name not in arguments]
    if missing:
        raise ToolError(
            f"{tool} needs {', '.join(map(repr, missing))}; see its input schema. Nothing was sent or charged.",
            charged="no",
        )


def outcome(result: Any, follow: str) -> dict[str, Any]:
    """What a finished workflow answers: saved paths, id, status, credits."""
    return {
        "project_id": _model.project_field(result, "id"),
        "status": str(_model.project_field(result, "status")),
        "credits_charged": _model.project_field(result, "credits_charged"),
        "saved_paths": list(getattr(result, "downloaded_paths", ())),
        "check_result_tool": _model.resume_tool(follow),
    }


@attrs.define
class Calls:
    """Runs tool calls against one client, within `folders` and under the `ledger`'s cap."""

    client: AsyncClient
    folders: Folders
    ledger: Ledger

    async def generate(self, generator: _model.Generator, arguments: Mapping[str, Any], send: Send) -> dict[str, Any]:
        args = dict(arguments)
        _check_names(generator.input_schema, args, generator.name)
        for where, value in list(_model.local_files(generator, args)):
            field = ".".join(map(str, where))
            try:
                args = _model.replace(args, where, str(self.folders.readable(value, field=field)))
            except ValueError as exc:
                raise ToolError(str(exc), charged="no") from None
        estimate = _model.estimate(generator, args)
        try:
            hold = self.ledger.reserve(generator.name, estimate)
        except ValueError as exc:
            raise ToolError(str(exc), charged="no", estimate=estimate) from None
        resume = _model.resume_tool(generator.follow)

        def created(project_id: str) -> None:  # before the agent hears of it: `spending` knows it from then on
            text = f"{generator.name}: project {project_id} was created and charged; {resume} saves its outputs"
            self.ledger.opened(project_id, text)

        stage = _Stage(on_created=created)
        method = self._resource(generator.module).generate
        try:
            result = await self._with_progress(
                lambda progress: method(
                    **_kwargs(method, args), download_directory=self.folders.output, on_progress=progress
                ),
                stage,
                send,
            )
        except BaseException as exc:
            cost = self._cost_of(exc, stage, generator, estimate)
            self.ledger.settle(hold, cost.credits)
            if isinstance(exc, asyncio.CancelledError):
                self._cancelled(generator.name, cost.words)
                raise
            if not isinstance(exc, Exception):
                raise
            raise ToolError(
                f"{_text(exc)} {cost.words}".strip(),
                charged=cost.charged,
                project_id=stage.project_id,
                check_result_tool=_model.resume_tool(generator.follow) if stage.project_id else None,
            ) from None
        credits = _model.project_field(result, "credits_charged")
        self.ledger.settle(hold, credits if isinstance(credits, int) else estimate or 0)
        self.ledger.delivered(str(stage.project_id))
        return outcome(result, generator.follow)

    def _cost_of(self, exc: BaseException, stage: _Stage, generator: _model.Generator, estimate: int | None) -> _Cost:
        """What a workflow that ended in `exc` cost, by how far it got (the SDK's own text says it too)."""
        said = str(exc)
        if stage.project_id is not None:
            if isinstance(exc, ProjectFailedError):  # its message states the credits left after the refund
                self.ledger.delivered(stage.project_id)  # it ended: there is nothing to fetch
                credits = _model.project_field(exc.project, "credits_charged")
                return _Cost(credits if isinstance(credits, int) else 0, "", "yes")
            return _Cost(
                estimate or 0,
                f"Project {stage.project_id} exists and was charged; it keeps rendering. Get its outputs with "
                f"{_model.resume_tool(generator.follow)} (id {stage.project_id}): that charges nothing again.",
                "yes",
            )
        if stage.stage == "creating" and not (isinstance(exc, APIError) and not exc.maybe_created):
            self.ledger.note(f"{generator.name}: the create was sent and no project id came back")
            words = (
                "It counts as spent against the cap (see the spending tool)."
                if "may have been created" in said
                else "The create request was sent and no project id came back, so a project may have been created "
                "and charged; it was not retried. Check the Magic Hour projects before calling this tool again."
            )
            return _Cost(estimate or 0, words, "maybe")
        return _Cost(0, "" if "charged" in said else "Nothing was charged.", "no")

    def _cancelled(self, tool: str, money: str) -> None:
        """A cancelled call gets no answer (MCP): what it may have cost goes to the log and the `spending` tool."""
        log.warning("%s was cancelled. %s", tool, money)

    async def check_result(self, reader: _model.Reader, arguments: Mapping[str, Any], send: Send) -> dict[str, Any]:
        project_id = arguments.get("id")
        if not isinstance(project_id, str) or not project_id:
            raise ToolError("id must be the project id a generator tool answered with. Nothing was sent.")
        module = self._resource(reader.module)
        try:
            result = await self._with_progress(
                lambda progress: module.check_result(
                    id=project_id, download_directory=self.folders.output, on_progress=progress
                ),
                _Stage(),
                send,
            )
        except asyncio.CancelledError:
            log.warning("waiting for %s was cancelled; it charged nothing", project_id)
            raise
        except MagicHourError as exc:
            if isinstance(exc, ProjectFailedError):
                self.ledger.delivered(project_id)
            raise ToolError(f"{_text(exc)} Checking charged nothing.", project_id=project_id) from None
        self.ledger.delivered(project_id)
        return outcome(result, reader.module)

    async def read(self, reader: _model.Reader, arguments: Mapping[str, Any]) -> dict[str, Any]:
        _check_names(reader.input_schema, arguments, reader.name)
        method = getattr(self._resource(reader.module), reader.method)
        try:
            answer = await method(**_kwargs(method, arguments))
        except MagicHourError as exc:
            raise ToolError(f"{_text(exc)} Reading charged nothing.") from None
        return dict(answer.to_dict()) if hasattr(answer, "to_dict") else {"answer": answer}

    def _resource(self, module: str) -> Any:
        """`client.v1.<module>`, nested modules (`files.upload_urls`) included."""
        found: Any = self.client.v1
        for part in module.split("."):
            found = getattr(found, part)
        return found

    async def _with_progress(
        self, work: Callable[[ProgressCallback], Awaitable[Any]], stage: _Stage, send: Send
    ) -> Any:
        forward = Forwarder(send)

        def observe(event: ProgressEvent) -> None:
            stage.observe(event)
            forward(event)

        sender = asyncio.ensure_future(forward.run())
        try:
            result = await work(observe)
        except BaseException:
            sender.cancel()
            raise
        finally:
            forward.close()
        await sender  # the last lines go out before the answer
        return result


def _text(exc: BaseException) -> str:
    """An error as the agent reads it: the SDK's messages as they are, anything else with its kind (a disk's
    `PermissionError: ...`)."""
    text = str(exc) or type(exc).__name__
    return text if isinstance(exc, MagicHourError) else f"{type(exc).__name__}: {text}"
