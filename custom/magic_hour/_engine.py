"""The engine behind every generated SDK method: requests with retries, uploads, waiting and downloads.

`SyncEngine` and `AsyncEngine` implement the protocols that `magic_hour_api.sdk` declares. They differ only in
how they send and wait; every decision (what to check, upload, poll, save, and say) is made once, in
`_workflow`. Nothing here names an operation of the API: the generated surface passes an `Operation`, and
what it means is read from the spec.
"""

from __future__ import annotations

import importlib
import os
import time
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import httpx
from magic_hour_api.sdk import Operation, ProgressCallback, ProgressEvent, RawResponse, WaitOptions
from magic_hour_api.types import Unset

from . import _spec, _transfer
from ._errors import (
    APIResponseValidationError,
    DownloadError,
    MagicHourError,
    NotFoundError,
    ValidationError,
    redacted,
)
from ._files import LocalFile, inspect
from ._pagination import AsyncCursorPager, SyncCursorPage
from ._requests import Call, _policy
from ._workflow import (
    Plan,
    Wait,
    check_options,
    check_project_id,
    hint_other_family,
    note_create_interrupted,
    outputs_to_save,
    owned_by_project,
    plan_body,
    wait_for,
)

if TYPE_CHECKING:
    from ._client import AsyncClient, Client


@cache
def _endpoint(operation: Operation) -> Any:
    return importlib.import_module(operation.endpoint)


@cache
def _body_model(operation: Operation) -> Any:
    module, _, name = (operation.body_model or "").partition(":")
    return getattr(importlib.import_module(module), name)


def _call(operation: Operation, path: Mapping[str, str]) -> Call:
    """The label and retry class of a request: anything but a create may be sent twice without harm."""
    op = _spec.operation(operation.method, operation.path)
    creates = operation.method == "POST" and op.get("x-sdk-role") != "upload-urls"
    return Call(f"{operation.method} {operation.path.format(**path)}", idempotent=not creates)


def _explain(exc: BaseException, call: Call, operation: Operation, path: Mapping[str, str]) -> None:
    """Say what the exception a request ended with means here; it is raised on as it is, type and all.

    A create cut short by a cancellation, a timeout or Ctrl-C may still have made a project; a 404 for a
    project id may be a project of another kind.
    """
    if not call.idempotent and not isinstance(exc, MagicHourError):
        note_create_interrupted(exc, call.what)
    elif isinstance(exc, NotFoundError) and operation.method == "GET" and "id" in path:
        op = _spec.operation(operation.method, operation.path)
        if "x-sdk-project" in op:
            hint_other_family(exc, _spec.sdk_module(op), path["id"])


