"""Runs README snippets, one after another, in whichever Python runs this file; standard library only.

It is started by tests/test_dropin.py with the official SDK's environment or with this project's, reads a
JSON list of {"key", "code", "cwd", "async"} on stdin and prints one JSON line per snippet: whether it ran,
the result's status and its downloaded paths (dumped as JSON, as integrations do), or the error.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import textwrap
import time
import traceback
from typing import Any


def _run(code: str, is_async: bool) -> Any:
    namespace: dict[str, Any] = {"__name__": "__snippet__"}
    if not is_async:
        exec(compile(code, "<snippet>", "exec"), namespace)
        return namespace.get("res")
    wrapped = "async def __snippet__():\n" + textwrap.indent(code, "    ") + "\n    return res\n"
    exec(compile(wrapped, "<snippet>", "exec"), namespace)
    return asyncio.run(namespace["__snippet__"]())


def main() -> int:
    for item in json.load(sys.stdin):
        os.chdir(item["cwd"])
        out: dict[str, Any] = {"key": item["key"]}
        started = time.monotonic()
        try:
            res = _run(item["code"], item["async"])
            status = getattr(res, "status", None)
            out["status"] = status if status is None or isinstance(status, str) else str(status)
            out["paths"] = json.loads(json.dumps(list(getattr(res, "downloaded_paths", None) or [])))
            out["missing"] = [p for p in out["paths"] if not os.path.isfile(p)]
            dump = getattr(res, "model_dump", None) or getattr(res, "to_dict", None)
            out["keys"] = sorted(dump()) if callable(dump) else []
            out["ok"] = True
        except BaseException as exc:  # every failure is reported; the next snippet still runs
            out["ok"] = False
            out["error"] = f"{type(exc).__name__}: {exc}"
            out["trace"] = traceback.format_exc()[-3000:]
        out["seconds"] = round(time.monotonic() - started, 3)
        print(json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
