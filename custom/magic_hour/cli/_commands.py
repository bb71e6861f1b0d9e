"""The commands, built from the spec, and the one runner they share.

A generator command runs `client.v1.<module>.generate(...)` with the flags' body; a project command gets,
waits for or deletes by id (ids may come from stdin, `-`); `files upload` uploads. What the runner says about
money follows the workflow's progress events: before `creating` nothing was charged, between `creating` and
`created` a project may exist, after `created` it does (and its id and the resume command are printed).
"""

from __future__ import annotations

import argparse
import functools
import json
import keyword
import shlex
import sys
from collections.abc import Callable, Iterator
from typing import Any

import attrs
from magic_hour_api.sdk import Operation, ProgressEvent
from magic_hour_api.types import UNSET

from .. import _spec
from .._client import Client
from .._errors import ValidationError
from .._workflow import plan_body
from . import _flags
from ._progress import Progress

Runner = Callable[[Client, argparse.Namespace, Progress, "State"], int]


def _command(module: str) -> str:
    return module.replace("_", "-")


@attrs.define
class State:
    """How far a workflow got, from its progress events: what an interruption may have cost."""

    stage: str = "start"
    project_id: str | None = None
    wait_command: str | None = None  # e.g. "magic-hour video-projects wait"

    def track(self, progress: Progress) -> Callable[[ProgressEvent], None]:
        def observe(event: ProgressEvent) -> None:
            if event.stage in ("creating", "created"):
                self.stage = event.stage
            if event.project_id:
                self.project_id = event.project_id
            progress(event)

        return observe

    def resume(self, project_id: str | None, args: argparse.Namespace) -> str:
        output = getattr(args, "output", None)
        where = f" -o {output}" if output and output != "." else ""
        if self.wait_command is None:  # not a command that follows a project: the id is what there is to say
            return f"the project's `wait` command with id {project_id}"
        return f"{self.wait_command} {project_id}{where}"

    def interrupted_message(self) -> str:
        if self.project_id:
            return (
                f"interrupted; project {self.project_id} exists and keeps going (credits are charged for it). "
                f"Resume with: {self.wait_command} {self.project_id}"
            )
        if self.stage == "creating":
            return (
                "interrupted while the create request was in flight: a project may have been created and charged. "
                "Check your Magic Hour projects before running this again."
            )
        return "interrupted before the create request was sent; nothing was charged."


# ----- what the spec offers --------------------------------------------------------------------------------


@attrs.frozen
class _Generator:
    method: str
    path: str
    module: str
    follow: str  # the project module that follows it
    summary: str
    schema: dict[str, Any]


def _generators(doc: dict[str, Any] | None = None) -> list[_Generator]:
    by_id = {op.get("operationId"): op for _, _, op in _spec.operations(doc)}
    out = []
    for method, path, op in _spec.operations(doc):
        link = _link(op, doc)
        if link and link.get("operationId") in by_id:
            schema = _spec.body_schema(op, doc) or {}
            follow = _spec.sdk_module(by_id[link["operationId"]])
            summary = _flags.safe_text(op.get("summary") or op.get("operationId") or "")
            out.append(_Generator(method, path, _spec.sdk_module(op), follow, summary, schema))
    return out


def _link(op: dict[str, Any], doc: dict[str, Any] | None) -> dict[str, Any] | None:
    ok = op.get("responses", {}).get("200", {})
    link = ok.get("links", {}).get("result") if isinstance(ok, dict) else None
    return link if isinstance(link, dict) else None


def _project_modules(doc: dict[str, Any] | None = None) -> dict[str, set[str]]:
    """Project module -> the verbs it has (get, delete)."""
    found: dict[str, set[str]] = {}
    for _, _, op in _spec.operations(doc):
        if "x-sdk-project" in op:
            found.setdefault(_spec.sdk_module(op), set()).add("get")
    for _, _, op in _spec.operations(doc):
        if op.get("x-sdk-method") == "delete" and _spec.sdk_module(op) in found:
            found[_spec.sdk_module(op)].add("delete")
    return found


@attrs.frozen
class _Reader:
    """A GET that reads rather than follows: a singleton (`magic-hour account`) or a list (`... list`)."""

    path: str
    module: str
    verb: str  # get | list
    summary: str
    query: tuple[dict[str, Any], ...]


