"""What a batch says about money is true on every path: typos, the cap, refunds, 402s, kills, a lost journal."""

from __future__ import annotations

import csv
import json
import signal
import subprocess
from pathlib import Path

import pytest
from magic_hour import Client
from magic_hour.batch import BatchValidationError, Job, open_journal
from magic_hour.sandbox import Fault, Sandbox

from ._batch_helpers import COMMAND, cli_env, image_job, run_cli, wait_for, write_jobs
from .conftest import FAST_RETRY, TOKEN


def _voice(key: str, characters: int) -> dict[str, object]:
    """A voice job that the document prices at 0.1 credit a character of its text."""
    return {"module": "ai_voice_generator", "key": key,
            "params": {"style": {"prompt": "x" * characters, "voice_name": "Morgan Freeman"}}}  # fmt: skip


def test_an_unknown_key_at_any_depth_is_refused_with_the_nearest_name(sandbox: Sandbox, tmp_path: Path) -> None:
    jobs = [
        image_job("a", aspect_ration="16:9"),
        image_job("b", resolutoin="1k"),
        {"module": "ai_image_generator", "key": "c", "params": {"image_count": 1, "style": {"promt": "a fox"}}},
        image_job("d", output_name="fox", download_directory="out", wait_for_completion=False),
        image_job("e"),
    ]
    path = write_jobs(tmp_path / "jobs.jsonl", jobs)
    result = run_cli(sandbox, TOKEN, "batch", "run", str(path), "-o", str(tmp_path / "out"))
    assert result.returncode == 2, result.stderr
    err = result.stderr
    assert "line 1 (ai_image_generator): aspect_ration: unknown field 'aspect_ration'" in err
    assert "did you mean 'aspect_ratio'?" in err and "did you mean 'resolution'?" in err
    assert "line 3 (ai_image_generator): style.promt: unknown field 'promt'" in err and "'prompt'" in err
    for option in ("output_name", "download_directory", "wait_for_completion"):
        assert f"line 4 (ai_image_generator): {option}: unknown field" in err
    assert "line 5" not in err and "6 problems" in err
    assert sandbox.requests == []  # nothing sent, so nothing charged
    assert not (tmp_path / "jobs.journal.sqlite").exists()


