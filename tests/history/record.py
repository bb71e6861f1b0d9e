"""Record the expected change reports of the stored history (run after changing the report or the overlay):

    .venv/bin/python -m tests.history.record                 # rewrite tests/history/reports/
    .venv/bin/python -m tests.history.record --from DIR NAME  # rebuild the corpus from DIR/*.json, from NAME on

DIR holds the vendor's documents named NNN-date-commit.json (as in Magic Hour's docs history); NAME is the
first one kept (the base); the one before it is kept in older/ to step back to.
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

from . import corpus, replay


def _rebuild(folder: Path, first: str) -> None:
    files = sorted(folder.glob("*.json"))
    start = next(n for n, f in enumerate(files) if f.stem == first)
    base = json.loads(files[start].read_text(encoding="utf-8"))
    (corpus.HERE / "base.json.gz").write_bytes(gzip.compress(corpus.canonical(base), 9, mtime=0))
    for sub in ("steps", "older"):
        (corpus.HERE / sub).mkdir(exist_ok=True)
        for old in (corpus.HERE / sub).glob("*.json"):
            old.unlink()
    previous, listed = base, []
    for path in files[start + 1 :]:
        doc = json.loads(path.read_text(encoding="utf-8"))
        corpus.write_patch(corpus.HERE / "steps" / path.name, corpus.diff(previous, doc))
        listed.append({"name": path.stem, "sha256": corpus.digest(doc)})
        previous = doc
    (corpus.HERE / "steps.json").write_text(json.dumps(listed, indent=1) + "\n", encoding="utf-8")
    if start > 0:
        older = json.loads(files[start - 1].read_text(encoding="utf-8"))
        corpus.write_patch(corpus.HERE / "older" / files[start - 1].name, corpus.diff(base, older))


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.history.record", description=__doc__.split("\n\n")[0])
    parser.add_argument("--from", dest="folder", type=Path, nargs=2, metavar=("DIR", "NAME"))
    args = parser.parse_args()
    if args.folder:
        _rebuild(args.folder[0], args.folder[1])
    replay.REPORTS.mkdir(exist_ok=True)
    for old in replay.REPORTS.glob("*.txt"):
        old.unlink()
    for name, text in replay.reports():
        (replay.REPORTS / f"{name}.txt").write_text(text, encoding="utf-8")
    print(f"recorded {len(list(replay.REPORTS.glob('*.txt')))} reports in {replay.REPORTS.relative_to(replay.ROOT)}/")


if __name__ == "__main__":
    main()