def _readers(doc: dict[str, Any] | None = None) -> list[_Reader]:
    out = []
    for method, path, op in _spec.operations(doc):
        verb = op.get("x-sdk-method")
        if method == "GET" and "{" not in path and verb in ("get", "list") and "x-sdk-project" not in op:
            query = tuple(p for p in op.get("parameters") or [] if isinstance(p, dict) and p.get("in") == "query")
            summary = _flags.safe_text(op.get("summary") or op.get("operationId") or "")
            out.append(_Reader(path, _spec.sdk_module(op), str(verb), summary, query))
    return out


def _add_query(parser: argparse.ArgumentParser, reader: _Reader) -> list[tuple[str, str]]:
    """A flag per query parameter (choices from its enum, ints as ints); (flag dest, API name) for each."""
    dests = []
    for param in reader.query:
        name = str(param.get("name", ""))
        flag = "--" + "".join(c if c.isalnum() else "-" for c in name).strip("-").lower()
        if flag == "--" or flag in ("--json", "--help"):
            continue
        given = param.get("schema")
        schema: dict[str, Any] = given if isinstance(given, dict) else {}
        kind = {"integer": int, "number": float}.get(str(schema.get("type")), str)
        help_text = _flags.for_argparse(_flags.safe_text(str(param.get("description") or name)))
        choices = [c for c in schema.get("enum") or [] if isinstance(c, str | int)] or None
        dest = "query_" + flag[2:].replace("-", "_")
        metavar = None if choices else flag[2:].upper()  # the flag's own characters, never the document's
        parser.add_argument(flag, dest=dest, type=kind, choices=choices, metavar=metavar, help=help_text)
        dests.append((dest, name))
    return dests


def _add_reader(
    sub: Any, common: argparse.ArgumentParser, fmt: type[argparse.HelpFormatter], reader: _Reader, name: str
) -> None:
    what = _flags.for_argparse(reader.summary)
    if reader.verb == "get":
        parser = sub.add_parser(name, parents=[common], help=what, formatter_class=fmt)
        dests = _add_query(parser, reader)
        parser.set_defaults(run=functools.partial(_read_one, reader, dests))
        return
    parser = sub.add_parser(name, help=f"{what} (list)")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser(
        "list", parents=[common], help="every item, page after page (one JSON line per item with --json)",
        formatter_class=fmt,
    )  # fmt: skip
    dests = _add_query(listing, reader)
    listing.set_defaults(run=functools.partial(_read_list, reader, dests))


def _query(args: argparse.Namespace, dests: list[tuple[str, str]]) -> dict[str, Any]:
    """The keywords of the typed call: each parameter by its API name (a builtin's name is taken as it is; a
    keyword has the `_` spelling the surface gives it)."""
    return {
        f"{name}_" if keyword.iskeyword(name) else name: getattr(args, dest)
        for dest, name in dests
        if getattr(args, dest) is not None
    }


def _read_one(
    reader: _Reader, dests: list[tuple[str, str]], client: Client, args: argparse.Namespace, progress: Progress,
    state: State,
) -> int:  # fmt: skip
    answer = _resource(client, reader).get(**_query(args, dests))
    data = answer.to_dict()
    plain = "\n".join(
        f"{key}: {json.dumps(value) if isinstance(value, dict | list) else value}" for key, value in data.items()
    )
    _print(args, data, plain)
    return 0


def _read_list(
    reader: _Reader, dests: list[tuple[str, str]], client: Client, args: argparse.Namespace, progress: Progress,
    state: State,
) -> int:  # fmt: skip
    for item in _resource(client, reader).list(**_query(args, dests)):
        data = item.to_dict() if hasattr(item, "to_dict") else item
        plain = " ".join(str(data.get(key, "")) for key in ("id", "type", "name") if key in data) or json.dumps(data)
        _print(args, data, plain)
    return 0


def _resource(client: Client, reader: _Reader) -> Any:
    found: Any = client.v1
    for part in reader.module.split("."):
        found = getattr(found, part)
    return found


class CommandClash(Exception):
    """Two operations (or an operation and one of the CLI's own commands) would be the same command."""


