"""The journal of a batch: every job's state, written before each step that costs money.

pending → uploading → create_sent → created (with its project id) → complete / failed / canceled, or unknown
(the create was sent and its answer lost: a project may exist and may have been charged). `create_sent` is
committed before the create request leaves, and the id as soon as the answer arrives, so a resume reads only
the journal: a job with an id is followed (no new charge), a job left at `create_sent` is reported unknown and
not sent again unless asked.

Workers claim a job by writing their name and a lease on its row; every later write is conditional on still
holding that claim, so two workers never run one job. A claim whose worker died is taken over when its lease
runs out, or at once when the worker was a process of this machine that no longer exists.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import time
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any, Literal

import attrs

from .._errors import ValidationError

State = Literal["pending", "uploading", "create_sent", "created", "complete", "failed", "canceled", "unknown"]
#: States a job can still move from; `unknown` only when the caller asks to retry it.
OPEN: tuple[State, ...] = ("pending", "uploading", "create_sent", "created")
FINAL: tuple[State, ...] = ("complete", "failed", "canceled", "unknown")

#: States whose write must reach the disk before the runner goes on: the intent to create, the id, the doubt.
MONEY_STATES: tuple[State, ...] = ("create_sent", "created", "unknown")

#: How long a claim holds without a heartbeat; a worker renews it every third of that.
LEASE_SECONDS = 60.0

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS batch_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS batch_jobs ("
    " key TEXT PRIMARY KEY, position BIGINT NOT NULL, module TEXT NOT NULL, params TEXT NOT NULL,"
    " state TEXT NOT NULL DEFAULT 'pending', project_id TEXT, credits BIGINT, files TEXT, error TEXT,"
    " owner TEXT, lease_until DOUBLE PRECISION NOT NULL DEFAULT 0, attempts BIGINT NOT NULL DEFAULT 0,"
    " updated DOUBLE PRECISION NOT NULL DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS batch_jobs_open ON batch_jobs (state, position)",
    "CREATE TABLE IF NOT EXISTS batch_uploads (local TEXT PRIMARY KEY, file_path TEXT NOT NULL,"
    " uploaded DOUBLE PRECISION NOT NULL)",
    # Credits held for a create about to be sent or in flight (credits NULL: the first of a module priced by
    # nothing the document states), so every worker's cap counts every other worker's creates.
    "CREATE TABLE IF NOT EXISTS batch_reserved (key TEXT PRIMARY KEY, module TEXT NOT NULL, credits BIGINT)",
    # The rate limit every worker of the batch shares: the next free request slot and the rate.
    # and the good answers of the current window (and the answered rate of the last), to cut to on a 429.
    "CREATE TABLE IF NOT EXISTS batch_pace (name TEXT PRIMARY KEY, next_slot DOUBLE PRECISION NOT NULL,"
    " paused_until DOUBLE PRECISION NOT NULL, rate DOUBLE PRECISION NOT NULL, throttled DOUBLE PRECISION NOT NULL,"
    " last_cut DOUBLE PRECISION NOT NULL, grown_at DOUBLE PRECISION NOT NULL, good DOUBLE PRECISION NOT NULL,"
    " good_since DOUBLE PRECISION NOT NULL, answered DOUBLE PRECISION NOT NULL)",
)
#: Reservations that count: their create may be in flight (or was, and its answer was lost), or the worker
#: holding them is alive. A worker that died before sending leaves one that lapses with its claim.
_HELD = (
    "SELECT r.module, r.credits FROM batch_reserved r JOIN batch_jobs j ON j.key = r.key"
    " WHERE j.credits IS NULL"
    " AND (j.state IN ('create_sent', 'unknown') OR (j.owner IS NOT NULL AND j.lease_until >= ?))"
)
_PACE = "next_slot, paused_until, rate, throttled, last_cut, grown_at, good, good_since, answered"
#: The window good answers are counted over, in seconds.
_WINDOW = 2.0
#: How a 429 cuts the shared rate: the schedule's own rate was above the limit, so a little below it.
_CUT = 0.95
_COLUMNS = "key, position, module, params, state, project_id, credits, files, error, attempts"


@attrs.frozen
class JobRecord:
    """A job as the journal holds it."""

    key: str
    position: int
    module: str
    params: dict[str, Any]
    state: State
    project_id: str | None = None
    credits: int | None = None
    files: tuple[str, ...] = ()
    error: str | None = None
    attempts: int = 0

    @classmethod
    def of(cls, row: Sequence[Any]) -> JobRecord:
        key, position, module, params, state, project_id, credits, files, error, attempts = row
        return cls(
            str(key),
            int(position),
            str(module),
            json.loads(params),
            state,
            project_id,
            None if credits is None else int(credits),
            tuple(json.loads(files)) if files else (),
            error,
            int(attempts),
        )


class ClaimLost(RuntimeError):
    """This worker no longer holds the job (its lease ran out and another worker took it): it must stop."""


class JournalLost(ValidationError):
    """The journal was deleted or replaced while the batch ran: nothing more may be created without it."""


Reservation = Literal["ok", "wait", "full"]


#: Workers of this process, so a claim under this pid by a worker not among them is known to be dead.
_LIVE: set[str] = set()


def worker_name() -> str:
    """host:pid:nonce — unique per journal opened, and telling which local claims belong to dead processes."""
    name = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"
    _LIVE.add(name)
    return name


def _dead_here(owner: str) -> bool:
    host, _, rest = owner.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit():
        return False
    if int(pid) == os.getpid():
        return owner not in _LIVE  # our pid: a dead process's before us, unless a journal of ours holds it
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


class Journal(ABC):
    """What the runner needs from a journal; `SQLiteJournal` and `PostgresJournal` differ in SQL dialect only."""

    #: the DB-API placeholder of the driver
    _mark = "?"

    def __init__(self) -> None:
        self.worker = worker_name()

    # ----- what each backend provides ----------------------------------------------------------------------

    @abstractmethod
    def _tx(self, *, durable: bool = False) -> AbstractContextManager[Any]:
        """A transaction (a cursor inside it) that takes the write lock at once.

        `durable`: its commit is on disk when it returns (it survives a power cut, not only a killed process).
        Only the writes money depends on ask for it (MONEY_STATES): the others are safe against a crash of
        the process either way, and an fsync each would cost more than the requests they record.
        """

    @abstractmethod
    def _claim_query(self) -> str:
        """SELECT the key of one claimable job (placeholders: now, worker, allowed states)."""

    @abstractmethod
    def close(self) -> None: ...

    def _lock_batch(self, cursor: Any) -> None:  # noqa: B027  # SQLite's write lock already does
        """Serialise the transactions that decide for every worker (the cap, the rate)."""

    def check_present(self) -> None:  # noqa: B027  # a database server's journal cannot be deleted unseen
        """Raise JournalLost if the journal is no longer where it was opened (a file deleted or replaced)."""

    @abstractmethod
    def describe(self) -> str:
        """Where the journal is, for messages (never a password)."""

    # ----- shared SQL --------------------------------------------------------------------------------------

    def _sql(self, text: str) -> str:
        return text.replace("?", self._mark)

    def _run(self, cursor: Any, text: str, args: Sequence[Any] = ()) -> Any:
        cursor.execute(self._sql(text), tuple(args))
        return cursor

    def create_schema(self) -> None:
        with self._tx() as cur:
            for statement in _SCHEMA:
                self._run(cur, statement)

    def meta(self) -> dict[str, str]:
        with self._tx() as cur:
            return {str(k): str(v) for k, v in self._run(cur, "SELECT name, value FROM batch_meta").fetchall()}

    def add_jobs(
        self,
        digest: str,
        output: str,
        jobs: Sequence[tuple[str, str, Mapping[str, Any]]],
        results: str = "batch-results",
    ) -> bool:
        """Record a batch's jobs once; True if this call added them. Joining workers must bring the same jobs.

        Workers that start together may all insert: the rows conflict and the first one's stay.
        """
        with self._tx() as cur:
            self._run(
                cur, "INSERT INTO batch_meta (name, value) VALUES ('digest', ?) ON CONFLICT DO NOTHING", (digest,)
            )
            found = self._run(cur, "SELECT value FROM batch_meta WHERE name = 'digest'").fetchone()
            if found[0] != digest:
                raise ValidationError(
                    f"the journal {self.describe()} holds another batch (jobs fingerprint {found[0]}, these are "
                    f"{digest}); resume it with `magic-hour batch resume`, or pass another --journal."
                )
            for name, value in (("output", output), ("started", repr(time.time())), ("results", results)):
                self._run(
                    cur, "INSERT INTO batch_meta (name, value) VALUES (?, ?) ON CONFLICT DO NOTHING", (name, value)
                )
            added = 0
            for position, (key, module, params) in enumerate(jobs):
                added += self._run(
                    cur,
                    "INSERT INTO batch_jobs (key, position, module, params, state) VALUES (?, ?, ?, ?, 'pending')"
                    " ON CONFLICT DO NOTHING",
                    (key, position, module, json.dumps(params, sort_keys=True)),
                ).rowcount
            return added > 0

    def reap(self) -> int:
        """Free the claims of processes of this machine that died (a crash, SIGKILL); returns how many."""
        with self._tx() as cur:
            owners = self._run(
                cur, "SELECT DISTINCT owner FROM batch_jobs WHERE owner IS NOT NULL AND lease_until > ?", (time.time(),)
            ).fetchall()
        freed = 0
        for (owner,) in owners:
            if _dead_here(str(owner)):
                with self._tx() as cur:
                    freed += self._run(
                        cur, "UPDATE batch_jobs SET owner = NULL, lease_until = 0 WHERE owner = ?", (owner,)
                    ).rowcount
        return freed

    def claim(self, states: Sequence[State] = OPEN) -> JobRecord | None:
        """Take the next job in one of `states` not held by a live worker (created ones first); None if none."""
        self.check_present()
        now = time.time()
        with self._tx() as cur:
            marks = ", ".join("?" for _ in states)
            row = self._run(cur, self._claim_query().format(states=marks), (*states, now)).fetchone()
            if row is None:
                return None
            self._run(
                cur,
                "UPDATE batch_jobs SET owner = ?, lease_until = ?, updated = ? WHERE key = ?",
                (self.worker, now + LEASE_SECONDS, now, row[0]),
            )
            found = self._run(cur, f"SELECT {_COLUMNS} FROM batch_jobs WHERE key = ?", (row[0],)).fetchone()
        return JobRecord.of(found)

    def move(self, key: str, state: State, **fields: Any) -> None:
        """Record the job's next state (and project_id, credits, files, error) while holding its claim."""
        fields.setdefault("error", None)  # an error is about the state it was written with
        sets = ["state = ?", "updated = ?"]
        args: list[Any] = [state, time.time()]
        for name, value in fields.items():
            if name not in ("project_id", "credits", "files", "error", "attempts"):
                raise TypeError(f"unknown journal field {name}")
            sets.append(f"{name} = ?")
            args.append(json.dumps(list(value)) if name == "files" else value)
        if state in FINAL:
            sets.append("owner = NULL")
        if state in MONEY_STATES:
            self.check_present()  # never a create, nor its id, written to a journal nobody will read
        with self._tx(durable=state in MONEY_STATES) as cur:
            changed = self._run(
                cur, f"UPDATE batch_jobs SET {', '.join(sets)} WHERE key = ? AND owner = ?", (*args, key, self.worker)
            ).rowcount
            if changed == 1 and state not in ("create_sent", "unknown"):
                self._run(cur, "DELETE FROM batch_reserved WHERE key = ?", (key,))
        if changed != 1:
            raise ClaimLost(f"job {key!r} was taken over by another worker (its claim lapsed); this one stops it.")

    def record_id(self, key: str, project_id: str, credits: int | None) -> None:
        """Keep a project id that arrived after this worker's claim lapsed: the id outranks any guess."""
        with self._tx(durable=True) as cur:
            self._run(
                cur,
                "UPDATE batch_jobs SET state = 'created', project_id = ?, credits = ?, error = NULL, updated = ?"
                " WHERE key = ? AND state IN ('create_sent', 'unknown') AND project_id IS NULL",
                (project_id, credits, time.time(), key),
            )

    def release(self, key: str, *, error: str | None = None) -> None:
        """Give a job back unfinished (stopping, or a retry later), keeping its state."""
        with self._tx() as cur:
            self._run(
                cur,
                "DELETE FROM batch_reserved WHERE key = ? AND key IN (SELECT key FROM batch_jobs WHERE key = ?"
                " AND owner = ? AND state NOT IN ('create_sent', 'unknown'))",
                (key, key, self.worker),
            )
            self._run(
                cur,
                "UPDATE batch_jobs SET owner = NULL, lease_until = 0, error = COALESCE(?, error), updated = ?"
                " WHERE key = ? AND owner = ?",
                (error, time.time(), key, self.worker),
            )

    def note(self, key: str, error: str) -> None:
        """Say why a job is still open (its project still running, say), keeping its state and claim."""
        with self._tx() as cur:
            self._run(cur, "UPDATE batch_jobs SET error = ? WHERE key = ? AND owner = ?", (error, key, self.worker))

    def release_mine(self) -> None:
        """Give back every job this worker still holds (at the end of its run)."""
        with self._tx() as cur:
            self._run(cur, "UPDATE batch_jobs SET owner = NULL, lease_until = 0 WHERE owner = ?", (self.worker,))

    def heartbeat(self) -> None:
        """Renew this worker's claims."""
        with self._tx() as cur:
            self._run(
                cur,
                "UPDATE batch_jobs SET lease_until = ? WHERE owner = ?",
                (time.time() + LEASE_SECONDS, self.worker),
            )

    def held_elsewhere(self) -> int:
        """Open jobs other workers hold: this one waits for them, and takes them over if their lease lapses."""
        states = ", ".join(f"'{s}'" for s in OPEN)
        with self._tx() as cur:
            row = self._run(
                cur,
                f"SELECT COUNT(*) FROM batch_jobs WHERE state IN ({states}) AND owner IS NOT NULL AND owner <> ?"
                " AND lease_until >= ?",
                (self.worker, time.time()),
            ).fetchone()
        return int(row[0])

    def records(self) -> list[JobRecord]:
        with self._tx() as cur:
            rows = self._run(cur, f"SELECT {_COLUMNS} FROM batch_jobs ORDER BY position").fetchall()
        return [JobRecord.of(row) for row in rows]

    def counts(self) -> dict[str, int]:
        with self._tx() as cur:
            rows = self._run(cur, "SELECT state, COUNT(*) FROM batch_jobs GROUP BY state").fetchall()
        return {str(state): int(n) for state, n in rows}

    def spent(self) -> int:
        """Credits the create answers stated so far (less refunds), by every worker."""
        with self._tx() as cur:
            row = self._run(cur, "SELECT COALESCE(SUM(credits), 0) FROM batch_jobs").fetchone()
        return int(row[0])

    def reserve(self, key: str, module: str, price: int | None, limit: int) -> Reservation:
        """Hold `price` credits for the create of `key` if the cap allows it, counting every worker's.

        `price` None: the document states none; the module's highest answered price is used, and until one
        is known, one create of the module at a time (in the whole batch). "wait": creates in flight may
        free room or show the price; "full": the cap is reached for good.
        """
        now = time.time()
        with self._tx() as cur:
            self._lock_batch(cur)
            spent = int(self._run(cur, "SELECT COALESCE(SUM(credits), 0) FROM batch_jobs").fetchone()[0])
            learned = {
                str(m): int(c)
                for m, c in self._run(
                    cur, "SELECT module, MAX(credits) FROM batch_jobs WHERE credits > 0 GROUP BY module"
                ).fetchall()
            }
            held = [(str(m), c) for m, c in self._run(cur, _HELD + " AND r.key <> ?", (now, key)).fetchall()]
            if price is None:
                price = learned.get(module)
                if price is None and any(m == module and c is None for m, c in held):
                    return "wait"
            committed = spent + sum(int(c) if c is not None else learned.get(m, 0) for m, c in held)
            if committed + (price or 0) > limit or (price is None and committed >= limit):
                return "wait" if held else "full"
            self._run(cur, "DELETE FROM batch_reserved WHERE key = ?", (key,))
            self._run(cur, "INSERT INTO batch_reserved (key, module, credits) VALUES (?, ?, ?)", (key, module, price))
        return "ok"

    def reserved(self) -> dict[str, int | None]:
        """Credits held per job whose create may be in flight or was lost (None: its price unknown)."""
        with self._tx() as cur:
            rows = self._run(
                cur,
                "SELECT r.key, r.credits FROM batch_reserved r JOIN batch_jobs j ON j.key = r.key"
                " WHERE j.state IN ('create_sent', 'unknown') AND j.credits IS NULL",
            ).fetchall()
        return {str(k): None if c is None else int(c) for k, c in rows}

    def _pace_row(self, cur: Any, start: float, good: int) -> tuple[float, ...]:
        """The shared schedule (see _PACE), made if missing, with `good` more good answers counted in it."""
        self._lock_batch(cur)
        row = self._run(cur, f"SELECT {_PACE} FROM batch_pace WHERE name = 'api'").fetchone()
        now = time.time()
        if row is None:
            row = (now, 0.0, start, 0, 0.0, now, 0, now, 0.0)
            marks = ", ".join("?" for _ in row)
            insert = f"INSERT INTO batch_pace (name, {_PACE}) VALUES ('api', {marks}) ON CONFLICT DO NOTHING"
            self._run(cur, insert, row)
        values = [float(v) for v in row]
        values[6] += good
        if now - values[7] > _WINDOW:  # a new window: the last one's rate is kept for a 429 early in this one
            values[8], values[6], values[7] = values[6] / (now - values[7]), 0.0, now
        return tuple(values)

    def _save_pace(self, cur: Any, values: Sequence[float]) -> None:
        sets = ", ".join(f"{name} = ?" for name in _PACE.split(", "))
        self._run(cur, f"UPDATE batch_pace SET {sets} WHERE name = 'api'", values)

    def reset_pace(self) -> None:
        """Forget the schedule of an earlier run (its pace starts again at this run's --rate)."""
        with self._tx() as cur:
            self._run(cur, "DELETE FROM batch_pace")

    def take_slot(self, start: float, ceiling: float | None, good: int = 0) -> float:
        """Take the batch's next request slot; returns the seconds to wait for it. `good`: good answers this
        worker saw since it last took one.

        The rate grows as slots are taken: 1 % a request until the first 429 (doubling every ~70, as TCP's
        slow start), then 5 % a second of time, so it recovers as fast however many workers share it.
        """
        with self._tx() as cur:
            values = list(self._pace_row(cur, start, good))
            next_slot, paused_until, rate, throttled, _, grown_at = values[:6]
            now = time.time()
            rate *= 1.0 + 0.05 * min(1.0, max(0.0, now - grown_at)) if throttled else 1.02
            rate = rate if ceiling is None else min(ceiling, rate)
            slot = max(now, next_slot, paused_until)
            values[0], values[2], values[5] = slot + 1.0 / rate, rate, now
            self._save_pace(cur, values)
        return slot - now

    def throttle(self, wait: float, floor: float, good: int = 0) -> None:
        """A 429: every worker pauses `wait` seconds, and the rate goes just below the rate good answers came
        at (every worker's), once per burst of 429s."""
        with self._tx() as cur:
            values = list(self._pace_row(cur, floor, good))
            _, paused_until, rate, throttled, last_cut, _, count, since, answered = values
            now = time.time()
            if now - last_cut > max(0.5, wait):  # the 429s of requests sent before the cut are not news
                span = now - since
                measured = count / span if span > 0.5 else answered
                values[2] = max(floor, min(rate, measured if measured > 0 else rate / 2) * _CUT)
                values[4] = now
            values[1], values[3] = max(paused_until, now + wait), throttled + 1
            self._save_pace(cur, values)

    def uploaded(self, local: str, newer_than: float) -> str | None:
        """The `api-assets/...` path of a local file uploaded for this batch after `newer_than`, if any."""
        with self._tx() as cur:
            row = self._run(
                cur, "SELECT file_path FROM batch_uploads WHERE local = ? AND uploaded > ?", (local, newer_than)
            ).fetchone()
        return None if row is None else str(row[0])

    def remember_upload(self, local: str, file_path: str) -> None:
        with self._tx() as cur:
            self._run(cur, "DELETE FROM batch_uploads WHERE local = ?", (local,))
            self._run(
                cur,
                "INSERT INTO batch_uploads (local, file_path, uploaded) VALUES (?, ?, ?)",
                (local, file_path, time.time()),
            )


def open_journal(where: str | os.PathLike[str]) -> Journal:
    """A journal from a path (SQLite, created if missing) or a `postgresql://` URL (the `postgres` extra)."""
    text = os.fspath(where)
    if text.startswith(("postgresql://", "postgres://")):
        from ._postgres import PostgresJournal

        return PostgresJournal(text)
    from ._sqlite import SQLiteJournal

    return SQLiteJournal(text)


def iter_open(records: Sequence[JobRecord]) -> Iterator[JobRecord]:
    return (r for r in records if r.state in OPEN)
