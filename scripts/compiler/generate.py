"""Regenerate openapi.yaml, generated/ and docs/v1/ from spec/, or check that they are up to date.

spec/magic-hour.openapi.json + spec/overlay.yaml -> openapi.yaml (scripts/compiler/correct/spec_pipeline.py)
openapi.yaml -> generated/magic_hour_api/ (openapi-python-client, then the typed surface: compiler/writers/surface.py)
openapi.yaml -> docs/v1/ (scripts/compiler/writers/docs.py)

Everything is built in a temporary directory first: a broken spec or a failing generator leaves the
repository untouched, and --check compares the fresh build with what is committed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from compiler.correct import spec_pipeline
from compiler.correct.webhooks import DOCUMENT, WebhooksError
from compiler.model import api as model
from compiler.model import events, names
from compiler.release import swap
from compiler.writers import catalog as catalog_writer
from compiler.writers import docs, surface
from compiler.writers import validators as validators_writer
from compiler.writers import webhooks as webhooks_writer

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "openapi-python-client.yaml"
TEMPLATES = Path(__file__).resolve().parent / "writers" / "templates"
PACKAGE = "magic_hour_api"
GENERATED = ROOT / "generated" / PACKAGE
DOCS = ROOT / "docs" / "v1"
CUSTOM = ROOT / "custom" / "magic_hour"
WEBHOOKS = ROOT / "spec" / DOCUMENT  # update-spec --webhooks writes it in place (set aside first)

NOTE = """\
# Generated code: do not edit

Everything in this folder is written by openapi-python-client from `openapi.yaml` at the repository root.
Hand edits are lost on the next run and make `scripts/generate --check` (and CI) fail.

