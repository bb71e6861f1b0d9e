"""The tools the server lists: one per generator, the reading ones, and the spending report, from `_model`."""

from __future__ import annotations

from typing import Any, Literal

import attrs
import mcp_types as types

from . import _model
from ._folders import Folders

Kind = Literal["generate", "read", "check_result", "spending"]
SPENDING = "spending"


class ToolClash(ValueError):
    """Two operations would be one tool; the spec needs another `x-sdk-module` for one of them."""


@attrs.frozen
class Entry:
    """A tool and what calling it runs."""

    tool: types.Tool
    kind: Kind
    generator: _model.Generator | None = None
    reader: _model.Reader | None = None


def _money(generator: _model.Generator, cap: int | None) -> str:
    if generator.price is None:
        stated = (
            "Magic Hour's API document states no fixed price for it (it depends on the inputs, such as the length "
            "of the clip)"
        )
        capped = " With this server's spending cap, it is refused." if cap is not None else ""
        return f"CHARGES CREDITS: {stated}.{capped}"
    capped = (
        f" Under this server's cap of {cap} credits in all, a call whose estimate does not fit is refused before "
        "anything is sent."
        if cap is not None
        else ""
    )
    return f"CHARGES CREDITS: {generator.price.words()} (Magic Hour's API document).{capped}"


def _generate(generator: _model.Generator, folders: Folders, cap: int | None) -> types.Tool:
    description = (
        f"{generator.title}. {_money(generator, cap)} Uploads the local files named, creates the project, waits "
        f"for it (progress notifications while it renders) and saves every output in {folders.output}; answers "
        "with the saved paths, the project id, its status and the credits charged. Local files must be inside "
        f"{folders.words()}.\n\n{generator.description}"
    )
    return types.Tool(
        name=generator.name,
        title=generator.title,
        description=description.strip(),
        input_schema=generator.input_schema,
        annotations=types.ToolAnnotations(
            title=generator.title,
            read_only_hint=False,
            destructive_hint=False,
            idempotent_hint=False,  # every call creates (and pays for) a new project
            open_world_hint=True,
        ),
    )


def _read(reader: _model.Reader) -> types.Tool:
    return types.Tool(
        name=reader.name,
        title=reader.title,
        description=f"{reader.title}. Only reads; charges nothing.\n\n{reader.description}".strip(),
        input_schema=reader.input_schema,
        annotations=types.ToolAnnotations(title=reader.title, read_only_hint=True, open_world_hint=True),
    )


def _check_result(reader: _model.Reader, folders: Folders) -> types.Tool:
    what = reader.module.replace("_", " ")
    schema: dict[str, Any] = {
        "type": "object",
        "properties": {"id": {"type": "string", "description": "the project id a generator tool answered with"}},
        "required": ["id"],
        "additionalProperties": False,
    }
    return types.Tool(
        name=_model.resume_tool(reader.module),
        title=f"{what.capitalize()}: wait for one by id and save its outputs",
        description=(
            f"Waits for the project ({what}) with this id to finish and saves its outputs in {folders.output}, without "
            "creating or paying for anything again: the way to resume a generation that was interrupted or "
            "timed out. Answers like the generator tools."
        ),
        input_schema=schema,
        annotations=types.ToolAnnotations(read_only_hint=True, idempotent_hint=True, open_world_hint=True),
    )


def _spending(cap: int | None) -> types.Tool:
    return types.Tool(
        name=SPENDING,
        title="Credits spent by this server",
        description=(
            "What this server has charged so far, what it holds for calls still running, what is left under its "
            f"spending cap ({'none set' if cap is None else f'{cap} credits'}), the projects created and charged "
            "whose outputs are not saved yet (after a cancelled or timed-out call: fetch them with the "
            "*_check_result tool named), and every create that may have been charged with no project id to show "
            "for it. Reads local state only."
        ),
        input_schema={"type": "object", "properties": {}, "additionalProperties": False},
        annotations=types.ToolAnnotations(read_only_hint=True, idempotent_hint=True, open_world_hint=False),
    )


def build(folders: Folders, cap: int | None, doc: dict[str, Any] | None = None) -> dict[str, Entry]:
    """Every tool by name; ToolClash when two would share one."""
    entries: dict[str, Entry] = {SPENDING: Entry(_spending(cap), "spending")}

    def add(entry: Entry) -> None:
        if entry.tool.name in entries:
            raise ToolClash(
                f"two operations would be the MCP tool {entry.tool.name!r}; give one another x-sdk-module in "
                "spec/overlay.yaml."
            )
        entries[entry.tool.name] = entry

    for generator in _model.generators(doc):
        add(Entry(_generate(generator, folders, cap), "generate", generator=generator))
    for reader in _model.readers(doc):
        add(Entry(_read(reader), "read", reader=reader))
        if reader.project:
            add(Entry(_check_result(reader, folders), "check_result", reader=reader))
    return entries


def listing(folders: Folders, cap: int | None, doc: dict[str, Any] | None = None) -> str:
    """Every tool on a line: its name, whether it charges (with the document's price) or only reads."""
    lines = []
    for name, entry in build(folders, cap, doc).items():
        if entry.generator is not None:
            price = entry.generator.price
            money = f"charges: {price.words()}" if price else "charges: no price in the document"
        else:
            money = "read-only"
        lines.append(f"{name:<34} {money:<48} {_model.clean(entry.tool.title, 60)}")
    return "\n".join(lines)
