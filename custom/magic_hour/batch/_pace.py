"""Pacing a batch: one rate limiter for every API request of every job, and the credit cap.

The account's rate limit is not published, so the limiter learns it: requests are spaced at `rate` per second,
which creeps up while answers are good; a 429 pauses everyone until its `Retry-After` and sets the rate just
below what was being answered when it came. A batch then runs at the account's limit instead of stalling (one
backoff per job) or hammering (every job retrying on its own).
"""

from __future__ import annotations

import asyncio
import time
from collections import deque

import httpx

from .._retry import retry_after


class RateLimiter:
    """Spaces requests at an adaptive rate (requests per second) shared by all jobs of a batch.

    start: the first rate tried; ceiling: the highest it may reach (None: no ceiling of ours).
    """

    def __init__(self, start: float = 10.0, *, ceiling: float | None = None, floor: float = 0.5) -> None:
        self.rate = start if ceiling is None else min(start, ceiling)
        self.ceiling = ceiling
        self.floor = floor
        self.throttled = 0  # 429 answers seen
        self._next = 0.0  # monotonic time of the next free slot
        self._paused_until = 0.0
        self._good: deque[float] = deque()  # times of recent good answers
        self._last_cut = 0.0
        self._first: float | None = None
        self._grown_at = time.monotonic()

    def _slot(self) -> float:
        """Reserve the next slot; returns how long to wait for it."""
        now = time.monotonic()
        if self._first is None:
            self._first = now
        start = max(now, self._next, self._paused_until)
        self._next = start + 1.0 / self.rate
        return start - now

    async def acquire(self) -> None:
        delay = self._slot()
        if delay > 0:
            await asyncio.sleep(delay)

    def _answered_rate(self, now: float) -> float | None:
        """Good answers per second over the last two seconds (or since the first request, if sooner)."""
        while self._good and self._good[0] < now - 2.0:
            self._good.popleft()
        span = min(2.0, now - self._first) if self._first is not None else 0.0
        return len(self._good) / span if span > 0.2 else None

    def observe(self, response: httpx.Response) -> None:
        """Learn from an API answer: a 429 slows everyone down, anything else lets the rate recover."""
        now = time.monotonic()
        self._grown_at, last = now, self._grown_at
        if response.status_code != 429:
            self._good.append(now)
            # Until the first 429 the limit is unknown: grow fast (doubling every ~70 answers), as TCP's slow
            # start does. After it, +5 % a second: by time, not per answer, so that a worker with a quarter
            # of the answers (four processes sharing one account) recovers as fast as one alone.
            elapsed = min(1.0, now - last)
            grown = self.rate * (1.0 + 0.05 * elapsed if self.throttled else 1.01)
            self.rate = grown if self.ceiling is None else min(self.ceiling, grown)
            return
        self.throttled += 1
        wait = retry_after(response)
        self._paused_until = max(self._paused_until, now + (1.0 if wait is None else min(wait, 60.0)))
        if now - self._last_cut > 0.5:  # one cut per burst of 429s, not one per answer in it
            answered = self._answered_rate(now)
            self.rate = max(self.floor, min(self.rate, answered if answered else self.rate / 2) * 0.9)
            self._last_cut = now


class CreditBudget:
    """Stops creating before the spend could pass `limit`.

    The price of a job is known only from its create answer, so each module's price is the highest seen; until
    a module's first answer, one of its creates is sent at a time (and only while credits remain).
    """

    def __init__(self, limit: int | None, spent: int, prices: dict[str, int]) -> None:
        self.limit = limit
        self.spent = spent
        self.prices = dict(prices)
        self._reserved: dict[str, int] = {}  # module -> creates in flight
        self.refused = False

    def _committed(self) -> int:
        return self.spent + sum(self.prices.get(m, 0) * n for m, n in self._reserved.items())

    def reserve(self, module: str) -> bool | None:
        """True: create now. None: wait for an answer in flight to learn the price. False: the cap is reached."""
        if self.limit is None:
            self._reserved[module] = self._reserved.get(module, 0) + 1
            return True
        price = self.prices.get(module)
        if price is None:
            if self._reserved.get(module):
                return None
            if self._committed() >= self.limit:
                self.refused = True
                return False
        elif self._committed() + price > self.limit:
            if any(self._reserved.values()):
                return None  # an answer in flight may show a lower spend than feared; decide after it
            self.refused = True
            return False
        self._reserved[module] = self._reserved.get(module, 0) + 1
        return True

    def settle(self, module: str, credits: int | None) -> None:
        """The create answered (credits known) or was certainly not sent (None)."""
        self._reserved[module] = max(0, self._reserved.get(module, 0) - 1)
        if credits is not None:
            self.spent += credits
            self.prices[module] = max(credits, self.prices.get(module, 0))

    def unsure(self, module: str) -> None:
        """The create's answer was lost: count its likely price as spent, to stay on the safe side."""
        self._reserved[module] = max(0, self._reserved.get(module, 0) - 1)
        self.spent += self.prices.get(module, 0)
