"""The default journal: one SQLite file, safe for several processes of one machine.

WAL mode with `synchronous=FULL` for the writes money depends on: such a commit has reached the disk when it
returns, so the intent to create is durable before the create request is sent, and the id once it came; the
other writes use `NORMAL`, which a killed process cannot lose either (only a power cut could). Claims
take the write lock at once (`BEGIN IMMEDIATE`), so two processes never claim one job.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .._errors import ValidationError
from ._journal import Journal, JournalLost

_CLAIM = (
    "SELECT key FROM batch_jobs WHERE state IN ({states}) AND (owner IS NULL OR lease_until < ?)"
    " ORDER BY CASE WHEN state = 'created' THEN 0 ELSE 1 END, position LIMIT 1"
)


def _wal(db: sqlite3.Connection) -> None:
    """Switch to WAL mode. Two processes opening a new journal at once may find it locked while the other
    switches, and that wait is not the busy timeout's: try again for a while."""
    for attempt in range(100):
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == 99:
                raise
            time.sleep(0.05)


class SQLiteJournal(Journal):
    """A journal in the SQLite file at `path` (created with its folder if missing)."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, isolation_level=None, timeout=60.0, check_same_thread=False)
            self._db.execute("PRAGMA busy_timeout=60000")
            _wal(self._db)
            self._db.execute("PRAGMA synchronous=FULL")
            self._durable = True
            self.create_schema()
            status = os.stat(self.path)
            self._identity = (status.st_dev, status.st_ino)
        except (OSError, sqlite3.Error) as exc:
            raise ValidationError(f"Cannot open the journal {str(self.path)!r}: {exc}.") from None

    @contextmanager
    def _tx(self, *, durable: bool = False) -> Iterator[Any]:
        cur = self._db.cursor()
        if durable != self._durable:  # NORMAL in WAL mode: a killed process loses nothing, a power cut may
            cur.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
            self._durable = durable
        cur.execute("BEGIN IMMEDIATE")
        try:
            yield cur
        except BaseException:
            cur.execute("ROLLBACK")
            raise
        cur.execute("COMMIT")

    def _claim_query(self) -> str:
        return _CLAIM

    def check_present(self) -> None:
        try:
            status = os.stat(self.path)
            present = (status.st_dev, status.st_ino) == self._identity
        except OSError:
            present = False
        if not present:
            raise JournalLost(
                f"The journal {str(self.path)!r} was deleted or replaced while the batch ran, so nothing more is "
                "created: without it a later run could not know what this one paid for. Restore the file and "
                "resume it, or check your Magic Hour projects before running the jobs again."
            )

    def close(self) -> None:
        self._db.close()

    def describe(self) -> str:
        return str(self.path)
