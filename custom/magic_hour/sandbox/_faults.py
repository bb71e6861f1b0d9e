"""Faults the sandbox injects on purpose, per route, reproducibly."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from typing import Literal

import attrs

#: The routes a fault can target: the four API operations and the two storage methods.
Route = Literal["upload_urls", "storage_put", "create", "get", "delete", "storage_get"]
ROUTES: tuple[str, ...] = ("upload_urls", "storage_put", "create", "get", "delete", "storage_get")

FaultKind = Literal["status", "drop_before", "drop_after", "latency", "truncate"]


@attrs.frozen
class Fault:
    """One fault: what happens to the next `times` requests on `route` (each with `probability`).

    - ``status``: answer `status` (429, 500, 502, 503) with the API's error body; 429 carries `retry_after`.
    - ``drop_before``: close the connection before the request is processed.
    - ``drop_after``: process the request (a create is charged), then close without answering.
    - ``latency``: wait `seconds` before answering normally.
    - ``truncate``: answer normally but close after half of the body.
    """

    route: str
    kind: FaultKind
    status: int = 503
    retry_after: float | None = None
    seconds: float = 0.0
    times: int | None = 1
    probability: float = 1.0

    def __attrs_post_init__(self) -> None:
        if self.route not in ROUTES:
            raise ValueError(f"unknown route {self.route!r}; routes are {', '.join(ROUTES)}")


@attrs.define
class _Armed:
    fault: Fault
    remaining: int | None


class FaultPlan:
    """The faults in force; draws are made from a seeded generator so a run can be repeated exactly."""

    def __init__(self, seed: int = 0) -> None:
        self._lock = threading.Lock()
        self._random = random.Random(seed)
        self._faults: list[_Armed] = []

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(_Armed(fault, fault.times))

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def draw(self, route: str) -> Fault | None:
        """The fault that hits this request on `route`, if any, using up one of its times."""
        if not self._faults:
            return None  # as when the lock is taken before a fault is added: nothing armed, nothing drawn
        with self._lock:
            for armed in self._faults:
                fault = armed.fault
                if fault.route != route or armed.remaining == 0:
                    continue
                if fault.probability < 1.0 and self._random.random() >= fault.probability:
                    continue
                if armed.remaining is not None:
                    armed.remaining -= 1
                return fault
        return None


class RateLimit:
    """A per-token limit of API requests per second (a token bucket of `burst`), answered with 429 + Retry-After.

    Storage URLs are not limited, as on the real API, whose uploads and downloads go to a storage host.
    """

    def __init__(self, per_second: float, burst: float | None = None, clock: Callable[[], float] = time.monotonic):
        if per_second <= 0:
            raise ValueError("per_second must be positive")
        self.per_second = per_second
        self.burst = max(1.0, burst if burst is not None else per_second)
        self._clock = clock
        self._lock = threading.Lock()
        self._buckets: dict[str, tuple[float, float]] = {}  # token id -> (tokens, when)

    def admit(self, owner: str) -> float | None:
        """None when the request may go ahead; else the seconds until it would (for Retry-After)."""
        with self._lock:
            now = self._clock()
            tokens, then = self._buckets.get(owner, (self.burst, now))
            tokens = min(self.burst, tokens + (now - then) * self.per_second)
            if tokens >= 1.0:
                self._buckets[owner] = (tokens - 1.0, now)
                return None
            self._buckets[owner] = (tokens, now)
            return (1.0 - tokens) / self.per_second
