"""What the typed surface needs from the hand-written engine, declared here so generated code depends on nothing else.

Written by scripts/generate (copied from scripts/compiler/writers/surface_static/); do not edit. The `magic_hour`
package implements `Engine` and `AsyncEngine`: uploads, requests with retries, waiting, downloads.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, Literal, Protocol, TypeVar, cast

import attrs

from ..types import UNSET, Unset


@dataclass(frozen=True)
class Operation:
    """One API operation: its method and path (the key into openapi.json) and the generated code that sends it."""

    method: str
    path: str
    endpoint: str  # module with sync_detailed / asyncio_detailed
    body_model: str | None = None  # "module:Class" of the request body model
    follow: Operation | None = None  # the GET that a created project is followed with
    upload: Operation | None = None  # the upload-URLs operation, for the files a request names
    query: tuple[tuple[str, str], ...] = ()  # (name in the API, keyword of the endpoint function) per query parameter
    paging: tuple[str, str, str] | None = None  # a page's (items field, next-cursor field, cursor query parameter)


@dataclass(frozen=True)
class WaitOptions:
    """How generate() and check_result() wait and where they save outputs."""

    wait_for_completion: bool = True
    download_outputs: bool = True
    download_directory: str | os.PathLike[str] | None = None
    output_name: str | None = None
    poll_interval: float | None = None
    wait_timeout: float | Unset | None = UNSET
    on_progress: ProgressCallback | None = None
    max_retries: int | None = None


@attrs.frozen
class ProgressEvent:
    """One step of a workflow, for drawing progress.

    stage: ``upload`` (bytes of one file sent), ``creating`` (the create request is about to be sent: from now on
    a project may exist), ``created`` (it exists: `project_id` is set and credits are charged), ``status`` (its
    status as polled) or ``download`` (bytes of one output saved).
    `done` and `total` count bytes; `total` is None when unknown.
    """

    stage: Literal["upload", "creating", "created", "status", "download"]
    name: str
    done: int = 0
    total: int | None = None
    status: str | None = None
    project_id: str | None = None
    elapsed: float = 0.0


ProgressCallback = Callable[[ProgressEvent], None]

_T = TypeVar("_T")


@dataclass(frozen=True)
class RawResponse(Generic[_T]):
    """What `.with_raw_response` methods return: the HTTP status and headers beside the parsed body."""

    status_code: int
    headers: Mapping[str, str]
    parsed: _T
    content: bytes = b""

    def parse(self) -> _T:
        """The parsed body, as the plain method would have returned it."""
        return self.parsed


class SyncPage(Protocol[_T]):
    """What a `list()` returns: one page (`items`, `next_cursor`) that, iterated, walks every item of every page."""

    @property
    def items(self) -> list[_T]: ...

    @property
    def next_cursor(self) -> str | None: ...

    def __iter__(self) -> Iterator[_T]: ...

    def has_next_page(self) -> bool: ...

    def get_next_page(self) -> SyncPage[_T]: ...

    def iter_pages(self) -> Iterator[SyncPage[_T]]: ...


class AsyncPage(Protocol[_T]):
    """One page of an async `list()`: `items`, `next_cursor`; `async for` walks every item of every page."""

    @property
    def items(self) -> list[_T]: ...

    @property
    def next_cursor(self) -> str | None: ...

    def __aiter__(self) -> AsyncIterator[_T]: ...

    def has_next_page(self) -> bool: ...

    async def get_next_page(self) -> AsyncPage[_T]: ...

    def iter_pages(self) -> AsyncIterator[AsyncPage[_T]]: ...


class AsyncPager(Protocol[_T]):
    """What an async `list()` returns: `await` it for the first page, or `async for` every item of every page."""

    def __await__(self) -> Generator[Any, None, AsyncPage[_T]]: ...

    def __aiter__(self) -> AsyncIterator[_T]: ...


class Engine(Protocol):
    """Sends requests and runs the generate workflow (synchronous)."""

    def request(
        self,
        operation: Operation,
        *,
        path: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
        raw: bool = False,
    ) -> Any: ...

    def paginate(
        self,
        operation: Operation,
        *,
        path: Mapping[str, str] | None = None,
        query: Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Any: ...

    def generate(
        self, operation: Operation, body: Mapping[str, Any], options: WaitOptions
    ) -> tuple[Any, tuple[Path, ...]]: ...

    def check_result(
        self, operation: Operation, path: Mapping[str, str], options: WaitOptions
    ) -> tuple[Any, tuple[Path, ...]]: ...

    def upload_files(
        self,
        operation: Operation,
        files: Sequence[str | os.PathLike[str]],
        *,
        on_progress: ProgressCallback | None,
        max_retries: int | None,
    ) -> list[str]: ...


class AsyncEngine(Protocol):
    """Sends requests and runs the generate workflow (asynchronous)."""

    async def request(
        self,
        operation: Operation,
        *,
        path: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
        raw: bool = False,
    ) -> Any: ...

    def paginate(
        self,
        operation: Operation,
        *,
        path: Mapping[str, str] | None = None,
        query: Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Any: ...

    async def generate(
        self, operation: Operation, body: Mapping[str, Any], options: WaitOptions
    ) -> tuple[Any, tuple[Path, ...]]: ...

    async def check_result(
        self, operation: Operation, path: Mapping[str, str], options: WaitOptions
    ) -> tuple[Any, tuple[Path, ...]]: ...

    async def upload_files(
        self,
        operation: Operation,
        files: Sequence[str | os.PathLike[str]],
        *,
        on_progress: ProgressCallback | None,
        max_retries: int | None,
    ) -> list[str]: ...


def fields(extra_body: Mapping[str, Any] | None, given: Mapping[str, Any]) -> dict[str, Any]:
    """The request body: the fields given by their names in the API (UNSET ones left out), `extra_body` on top."""
    body = {key: value for key, value in given.items() if not isinstance(value, Unset)}
    if extra_body:
        body.update(extra_body)
    return body


def either(official: Any, plain: Any) -> Any:
    """The value of a parameter given under its official `_` spelling (`type_`) or its own name (`type`)."""
    return plain if isinstance(official, Unset) else official


_R = TypeVar("_R")


def extend_project(cls: type[_R], project: Any, paths: Sequence[str]) -> _R:
    """A result class instance holding every field of `project` plus the paths of the files saved."""
    values = {f.alias: getattr(project, f.name) for f in attrs.fields(type(project)) if f.init}
    make: Any = cls
    result = make(**values, downloaded_paths=paths)
    result.additional_properties = dict(project.additional_properties)
    return cast(_R, result)