#: The commands the CLI has of its own; an operation never takes their names.
OWN_COMMANDS = frozenset({"files", "sandbox", "help", "mcp"})


def _example(found: list[_flags.Flag], doc: dict[str, Any] | None) -> str:
    """The flags a first run needs, with values a reader recognises: every required flag and every file flag."""
    extensions = _extensions(doc)
    parts = []
    for flag in found:
        if flag.kind == "file" and flag.asset_type is not None:
            ext = (extensions.get(flag.asset_type) or ("",))[0]
            value = f"{flag.asset_type}.{ext}" if ext else flag.asset_type
        elif not flag.required:
            continue
        elif flag.example is not None and flag.kind != "boolean":
            example = flag.example[0] if flag.many and isinstance(flag.example, list) and flag.example else flag.example
            value = json.dumps(example) if flag.kind == "json" or not isinstance(example, str) else example
        elif flag.choices:
            value = str(flag.choices[0])
        else:
            value = "..."
        parts.append(f"{flag.names[0]} {shlex.quote(_flags.safe_text(value)[:60])}")
    return " ".join(parts)


def _extensions(doc: dict[str, Any] | None) -> dict[str, tuple[str, ...]]:
    for _, _, op in _spec.operations(doc):
        if op.get("x-sdk-role") == "upload-urls":
            table = _spec._find(_spec.body_schema(op, doc), "x-extensions")
            if isinstance(table, dict):
                return {str(k): tuple(str(e) for e in v) for k, v in table.items() if isinstance(v, list)}
    return {}


def add_all(
    sub: Any,
    common: argparse.ArgumentParser,
    fmt: type[argparse.HelpFormatter],
    epilog: str,
    doc: dict[str, Any] | None = None,
) -> None:
    """Every command: one per generator, one per project module, files, sandbox (all from `doc`, the spec)."""
    generators = _generators(doc)
    taken = set(OWN_COMMANDS)
    for gen in generators:
        name = _command(gen.module)
        if not name or name in taken:
            raise CommandClash(
                f"{gen.method} {gen.path} would be the command {name!r}, which "
                + ("another operation or the CLI itself already has" if name else "is empty")
                + "; give the operation another x-sdk-module in spec/overlay.yaml."
            )
        taken.add(name)
    modules = _project_modules(doc)
    project_commands = {}
    for module in modules:
        name = _command(module) if _command(module) not in taken else f"{_command(module)}-results"
        if not name or name in taken:
            raise CommandClash(f"the project module {module!r} would be the command {name!r}, which is taken.")
        taken.add(name)
        project_commands[module] = name
    for gen in generators:
        if gen.follow not in project_commands:
            raise CommandClash(f"{gen.method} {gen.path} links to {gen.follow!r}, which has no project GET.")
        found = _flags.flags(gen.schema, doc)
        summary = gen.summary
        example = f"magic-hour {_command(gen.module)} {_example(found, doc)} -o outputs"
        parser = sub.add_parser(
            _command(gen.module),
            parents=[common],
            formatter_class=fmt,
            help=_flags.for_argparse(f"{summary} (then wait and download)"),
            description=_flags.for_argparse_text(
                f"{summary}: upload local files, create, wait, download. `{gen.method} {gen.path}`."
            ),
            epilog=_flags.for_argparse_text(f"example:\n  {example}\n\n{epilog}"),
        )
        _flags.add(parser, found)
        parser.add_argument("-o", "--output", default=".", help="download directory (default: the current directory)")
        parser.add_argument("--no-wait", action="store_true", help="create the project, print its id, do not wait")
        parser.add_argument("--no-download", action="store_true", help="wait, but do not download the outputs")
        parser.add_argument("--timeout", type=float, help="give up waiting after this many seconds (resume later)")
        parser.add_argument(
            "--dry-run", action="store_true", help="check files and fields, print the request, send nothing"
        )
        wait = f"magic-hour {project_commands[gen.follow]} wait"
        parser.set_defaults(run=functools.partial(_generate, gen, found, wait))
    for module, name in project_commands.items():
        _add_project(sub, common, fmt, module, name, modules[module])
    for reader in _readers(doc):
        name = _command(reader.module)
        if not name or name in taken:
            raise CommandClash(f"GET {reader.path} would be the command {name!r}, which is taken.")
        taken.add(name)
        _add_reader(sub, common, fmt, reader, name)
    files = sub.add_parser("files", help="upload files to Magic Hour storage", formatter_class=fmt, epilog=epilog)
    fsub = files.add_subparsers(dest="action", required=True, metavar="ACTION")
    upload = fsub.add_parser(
        "upload",
        parents=[common],
        help="upload files and print their api-assets/... paths",
        formatter_class=fmt,
        epilog="example:\n  magic-hour files upload face.png speech.mp3",
    )
    upload.add_argument("paths", nargs="+", metavar="PATH")
    upload.set_defaults(run=_upload)
    sandbox_parser = sub.add_parser(
        "sandbox",
        help="run the local sandbox API in the foreground",
        formatter_class=fmt,
        epilog="example:\n  magic-hour sandbox --port 8080 --render-seconds 2",
    )
    from .._sandbox_options import add_options

    add_options(sandbox_parser)


