"""Jobs of a batch: read from JSONL (or given from Python), each checked against the spec before anything runs.

A job is one `generate()` of one module: `{"module": "ai_talking_photo", "params": {...}, "key": "anna"}`. Which
modules exist, which of their fields are files and what a valid body is all come from the spec, through the
same `plan_body` that `generate()` runs, so a typo on line 900 is refused before line 1 is paid for.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import attrs
from magic_hour_api.sdk import Operation

from .. import _spec, _validation
from .._errors import MagicHourError, ValidationError
from .._files import is_remote
from .._spellings import wire_names
from .._workflow import check_output_name, plan_body, to_plain
from ._keys import unknown_keys

#: How many problems a refusal lists before it says how many more there are.
_SHOWN = 20
_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


@attrs.frozen
class Generator:
    """A create operation that `generate()` follows, as the spec describes it."""

    module: str
    method: str
    path: str
    follow: str  # the project module whose check_result() waits for it


@cache
def generators() -> dict[str, Generator]:
    """Every module with a `generate()`: a create whose answer links to the project GET that follows it."""
    by_id = {op.get("operationId"): op for _, _, op in _spec.operations()}
    found: dict[str, Generator] = {}
    for method, path, op in _spec.operations():
        link = op.get("responses", {}).get("200", {}).get("links", {}).get("result")
        if link and link.get("operationId") in by_id:
            module = _spec.sdk_module(op)
            found[module] = Generator(module, method, path, _spec.sdk_module(by_id[link["operationId"]]))
    return found


@attrs.frozen
class Job:
    """One generation: the module (as in `client.v1.<module>`), its `generate()` parameters and a unique key.

    The key names the outputs (`<key>.mp4`) and the job's row in the journal; from a file it defaults to the
    line number.
    """

    module: str
    params: Mapping[str, Any] = attrs.field(factory=dict)
    key: str | None = None
    line: int | None = None  # where it came from, for messages

    def label(self) -> str:
        return f"line {self.line}" if self.line is not None else f"job {self.key!r}"


class BatchValidationError(ValidationError):
    """Jobs that cannot run, all listed: nothing was uploaded or charged."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        shown = "\n  ".join(problems[:_SHOWN])
        more = f"\n  … and {len(problems) - _SHOWN} more" if len(problems) > _SHOWN else ""
        super().__init__(
            f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in the jobs; nothing was uploaded or "
            f"charged. Fix them and run again:\n  {shown}{more}"
        )


def read_jsonl(path: str | os.PathLike[str]) -> list[Job]:
    """The jobs of a JSONL file, local file paths made absolute relative to the file's folder.

    Raises BatchValidationError listing every line that is not a job object (checked further by `check`).
    """
    jobs, problems = _read(Path(path))
    if problems:
        raise BatchValidationError(problems)
    return jobs


def load(path: str | os.PathLike[str]) -> list[Job]:
    """The jobs of a JSONL file, every one checked: all bad lines (unreadable or refused) are named at once."""
    jobs, problems = _read(Path(path))
    problems.extend(_problems(jobs))
    if problems:
        raise BatchValidationError(sorted(problems, key=_line_of))
    return jobs


def count_jobs(path: str | os.PathLike[str]) -> int:
    """How many lines of the file are jobs (for progress), without checking them."""
    return len(_read(Path(path))[0])


def _line_of(problem: str) -> int:
    found = re.match(r"line (\d+)", problem)
    return int(found.group(1)) if found else 0


def _lines(text: str) -> list[str]:
    """JSONL lines: split at newlines only (a U+2028 or U+0085 inside a JSON string is data, not a line end)."""
    return [line.removesuffix("\r") for line in text.split("\n")]


def _read(source: Path) -> tuple[list[Job], list[str]]:
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"Cannot read the jobs file {str(source)!r}: {exc}.") from None
    jobs, problems = [], []
    lines = _lines(text)
    first = next((line.strip() for line in lines if line.strip()), "")
    if first and not first.startswith(("{", "[", '"')) and "," in first:
        raise BatchValidationError(
            [
                f"{str(source)!r} looks like CSV (its first line is {first[:60]!r}), not JSONL: a batch reads one "
                'JSON object per line, {"module": ..., "params": {...}, "key": ...}. Convert the rows first (see '
                '"From a spreadsheet to a jobs file" in the batch guide).'
            ]
        )
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            problems.append(f"line {number}: not valid JSON ({exc.msg}, column {exc.colno})")
            continue
        if not isinstance(data, dict):
            problems.append(f"line {number}: a job must be a JSON object with module and params")
            continue
        unknown = sorted(set(data) - {"module", "params", "key"})
        if unknown:
            problems.append(f"line {number}: unknown field(s) {', '.join(map(repr, unknown))}; use module, params, key")
            continue
        key = data.get("key", str(number))
        jobs.append(Job(str(data.get("module", "")), data.get("params", {}), None if key is None else str(key), number))
    return [attrs.evolve(job, params=_relative_to(job, source.parent)) for job in jobs], problems


