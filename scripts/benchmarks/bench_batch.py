"""Batch pacing benchmark: jobs against a sandbox limited to N API requests per second.

Measures wall time against the limit's ideal (every job needs at least a create and one status read, so the
ideal is jobs x 2 / rate), the 429s the sandbox sent, and that each job was created exactly once: with one
process on SQLite, then with 2 and 4 worker processes on one PostgreSQL journal (a server started here on a
temporary folder; skipped when PostgreSQL is not installed).

    scripts/bench batch [--jobs 500] [--rps 20] [--workers 2 4]
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

TOKEN = "bench-batch-token"
_SERVE = """
import json, sys
from magic_hour.sandbox import Sandbox
with Sandbox(render_seconds=0, tokens=[sys.argv[2]]) as sandbox:
    sandbox.rate_limit(float(sys.argv[1]))
    print(json.dumps({"base_url": sandbox.base_url}), flush=True)
    for _ in sys.stdin:  # each line asks for the counts so far
        log = sandbox.requests
        api = [r for r in log if r.route in ("upload_urls", "create", "get", "delete")]
        counts = sandbox.creates_by("name")
        print(json.dumps({"api": len(api), "throttled": sum(r.status == 429 for r in api),
                          "creates": sum(counts.values()), "twice": sum(n > 1 for n in counts.values()),
                          "keys": len(counts)}), flush=True)
"""


@contextmanager
def sandbox(rps: float) -> Iterator[tuple[str, Any]]:
    proc = subprocess.Popen(
        [sys.executable, "-c", _SERVE, str(rps), TOKEN], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdin is not None
    base_url = json.loads(proc.stdout.readline())["base_url"]

    def counts() -> dict[str, int]:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write("\n")
        proc.stdin.flush()
        return dict(json.loads(proc.stdout.readline()))

    try:
        yield base_url, counts
    finally:
        proc.stdin.close()
        proc.wait(timeout=60)


@contextmanager
def postgres() -> Iterator[str | None]:
    """A throwaway PostgreSQL server's URL, or None when it is not installed."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        yield None
        return
    bindir = Path(found[-1]).parent
    user = "postgres" if os.geteuid() == 0 else None
    folder = Path(tempfile.mkdtemp(prefix="mh-bench-pg-"))
    if user:
        entry = pwd.getpwnam(user)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = folder / "data"
    run = {"user": user, "check": True, "capture_output": True}
    subprocess.run([bindir / "initdb", "-D", data, "-U", "bench", "--auth=trust", "--no-sync"], **run)  # type: ignore[call-overload]
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c max_connections=200"
    subprocess.run([bindir / "pg_ctl", "-D", data, "-l", folder / "log", "-o", options, "-w", "start"], **run)  # type: ignore[call-overload]
    try:
        yield f"postgresql://bench@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([bindir / "pg_ctl", "-D", data, "-m", "fast", "stop"], user=user, capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def _jobs(path: Path, n: int) -> Path:
    """n image jobs that differ by name only: the sandbox renders one image and serves it to all (its render
    cache ignores `name`), so what is measured is the batch's pacing, not the sandbox's ffmpeg."""
    lines = [
        {"module": "ai_image_generator", "key": f"j{i}", "params": {"image_count": 1, "name": f"j{i}",
                                                                     "style": {"prompt": "a fox"}}}
        for i in range(n)
    ]  # fmt: skip
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return path


def scenario(label: str, jobs: int, rps: float, workers: int, journal: str | None, folder: Path) -> dict[str, Any]:
    jobs_file = _jobs(folder / f"{label}.jsonl", jobs)
    journal = journal or str(folder / f"{label}.journal.sqlite")
    command = str(Path(sys.executable).parent / "magic-hour")
    with sandbox(rps) as (base_url, counts):
        env = dict(os.environ, MAGIC_HOUR_API_TOKEN=TOKEN, MAGIC_HOUR_BASE_URL=base_url)
        argv = [command, "batch", "run", str(jobs_file), "-o", str(folder / label), "--journal", journal,
                "--concurrency", "16", "--json"]  # fmt: skip
        started = time.monotonic()
        procs = [subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
                 for _ in range(workers)]  # fmt: skip
        summaries = [json.loads(p.communicate()[0] or "{}").get("summary", {}) for p in procs]
        wall = time.monotonic() - started
        seen = counts()
    ideal = jobs * 2 / rps
    return {
        "scenario": label,
        "jobs": jobs,
        "workers": workers,
        "wall_s": round(wall, 1),
        "ideal_s": round(ideal, 1),
        "ratio": round(wall / ideal, 2),
        "api_requests": seen["api"],
        "429s": seen["throttled"],
        "created": seen["creates"],
        "created_twice": seen["twice"],
        "done": max((s.get("done", 0) for s in summaries), default=0),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=500)
    parser.add_argument("--rps", type=float, default=20.0)
    parser.add_argument("--workers", type=int, nargs="*", default=[2, 4], help="worker processes on PostgreSQL")
    parser.add_argument("--no-single", action="store_true", help="skip the one-process SQLite scenario")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="mh-bench-batch-"))
    rows = []
    try:
        if not args.no_single:
            rows.append(scenario("sqlite-1", args.jobs, args.rps, 1, None, folder))
            print(json.dumps(rows[-1]), flush=True)
        with postgres() as url:
            if url is None:
                print("PostgreSQL is not installed: the worker scenarios are skipped", file=sys.stderr)
            for n in args.workers if url else []:
                import psycopg

                name = f"bench_{n}"
                with psycopg.connect(url, autocommit=True) as db:
                    db.execute(f"DROP DATABASE IF EXISTS {name}")
                    db.execute(f"CREATE DATABASE {name}")
                rows.append(
                    scenario(f"postgres-{n}", args.jobs, args.rps, n, url.rsplit("/", 1)[0] + f"/{name}", folder)
                )
                print(json.dumps(rows[-1]), flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print("\n| scenario | workers | wall | ideal | ratio | API requests | 429s | created twice |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        print(f"| {r['scenario']} | {r['workers']} | {r['wall_s']} s | {r['ideal_s']} s | {r['ratio']}x | "
              f"{r['api_requests']} | {r['429s']} | {r['created_twice']} |")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