def _add_project(
    sub: Any,
    common: argparse.ArgumentParser,
    fmt: type[argparse.HelpFormatter],
    module: str,
    name: str,
    verbs: set[str],
) -> None:
    what = _flags.for_argparse(_flags.safe_text(module))
    parser = sub.add_parser(name, help=f"get, wait for{' or delete' if 'delete' in verbs else ''} a {what} item")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    ids = "project ids; - reads them from stdin (one per line, or the JSON objects --json prints)"
    get = actions.add_parser("get", parents=[common], help="show it", formatter_class=fmt)
    get.add_argument("ids", nargs="+", metavar="ID", help=ids)
    get.set_defaults(run=functools.partial(_get, module))
    wait = actions.add_parser(
        "wait", parents=[common], help="wait for it and download its outputs", formatter_class=fmt
    )
    wait.add_argument("ids", nargs="+", metavar="ID", help=ids)
    wait.add_argument("-o", "--output", default=".", help="download directory (default: the current directory)")
    wait.add_argument("--no-download", action="store_true", help="do not download the outputs")
    wait.add_argument("--timeout", type=float, help="give up waiting after this many seconds")
    wait.set_defaults(run=functools.partial(_wait, module, f"magic-hour {name} wait"))
    if "delete" in verbs:
        delete = actions.add_parser("delete", parents=[common], help="delete it", formatter_class=fmt)
        delete.add_argument("ids", nargs="+", metavar="ID", help=ids)
        delete.set_defaults(run=functools.partial(_delete, module))


# ----- the runner --------------------------------------------------------------------------------------------


def _print(args: argparse.Namespace, data: dict[str, Any], plain: str) -> None:
    print(json.dumps(data) if args.json else plain, flush=True)


def _report(args: argparse.Namespace, result: Any, progress: Progress, state: State) -> None:
    progress.finish()
    if args.json:
        _print(args, result.to_dict(), "")
    elif result.downloaded_paths:
        print("\n".join(str(p) for p in result.downloaded_paths), flush=True)
    else:
        print(f"{result.id} {result.status}", flush=True)
        if not args.json and getattr(args, "no_wait", False):
            progress.say(f"project {result.id} created; wait for it with: {state.resume(result.id, args)}")


def _generate(
    gen: _Generator, found: list[_flags.Flag], wait: str, client: Client, args: argparse.Namespace,
    progress: Progress, state: State,
) -> int:  # fmt: skip
    body = _flags.body(args, found, gen.schema)
    state.wait_command = wait
    if args.dry_run:
        plan = plan_body(Operation(gen.method, gen.path, ""), body, uploads_allowed=True)
        uploads = [
            {"field": ".".join(map(str, where)), "file": local.label, "type": local.asset_type, "bytes": local.size}
            for where, local in plan.uploads
        ]
        request = {"method": gen.method, "path": gen.path, "body": plan.body}
        plain = json.dumps(request, indent=2) + "".join(f"\nwould upload {u['file']} as {u['field']}" for u in uploads)
        _print(args, {"dry_run": True, "request": request, "uploads": uploads}, plain + "\nnothing was sent.")
        return 0
    result = getattr(client.v1, gen.module).generate(
        **body,
        wait_for_completion=not args.no_wait,
        download_outputs=not args.no_download,
        download_directory=args.output,
        wait_timeout=UNSET if args.timeout is None else args.timeout,
        on_progress=state.track(progress),
    )
    _report(args, result, progress, state)
    return 0