def _kwargs(
    operation: Operation,
    path: Mapping[str, str],
    body: Mapping[str, Any] | None,
    query: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {name: check_project_id(value) for name, value in path.items()}
    if query:
        known = dict(operation.query)
        unknown = sorted(set(query) - set(known))
        if unknown:
            raise ValidationError(f"{operation.method} {operation.path} takes no query parameter {unknown[0]!r}.")
        kwargs.update((known[name], value) for name, value in query.items() if not isinstance(value, Unset))
    if body is not None and operation.body_model:
        kwargs["body"] = _body_model(operation).from_dict(dict(body))
    return kwargs


@cache
def _create_call(operation: Operation) -> Call:
    """generate()'s create is sent as plain JSON, its body already checked against the schema (`plan_body`), and
    only the project's id is read from the answer (`_created_id`): building the generated body model and parsing
    the answer's model cost a tenth of the client's CPU per generate(), and importing the generated endpoint with
    its models a sixth of a process's first one. `create()` still answers with the typed model. The create is
    never retried: it is not idempotent, whichever way it is sent."""
    return _call(operation, {})


def _upload_request(files: list[LocalFile]) -> dict[str, Any]:
    return {"items": [{"type": f.asset_type, "extension": f.extension} for f in files]}


def _upload_urls_call(operation: Operation) -> Call:
    """The upload-URLs exchange is sent as plain JSON (the engine reads its answer itself, `_upload_slots`): the
    generated endpoint and its eight response models took 20 ms to import, half of a process's first upload."""
    return Call(f"{operation.method} {operation.path}", idempotent=True)


def _upload_slots(response: httpx.Response, wanted: int) -> list[tuple[str, str]]:
    """(upload URL, file path) per file, checked to be one per file asked for."""
    try:
        data = response.json()
    except ValueError:
        data = None
    items = data.get("items") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise APIResponseValidationError("The API's answer to the upload-URLs request has no items; try again.")
    if len(items) != wanted:
        raise APIResponseValidationError(f"The API returned {len(items)} upload URLs for {wanted} files; try again.")
    slots = [(item.get("upload_url"), item.get("file_path")) for item in items if isinstance(item, dict)]
    checked = [(url, path) for url, path in slots if isinstance(url, str) and isinstance(path, str)]
    if len(checked) != wanted:
        raise APIResponseValidationError("The API's upload URLs lack upload_url or file_path; try again.")
    return checked


def _created_id(response: httpx.Response, what: str) -> str:
    """The id of the project a create answered 200 to, read from the JSON (generate() needs nothing else of it)."""
    try:
        data = response.json()
    except ValueError:
        data = None
    project_id = data.get("id") if isinstance(data, dict) else None
    if not isinstance(project_id, str) or not project_id:
        error = APIResponseValidationError(
            f"{what} returned a body that does not match the API reference (no project id). A project may have "
            "been created and charged: check your Magic Hour projects before creating it again. If this persists, "
            "the SDK may need regenerating for a newer API."
        )
        error.request = redacted(response.request)
        raise error
    return project_id


def _locals(files: Any) -> list[LocalFile]:
    """Every file checked before any is uploaded (a path, or a binary file object)."""
    if isinstance(files, str | bytes | os.PathLike) or not isinstance(files, Sequence) or not files:
        raise ValidationError("files must be a non-empty list of paths.")
    for file in files:
        if not isinstance(file, str | os.PathLike) and not hasattr(file, "read"):
            raise ValidationError(f"file must be a path or a binary file object, not {type(file).__name__}.")
    return [inspect(file, field="file", asset_type=None) for file in files]


def _raw(response: Any) -> RawResponse[Any]:
    """The generated client's response as the SDK's RawResponse (the Authorization header never was in it)."""
    return RawResponse(int(response.status_code), dict(response.headers), response.parsed, bytes(response.content))


def _resume_module(follow: Operation) -> str:
    """The SDK module whose check_result() picks up a project followed with `follow`."""
    return _spec.project_rules(follow.method, follow.path).module


def _progress(
    progress: ProgressCallback | None,
    stage: Literal["creating", "created"],
    project_id: str | None,
    elapsed: float = 0.0,
) -> None:
    """`created` carries the seconds the create request took."""
    if progress:
        progress(ProgressEvent(stage, project_id or "", project_id=project_id, elapsed=elapsed))


class SyncEngine:
    """The engine of `Client`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def request(
        self,
        operation: Operation,
        *,
        path: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
        raw: bool = False,
    ) -> Any:
        checked = plan_body(operation, body, uploads_allowed=False).body if body is not None else None
        return self._send(operation, path or {}, checked, max_retries, raw=raw, query=query)

    def paginate(
        self,
        operation: Operation,
        *,
        path: Mapping[str, str] | None = None,
        query: Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Any:
        """The first page of a list; each later one is asked for with the cursor the last gave."""
        where, asked = dict(path or {}), dict(query)
        param = operation.paging[2] if operation.paging else None

        def fetch(cursor: str | None) -> Any:
            given = {**asked, param: cursor} if param is not None and cursor is not None else asked
            return self._send(operation, where, None, max_retries, query=given)

        first = asked.get(param) if param is not None and isinstance(asked.get(param), str) else None
        return SyncCursorPage(fetch, fetch(first), operation.paging)

    def _send(
        self,
        operation: Operation,
        path: Mapping[str, str],
        body: Mapping[str, Any] | None,
        max_retries: int | None,
        *,
        raw: bool = False,
        query: Mapping[str, Any] | None = None,
    ) -> Any:
        kwargs = _kwargs(operation, path, body, query)
        send = _endpoint(operation).sync_detailed
        api = self._client._api
        call = _call(operation, path)
        try:
            result = self._client._requester.call(
                call, lambda: send(client=api, **kwargs), max_retries=max_retries, raw=raw
            )
        except BaseException as exc:
            _explain(exc, call, operation, path)
            raise
        return _raw(result) if raw else result

    def upload_files(
        self,
        operation: Operation,
        files: Sequence[str | os.PathLike[str]],
        *,
        on_progress: ProgressCallback | None,
        max_retries: int | None,
    ) -> list[str]:
        return self._upload(operation, _locals(files), on_progress, max_retries)

    def _upload(
        self, operation: Operation, files: list[LocalFile], progress: ProgressCallback | None, max_retries: int | None
    ) -> list[str]:
        """Upload checked files after one upload-URLs request; returns their file paths in order."""
        http, body = self._client._http, _upload_request(files)
        answer = self._client._requester.call(
            _upload_urls_call(operation),
            lambda: http.request(operation.method, operation.path, json=body),
            max_retries=max_retries,
            raw=True,
        )
        slots = _upload_slots(answer, len(files))
        policy = _policy(self._client._settings.retry, max_retries)
        for local, (url, _) in zip(files, slots, strict=True):
            _transfer.upload(self._client._http, url, local, policy, progress)
        return [file_path for _, file_path in slots]

    def generate(
        self, operation: Operation, body: Mapping[str, Any], options: WaitOptions
    ) -> tuple[Any, tuple[Path, ...]]:
        directory = check_options(self._client._settings.wait, options)
        plan = plan_body(operation, body, uploads_allowed=True)
        assert operation.follow is not None, "generate() needs an operation whose result is followed"
        if plan.uploads:
            assert operation.upload is not None, "this operation takes files but has no upload operation"
            files = [local for _, local in plan.uploads]
            plan = Plan(plan.body_with(self._upload(operation.upload, files, options.on_progress, options.max_retries)))
        _progress(options.on_progress, "creating", None)
        created, sent = None, time.monotonic()
        try:
            created = self._create(operation, plan.body, options.max_retries)
            _progress(options.on_progress, "created", created, time.monotonic() - sent)
            return self._follow(operation.follow, created, directory, options, just_created=True)
        except BaseException as exc:
            if created is None:  # the create itself failed: its error (or note) says whether it may have charged
                raise
            raise owned_by_project(exc, created, _resume_module(operation.follow)) from exc.__cause__

    def _create(self, operation: Operation, body: Mapping[str, Any], max_retries: int | None) -> str:
        """Send generate()'s create as the checked JSON body and return the project's id (`_create_call`)."""
        http, call = self._client._http, _create_call(operation)
        try:
            answer = self._client._requester.call(
                call,
                lambda: http.request(operation.method, operation.path, json=body),
                max_retries=max_retries,
                raw=True,
            )
        except BaseException as exc:
            _explain(exc, call, operation, {})
            raise
        return _created_id(answer, call.what)

    def check_result(
        self, operation: Operation, path: Mapping[str, str], options: WaitOptions
    ) -> tuple[Any, tuple[Path, ...]]:
        directory = check_options(self._client._settings.wait, options)
        (project_id,) = (check_project_id(value) for value in path.values())
        return self._follow(operation, project_id, directory, options, just_created=False)

    def _follow(
        self, operation: Operation, project_id: str, directory: Path | None, options: WaitOptions, *, just_created: bool
    ) -> tuple[Any, tuple[Path, ...]]:
        rules = _spec.project_rules(operation.method, operation.path)
        wait = Wait(project_id, wait_for(self._client._settings.wait, options), rules, options.on_progress)
        path = {"id": project_id}
        try:
            if just_created and options.wait_for_completion:
                time.sleep(wait.next_delay())  # a project is never done the moment it is created
            project = self._send(operation, path, None, options.max_retries)
            while not wait.seen(project) and options.wait_for_completion:
                time.sleep(wait.next_delay())
                project = self._send(operation, path, None, options.max_retries)
        except KeyboardInterrupt as exc:
            raise owned_by_project(exc, project_id, rules.module) from None
        policy = _policy(self._client._settings.retry, options.max_retries)
        saved = []
        try:
            for url, name in outputs_to_save(project, rules, directory, options.output_name):
                assert directory is not None
                http = self._client._http
                earlier = _transfer.saved_before(http, url, directory, name)  # a wait run again: found, not copied
                saved.append(
                    earlier
                    or _transfer.download(
                        self._client._http,
                        url,
                        directory,
                        name=name,
                        policy=policy,
                        progress=options.on_progress,
                        project_id=project_id,
                    )
                )
        except DownloadError as exc:
            raise owned_by_project(exc, project_id, rules.module) from exc.__cause__
        return project, tuple(saved)


class AsyncEngine:
    """The engine of `AsyncClient`: the same decisions, awaited; uploads of one request run concurrently."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def request(
        self,
        operation: Operation,
        *,
        path: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
        raw: bool = False,
    ) -> Any:
        checked = plan_body(operation, body, uploads_allowed=False).body if body is not None else None
        return await self._send(operation, path or {}, checked, max_retries, raw=raw, query=query)

    def paginate(
        self,
        operation: Operation,
        *,
        path: Mapping[str, str] | None = None,
        query: Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Any:
        """The first page of a list, sent when awaited or iterated; each later page is asked for with the cursor
        the last one gave."""
        where, asked = dict(path or {}), dict(query)
        param = operation.paging[2] if operation.paging else None

        async def fetch(cursor: str | None) -> Any:
            given = {**asked, param: cursor} if param is not None and cursor is not None else asked
            return await self._send(operation, where, None, max_retries, query=given)

        first = asked.get(param) if param is not None and isinstance(asked.get(param), str) else None
        return AsyncCursorPager(fetch, first, operation.paging)

    async def _send(
        self,
        operation: Operation,
        path: Mapping[str, str],
        body: Mapping[str, Any] | None,
        max_retries: int | None,
        *,
        raw: bool = False,
        query: Mapping[str, Any] | None = None,
    ) -> Any:
        kwargs = _kwargs(operation, path, body, query)
        send = _endpoint(operation).asyncio_detailed
        # Every workflow's first request comes through here, before any upload or download uses the pool.
        await self._client._bind_to_running_loop()
        api = self._client._api
        call = _call(operation, path)
        try:
            result = await self._client._requester.call(
                call, lambda: send(client=api, **kwargs), max_retries=max_retries, raw=raw
            )
        except BaseException as exc:
            _explain(exc, call, operation, path)
            raise
        return _raw(result) if raw else result

    async def upload_files(
        self,
        operation: Operation,
        files: Sequence[str | os.PathLike[str]],
        *,
        on_progress: ProgressCallback | None,
        max_retries: int | None,
    ) -> list[str]:
        return await self._upload(operation, _locals(files), on_progress, max_retries)

    async def _upload(
        self, operation: Operation, files: list[LocalFile], progress: ProgressCallback | None, max_retries: int | None
    ) -> list[str]:
        """Upload checked files concurrently after one upload-URLs request; returns their file paths in order."""
        import asyncio

        await self._client._bind_to_running_loop()
        http, body = self._client._http, _upload_request(files)
        answer = await self._client._requester.call(
            _upload_urls_call(operation),
            lambda: http.request(operation.method, operation.path, json=body),
            max_retries=max_retries,
            raw=True,
        )
        slots = _upload_slots(answer, len(files))
        policy = _policy(self._client._settings.retry, max_retries)
        # Uploads read their file concurrently, except those of one file object: they share its read position.
        lines: dict[int, list[tuple[LocalFile, str]]] = {}
        for local, (url, _) in zip(files, slots, strict=True):
            lines.setdefault(id(local.fileobj) if local.fileobj is not None else id(local), []).append((local, url))

        async def upload_in_turn(line: list[tuple[LocalFile, str]]) -> None:
            for local, url in line:
                await _transfer.aupload(self._client._http, url, local, policy, progress)

        await asyncio.gather(*(upload_in_turn(line) for line in lines.values()))
        return [file_path for _, file_path in slots]

    async def generate(
        self, operation: Operation, body: Mapping[str, Any], options: WaitOptions
    ) -> tuple[Any, tuple[Path, ...]]:
        directory = check_options(self._client._settings.wait, options)
        plan = plan_body(operation, body, uploads_allowed=True)
        assert operation.follow is not None, "generate() needs an operation whose result is followed"
        if plan.uploads:
            assert operation.upload is not None, "this operation takes files but has no upload operation"
            files = [local for _, local in plan.uploads]
            paths = await self._upload(operation.upload, files, options.on_progress, options.max_retries)
            plan = Plan(plan.body_with(paths))
        _progress(options.on_progress, "creating", None)
        created, sent = None, time.monotonic()
        try:
            created = await self._create(operation, plan.body, options.max_retries)
            _progress(options.on_progress, "created", created, time.monotonic() - sent)
            return await self._follow(operation.follow, created, directory, options, just_created=True)
        except BaseException as exc:
            if created is None:  # the create itself failed: its error (or note) says whether it may have charged
                raise
            raise owned_by_project(exc, created, _resume_module(operation.follow)) from exc.__cause__

    async def _create(self, operation: Operation, body: Mapping[str, Any], max_retries: int | None) -> str:
        """See `SyncEngine._create`."""
        await self._client._bind_to_running_loop()
        http, call = self._client._http, _create_call(operation)
        try:
            answer = await self._client._requester.call(
                call,
                lambda: http.request(operation.method, operation.path, json=body),
                max_retries=max_retries,
                raw=True,
            )
        except BaseException as exc:
            _explain(exc, call, operation, {})
            raise
        return _created_id(answer, call.what)

    async def check_result(
        self, operation: Operation, path: Mapping[str, str], options: WaitOptions
    ) -> tuple[Any, tuple[Path, ...]]:
        directory = check_options(self._client._settings.wait, options)
        (project_id,) = (check_project_id(value) for value in path.values())
        return await self._follow(operation, project_id, directory, options, just_created=False)

    async def _follow(
        self, operation: Operation, project_id: str, directory: Path | None, options: WaitOptions, *, just_created: bool
    ) -> tuple[Any, tuple[Path, ...]]:
        import asyncio

        rules = _spec.project_rules(operation.method, operation.path)
        wait = Wait(project_id, wait_for(self._client._settings.wait, options), rules, options.on_progress)
        path = {"id": project_id}
        try:
            if just_created and options.wait_for_completion:
                await asyncio.sleep(wait.next_delay())  # a project is never done the moment it is created
            project = await self._send(operation, path, None, options.max_retries)
            while not wait.seen(project) and options.wait_for_completion:
                await asyncio.sleep(wait.next_delay())
                project = await self._send(operation, path, None, options.max_retries)
        except KeyboardInterrupt as exc:
            raise owned_by_project(exc, project_id, rules.module) from None
        policy = _policy(self._client._settings.retry, options.max_retries)
        saved = []
        try:
            for url, name in outputs_to_save(project, rules, directory, options.output_name):
                assert directory is not None
                http = self._client._http
                earlier = await _transfer.asaved_before(http, url, directory, name)
                saved.append(
                    earlier
                    or await _transfer.adownload(
                        self._client._http,
                        url,
                        directory,
                        name=name,
                        policy=policy,
                        progress=options.on_progress,
                        project_id=project_id,
                    )
                )
        except DownloadError as exc:
            raise owned_by_project(exc, project_id, rules.module) from exc.__cause__
        return project, tuple(saved)