def _relative_to(job: Job, folder: Path) -> Mapping[str, Any]:
    """The job's params with every local file field resolved against `folder` (URLs and uploads untouched)."""
    generator = generators().get(job.module)
    if generator is None or not isinstance(job.params, Mapping):
        return job.params
    schema = _spec.body_schema(_spec.operation(generator.method, generator.path)) or {}
    body: Any = to_plain(dict(job.params))
    for found in list(_validation.file_fields(schema, body)):
        value = found.value
        if isinstance(value, str) and value and not is_remote(value) and not os.path.isabs(value):
            body = _validation.replace(body, found.where, str(folder / value))
    return dict(body)


def from_iterable(jobs: Iterable[Job | tuple[str, Mapping[str, Any]]]) -> list[Job]:
    """Jobs given from Python: Job objects or (module, params) pairs; keys default to their position (1, 2 …)."""
    out = []
    for n, item in enumerate(jobs, start=1):
        if isinstance(item, Job):
            out.append(item if item.key is not None else attrs.evolve(item, key=str(n)))
        elif isinstance(item, tuple) and len(item) == 2:
            out.append(Job(str(item[0]), item[1], str(n), None))
        else:
            raise ValidationError(f"job {n} must be a magic_hour.batch.Job or a (module, params) pair, not {item!r}.")
    return out


def check(jobs: list[Job]) -> None:
    """Refuse the batch if any job cannot run, naming every problem (the same checks as `generate()`)."""
    problems = _problems(jobs)
    if problems:
        raise BatchValidationError(problems)


def _problems(jobs: list[Job]) -> list[str]:
    problems: list[str] = []
    seen: dict[str, str] = {}
    modules = generators()
    for job in jobs:
        where = job.label()
        key = job.key or ""
        if not _KEY.match(key):
            problems.append(
                f"{where}: key {key!r} must be 1-100 letters, digits, '.', '_' or '-' (it names the output files)"
            )
        elif key in seen:
            problems.append(f"{where}: key {key!r} is used twice (also {seen[key]}); every job needs its own")
        else:
            seen[key] = where
            try:  # the key is the outputs' output_name: a name the download would refuse is refused before any create
                check_output_name(key)
            except ValidationError as exc:
                problems.append(f"{where}: key {key!r} cannot name the output files: {exc}")
        generator = modules.get(job.module)
        if generator is None:
            near = ", ".join(sorted(modules))
            problems.append(f"{where}: {job.module!r} is not a module with generate(); modules: {near}")
            continue
        if not isinstance(job.params, Mapping):
            problems.append(f"{where}: params must be a JSON object of {job.module}.generate() fields")
            continue
        unknown = _unknown_keys(generator, job.params)
        problems.extend(f"{where} ({job.module}): {problem}" for problem in unknown)
        if unknown:
            continue
        try:
            plan_body(Operation(generator.method, generator.path, ""), job.params, uploads_allowed=True)
        except MagicHourError as exc:
            problems.append(f"{where} ({job.module}): {exc}")
    return problems


@cache
def _plain_schema(method: str, path: str) -> tuple[dict[str, Any], Any]:
    """The body schema of a create, as the spec has it and as plain JSON Schema (deprecated names included)."""
    schema = _spec.body_schema(_spec.operation(method, path)) or {}
    return schema, _validation.json_schema(schema)


def _unknown_keys(generator: Generator, params: Mapping[str, Any]) -> list[str]:
    """Keys the body does not have (a typo, or a generate() option such as output_name), at any depth."""
    schema, plain = _plain_schema(generator.method, generator.path)
    try:
        body = wire_names(schema, to_plain(dict(params)))
    except MagicHourError as exc:
        return [str(exc)]
    return unknown_keys(plain, body)


def digest(jobs: list[Job]) -> str:
    """A fingerprint of the batch's jobs, so a journal is never resumed with a different file."""
    text = json.dumps([[j.key, j.module, to_plain(dict(j.params))] for j in jobs], sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]
