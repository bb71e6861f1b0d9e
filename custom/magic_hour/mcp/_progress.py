"""The workflow's progress events as MCP progress notifications, in order, a few per step rather than per chunk."""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable

import anyio
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

from .._types import ProgressEvent

Send = Callable[[float, str], Awaitable[None]]


def describe(event: ProgressEvent) -> str | None:
    """A line for a milestone (a stage, a status, a quarter of a transfer); None for the chunks in between."""
    if event.stage == "creating":
        return "creating the project (credits are charged from here on)"
    if event.stage == "created":
        return f"project {event.project_id} created"
    if event.stage == "status":  # every poll: a line per 10 s keeps a client's request timeout from running out
        return f"project {event.project_id}: {event.status} ({10 * int(event.elapsed // 10)} s)"
    verb = "uploading" if event.stage == "upload" else "downloading"
    if not event.total:
        return f"{verb} {event.name}" if event.done == 0 else None
    quarter = 4 * event.done // event.total
    if event.done not in (0, event.total) and not quarter:
        return None
    return f"{verb} {event.name}: {25 * quarter}%"


class Forwarder:
    """Takes events from the engine (called synchronously on the event loop) and sends each new line, in order.

    Notifications must carry increasing progress values; each line counts one. A client that went away is
    the client's business: a failed send never fails the work.
    """

    def __init__(self, send: Send) -> None:
        self._send = send
        stream: tuple[MemoryObjectSendStream[str], MemoryObjectReceiveStream[str]]
        stream = anyio.create_memory_object_stream(math.inf)
        self._in, self._out = stream
        self._last: str | None = None

    def __call__(self, event: ProgressEvent) -> None:
        line = describe(event)
        if line is not None and line != self._last:
            self._last = line
            self._in.send_nowait(line)

    def close(self) -> None:
        self._in.close()

    async def run(self) -> None:
        """Send every line until close(); run it beside the work in a task group."""
        count = 0
        async with self._out:
            async for line in self._out:
                count += 1
                try:
                    await self._send(count, line)
                except Exception:  # the client went away or does not take progress: the work goes on
                    continue
