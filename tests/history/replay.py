"""Each step of the stored history through the spec pipeline and the change report, as `scripts/update-spec`
would print it (the version chain starts at `START`, so the recorded reports do not move with the package's)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import corpus

ROOT = corpus.HERE.parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from compiler.correct import spec_pipeline  # noqa: E402
from compiler.release import changes  # noqa: E402
from compiler.release import versions as release  # noqa: E402

START = "0.1.0"
REPORTS = corpus.HERE / "reports"
#: The corrections of the history's first document (spec/overlay.yaml moves on with the stored document).
OVERLAY = corpus.HERE / "overlay.yaml"


def _built(doc: dict[str, Any], overlay: dict[str, Any]) -> tuple[dict[str, Any], spec_pipeline.Notes]:
    """openapi.yaml's document of one step (validated only in the full steps: 0.4 s a document)."""
    return spec_pipeline.build(doc, overlay)


def reports(overlay_path: Path = OVERLAY) -> Iterator[tuple[str, str]]:
    """(step name, the report of that step) for every step, in order."""
    overlay = spec_pipeline.load(overlay_path)
    old, old_notes = _built(corpus.base(), overlay)
    version = START
    for name, doc in corpus.documents():
        new, notes = _built(doc, overlay)
        report = changes.report(old, new, old_notes, notes, docs_dir=ROOT / "docs" / "v1")
        report.since = release.next_version(version, report)
        head = [f"step {name}: version {version} -> {report.since}"]
        head += [f"refused, a correction no longer applies: {line}" for line in notes.vanished]
        yield name, "\n".join(head) + "\n" + report.text()
        old, old_notes, version = new, notes, report.since
