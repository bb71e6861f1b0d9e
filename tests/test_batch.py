"""Batches against the sandbox: checked before spending, resumed without paying twice, paced, capped, reported."""

from __future__ import annotations

import csv
import json
import signal
import subprocess
from pathlib import Path

import pytest
from magic_hour import AsyncClient, Client
from magic_hour.batch import BatchValidationError, Job, contract_problems, open_journal
from magic_hour.sandbox import Fault, ManualClock, Sandbox

from ._batch_helpers import COMMAND, cli_env, image_job, run_cli, wait_for, write_jobs
from .conftest import FAST_RETRY, TOKEN


def test_the_spec_states_what_each_create_costs() -> None:
    assert contract_problems() == []


def test_every_job_is_checked_before_the_first_request(sandbox: Sandbox, client: Client, tmp_path: Path) -> None:
    jobs = [image_job(f"ok{n}") for n in range(3)]
    jobs.append({"module": "ai_image_generatr", "params": {}})  # a typo in the module
    jobs.append(image_job("ok1"))  # a key used twice
    jobs.append({"module": "ai_talking_photo", "params": {"assets": {"image_file_path": "missing.png",
                 "audio_file_path": "missing.wav"}, "start_seconds": 0, "end_seconds": 1}})  # fmt: skip
    jobs.append({"module": "ai_image_generator", "params": {"image_count": 1, "style": {"prompt": "x"},
                 "model": "diagonal"}})  # fmt: skip
    path = write_jobs(tmp_path / "jobs.jsonl", jobs)
    with pytest.raises(BatchValidationError) as refused:
        client.batch(str(path), output=str(tmp_path / "out"))
    text = str(refused.value)
    assert "nothing was uploaded or charged" in text
    for line in ("line 4", "line 5", "line 6", "line 7"):
        assert line in text
    assert "ai_image_generatr" in text and "used twice" in text and "missing.png" in text and "diagonal" in text
    assert "line 1:" not in text and len(refused.value.problems) == 4
    assert sandbox.requests == []  # not one request, so not one credit
    assert not (tmp_path / "jobs.journal.sqlite").exists()


def test_the_command_refuses_a_bad_line_with_its_number(sandbox: Sandbox, tmp_path: Path) -> None:
    path = write_jobs(tmp_path / "jobs.jsonl", [image_job("a"), image_job("b", image_count="two")])
    result = run_cli(sandbox, TOKEN, "batch", "run", str(path), "-o", str(tmp_path / "out"))
    assert result.returncode == 2 and "line 2" in result.stderr and "image_count" in result.stderr
    assert sandbox.requests == []


def test_paths_are_relative_to_the_jobs_file_and_a_shared_file_is_uploaded_once(
    sandbox: Sandbox, client: Client, samples: dict[str, Path], tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "face.png").write_bytes(samples["image"].read_bytes())
    (folder / "voice.wav").write_bytes(samples["audio"].read_bytes())
    assets = {"image_file_path": "face.png", "audio_file_path": "voice.wav"}
    jobs = [{"module": "ai_talking_photo", "key": f"tp{n}", "params": {"assets": assets, "start_seconds": 0,
             "end_seconds": 1}} for n in range(6)]  # fmt: skip
    summary = client.batch(str(write_jobs(folder / "jobs.jsonl", jobs)), output=str(tmp_path / "out"), concurrency=6)
    assert summary.done == 6 and summary.credits == 6 * 30
    puts = [r for r in sandbox.requests if r.route == "storage_put"]
    assert len(puts) == 2  # two files, six jobs: each uploaded once
    assert sorted(p.name for p in (tmp_path / "out").glob("tp*")) == [f"tp{n}.mp4" for n in range(6)]
    assert (folder / "jobs.journal.sqlite").exists()  # the journal sits beside the jobs


