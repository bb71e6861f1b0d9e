"""The MCP server's command-line options, defined once for `magic-hour mcp` and `python -m magic_hour.mcp`.

Kept free of the `mcp` package, so that building the CLI's parser does not need the `mcp` extra.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

MAX_CREDITS_ENV = "MAGIC_HOUR_MCP_MAX_CREDITS"


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--allow-dir",
        action="append",
        metavar="DIR",
        help="a folder the tools may read input files from; repeat for more (default: the working folder)",
    )
    parser.add_argument(
        "--output-dir",
        metavar="DIR",
        help="the folder outputs are saved in, which the tools may read too (default: ./outputs)",
    )
    parser.add_argument(
        "--max-credits",
        type=int,
        metavar="N",
        help=f"never spend more than N credits in this server's life (default: ${MAX_CREDITS_ENV}, else no cap)",
    )
    parser.add_argument("--base-url", help="API base URL (default: $MAGIC_HOUR_BASE_URL or https://api.magichour.ai)")
    parser.add_argument(
        "--list-tools", action="store_true", help="print every tool, whether it charges and its price, then exit"
    )


def _cap(args: argparse.Namespace) -> int | None:
    if args.max_credits is not None:
        value: int | str = args.max_credits
    else:
        value = os.environ.get(MAX_CREDITS_ENV, "").strip()
        if not value:
            return None
    try:
        cap = int(value)
    except ValueError:
        raise ValueError(f"{MAX_CREDITS_ENV} must be a whole number of credits, not {value!r}.") from None
    if cap < 0:
        raise ValueError("--max-credits must be 0 or more.")
    return cap


def _log_to_stderr() -> None:
    """The server's own lines on stderr (a desktop agent keeps them); the root logger is left alone, so httpx
    never logs a request line with a storage URL in it (MAGIC_HOUR_LOG switches the SDK's logging on as usual)."""
    log = logging.getLogger("magic_hour.mcp")
    if not log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("magic-hour mcp: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False


def serve(args: argparse.Namespace) -> int:
    """Run the server over stdio until the client goes away; returns the exit code."""
    _log_to_stderr()
    try:
        import anyio

        from .._client import AsyncClient
        from .._errors import ValidationError
        from ._folders import Folders
        from ._server import build
        from ._server import serve as run
    except ImportError as exc:  # the mcp package is an optional extra
        print(f"magic-hour mcp: {exc}. Install the mcp extra: pip install '.[mcp]'", file=sys.stderr)
        return 2
    try:
        cap = _cap(args)
        output = args.output_dir or os.path.join(os.getcwd(), "outputs")
        folders = Folders.of(args.allow_dir or [os.getcwd()], output, create=not args.list_tools)
    except (ValueError, OSError) as exc:
        print(f"magic-hour mcp: {exc}", file=sys.stderr)
        return 2
    if args.list_tools:
        from ._tools import listing

        print(listing(folders, cap))
        return 0
    try:  # the token and base URL are checked now, so a missing one is a line on stderr, not a traceback
        client = AsyncClient(base_url=args.base_url)
    except ValidationError as exc:
        agent = '(a desktop agent passes the environment variables under "env" in its configuration)'
        print(f"magic-hour mcp: {exc} {agent}", file=sys.stderr)
        return 2
    logging.getLogger("magic_hour.mcp").info(
        "reading from %s, saving to %s, %s",
        folders.words(),
        folders.output,
        "no spending cap" if cap is None else f"spending cap {cap} credits",
    )
    anyio.run(run, build(folders, cap, client))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m magic_hour.mcp",
        description="Magic Hour's generators as MCP tools, over stdio, for a desktop agent.",
    )
    add_options(parser)
    return serve(parser.parse_args(argv))
