"""Pacing a batch: one rate limit and one credit cap for every worker on the journal, kept in the journal itself.

The account's rate limit is not published, so it is learned: requests are spaced at `rate` per second, which
grows while answers are good; a 429 pauses everyone until its `Retry-After` and cuts the rate. The slots and
the rate live in the journal (a row that each request's slot is taken from, in one transaction), so N workers
on one account, on one machine or many, run at the account's limit together instead of N limits learned
apart. The credit cap likewise counts every worker's creates, answered or in flight (`Journal.reserve`).
"""

from __future__ import annotations

import asyncio

import httpx

from .._retry import retry_after
from ._journal import Journal, Reservation


class RateLimiter:
    """Spaces this worker's API requests on the batch's shared schedule, and teaches it from the answers.

    start: the first rate tried (requests per second, for the whole batch); ceiling: the highest it may reach.
    """

    def __init__(
        self, journal: Journal, start: float = 10.0, *, ceiling: float | None = None, floor: float = 0.5
    ) -> None:
        self.journal = journal
        self.start = start if ceiling is None else min(start, ceiling)
        self.ceiling = ceiling
        self.floor = floor
        self.throttled = 0  # 429 answers this worker received
        self._good = 0  # good answers not yet counted in the journal (with the next slot taken)
        self._turn: asyncio.Lock | None = None

    async def acquire(self) -> None:
        """Wait for the next free slot of the batch's schedule.

        One request of this worker at a time holds a booked slot: slots are not booked seconds ahead by every
        waiting job, where a 429's pause and cut could no longer reach them.
        """
        if self._turn is None:
            self._turn = asyncio.Lock()
        async with self._turn:
            good, self._good = self._good, 0
            delay = self.journal.take_slot(self.start, self.ceiling, good)
            if delay > 0:
                await asyncio.sleep(delay)

    def observe(self, response: httpx.Response) -> None:
        """A 429 pauses every worker for its Retry-After and cuts the shared rate (once per burst of them)."""
        if response.status_code != 429:
            self._good += 1
            return
        self.throttled += 1
        wait = retry_after(response)
        good, self._good = self._good, 0
        self.journal.throttle(1.0 if wait is None else min(wait, 60.0), self.floor, good)


class CreditBudget:
    """The credit cap of a batch, checked against the journal: every worker's spend and creates in flight."""

    def __init__(self, journal: Journal, limit: int | None) -> None:
        self.journal = journal
        self.limit = limit

    def reserve(self, key: str, module: str, price: int | None) -> Reservation:
        """Hold the job's price if the cap allows ("ok"); "wait" for creates in flight; "full" for good."""
        if self.limit is None:
            return "ok"
        return self.journal.reserve(key, module, price, self.limit)
