"""Several workers on one journal (PostgreSQL across machines, SQLite across processes): never a job twice."""

from __future__ import annotations

import subprocess
import threading
from pathlib import Path

import pytest
from magic_hour.batch import open_journal
from magic_hour.sandbox import Fault, Sandbox

from ._batch_helpers import COMMAND, cli_env, image_job, write_jobs
from .conftest import TOKEN


@pytest.fixture(params=["sqlite", "postgres"])
def journal_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "shared.journal.sqlite")
    return str(request.getfixturevalue("postgres_url"))


def test_concurrent_claims_never_hand_one_job_to_two_workers(journal_url: str) -> None:
    setup = open_journal(journal_url)
    setup.add_jobs("d1", ".", [(f"k{n}", "ai_image_generator", {}) for n in range(150)])
    setup.close()
    taken: list[list[str]] = [[] for _ in range(4)]
    start = threading.Barrier(4)

    def worker(n: int) -> None:
        journal = open_journal(journal_url)  # a connection of its own, as another process would have
        start.wait()
        while (record := journal.claim()) is not None:
            taken[n].append(record.key)
            threading.Event().wait(0.001)  # a job's work: the others claim meanwhile
            journal.move(record.key, "complete")
        journal.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    every = [key for keys in taken for key in keys]
    assert sorted(every) == sorted(f"k{n}" for n in range(150))  # each job claimed exactly once


def test_several_worker_processes_share_one_batch(sandbox: Sandbox, journal_url: str, tmp_path: Path) -> None:
    path = write_jobs(tmp_path / "jobs.jsonl", [image_job(f"k{n}") for n in range(24)])
    sandbox.inject(Fault("create", "latency", seconds=0.01, times=None))
    argv = [COMMAND, "batch", "run", str(path), "-o", str(tmp_path / "out"), "--journal", journal_url,
            "--concurrency", "4", "--rate", "400", "--poll-interval", "0.05"]  # fmt: skip
    procs = [
        subprocess.Popen(argv, env=cli_env(sandbox, TOKEN), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err
    assert sandbox.creates_by("name") == {f"k{n}": 1 for n in range(24)}
    journal = open_journal(journal_url)
    records = journal.records()
    journal.close()
    assert {r.state for r in records} == {"complete"} and len(records) == 24
    assert len({p.name for p in (tmp_path / "out").glob("k*.png")}) == 24


def test_a_journal_refuses_another_batch(journal_url: str) -> None:
    journal = open_journal(journal_url)
    journal.add_jobs("first", ".", [("a", "ai_image_generator", {})])
    with pytest.raises(Exception, match="holds another batch"):
        journal.add_jobs("second", ".", [("b", "ai_image_generator", {})])
    journal.close()


def test_a_lapsed_claim_is_taken_over_and_its_old_worker_can_no_longer_write(journal_url: str) -> None:
    from magic_hour.batch._journal import ClaimLost

    first, second = open_journal(journal_url), open_journal(journal_url)
    first.add_jobs("d2", ".", [("only", "ai_image_generator", {})])
    held = first.claim()
    assert held is not None and second.claim() is None  # a live claim is nobody else's
    first.move("only", "create_sent")
    with first._tx() as cur:  # the first worker stops renewing (a machine lost): its lease runs out
        first._run(cur, "UPDATE batch_jobs SET lease_until = 0")
    taken = second.claim()
    assert taken is not None and taken.state == "create_sent"  # the second reads the journal, not a guess
    with pytest.raises(ClaimLost):
        first.move("only", "created", project_id="cm-late")
    first.record_id("only", "cm-late", 5)  # but an id that did arrive is kept, whoever holds the job
    second.move("only", "complete")
    (record,) = second.records()
    assert (record.state, record.project_id, record.credits) == ("complete", "cm-late", 5)
    first.close()
    second.close()


def test_the_credit_cap_is_one_for_all_workers(sandbox: Sandbox, journal_url: str, tmp_path: Path) -> None:
    path = write_jobs(tmp_path / "jobs.jsonl", [image_job(f"k{n}") for n in range(8)])  # 5 credits each
    sandbox.inject(Fault("create", "latency", seconds=0.2, times=None))  # creates overlap across the workers
    argv = [COMMAND, "batch", "run", str(path), "-o", str(tmp_path / "out"), "--journal", journal_url,
            "--concurrency", "4", "--max-credits", "7", "--poll-interval", "0.05"]  # fmt: skip
    procs = [
        subprocess.Popen(argv, env=cli_env(sandbox, TOKEN), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=240)
        assert proc.returncode == 3, err  # capped: jobs left for a later run
    assert 1_000_000 - sandbox.balance == 5  # one create fits under 7; each worker's own first one would make 10
    assert sandbox.projects_created() == 1
