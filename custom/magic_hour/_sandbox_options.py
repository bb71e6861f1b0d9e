"""The sandbox's command-line options, defined once for `python -m magic_hour.sandbox` and `magic-hour sandbox`.

Kept outside the sandbox package so that building the CLI's parser does not need the sandbox extra.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port to listen on; 0 picks a free one (default 8080)")
    parser.add_argument("--render-seconds", type=float, default=2.0, help="time from queued to complete (default 2)")
    parser.add_argument("--balance", type=int, default=1_000_000, help="the account's credits (default 1000000)")
    parser.add_argument(
        "--plan",
        choices=("free", "creator", "pro", "business"),
        default="business",
        help="the account's plan: what it may use, as the API document says (default business)",
    )
    parser.add_argument(
        "--tokens", nargs="+", metavar="TOKEN", help="accept only these bearer tokens (default: any non-empty token)"
    )
    parser.add_argument("--webhook-url", metavar="URL", help="POST signed webhook events there, as Magic Hour does")
    parser.add_argument(
        "--webhook-secret", metavar="SECRET", help="sign them with this (default: $MAGIC_HOUR_WEBHOOK_SECRET or random)"
    )
    parser.add_argument(
        "--rate-limit", type=float, metavar="RPS", help="API requests per second per token; the rest get 429"
    )


def serve(args: argparse.Namespace) -> int:
    """Run a sandbox with the parsed options in the foreground until Ctrl-C or SIGTERM; returns the exit code."""
    try:
        from .sandbox import DEFAULT_TOKEN, Sandbox
    except ImportError as exc:  # the sandbox is an optional extra
        print(f"magic-hour sandbox: {exc}", file=sys.stderr)
        return 2
    # SIGTERM (a service manager, `kill`) stops it like Ctrl-C: connections closed, temporary storage removed.
    # Installed before anything is announced, so a signal right after the first line is handled too.
    signal.signal(signal.SIGTERM, _stop)
    sandbox = Sandbox(
        host=args.host, port=args.port, render_seconds=args.render_seconds, balance=args.balance, tokens=args.tokens,
        plan=args.plan, webhook_url=args.webhook_url, webhook_secret=args.webhook_secret,
    )  # fmt: skip
    if args.rate_limit:
        sandbox.rate_limit(args.rate_limit)
    try:
        sandbox.start()
        print(f"Magic Hour sandbox listening on {sandbox.base_url}", flush=True)
        print(f"  export MAGIC_HOUR_BASE_URL={sandbox.base_url}", flush=True)
        print(f"  export MAGIC_HOUR_API_TOKEN={sandbox.token if args.tokens else DEFAULT_TOKEN}", flush=True)
        if args.webhook_url:
            print(f"  webhooks: POST {args.webhook_url}", flush=True)
            if args.webhook_secret is None and not os.environ.get("MAGIC_HOUR_WEBHOOK_SECRET"):  # a random one
                print(f"  export MAGIC_HOUR_WEBHOOK_SECRET={sandbox.webhook_secret}", flush=True)
        print("Press Ctrl-C to stop.", flush=True)
        sandbox.serve_forever()
    except KeyboardInterrupt:
        print("Sandbox stopped.", file=sys.stderr)
    except OSError as exc:
        print(
            f"magic-hour sandbox: cannot listen on {args.host}:{args.port} ({exc.strerror}); try another --port.",
            file=sys.stderr,
        )
        return 2
    finally:
        sandbox.stop()  # whenever the signal came: connections closed, temporary storage removed
    return 0


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