To change it, change `spec/` (Magic Hour's document, or our corrections in `spec/overlay.yaml`) and run
`scripts/generate`. Hand-written code lives in `custom/`. `sdk/` is the typed surface users call
(`client.v1.*`), written by `scripts/compiler/writers/surface.py`.
`catalog.py` and `catalog_data/` are what the SDK, the sandbox and the CLI read at run time: every
operation with its references followed, one JSON file each. `openapi.json` is the contract this client was
generated from, shipped whole for people and tools (its code samples among them).
"""


class GenerateError(Exception):
    """The document cannot be built into a working SDK; the message says why in a sentence. Nothing was written."""


@dataclass
class Build:
    """Everything one document produces, checked, and not yet written anywhere."""

    text: str  # openapi.yaml
    spec: dict[str, Any]
    notes: spec_pipeline.Notes
    client: dict[str, bytes]  # generated/magic_hour_api/
    docs: dict[str, bytes]  # docs/v1/


def build_spec(upstream: Path, overlay: Path) -> tuple[str, dict[str, Any], spec_pipeline.Notes]:
    """openapi.yaml's text and document, validated."""
    try:
        text, spec, notes = spec_pipeline.build_text(upstream, overlay)
    except spec_pipeline.SpecError as exc:
        raise GenerateError(str(exc)) from None
    if notes.vanished:
        lines = "\n  ".join(notes.vanished)
        raise GenerateError(
            f"spec/overlay.yaml no longer applies:\n  {lines}\n"
            "Update or remove these actions in spec/overlay.yaml (the API changed under them)"
        )
    try:
        validate(spec)
    except OpenAPIValidationError as exc:
        raise GenerateError(f"openapi.yaml would not be a valid OpenAPI document: {exc.message}") from None
    return text, spec, notes


def read_model(spec: dict[str, Any], spec_path: Path) -> model.Api:
    """The model every writer reads: the document's operations, and the names the generated code gives them."""
    try:
        api = model.build(spec)
        names.attach(api, spec_path, CONFIG)
    except model.ModelError as exc:
        raise GenerateError(str(exc)) from None
    return api


def build_client(spec: dict[str, Any], api: model.Api, spec_path: Path, out: Path) -> None:
    """Run openapi-python-client into `out` (which must not exist yet) and add the package's extra files."""
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    cmd = [
        str(Path(sys.executable).parent / "openapi-python-client"),
        "generate",
        "--path",
        str(spec_path),
        "--config",
        str(CONFIG),
        "--custom-template-path",
        str(TEMPLATES),
        "--meta",
        "none",
        "--output-path",
        str(out),
    ]
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0 or not (out / "__init__.py").exists():
        tail = (result.stdout + result.stderr).strip().splitlines()[-3:]
        raise GenerateError("openapi-python-client failed: " + " / ".join(tail))
    (out / "README.md").write_text(NOTE, encoding="utf-8")
    (out / "py.typed").write_text("", encoding="utf-8")
    (out / "openapi.json").write_text(json.dumps(spec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    try:
        for name, data in catalog_writer.render(api).items():
            (out / name).parent.mkdir(parents=True, exist_ok=True)
            (out / name).write_bytes(data)
    except catalog_writer.CatalogError as exc:
        raise GenerateError(str(exc)) from None
    try:
        rendered = surface.render(api)
    except surface.SurfaceError as exc:
        raise GenerateError(str(exc)) from None
    rendered |= validators_writer.render(api)  # request validators compiled now, not on a process's first call
    for name, data in rendered.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(data)
    # ----- webhooks: events from spec/magic-hour-webhooks.openapi.json (scripts/compiler/writers/webhooks.py) -----
    try:
        webhook_files = webhooks_writer.render(events.read(api))
    except WebhooksError as exc:
        raise GenerateError(str(exc)) from None
    for name, data in webhook_files.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(data)
    # ----- end webhooks -----


#: Run in a fresh interpreter over a staging copy: every generated module imports, prints nothing, and the
#: hand-written layer (the engine's contract, the client's modules, the CLI's parser) works with it.
_VERIFY = """
import contextlib, importlib, io, pkgutil, sys
staging = sys.argv[1]
out = io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
    import magic_hour_api
    assert magic_hour_api.__file__.startswith(staging), magic_hour_api.__file__
    for info in pkgutil.walk_packages(magic_hour_api.__path__, "magic_hour_api."):
        importlib.import_module(info.name)
    import magic_hour
    from magic_hour import _spec, cli
    problems = _spec.contract_problems()
    client = magic_hour.Client(token="verify", base_url="http://127.0.0.1:9")
    for name in [n for n in dir(type(client.v1)) if not n.startswith("_")]:
        getattr(client.v1, name)
    cli.check_help(cli.build_parser())
if problems:
    sys.exit("the engine needs what this document no longer has: " + "; ".join(problems))
if out.getvalue().strip():
    sys.exit("importing the generated code printed something: " + out.getvalue().strip()[:300])
"""


def verify(client: dict[str, bytes]) -> None:
    """Import the built package beside `custom/` in a fresh interpreter; raise GenerateError if anything fails."""
    with tempfile.TemporaryDirectory(prefix="magic-hour-verify-") as tmp:
        for name, data in client.items():
            path = Path(tmp) / PACKAGE / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        shutil.copytree(CUSTOM, Path(tmp) / "magic_hour", ignore=shutil.ignore_patterns("__pycache__"))
        env = dict(os.environ, PYTHONPATH=tmp, PYTHONDONTWRITEBYTECODE="1")
        try:
            result = subprocess.run(
                [sys.executable, "-c", _VERIFY, tmp],
                env=env,
                cwd=tmp,
                capture_output=True,
                text=True,
                check=False,
                timeout=300,
            )
        except subprocess.TimeoutExpired:
            raise GenerateError("importing the generated code did not finish in 300 s") from None
    if result.returncode != 0:
        lines = [line for line in result.stderr.strip().splitlines() if line.strip()]
        raise GenerateError("the generated code does not work: " + (lines[-1] if lines else "no output"))


def build(upstream_path: Path, overlay_path: Path, *, check: bool = True) -> Build:
    """Build openapi.yaml, generated/ and docs/ for a document in a temporary folder; `check` also verifies it."""
    text, spec, notes = build_spec(upstream_path, overlay_path)
    with tempfile.TemporaryDirectory(prefix="magic-hour-generate-") as tmp:
        spec_path = Path(tmp) / "openapi.yaml"
        spec_path.write_text(text, encoding="utf-8")
        out = Path(tmp) / PACKAGE
        api = read_model(spec, spec_path)
        build_client(spec, api, spec_path, out)
        client = tree(out)
        try:
            want_docs = docs.render_all(api, DOCS)
        except docs.DocsError as exc:
            raise GenerateError(str(exc)) from None
        except surface.SurfaceError as exc:
            raise GenerateError(str(exc)) from None
    cli_problem = check_cli(api)
    if cli_problem:
        raise GenerateError(cli_problem)
    if check:
        verify(client)
    return Build(text, spec, notes, client, want_docs)


def tree(root: Path) -> dict[str, bytes]:
    """Map each file below `root` (caches left out) to its bytes (the swap's own reading of a folder)."""
    return swap.tree(root)


def differences(want: dict[str, bytes], have: dict[str, bytes]) -> list[str]:
    """Name each file that is missing, extra or different."""
    out = []
    for name in sorted(set(want) | set(have)):
        if name not in have:
            out.append(f"missing  {name}")
        elif name not in want:
            out.append(f"extra    {name}")
        elif want[name] != have[name]:
            out.append(f"differs  {name}")
    return out


def commit(files: dict[Path, bytes | None], trees: dict[Path, dict[str, bytes]]) -> list[Path]:
    """Make each file hold its bytes (None: remove it) and each folder hold exactly its files, all or nothing.

    A recoverable transaction (compiler/release/swap.py): an error or Ctrl-C puts every target back, a killed run
    is finished or undone by the next run of scripts/update-spec or scripts/generate. Returns what changed."""
    return swap.commit(ROOT, files, trees)


def hold(*strays: Path) -> None:
    """Take the repository for this run and finish or undo a swap an interrupted run left (see swap.py)."""
    try:
        said = swap.hold(ROOT, [SPEC, GENERATED, DOCS, *strays], restore=[WEBHOOKS])
    except swap.SwapError as exc:
        sys.exit(f"{Path(sys.argv[0]).stem.replace('_', '-')}: {exc}; nothing was written.")
    if said:
        print(f"{Path(sys.argv[0]).stem.replace('_', '-')}: {said}.", file=sys.stderr)


def check_cli(api: model.Api) -> str | None:
    """Why the `magic-hour` command line cannot be built from the model (every command and its help), or None."""
    from magic_hour.cli import CLIBuildError, build_parser, check_help

    try:
        check_help(build_parser(catalog_writer.document(api)))  # as the runtime reads it: references followed
    except CLIBuildError as exc:
        return f"the CLI cannot be built from this document: {exc}"
    return None


def upstream() -> Path:
    """Magic Hour's document as stored: spec/magic-hour.openapi.json (or .yaml, as it was received)."""
    found = sorted((ROOT / "spec").glob("magic-hour.openapi.*"))
    if not found:
        sys.exit("generate: spec/ holds no magic-hour.openapi.json or .yaml; nothing was written.")
    return found[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/generate", description=__doc__)
    parser.add_argument("--check", action="store_true", help="rewrite nothing; fail if anything is out of date")
    args = parser.parse_args(argv)
    if args.check and swap.pending(ROOT, [WEBHOOKS]):
        print("generate --check: an update was interrupted (its journal or set-aside copy is there). Run "
              "scripts/generate (it finishes or undoes it).", file=sys.stderr)  # fmt: skip
        return 1
    if not args.check:
        hold()
    try:
        built = build(upstream(), ROOT / "spec" / "overlay.yaml", check=not args.check)
    except GenerateError as exc:
        print(f"generate: {exc}; nothing was written.", file=sys.stderr)
        return 1
    targets = [(GENERATED, built.client), (DOCS, built.docs)]
    if args.check:
        problems = [
            f"{line[:9]}{target.relative_to(ROOT).as_posix()}/{line[9:]}"
            for target, want in targets
            for line in differences(want, tree(target))
        ]
        if not SPEC.exists() or SPEC.read_text(encoding="utf-8") != built.text:
            problems.insert(0, "differs  openapi.yaml")
        if problems:
            print("generate --check: these files are not what openapi.yaml produces:", file=sys.stderr)
            for line in problems:
                print(f"  {line}", file=sys.stderr)
            print("Run scripts/generate (change spec/, never openapi.yaml or generated/).", file=sys.stderr)
            return 1
        print("generate --check: openapi.yaml, generated/ and docs/v1/ match spec/")
        return 0
    changed = commit({SPEC: built.text.encode("utf-8")}, dict(targets))
    for target in (SPEC, GENERATED, DOCS):
        name = target.relative_to(ROOT).as_posix()
        print(f"generate: wrote {name}" if target in changed else f"generate: {name} already up to date")
    return 0
