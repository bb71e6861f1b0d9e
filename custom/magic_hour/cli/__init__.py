"""``magic-hour``: every Magic Hour generator from the shell, built from the spec and run by one runner.

Each generation module is a subcommand (`magic-hour face-swap --video clip.mp4 --image face.png --start 0
--end 5`), each project module has get / wait / delete, and `files upload` uploads. Nothing here names an
operation: the commands and their flags come from the spec the generated client ships.

Exit codes: 0 done, 1 the project failed or was canceled, 2 usage error, 3 API or network error (or a wait
that timed out), 130 interrupted, 141 the reader of our output went away.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from typing import Any

from .. import _spec
from .._client import Client
from .._config import BASE_URL_ENV, TOKEN_ENV
from .._errors import (
    APIError,
    MagicHourError,
    ProjectDeletedError,
    ProjectFailedError,
    ValidationError,
    WaitInterruptedError,
    WaitTimeoutError,
)
from .._version import __version__
from . import _batch, _commands, _webhooks
from ._parser import CLIBuildError, UsageError, check_help, usage_error, wants_json
from ._parser import Parser as _Parser
from ._progress import Progress

__all__ = ["CLIBuildError", "UsageError", "build_parser", "check_help", "main", "run"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_API, EXIT_INTERRUPTED, EXIT_PIPE = 0, 1, 2, 3, 130, 141

_EPILOG = f"""\
Token: --token or {TOKEN_ENV}. Base URL: --base-url or {BASE_URL_ENV} (default https://api.magichour.ai).
Exit codes: 0 done, 1 the project failed or was canceled, 2 usage error, 3 API or network error
(or a wait that timed out), 130 interrupted.
"""


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--token", help=f"API token (default: ${TOKEN_ENV})")
    common.add_argument("--base-url", help=f"API base URL (default: ${BASE_URL_ENV} or https://api.magichour.ai)")
    common.add_argument("--json", action="store_true", help="print one JSON object on stdout (errors too)")
    common.add_argument("--debug", action="store_true", help="show tracebacks and debug logging")
    return common


def build_parser(doc: dict[str, Any] | None = None) -> argparse.ArgumentParser:
    """The whole command line, every command and flag, built from `doc` (default: the spec the SDK ships).

    The generator calls it on a new document, so a document the CLI cannot express fails the update, not a
    user's `--help`; raises CLIBuildError saying which operation and why.
    """
    fmt = argparse.RawDescriptionHelpFormatter
    parser = _Parser(
        prog="magic-hour",
        description="Magic Hour's API from the shell: every generator, projects, files, and a local sandbox.",
        epilog=_EPILOG,
        formatter_class=fmt,
    )
    parser.add_argument("--version", action="version", version=f"magic-hour {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    common = _common()
    try:
        _commands.add_all(sub, common, fmt, _EPILOG, doc)
    except _commands.CommandClash as exc:
        raise CLIBuildError(str(exc)) from None
    except argparse.ArgumentError as exc:
        raise CLIBuildError(f"the command line cannot be built from the spec: {exc}") from None
    _batch.add(sub, common, fmt, _EPILOG)
    _webhooks.add(sub, fmt)  # `webhooks listen|trigger`: no token needed
    mcp = sub.add_parser(
        "mcp",
        help="serve every generator as an MCP tool over stdio, for a desktop agent",
        formatter_class=fmt,
        epilog="example:\n  magic-hour mcp --allow-dir ~/photos --output-dir ~/magic-hour --max-credits 500",
    )
    from ..mcp import add_options

    add_options(mcp)
    return parser


def _client(args: argparse.Namespace) -> Client:
    return Client(args.token, base_url=args.base_url)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    words = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(words)
    except UsageError as exc:
        return usage_error(exc, wants_json(words), EXIT_USAGE)
    if args.command == "sandbox":
        return _commands.sandbox(args)
    if args.command == "webhooks":
        return _webhooks.run(args)
    if args.command == "mcp":  # the token is read when the server starts its client, as the SDK does
        from ..mcp import serve

        return serve(args)
    if args.debug:
        logging.basicConfig(level=logging.DEBUG, format="%(name)s: %(message)s")
    progress = Progress(sys.stderr, quiet=bool(args.json))
    state = _commands.State()

    def fail(code: int, message: str, **details: Any) -> int:
        progress.finish()
        if args.debug:
            traceback.print_exc()
        if args.json:
            print(json.dumps({"error": {"message": message, "exit_code": code, **details}}))
        else:
            print(f"magic-hour: {message}", file=sys.stderr)
        return code

    try:
        if getattr(args, "no_client", False):  # reads local state only (batch status): no token needed
            return int(args.run(None, args, progress, state))
        with _client(args) as client:
            return int(args.run(client, args, progress, state))
    except BrokenPipeError:
        # The reader went away (`... | head`): say nothing more, and do not let Python complain at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_PIPE
    except WaitInterruptedError as exc:
        hint = state.resume(exc.project_id, args)
        return fail(
            EXIT_INTERRUPTED,
            f"interrupted; project {exc.project_id} exists and keeps going (credits are charged for it). "
            f"Resume with: {hint}",
            project_id=exc.project_id,
        )
    except KeyboardInterrupt:
        return fail(EXIT_INTERRUPTED, state.interrupted_message(), project_id=state.project_id)
    except ProjectDeletedError as exc:
        return fail(EXIT_FAILED, str(exc), project_id=exc.project_id)
    except ProjectFailedError as exc:
        return fail(EXIT_FAILED, str(exc), project_id=exc.project_id, status=exc.status)
    except WaitTimeoutError as exc:
        return fail(
            EXIT_API,
            f"project {exc.project_id} was still {exc.last_status} after {exc.timeout:g} s and keeps going. "
            f"Resume with: {state.resume(exc.project_id, args)}",
            project_id=exc.project_id,
        )
    except ValidationError as exc:
        return fail(EXIT_USAGE, str(exc))
    except (APIError, MagicHourError) as exc:
        project_id = exc.project_id or state.project_id
        hint = f" Resume with: {state.resume(project_id, args)}" if project_id else ""
        return fail(EXIT_API, f"{exc}{hint}", project_id=project_id)
    except _spec.SpecContractError as exc:
        return fail(EXIT_USAGE, str(exc))


def run() -> None:
    """Console-script entry point."""
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    raise SystemExit(main())
