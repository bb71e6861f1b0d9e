"""`magic-hour mcp` over stdio, driven by the `mcp` package's own client, against a sandbox in this process."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio
import mcp_types as types
import pytest
from magic_hour.sandbox import Fault, Sandbox
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

from .conftest import TOKEN

REPO = Path(__file__).resolve().parents[1]
MAGIC_HOUR = str(Path(sys.executable).parent / "magic-hour")
ANY = types.ToolAnnotations()
HEADSHOT = "ai_headshot_generator"  # a generator that takes an image and has a price in the document


def _document() -> dict[str, Any]:
    return json.loads((REPO / "generated" / "magic_hour_api" / "openapi.json").read_text(encoding="utf-8"))


def _body(op: dict[str, Any]) -> dict[str, Any]:
    body: dict[str, Any] = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
    return body


def _generators(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The stored document's generators, read here on their own: operations whose answer links to a result."""
    found = {}
    for item in doc["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("responses", {}).get("200", {}).get("links", {}).get("result"):
                found[op["x-sdk-module"]] = op
    return found


@pytest.fixture
def folders(tmp_path: Path, samples: dict[str, Path]) -> dict[str, Path]:
    inputs, outputs, elsewhere = tmp_path / "in", tmp_path / "out", tmp_path / "elsewhere"
    for folder in (inputs, outputs, elsewhere):
        folder.mkdir()
    shutil.copy(samples["image"], inputs / "me.png")
    shutil.copy(samples["image"], elsewhere / "secret.png")
    (inputs / "link.png").symlink_to(elsewhere / "secret.png")
    return {"in": inputs, "out": outputs, "elsewhere": elsewhere}


@asynccontextmanager
async def _server(
    sandbox: Sandbox, folders: dict[str, Path], *flags: str, env: dict[str, str] | None = None
) -> AsyncIterator[ClientSession]:
    params = StdioServerParameters(
        command=MAGIC_HOUR,
        args=["mcp", "--allow-dir", str(folders["in"]), "--output-dir", str(folders["out"]), *flags],
        env={
            "MAGIC_HOUR_API_TOKEN": TOKEN,
            "MAGIC_HOUR_BASE_URL": sandbox.base_url,
            "MAGIC_HOUR_POLL_INTERVAL": "0.02",
            **(env or {}),
        },
        cwd=str(folders["in"]),
    )
    with open(folders["out"].parent / "server.log", "a") as errors:  # the server's stderr
        async with stdio_client(params, errlog=errors) as (read, write), ClientSession(read, write) as session:
            await session.initialize()
            yield session


def _data(result: Any) -> dict[str, Any]:
    assert isinstance(result, types.CallToolResult)
    assert isinstance(result.structured_content, dict)
    return result.structured_content


async def test_tools_are_the_documents_generators_with_their_prices(sandbox: Sandbox, folders: dict[str, Path]) -> None:
    expected = _generators(_document())
    async with _server(sandbox, folders) as session:
        tools = {tool.name: tool for tool in (await session.list_tools()).tools}
    generators = {
        name: tool for name, tool in tools.items() if tool.annotations and not tool.annotations.read_only_hint
    }
    assert set(generators) == set(expected)
    for name, tool in generators.items():
        assert tool.description is not None and "CHARGES CREDITS" in tool.description
        price = _body(expected[name]).get("x-pricing")
        if price:
            assert f"CHARGES CREDITS: {price['each']:g} credit" in tool.description
        assert tool.input_schema["type"] == "object"
        assert "$ref" not in json.dumps(tool.input_schema)
    readers = {name for name, tool in tools.items() if (tool.annotations or ANY).read_only_hint}
    assert {"video_projects_get", "video_projects_check_result", "spending"} <= readers
    assert readers.isdisjoint(expected)
    assert sandbox.requests == []  # listing asks the API nothing


async def test_generates_from_a_local_file_within_the_cap(sandbox: Sandbox, folders: dict[str, Path]) -> None:
    progress: list[tuple[float, str | None]] = []

    async def on_progress(done: float, total: float | None, message: str | None) -> None:
        progress.append((done, message))

    async with _server(sandbox, folders, "--max-credits", "60") as session:
        result = await session.call_tool(
            HEADSHOT, {"assets": {"image_file_path": "me.png"}}, progress_callback=on_progress
        )
        answer = _data(result)
        assert not result.is_error, answer
        assert answer["status"] == "complete" and answer["credits_charged"] == 50
        saved = [Path(p) for p in answer["saved_paths"]]
        assert saved and all(p.parent == folders["out"].resolve() and p.stat().st_size > 0 for p in saved)
        assert saved[0].read_bytes()[:4] in (b"\x89PNG", b"\xff\xd8\xff\xe0", b"\xff\xd8\xff\xdb", b"\xff\xd8\xff\xe1")
        assert [n for n, _ in progress] == sorted({n for n, _ in progress})  # increasing, as MCP requires
        lines = [m or "" for _, m in progress]
        assert any(line.startswith("uploading") for line in lines)
        assert any(f"project {answer['project_id']} created" in line for line in lines)
        assert any(line.startswith("downloading") for line in lines)

        got = _data(await session.call_tool("image_projects_get", {"id": answer["project_id"]}))
        assert got["id"] == answer["project_id"] and got["status"] == "complete"
        # The output folder may be read: one tool's output is the next one's input (5 credits: within the cap).
        chained = await session.call_tool("image_background_remover", {"assets": {"image_file_path": str(saved[0])}})
        assert not chained.is_error and Path(_data(chained)["saved_paths"][0]).parent == folders["out"].resolve()

        # Another headshot would pass the cap: refused before anything is sent.
        before, balance = len(sandbox.requests), sandbox.balance
        refused = await session.call_tool(HEADSHOT, {"assets": {"image_file_path": "me.png"}})
        assert refused.is_error
        message = _data(refused)["error"]
        assert "cap of 60 leaves 5" in message and "Nothing was sent or charged" in message
        assert len(sandbox.requests) == before and sandbox.balance == balance
        spending = _data(await session.call_tool("spending", {}))
        assert spending["credits_spent"] == 55 and spending["credits_left"] == 5
    assert sandbox.projects_created() == 2
    logged = (folders["out"].parent / "server.log").read_text()
    assert "spending cap 60 credits" in logged  # it does log...
    assert TOKEN not in logged and "/storage/" not in logged and "signature" not in logged  # ...never a secret


async def test_calls_at_once_share_the_cap(sandbox: Sandbox, folders: dict[str, Path]) -> None:
    answers: list[Any] = []
    async with _server(sandbox, folders, "--max-credits", "60") as session:

        async def headshot() -> None:
            answers.append(await session.call_tool(HEADSHOT, {"assets": {"image_file_path": "me.png"}}))

        async with anyio.create_task_group() as group:
            group.start_soon(headshot)
            group.start_soon(headshot)
    assert sorted(bool(answer.is_error) for answer in answers) == [False, True]
    assert sandbox.projects_created() == 1


@pytest.mark.parametrize("name", ["../elsewhere/secret.png", "link.png", "ELSEWHERE"])
async def test_a_path_outside_the_allowed_folders_is_refused(
    sandbox: Sandbox, folders: dict[str, Path], name: str
) -> None:
    path = str(folders["elsewhere"] / "secret.png") if name == "ELSEWHERE" else name
    async with _server(sandbox, folders) as session:
        result = await session.call_tool(HEADSHOT, {"assets": {"image_file_path": path}})
    assert result.is_error
    message = _data(result)["error"]
    assert "outside the folders this server may read" in message and "Nothing was uploaded or charged" in message
    assert str(folders["in"].resolve()) in message
    assert sandbox.requests == []


async def test_a_parameter_the_tool_lacks_or_needs_is_named(sandbox: Sandbox, folders: dict[str, Path]) -> None:
    async with _server(sandbox, folders) as session:
        extra = await session.call_tool(HEADSHOT, {"assets": {"image_file_path": "me.png"}, "download_directory": "/"})
        missing = await session.call_tool(HEADSHOT, {})
    assert extra.is_error and "no parameter 'download_directory'" in _data(extra)["error"]
    assert missing.is_error and "needs 'assets'" in _data(missing)["error"] and _data(missing)["charged"] == "no"
    assert sandbox.requests == []


async def test_a_lost_create_answer_may_have_been_charged_and_is_not_retried(
    sandbox: Sandbox, folders: dict[str, Path]
) -> None:
    sandbox.inject(Fault("create", "drop_after"))
    async with _server(sandbox, folders, env={"MAGIC_HOUR_MCP_MAX_CREDITS": "500"}) as session:
        result = await session.call_tool(HEADSHOT, {"assets": {"image_file_path": "me.png"}})
        spending = _data(await session.call_tool("spending", {}))
    assert result.is_error
    assert "may have been created and charged" in _data(result)["error"] and _data(result)["charged"] == "maybe"
    assert sandbox.projects_created() == 1  # made once, and not made again
    assert spending["max_credits"] == 500  # the cap from the environment
    assert spending["credits_spent"] == 50  # counted against the cap, as it may have been charged
    assert spending["may_have_been_charged"] and spending["projects_not_delivered"] == []


async def test_cancelling_stops_the_wait_and_the_project_is_resumed_without_paying_again(
    folders: dict[str, Path],
) -> None:
    with Sandbox(render_seconds=3600) as sandbox:  # never done while the test waits
        created = anyio.Event()
        ids: list[str] = []

        async def on_progress(done: float, total: float | None, message: str | None) -> None:
            if message and message.endswith("created"):  # "project <id> created"
                ids.append(message.split()[1])
                created.set()

        async with _server(sandbox, folders) as session:
            async with anyio.create_task_group() as group:

                async def call() -> None:
                    await session.call_tool(
                        HEADSHOT, {"assets": {"image_file_path": "me.png"}}, progress_callback=on_progress
                    )

                group.start_soon(call)
                await created.wait()
                group.cancel_scope.cancel()
            # Known from the moment the project was created, before the agent heard of it.
            spending = _data(await session.call_tool("spending", {}))
            [project_id] = ids
            [undelivered] = spending["projects_not_delivered"]
            assert project_id in undelivered and "image_projects_check_result" in undelivered
            sandbox.set_render_seconds(0)
            resumed = _data(await session.call_tool("image_projects_check_result", {"id": project_id}))
            after = _data(await session.call_tool("spending", {}))
        assert resumed["status"] == "complete" and resumed["saved_paths"]
        assert after["projects_not_delivered"] == []
        # The cancelled call ended (its hold released, the project counted as charged) and was not made again.
        assert after["credits_held"] == 0 and after["credits_spent"] == 50
        assert sandbox.projects_created() == 1


async def test_a_tool_without_a_price_is_refused_under_a_cap(sandbox: Sandbox, folders: dict[str, Path]) -> None:
    unpriced = sorted(name for name, op in _generators(_document()).items() if "x-pricing" not in _body(op))
    async with _server(sandbox, folders, "--max-credits", "1000") as session:
        tools = {tool.name: tool for tool in (await session.list_tools()).tools}
        assert "With this server's spending cap, it is refused" in (tools[unpriced[0]].description or "")
        needed = {name: {} for name in tools[unpriced[0]].input_schema.get("required", [])}
        result = await session.call_tool(unpriced[0], needed)
    assert result.is_error and "has no price in Magic Hour's API document" in _data(result)["error"]
    assert sandbox.requests == []


def test_a_new_operation_in_the_document_is_a_tool(tmp_path: Path) -> None:
    """Tools follow the document: a generator and a reading operation added to it are tools, nothing else edited."""
    from magic_hour.mcp import _tools
    from magic_hour.mcp._folders import Folders

    doc = _document()
    paths = doc["paths"]
    [item] = [i for i in paths.values() if i.get("post", {}).get("x-sdk-module") == HEADSHOT]
    copy = json.loads(json.dumps(item))
    copy["post"].update({"x-sdk-module": "ai_portrait_maker", "operationId": "aiPortraitMaker.create"})
    _body(copy["post"])["x-pricing"] = {"each": 7, "per": "output"}
    paths["/v1/ai-portrait-maker"] = copy
    account = {"summary": "Get account", "x-sdk-module": "account", "x-sdk-method": "get", "responses": {}}
    paths["/v1/account"] = {"get": account}
    tools = _tools.build(Folders.of([tmp_path], tmp_path / "out"), 100, doc)
    assert tools["ai_portrait_maker"].kind == "generate"
    assert "7 credits an output" in (tools["ai_portrait_maker"].tool.description or "")
    assert tools["ai_portrait_maker"].tool.input_schema == tools[HEADSHOT].tool.input_schema
    assert tools["account_get"].kind == "read" and tools["account_get"].tool.annotations.read_only_hint  # type: ignore[union-attr]


WITHOUT_MCP = "import sys\nsys.modules['mcp'] = None\n"


def test_the_cli_needs_the_mcp_package_only_to_serve() -> None:
    code = "import sys, json, magic_hour.cli\nmagic_hour.cli.build_parser()\nprint(json.dumps(list(sys.modules)))"
    built = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert built.returncode == 0, built.stderr
    loaded = {name.split(".")[0] for name in json.loads(built.stdout)}
    assert {"mcp", "mcp_types", "anyio", "pydantic"}.isdisjoint(loaded)
    serve = "from magic_hour.cli import main\nsys.exit(main(['mcp']))"
    served = subprocess.run([sys.executable, "-c", WITHOUT_MCP + serve], capture_output=True, text=True, check=False)
    assert served.returncode == 2 and "pip install '.[mcp]'" in served.stderr and "Traceback" not in served.stderr


def test_python_dash_m_lists_the_same_tools(tmp_path: Path) -> None:
    listed = [
        subprocess.run([*command, "--list-tools"], cwd=tmp_path, capture_output=True, text=True, check=True).stdout
        for command in ([MAGIC_HOUR, "mcp"], [sys.executable, "-m", "magic_hour.mcp"])
    ]
    assert listed[0] == listed[1] and "charges: 50 credits an output" in listed[0]
    assert not (tmp_path / "outputs").exists()  # a listing writes nothing


def test_the_root_folder_is_never_allowed(tmp_path: Path) -> None:
    started = subprocess.run(
        [MAGIC_HOUR, "mcp", "--output-dir", str(tmp_path)], cwd="/", stdin=subprocess.DEVNULL, capture_output=True,
        text=True, env={**os.environ, "MAGIC_HOUR_API_TOKEN": TOKEN},
    )  # fmt: skip
    assert started.returncode == 2 and "would let the tools read every file" in started.stderr


def test_without_a_token_the_server_says_so_and_stops(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if key != "MAGIC_HOUR_API_TOKEN"}
    started = subprocess.run(
        [MAGIC_HOUR, "mcp"], cwd=tmp_path, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True
    )
    assert started.returncode == 2 and "MAGIC_HOUR_API_TOKEN" in started.stderr and "Traceback" not in started.stderr
