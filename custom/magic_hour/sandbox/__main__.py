"""Run the sandbox in the foreground: ``python -m magic_hour.sandbox --port 8080``."""

from __future__ import annotations

import argparse
import sys

from . import DEFAULT_TOKEN, Sandbox


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m magic_hour.sandbox",
        description="A local server that speaks the Magic Hour API; nothing leaves this machine.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port to listen on; 0 picks a free one (default 8080)")
    parser.add_argument("--render-seconds", type=float, default=2.0, help="time from queued to complete (default 2)")
    parser.add_argument("--balance", type=int, default=1_000_000, help="the account's credits (default 1000000)")
    args = parser.parse_args(argv)

    sandbox = Sandbox(host=args.host, port=args.port, render_seconds=args.render_seconds, balance=args.balance)
    try:
        sandbox.start()
    except OSError as exc:
        print(
            f"magic-hour sandbox: cannot listen on {args.host}:{args.port} ({exc.strerror}); try another --port.",
            file=sys.stderr,
        )
        return 2
    print(f"Magic Hour sandbox listening on {sandbox.base_url}", flush=True)
    print(f"  export MAGIC_HOUR_BASE_URL={sandbox.base_url}", flush=True)
    print(f"  export MAGIC_HOUR_API_TOKEN={DEFAULT_TOKEN}", flush=True)
    print("Press Ctrl-C to stop.", flush=True)
    try:
        sandbox.serve_forever()
    except KeyboardInterrupt:
        print("Sandbox stopped.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
