"""The MCP server: lists the tools `_tools` derives from the spec and answers calls through `_calls`."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import mcp_types as types
from mcp.server.context import ServerRequestContext
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

from .._client import AsyncClient
from .._version import __version__
from . import _tools
from ._budget import Ledger
from ._calls import Calls, ToolError
from ._folders import Folders

log = logging.getLogger("magic_hour.mcp")

_INSTRUCTIONS = (
    "Magic Hour's generators as tools: each takes local files (inside the folders this server may read), URLs "
    "or api-assets/... paths, runs the whole job and answers with the saved output files. Tools that charge "
    "credits say so and state the document's price; read-only tools charge nothing. A call interrupted after "
    "its project was created is resumed with the matching *_check_result tool, never by calling the generator "
    "again. The `spending` tool tells what this server has spent and what may have been charged."
)


def _answer(data: dict[str, Any], *, error: bool = False) -> types.CallToolResult:
    return types.CallToolResult(
        content=[types.TextContent(text=json.dumps(data, indent=2, default=str))],
        structured_content=data,
        is_error=error,
    )


def build(folders: Folders, cap: int | None, client: AsyncClient, doc: dict[str, Any] | None = None) -> Server[Any]:
    """The server, its tools derived from `doc` (default: the spec the SDK ships); it closes `client` at the end."""
    entries = _tools.build(folders, cap, doc)
    ledger = Ledger(cap)
    listed = types.ListToolsResult(tools=[entry.tool for entry in entries.values()])

    @asynccontextmanager
    async def lifespan(_: Server[Any]) -> AsyncIterator[dict[str, Any]]:
        async with client:
            yield {"calls": Calls(client, folders, ledger)}

    async def list_tools(
        ctx: ServerRequestContext[Any], params: types.PaginatedRequestParams | None
    ) -> types.ListToolsResult:
        return listed

    async def call_tool(ctx: ServerRequestContext[Any], params: types.CallToolRequestParams) -> types.CallToolResult:
        entry = entries.get(params.name)
        if entry is None:
            return _answer({"error": f"no tool {params.name!r}; list the tools for their names."}, error=True)
        calls: Calls = ctx.lifespan_context["calls"]
        arguments = dict(params.arguments or {})

        async def send(progress: float, message: str) -> None:
            await ctx.session.report_progress(progress, None, message)

        try:
            if entry.kind == "generate":
                assert entry.generator is not None
                return _answer(await calls.generate(entry.generator, arguments, send))
            if entry.kind == "check_result":
                assert entry.reader is not None
                return _answer(await calls.check_result(entry.reader, arguments, send))
            if entry.kind == "read":
                assert entry.reader is not None
                return _answer(await calls.read(entry.reader, arguments))
            return _answer(ledger.summary())
        except ToolError as exc:
            details = {key: value for key, value in exc.details.items() if value is not None}
            return _answer({"error": str(exc), **details, "spending": ledger.summary()}, error=True)

    return Server(
        "magic-hour",
        version=__version__,
        title="Magic Hour",
        instructions=_INSTRUCTIONS,
        lifespan=lifespan,
        on_list_tools=list_tools,
        on_call_tool=call_tool,
    )


async def serve(server: Server[Any]) -> None:
    """Serve one client over this process's stdin and stdout until it goes away."""
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())
