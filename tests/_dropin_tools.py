"""Calls every tool of `langchain-magic-hour` and `llama-index-tools-magic-hour`, sync and async, as an agent would.

Run by tests/test_dropin_integrations.py in an environment that has the integrations but not the official
SDK, so this SDK's `magic_hour` serves them. Standard library besides the integrations. argv: an image file
and a folder for downloads. Prints `{"magic_hour": <its file>}`, then one JSON line per call: the tool's
answer (parsed), or the exception it raised.
"""

from __future__ import annotations

import asyncio
import json
import sys
import traceback
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any


def _answer(raw: Any) -> dict[str, Any]:
    """A tool's answer as a dict: LangChain tools return JSON text, LlamaIndex ones a ToolOutput of a dict."""
    if getattr(raw, "is_error", False):
        raise RuntimeError(f"the tool reported an error: {getattr(raw, 'content', raw)}")
    raw = getattr(raw, "raw_output", raw)
    return json.loads(raw) if isinstance(raw, str) else dict(raw)


def _report(key: str, call: Callable[[], Any]) -> None:
    out: dict[str, Any] = {"key": key}
    try:
        result = call()
        answer = _answer(asyncio.run(result) if isinstance(result, Awaitable) else result)
        out.update(ok=True, answer=answer)
        out["missing"] = [p for p in answer.get("downloaded_paths", []) if not Path(p).is_file()]
    except Exception as exc:  # reported; the next tool still runs
        out.update(ok=False, error=f"{type(exc).__name__}: {exc}", trace=traceback.format_exc()[-3000:])
    print(json.dumps(out), flush=True)


def main() -> int:
    image, downloads = sys.argv[1], Path(sys.argv[2])
    import magic_hour

    print(json.dumps({"magic_hour": magic_hour.__file__}), flush=True)
    prompts = {
        "text_to_video": {"prompt": "a corgi surfing at sunset", "duration_seconds": 5},
        "image_to_video": {"image_url_or_path": image, "prompt": "she turns and smiles", "duration_seconds": 5},
        "generate_image": {"prompt": "a fox in the snow"},
    }

    from langchain_magic_hour import MagicHourToolkit

    for tool in MagicHourToolkit(download_dir=str(downloads / "langchain")).get_tools():
        kind = next(k for k in prompts if k in tool.name)
        _report(f"langchain {kind} sync", lambda tool=tool, kind=kind: tool.invoke(prompts[kind]))
        _report(f"langchain {kind} async", lambda tool=tool, kind=kind: tool.ainvoke(prompts[kind]))

    from llama_index.tools.magic_hour import MagicHourToolSpec

    spec = MagicHourToolSpec(download_outputs=True, download_directory=str(downloads / "llama"))
    for tool in spec.to_tool_list():  # one tool per (sync, async) pair of spec_functions
        kind = str(tool.metadata.name)
        _report(f"llama {kind} sync", lambda tool=tool, kind=kind: tool.call(**prompts[kind]))
        _report(f"llama {kind} async", lambda tool=tool, kind=kind: tool.acall(**prompts[kind]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
