"""Every Python snippet in the README and in docs/ runs against the sandbox, so examples cannot rot.

The docs use placeholders (scripts/compiler/writers/docs.py): `/path/to/1234.<ext>` become real sample files,
`api-assets/id/1234.<ext>` files uploaded first, and `cuid-example` a real project of the module the
snippet calls; the token and base URL come from the environment, as users set them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from magic_hour import Client, _spec
from magic_hour.sandbox import Sandbox
from magic_hour.sandbox.examples import example_body

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
_BLOCK = re.compile(r"```python\n(.*?)```", re.S)
_MODULE = re.compile(r"client\.v1\.(\w+)")

sys.path.insert(0, str(ROOT / "scripts"))
from compiler.writers.docs import LOCAL_FILES, PROJECT_ID, UPLOADED_FILES  # noqa: E402


def snippets() -> list[tuple[str, str]]:
    found = []
    for source in SOURCES:
        for n, code in enumerate(_BLOCK.findall(source.read_text(encoding="utf-8"))):
            found.append((f"{source.relative_to(ROOT).as_posix()}#{n + 1}", code))
    return found


def _projects(client: Client, samples: dict[str, Path]) -> dict[str, str]:
    """One project per project module (video_projects, image_projects, …): module -> id."""
    ids: dict[str, str] = {}
    for method, path, op in _spec.operations():
        link = _spec.follow_ref(op.get("responses", {}).get("200", {})).get("links", {}).get("result")
        target = next(
            (o for _, _, o in _spec.operations() if link and o.get("operationId") == link["operationId"]), None
        )
        if target is None or target["x-sdk-module"] in ids:
            continue
        body = example_body(method, path, samples)
        result = getattr(client.v1, op["x-sdk-module"]).generate(**body, download_outputs=False)
        ids[target["x-sdk-module"]] = result.id
    return ids


@pytest.fixture(scope="module")
def world(
    tmp_path_factory: pytest.TempPathFactory, media: dict[str, Path]
) -> Iterator[tuple[Sandbox, Path, dict[str, str], dict[str, str]]]:
    """A sandbox, the sample files under the names the examples use, substitutions and a project per kind."""
    folder = tmp_path_factory.mktemp("examples")
    with Sandbox(render_seconds=0) as sandbox, Client("example-token", base_url=sandbox.base_url) as client:
        substitutions = {}
        for kind, placeholder in LOCAL_FILES.items():
            substitutions[placeholder] = str(media[kind])
            substitutions[UPLOADED_FILES[kind]] = client.v1.files.upload_file(media[kind])
        yield sandbox, folder, substitutions, _projects(client, media)


def test_there_are_examples_to_run() -> None:
    names = [name for name, _ in snippets()]
    assert any(n.startswith("README.md") for n in names) and len(names) >= 60


@pytest.mark.parametrize(("name", "code"), snippets(), ids=[name for name, _ in snippets()])
def test_example_runs(
    name: str,
    code: str,
    world: tuple[Sandbox, Path, dict[str, str], dict[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sandbox, folder, substitutions, projects = world
    for placeholder, real in substitutions.items():
        code = code.replace(placeholder, real)
    module = _MODULE.search(code)
    if module and module[1] in projects:
        code = code.replace(PROJECT_ID, projects[module[1]])
    monkeypatch.chdir(folder)
    monkeypatch.setenv("MAGIC_HOUR_API_TOKEN", "example-token")
    monkeypatch.setenv("MAGIC_HOUR_BASE_URL", sandbox.base_url)
    before = len(sandbox.requests)
    namespace: dict[str, object] = {"__name__": "__main__"}
    exec(compile(code, name, "exec"), namespace)
    assert len(sandbox.requests) > before or "Sandbox(" in code, f"{name} sent no request"
    for value in namespace.values():  # snippets written as `client = Client(...)` leave closing to the reader
        if isinstance(value, Client):
            value.close()
