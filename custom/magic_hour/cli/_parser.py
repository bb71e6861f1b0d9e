"""The CLI's argparse: refusals raised as values (so `--json` reports them), `--flag -value`, help checked early."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any, NoReturn


class CLIBuildError(Exception):
    """The spec cannot be turned into a command line (two commands or flags would be one): names what and where."""


class UsageError(Exception):
    """A command line argparse refused; `main` reports it (as a JSON object with --json) and exits 2."""

    def __init__(self, message: str, usage: str) -> None:
        super().__init__(message)
        self.usage = usage


class Parser(argparse.ArgumentParser):
    """argparse, with its refusals raised (so `--json` can report them) and `--flag -value` taken as a value."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message, self.format_usage())

    def parse_known_args(self, args: Sequence[str] | None = None, namespace: Any = None) -> Any:
        return super().parse_known_args(None if args is None else self._glued(list(args)), namespace)

    def _glued(self, args: list[str]) -> list[str]:
        """`--prompt -fox` as `--prompt=-fox`: a flag that takes one value takes the next word, dash or not."""
        out: list[str] = []
        i = 0
        while i < len(args):
            word = args[i]
            if word == "--":
                out += args[i:]
                break
            action = self._option_string_actions.get(word)
            following = args[i + 1] if i + 1 < len(args) else None
            if (
                action is not None
                and action.nargs is None
                and following is not None
                and following.startswith("-")
                and following not in ("-", "--")
                and following not in self._option_string_actions
            ):
                out.append(f"{word}={following}")
                i += 2
                continue
            out.append(word)
            i += 1
        return out


def check_help(parser: argparse.ArgumentParser) -> None:
    """Render every command's help once (as `--help` would), so a help text argparse cannot format fails now."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                try:
                    child.format_help()
                except (ValueError, TypeError, KeyError) as exc:
                    raise CLIBuildError(f"the help of `magic-hour {name}` cannot be shown: {exc}") from None
                check_help(child)


def wants_json(argv: Sequence[str]) -> bool:
    """Whether `--json` was asked for, before any `--` (read from the words: they did not parse)."""
    words = list(argv)
    return "--json" in (words[: words.index("--")] if "--" in words else words)


def usage_error(exc: UsageError, as_json: bool, code: int) -> int:
    """Report a refused command line (one JSON object on stdout with --json, else usage on stderr); returns `code`."""
    if as_json:
        print(json.dumps({"error": {"message": str(exc), "exit_code": code, "usage": exc.usage.strip()}}))
    else:
        print(f"{exc.usage.rstrip()}\nmagic-hour: error: {exc}", file=sys.stderr)
    return code