async def test_resume_follows_created_projects_without_paying_again(tmp_path: Path) -> None:
    clock = ManualClock()
    journal = tmp_path / "j.sqlite"
    jobs = [Job("ai_image_generator", {"image_count": 1, "name": f"k{n}", "style": {"prompt": "a fox"}}, f"k{n}")
            for n in range(5)]  # fmt: skip
    with Sandbox(render_seconds=10, clock=clock) as sandbox:
        async with AsyncClient(
            TOKEN, base_url=sandbox.base_url, poll_interval=0.02, wait_timeout=0.2, retry=FAST_RETRY
        ) as aclient:
            first = await aclient.batch(jobs, journal=str(journal), output=str(tmp_path / "out"))
            assert (first.done, first.open, first.credits) == (0, 5, 25)  # created, paid, still rendering
            states = {r.key: (r.state, r.project_id) for r in open_journal(journal).records()}
            assert all(state == "created" and pid for state, pid in states.values())
            clock.advance(60)
            second = await aclient.batch(None, journal=str(journal))
        assert (second.done, second.open, second.charged_now) == (5, 0, 0)
        assert sandbox.creates_by("name") == {f"k{n}": 1 for n in range(5)}
        again = {r.key: r.project_id for r in open_journal(journal).records()}
        assert again == {key: pid for key, (_, pid) in states.items()}  # the same projects, followed
    assert sorted(p.name for p in (tmp_path / "out").glob("k*")) == [f"k{n}.png" for n in range(5)]


def test_a_lost_create_answer_is_reported_unknown_and_not_sent_again(
    sandbox: Sandbox, client: Client, tmp_path: Path
) -> None:
    path = write_jobs(tmp_path / "jobs.jsonl", [image_job(f"k{n}") for n in range(4)])
    sandbox.inject(Fault("create", "drop_after", times=1))  # the server creates and charges, the answer is lost
    first = client.batch(str(path), output=str(tmp_path / "out"), concurrency=1)
    assert (first.done, first.unknown) == (3, 1)
    lost = next(r for r in open_journal(tmp_path / "jobs.journal.sqlite").records() if r.state == "unknown")
    assert lost.key == "k0" and "may have been charged" in (lost.error or "")
    again = client.batch(str(path), output=str(tmp_path / "out"))  # the same file again: resumes, resends nothing
    assert (again.done, again.unknown, again.charged_now) == (3, 1, 0)
    assert sandbox.creates_by("name") == {f"k{n}": 1 for n in range(4)}
    retried = client.batch(str(path), output=str(tmp_path / "out"), retry_unknown=True)
    assert (retried.done, retried.unknown) == (4, 0)
    assert sandbox.creates_by("name")["k0"] == 2  # asked for: the user accepted a possible second charge
    rows = list(csv.DictReader((tmp_path / "out" / "batch-results.csv").open()))
    assert [r["key"] for r in rows] == ["k0", "k1", "k2", "k3"] and {r["status"] for r in rows} == {"complete"}
    lines = [json.loads(line) for line in (tmp_path / "out" / "batch-results.jsonl").read_text().splitlines()]
    assert lines[1]["files"] == [str(tmp_path / "out" / "k1.png")] and lines[1]["credits"] == 5