def test_every_bad_line_is_named_at_once_and_json_may_hold_unicode_line_separators(
    sandbox: Sandbox, client: Client, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(image_job("a", image_count="two")) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(BatchValidationError) as refused:
        client.batch(str(bad), output=str(tmp_path / "out"))
    assert [p.split(":")[0].split(" (")[0] for p in refused.value.problems] == ["line 1", "line 2"]
    good = tmp_path / "good.jsonl"  # U+2028 and U+0085 are data inside a JSON string, not line ends
    good.write_text(json.dumps(image_job("u", style={"prompt": "a fox\u2028in the\x85snow"}), ensure_ascii=False))
    assert client.batch(str(good), output=str(tmp_path / "out")).done == 1
    assert sandbox.requests[0].json["style"]["prompt"] == "a fox\u2028in the\x85snow"


def test_a_csv_given_as_jobs_is_named_as_csv_once(sandbox: Sandbox, tmp_path: Path) -> None:
    table = tmp_path / "jobs.csv"
    table.write_text("customer,photo\nanna,a.png\nbruno,b.png\n", encoding="utf-8")
    result = run_cli(sandbox, TOKEN, "batch", "run", str(table), "-o", str(tmp_path / "out"))
    assert result.returncode == 2 and "looks like CSV" in result.stderr and "not valid JSON" not in result.stderr
    assert "1 problem" in result.stderr and sandbox.requests == []


def test_the_cap_holds_when_prices_vary_within_a_module(sandbox: Sandbox, tmp_path: Path) -> None:
    jobs = [_voice(f"short{n}", 10) for n in range(3)] + [_voice(f"long{n}", 300) for n in range(4)]
    path = write_jobs(tmp_path / "jobs.jsonl", jobs)
    result = run_cli(sandbox, TOKEN, "batch", "run", str(path), "-o", str(tmp_path / "out"),
                     "--max-credits", "20", "--concurrency", "4", "--poll-interval", "0.05")  # fmt: skip
    assert result.returncode == 3, result.stderr
    spent = 1_000_000 - sandbox.balance
    assert spent == 3  # the three 1-credit jobs; a 30-credit one would pass the cap of 20
    assert "3 done" in result.stderr and "4 not finished" in result.stderr and "--max-credits 20" in result.stderr
    assert sandbox.projects_created() == 3


def test_a_refunded_project_counts_nothing_in_results_summary_or_cap(
    sandbox: Sandbox, client: Client, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"not an image" * 50)
    uploaded = client.v1.files.upload_file(str(broken))  # the API takes it; its render fails and is refunded
    jobs = [Job("image_background_remover", {"assets": {"image_file_path": uploaded}}, "broken")]
    jobs += [Job("ai_image_generator", {"image_count": 1, "style": {"prompt": "a fox"}}, "fox")]
    summary = client.batch(jobs, journal=str(tmp_path / "j.sqlite"), output=str(tmp_path / "out"),
                           concurrency=1, max_credits=5)  # fmt: skip
    assert (summary.done, summary.failed, summary.credits, summary.charged_now) == (1, 1, 5, 5)
    assert 1_000_000 - sandbox.balance == 5  # the refund left only the fox charged: the cap let it run
    (results,) = (tmp_path / "out").glob("batch-*-results.jsonl")
    rows = {row["key"]: row for row in map(json.loads, results.read_text().splitlines())}
    assert rows["broken"]["status"] == "failed" and rows["broken"]["credits"] == 0


def test_a_create_waiting_for_the_rate_limiter_is_never_recorded_as_sent(sandbox: Sandbox, tmp_path: Path) -> None:
    path = write_jobs(tmp_path / "jobs.jsonl", [image_job(f"k{n}") for n in range(10)])
    sandbox.inject(Fault("create", "latency", seconds=5, times=None))  # creates that reach the server hang there
    argv = [COMMAND, "batch", "run", str(path), "-o", str(tmp_path / "out"), "--concurrency", "10", "--rate", "1"]
    proc = subprocess.Popen(argv, env=cli_env(sandbox, TOKEN), stderr=subprocess.DEVNULL)

    def arrived() -> int:  # create requests that reached the server (logged on arrival)
        return sum(r.route == "create" for r in sandbox.requests)

    assert wait_for(lambda: arrived() >= 1 or proc.poll() is not None)
    proc.send_signal(signal.SIGKILL)  # one create sent; nine waiting a second for the next slot
    proc.wait(timeout=30)
    journal = tmp_path / "jobs.journal.sqlite"
    status = run_cli(sandbox, TOKEN, "batch", "status", str(journal))
    states = {r.key: r.state for r in open_journal(journal).records()}
    sent = arrived()
    in_doubt = {key for key, state in states.items() if state == "create_sent"}
    assert len(in_doubt) == sent and 1 <= sent <= 2  # before: all ten "may have been charged"
    assert f"{sent} unknown (may have been charged)" in status.stdout
    assert status.stdout.count("not sent, nothing charged") == 10 - sent
    sandbox.clear_faults()
    resumed = run_cli(sandbox, TOKEN, "batch", "resume", str(journal), "--poll-interval", "0.05")
    assert resumed.returncode == 3, resumed.stderr  # the ones sent are unknown; those never sent are created
    counts = sandbox.creates_by("name")  # the killed run's create may end in the server, or not: never twice
    assert all(counts.get(key) == 1 for key in states if key not in in_doubt)
    assert all(counts.get(key, 0) <= 1 for key in in_doubt)


def test_sigterm_stops_like_ctrl_c_with_a_summary_and_the_resume_line(sandbox: Sandbox, tmp_path: Path) -> None:
    path = write_jobs(tmp_path / "jobs.jsonl", [image_job(f"k{n}") for n in range(6)])
    sandbox.inject(Fault("create", "latency", seconds=1, times=2))
    argv = [COMMAND, "batch", "run", str(path), "-o", str(tmp_path / "out"), "--concurrency", "2", "--poll-interval",
            "0.05"]  # fmt: skip
    proc = subprocess.Popen(argv, env=cli_env(sandbox, TOKEN), stderr=subprocess.PIPE, text=True)
    assert wait_for(lambda: sum(r.route == "create" for r in sandbox.requests) >= 1)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err
    assert "stopped: interrupted (SIGTERM)" in err and "resume with: magic-hour batch resume" in err
    assert "0 unknown" in err  # the creates in flight were let finish: their ids are journaled
    records = open_journal(tmp_path / "jobs.journal.sqlite").records()
    assert all(r.state in ("complete", "created", "pending", "uploading") for r in records)


def test_a_deleted_journal_stops_the_creates(sandbox: Sandbox, tmp_path: Path) -> None:
    path = write_jobs(tmp_path / "jobs.jsonl", [image_job(f"k{n}") for n in range(30)])
    argv = [COMMAND, "batch", "run", str(path), "-o", str(tmp_path / "out"), "--concurrency", "2", "--rate", "5"]
    proc = subprocess.Popen(argv, env=cli_env(sandbox, TOKEN), stderr=subprocess.PIPE, text=True)
    assert wait_for(lambda: sandbox.projects_created() >= 2)
    (tmp_path / "jobs.journal.sqlite").unlink()
    at_delete = sandbox.projects_created()
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2, err
    assert "was deleted or replaced while the batch ran" in err and "creates that were answered were charged" in err
    assert sandbox.projects_created() <= at_delete + 2  # at most the creates already past their journal write


@pytest.mark.parametrize("where", ["below_a_file", "on_a_file"])
def test_an_unusable_output_folder_is_refused_before_anything_is_sent(
    sandbox: Sandbox, tmp_path: Path, where: str
) -> None:
    path = write_jobs(tmp_path / "jobs.jsonl", [image_job("k0")])
    (tmp_path / "file").write_text("x")
    output = tmp_path / "file" / "out" if where == "below_a_file" else tmp_path / "file"
    result = run_cli(sandbox, TOKEN, "batch", "run", str(path), "-o", str(output))
    assert result.returncode == 2 and "is a file, not a directory" in result.stderr, result.stderr
    assert "Nothing was uploaded or charged" in result.stderr and "Traceback" not in result.stderr
    assert sandbox.requests == [] and not (tmp_path / "jobs.journal.sqlite").exists()


def test_a_402_leaves_the_job_resumable_after_buying_credits(tmp_path: Path) -> None:
    path = write_jobs(tmp_path / "jobs.jsonl", [image_job(f"k{n}") for n in range(3)])
    with Sandbox(render_seconds=0, balance=12) as sandbox:  # two 5-credit images, not three
        with Client(TOKEN, base_url=sandbox.base_url, poll_interval=0.02, retry=FAST_RETRY) as client:
            first = client.batch(str(path), output=str(tmp_path / "out"), concurrency=1)
            assert (first.done, first.failed, first.open, first.credits) == (2, 0, 1, 10)
            assert first.stopped and "402" in first.stopped
            sandbox.app.balance += 100  # credits bought
            second = client.batch(None, journal=str(tmp_path / "jobs.journal.sqlite"))
        assert (second.done, second.open, second.credits) == (3, 0, 15)
        assert sandbox.creates_by("name") == {"k0": 1, "k1": 1, "k2": 1}


def test_a_dead_local_worker_is_taken_over_at_once(sandbox: Sandbox, tmp_path: Path) -> None:
    import socket

    path = write_jobs(tmp_path / "jobs.jsonl", [image_job(f"k{n}") for n in range(2)])
    sandbox.inject(Fault("create", "latency", seconds=1, times=1))
    argv = [COMMAND, "batch", "run", str(path), "-o", str(tmp_path / "out"), "--concurrency", "1",
            "--poll-interval", "0.05"]  # fmt: skip
    proc = subprocess.Popen(argv, env=cli_env(sandbox, TOKEN), stderr=subprocess.PIPE, text=True)
    assert wait_for(lambda: sum(r.route == "create" for r in sandbox.requests) >= 1)  # k0's create, held 1 s
    gone = subprocess.Popen(["true"])
    gone.wait()  # a process of this machine that has ended: its claims belong to nobody
    journal = open_journal(tmp_path / "jobs.journal.sqlite")
    with journal._tx() as cur:
        journal._run(cur, "UPDATE batch_jobs SET owner = ?, lease_until = ? WHERE key = 'k1'",
                     (f"{socket.gethostname()}:{gone.pid}:dead", 1e12))  # fmt: skip
    journal.close()
    _, err = proc.communicate(timeout=30)  # not the 60 s lease
    assert proc.returncode == 0, err
    assert sandbox.creates_by("name") == {"k0": 1, "k1": 1}


def test_results_are_per_batch_and_list_files_exactly(sandbox: Sandbox, client: Client, tmp_path: Path) -> None:
    out = tmp_path / "out"
    client.batch(str(write_jobs(tmp_path / "first.jsonl", [image_job("a", image_count=2)])), output=str(out))
    client.batch(str(write_jobs(tmp_path / "second.jsonl", [image_job("b")])), output=str(out))
    first = list(csv.DictReader((out / "first-results.csv").open()))
    second = list(csv.DictReader((out / "second-results.csv").open()))
    assert [r["key"] for r in first] == ["a"] and [r["key"] for r in second] == ["b"]  # neither overwritten
    assert json.loads(first[0]["files"]) == [str(out / "a-0.png"), str(out / "a-1.png")]


def test_a_results_name_from_a_journal_never_leaves_the_output_folder(tmp_path: Path) -> None:
    from magic_hour.batch import JobRecord, write_results

    record = JobRecord("k1", 0, "ai_image_generator", {}, "complete")
    jsonl, table = write_results([record], tmp_path / "out", "../../escaped")
    assert jsonl.parent == table.parent == tmp_path / "out" and not (tmp_path / "escaped.jsonl").exists()
