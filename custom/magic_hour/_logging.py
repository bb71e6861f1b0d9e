"""`MAGIC_HOUR_LOG=info|debug` switches the SDK's logging on without code."""

from __future__ import annotations

import logging
import os

_ENV = "MAGIC_HOUR_LOG"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}
log = logging.getLogger("magic_hour")


def configure_from_env() -> None:
    """Attach one stderr handler to the `magic_hour` logger at the level MAGIC_HOUR_LOG names (once)."""
    level = _LEVELS.get(os.environ.get(_ENV, "").strip().lower())
    if level is None or any(getattr(h, "_magic_hour", False) for h in log.handlers):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s magic_hour %(levelname)s %(message)s"))
    handler._magic_hour = True  # type: ignore[attr-defined]
    log.addHandler(handler)
    log.setLevel(level)