#: A project id read from stdin is at most this long: anything longer is not an id but data piped by mistake.
_MAX_ID = 256


def _ids(values: list[str]) -> Iterator[str]:
    """The ids given, with `-` read from stdin: a bare id (or `id status`) per line, or a JSON object.

    Lines that are neither (broken JSON, an object without an id, bytes that are not text) are a usage error
    that names the line, before anything is sent for it.
    """
    for value in values:
        if value != "-":
            yield value
            continue
        yield from _stdin_ids()


def _stdin_ids() -> Iterator[str]:
    lines = iter(sys.stdin.buffer.readline, b"") if hasattr(sys.stdin, "buffer") else iter(sys.stdin)
    found = 0
    for number, raw in enumerate(lines, 1):
        try:
            line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError:
            raise _stdin_error(number, "is not UTF-8 text") from None
        line = line.strip()
        if not line:
            continue
        project_id = _id_from_json(number, line) if line.startswith("{") else line.split()[0]
        if project_id is None:
            continue  # an error object from an earlier command that created nothing: it already said why
        if len(project_id) > _MAX_ID or not project_id.isprintable():
            raise _stdin_error(number, f"is not a project id (ids are at most {_MAX_ID} printable characters)")
        found += 1
        yield project_id
    if not found:
        raise ValidationError(
            "stdin held no project id. Pipe ids (one per line) or the JSON objects that `--json` prints."
        )


def _id_from_json(number: int, line: str) -> str | None:
    try:
        data = json.loads(line)
    except (ValueError, RecursionError):
        raise _stdin_error(number, "starts with { but is not a JSON object") from None
    if not isinstance(data, dict):
        raise _stdin_error(number, "is not a JSON object")
    project = data.get("project")
    error = data.get("error")
    for candidate in (data.get("id"), project.get("id") if isinstance(project, dict) else None):
        if isinstance(candidate, str) and candidate:
            return candidate
    if isinstance(error, dict):
        project_id = error.get("project_id")
        return project_id if isinstance(project_id, str) and project_id else None
    raise _stdin_error(number, "is a JSON object without an id (nor project.id, nor error.project_id)")


def _stdin_error(number: int, what: str) -> ValidationError:
    return ValidationError(
        f"stdin line {number} {what}. Pipe ids (one per line) or the JSON objects that `--json` prints."
    )


def _get(module: str, client: Client, args: argparse.Namespace, progress: Progress, state: State) -> int:
    for project_id in _ids(args.ids):
        project = getattr(client.v1, module).get(id=project_id)
        _print(args, project.to_dict(), f"{project.id} {project.status}")
    return 0


def _wait(module: str, wait: str, client: Client, args: argparse.Namespace, progress: Progress, state: State) -> int:
    state.wait_command = wait
    for project_id in _ids(args.ids):
        state.project_id = project_id
        result = getattr(client.v1, module).check_result(
            id=project_id,
            download_outputs=not args.no_download,
            download_directory=args.output,
            wait_timeout=UNSET if args.timeout is None else args.timeout,
            on_progress=state.track(progress),
        )
        _report(args, result, progress, state)
    return 0


def _delete(module: str, client: Client, args: argparse.Namespace, progress: Progress, state: State) -> int:
    for project_id in _ids(args.ids):
        getattr(client.v1, module).delete(id=project_id)
        _print(args, {"id": project_id, "deleted": True}, f"deleted {project_id}")
    return 0


def _upload(client: Client, args: argparse.Namespace, progress: Progress, state: State) -> int:
    paths = client.v1.files.upload_files(args.paths, on_progress=progress)
    progress.finish()
    _print(args, {"file_paths": paths}, "\n".join(paths))
    return 0


def sandbox(args: argparse.Namespace) -> int:
    """`magic-hour sandbox`: the same options and behaviour as `python -m magic_hour.sandbox`."""
    from .._sandbox_options import serve

    return serve(args)
