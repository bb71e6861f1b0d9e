"""The journal on PostgreSQL, for several workers on several machines sharing one batch.

Needs the `postgres` extra (psycopg 3). A worker claims a job in one transaction with
`SELECT … FOR UPDATE SKIP LOCKED`: rows another worker is claiming are skipped, not waited for, and the claim
written in that transaction (owner and lease) keeps the job from every other worker until it is finished,
released, or the lease lapses. The writes money depends on are durable when their commit returns
(`synchronous_commit=on`); the others are committed with it off, which only a crash of the server can undo.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from .._errors import ValidationError
from ._journal import Journal

_CLAIM = (
    "SELECT key FROM batch_jobs WHERE state IN ({states}) AND (owner IS NULL OR lease_until < ?)"
    " ORDER BY CASE WHEN state = 'created' THEN 0 ELSE 1 END, position LIMIT 1 FOR UPDATE SKIP LOCKED"
)


def _without_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


class PostgresJournal(Journal):
    """A journal in the PostgreSQL database at `url` (its tables are created if missing)."""

    _mark = "%s"

    def __init__(self, url: str) -> None:
        super().__init__()
        self._shown = _without_password(url)
        try:
            import psycopg
        except ImportError:
            raise ValidationError(
                "A postgresql:// journal needs psycopg: pip install 'magic-hour-sdk[postgres]'."
            ) from None
        try:
            self._db = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise ValidationError(f"Cannot connect to the journal {self._shown}: {exc}".strip()) from None
        with self._db.cursor() as cur:
            cur.execute("SELECT pg_advisory_lock(7425001)")  # tables are created by one worker at a time
            try:
                self.create_schema()
            finally:
                cur.execute("SELECT pg_advisory_unlock(7425001)")

    @contextmanager
    def _tx(self, *, durable: bool = False) -> Iterator[Any]:
        with self._db.transaction(), self._db.cursor() as cur:
            if not durable:  # a crash of the server may lose it; a crash of this worker cannot
                cur.execute("SET LOCAL synchronous_commit = off")
            yield cur

    def _claim_query(self) -> str:
        return _CLAIM

    def _lock_batch(self, cursor: Any) -> None:
        cursor.execute("SELECT value FROM batch_meta WHERE name = 'digest' FOR UPDATE")

    def close(self) -> None:
        self._db.close()

    def describe(self) -> str:
        return self._shown
