"""`python scripts/compiler COMMAND [ARGS]`: the compiler's commands, as scripts/generate and scripts/update-spec
call them.

  generate [--check]          openapi.yaml, generated/ and docs/v1/ from spec/
  update-spec PATH            take a new version of Magic Hour's document (or --webhooks PATH)
  release PREVIOUS            write the version and CHANGELOG entry of the stored document against PREVIOUS
  unpriced                    list the creates whose price the sandbox cannot charge from the document
  stale-sources               list the overlay's x-source quotations the stored document no longer has
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parent.parent)  # `compiler` importable as a package, nothing else


def _unpriced(argv: list[str]) -> int:
    from compiler.correct import pricing, spec_pipeline

    _, built, _ = spec_pipeline.build_text()
    print("\n".join(pricing.unknown(built)) or "Every create has a price the sandbox charges.")
    return 0


def _stale_sources(argv: list[str]) -> int:
    from compiler.correct import provenance, spec_pipeline
    from compiler.read import document

    found = provenance.stale_sources(document.load(spec_pipeline.UPSTREAM), document.load(spec_pipeline.OVERLAY))
    print("\n".join(found) or "every x-source matches the stored document")
    return 0


def main() -> int:
    from compiler import generate, update_spec

    commands = {
        "generate": generate.main,
        "update-spec": update_spec.main,
        "release": update_spec.record_release,
        "unpriced": _unpriced,
        "stale-sources": _stale_sources,
    }
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    name = sys.argv[1]
    sys.argv = [f"scripts/{name}", *sys.argv[2:]]  # error messages name the command the user ran
    return commands[name](sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
