"""The official SDK's own README examples for the modules that read rather than generate (the account, saved
items), sync and async, run against the sandbox with the official `magic-hour` package and with ours: the same
calls, answers with the same fields."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest
from magic_hour import _spec
from magic_hour.sandbox import Sandbox

from ._dropin_envs import module_file, official_python
from .test_dropin import _BLOCK, _results, _start

pytestmark = pytest.mark.timeout(900)

#: A call on a module, as the READMEs write them: `client.v1.<module>.<method>(`.
_CALL = re.compile(r"client\.v1\.(\w+)\.(\w+)\(")


def _readers(readmes: Path) -> dict[str, dict[str, str]]:
    """Module -> {"sync": code, "async": code} for each README of a module of our document that has no
    generate(): what is left are its reading calls (a singleton's, a list's)."""
    ours = {str(op["x-sdk-module"]) for _, _, op in _spec.operations() if op.get("x-sdk-method") in ("get", "list")}
    out: dict[str, dict[str, str]] = {}
    for readme in sorted(readmes.glob("*/README.md")):
        module = readme.parent.name
        text = readme.read_text(encoding="utf-8")
        if module not in ours or ".generate(" in text or "_projects" in module:
            continue
        for code in _BLOCK.findall(text):
            if _CALL.search(code):
                out.setdefault(module, {}).setdefault("async" if "await " in code else "sync", code)
    return out


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, dict[str, str]], dict[str, Any]]:
    official = official_python()
    readmes = Path(module_file(official, "magic_hour")).parent / "resources" / "v1"
    snippets = _readers(readmes)
    # Every module of our document that only reads (a singleton, a list) and that the official package documents.
    readers = {
        str(op["x-sdk-module"])
        for _, path, op in _spec.operations()
        if op.get("x-sdk-method") in ("get", "list") and "{" not in path
    }
    documented = {m for m in readers if (readmes / m / "README.md").exists()}
    assert documented and set(snippets) == documented, (snippets, documented)
    with Sandbox(render_seconds=0, balance=4321) as sandbox:
        started = {
            name: _start(python, snippets, tmp_path_factory.mktemp(f"readers-{name}"), {}, sandbox,
                         official=name == "official")
            for name, python in (("official", official), ("ours", Path(sys.executable)))
        }  # fmt: skip
        return snippets, {name: _results(proc) for name, proc in started.items()}


def test_the_official_reading_examples_run_with_both_sdks(runs: tuple[dict[str, dict[str, str]], Any]) -> None:
    snippets, results = runs
    for module, modes in snippets.items():
        for mode in modes:
            theirs, mine = results["official"][(module, mode)], results["ours"][(module, mode)]
            assert theirs["ok"], (module, mode, theirs.get("trace"))
            assert mine["ok"], (module, mode, mine.get("trace"))
            # The same fields, but for the official SDK's `type_` spelling of a field named like a builtin.
            assert {k.rstrip("_") for k in mine["keys"]} == {k.rstrip("_") for k in theirs["keys"]}, (module, mode)