def test_a_rate_limit_is_honoured_by_the_whole_batch(sandbox: Sandbox, tmp_path: Path) -> None:
    sandbox.rate_limit(25, burst=5)
    path = write_jobs(tmp_path / "jobs.jsonl", [image_job(f"k{n}") for n in range(30)])
    with Client(TOKEN, base_url=sandbox.base_url, poll_interval=0.1, retry=FAST_RETRY) as client:
        summary = client.batch(str(path), output=str(tmp_path / "out"), concurrency=12, rate=100)  # 4x too fast
    throttled = [r for r in sandbox.requests if r.status == 429]
    answered = [r for r in sandbox.requests if r.route in ("create", "get") and r.status == 200]
    assert summary.done == 30 and sandbox.creates_by("name") == {f"k{n}": 1 for n in range(30)}
    assert summary.throttled == len(throttled) >= 1  # it met the limit ...
    assert len(throttled) <= len(answered)  # ... slowed down together (a loop at 100/s would get 3 per answer)
    late = [r for r in sandbox.requests if r.route in ("create", "get")][-len(answered) // 2 :]
    assert sum(r.status == 429 for r in late) <= len(late) // 5  # ... and settled at the limit


def test_the_credit_cap_stops_creating_before_it_could_be_passed(
    sandbox: Sandbox, client: Client, tmp_path: Path
) -> None:
    path = write_jobs(tmp_path / "jobs.jsonl", [image_job(f"k{n}") for n in range(6)])  # 5 credits each
    summary = client.batch(str(path), output=str(tmp_path / "out"), concurrency=3, max_credits=12)
    assert summary.credits == 10 and summary.done == 2 and summary.open == 4
    assert summary.stopped is not None and "max-credits 12" in summary.stopped
    assert sandbox.projects_created() == 2
    rest = client.batch(str(path), output=str(tmp_path / "out"), max_credits=30)  # the cap counts the whole batch
    assert rest.credits == 30 and rest.done == 6


@pytest.mark.usefixtures("ctrl_c_raises")
def test_ctrl_c_stops_creating_and_says_what_was_charged(sandbox: Sandbox, tmp_path: Path) -> None:
    path = write_jobs(tmp_path / "jobs.jsonl", [image_job(f"k{n}") for n in range(20)])
    sandbox.inject(Fault("create", "latency", seconds=0.05, times=None))
    proc = subprocess.Popen(
        [
            COMMAND,
            "batch",
            "run",
            str(path),
            "-o",
            str(tmp_path / "out"),
            "--concurrency",
            "2",
            "--poll-interval",
            "0.05",
        ],
        env=cli_env(sandbox, TOKEN),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert wait_for(lambda: sandbox.projects_created() >= 3)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    made = sandbox.projects_created()
    assert made < 20 and f"{made * 5} credits charged" in err and "resume with: magic-hour batch resume" in err
    journal = str(tmp_path / "jobs.journal.sqlite")
    status = run_cli(sandbox, TOKEN, "batch", "status", journal, "--json")
    counts = json.loads(status.stdout)["summary"]
    assert counts["unknown"] == 0 and counts["credits"] == made * 5  # creates in flight finished and were journaled
    sandbox.clear_faults()
    resumed = run_cli(
        sandbox, TOKEN, "batch", "resume", journal, "--rate", "100", "--concurrency", "8", "--poll-interval", "0.05"
    )
    assert resumed.returncode == 0, resumed.stderr
    assert "20 done" in resumed.stderr and sandbox.creates_by("name") == {f"k{n}": 1 for n in range(20)}


def test_progress_is_a_plain_line_per_job_when_piped(sandbox: Sandbox, tmp_path: Path) -> None:
    path = write_jobs(tmp_path / "jobs.jsonl", [image_job(f"k{n}") for n in range(3)])
    result = run_cli(sandbox, TOKEN, "batch", "run", str(path), "-o", str(tmp_path / "out"), "--poll-interval", "0.05")
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("k")]
    assert len(lines) == 3 and all(" complete cm" in line for line in lines) and "[3/3]" in lines[-1]
    assert "\r" not in result.stderr and "\x1b" not in result.stderr
    assert "3 done, 0 failed" in result.stderr


def test_the_sandbox_rate_limit_answers_429_with_retry_after_per_token(sandbox: Sandbox) -> None:
    import httpx

    sandbox.rate_limit(2, burst=2)
    url = f"{sandbox.base_url}/v1/image-projects/cm-none"
    with httpx.Client() as http:
        mine = [http.get(url, headers={"Authorization": f"Bearer {TOKEN}"}) for _ in range(3)]
        other = http.get(url, headers={"Authorization": "Bearer another-token"})
    assert [r.status_code for r in mine] == [404, 404, 429]  # the burst, then the limit
    assert 0 < float(mine[2].headers["Retry-After"]) <= 0.5
    assert other.status_code == 404  # each token has its own limit
    assert [r.fault for r in sandbox.requests] == [None, None, "rate_limit", None]


@pytest.mark.usefixtures("ctrl_c_raises")
def test_a_second_ctrl_c_stops_at_once_and_reports_creates_in_flight_as_unknown(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    path = write_jobs(tmp_path / "jobs.jsonl", [image_job(f"k{n}") for n in range(4)])
    sandbox.inject(Fault("create", "latency", seconds=5, times=None))  # every create hangs in the server
    proc = subprocess.Popen(
        [COMMAND, "batch", "run", str(path), "-o", str(tmp_path / "out"), "--concurrency", "2"],
        env=cli_env(sandbox, TOKEN),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert wait_for(lambda: sum(r.route == "create" for r in sandbox.requests) == 2)  # two creates in flight
    proc.send_signal(signal.SIGINT)  # the first waits for them ...
    assert wait_for(lambda: proc.poll() is not None, timeout=0.5) is False
    proc.send_signal(signal.SIGINT)  # ... the second does not
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert "2 unknown (may have been charged)" in err and "2 not finished" in err
    assert "0 credits were charged by creates of this run" in err and "--retry-unknown" in err
    journal = open_journal(tmp_path / "jobs.journal.sqlite")
    states = {r.key: r.state for r in journal.records()}
    assert sorted(states.values()) == ["pending", "pending", "unknown", "unknown"]
    journal.close()


def test_progress_is_one_live_line_on_a_terminal(sandbox: Sandbox, tmp_path: Path) -> None:
    import os
    import pty

    path = write_jobs(tmp_path / "jobs.jsonl", [image_job(f"k{n}") for n in range(4)])
    primary, secondary = pty.openpty()
    argv = [COMMAND, "batch", "run", str(path), "-o", str(tmp_path / "out"), "--poll-interval", "0.05"]
    proc = subprocess.Popen(argv, env=cli_env(sandbox, TOKEN), stdout=subprocess.DEVNULL, stderr=secondary)
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(primary, 4096)
        except OSError:  # the terminal closed: the command has exited
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(timeout=60)
    os.close(primary)
    drawn = b"".join(chunks).decode()
    assert proc.returncode == 0, drawn
    assert "\r\x1b[2K" in drawn and "4/4 jobs finished" in drawn and "in flight" in drawn and "ETA" in drawn
    assert "20 credits this run" in drawn


def test_a_postgresql_journal_without_psycopg_says_how_to_install_it() -> None:
    import sys

    code = (
        "import sys\nsys.modules['psycopg'] = None\nfrom magic_hour.batch import open_journal\n"
        "open_journal('postgresql://nobody@127.0.0.1:1/none')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode != 0 and "pip install 'magic-hour-sdk[postgres]'" in result.stderr


def test_an_upload_that_keeps_failing_charges_nothing_and_leaves_the_job_for_later(
    sandbox: Sandbox, client: Client, samples: dict[str, Path], tmp_path: Path
) -> None:
    assets = {"image_file_path": str(samples["image"]), "audio_file_path": str(samples["audio"])}
    jobs = [Job("ai_talking_photo", {"assets": assets, "start_seconds": 0, "end_seconds": 1}, "tp")]
    sandbox.inject(Fault("storage_put", "status", status=403, times=None))  # storage refuses every upload
    first = client.batch(jobs, journal=str(tmp_path / "j.sqlite"), output=str(tmp_path / "out"))
    assert (first.open, first.credits) == (1, 0) and sandbox.projects_created() == 0
    (record,) = open_journal(tmp_path / "j.sqlite").records()
    assert record.state == "uploading" and "nothing charged" in (record.error or "")
    sandbox.clear_faults()
    second = client.batch(None, journal=str(tmp_path / "j.sqlite"))
    assert (second.done, second.credits) == (1, 30) and sandbox.projects_created() == 1


def test_results_cells_from_a_server_cannot_run_as_spreadsheet_formulas(tmp_path: Path) -> None:
    from magic_hour.batch import JobRecord, write_results

    hostile = JobRecord("k1", 0, "ai_image_generator", {}, "failed", "=HYPERLINK(1)", 0, (), "+cmd|' /C calc'!A0")
    _, table = write_results([hostile], tmp_path)
    (row,) = csv.DictReader(table.open())
    assert row["project_id"] == "'=HYPERLINK(1)" and row["error"].startswith("'+cmd")
    assert json.loads((tmp_path / "batch-results.jsonl").read_text())["project_id"] == "=HYPERLINK(1)"  # data kept


def test_following_is_tried_again_after_the_clients_retries_are_spent(
    sandbox: Sandbox, client: Client, tmp_path: Path
) -> None:
    path = write_jobs(tmp_path / "jobs.jsonl", [image_job("k0")])
    sandbox.inject(Fault("get", "status", status=503, times=5))  # more than the client's own 3 retries
    summary = client.batch(str(path), output=str(tmp_path / "out"))
    assert (summary.done, summary.open, summary.credits) == (1, 0, 5)  # followed again, not created again
    assert sandbox.projects_created() == 1
