"""Pages of a `list()`: iterate one to walk every item of every page, as openai-python's cursor pages do.

The paging rule is found once, in the spec (`x-sdk-pagination`: the items field, the next-cursor field and the
query parameter that takes it back); the generated surface passes it in `Operation.paging`, so nothing here
names an operation. A page also answers as the API's own answer does (`page.items`, `page.next_cursor`,
`page.to_dict()`), which is what code written for the official SDK reads.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

from magic_hour_api.types import Unset

from ._errors import APIResponseValidationError

_T = TypeVar("_T")

#: (items field, next-cursor field, cursor query parameter), or None for a list the API answers in one piece.
Paging = tuple[str, str, str] | None


def _items(answer: Any, paging: Paging) -> list[Any]:
    if paging is None:
        return list(answer) if isinstance(answer, list) else []
    value = getattr(answer, paging[0], None)
    return list(value) if isinstance(value, list) else []


def _next_cursor(answer: Any, paging: Paging) -> str | None:
    if paging is None:
        return None
    value = getattr(answer, paging[1], None)
    return value if isinstance(value, str) and value else None


class _Page:
    """What both page kinds share: the answer, its items, and where the next page starts."""

    def __init__(self, answer: Any, paging: Paging, seen: frozenset[str]) -> None:
        self._answer = answer
        self._paging = paging
        self._seen = seen  # cursors already followed: an answer that sends one back would loop forever

    @property
    def items(self) -> list[Any]:
        """This page's items."""
        return _items(self._answer, self._paging)

    @property
    def next_cursor(self) -> str | None:
        """The cursor of the next page, or None on the last one."""
        return _next_cursor(self._answer, self._paging)

    def has_next_page(self) -> bool:
        return self.next_cursor is not None and bool(self.items)

    def next_page_info(self) -> dict[str, str] | None:
        """The query parameter that asks for the next page (`{"cursor": ...}`), or None on the last page."""
        cursor = self.next_cursor
        return {self._paging[2]: cursor} if cursor is not None and self._paging is not None else None

    def _next(self) -> str:
        cursor = self.next_cursor
        if cursor is None or not self.items:
            raise RuntimeError("This is the last page; check has_next_page() before get_next_page().")
        if cursor in self._seen:
            raise APIResponseValidationError(
                "The API answered a page with a cursor it had already given, so the list would never end; "
                "stop here or ask Magic Hour's support."
            )
        return cursor

    def to_dict(self) -> dict[str, Any]:
        to_dict = getattr(self._answer, "to_dict", None)
        return dict(to_dict()) if callable(to_dict) else {"items": self.items}

    def __getattr__(self, name: str) -> Any:
        # The rest of the API's answer (fields a newer document adds), as the official SDK's model has them.
        if name.startswith("_"):
            raise AttributeError(name)
        value = getattr(self._answer, name)
        if isinstance(value, Unset):
            raise AttributeError(name)
        return value

    def __repr__(self) -> str:
        more = f", next_cursor={self.next_cursor!r}" if self.next_cursor else ""
        return f"{type(self).__name__}(items=[{len(self.items)} items]{more})"


class SyncCursorPage(_Page, Generic[_T]):
    """One page of a list; `for item in page` goes on through every later page."""

    def __init__(
        self, fetch: Callable[[str | None], Any], answer: Any, paging: Paging, seen: frozenset[str] = frozenset()
    ) -> None:
        super().__init__(answer, paging, seen)
        self._fetch = fetch

    def get_next_page(self) -> SyncCursorPage[_T]:
        cursor = self._next()
        return SyncCursorPage(self._fetch, self._fetch(cursor), self._paging, self._seen | {cursor})

    def iter_pages(self) -> Iterator[SyncCursorPage[_T]]:
        page = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            yield page

    def __iter__(self) -> Iterator[_T]:
        for page in self.iter_pages():
            yield from page.items


class AsyncCursorPage(_Page, Generic[_T]):
    """One page of an async list; `async for item in page` goes on through every later page."""

    def __init__(
        self,
        fetch: Callable[[str | None], Awaitable[Any]],
        answer: Any,
        paging: Paging,
        seen: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(answer, paging, seen)
        self._fetch = fetch

    async def get_next_page(self) -> AsyncCursorPage[_T]:
        cursor = self._next()
        return AsyncCursorPage(self._fetch, await self._fetch(cursor), self._paging, self._seen | {cursor})

    async def iter_pages(self) -> AsyncIterator[AsyncCursorPage[_T]]:
        page = self
        yield page
        while page.has_next_page():
            page = await page.get_next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncCursorPager(Generic[_T]):
    """What an async `list()` returns before anything is sent: `await` it for the first page, or `async for`
    every item of every page."""

    def __init__(self, fetch: Callable[[str | None], Awaitable[Any]], first: str | None, paging: Paging) -> None:
        self._fetch = fetch
        self._first = first
        self._paging = paging

    async def _page(self) -> AsyncCursorPage[_T]:
        return AsyncCursorPage(self._fetch, await self._fetch(self._first), self._paging)

    def __await__(self) -> Generator[Any, None, AsyncCursorPage[_T]]:
        return self._page().__await__()

    async def __aiter__(self) -> AsyncIterator[_T]:
        page = await self._page()
        async for item in page:
            yield item
