"""Run the sandbox in the foreground: ``python -m magic_hour.sandbox --port 8080``."""

from __future__ import annotations

import argparse

from .._sandbox_options import add_options, serve


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m magic_hour.sandbox",
        description="A local server that speaks the Magic Hour API; nothing leaves this machine.",
    )
    add_options(parser)
    return serve(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
