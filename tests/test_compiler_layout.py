"""The compiler's shape: a folder per stage, each importing only from the stages before it, with no import circle.

Read from the source (ast), so a new module or import is checked the day it is written."""

from __future__ import annotations

import ast
from pathlib import Path

COMPILER = Path(__file__).resolve().parents[1] / "scripts" / "compiler"
STAGES = ["read", "correct", "model", "writers", "release"]  # in order; the package's top runs them all


def _module(path: Path) -> str:
    parts = path.relative_to(COMPILER.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """The `compiler.*` modules a file imports, anywhere in it (a function's own imports count too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "compiler":
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                is_module = (COMPILER.parent / candidate.replace(".", "/")).with_suffix(".py").exists()
                found.add(candidate if is_module else node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "compiler"}
    return found


def _graph() -> dict[str, set[str]]:
    return {_module(p): _imports(p) for p in COMPILER.rglob("*.py") if "__pycache__" not in p.parts}


def _stage(module: str) -> int:
    parts = module.split(".")
    return STAGES.index(parts[1]) if len(parts) > 2 and parts[1] in STAGES else len(STAGES)


def test_every_module_is_in_a_stage_or_runs_them() -> None:
    top = sorted(m for m in _graph() if _stage(m) == len(STAGES) and m.count(".") > 1)
    assert not top, f"modules outside the stage folders: {top}"
    folders = sorted(p.name for p in COMPILER.iterdir() if p.is_dir() and p.name != "__pycache__")
    assert folders == sorted(STAGES), folders


def test_a_stage_imports_only_from_the_stages_before_it() -> None:
    wrong = [
        f"{module} imports {target}"
        for module, targets in _graph().items()
        for target in targets
        if _stage(target) > _stage(module)
    ]
    assert not wrong, wrong


def test_the_writers_read_only_the_model() -> None:
    """A writer reads what the model says, never the document or its corrections (it imports neither)."""
    wrong = [
        f"{module} imports {target}"
        for module, targets in _graph().items()
        if _stage(module) == STAGES.index("writers")
        for target in targets
        if _stage(target) < STAGES.index("model")
    ]
    assert not wrong, wrong


def test_no_import_circles() -> None:
    graph = _graph()
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(module: str, path: list[str]) -> list[str] | None:
        state[module] = 1
        for target in sorted(graph.get(module, ())):
            if state.get(target) == 1:
                return [*path, module, target]
            if target not in state:
                found = visit(target, [*path, module])
                if found:
                    return found
        state[module] = 2
        return None

    for module in sorted(graph):
        if module not in state:
            circle = visit(module, [])
            assert circle is None, " -> ".join(circle or [])


def test_benchmarks_and_the_demo_live_apart() -> None:
    outside = [p for p in (COMPILER.parent / "benchmarks", COMPILER.parent / "showcase") for p in p.rglob("*.py")]
    assert outside, "scripts/benchmarks and scripts/showcase hold the benchmarks and the demo"
    assert not [str(p) for p in outside if "compiler" in _imports(p) or any(_imports(p))]
