"""Regenerate openapi.yaml, generated/ and docs/v1/ from spec/, or check that they are up to date.

spec/magic-hour.openapi.json + spec/overlay.yaml -> openapi.yaml (scripts/lib/spec_pipeline.py)
openapi.yaml -> generated/magic_hour_api/ (openapi-python-client, then the typed surface: scripts/lib/surface.py)
openapi.yaml -> docs/v1/ (scripts/lib/docs.py)

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
from pathlib import Path
from typing import Any

from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

sys.path.insert(0, str(Path(__file__).resolve().parent))
import spec_pipeline
import surface
import webhooks_writer

import docs

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "openapi-python-client.yaml"
TEMPLATES = Path(__file__).resolve().parent / "templates"
PACKAGE = "magic_hour_api"
GENERATED = ROOT / "generated" / PACKAGE
DOCS = ROOT / "docs" / "v1"

NOTE = """\
# Generated code: do not edit

Everything in this folder is written by openapi-python-client from `openapi.yaml` at the repository root.
Hand edits are lost on the next run and make `scripts/generate --check` (and CI) fail.

To change it, change `spec/` (Magic Hour's document, or our corrections in `spec/overlay.yaml`) and run
`scripts/generate`. Hand-written code lives in `custom/`. `sdk/` is the typed surface users call
(`client.v1.*`), written by `scripts/lib/surface.py`.
`openapi.json` is the spec this client was generated from, shipped so the SDK and the sandbox can read
its enums and limits at run time.
"""


def build_spec(upstream: Path, overlay: Path) -> tuple[str, dict[str, Any], spec_pipeline.Notes]:
    """openapi.yaml's text and document, validated; exits (writing nothing) when it cannot be built."""
    try:
        text, spec, notes = spec_pipeline.build_text(upstream, overlay)
    except spec_pipeline.SpecError as exc:
        sys.exit(f"generate: {exc}; nothing was written.")
    if notes.vanished:
        lines = "\n  ".join(notes.vanished)
        sys.exit(
            f"generate: spec/overlay.yaml no longer applies; nothing was written.\n  {lines}\n"
            "Update or remove these actions in spec/overlay.yaml (the API changed under them)."
        )
    try:
        validate(spec)
    except OpenAPIValidationError as exc:
        sys.exit(f"generate: openapi.yaml would not be a valid OpenAPI document; nothing was written.\n{exc}")
    return text, spec, notes


def build_client(spec: dict[str, Any], spec_path: Path, out: Path) -> None:
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
        sys.exit(f"generate: openapi-python-client failed; nothing was written.\n{result.stdout}{result.stderr}")
    (out / "README.md").write_text(NOTE, encoding="utf-8")
    (out / "py.typed").write_text("", encoding="utf-8")
    (out / "openapi.json").write_text(json.dumps(spec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for name, data in surface.render(spec, out, spec_path, CONFIG).items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(data)
    # ----- webhooks: events from spec/magic-hour-webhooks.openapi.json (scripts/lib/webhooks_writer.py) -----
    models = surface.response_names(spec, spec_path, CONFIG)
    for name, data in webhooks_writer.render(spec, models).items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(data)
    # ----- end webhooks -----


def tree(root: Path) -> dict[str, bytes]:
    """Map each file below `root` (caches left out) to its bytes."""
    if not root.exists():
        return {}
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


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


def replace_tree(target: Path, files: dict[str, bytes]) -> None:
    """Make `target` hold exactly `files`, swapping a fully written copy into place."""
    staging = target.with_name(target.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    for name, data in files.items():
        path = staging / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    if target.exists():
        old = target.with_name(target.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        target.rename(old)
        staging.rename(target)
        shutil.rmtree(old)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging.rename(target)


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

    text, spec, _ = build_spec(upstream(), ROOT / "spec" / "overlay.yaml")
    with tempfile.TemporaryDirectory(prefix="magic-hour-generate-") as tmp:
        spec_path = Path(tmp) / "openapi.yaml"
        spec_path.write_text(text, encoding="utf-8")
        out = Path(tmp) / PACKAGE
        build_client(spec, spec_path, out)
        want_client = tree(out)
        try:
            want_docs = docs.render_all(spec, DOCS, surface.response_names(spec, spec_path, CONFIG))
        except docs.DocsError as exc:
            sys.exit(f"generate: {exc}; nothing was written.")

    targets = [(GENERATED, want_client), (DOCS, want_docs)]
    if args.check:
        problems = [
            f"{line[:9]}{target.relative_to(ROOT).as_posix()}/{line[9:]}"
            for target, want in targets
            for line in differences(want, tree(target))
        ]
        if not SPEC.exists() or SPEC.read_text(encoding="utf-8") != text:
            problems.insert(0, "differs  openapi.yaml")
        if problems:
            print("generate --check: these files are not what openapi.yaml produces:", file=sys.stderr)
            for line in problems:
                print(f"  {line}", file=sys.stderr)
            print("Run scripts/generate (change spec/, never openapi.yaml or generated/).", file=sys.stderr)
            return 1
        print("generate --check: openapi.yaml, generated/ and docs/v1/ match spec/")
        return 0

    if not SPEC.exists() or SPEC.read_text(encoding="utf-8") != text:
        SPEC.write_text(text, encoding="utf-8")
        print("generate: wrote openapi.yaml")
    for target, want in targets:
        if tree(target) != want:
            replace_tree(target, want)
            print(f"generate: wrote {target.relative_to(ROOT).as_posix()}/ ({len(want)} files)")
        else:
            print(f"generate: {target.relative_to(ROOT).as_posix()}/ already up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
