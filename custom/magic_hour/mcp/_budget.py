"""The spending cap: credits this server may still commit, kept across every call of its life.

A call reserves its estimate before anything is sent and settles with what the API charged; a call whose
create may have reached the API without its answer keeps the estimate as spent, since it may have been charged.
"""

from __future__ import annotations

import threading

import attrs


class OverCap(ValueError):
    """The call would pass the spending cap (or its price is unknown under a cap); nothing was sent."""


@attrs.define
class Ledger:
    """What was charged or may have been, per project (or per call when no id came back)."""

    cap: int | None
    spent: int = 0
    reserved: int = 0
    uncertain: list[str] = attrs.field(factory=list)  # creates whose answer never came: may have been charged
    undelivered: dict[str, str] = attrs.field(factory=dict)  # project id -> words: charged, outputs not saved yet
    _lock: threading.Lock = attrs.field(factory=threading.Lock, repr=False)

    def reserve(self, what: str, estimate: int | None) -> int:
        """Hold `estimate` credits for a call, or refuse it (OverCap) with the numbers; returns the hold."""
        with self._lock:
            if self.cap is None:  # no cap: nothing to refuse, but the report still counts what calls hold
                self.reserved += estimate or 0
                return estimate or 0
            if estimate is None:
                raise OverCap(
                    f"{what} has no price in Magic Hour's API document that this call's arguments can settle (it "
                    "states none, or charges by what only the input file tells, such as a video's frames), so this "
                    f"server cannot keep its spending cap ({self.cap} credits) with it. Nothing was sent. Run the "
                    "server without --max-credits to use it."
                )
            left = self.cap - self.spent - self.reserved
            if estimate > left:
                raise OverCap(
                    f"{what} costs about {estimate} credits and the spending cap of {self.cap} leaves {max(left, 0)} "
                    f"({self.spent} spent, {self.reserved} held by calls still running). Nothing was sent or "
                    "charged. Ask the user to raise --max-credits (or MAGIC_HOUR_MCP_MAX_CREDITS)."
                )
            self.reserved += estimate
            return estimate

    def settle(self, hold: int, charged: int) -> None:
        """The call is over: its hold is released and `charged` counts as spent."""
        with self._lock:
            self.reserved -= hold
            self.spent += max(charged, 0)

    def note(self, text: str) -> None:
        """A create that may have been charged, with no project id to show for it."""
        with self._lock:
            self.uncertain.append(text)

    def opened(self, project_id: str, text: str) -> None:
        """A project exists (and was charged) and its outputs are not saved yet."""
        with self._lock:
            self.undelivered[project_id] = text

    def delivered(self, project_id: str) -> None:
        """The project's outputs are saved (or it failed): nothing more to fetch."""
        with self._lock:
            self.undelivered.pop(project_id, None)

    def summary(self) -> dict[str, object]:
        with self._lock:
            left = None if self.cap is None else max(self.cap - self.spent - self.reserved, 0)
            return {
                "max_credits": self.cap,
                "credits_spent": self.spent,
                "credits_held": self.reserved,
                "credits_left": left,
                "projects_not_delivered": list(self.undelivered.values()),
                "may_have_been_charged": list(self.uncertain),
            }
